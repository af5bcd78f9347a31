"""The syllabus map, the notebooks on disk and the tables of contents agree."""

from tests import tools
from tests.notebooks import ROOT, headings, load, notebook_paths, syllabus


def test_every_mapped_notebook_exists():
    missing = [e["path"] for e in syllabus() if not (ROOT / e["path"]).exists()]
    assert not missing, f"mapped but missing: {missing}"


def test_every_notebook_is_mapped():
    mapped = {e["path"] for e in syllabus()}
    unmapped = [str(p.relative_to(ROOT)) for p in notebook_paths() if str(p.relative_to(ROOT)) not in mapped]
    assert not unmapped, f"add these to tests/syllabus.toml: {unmapped}"


def test_ids_match_file_names():
    for entry in syllabus():
        assert entry["path"].rsplit("/", 1)[-1].startswith(entry["id"] + "_"), entry


def test_every_topic_is_a_section():
    for entry in syllabus():
        found = headings(load(ROOT / entry["path"]))
        missing = [t for t in entry["topics"] if t not in found]
        assert not missing, f"{entry['id']}: no '## ' heading for {missing}; headings are {found}"


def test_tables_of_contents_are_current():
    for path, text in tools.tables_of_contents().items():
        assert path.read_text() == text, f"{path.relative_to(ROOT)} is stale: run make toc"
