"""Hostile and nonsensical curation files: refused with the line named (exit 2 from the ETL),
never expanded, executed or half-believed; one YAML reading (1.2) for the ETL and the dashboard."""
from __future__ import annotations

import datetime as dt
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl import safe_yaml
from etl.curation import CurationError, load_curation
from services import corrections

ROOT = Path(__file__).resolve().parents[2]

# Under 500 bytes that expand to 9^9 strings once a value is turned into text (issue 13,
# case 3); the old reader ignored keys other than `corrections`.
ALIAS_BOMB = """l: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
corrections:
  - {target: event, match: {source_path: a.txt}, set: {venue: *i}, reason: r}
"""

HEAD = "corrections:\n  - target: event\n    match: {source_path: a.txt}\n    reason: r\n"


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "curation.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def run_etl(tmp_path: Path, curation: Path, memory_mb: int = 1500) -> subprocess.CompletedProcess:
    """`python -m etl` on one small article, its address space capped (a bomb would hit it)."""
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / "a.txt").write_text("On 3 May 2021 the Kunming Technology Transfer Forum was held "
                               "in Kunming.", encoding="utf-8")

    def cap() -> None:
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return subprocess.run([sys.executable, "-m", "etl", "--input", str(raw), "--output",
                           str(tmp_path / "wh"), "--curation", str(curation), "--workers", "1",
                           "--no-progress"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, preexec_fn=cap)


def test_alias_bomb_is_refused_by_the_etl_with_exit_2_naming_the_line(tmp_path):
    bomb = write(tmp_path, ALIAS_BOMB)
    assert len(ALIAS_BOMB.encode()) < 500
    done = run_etl(tmp_path, bomb)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert "line 1: anchors and aliases" in done.stderr
    assert not (tmp_path / "wh").exists()


def test_alias_bomb_is_refused_by_the_corrections_page_reader_without_expanding(tmp_path):
    bomb = write(tmp_path, ALIAS_BOMB)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(corrections.CorrectionError, match="line 1: anchors and aliases"):
        corrections.list_corrections(bomb)
    with pytest.raises(corrections.CorrectionError, match="anchors and aliases"):
        corrections.add_correction(bomb, "event", {"doc_id": "d"}, "r",
                                   set_fields={"year": "2020"})
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 50
    assert bomb.read_text(encoding="utf-8") == ALIAS_BOMB


@pytest.mark.parametrize("body, line, message", [
    # tags: nothing but plain data is constructed
    (HEAD + "    set: {venue: !!python/object/apply:os.system [echo owned]}\n", 5,
     "the tag !!python/object/apply:os.system is not allowed"),
    (HEAD + "    set:\n      venue: !!binary aGVsbG8=\n", 6, "the tag !!binary is not allowed"),
    (HEAD + "    set:\n      venue: !custom x\n", 6, "the tag !custom is not allowed"),
    # an alias without a bomb, and a merge key
    ("base: &b {target: event}\n" + HEAD, 1, "anchors and aliases"),
    # directives would switch the YAML version
    ("%YAML 1.1\n---\n" + HEAD + "    set: {venue: yes}\n", 1, "directives"),
    # impossible or absurd values
    (HEAD + "    set:\n      start_date: 2023-02-30\n", 6, "not a real date"),
    (HEAD + "    set:\n      attendance: 100000000000000000000000\n", 6,
     "attendance must be between 0 and 100,000,000"),
    (HEAD + "    set:\n      attendance: -5\n", 6, "attendance must be between 0"),
    (HEAD + "    set:\n      year: 0\n", 6, "year must fall between 1900 and 2100, not 0"),
    (HEAD + "    set:\n      year: true\n", 6, "year must be a whole number, not True"),
    (HEAD + "    set:\n      year: 2021.5\n", 6, "year must be a whole number"),
    (HEAD + "    set:\n      start_date: 2021-05-03\n      end_date: 2021-05-01\n", 5,
     "end_date 2021-05-01 is before start_date 2021-05-03"),
    (HEAD + "    set:\n      city: [Kunming, Dali]\n", 6, "city must be text"),
    (HEAD + "    set:\n      city: {en: Kunming}\n", 6, "city must be text"),
    (HEAD + "    set:\n      name: null\n", 6, "name cannot be empty"),
    (HEAD + "    set:\n      name: '  '\n", 6, "name cannot be empty"),
    (HEAD + "    set:\n      month_day: 02-30\n", 6, "month_day must be MM-DD of a real day"),
    (HEAD + "    set:\n      country_code: XYZ\n", 6, "country_code must be an ISO 3166-1"),
    (HEAD + "    set:\n      province_code: CN-ZZ\n", 6, "province_code must be an ISO 3166-2"),
    ("corrections:\n  - target: organization\n    match: {name: THU}\n    reason: r\n"
     "    set: {name: ''}\n", 5, "name cannot be empty"),
    # duplicate keys: which one wins would be a guess
    (HEAD + "    set:\n      year: 2019\n      year: 2020\n", 7,
     "duplicate key 'year' (first on line 6)"),
    (HEAD + "    reason: other\n    set: {year: 2019}\n", 5, "duplicate key 'reason'"),
    # typos are not silently ignored
    (HEAD + "    sett: {year: 2019}\n", 5, "unknown key 'sett'"),
    (HEAD + "    set: {year: 2019}\n    drop: yes\n", 6, "drop must be true or false"),
])
def test_bad_curation_is_an_error_naming_the_line(tmp_path, body, line, message):
    with pytest.raises(CurationError) as err:
        load_curation(write(tmp_path, body))
    assert f"line {line}: " in str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize("body, message", [
    (HEAD + "    set: {venue: !!python/object/apply:os.system [echo owned]}\n", "line 5:"),
    (HEAD + "    set:\n      start_date: 2023-02-30\n", "line 6: not a real date"),
    (HEAD + "    set:\n      attendance: 100000000000000000000000\n", "line 6: attendance"),
])
def test_the_etl_exits_2_with_one_line_naming_the_line(tmp_path, body, message):
    done = run_etl(tmp_path, write(tmp_path, body))
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and done.stderr.strip().count("\n") == 0
    assert message in done.stderr


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path):
    entry = ("  - target: event\n    match: {source_path: a.txt}\n    set: {year: 2020}\n"
             "    reason: " + "x" * 200 + "\n")
    big = write(tmp_path, "corrections:\n" + entry * (safe_yaml.MAX_BYTES // len(entry) + 1))
    started = time.process_time()
    with pytest.raises(CurationError, match="file too large: more than 512 KiB"):
        load_curation(big)
    with pytest.raises(corrections.CorrectionError, match="file too large"):
        corrections.list_corrections(big)
    assert time.process_time() - started < 5  # refused on its size, not after parsing it


def test_yaml_1_2_for_reading_and_writing_yes_and_sexagesimal_stay_text(tmp_path):
    path = write(tmp_path, HEAD + "    set: {venue: yes, name: 1:30 Club, city: no}\n")
    assert load_curation(path)[0].set == {"venue": "yes", "name": "1:30 Club", "city": "no"}
    corrections.add_correction(path, "event", {"doc_id": "d2"}, "r",
                               set_fields={"venue": "on", "name": "1:30"})
    assert load_curation(path)[1].set == {"venue": "on", "name": "1:30"}
    assert [e.correction.set for e in corrections.list_corrections(path)] == [
        {"venue": "yes", "name": "1:30 Club", "city": "no"}, {"venue": "on", "name": "1:30"}]


def test_sane_values_pass_and_keep_their_types(tmp_path):
    path = write(tmp_path, HEAD + "    set: {year: 2021, start_date: 2021-05-03, "
                                  "end_date: 2021-05-04, attendance: 0, city: '798', "
                                  "month_day: 02-29, country_code: CHN, province_code: CN-YN}\n"
                                  "    at: 2026-11-21T10:00:00Z\n")
    [c] = load_curation(path)
    assert c.set == {"year": 2021, "start_date": dt.date(2021, 5, 3),
                     "end_date": dt.date(2021, 5, 4), "attendance": 0, "city": "798",
                     "month_day": "02-29", "country_code": "CHN", "province_code": "CN-YN"}
    assert c.at == "2026-11-21T10:00:00Z" and c.line == 2


def test_the_dashboard_refuses_to_write_an_empty_event_name(tmp_path):
    path = write(tmp_path, "corrections: []\n")
    for value in ("", "   ", None):
        with pytest.raises(corrections.CorrectionError, match="the event's name cannot be empty"):
            corrections.add_correction(path, "event", {"doc_id": "d"}, "clear it",
                                       set_fields={"name": value})
    with pytest.raises(corrections.CorrectionError, match="organization's name cannot be"):
        corrections.add_correction(path, "organization", {"name": "THU"}, "clear it",
                                   set_fields={"name": None})
    assert path.read_text(encoding="utf-8") == "corrections: []\n"
