"""A small, realistic warehouse for dashboard tests, written through etl.schema.to_arrow.

Nine invented events across five regions (two with unknown year), organisations of several
types and roles, people, participant-mix rows of every basis, amounts in CNY/USD/EUR with FX,
one quarantined and one duplicate document. The expected numbers in the tests are read off
these rows.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.schema import SCHEMA_VERSION, TABLES, to_arrow

D = dt.date


def _event(eid, doc, name, etype, year, start, city, pcode, prov, cc, country, region, att=None,
           qual=None, name_zh=None, precision=None, month_day=None, year_source="text",
           fmt="in_person"):
    return {"event_id": eid, "doc_id": doc, "source_doc_ids": [doc], "name": name,
            "name_zh": name_zh, "event_type": etype, "start_date": start, "end_date": None,
            "month_day": month_day, "year": year,
            "date_precision": precision or ("day" if start else ("year" if year else "unknown")),
            "year_source": year_source if year else None, "venue": None, "city": city,
            "province_code": pcode, "province": prov, "country_code": cc, "country": country,
            "region": region, "format": fmt, "attendance": att, "attendance_qualifier": qual,
            "evidence": f"{name} was held in {city or 'an unnamed city'}."}


EVENTS = [
    _event("ev01", "d01", "Greater Bay Area Technology Transfer Forum 2019", "forum", 2019,
           D(2019, 11, 12), "Shenzhen", "CN-GD", "Guangdong", "CHN", "China", "Asia",
           300, "at_least", name_zh="2019粤港澳大湾区技术转移论坛"),
    _event("ev02", "d02", "Patent Licensing Practitioner Training", "training", 2021,
           D(2021, 4, 20), "Chengdu", "CN-SC", "Sichuan", "CHN", "China", "Asia", 120, "exact"),
    _event("ev03", "d03", "West Lake Technology Fair", "fair", 2021, D(2021, 9, 3),
           "Hangzhou", "CN-ZJ", "Zhejiang", "CHN", "China", "Asia", name_zh="西湖技术交易会"),
    _event("ev04", "d04", "New England University Licensing Conference", "conference", 2022,
           D(2022, 10, 5), "Boston", "US-MA", "Massachusetts", "USA", "United States",
           "Americas", 450, "approx"),
    _event("ev05", "d05", "Bavarian Innovation Summit", "summit", 2023, D(2023, 6, 14),
           "Munich", "DE-BY", "Bavaria", "DEU", "Germany", "Europe", 800, "at_least"),
    _event("ev06", "d06", "East Africa Research Commercialisation Workshop", "training", None,
           None, "Nairobi", None, None, "KEN", "Kenya", "Africa", 60, "exact",
           month_day="03-15"),
    _event("ev07", "d07", "Capital Tech Transfer Roundtable", "meeting", None, None,
           "Beijing", "CN-BJ", "Beijing", "CHN", "China", "Asia", name_zh="首都技术转移座谈会"),
    _event("ev08", "d08", "Cross-border Licensing Signing Ceremony", "signing", 2020,
           D(2020, 7, 1), "Hong Kong", None, None, "HKG", "Hong Kong", "Asia",
           fmt="online"),
    _event("ev09", "d09", "Southern Startup Challenge", "competition", 2018, D(2018, 3, 1),
           "Melbourne", "AU-VIC", "Victoria", "AUS", "Australia", "Oceania", 200, "approx",
           precision="month"),
]

ORGS = [
    ("o_sust", "Southern University of Science and Technology", "南方科技大学", "SUSTech",
     "university", "CHN", "Shenzhen"),
    ("o_szte", "Shenzhen Technology Exchange", "深圳技术交易所", None, "intermediary", "CHN",
     "Shenzhen"),
    ("o_fhg", "Fraunhofer-Gesellschaft", None, "FhG", "research_institute", "DEU", "Munich"),
    ("o_scu", "Sichuan University", "四川大学", "SCU", "university", "CHN", "Chengdu"),
    ("o_cdst", "Chengdu Science and Technology Bureau", "成都市科学技术局", None, "government",
     "CHN", "Chengdu"),
    ("o_zjtm", "Zhejiang Technology Market", "浙江技术市场", None, "intermediary", "CHN",
     "Hangzhou"),
    ("o_mit", "Massachusetts Institute of Technology", None, "MIT", "university", "USA",
     "Cambridge"),
    ("o_autm", "Association of University Technology Managers", None, "AUTM", "association",
     "USA", None),
    ("o_lmu", "Ludwig Maximilian University of Munich", None, "LMU", "university", "DEU",
     "Munich"),
    ("o_kenia", "Kenya National Innovation Agency", None, "KeNIA", "government", "KEN",
     "Nairobi"),
    ("o_wipo", "World Intellectual Property Organization", "世界知识产权组织", "WIPO",
     "international_org", None, "Geneva"),
    ("o_unk", "Regional Innovation Partners", None, None, "other", None, None),
]

EVENT_ORGS = [
    ("ev01", "o_sust", "host"), ("ev01", "o_szte", "organizer"), ("ev01", "o_fhg", "partner"),
    ("ev02", "o_scu", "host"), ("ev02", "o_cdst", "organizer"),
    ("ev03", "o_zjtm", "host"), ("ev03", "o_scu", "participant"),
    ("ev04", "o_mit", "host"), ("ev04", "o_autm", "co_organizer"),
    ("ev04", "o_sust", "participant"),
    ("ev05", "o_lmu", "host"), ("ev05", "o_fhg", "co_organizer"),
    ("ev06", "o_kenia", "host"), ("ev06", "o_wipo", "supporter"),
    ("ev07", "o_unk", "organizer"),
    ("ev08", "o_sust", "signatory"), ("ev08", "o_mit", "signatory"),
]

PEOPLE = [
    ("p1", "Anna Keller", "Director of Licensing", "o_fhg"),
    ("p2", "Li Wei", "Vice President", "o_sust"),
    ("p3", "James Porter", "Professor", "o_mit"),
    ("p4", "Wanjiru Mwangi", "Programme Officer", "o_kenia"),
    ("p5", "Zhang Min", None, None),
]
EVENT_PEOPLE = [
    ("ev01", "p1", "speaker"), ("ev01", "p2", "official"), ("ev04", "p3", "speaker"),
    ("ev04", "p2", "speaker"), ("ev06", "p4", "trainer"), ("ev03", "p5", "moderator"),
]

MIX = [
    ("ev01", "institution_type", "university", 0.4, None, "reported"),
    ("ev01", "institution_type", "enterprise", 0.35, None, "reported"),
    ("ev01", "institution_type", "research_institute", 0.25, None, "reported"),
    ("ev01", "country", "CHN", None, None, "listed"),
    ("ev01", "country", "DEU", None, None, "listed"),
    ("ev02", "institution_type", "university", 0.5, 60, "derived"),
    ("ev02", "institution_type", "enterprise", 0.5, 60, "derived"),
    ("ev03", "institution_type", "enterprise", None, None, "listed"),
    ("ev03", "institution_type", "research_institute+university", None, None, "listed"),
    ("ev03", "province", "CN-ZJ", None, None, "listed"),
    ("ev03", "province", "CN-SH", None, None, "listed"),
    ("ev04", "institution_type", "university", None, None, "speakers"),
    ("ev04", "country", "USA", None, None, "speakers"),
    ("ev04", "country", "CHN", None, None, "speakers"),
    ("ev05", "institution_type", "enterprise", 0.6, None, "reported"),
    ("ev05", "institution_type", "university", 0.4, None, "reported"),
]

AMOUNTS = [
    # amount_id, doc, event, metric, scope, amount, cur, ref_year, usd, cny, rate, fx_date,
    # basis, qualifier, surface
    ("a1", "d02", "ev02", "contract_value", "event", 5_000_000.0, "CNY", None, 723_000.0,
     5_000_000.0, 0.1446, D(2021, 4, 20), "ecb_daily", "exact", "500万元"),
    ("a2", "d03", "ev03", "contract_value", "event", 1_200_000_000.0, "CNY", None,
     185_800_000.0, 1_200_000_000.0, 0.15483, D(2021, 9, 3), "ecb_daily", "approx", "约12亿元"),
    ("a3", "d03", None, "transaction_volume", "national", 3.7e12, "CNY", 2020, 5.36e11,
     3.7e12, 0.14493, None, "ecb_year_avg", "exact", "3.7万亿元"),
    ("a4", "d04", "ev04", "investment", "event", 2_500_000.0, "USD", None, 2_500_000.0,
     17_250_000.0, 1.0, D(2022, 10, 5), "ecb_daily", "exact", "$2.5 million"),
    ("a5", "d05", "ev05", "contract_value", "event", 1_200_000.0, "EUR", None, 1_296_000.0,
     9_360_000.0, 1.08, D(2023, 6, 14), "ecb_daily", "at_least", "more than €1.2 million"),
    ("a6", "d05", "ev05", "funding", "institution", 40_000_000.0, "EUR", 2022, 42_000_000.0,
     296_000_000.0, 1.05, None, "ecb_year_avg", "exact", "€40 million"),
    ("a7", "d06", "ev06", "contract_value", "event", 3_000_000.0, "KES", None, None, None,
     None, None, "none", "exact", "KSh 3 million"),
    # the same deal written again in the same article (counted once)
    ("a8", "d03", "ev03", "contract_value", "event", 1_200_000_000.0, "CNY", None,
     185_800_000.0, 1_200_000_000.0, 0.15483, D(2021, 9, 3), "ecb_daily", "approx", "约12亿元"),
    # a dollar figure of an undated event: no year to take a CNY rate from, so in neither total
    ("a9", "d07", "ev07", "contract_value", "event", 3_000_000.0, "USD", None, 3_000_000.0,
     None, None, None, "none", "exact", "US$3 million"),
    # a dated figure in a currency without a rate that year
    ("a10", "d09", "ev09", "investment", "event", 1_000_000_000.0, "XAF", None, None, None,
     None, None, "none", "exact", "1 billion CFA francs"),
]

TEXTS = {
    "d01": "SHENZHEN, Nov 12, 2019 — The Greater Bay Area Technology Transfer Forum 2019 "
           "drew more than 300 participants. Anna Keller of Fraunhofer spoke on licensing.",
    "d02": "成都2021年4月20日电 专利许可实务培训在四川大学举行，共120名学员参加，现场签约500万元。",
    "d03": "West Lake Technology Fair closed with deals of about 1.2 billion yuan.",
    "d04": "BOSTON — Some 450 licensing professionals met at MIT on Oct 5, 2022.",
    "d05": "=HYPERLINK(\"http://x\") Bavarian Innovation Summit report with more than 800 guests.",
    "d06": "On 15 March, about sixty researchers met in Nairobi for a workshop.",
    "d07": "首都技术转移座谈会在北京召开。",
    "d08": "Online signing ceremony, 1 July 2020.",
    "d09": "The Southern Startup Challenge in March 2018 had around 200 entrants.",
}


def _documents() -> list[dict]:
    rows = []
    for i in range(1, 10):
        doc = f"d{i:02d}"
        text = TEXTS[doc]
        rows.append({"doc_id": doc, "source_path": f"news/{doc}.txt", "title": text[:40],
                     "language": "zh" if doc in ("d02", "d07") else "en", "status": "ok",
                     "error": None, "duplicate_of": None, "n_chars": len(text),
                     "content_sha256": f"{i:064x}", "text": text})
    rows.append({"doc_id": "d10", "source_path": "news/broken.pdf", "title": None,
                 "language": "other", "status": "quarantined",
                 "error": "PDF has no text layer (scanned image)", "duplicate_of": None,
                 "n_chars": 0, "content_sha256": "f" * 64, "text": None})
    rows.append({"doc_id": "d11", "source_path": "news/d01_copy.txt", "title": TEXTS["d01"][:40],
                 "language": "en", "status": "duplicate", "error": None, "duplicate_of": "d01",
                 "n_chars": len(TEXTS["d01"]), "content_sha256": f"{1:064x}",
                 "text": TEXTS["d01"]})
    return rows


def rows_by_table() -> dict[str, list[dict]]:
    ev_evidence = {e["event_id"]: e["evidence"] for e in EVENTS}
    return {
        "documents": _documents(),
        "events": EVENTS,
        "organizations": [dict(zip(("org_id", "name", "name_zh", "acronym", "org_type",
                                    "country_code", "city"), o, strict=True)) for o in ORGS],
        "event_organizations": [{"event_id": e, "org_id": o, "role": r,
                                 "evidence": ev_evidence[e]} for e, o, r in EVENT_ORGS],
        "people": [dict(zip(("person_id", "name", "title", "org_id"), p, strict=True))
                   for p in PEOPLE],
        "event_people": [{"event_id": e, "person_id": p, "role": r,
                          "evidence": ev_evidence[e]} for e, p, r in EVENT_PEOPLE],
        "participant_mix": [dict(zip(("event_id", "dimension", "category", "share", "count",
                                      "basis"), m, strict=True)) | {"evidence": ev_evidence[m[0]]}
                            for m in MIX],
        "amounts": [dict(zip(("amount_id", "doc_id", "event_id", "metric", "scope", "amount",
                              "currency", "reference_year", "amount_usd", "amount_cny",
                              "fx_rate_to_usd", "fx_date", "fx_basis", "qualifier", "surface"),
                             a, strict=True)) | {"evidence": f"Figure: {a[-1]}."}
                    for a in AMOUNTS],
    }


def write_warehouse(root: Path, *, empty: bool = False, skip: tuple[str, ...] = (),
                    data: dict[str, list[dict]] | None = None) -> Path:
    """Write the fixture (or the same tables with no rows, or `data`: rows_by_table()
    changed by a test) to `root`; returns `root`."""
    root.mkdir(parents=True, exist_ok=True)
    data = data or rows_by_table()
    counts = {}
    for name in TABLES:
        if name in skip:
            continue
        rows = [] if empty else data[name]
        table = to_arrow(name, rows)
        if name == "documents" and "text" not in table.column_names:
            by_id = {r["doc_id"]: r.get("text") for r in rows}
            table = table.append_column(
                "text", pa.array([by_id[d] for d in table.column("doc_id").to_pylist()],
                                 pa.string()))
        pq.write_table(table, root / f"{name}.parquet")
        counts[name] = table.num_rows
    manifest = {"schema_version": SCHEMA_VERSION, "etl_version": "test",
                "warehouse_version": "empty0000000" if empty else "fixture12345",
                "rows": counts}
    (root / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return root
