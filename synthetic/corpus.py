"""Synthetic corpus of tech-transfer news articles with an answer key, for benchmarks and tests.

    python -m synthetic --docs N --out DIR --seed S

Layout: the articles go to `DIR/articles/<bucket>/<n>.<ext>` (1000 files per bucket) and the
answer key to `DIR/answer_key.jsonl`, beside the corpus so that `python -m etl --input
DIR/articles` never reads it. One key line per article, in file order.

Each article is drawn from its own `random.Random(f"{seed}:{n}")`, so a document does not
depend on how many were generated before it, generation streams in bounded memory, and the
same seed gives the same bytes (given the same `data/reference/organizations.csv`, whose
rows are used as organisation names when the file exists).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from etl.extract.months import month_names
from synthetic.world import (
    CN_PLACES,
    CN_WEIGHTS,
    EN_NOUN,
    EVENT_KINDS,
    EVENT_WEIGHTS,
    FOREIGN_PLACES,
    FOREIGN_WEIGHTS,
    PARTNER_PLACES,
    SHORT_COUNTRY,
    THEMES,
    ZH_NOUN,
    Org,
    Place,
    ordinal,
    pick_org,
    zh_ordinal,
)

FILES_PER_BUCKET = 1000

_FILLER_EN = (
    "Participants discussed the evaluation of scientific and technological achievements, "
    "intellectual property protection and the licensing of patents.",
    "Speakers shared experience in building professional technology transfer teams and in "
    "connecting laboratories with the needs of industry.",
    "The organisers said the event would become a regular platform for exchanges between "
    "universities, research institutes and enterprises.",
    "Experts called for closer cooperation along the whole chain from basic research to "
    "industrial application.",
    "A series of parallel sessions covered new materials, biomedicine, advanced manufacturing "
    "and the digital economy.",
    "Representatives of investment funds presented their views on financing early-stage "
    "technology companies.",
    "The programme also included project roadshows, one-to-one matchmaking and visits to "
    "local enterprises.",
    "Several guests stressed the role of technology managers in turning research results into "
    "products.",
    "In his speech, the director reviewed recent policies on the reform of ownership of "
    "job-related scientific achievements.",
    "The participants agreed to strengthen communication and to explore new models of "
    "international cooperation.",
    "Organisers thanked the partner institutions for their support and announced follow-up "
    "activities.",
    "Young researchers presented start-up projects to a jury of investors and entrepreneurs.",
    "The closing session summarised the outcomes and proposed directions for future work.",
    "Round-table discussions focused on incentives for researchers and on the valuation of "
    "intangible assets.",
)
_FILLER_ZH = (
    "与会嘉宾围绕科技成果评价、知识产权保护和专利许可等议题进行了深入交流。",
    "专家们分享了建设专业化技术转移机构和人才队伍的经验做法。",
    "主办方表示，将把本次活动打造成为高校、科研院所与企业常态化交流合作的平台。",
    "与会代表一致认为，应进一步打通从基础研究到产业化应用的全链条。",
    "活动期间还举办了新材料、生物医药、先进制造和数字经济等多个平行分论坛。",
    "投资机构代表就早期科技企业融资问题发表了看法。",
    "活动还安排了项目路演、一对一对接洽谈和企业参观考察等环节。",
    "多位嘉宾强调了技术经理人在推动科研成果转化为现实生产力中的重要作用。",
    "有关负责同志在致辞中介绍了职务科技成果赋权改革的最新政策。",
    "双方表示将加强沟通，积极探索国际科技合作新模式。",
    "主办方对各支持单位表示感谢，并介绍了后续系列活动安排。",
    "青年科研人员向投资人和企业家展示了创业项目。",
    "闭幕式对活动成果进行了总结，并对下一步工作提出了建议。",
    "圆桌讨论聚焦科研人员激励机制和无形资产评估等问题。",
)
# Pinyin and characters in the same order, so a speaker has one name in both languages.
_SURNAMES = (("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
             ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"))
_GIVEN = (("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"),
          ("Yan", "燕"), ("Jun", "军"), ("Tao", "涛"), ("Hui", "慧"), ("Qiang", "强"),
          ("Hong", "红"), ("Ping", "平"))
_FOREIGN_NAMES = (("Anna", "Müller", "安娜·穆勒"), ("David", "Smith", "大卫·史密斯"),
                  ("Marco", "Rossi", "马可·罗西"), ("Sophie", "Dubois", "索菲·杜布瓦"),
                  ("James", "Wilson", "詹姆斯·威尔逊"), ("Elena", "Petrova", "叶莲娜·彼得罗娃"))
_TITLES = (("Director", "主任"), ("President", "院长"), ("Vice President", "副校长"),
           ("Deputy Director-General", "副局长"), ("Secretary General", "秘书长"))
# Institution types as participants are described: (vocabulary value, English, Chinese).
_MIX_TYPES = (("university", "universities", "高校"),
              ("research_institute", "research institutes", "科研院所"),
              ("enterprise", "enterprises", "企业"),
              ("government", "government departments", "政府部门"),
              ("intermediary", "technology transfer agencies", "技术转移机构"),
              ("park", "industrial parks", "产业园区"), ("hospital", "hospitals", "医院"))
_VENUES = (("{c} International Convention Center", "{cz}国际会议中心"),
           ("{c} International Expo Center", "{cz}国际博览中心"),
           ("{c} Science and Technology Museum", "{cz}科技馆"))


@dataclass(frozen=True)
class Amount:
    value: float      # base units
    currency: str
    metric: str
    scope: str
    kind: str         # which sentence tells it: deal | intent | invest | inst
    en: str           # surface in English
    zh: str           # surface in Chinese
    projects: int     # a count of projects told beside it (a trap, never an amount)


# currency → (English surface pattern, Chinese unit) — {n} is "1.2 billion" / "350 million".
_CUR = {"CNY": ("RMB {n}", "{n} yuan", "元"), "USD": ("US${n}", "${n}", "美元"),
        "EUR": ("€{n}", "EUR {n}", "欧元"), "GBP": ("£{n}", "GBP {n}", "英镑"),
        "JPY": ("{n} yen", "JPY {n}", "日元"), "HKD": ("HK${n}", "HK${n}", "港元"),
        "KRW": ("{n} won", "KRW {n}", "韩元")}
_TO_USD = {"CNY": 0.145, "USD": 1.0, "EUR": 1.1, "GBP": 1.3, "JPY": 0.008, "HKD": 0.128,
           "KRW": 0.00078}


def _surface_en(millions: int) -> str:
    if millions >= 1000 and millions % 100 == 0:
        return f"{millions / 1000:g} billion"
    return f"{millions:,} million"


def _surface_zh(millions: int) -> str:
    wan = millions * 100
    if wan >= 10000 and wan % 1000 == 0:
        return f"{wan / 10000:g}亿"
    return f"{wan}万"


def draw_money(rng: random.Random, currency: str) -> tuple[int, str, str]:
    """(millions, English number words, Chinese number) — round figures as press releases give."""
    mag = rng.choice((1, 10, 100, 1000, 10000))
    millions = rng.randint(1, 99) * mag // (10 if mag >= 100 else 1)
    if currency in ("JPY", "KRW"):
        millions *= 100
    millions = max(1, millions)
    return millions, _surface_en(millions), _surface_zh(millions)


def _money_en(rng: random.Random, currency: str, n: str) -> str:
    return rng.choice(_CUR[currency][:2]).format(n=n)


def _money_zh(currency: str, n: str) -> str:
    return f"{n}{_CUR[currency][2]}"


def _draw_amounts(rng: random.Random, place: Place | None) -> list[Amount]:
    out = []
    local = place.currency if place is not None and place.currency in _CUR else "USD"
    for k in range(rng.choice((1, 1, 1, 2))):
        currency = local if rng.random() < 0.75 else rng.choice(("CNY", "USD", "EUR"))
        millions, en, zh = draw_money(rng, currency)
        kind = rng.choice(("deal", "deal", "intent", "invest", "inst"))
        if k == 1 and kind == "deal":
            kind = "invest"
        metric, scope = {"deal": ("contract_value", "event"),
                         "intent": ("transaction_volume", "event"),
                         "invest": ("investment", "event"),
                         "inst": ("contract_value", "institution")}[kind]
        s_en, s_zh = _money_en(rng, currency, en), _money_zh(currency, zh)
        if currency != "USD" and rng.random() < 0.15:
            usd_m = max(1, round(millions * _TO_USD[currency]))
            s_en += f" (about US${_surface_en(usd_m)})"
            s_zh += f"（约合{_surface_zh(usd_m)}美元）"
        out.append(Amount(millions * 1_000_000.0, currency, metric, scope, kind, s_en, s_zh,
                          rng.randint(10, 90)))
    return out


_AMOUNT_EN = {
    "deal": "Deals worth {m} were signed at the {noun}.",
    "intent": "Intended transactions reached {m} during the {noun}.",
    "invest": "A total of {k} projects attracting investment of {m} were signed on site.",
    "inst": "Over the past five years, {org} has signed technology contracts worth {m}.",
}
_AMOUNT_ZH = {
    "deal": "现场签约金额达{m}。",
    "intent": "活动期间意向成交额达{m}。",
    "invest": "现场签约项目{k}个，吸引投资{m}。",
    "inst": "近五年来，{org}累计签订技术合同金额{m}。",
}


def _attendance(rng: random.Random, event_type: str) -> tuple[int, str, str, str]:
    """(value, qualifier, English sentence, Chinese sentence)."""
    base = rng.choice((30, 50, 80, 100, 120, 150, 180, 200, 300, 400, 500, 800, 1000, 2000,
                       5000, 6000))
    who_en, who_zh = (("trainees", "名学员") if event_type == "training"
                      else rng.choice((("representatives", "名代表"), ("guests", "位嘉宾"),
                                       ("participants", "名参会人员"))))
    verb_zh = "参加培训" if event_type == "training" else "出席活动"
    q = rng.choice(("exact", "at_least", "at_least", "approx"))
    n = f"{base:,}"
    if q == "exact":
        en = rng.choice((f"A total of {n} {who_en} took part in the {EN_NOUN[event_type]}.",
                         f"{n} {who_en} from universities, enterprises and research institutes "
                         "attended."))
        zh = f"共有{base}{who_zh}{verb_zh}。"
    elif q == "at_least":
        en = rng.choice((f"More than {n} {who_en} from universities, enterprises and research "
                         "institutes attended.", f"Over {n} {who_en} attended the event."))
        zh = rng.choice((f"{base}多人{verb_zh}。", f"超过{base}{who_zh}{verb_zh}。",
                         f"{base}余人{verb_zh}。"))
    else:
        en = rng.choice((f"About {n} {who_en} attended.", f"Nearly {n} {who_en} took part."))
        zh = rng.choice((f"约{base}人参会。", f"近{base}人{verb_zh}。"))
    return base, q, en, zh


def _en_date(d: date, end: date | None, rng: random.Random, with_year: bool) -> str:
    m = month_names()[d.month - 1]
    y = f", {d.year}" if with_year else ""
    if end is not None:
        return f"From {m} {d.day} to {end.day}{y}"
    if rng.random() < 0.3:
        return f"On {d.day} {m}{' ' + str(d.year) if with_year else ''}"
    return f"On {m} {d.day}{y}"


def _zh_date(d: date, end: date | None, with_year: bool) -> str:
    y = f"{d.year}年" if with_year else ""
    if end is not None:
        return f"{y}{d.month}月{d.day}日至{end.day}日"
    return f"{y}{d.month}月{d.day}日"


@dataclass
class Article:
    """One synthetic event and how it is told."""
    event_type: str
    name_en: str
    name_zh: str
    year: int | None
    start: date | None
    end: date | None
    date_mode: str        # full | dateline | title_year | no_year
    place: Place | None
    fmt: str              # in_person | online | hybrid
    orgs: list[tuple[Org, str]]
    attendance: tuple[int, str, str, str] | None
    amounts: list[Amount]
    traps: list[str]
    trap_year: int | None
    venue: tuple[str, str] | None = None
    # (English name, Chinese name, title EN, title ZH, organisation)
    people: list[tuple[str, str, str, str, Org]] | None = None
    # (category, English, Chinese, share or None); shares are all reported but the last
    mix: list[tuple[str, str, str, float | None]] | None = None


def draw_article(rng: random.Random) -> Article:
    event_type = rng.choices(list(EVENT_WEIGHTS), weights=list(EVENT_WEIGHTS.values()))[0]
    year = 2005 + min(20, int(rng.triangular(0, 21, 18)))
    d = date(year, rng.randint(1, 12), rng.randint(1, 28))
    end = d + timedelta(days=rng.randint(1, 2)) if rng.random() < 0.25 else None
    mode = rng.choices(("full", "dateline", "title_year", "no_year"), weights=(70, 10, 12, 8))[0]
    r = rng.random()
    if mode == "dateline" and r >= 0.96:
        mode = "full"  # a dateline names a city; online events have none
    fmt = "in_person"
    if r < 0.70:
        place = rng.choices(CN_PLACES, weights=CN_WEIGHTS)[0]
    elif r < 0.96:
        place = rng.choices(FOREIGN_PLACES, weights=FOREIGN_WEIGHTS)[0]
    else:
        place, fmt = None, "online"
    if place is not None and rng.random() < 0.1:
        fmt = "hybrid"
    en_names, zh_names = EVENT_KINDS[event_type]
    i = rng.randrange(len(en_names))
    partner = rng.choice(PARTNER_PLACES) if place is None or place.country_code == "CHN" else None
    if partner is not None and rng.random() < 0.4:
        prefix_en = f"China-{SHORT_COUNTRY.get(partner.country, partner.country)} "
        prefix_zh = f"中{partner.country_zh[0]}"
    elif place is not None:
        prefix_en, prefix_zh = f"{place.city} ", place.city_zh
        if place.country_code == "CHN" and rng.random() < 0.3:
            prefix_en, prefix_zh = f"China ({place.city}) ", f"中国（{place.city_zh}）"
    else:
        prefix_en, prefix_zh = "Global ", "全球"
    name_en, name_zh = f"{prefix_en}{en_names[i]}", f"{prefix_zh}{zh_names[i]}"
    if " on " not in name_en and rng.random() < 0.5:
        # a theme, as many recurring events have one ("… Forum on Biomedicine")
        theme_en, theme_zh = rng.choice(THEMES)
        name_en, name_zh = f"{name_en} on {theme_en}", f"{prefix_zh}{theme_zh}{zh_names[i]}"
    if mode == "title_year":
        if rng.random() < 0.5:
            name_en, name_zh = f"{name_en} {year}", f"{year}{name_zh}"
        else:
            name_en, name_zh = f"{year} {name_en}", f"{year}{name_zh}"
    elif rng.random() < 0.5:
        k = rng.randint(1, 15)
        name_en, name_zh = f"{ordinal(k)} {name_en}", f"第{zh_ordinal(k)}届{name_zh}"
    orgs: list[tuple[Org, str]] = []
    seen: set[str] = set()
    for role, lo, hi in (("host", 1, 3), ("organizer", 0, 1), ("co_organizer", 0, 3),
                         ("supporter", 0, 1)):
        for _ in range(rng.randint(lo, hi)):
            o = pick_org(rng, place)
            if o.name not in seen:
                seen.add(o.name)
                orgs.append((o, role))
    att = _attendance(rng, event_type) if rng.random() < 0.65 else None
    amounts = _draw_amounts(rng, place) if rng.random() < 0.4 else []
    traps = []
    if rng.random() < 0.3:
        traps.append(f"{rng.randint(12, 300)} projects")
    if event_type == "fair" or rng.random() < 0.2:
        traps.append(f"{rng.randint(20, 900)} companies")
    trap_year = year - rng.randint(1, 3) if mode == "no_year" or rng.random() < 0.1 else None
    venue = None
    if place is not None and fmt != "online" and rng.random() < 0.3:
        en, zh = rng.choice(_VENUES)
        venue = (en.format(c=place.city), zh.format(cz=place.city_zh))
    people = []
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        o = rng.choice(orgs)[0] if orgs else pick_org(rng, place)
        t_en, t_zh = rng.choice(_TITLES)
        if o.country_code in (None, "CHN"):
            (s1, z1), (g1, h1) = rng.choice(_SURNAMES), rng.choice(_GIVEN)
            (g2, h2) = rng.choice(_GIVEN) if rng.random() < 0.6 else ("", "")
            en_name, zh_name = f"{s1} {g1}{g2.lower()}", f"{z1}{h1}{h2}"
        else:
            first, last, zh_name = rng.choice(_FOREIGN_NAMES)
            en_name = f"{first} {last}"
        if en_name not in {p[0] for p in people}:
            people.append((en_name, zh_name, t_en, t_zh, o))
    mix = None
    if rng.random() < 0.3:
        kinds = rng.sample(_MIX_TYPES, rng.randint(2, 4))
        if rng.random() < 0.5:
            mix = [(c, en, zh, None) for c, en, zh in kinds]
        else:
            cuts = sorted(rng.sample(range(5, 95), len(kinds) - 1))
            shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
            mix = [(c, en, zh, sh / 100) for (c, en, zh), sh in zip(kinds, shares, strict=True)]
    return Article(event_type, name_en, name_zh, year, d, end, mode, place, fmt, orgs, att,
                   amounts, traps, trap_year, venue, people, mix)


def _en_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _en_org(o: Org, rng: random.Random) -> str:
    # "the Ministry of …", "the Chongqing Academy of Sciences", but "Tsinghua University"
    the = "the " if " of " in o.name or o.name.endswith(("Center", "Society")) else ""
    if o.acronym and rng.random() < 0.5:
        return f"{the}{o.name} ({o.acronym})"
    return f"{the}{o.name}"


_ROLE_EN = {"host": "hosted by", "organizer": "organized by", "co_organizer": "co-organized by",
            "supporter": "supported by"}
_ROLE_ZH = {"host": "主办", "organizer": "承办", "co_organizer": "协办", "supporter": "支持"}


def _filler(rng: random.Random, pool: tuple[str, ...], target: int, sep: str) -> list[str]:
    paras, size = [], 0
    while size < target:
        p = sep.join(rng.sample(pool, rng.randint(3, 6)))
        paras.append(p)
        size += len(p.encode("utf-8"))
    return paras


def render_en(a: Article, rng: random.Random, filler_bytes: int) -> tuple[str, list[str]]:
    """(headline, paragraphs) in English."""
    noun = EN_NOUN[a.event_type]
    where = ""
    if a.place is not None:
        where = f" in {a.place.city}"
        if a.venue:
            where = f" at the {a.venue[0]}"
        elif a.place.country_code != "CHN":
            where += f", {a.place.country}"
        elif a.place.province and a.place.province != a.place.city and rng.random() < 0.4:
            where += f", {a.place.province} Province"
    fmt = {"online": " online", "hybrid": " both in person and online"}.get(a.fmt, "")
    if a.fmt == "online":
        where = ""
    verb = "was held" if a.event_type != "fair" else "opened"
    paras = []
    if a.date_mode == "full":
        lead = f"{_en_date(a.start, a.end, rng, True)}, the {a.name_en} {verb}{where}{fmt}."
    elif a.date_mode == "dateline":
        city = (a.place.city if a.place else "Beijing").upper()
        lead = (f"{city}, {month_names()[a.start.month - 1]} {a.start.day}, {a.start.year} -- "
                f"The {a.name_en} {verb}{where}{fmt} today.")
    elif a.date_mode == "title_year":
        lead = f"The {a.name_en} was successfully held{where}{fmt}."
    else:
        lead = f"{_en_date(a.start, a.end, rng, False)}, the {a.name_en} {verb}{where}{fmt}."
    by_role: dict[str, list[str]] = {}
    for o, role in a.orgs:
        by_role.setdefault(role, []).append(_en_org(o, rng))
    parts = [f"{_ROLE_EN[r]} {_en_list(v)}" for r, v in by_role.items()]
    if parts:
        org_s = f"The {noun} was " + ", ".join(parts) + "."
        paras.append(lead + " " + org_s[0].upper() + org_s[1:])
    else:
        paras.append(lead)
    if a.attendance:
        paras.append(a.attendance[2])
    if a.people:
        who = [f"{n}, {t} of {_en_org(o, rng)}" for n, _, t, _, o in a.people]
        paras.append(f"{'; '.join(who)} {'delivered speeches' if len(who) > 1 else 'spoke'} "
                     "at the opening ceremony.")
    if a.mix and a.mix[0][3] is None:
        paras.append(f"Participants came from {_en_list([m[1] for m in a.mix])}.")
    elif a.mix:
        parts = [f"{round(m[3] * 100)}% from {m[1]}" for m in a.mix[:-1]]
        paras.append(f"Of the participants, {', '.join(parts)}, and the rest from "
                     f"{a.mix[-1][1]}.")
    host = next((o for o, r in a.orgs if r == "host"), None)
    for am in a.amounts:
        paras.append(_AMOUNT_EN[am.kind].format(m=am.en, noun=noun, k=am.projects,
                                                 org=_en_org(host, rng) if host else "the city"))
    for t in a.traps:
        if t.endswith("projects"):
            paras.append(f"The {noun} showcased {t} in fields such as new energy and "
                         "biomedicine.")
        elif t.endswith("companies"):
            paras.append(f"{t[:-10]} companies exhibited their latest technologies.")
    if a.trap_year:
        paras.append(f"Speakers cited the {a.trap_year} Annual Report on Technology Transfer, "
                     "which was released earlier.")
    paras[1:1] = _filler(rng, _FILLER_EN, filler_bytes, " ")
    return f"{a.name_en} {'held' if a.event_type != 'fair' else 'opens'}{where}", paras


def render_zh(a: Article, rng: random.Random, filler_bytes: int) -> tuple[str, list[str]]:
    """(headline, paragraphs) in Chinese."""
    where = ""
    if a.place is not None:
        where = f"在{a.place.city_zh}" if a.place.country_code == "CHN" else (
            f"在{a.place.country_zh}{a.place.city_zh}")
        if a.venue:
            where = f"在{a.venue[1]}"
    verb = "开幕" if a.event_type == "fair" else "举行"
    fmt = {"online": "以线上方式", "hybrid": "以线上线下相结合方式"}.get(a.fmt, "")
    if a.fmt == "online":
        where = ""
    if a.date_mode == "full":
        lead = f"{_zh_date(a.start, a.end, True)}，{a.name_zh}{where}{fmt}{verb}。"
    elif a.date_mode == "dateline":
        city = a.place.city_zh if a.place else "北京"
        lead = (f"【{a.start.year}年{a.start.month}月{a.start.day}日 {city}】今天，"
                f"{a.name_zh}{where}{fmt}{verb}。")
    elif a.date_mode == "title_year":
        lead = f"{a.name_zh}{where}{fmt}成功举办。"
    else:
        lead = f"{_zh_date(a.start, a.end, False)}上午，{a.name_zh}{where}{fmt}{verb}。"
    by_role: dict[str, list[str]] = {}
    for o, role in a.orgs:
        by_role.setdefault(role, []).append(o.name_zh or o.name)
    parts = [f"{'、'.join(v)}{_ROLE_ZH[r]}" for r, v in by_role.items()]
    paras = [lead + (f"本次{ZH_NOUN[a.event_type]}由" + "，".join(parts) + "。" if parts else "")]
    if a.attendance:
        paras.append(a.attendance[3])
    if a.people:
        paras.append("、".join(f"{o.name_zh or o.name}{t}{z}" for _, z, _, t, o in a.people)
                     + "出席开幕式并致辞。")
    if a.mix and a.mix[0][3] is None:
        paras.append(f"参会人员来自{'、'.join(m[2] for m in a.mix)}等单位。")
    elif a.mix:
        parts = [f"{m[2]}占{round(m[3] * 100)}%" for m in a.mix[:-1]]
        paras.append(f"参会人员中，{'，'.join(parts)}，其余来自{a.mix[-1][2]}。")
    host = next((o for o, r in a.orgs if r == "host"), None)
    for am in a.amounts:
        paras.append(_AMOUNT_ZH[am.kind].format(m=am.zh, k=am.projects,
                                                 org=(host.name_zh or host.name) if host
                                                 else "该市"))
    for t in a.traps:
        n = t.split()[0]
        if t.endswith("projects"):
            paras.append(f"活动共展示新能源、生物医药等领域科技成果{n}项。")
        elif t.endswith("companies"):
            paras.append(f"参展企业{n}家。")
    if a.trap_year:
        paras.append(f"会上发布了《{a.trap_year}年度技术转移发展报告》。")
    paras[1:1] = _filler(rng, _FILLER_ZH, filler_bytes, "")
    return f"{a.name_zh}{where}{verb}", paras


def _html(title: str, paras: list[str], lang: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title></head>\n<body>\n<nav><a href=\"/\">Home</a> | "
            f"<a href=\"/news\">News</a> | <a href=\"/about\">About us</a></nav>\n"
            f"<article><h1>{title}</h1>\n{body}\n</article>\n"
            "<footer>Copyright © Technology Transfer Network. All rights reserved.</footer>\n"
            "</body></html>\n")


def answer(a: Article, path: str, language: str, encoding: str) -> dict:
    """The facts a careful reader takes from the article (SPEC field names)."""
    year = None if a.date_mode == "no_year" else a.year
    start = a.start.isoformat() if a.date_mode in ("full", "dateline") else None
    precision = {"full": "day", "dateline": "day", "title_year": "year"}.get(a.date_mode,
                                                                           "unknown")
    p = a.place
    return {
        "file": path, "language": language, "encoding": encoding,
        "event_type": a.event_type, "name": a.name_en, "name_zh": a.name_zh,
        "year": year, "start_date": start,
        "end_date": a.end.isoformat() if a.end is not None and start else None,
        "month_day": f"{a.start.month:02d}-{a.start.day:02d}" if a.date_mode == "no_year"
        else None,
        "date_precision": precision, "format": a.fmt,
        "city": p.city if p else None, "province_code": p.province_code if p else None,
        "country_code": p.country_code if p else None,
        "attendance": a.attendance[0] if a.attendance else None,
        "attendance_qualifier": a.attendance[1] if a.attendance else None,
        "organizations": [{"name": o.name, "name_zh": o.name_zh, "role": r,
                           "org_type": o.org_type} for o, r in a.orgs],
        "venue": a.venue[0] if a.venue else None,
        "people": [{"name": n, "name_zh": z, "title": t, "organization": o.name}
                   for n, z, t, _, o in a.people or []],
        "participant_mix": [
            {"dimension": "institution_type", "category": c, "share": sh,
             "basis": "listed" if sh is None else
             ("derived" if i == len(a.mix) - 1 else "reported")}
            for i, (c, _, _, sh) in enumerate(a.mix or [])],
        "amounts": [[am.value, am.currency] for am in a.amounts],
        "amount_details": [{"amount": am.value, "currency": am.currency, "metric": am.metric,
                            "scope": am.scope} for am in a.amounts],
        "traps": a.traps + [f"{am.projects} projects" for am in a.amounts
                            if am.kind == "invest"]
        + ([str(a.trap_year)] if a.trap_year else []),
    }


def make_document(seed: int, n: int) -> tuple[str, bytes, dict]:
    """(relative path, file bytes, answer-key row) of article number `n`."""
    rng = random.Random(f"{seed}:{n}")
    a = draw_article(rng)
    r = rng.random()
    language = "en" if r < 0.55 else "zh" if r < 0.92 else "mixed"
    # 1–20 KB, most around 3–5 KB, as news pages are
    size = int(min(20_000, max(1_000, rng.lognormvariate(8.2, 0.6))))
    ext = rng.choices(("txt", "md", "html"), weights=(80, 10, 10))[0]
    if language == "mixed":
        t_zh, p_zh = render_zh(a, rng, size // 2 - 400)
        t_en, p_en = render_en(a, rng, size // 2 - 400)
        title, paras = t_zh, p_zh + [t_en] + p_en
    elif language == "zh":
        title, paras = render_zh(a, rng, size - 400)
    else:
        title, paras = render_en(a, rng, size - 400)
    encoding = "utf-8"
    if ext == "html":
        text = _html(title, paras, "zh" if language == "zh" else "en")
    elif ext == "md":
        text = f"# {title}\n\n" + "\n\n".join(paras) + "\n"
    else:
        text = title + "\n\n" + "\n\n".join(paras) + "\n"
        if language == "zh" and rng.random() < 0.15:
            encoding = "gb18030"
    path = f"{n // FILES_PER_BUCKET:04d}/{n:07d}.{ext}"
    return path, text.encode(encoding), answer(a, path, language, encoding)


def iter_documents(seed: int, count: int, start: int = 0) -> Iterator[tuple[str, bytes, dict]]:
    for n in range(start, start + count):
        yield make_document(seed, n)


def write_corpus(out: Path, docs: int, seed: int) -> Path:
    """Write `docs` articles under out/articles and out/answer_key.jsonl; returns the key path."""
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    key = out / "answer_key.jsonl"
    made: set[str] = set()
    with key.open("w", encoding="utf-8") as f:
        for path, data, row in iter_documents(seed, docs):
            bucket = path.split("/", 1)[0]
            if bucket not in made:
                (articles / bucket).mkdir(exist_ok=True)
                made.add(bucket)
            (articles / path).write_bytes(data)
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m synthetic", description=__doc__.split(
        "\n")[0])
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.docs < 0:
        print("--docs must be >= 0", file=sys.stderr)
        return 2
    key = write_corpus(args.out, args.docs, args.seed)
    print(f"{args.docs} articles in {args.out / 'articles'}, answer key {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
