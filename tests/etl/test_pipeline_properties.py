"""Property-based tests of the stages around extraction: ingest takes any bytes (a Document or
an IngestError with its reason), FX any amount, and one whole document's rows are ones the
writer accepts. `make fuzz` reruns these with >= 10,000 examples each."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl import fx, ingest, normalize, pipeline, schema
from tests.etl.strategies import ANY_TEXT

pytestmark = pytest.mark.fuzz


_CURRENCIES = st.one_of(st.sampled_from(["USD", "CNY", "EUR", "HKD", "JPY", "GBP", "KRW",
                                         "XXX", "", "usd", "TWD", "VND", "BTC"]),
                        st.text(max_size=4))
_FLOATS = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                    st.floats(min_value=0, max_value=1e16))


@given(_FLOATS, _CURRENCIES, st.one_of(st.none(), st.integers(-10, 3000)),
       st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.integers(-10, 3000)),
       st.one_of(st.none(), _FLOATS), st.one_of(st.none(), _CURRENCIES))
def test_fx_convert_never_raises_and_basis_is_in_vocabulary(amount, currency, ref_year,
                                                            event_date, event_year, stated,
                                                            stated_currency):
    r = fx.convert(amount, currency, reference_year=ref_year, event_date=event_date,
                   event_year=event_year, stated_amount=stated, stated_currency=stated_currency)
    assert r.fx_basis in schema.FX_BASES, r.fx_basis
    if math.isfinite(amount) and (stated is None or math.isfinite(stated)):
        for v in (r.amount_usd, r.amount_cny, r.fx_rate_to_usd):
            assert v is None or math.isfinite(v), r


_SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".TXT", "",
                             ".exe", ".txt.gz"])
_HTML = st.builds(lambda body, n: "<html>" + "<div>" * n + body + "</div>" * n + "</html>",
                  st.text(max_size=500), st.integers(0, 300)).map(str.encode)
_BYTES = st.one_of(st.binary(max_size=4000), ANY_TEXT.map(lambda s: s.encode("utf-8")),
                   ANY_TEXT.map(lambda s: s.encode("utf-16-le", "replace")),
                   ANY_TEXT.map(lambda s: s.encode("gb18030", "replace")),
                   ANY_TEXT.map(lambda s: s.encode("big5", "replace")), _HTML,
                   st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
                   st.binary(max_size=200).map(lambda b: b"%PDF-1.4\n" + b))


@given(_BYTES, _SUFFIXES)
def test_parse_document_returns_a_document_or_raises_ingest_error_only(data, suffix):
    try:
        doc = ingest.parse_document(data, suffix)
    except ingest.IngestError as e:
        assert str(e).strip(), "a quarantine reason must say something"
        return
    assert doc.language in schema.LANGUAGES, doc.language
    assert isinstance(doc.text, str) and "\x00" not in doc.text
    assert isinstance(doc.title, str)
    for s in doc.sections:
        assert isinstance(s.text, str)


@given(_BYTES, st.sampled_from([".txt", ".html", ".md"]))
def test_one_document_end_to_end_yields_rows_the_writer_accepts(data, suffix):
    res = pipeline.extract_bytes(f"doc{suffix}", data, "v")
    assert res["status"] in ("ok", "quarantined")
    if res["status"] == "quarantined":
        assert res["error"], "a quarantined document must carry its reason"
        return
    assert not (res["error"] or "").startswith(("extraction failed", "could not parse")), \
        res["error"]
    for name, rows in res["rows"].items():
        table = schema.to_arrow(name, rows)  # raises on a type the schema does not allow
        for (tname, col), vocab in schema.VOCABULARIES.items():
            if tname == name:
                assert set(table.column(col).to_pylist()) - {None} <= set(vocab), (name, col)
    # FX columns are filled at the corpus stage, so NOT NULL is checked after it.
    combiner = normalize.Combiner()
    combiner.add(res["rows"])
    merged, _ = normalize.merge_events(combiner.result())
    combined = normalize.add_fx(merged)
    for name, rows in combined.items():
        table = schema.to_arrow(name, rows)
        for col in schema.NOT_NULL[name]:
            assert table.column(col).null_count == 0, (name, col)
    for a in combined.get("amounts", []):
        assert a["fx_basis"] in schema.FX_BASES
