"""Per-document extraction results → warehouse rows with stable ids and ISO names.

Pure functions over rows: canonical organisations (reference table + rules), place
names from codes, one event per real event across documents, FX conversion. The link
tables of a large corpus are finished column-wise instead (`finish_spilled`), by the same
rules as their rows.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from etl import fx, gazetteer, schema
from etl.extract import org_reference
from etl.extract.text import view_of
from etl.reference import read_csv

MERGE_NAME_SIMILARITY = 88
MERGE_NAME_SIMILARITY_YEARLESS = 96
MERGE_MAX_DAYS_APART = 3


def stable_id(prefix: str, *parts: str) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}_{h}"


def doc_id_for(source_path: str) -> str:
    return hashlib.sha1(source_path.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1 << 16)  # merging compares a kept event's name with many others
def name_key(name: str) -> str:
    """Case-, width- and punctuation-insensitive key of a name."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"\b(the|co|ltd|limited|inc)\b", " ", s)
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


# ---------------------------------------------------------------- organisations

def resolve_org(name: str, acronym: str | None = None, country_hint: str | None = None,
                listed_type: str | None = None) -> dict:
    """An organisation row for a mention: the reference entry if known, else rules.

    A Chinese mention names the organisation in the article's own characters (name_zh keeps
    them, Traditional or Simplified); its id does not depend on the script, so 复旦大学 and
    復旦大學 are one organisation. `listed_type` is the kind a list gave the name ("等9家企业"),
    used when the name itself says nothing.
    """
    ref = org_reference.lookup_org(name) or (org_reference.lookup_org(acronym) if acronym
                                             else None)
    if ref is not None and country_hint and ref.country_code not in (None, country_hint):
        ref = None      # "Ministry of Education (Kenya)", Taiwan's 教育部: a namesake's body
    clean = re.sub(r"\s+", " ", name).strip()
    zh = clean if re.search(r"[\u4e00-\u9fff]", clean) else None
    if ref is not None:
        key = name_key(ref.name)
        return {"org_id": stable_id("o", key), "name": ref.name, "name_zh": zh or ref.name_zh,
                "acronym": ref.acronym or acronym, "org_type": ref.org_type,
                "country_code": ref.country_code or country_hint, "city": ref.city}
    org_type = org_reference.classify_org(clean)
    if listed_type and (org_type == "other" or listed_type == "university"):
        org_type = listed_type   # a unit of a university is counted as the university
    return {"org_id": stable_id("o", name_key(view_of(clean))), "name": clean, "name_zh": zh,
            "acronym": acronym, "org_type": org_type,
            "country_code": country_hint or gazetteer.country_hint(clean), "city": None}


# Marks a document's organisation row whose mention was written in Chinese (the Combiner's
# vote on the organisation's name; never written to a table).
WRITTEN_ZH = "_written_zh"


def _merge_org_rows(a: dict, b: dict) -> dict:
    return {k: a.get(k) if a.get(k) is not None else b.get(k) for k in a}


# ---------------------------------------------------------------- one document

def document_rows(doc: dict) -> dict[str, list[dict]]:
    """Rows of every table (but documents) for one extracted document.

    The first event keeps the id the document alone gives (one event per article, as most
    are); further events of the same article are numbered. Amounts that belong to no event
    keep `event_id` null.
    """
    out: dict[str, list[dict]] = defaultdict(list)
    if doc.get("status") != "ok":
        return out
    doc_id = doc["doc_id"]
    orgs: dict[str, dict] = {}
    n_amounts = 0
    for k, ev in enumerate(doc.get("events") or []):
        event_id = stable_id("e", doc_id) if k == 0 else stable_id("e", doc_id, str(k))
        _event_rows(out, orgs, doc, event_id, ev)
        for a in ev.get("amounts", []):
            out["amounts"].append(_amount_row(doc_id, n_amounts, event_id, a))
            n_amounts += 1
    for a in doc.get("amounts") or []:
        out["amounts"].append(_amount_row(doc_id, n_amounts, None, a))
        n_amounts += 1
    if orgs:
        out["organizations"] = list(orgs.values())
    return out


def _event_rows(out: dict[str, list[dict]], orgs: dict[str, dict], doc: dict, event_id: str,
                ev: dict) -> None:
    doc_id = doc["doc_id"]
    date, place = ev["date"], ev["place"]
    country = place.get("country_code")
    att = ev.get("attendance") or {}
    start = _date(date.get("start_date"))
    out["events"].append({
        "event_id": event_id, "doc_id": doc_id, "source_doc_ids": [doc_id],
        "name": ev["name"] or doc.get("title") or doc["source_path"],
        "name_zh": ev.get("name_zh"), "event_type": ev.get("event_type") or "other",
        "start_date": start, "end_date": _date(date.get("end_date")),
        "month_day": date.get("month_day"), "year": date.get("year"),
        "date_precision": date.get("precision") or "unknown",
        "year_source": date.get("year_source"), "venue": place.get("venue"),
        "city": place.get("city"), "province_code": place.get("province_code"),
        "province": gazetteer.province_name(place["province_code"])
        if place.get("province_code") else None,
        "country_code": country,
        "country": gazetteer.country_name(country) if country else None,
        "region": gazetteer.region_of(country) if country else None,
        "format": ev.get("format"), "attendance": att.get("count"),
        "attendance_qualifier": att.get("qualifier"), "evidence": ev.get("evidence") or "",
        "date_evidence": date.get("evidence") or None,
        "place_evidence": place.get("evidence") or None,
        "attendance_evidence": att.get("evidence") or None, "curated_fields": [],
    })
    for m in ev.get("organizations", []):
        row = resolve_org(m["name"], m.get("acronym"), m.get("country_hint"), m.get("org_type"))
        row[WRITTEN_ZH] = bool(re.search(r"[\u4e00-\u9fff]", m["name"]))
        oid = row["org_id"]
        orgs[oid] = _merge_org_rows(orgs[oid], row) if oid in orgs else row
        out["event_organizations"].append({"event_id": event_id, "org_id": oid,
                                           "role": m["role"], "evidence": m.get("evidence")})
    for p in ev.get("people", []):
        org_id = None
        if p.get("affiliation"):
            row = resolve_org(p["affiliation"], None, p.get("country_hint"))
            if row["org_type"] != "other" or row["org_id"] in orgs:
                org_id = row["org_id"]
                orgs[org_id] = _merge_org_rows(orgs[org_id], row) if org_id in orgs else row
        pid = stable_id("p", name_key(p["name"]), org_id or "")
        out["people"].append({"person_id": pid, "name": p["name"], "title": p.get("title"),
                              "org_id": org_id})
        out["event_people"].append({"event_id": event_id, "person_id": pid,
                                    "role": p.get("role") or "other",
                                    "evidence": p.get("evidence")})
    for m in ev.get("mix", []):
        out["participant_mix"].append({"event_id": event_id, **{k: m.get(k) for k in (
            "dimension", "category", "share", "count", "basis", "evidence")}})


def _amount_row(doc_id: str, i: int, event_id: str | None, a: dict) -> dict:
    return {
        "amount_id": stable_id("a", doc_id, str(i)), "doc_id": doc_id,
        "event_id": event_id, "metric": a["metric"], "scope": a["scope"],
        "amount": float(a["amount"]), "currency": a["currency"],
        "reference_year": a.get("reference_year"), "qualifier": a.get("qualifier") or "exact",
        "surface": a.get("surface"), "evidence": a.get("evidence"),
        "stated_amount": a.get("stated_amount"), "stated_currency": a.get("stated_currency"),
    }


def _date(v) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        return None


# ---------------------------------------------------------------- the corpus

# Tables the corpus pass finishes column-wise (`finish_spilled`): they only need ids
# re-pointed and one row per key.
COLUMNWISE = ("people", "event_organizations", "event_people", "participant_mix")
# Tables whose rows the pipeline hands over in batches (`Combiner(spill=True)`) instead of
# keeping them as Python objects. Kept, at 100k documents their 0.6 GiB of small objects
# held 1.1 GiB of the process: each document's rows sat between the freed objects of its
# parsed result, pinning the heap pages around them.
SPILLED = ("events", "amounts", *COLUMNWISE)


def _most_common_name(names: Counter, country: str | None) -> tuple[str, str | None]:
    """The (name, name_zh) most documents write; of equally common ones, the one in the
    script of the organisation's place (北京大学 for Peking University, 清華大學 for a
    Taiwanese body), else the first seen."""
    top = max(names.values())
    tied = [k for k, n in names.items() if n == top]
    if len(tied) > 1:
        own = _scripts().get(country or "", "simplified")
        tied.sort(key=lambda k: _script(k[1]) != own)     # stable: first seen among equals
    return tied[0]


@lru_cache(maxsize=1)
def _scripts() -> dict[str, str]:
    return {r["country_code"]: r["script"] for r in read_csv("chinese_scripts.csv")}


def _script(name_zh: str | None) -> str | None:
    if not name_zh:
        return None
    return "simplified" if view_of(name_zh) == name_zh else "traditional"


class Combiner:
    """Accumulates per-document rows as they stream in; one organisation/person row per id.

    Rows are added document by document so the corpus never sits in memory twice. With
    `spill=True` the rows of SPILLED tables are held only until `drain()` hands them over
    as Arrow tables, in the order added, and people are not yet made one per id
    (`finish_spilled` does it, keeping the first as here); organisations stay here.
    """

    def __init__(self, spill: bool = False) -> None:
        self.spill = spill
        self.tables: dict[str, list[dict]] = defaultdict(list)
        self.orgs: dict[str, dict] = {}
        # How each organisation is written in Chinese, counted once per document that writes
        # it so: the corpus names it the way most of its Chinese articles do (清华大学 in a
        # corpus mostly Simplified, 清華大學 in one mostly Traditional), not the way the first
        # article happened to. English mentions do not vote.
        self.names: dict[str, Counter] = defaultdict(Counter)
        self.persons: dict[str, dict] = {}

    def add(self, rows: dict[str, list[dict]]) -> None:
        for name, items in rows.items():
            if name == "events":
                for e in items:
                    e["start_date"], e["end_date"] = _date(e["start_date"]), _date(e["end_date"])
            if self.spill and name in SPILLED:
                self.tables[name].extend(items)
            elif name == "organizations":
                for o in items:
                    oid = o["org_id"]
                    if o.pop(WRITTEN_ZH, False):
                        self.names[oid][(o["name"], o["name_zh"])] += 1
                    self.orgs[oid] = _merge_org_rows(self.orgs[oid], o) if oid in self.orgs \
                        else o
            elif name == "people":
                for p in items:
                    self.persons.setdefault(p["person_id"], p)
            else:
                self.tables[name].extend(items)

    def drain(self) -> Iterator[tuple[str, pa.Table]]:
        """(table, rows added since the last drain as Arrow) per SPILLED table; forgets them."""
        for name in SPILLED:
            rows = self.tables.pop(name, None)
            if rows:
                yield name, schema.rows_to_arrow(rows, schema.spill_schema(name))

    def organizations(self) -> list[dict]:
        """One row per organisation, named as most documents name it (ties: in its own
        place's Chinese script, then first seen)."""
        rows = []
        for oid, row in self.orgs.items():
            names = self.names.get(oid)
            if names:
                name, name_zh = _most_common_name(names, row.get("country_code"))
                row = {**row, "name": name, "name_zh": name_zh}
            rows.append(row)
        return rows

    def result(self) -> dict[str, list[dict]]:
        tables = self.tables
        tables["organizations"] = self.organizations()
        tables["people"] = list(self.persons.values())
        return tables  # link rows are de-duplicated once, after merging and curation


def combine(per_doc: Iterable[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """Concatenate per-document rows; one organisation/person row per id."""
    c = Combiner()
    for rows in per_doc:
        c.add(rows)
    return dedupe_links(c.result())


_KEYS = {"event_organizations": ("event_id", "org_id", "role"),
         "event_people": ("event_id", "person_id", "role"),
         "participant_mix": ("event_id", "dimension", "category", "basis")}


def dedupe_links(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """One row per key in the link tables (merges and curation can create repeats)."""
    for t, key in _KEYS.items():
        tables[t] = _unique(tables.get(t, []), key)
    return tables


def _unique(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = tuple(r.get(c) for c in key)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def finish_spilled(name: str, table: pa.Table, event_alias: dict[str, str],
                   org_alias: dict[str, str]) -> tuple[pa.Table, pa.Array]:
    """A spilled COLUMNWISE table made final: the rows to write and their order.

    The same rules as the rows' path (merge_events, curation, dedupe_links, to_arrow):
    event and organisation ids re-pointed to the surviving ones, one row per key (the
    first in corpus order), ordered by the sort key with empty for null, ties in corpus
    order. Rows are not copied: `order` lists the kept rows' indices in `table`.
    """
    spec = schema.TABLES[name]
    for col, alias in (("event_id", event_alias), ("org_id", org_alias)):
        if alias and col in table.column_names:
            table = table.set_column(table.schema.get_field_index(col), col,
                                     _repoint(table[col], alias))
    # Sorted by key then corpus order, a key's first row opens its run of equal keys.
    # (Sorting, not Arrow's group_by: its hash table took three times the memory.)
    keys = pa.table([*(table[c] for c in spec.key), pa.array(range(table.num_rows), pa.int64())],
                    names=[*spec.key, "_row"])
    keys = keys.take(pc.sort_indices(keys, sort_keys=[(c, "ascending") for c in keys.column_names]))
    first = keys["_row"].filter(_run_starts(keys.combine_chunks(), spec.key))
    by = pa.table([*(pc.fill_null(table[c].take(first), "") for c in spec.sort), first],
                  names=[*spec.sort, "_row"])
    order = first.take(pc.sort_indices(by, sort_keys=[(c, "ascending") for c in by.column_names]))
    return table, order.combine_chunks()


def _run_starts(rows: pa.Table, cols: tuple[str, ...]) -> pa.Array:
    """True where a row's `cols` differ from the previous row's (null equals null)."""
    if rows.num_rows == 0:
        return pa.array([], pa.bool_())
    same = None
    for c in cols:
        a, b = rows[c][1:], rows[c][:-1]
        nulls = (pc.is_null(a), pc.is_null(b))
        eq = pc.if_else(pc.or_(*nulls), pc.and_(*nulls), pc.equal(a, b))
        same = eq if same is None else pc.and_(same, eq)
    return pa.concat_arrays([pa.array([True]), *pc.invert(same).chunks])


def _repoint(ids: pa.ChunkedArray, alias: dict[str, str]) -> pa.ChunkedArray:
    """`ids` with every aliased id replaced by its final target (aliases may chain)."""
    def final(i: str) -> str:
        while i in alias:
            i = alias[i]
        return i

    where = pc.index_in(ids, value_set=pa.array(list(alias), pa.string()))
    targets = pa.array([final(i) for i in alias], pa.string())
    return pc.if_else(pc.is_null(where), ids, targets.take(where))


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


# Kept events of one city and year are compared with a new event all pairs up to this many;
# beyond, only those sharing one of its less common words (or its key) are, so that the
# corpus phase stays near-linear however many short notes land in one block.
MERGE_ALL_PAIRS_MAX = 5000
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


def _merge_block(block: list[dict], alias: dict[str, str]) -> None:
    """Merge the events of one city, in order: each joins the first earlier kept event it
    matches. Only possible matches get the full checks: an event without year or day can
    only take in one of the very same name (`_compatible`); a dated one, one of the same
    year or of none, among those with a similar name (or the same Chinese name)."""
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
        target = block[target_i]
        alias[e["event_id"]] = target["event_id"]
        # sorted once at the end: re-sorting per merge is quadratic in a big event's sources
        sources.setdefault(target_i, set(target["source_doc_ids"])).update(
            e["source_doc_ids"])
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


def merge_events(tables: dict[str, list[dict]],
                 alias: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Articles about the same event (close name, same place, compatible dates) → one event.

    The event of the first document (by doc order) survives; the others' facts fill
    its gaps and their rows are re-pointed to it. `alias`, when given, receives each
    merged event_id → the surviving one, for link rows kept outside `tables`.
    """
    events = sorted(tables["events"], key=lambda e: e["event_id"])
    blocks: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        blocks[e["city"] or ""].append(e)
    merged: dict[str, str] = {}
    for block in blocks.values():
        _merge_block(block, merged)
    if alias is not None:
        alias.update(merged)
    if not merged:
        return tables
    tables["events"] = [e for e in events if e["event_id"] not in merged]
    for t in ("event_organizations", "event_people", "participant_mix", "amounts"):
        for r in tables.get(t, ()):
            r["event_id"] = merged.get(r["event_id"], r["event_id"])
    return tables  # callers de-duplicate link rows (see dedupe_links)


def add_fx(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Convert every amount to USD and CNY by SPEC's rule (after curation fixed the dates)."""
    events = {e["event_id"]: e for e in tables["events"]}
    for a in tables["amounts"]:
        ev = events.get(a.get("event_id")) or {}
        r = fx.convert(a["amount"], a["currency"], reference_year=a.get("reference_year"),
                       event_date=ev.get("start_date"), event_year=ev.get("year"),
                       stated_amount=a.pop("stated_amount", None),
                       stated_currency=a.pop("stated_currency", None))
        a.update(amount_usd=r.amount_usd, amount_cny=r.amount_cny,
                 fx_rate_to_usd=r.fx_rate_to_usd, fx_date=r.fx_date, fx_basis=r.fx_basis)
    return tables
