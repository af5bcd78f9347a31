"""make site: the home page and a notebook page open in headless Chromium, navigation works, images load."""

import functools
import http.server
import json
import os
import shutil
import threading

import pytest

from mlep import serving
from tests import site
from tests.notebooks import ROOT, load, syllabus

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and DRIVER) and not os.environ.get("CI"):
    reason = "headless Chromium not installed (Debian: apt-get install chromium chromium-driver); CI installs it"
    pytest.skip(reason, allow_module_level=True)


def pages(nav: list) -> list[str]:
    """The site's pages in navigation order, as source paths."""
    flat = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        flat += pages(value) if isinstance(value, list) else [value]
    return flat


def url(base: str, path: str) -> str:
    return f"{base}/{path.removesuffix('README.md').removesuffix('.ipynb').removesuffix('index.md')}".rstrip("/") + "/"


def with_plots() -> tuple[dict, str]:
    """The first notebook of the map that stores a plot, and the page the navigation puts after it."""
    order = pages(site.navigation())
    for entry in syllabus():
        outputs = [o for c in load(ROOT / entry["path"])["cells"] for o in c.get("outputs", [])]
        if any("image/png" in o.get("data", {}) for o in outputs):
            return entry, order[order.index(entry["path"]) + 1]
    raise AssertionError("no notebook stores a plot")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = site.build(tmp_path_factory.mktemp("site"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", serving.free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM and DRIVER, "CI needs Debian's chromium and chromium-driver (.ci/run installs them)"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("headless=new", "no-sandbox", "disable-gpu", "disable-quic", "no-first-run",
                 "disable-background-networking", "disable-component-update", "disable-sync",
                 "disable-dev-shm-usage"):  # fmt: skip
        options.add_argument(f"--{flag}")
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()


def test_home_page_links_every_notebook(served, browser):
    _, base = served
    browser.get(base + "/")
    assert "MLEP" in browser.title
    hrefs = {a.get_attribute("href") for a in browser.find_elements("css selector", "a")}
    missing = [e["id"] for e in syllabus() if url(base, e["path"]) not in hrefs]
    assert not missing, f"the home page does not link {missing}"


def test_a_notebook_page_shows_its_plots_and_leads_to_the_next(served, browser):
    _, base = served
    entry, following = with_plots()
    browser.get(url(base, entry["path"]))
    assert entry["id"].upper().replace("_", ".") in browser.find_element("css selector", "h1").text
    images = browser.find_elements("css selector", "article img")
    assert images, "no image on a notebook page that stores plots"
    broken = [i.get_attribute("src")[:60] for i in images if not browser.execute_script(
        "return arguments[0].complete && arguments[0].naturalWidth > 0", i)]  # fmt: skip
    assert not broken, f"images that did not load: {broken}"
    browser.find_element("css selector", "a.md-footer__link--next").click()
    assert browser.current_url == url(base, following)


def test_search_index_holds_the_notebooks(served):
    folder, _ = served
    index = json.loads((folder / "search" / "search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert all(url("", e["path"]).lstrip("/") in locations for e in syllabus())


def test_the_site_loads_nothing_from_outside(served):
    folder, _ = served
    for page in folder.rglob("*.html"):
        text = page.read_text()
        assert 'src="http' not in text and 'rel="stylesheet" href="http' not in text, f"{page}: an outside resource"
