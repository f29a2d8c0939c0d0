"""The word tables of the money, attendance and participant extractors are well-formed: every
row has every column (a pattern with an unquoted comma would shift them) and every pattern
compiles."""
import csv
import re

import pytest

from etl.reference import read_csv, reference_dir

TABLES = {
    "currency_aliases.csv": ["alias", "currency", "position", "source", "needs", "context",
                             "context_window"],
    "multipliers.csv": ["word", "factor", "lang", "source"],
    "qualifiers.csv": ["word", "qualifier", "position", "applies", "lang", "source"],
    "scope_markers.csv": ["kind", "where", "pattern", "lang", "source"],
    "metric_cues.csv": ["metric", "pattern", "source"],
    "attendance_words.csv": ["kind", "pattern", "source"],
    "participant_types.csv": ["word", "lang", "org_type", "source"],
}
PATTERN_COLUMNS = {"pattern", "context"}


@pytest.mark.parametrize("name, columns", sorted(TABLES.items()))
def test_every_row_has_every_column_and_a_source(name, columns):
    lines = [ln for ln in (reference_dir() / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(lines))
    assert rows[0] == columns
    bad = [r for r in rows[1:] if len(r) != len(columns) or not r[columns.index("source")]]
    assert bad == []


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_pattern_compiles(name):
    for row in read_csv(name):
        for col in PATTERN_COLUMNS & row.keys():
            for part in filter(None, row[col].split("&&")):
                re.compile(part)


def test_qualifier_and_scope_words_use_the_vocabularies():
    assert {r["qualifier"] for r in read_csv("qualifiers.csv")} <= {"at_least", "approx", "exact"}
    assert {r["kind"] for r in read_csv("scope_markers.csv")} <= {
        "event_strong", "event_weak", "span", "institution", "national", "regional", "report",
        "breakdown", "threshold", "other_edition", "change", "this_edition", "forecast", "future",
        "market_value", "dated_edition", "target", "ratio", "later", "price", "reach",
        "hope", "economy", "upcoming", "aim", "named_edition", "denied", "conversion", "annual",
        "aim_sentence", "same_occasion", "past_year", "pledge", "fund_size", "count_total",
        "set_against"}
    assert {r["where"] for r in read_csv("scope_markers.csv")} <= {"before", "after", "any", "heading",
                                                                   "start"}
