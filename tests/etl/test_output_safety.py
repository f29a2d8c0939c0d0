"""The ETL writes only what it owns: a user's folder at --output (or around --input) is
refused with exit 2 and left exactly as it was."""
import os
from pathlib import Path

import pytest

from etl.__main__ import main


def build(corpus: Path, out: Path) -> int:
    return main(["--input", str(corpus), "--output", str(out), "--workers", "1",
                 "--no-progress"])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("The 3rd Technology Transfer Forum was held in Kunming "
                                  "on 5 May 2021.", encoding="utf-8")
    return folder


def test_a_folder_with_a_manifest_is_not_taken_for_a_warehouse(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    (out / "src").mkdir(parents=True)
    (out / "manifest.json").write_text("{}")
    (out / "src" / "precious.py").write_text("x = 1\n")
    before = snapshot(out)
    assert build(corpus, out) == 2
    assert snapshot(out) == before
    assert not out.is_symlink()
    assert str(out) in capsys.readouterr().err


def test_a_nonempty_folder_without_a_manifest_is_refused(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    assert build(corpus, out) == 2
    assert snapshot(out) == {"notes.md": b"mine"}
    assert "not a warehouse" in capsys.readouterr().err


def test_input_equal_to_output_deletes_no_article(corpus, capsys):
    before = snapshot(corpus)
    assert build(corpus, corpus) == 2
    assert snapshot(corpus) == before
    assert not corpus.is_symlink()


def test_input_inside_output_is_refused(corpus, tmp_path, capsys):
    out = corpus.parent
    before = snapshot(out)
    assert build(corpus, out) == 2
    assert snapshot(out) == before
    assert "overlap" in capsys.readouterr().err


def test_output_inside_input_is_refused(corpus, capsys):
    before = snapshot(corpus)
    assert build(corpus, corpus / "warehouse") == 2
    assert snapshot(corpus) == before
    assert not (corpus / "warehouse").exists()
    assert "overlap" in capsys.readouterr().err


def test_a_symlink_to_a_foreign_folder_is_refused(corpus, tmp_path, capsys):
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "manifest.json").write_text("{}")
    (theirs / "data.csv").write_text("1,2")
    out = tmp_path / "out"
    out.symlink_to(theirs)
    before = snapshot(theirs)
    assert build(corpus, out) == 2
    assert snapshot(theirs) == before
    assert os.readlink(out) == str(theirs)
    assert "not a warehouse version" in capsys.readouterr().err


def test_a_foreign_folder_in_the_versions_place_is_never_pruned(corpus, tmp_path):
    out = tmp_path / "out"
    keep = tmp_path / ".out.versions" / "my-backups"
    keep.mkdir(parents=True)
    (keep / "b.txt").write_text("keep")
    assert build(corpus, out) == 0
    (corpus / "a.txt").write_text("The 4th Technology Transfer Forum was held in Kunming "
                                  "on 5 May 2022.", encoding="utf-8")
    assert build(corpus, out) == 0
    (corpus / "a.txt").write_text("The 5th Technology Transfer Forum was held in Kunming "
                                  "on 5 May 2023.", encoding="utf-8")
    assert build(corpus, out) == 0
    assert (keep / "b.txt").read_text() == "keep"


def test_its_own_warehouse_and_an_empty_folder_are_adopted(corpus, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert build(corpus, empty) == 0 and empty.is_symlink()
    assert build(corpus, empty) == 0 and (empty / "events.parquet").exists()
