"""File names the ETL cannot store or open (not UTF-8, over the 4,096-byte path limit): each is
quarantined with its reason under an escaped source_path, and the rest of the corpus builds —
from the command line and from the dashboard's upload-and-rebuild."""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl import ingest
from etl.__main__ import main
from services import uploads

ARTICLE = ("On 3 May 2021 the Kunming Technology Transfer Forum was held in Kunming, hosted by "
           "Kunming University of Science and Technology. Agreements worth RMB 50 million were "
           "signed.\n")


def _deep_file(root: Path, depth: int = 22) -> None:
    """raw/ddd…/…/ddd…/x….txt: 22 folders of 200 bytes, deeper than open() can reach."""
    here = os.getcwd()
    os.chdir(root)
    try:
        for _ in range(depth):
            os.mkdir("d" * 200)
            os.chdir("d" * 200)
        Path("x" * 200 + ".txt").write_text(ARTICLE, encoding="utf-8")
    finally:
        os.chdir(here)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kunming.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / os.fsdecode(b"caf\xe9 \xff forum.txt")).write_text(ARTICLE.replace("50", "60"),
                                                               encoding="utf-8")
    _deep_file(raw)
    return raw


def _documents(wh: Path) -> dict[str, dict]:
    rows = pq.read_table(wh / "documents.parquet",
                         columns=["source_path", "status", "error"]).to_pylist()
    return {r["source_path"]: r for r in rows}


def test_undecodable_and_too_long_names_are_quarantined_and_the_rest_builds(raw, tmp_path):
    wh = tmp_path / "wh"
    assert main(["--input", str(raw), "--output", str(wh), "--workers", "1",
                 "--no-progress"]) == 0
    docs = _documents(wh)
    assert docs["kunming.txt"]["status"] == "ok"
    bad = docs["caf\\xe9 \\xff forum.txt"]
    assert bad["status"] == "quarantined"
    assert bad["error"].startswith("file name is not valid UTF-8")
    [deep] = [p for p in docs if p.startswith("d" * 200)]
    assert docs[deep]["status"] == "quarantined"
    assert docs[deep]["error"].startswith("path too long: ")
    assert len(docs) == 3
    assert pq.read_table(wh / "events.parquet").num_rows == 1


def test_a_rerun_with_the_bad_names_still_there_is_unchanged(raw, tmp_path):
    wh = tmp_path / "wh"
    args = ["--input", str(raw), "--output", str(wh), "--workers", "2", "--no-progress"]
    assert main(args) == 0
    first = os.readlink(wh)
    assert main(args) == 0
    assert os.readlink(wh) == first


def test_the_dashboard_rebuild_after_an_upload_succeeds_beside_bad_names(raw, tmp_path):
    wh = tmp_path / "wh"
    result = uploads.ingest_batch([("lyon.txt", ARTICLE.replace("Kunming", "Lyon")
                                    .replace("RMB 50 million", "EUR 2 million").encode())],
                                  raw, wh, None)
    assert [(o.name, o.status) for o in result] == [("lyon.txt", "new")]
    docs = _documents(wh)
    assert docs["caf\\xe9 \\xff forum.txt"]["status"] == "quarantined"
    assert sum(d["status"] == "quarantined" for d in docs.values()) == 2


@pytest.mark.parametrize("rel, escaped", [
    ("plain/名字.txt", "plain/名字.txt"),
    (os.fsdecode(b"a\xffb.txt"), "a\\xffb.txt"),
    (os.fsdecode(b"\xe4\xb8.md"), "\\xe4\\xb8.md"),  # a cut multi-byte character
])
def test_escaped_path_is_valid_text(rel, escaped):
    assert ingest.escaped_path(rel) == escaped
    escaped.encode("utf-8")
