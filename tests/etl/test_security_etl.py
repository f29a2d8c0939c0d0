"""The ETL reads only below --input and writes only at --output (and its hidden siblings).

Symlinks leading out of the input folder are quarantined, never followed; files planted
beside the output as symlinks (lock, versions folder, cache, the output itself) never make
the ETL write or delete through them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from etl import schema
from etl.__main__ import main
from tests.etl.hostile import EN_RELEASE, ZH_RELEASE

SECRET = "TOP-SECRET-salary-table-7731"


def _build(inp: Path, out: Path) -> int:
    return main(["--input", str(inp), "--output", str(out), "--workers", "1", "--no-progress"])


def _all_text(out: Path) -> str:
    """Every string cell of every table, joined: what a dashboard user could ever see."""
    parts = []
    for name in schema.TABLES:
        for row in ds.dataset(str(out / f"{name}.parquet")).to_table().to_pylist():
            parts += [str(v) for v in row.values() if v is not None]
    return "\n".join(parts)


def _docs(out: Path) -> dict[str, dict]:
    rows = ds.dataset(str(out / "documents.parquet")).to_table().to_pylist()
    return {r["source_path"]: r for r in rows}


def _snapshot(root: Path) -> dict[str, tuple]:
    """path → (kind, bytes or link target, mtime) for everything below root."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            if p.is_symlink():
                snap[str(p)] = ("link", os.readlink(p), st.st_mtime_ns)
            elif p.is_file():
                snap[str(p)] = ("file", p.read_bytes(), st.st_mtime_ns)
            else:
                snap[str(p)] = ("dir", None, None)
    return snap


@pytest.fixture
def corpus(tmp_path) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "lyon.txt").write_text(EN_RELEASE, encoding="utf-8")
    (inp / "chengdu.txt").write_text(ZH_RELEASE, encoding="utf-8")
    return inp


@pytest.fixture
def outside(tmp_path) -> Path:
    d = tmp_path / "private"
    d.mkdir()
    (d / "salaries.txt").write_text(f"Forum budget memo. {SECRET}\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("link_name,target", [
    ("memo.txt", "../private/salaries.txt"),             # relative link to a file outside
    ("abs memo.txt", "ABS:private/salaries.txt"),        # absolute link to a file outside
    ("private dir", "../private"),                       # a link to a folder outside
    ("sub/up two.txt", "../../private/salaries.txt"),    # from a subfolder
])
def test_symlinks_out_of_the_input_are_quarantined_and_never_read(tmp_path, corpus, outside,
                                                                  link_name, target):
    link = corpus / link_name
    link.parent.mkdir(exist_ok=True)
    if target.startswith("ABS:"):
        target = str(tmp_path / target.removeprefix("ABS:"))
    os.symlink(target, link)
    out = tmp_path / "wh"
    assert _build(corpus, out) == 0
    assert SECRET not in _all_text(out)
    row = _docs(out)[link_name]
    assert row["status"] == "quarantined"
    assert "outside the input folder" in row["error"]


def test_a_symlinked_folder_looping_back_into_the_input_is_read_once(tmp_path, corpus):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "turin.txt").write_text(EN_RELEASE.replace("Lyon", "Turin"),
                                              encoding="utf-8")
    os.symlink("..", corpus / "sub" / "loop")  # in/sub/loop → in/
    os.symlink(".", corpus / "self")           # in/self → in/
    out = tmp_path / "wh"
    assert _build(corpus, out) == 0
    assert sorted(_docs(out)) == ["chengdu.txt", "lyon.txt", "sub/turin.txt"]


def test_a_warehouse_inside_the_input_folder_is_refused(tmp_path, corpus):
    # The ETL would read its own output and prune inside the user's folder: refused up front.
    before = _snapshot(corpus)
    assert _build(corpus, corpus / "warehouse") == 2
    assert _snapshot(corpus) == before


def test_the_run_writes_only_the_output_and_its_hidden_siblings(tmp_path, corpus, outside):
    out = tmp_path / "out" / "wh"
    out.parent.mkdir()
    (out.parent / "neighbour.txt").write_text("keep me", encoding="utf-8")
    before = _snapshot(tmp_path)
    assert _build(corpus, out) == 0
    assert _build(corpus, out) == 0            # a second run (cache, prune) as well
    after = _snapshot(tmp_path)
    allowed = (str(out), str(out.parent / f".{out.name}."))
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert changed and all(p.startswith(allowed) for p in changed), sorted(changed)


def test_a_planted_lock_symlink_does_not_truncate_its_target(tmp_path, corpus):
    victim = tmp_path / "victim.conf"
    victim.write_text("important=1\n", encoding="utf-8")
    out = tmp_path / "wh"
    os.symlink(victim, tmp_path / ".wh.lock")
    _build(corpus, out)
    assert victim.read_text(encoding="utf-8") == "important=1\n"


def test_a_planted_versions_symlink_does_not_delete_through_it(tmp_path, corpus):
    victim = tmp_path / "photos"
    victim.mkdir()
    for n in range(3):
        (victim / f"album{n}").mkdir()
        (victim / f"album{n}" / "a.jpg").write_bytes(b"\xff\xd8 photo")
    os.symlink(victim, tmp_path / ".wh.versions")
    out = tmp_path / "wh"
    _build(corpus, out)
    _build(corpus, out)
    assert sorted(p.name for p in victim.iterdir() if not p.name.startswith(".")) == \
        ["album0", "album1", "album2"]
    assert all((victim / f"album{n}" / "a.jpg").exists() for n in range(3))


def test_a_planted_cache_symlink_does_not_overwrite_its_target(tmp_path, corpus):
    victim = tmp_path / "notes.db"
    victim.write_bytes(b"not a sqlite file, user data")
    os.symlink(victim, tmp_path / ".wh.cache.sqlite")
    out = tmp_path / "wh"
    assert _build(corpus, out) == 0
    assert victim.read_bytes() == b"not a sqlite file, user data"


def test_an_output_symlink_to_a_foreign_folder_leaves_that_folder_untouched(tmp_path, corpus):
    victim = tmp_path / "documents"
    victim.mkdir()
    (victim / "thesis.docx").write_bytes(b"PK thesis")
    out = tmp_path / "wh"
    os.symlink(victim, out)
    before = _snapshot(victim)
    code = _build(corpus, out)
    assert _snapshot(victim) == before
    assert code in (0, 2)
