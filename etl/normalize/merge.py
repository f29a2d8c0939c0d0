"""Articles about the same event (close name, same place, compatible dates) → one event."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from etl.normalize.ids import name_key
from settings import MERGE_ALL_PAIRS_MAX

MERGE_NAME_SIMILARITY = 88
MERGE_NAME_SIMILARITY_YEARLESS = 96
MERGE_MAX_DAYS_APART = 3


def _compatible(a: dict, b: dict) -> bool:
    if a["city"] and b["city"] and a["city"] != b["city"]:
        return False
    if a["year"] and b["year"] and a["year"] != b["year"]:
        return False
    if a["start_date"] and b["start_date"] and \
            abs((a["start_date"] - b["start_date"]).days) > MERGE_MAX_DAYS_APART:
        return False
    if a["month_day"] and b["month_day"] and a["month_day"] != b["month_day"] and \
            not (a["start_date"] and b["start_date"]):
        return False
    types = {a["event_type"], b["event_type"]} - {"other"}
    if len(types) > 1:
        return False
    if types == {"signing"} and not (a["city"] and b["city"]):
        # a signing is named from what was signed ("Signing of the licence agreement"): the
        # same words in two articles are no sign of one signing without one city for both
        return False
    return a["year"] is not None or a["month_day"] is not None or a["name"] == b["name"]


_EDITION = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|第([一二三四五六七八九十百\d]+)[届次]|"
                      r"\b((?:19|20)\d\d)\b|((?:19|20)\d\d)(?=年|中国|国际|世界)", re.I)


@lru_cache(maxsize=1 << 16)
def _editions(name: str) -> frozenset[str]:
    """Ordinals and years inside an event name ("13th", "第八届", "2023"): they tell editions apart."""
    return frozenset(next(g for g in m.groups() if g) for m in _EDITION.finditer(name or ""))


def _similar(a: dict, b: dict) -> bool:
    for field in ("name", "name_zh"):
        ea, eb = _editions(a.get(field) or ""), _editions(b.get(field) or "")
        if ea and eb and ea != eb:
            return False  # the 8th and the 13th forum are different events
    if a.get("name_zh") and b.get("name_zh") and a["name_zh"] == b["name_zh"]:
        return True
    threshold = MERGE_NAME_SIMILARITY
    if (a["year"] is None) != (b["year"] is None):
        # One article has no year: merging would lend it one, so ask for nearly the same name.
        threshold = MERGE_NAME_SIMILARITY_YEARLESS
    return fuzz.token_sort_ratio(name_key(a["name"]), name_key(b["name"])) >= threshold


MERGE_COMMON_WORD = 100  # a word in more kept names than this suggests no pair by itself


class _Group:
    """The kept, dated events of one city with one year (or with a day but no year), and
    which of them have a name similar to a new one."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.names: list[str] = []
        self.by_word: dict[str, list[int]] | None = None   # built past MERGE_ALL_PAIRS_MAX

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, i: int, name: str) -> None:
        self.ids.append(i)
        self.names.append(name)
        if self.by_word is None and len(self.ids) > MERGE_ALL_PAIRS_MAX:
            self.by_word = defaultdict(list)
            for k, known in enumerate(self.names):
                self._index(k, known)
        elif self.by_word is not None:
            self._index(len(self.names) - 1, name)

    def _index(self, k: int, name: str) -> None:
        for word in set(name.split()) | {"\x00" + name}:  # its words, and the whole key
            self.by_word[word].append(k)

    def similar(self, name: str) -> list[int]:
        if self.by_word is None and len(self.names) <= 32:  # per pair beats a batch's set-up
            return [self.ids[k] for k, known in enumerate(self.names)
                    if fuzz.token_sort_ratio(name, known, score_cutoff=MERGE_NAME_SIMILARITY)]
        if self.by_word is None:
            ids, names = self.ids, self.names
        else:
            pool = set(self.by_word.get("\x00" + name, ()))
            for word in set(name.split()):
                posting = self.by_word.get(word, ())
                if len(posting) <= MERGE_COMMON_WORD:
                    pool.update(posting)
            ids = [self.ids[k] for k in sorted(pool)]
            names = [self.names[k] for k in sorted(pool)]
        hits = process.extract(name, names, scorer=fuzz.token_sort_ratio,
                               score_cutoff=MERGE_NAME_SIMILARITY, limit=None)
        return [ids[k] for _, _, k in hits]


def _dated(e: dict) -> bool:
    return e["year"] is not None or e["month_day"] is not None


def _merge_block(block: list[dict]) -> dict[str, str]:
    """Merge the events of one city, in order: each joins the first earlier kept event it
    matches; returns each merged event_id → the surviving one. A surviving event that took
    others in is replaced in `block` by a copy holding their facts (the rows given are left
    as they were). Only possible matches get the full checks: an event without year or day
    can only take in one of the very same name (`_compatible`); a dated one, one of the same
    year or of none, among those with a similar name (or the same Chinese name)."""
    alias: dict[str, str] = {}
    names = [name_key(e["name"]) for e in block]
    undated: dict[str, list[int]] = defaultdict(list)   # name → kept events without date
    groups: dict[int | None, _Group] = {}               # year → kept dated events
    dated = _Group()                                     # all kept dated events
    by_zh: dict[str, list[int]] = defaultdict(list)
    sources: dict[int, set[str]] = {}                   # merged targets → their documents
    for i, e in enumerate(block):
        cands = set(undated.get(e["name"], ()))
        # a dated event: its year's and the yearless; one without a year: any dated event
        searched = [groups[y] for y in (e["year"], None) if y in groups] \
            if e["year"] is not None else [dated]
        for group in searched:
            cands.update(group.similar(names[i]))
        if e.get("name_zh"):
            cands.update(by_zh.get(e["name_zh"], ()))
        target_i = next((j for j in sorted(cands) if
                         _compatible(block[j], e) and _similar(block[j], e)), None)
        if target_i is None:
            if _dated(e):
                groups.setdefault(e["year"], _Group()).add(i, names[i])
                dated.add(i, names[i])
            else:
                undated[e["name"]].append(i)
            if e.get("name_zh"):
                by_zh[e["name_zh"]].append(i)
            continue
        if target_i not in sources:  # its first merge: fill a copy, not the row given
            block[target_i] = dict(block[target_i])
            # sorted once at the end: re-sorting per merge is quadratic in a big event's sources
            sources[target_i] = set(block[target_i]["source_doc_ids"])
        target = block[target_i]
        alias[e["event_id"]] = target["event_id"]
        sources[target_i].update(e["source_doc_ids"])
        before = (target.get("name_zh"), target["year"], _dated(target))
        for k, v in e.items():
            if target.get(k) is None and v is not None:
                target[k] = v
        if not before[0] and target.get("name_zh"):
            by_zh[target["name_zh"]].append(target_i)
        if (target["year"], _dated(target)) != before[1:]:  # it took a year or a day
            groups.setdefault(target["year"], _Group()).add(target_i, names[target_i])
            if not before[2]:
                dated.add(target_i, names[target_i])
    for target_i, docs in sources.items():
        block[target_i]["source_doc_ids"] = sorted(docs)
    return alias


def merge_events(tables: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Articles about the same event (close name, same place, compatible dates) → one event.

    The event of the first document (by doc order) survives; the others' facts fill
    its gaps and their rows are re-pointed to it. Returns the tables so merged (the rows
    given are left as they were) and each merged event_id → the surviving one, for link rows
    kept outside `tables`. Link rows may now repeat a key: they are made one per key when
    written (`finish_spilled`).
    """
    events = sorted(tables["events"], key=lambda e: e["event_id"])
    blocks: dict[str, list[int]] = defaultdict(list)   # city → its events' places in `events`
    for i, e in enumerate(events):
        blocks[e["city"] or ""].append(i)
    alias: dict[str, str] = {}
    for places in blocks.values():
        block = [events[i] for i in places]
        alias.update(_merge_block(block))
        for i, e in zip(places, block, strict=True):
            events[i] = e
    if not alias:
        return dict(tables), alias
    merged = {**tables, "events": [e for e in events if e["event_id"] not in alias]}
    for t in ("event_organizations", "event_people", "participant_mix", "amounts"):
        if t in tables:
            merged[t] = [{**r, "event_id": alias[r["event_id"]]} if r["event_id"] in alias
                         else r for r in tables[t]]
    return merged, alias
