"""The word lists of the name recogniser, read once from data/reference (org_heads.csv,
org_name_words.csv, participant_types.csv, place_aliases.csv), and the character tests the
grammars share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.reference import read_csv


@dataclass(frozen=True)
class Words:
    en_heads: frozenset[str]
    zh_heads: dict[str, int]          # head → characters the name needs besides it
    zh_head_rx: re.Pattern
    boundary: tuple[str, ...]         # longest first
    boundary_by_last: dict[str, tuple[str, ...]]   # the same, by their last character
    titles: tuple[str, ...]           # Chinese titles and person nouns, longest first
    person_titles: tuple[str, ...]    # Chinese titles of a person's office (people.py), longest first
    en_titles: tuple[str, ...]        # English titles and honorifics
    honorifics_en: tuple[str, ...]    # Mr, Dr … before a name, longest first
    honorifics_zh: tuple[str, ...]    # 先生, 女士 … after a name
    inside: tuple[str, ...]
    inside_at: dict[str, tuple[tuple[str, int], ...]]   # character → (word, its offset there)
    continuation: frozenset[str]
    continuation_by_first: dict[str, tuple[str, ...]]
    not_head: tuple[str, ...]
    generic: frozenset[str]
    venue: tuple[str, ...]
    lead: frozenset[str]
    not_org: frozenset[str]
    not_brand: frozenset[str]         # English words that keep a head-less name from a company's
    present_qualifiers: frozenset[str]  # 到场, 与会: bodies named by their being present
    not_event: frozenset[str]
    sites: frozenset[str]      # site nouns (campus, premises): the name before one is a site
    measure: frozenset[str]
    body_measures: frozenset[str]     # measure words that count bodies (6家, 3所): a description
    zh_places: dict[str, tuple[str, ...]]   # first character → Chinese place names
    kinds_zh: dict[str, str]          # participant type word → org_type
    kinds_en: dict[str, str]
    region_after: tuple[str, ...]     # after a regional body's name: its member countries
    zh_countries: frozenset[str]      # Chinese country names (沙特, 美国)
    public_lead: frozenset[str]       # first words of names of public bodies any country has
    event_nouns: frozenset[str]       # English event words, capitalised (Forum, Fair, Expo)
    company_nouns: tuple[str, ...]    # English nouns for a company (start-up, firm), longest first
    member_nouns: tuple[str, ...]     # Chinese nouns for the people a listed body sends (专家)
    unit_ends: tuple[str, ...]        # Chinese words ending a part of a body's name (化学系, 团队)
    descriptors: tuple[str, ...]      # Chinese nouns describing the company named after them (供应商)
    kind_qualifiers: tuple[str, ...]  # Chinese words between a list's count and its kind (本地)
    world_regions: frozenset[str]     # Chinese names of parts of the world (中东, 欧洲)
    gov_levels: tuple[str, ...] = ()  # English levels of government (municipal, provincial)
    short_form_ends: tuple[str, ...] = ()  # last characters of Chinese short forms (省科协, 市商会)
    en_open_heads: frozenset[str] = frozenset()  # heads whose qualifiers follow them (Universidad)
    # labels opening a line of a deal's terms ("Value:", "Term:"); party labels ("Parties:")
    # name the parties after them
    field_labels: frozenset[str] = frozenset()
    party_labels: frozenset[str] = frozenset()
    winner_labels: tuple[str, ...] = ()   # a procurement notice's label of the winner (供应商名称)
    winner_words: tuple[str, ...] = ()    # its word for the winner elsewhere (中标单位)
    bare_heads: tuple[str, ...] = ()      # head nouns a body uses alone for itself (学会)
    trade_words: tuple[str, ...] = ()     # lines of business after a trade name (科技, 精机)
    trade_alone_after: tuple[str, ...] = ()   # after a trade name alone: the company acts (代表)
    kind_tails: tuple[str, ...] = ()  # English nouns for what a body is, after its name in a list (unit)
    # English words of a description before a name, by kind (descriptor: agency; sponsor_tier:
    # Gold; sponsor_noun: Sponsors; unit_of: branch; list_lead: including), in file order
    en_describing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    state_forms: tuple[str, ...] = ()       # a country's long form before "of" (Republic)
    en_member_nouns: tuple[str, ...] = ()   # the people a body sends (experts of X held …)
    list_kinds: tuple[str, ...] = ()        # a list item's kind before its name (company NIS)
    state_form_leads: tuple[str, ...] = ()  # words before it (People's, Democratic)


@lru_cache(maxsize=1)
def word_lists() -> Words:
    heads = read_csv("org_heads.csv")
    zh_heads = {r["head"]: int(r.get("min_prefix") or 1) for r in heads if r["lang"] == "zh"}
    words: dict[str, list[str]] = {}
    for r in read_csv("org_name_words.csv"):
        words.setdefault(f"{r['kind']}:{r['lang']}", []).append(r["word"])
    kinds_zh, kinds_en = {}, {}
    for r in read_csv("participant_types.csv"):
        (kinds_zh if r["lang"] == "zh" else kinds_en)[r["word"].lower()] = r["org_type"]

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(words.get(key, []), key=len, reverse=True))

    # A name starts after a title or a person noun (科技厅副厅长王彬, 嘉宾王彬)
    zh_people = words.get("title:zh", []) + words.get("person_noun:zh", [])
    # a name starts after a description of the company too (建筑材料供应商X)
    starts_after = words.get("boundary:zh", []) + zh_people + words.get("descriptor:zh", [])

    return Words(
        en_heads=frozenset(r["head"] for r in heads if r["lang"] == "en"),
        en_open_heads=frozenset(r["head"] for r in heads
                                if r["lang"] == "en" and r.get("order") == "after"),
        zh_heads=zh_heads,
        zh_head_rx=re.compile("|".join(sorted(map(re.escape, zh_heads), key=len, reverse=True))),
        boundary=tuple(sorted(starts_after, key=len, reverse=True)),
        boundary_by_last=_by_last_char(starts_after),
        titles=tuple(sorted(zh_people, key=len, reverse=True)),
        person_titles=tuple(sorted(words.get("title:zh", []) + words.get("person_title:zh", []),
                                   key=len, reverse=True)),
        en_titles=tuple(sorted(words.get("title:en", []) + words.get("honorific:en", []), key=len,
                               reverse=True)),
        honorifics_en=longest_first("honorific:en"), honorifics_zh=longest_first("honorific:zh"),
        inside=longest_first("inside:zh"), inside_at=_by_char(longest_first("inside:zh")),
        continuation=frozenset(words.get("continuation:zh", [])),
        continuation_by_first=_by_first_char(words.get("continuation:zh", [])),
        not_head=longest_first("not_head:zh"), generic=frozenset(words.get("generic:zh", [])),
        venue=longest_first("venue:zh") + longest_first("venue:en"),
        lead=frozenset(words.get("lead:en", []) + words.get("honorific:en", [])), not_org=frozenset(words.get("not_org:en", [])),
        not_brand=frozenset(words.get("not_brand:en", [])),
        present_qualifiers=frozenset(words.get("present_qualifier:zh", [])),
        not_event=frozenset(words.get("not_event:en", [])),
        sites=frozenset(words.get("site:en", [])),
        measure=frozenset(words.get("measure:zh", [])),
        body_measures=frozenset(words.get("body_measure:zh", [])), zh_places=_zh_places(), kinds_zh=kinds_zh,
        kinds_en=kinds_en,
        region_after=tuple(w.lower() for w in longest_first("region_after:zh")
                           + longest_first("region_after:en")),
        public_lead=frozenset(words.get("public_lead:en", [])),
        event_nouns=frozenset(r["keyword"].capitalize() for r in read_csv("event_types.csv")
                              if r["lang"] == "en" and " " not in r["keyword"]),
        company_nouns=longest_first("company_noun:en"),
        member_nouns=tuple(words.get("member_noun:zh", [])),
        unit_ends=longest_first("unit_end:zh"),
        gov_levels=longest_first("gov_level:en"),
        short_form_ends=longest_first("short_form_end:zh"),
        descriptors=longest_first("descriptor:zh"),
        winner_labels=longest_first("winner_label:zh"),
        winner_words=longest_first("winner_word:zh"),
        bare_heads=longest_first("bare_head:zh"),
        trade_words=longest_first("trade_word:zh"),
        trade_alone_after=longest_first("trade_alone_after:zh"),
        kind_tails=tuple(words.get("kind_tail:en", [])),
        en_describing={k: tuple(words.get(f"{k}:en", [])) for k in
                       ("descriptor", "sponsor_tier", "sponsor_noun", "unit_of", "trades_noun",
                        "list_lead")},
        state_forms=tuple(words.get("state_form:en", [])),
        en_member_nouns=tuple(words.get("member_noun:en", [])),
        list_kinds=tuple(words.get("list_kind:en", [])),
        state_form_leads=tuple(words.get("state_form_lead:en", [])),
        kind_qualifiers=longest_first("kind_qualifier:zh"),
        world_regions=frozenset(words.get("world_region:zh", [])),
        field_labels=frozenset(words.get("field_label:en", [])),
        party_labels=frozenset(words.get("party_label:en", [])),
        zh_countries=frozenset(r["name"] for r in read_csv("place_aliases.csv")
                               if r.get("lang") == "zh" and r.get("kind") == "country"))


def _by_last_char(words: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        out.setdefault(word[-1], []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def _by_first_char(words: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        out.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def _by_char(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each character of the words → (word, where it stands in the word)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        for k, c in enumerate(word):
            out.setdefault(c, []).append((word, k))
    return {k: tuple(v) for k, v in out.items()}


def _zh_places() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, set[str]] = {}
    for r in read_csv("place_aliases.csv"):
        if r.get("lang") == "zh" and r.get("kind") in ("city", "province", "country") and \
                len(r["name"]) >= 2:
            by_first.setdefault(r["name"][0], set()).add(r["name"])
    return {k: tuple(v) for k, v in by_first.items()}


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def latin_bounded(text: str, start: int, end: int) -> bool:
    """A Latin match must not start or end inside a word ('MOST' in 'MOSTLY')."""
    if is_cjk(text[start]):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and before.isascii()) and \
        not (after.isalnum() and after.isascii())
