"""Held-out evaluation: 31 realistic articles the extractors were not written against.

The articles (tests/etl/heldout/articles) and their gold files (tests/etl/heldout/gold, the
format of ../shared/gold) cover wire stories with datelines, Chinese government and university
news, a bilingual release, European, US, Asian and African events, HTML, Markdown and a Word
file (generated here from tests/etl/heldout/docx_source), money in eight currencies and traps.
The thresholds are what the extractors reach today, so a regression fails this test.
"""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import docx
import pytest

from etl.__main__ import main

HERE = Path(__file__).resolve().parent / "heldout"
SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"

# Just under what the extractors reach after the held-out rounds on all 31 articles (fields 1.0,
# org_recall 1.0, role 1.0, type 1.0, mix 0.91, amounts 1.0/1.0, scope 1.0): a regression of one
# or two facts fails. The gold's lists of accepted values are the only slack. The b* and c*
# articles were scored blind before any fix for them: b* fields 0.854, org_recall 0.714,
# type 0.9, amount recall 0.889, scope 0.75; c* fields 0.95, org_recall 1.0, type 0.846,
# amount recall 0.857, scope 0.667; no trap taken in either.
THRESHOLDS = {"fields": 0.97, "org_recall": 0.95, "org_role": 0.95, "org_type": 0.95,
              "mix": 0.85, "amount_recall": 0.95, "amount_precision": 0.95, "amount_scope": 0.95}


def _scorer():
    if not SCORER.is_file():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("heldout_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_docx(source: Path, target: Path) -> None:
    """A Word file as an office writes it: the headline as a Heading 1, then paragraphs."""
    lines = [ln.strip() for ln in source.read_text(encoding="utf-8").splitlines() if ln.strip()]
    document = docx.Document()
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    document.save(str(target))


def build_input(dst: Path) -> Path:
    """The held-out corpus as the ETL sees it: the articles plus the generated .docx files."""
    shutil.copytree(HERE / "articles", dst)
    for src in sorted((HERE / "docx_source").glob("*.txt")):
        _write_docx(src, dst / f"{src.stem}.docx")
    return dst


def summarise(totals: dict) -> dict:
    """The summary line of score.py, from its raw counts."""
    def r(x: int, n: int) -> float:
        return x / n if n else 1.0
    precision = (r(totals["amt_tp"], totals["amt_extracted"]) if totals["amt_extracted"]
                 else (1.0 if not totals["amt_n"] else 0.0))
    return {"fields": r(totals["fields"], totals["fields_n"]),
            "org_recall": r(totals["orgs"], totals["orgs_n"]),
            "org_precision": r(totals["orgs_right"], totals["orgs_extracted"]),
            "org_role": r(totals["role"], totals["orgs"]),
            "org_type": r(totals["type"], totals["orgs"]),
            "mix": r(totals["mix"], totals["mix_n"]),
            "amount_recall": r(totals["amt_tp"], totals["amt_n"]),
            "amount_precision": precision,
            "amount_scope": r(totals["scope"], totals["amt_tp"]),
            "traps": totals["traps"], "extra_events": totals["extra_events"],
            "missing_docs": totals["missing_docs"]}


@pytest.fixture(scope="module")
def heldout_score(tmp_path_factory) -> tuple[dict, list[str]]:
    score = _scorer()
    base = tmp_path_factory.mktemp("heldout")
    corpus = build_input(base / "input")
    out = base / "warehouse"
    assert main(["--input", str(corpus), "--output", str(out), "--workers", "1",
                 "--no-progress"]) == 0
    totals, rows = score.score(str(out), str(HERE / "gold"))
    return summarise(totals), rows


def test_every_heldout_article_has_a_gold_file():
    articles = {p.stem for p in (HERE / "articles").iterdir()}
    articles |= {p.stem for p in (HERE / "docx_source").glob("*.txt")}
    assert articles == {p.stem for p in (HERE / "gold").glob("*.json")}
    assert len(articles) >= 20


def test_heldout_documents_are_all_read_and_yield_one_event_each(heldout_score):
    summary, rows = heldout_score
    assert summary["missing_docs"] == 0, rows
    assert summary["extra_events"] == 0, rows


def test_heldout_traps_are_never_taken(heldout_score):
    summary, rows = heldout_score
    assert summary["traps"] == 0, [r for r in rows if "trap" in r or "invented" in r]


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_heldout_score_reaches_threshold(heldout_score, metric):
    summary, rows = heldout_score
    assert summary[metric] >= THRESHOLDS[metric], "\n".join(
        [f"{metric}={summary[metric]:.3f} < {THRESHOLDS[metric]}"] + rows)
