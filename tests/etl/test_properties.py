"""Property-based tests: every extractor takes any text without raising, and every record it
returns obeys SPEC's types and vocabularies.

Three kinds of input: arbitrary unicode; article-like text assembled from the pieces real
articles are made of (figures, currencies, dates, people-nouns, CJK units, headline words);
and focused money / date strings with random, often impossible, numbers. `make test` runs
the "default" hypothesis profile; `make fuzz` reruns these with >= 10,000 examples each.

No extractor swallows its own exceptions (the pipeline quarantines a document whose extraction
raises), so any exception fails here. The recognisers' cores (organisation names, people,
participant mix) are also held to what every finding owes the text it came from: offsets
inside the text, names and evidence in the article's own characters (never the normalised
view's), and the same output for the same text.
"""
from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from etl import ingest, normalize, pipeline, schema
from etl.extract import (
    amounts,
    attendance,
    dates,
    events,
    org_reference,
    organizations,
    participants,
    people,
    places,
)
from etl.extract.orgnames import find_org_spans
from etl.extract.records import (
    AmountFinding,
    AttendanceFinding,
    DateFinding,
    EventFinding,
    MixFinding,
    OrgMention,
    PersonMention,
    PlaceFinding,
)
from etl.extract.text import EVIDENCE_MAX, View

pytestmark = pytest.mark.fuzz

ALPHA3 = re.compile(r"^[A-Z]{3}$")
ISO3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
MONTH_DAY = re.compile(r"^(\d\d)-(\d\d)$")
INT64_MAX = 2**63 - 1
YEAR_RANGE = range(1900, 2101)  # SPEC: a year is an event year, never an arbitrary number


# ---------------------------------------------------------------- strategies

_CURRENCY_WORDS = ["$", "US$", "USD", "RMB", "CNY", "¥", "￥", "€", "EUR", "£", "GBP", "HK$",
                   "HKD", "JPY", "円", "₩", "KRW", "₹", "Rs", "R$", "CHF", "A$", "元", "美元",
                   "欧元", "人民币", "港元", "日元", "英镑", "yuan", "dollars", "euros", "won",
                   "pounds", "rupees", "rand", "lira", "pesos"]
_MULTIPLIERS = ["", " million", " billion", " trillion", "bn", "m", "k", " mln", " thousand",
                " crore", " lakh", "万", "亿", "万亿", "千万", "百万", "萬", "億", "亿元",
                "万元", "万美元", "亿美元"]
_QUALIFIERS = ["", "more than ", "over ", "about ", "nearly ", "some ", "up to ", "超过", "逾",
               "约", "近", "约合", "at least "]
_AFTER = ["", "多", "余", "餘", "左右", "以上", " or so", "+", " plus"]
_PEOPLE = ["people", "participants", "attendees", "delegates", "guests", "experts",
           "trainees", "visitors", "projects", "companies", "exhibitors", "tons", "patents",
           "人", "名", "位", "人次", "名代表", "位嘉宾", "家企业", "个项目", "项", "吨", "%"]
_VERBS = ["was held in", "attended", "took part in", "signed", "worth", "valued at",
          "turnover reached", "investment of", "举办", "举行", "签约", "成交额", "参会", "出席",
          "吸引了", "共有", "达", "累计", "合同金额", "hosted by", "organized by", "主办",
          "承办", "协办", "supported by", "under the guidance of", "in collaboration with"]
_WORDS = ["Forum", "Conference", "Summit", "Training", "Fair", "Expo", "Workshop", "Signing",
          "Ceremony", "University", "Institute", "Academy of Sciences", "Technology Transfer",
          "Center", "Park", "Ministry of Science and Technology", "Co., Ltd.", "Dr.",
          "Professor", "President", "论坛", "大会", "培训班", "博览会", "签约仪式", "大学",
          "研究院", "科技园", "技术转移中心", "有限公司", "教授", "院长", "副市长", "Beijing",
          "Shanghai", "Nairobi", "São Paulo", "Munich", "Georgia", "Hong Kong", "广东省",
          "深圳", "北京", "台北", "China", "Germany", "United States", "Kenya", "Brazil",
          "(hereinafter", "以下简称", "《", "》", "“", "”", "(", ")", "（", "）"]
_MONTHS = ["January", "Feb", "Feb.", "March", "Sept.", "September", "Dec", "Mai", "mars"]
_SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "。", "，", "；", "\t", "\u3000",
               "\u200b", "\r\n", " — "]


def _number() -> st.SearchStrategy[str]:
    plain = st.integers(min_value=0, max_value=10**15).map(str)
    commas = st.integers(min_value=1000, max_value=10**13).map(lambda n: f"{n:,}")
    decimals = st.floats(min_value=0, max_value=1e7, allow_nan=False).map(lambda f: f"{f:.2f}")
    odd = st.sampled_from(["1e400", "0", "00", "007", "1,00,000", "1.2.3", "9" * 40,
                           "3,4", ".5", "5.", "一千二百", "两亿", "十", "零", "〇",
                           "１２３", "１２．５", "-5", "−3", "٣٤", "²", "½", "Ⅻ",
                           "1,234,567,890,123,456,789"])
    return st.one_of(plain, commas, decimals, odd)


@st.composite
def money_strings(draw) -> str:
    cur = draw(st.sampled_from(_CURRENCY_WORDS))
    prefix = draw(st.booleans())
    num, mult = draw(_number()), draw(st.sampled_from(_MULTIPLIERS))
    body = f"{cur}{num}{mult}" if prefix else f"{num}{mult} {cur}"
    restated = draw(st.sampled_from(["", " (about $1.5 billion)", "（约合2亿美元）",
                                     " (€3m)", ", or US$9", "（折合"]))
    return draw(st.sampled_from(_QUALIFIERS)) + body + draw(st.sampled_from(_AFTER)) + restated


@st.composite
def date_strings(draw) -> str:
    y = draw(st.one_of(st.integers(0, 99), st.integers(1890, 2110), st.integers(0, 99999)))
    m, d = draw(st.integers(0, 14)), draw(st.integers(0, 33))
    mon = draw(st.sampled_from(_MONTHS))
    forms = [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{m}月{d}日", f"{d}/{m}/{y}",
             f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon} {d}-{d + 2}, {y}",
             f"{y}年{m}月{d}日至{m}月{d + 1}日", f"{y}.{m}.{d}", f"{mon} {y}", f"{y}年",
             f"{y}年{m}月", f"on {mon} {d}", f"（{y}年{m}月{d}日）", f"{d}.{m}.{y}",
             f"二〇{y % 100:02d}年{m}月", f"{y}/{m}", f"FY{y}", f"{y}-{y + 1}",
             f"BEIJING, {mon}. {d} (Xinhua) --", f"Published: {y}-{m:02d}-{d:02d} 08:00"]
    return draw(st.sampled_from(forms))


_PIECES = st.one_of(
    st.sampled_from(_WORDS), st.sampled_from(_VERBS), st.sampled_from(_PEOPLE),
    st.sampled_from(_QUALIFIERS), money_strings(), date_strings(), _number(),
    st.text(max_size=12),
)


@st.composite
def article_like(draw) -> str:
    parts = draw(st.lists(_PIECES, min_size=0, max_size=60))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(parts),
                         max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


ANY_TEXT = st.one_of(st.text(max_size=3000), article_like(),
                     st.binary(max_size=2000).map(lambda b: b.decode("latin-1")))
TITLES = st.one_of(st.just(""), st.text(max_size=80), article_like().map(lambda s: s[:120]))

# Text the normalised view reads differently from the article (Traditional characters,
# full-width letters, digits and brackets, ideographic spaces) mixed with Latin, digits,
# punctuation and the words organisation names, titles and participant counts are made of:
# a finding taken from the view instead of the article shows here.
_MIXED_CHARS = (list("大學学院研究院所中心協會协会主辦主办承辦承办舉辦举办臺灣台湾北京清華清华有限公司集團集团"
                     "教授院長院长校長校长局長局长代表參加参加來自来自高校企業企业")
                + list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                + list("ＡＢＣＭＩＴａｂｃ０１２３４５６７８９（）　，。、；：！？「」《》“”()[],.;:!?'\"-–— \n\t%$€¥·"))
_MIXED_WORDS = ["University", "Institute", "Ministry of Science and Technology", "Co., Ltd.",
                "hosted by", "organized by", "Prof.", "Dr.", "President", "Director",
                "國立臺灣大學", "中國科學院", "技術轉移中心", "主辦單位", "承辦", "協辦", "教授", "院長",
                "高校", "科研院所", "企業", "universities", "research institutes", "enterprises",
                "from", "來自", "參加", "代表", "Ｔｓｉｎｇｈｕａ Ｕｎｉｖｅｒｓｉｔｙ", "ＭＩＴ"]
_MIXED_PIECE = st.text(alphabet=st.sampled_from(_MIXED_CHARS), max_size=8)
MIXED_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(_MIXED_CHARS), max_size=300),
    st.lists(st.one_of(st.sampled_from(_MIXED_WORDS), _MIXED_PIECE), max_size=60).map("".join),
    article_like())

# Inputs that once broke something, kept as explicit examples.
_EDGE = ["", " ", "\x00", "\ufeff", "\n" * 50, "亿" * 500, "$" * 200, "1" * 5000,
         "9" * 400 + " billion dollars", "1e400 USD", "人" * 300, "(" * 300 + ")" * 300,
         "《" * 200, "\u202e$5 million", "Dr. " * 200, "2021年13月45日举办", "Feb 30, 2020",
         "0000-00-00", "US$1,000,000,000,000,000,000,000 trillion", "one hundred and people"]


# ---------------------------------------------------------------- record validators

def _check_evidence(value) -> None:
    assert isinstance(value, str), value
    assert len(value) <= EVIDENCE_MAX, len(value)


def _check_int(value, low: int = 0) -> None:
    assert isinstance(value, int) and not isinstance(value, bool), value
    assert low <= value <= INT64_MAX, value


def check_amount(a: AmountFinding) -> None:
    assert isinstance(a, AmountFinding)
    assert isinstance(a.amount, (int, float)) and not isinstance(a.amount, bool)
    assert math.isfinite(a.amount) and a.amount > 0, a.amount
    assert CURRENCY.match(a.currency), a.currency
    assert a.metric in schema.METRICS, a.metric
    assert a.scope in schema.SCOPES, a.scope
    assert a.qualifier in schema.QUALIFIERS, a.qualifier
    assert a.reference_year is None or a.reference_year in YEAR_RANGE, a.reference_year
    assert isinstance(a.surface, str)
    _check_evidence(a.evidence)
    if a.stated_amount is not None:
        assert math.isfinite(a.stated_amount) and a.stated_amount > 0
        assert a.stated_currency and CURRENCY.match(a.stated_currency)
        assert a.stated_currency != a.currency


def check_attendance(f: AttendanceFinding | None) -> None:
    if f is None:
        return
    assert isinstance(f, AttendanceFinding)
    _check_int(f.count, low=1)
    assert f.qualifier in schema.QUALIFIERS, f.qualifier
    _check_evidence(f.evidence)


def check_date(f: DateFinding) -> None:
    assert isinstance(f, DateFinding)
    assert f.precision in schema.DATE_PRECISIONS, f.precision
    assert f.year_source is None or f.year_source in schema.YEAR_SOURCES, f.year_source
    for d in (f.start_date, f.end_date):
        assert d is None or type(d) is dt.date, d
    if f.year is not None:
        assert f.year in YEAR_RANGE, f.year
        assert f.year_source is not None, "a year must say where it came from"
    else:
        assert f.year_source is None, "no year, so no year source"
    if f.start_date is not None:
        assert f.year == f.start_date.year, (f.year, f.start_date)
    if f.start_date and f.end_date:
        assert f.end_date >= f.start_date, (f.start_date, f.end_date)
    if f.precision == "day":
        assert f.start_date is not None or f.month_day is not None
    if f.month_day is not None:
        m = MONTH_DAY.match(f.month_day)
        assert m, f.month_day
        dt.date(2000, int(m.group(1)), int(m.group(2)))  # a real day of a leap year
    _check_evidence(f.evidence)


def check_place(f: PlaceFinding) -> None:
    assert isinstance(f, PlaceFinding)
    assert f.country_code is None or ALPHA3.match(f.country_code), f.country_code
    assert f.province_code is None or ISO3166_2.match(f.province_code), f.province_code
    for v in (f.venue, f.city):
        assert v is None or (isinstance(v, str) and v.strip()), v
    _check_evidence(f.evidence)


def check_mix(m: MixFinding) -> None:
    assert isinstance(m, MixFinding)
    assert m.dimension in schema.MIX_DIMENSIONS, m.dimension
    assert m.basis in schema.MIX_BASES, m.basis
    assert isinstance(m.category, str) and m.category, m.category
    if m.dimension == "institution_type":
        parts = m.category.split("+")
        assert parts == sorted(parts) and set(parts) <= set(schema.ORG_TYPES), m.category
    elif m.dimension == "country":
        assert ALPHA3.match(m.category), m.category
    else:
        assert ISO3166_2.match(m.category), m.category
    if m.share is not None:
        assert math.isfinite(m.share) and 0 <= m.share <= 1, m.share
    if m.count is not None:
        _check_int(m.count)
    _check_evidence(m.evidence)


def check_org(o: OrgMention) -> None:
    assert isinstance(o, OrgMention)
    assert isinstance(o.name, str) and o.name.strip(), o.name
    assert o.role in schema.ROLES, o.role
    assert o.country_hint is None or ALPHA3.match(o.country_hint), o.country_hint
    assert o.acronym is None or (isinstance(o.acronym, str) and o.acronym.strip())
    _check_evidence(o.evidence)


def check_person(p: PersonMention) -> None:
    assert isinstance(p, PersonMention)
    assert isinstance(p.name, str) and p.name.strip(), p.name
    assert p.role in schema.PERSON_ROLES, p.role
    assert p.country_hint is None or ALPHA3.match(p.country_hint), p.country_hint
    _check_evidence(p.evidence)


def check_event(e: EventFinding) -> None:
    assert isinstance(e, EventFinding)
    assert isinstance(e.name, str) and e.name.strip(), "an event always has a name"
    assert e.event_type in schema.EVENT_TYPES, e.event_type
    assert e.format is None or e.format in schema.FORMATS, e.format
    _check_evidence(e.evidence)
    check_date(e.date)
    check_place(e.place)
    check_attendance(e.attendance)
    for o in e.organizations:
        check_org(o)
    for p in e.people:
        check_person(p)
    for m in e.mix:
        check_mix(m)
    for a in e.amounts:
        check_amount(a)


# ---------------------------------------------------------------- text helpers

@given(ANY_TEXT, st.integers(min_value=-5, max_value=4000))
@example("", 0)
def test_sentence_helpers_never_raise_and_clip_evidence(text, pos):
    from etl.extract.text import sentence_at, sentences

    assert all(isinstance(s, str) and s for s in sentences(text))
    pos = min(max(pos, 0), len(text))
    _check_evidence(sentence_at(text, pos, min(pos + 3, len(text))))


# ---------------------------------------------------------------- one test per extractor

@given(st.one_of(ANY_TEXT, money_strings()))
@example("")
@example("\x00")
@example("1e400 USD")
@example("9" * 400 + " billion dollars")
def test_find_amounts_never_raises_and_rows_obey_spec(text):
    out = amounts.find_amounts(text)
    assert isinstance(out, list)
    for a in out:
        check_amount(a)


@pytest.mark.parametrize("text", _EDGE)
def test_every_extractor_takes_the_known_edge_strings(text):
    for check in _EDGE_CHECKS:
        check(text)


@given(ANY_TEXT)
def test_find_attendance_never_raises_and_count_is_a_plausible_int(text):
    for f in attendance.find_attendances(text):
        check_attendance(f)
    check_attendance(attendance.find_attendance(text))


@given(st.one_of(ANY_TEXT, date_strings()), TITLES, TITLES)
@example("2021年2月30日举办", "", "")
@example("Feb 29, 2023", "", "")
@example("on March 3", "2099 Forum", "")
def test_find_event_date_never_raises_and_dates_are_real(text, title, event_name):
    check_date(dates.find_event_date(text, title=title, event_name=event_name))


@given(ANY_TEXT, TITLES, st.one_of(st.none(), st.text(max_size=40)))
def test_find_place_never_raises_and_codes_are_iso(text, title, org_home):
    check_place(places.find_place(text, title=title, org_home=org_home))


@given(ANY_TEXT)
def test_find_participant_mix_never_raises_and_rows_obey_vocabularies(text):
    out = participants.find_participant_mix(text)
    assert isinstance(out, list)
    for m in out:
        check_mix(m)


@given(ANY_TEXT)
def test_find_organizations_never_raises_and_roles_are_in_vocabulary(text):
    out = organizations.find_organizations(text)
    assert isinstance(out, list)
    for o in out:
        check_org(o)


@given(st.one_of(st.text(max_size=200), st.sampled_from(_WORDS)))
def test_classify_and_lookup_org_take_any_name(name):
    assert org_reference.classify_org(name) in schema.ORG_TYPES
    org_reference.lookup_org(name)


@given(ANY_TEXT)
def test_find_people_never_raises_and_roles_are_in_vocabulary(text):
    out = people.find_people(text)
    assert isinstance(out, list)
    for p in out:
        check_person(p)


def _in_own_characters(value: str | None, text: str) -> bool:
    """`value` is made of pieces of `text` as written there, in its order: whitespace aside
    (evidence folds it) and asides cut out ("臺北（內湖）科技園區" → 臺北科技園區). A value read
    from the normalised view instead (Simplified for Traditional, ASCII for full-width) is not."""
    if value is None:
        return True
    rest = iter(text)
    return all(c in rest for c in "".join(value.split()))


@given(MIXED_TEXT)
@example("由國立臺灣大學主辦，ＭＩＴ協辦。")
def test_organisation_names_lie_in_the_text_as_it_writes_them(text):
    spans = find_org_spans(View(text))
    for s in spans:
        assert 0 <= s.start < s.end <= len(text), s
        assert s.name == text[s.start:s.end], s
    assert find_org_spans(View(text)) == spans
    mentions = organizations.find_organizations(View(text))
    for o in mentions:
        assert 0 <= o.start < len(text), o
        assert o.name in text, o
        assert _in_own_characters(o.evidence, text), o
    assert organizations.find_organizations(View(text)) == mentions


@given(MIXED_TEXT)
@example("臺北（內湖）科技園區管理局局長王大明出席了活動。")
@example("Ｐｒｏｆ. Ｌｉ Ｍｉｎｇ, President of Tsinghua University, spoke.")
def test_people_are_named_as_the_text_writes_them(text):
    found = people.find_people(View(text))
    for p in found:
        assert p.name and p.name in text, p
        assert _in_own_characters(p.title, text), p
        assert _in_own_characters(p.affiliation, text), p
        assert _in_own_characters(p.evidence, text), p
    assert people.find_people(View(text)) == found


@given(MIXED_TEXT)
@example("來自高校、科研院所和企業的代表共200人參加。")
def test_participant_mix_rows_point_into_the_text_and_quote_it(text):
    rows = participants.find_participant_mix(View(text))
    for m in rows:
        assert 0 <= m.start <= m.end <= len(text), m
        assert _in_own_characters(m.evidence, text), m
    assert participants.find_participant_mix(View(text)) == rows


_LANGS = st.sampled_from(["en", "zh", "mixed", "other", ""])


@given(st.lists(st.tuples(_LANGS, ANY_TEXT), max_size=3), TITLES)
@example([("zh", "亿" * 300), ("en", "$" * 300)], "")
@example([], "")
def test_extract_events_never_raises_and_every_nested_record_obeys_spec(sections, title):
    found = events.extract_events(sections, title)
    for e in found.events:
        check_event(e)
    for a in found.amounts:
        check_amount(a)


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
    from etl import fx

    r = fx.convert(amount, currency, reference_year=ref_year, event_date=event_date,
                   event_year=event_year, stated_amount=stated, stated_currency=stated_currency)
    assert r.fx_basis in schema.FX_BASES, r.fx_basis
    if math.isfinite(amount) and (stated is None or math.isfinite(stated)):
        for v in (r.amount_usd, r.amount_cny, r.fx_rate_to_usd):
            assert v is None or math.isfinite(v), r


# ---------------------------------------------------------------- ingest and one whole document

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


# Each extractor's entry point with the checks of what it returns (the edge-string test).
_EDGE_CHECKS = [
    lambda t: [check_amount(a) for a in amounts.find_amounts(t)],
    lambda t: check_attendance(attendance.find_attendance(t)),
    lambda t: check_date(dates.find_event_date(t, title=t[:50], event_name="")),
    lambda t: check_place(places.find_place(t, title=t[:50], org_home=None)),
    lambda t: [check_mix(m) for m in participants.find_participant_mix(t)],
    lambda t: [check_org(o) for o in organizations.find_organizations(t)],
    lambda t: [check_person(p) for p in people.find_people(t)],
]
