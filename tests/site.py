"""The browsable site (make site): the executed notebooks as they are stored, rendered by MkDocs Material.

python -m tests.site   build build/site/ from the README, the course and week READMEs and the notebooks

Nothing is executed: mkdocs-jupyter renders the stored outputs, plots included. Search runs in the
browser; fonts and MathJax are served from the site itself, so it reads offline.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import jupyter_server_mathjax

from tests.notebooks import ROOT, SYLLABUS, syllabus

BUILD = ROOT / "build"
MATHJAX = "/assets/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe"


def navigation() -> list:
    """Home, then per course its overview and per week its overview and notebooks, in syllabus order."""
    meta, entries = tomllib.loads(SYLLABUS.read_text()), syllabus()
    nav: list = [{"Home": "index.md"}]
    for course, title in meta["courses"].items():
        weeks = []
        for week_id, week_title in meta["weeks"].items():
            week_entries = [e for e in entries if e["id"].startswith(week_id + "_")]
            if week_id.startswith(f"c{course[-1]}w") and week_entries:
                folder = Path(week_entries[0]["path"]).parent
                pages = [{f"{e['id']} {e['title']}": e["path"]} for e in week_entries]
                weeks.append({f"Week {week_id[3:]}: {week_title}": [f"{folder}/README.md", *pages]})
        nav.append({f"Course {course[-1]}: {title}": [f"{course}/README.md", *weeks]})
    return nav


def config(source: Path, site: Path, cache: Path) -> dict:
    return {
        "site_name": "MLEP, runnable",
        "site_description": "Runnable, tested notebooks for the MLOps Specialization",
        "docs_dir": str(source),
        "site_dir": str(site),
        "use_directory_urls": True,
        "theme": {
            "name": "material",
            "font": False,  # no font download: the system's fonts
            "features": ["navigation.footer", "navigation.indexes", "navigation.top", "search.highlight"],
        },
        "plugins": [
            "search",
            {
                "mkdocs-jupyter": {
                    "include": ["*.ipynb"],
                    "execute": False,
                    "include_source": True,
                    "custom_mathjax_url": MATHJAX,
                    "cache_dir": str(cache),
                }
            },
        ],
        "nav": navigation(),
    }


def sources(source: Path) -> None:
    """The pages: the README as the home page, every course and week README, every notebook."""
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    shutil.copy(ROOT / "README.md", source / "index.md")
    courses = [ROOT / course / "README.md" for course in tomllib.loads(SYLLABUS.read_text())["courses"]]
    notebooks = [ROOT / entry["path"] for entry in syllabus()]
    for page in courses + notebooks + [path.parent / "README.md" for path in notebooks]:
        target = source / page.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)


def build(folder: Path = BUILD) -> Path:
    """Build the site into ``folder``/site (its sources in site-src); return the site's folder."""
    source, site = folder / "site-src", folder / "site"
    sources(source)
    config_path = folder / "mkdocs.yml"
    config_path.write_text(json.dumps(config(source, site, folder / "mkdocs-jupyter-cache"), indent=1))  # JSON is YAML
    out = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--clean", "--quiet", "-f", str(config_path)],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{out.stderr[-3000:]}")
    shutil.copytree(Path(jupyter_server_mathjax.__file__).parent / "static", site / "assets" / "mathjax")
    return site


if __name__ == "__main__":
    site = build().relative_to(ROOT)
    print(f"site in {site}/ ({sum(1 for _ in (ROOT / site).rglob('*.html'))} pages); read it with")
    print(f"  python3 -m http.server --bind 127.0.0.1 --directory {site} 8000")
