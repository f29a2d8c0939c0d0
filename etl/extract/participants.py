"""Who took part (not who organised): institution types with reported or listed shares, and
the provinces and countries participants came from. Words → types live in
data/reference/participant_types.csv."""
from __future__ import annotations

import re
from functools import lru_cache

from etl import gazetteer
from etl.extract.records import MixFinding
from etl.extract.text import sentence_at
from etl.reference import read_csv

# The lookahead lists the words' first letters: fast skipping, same matches.
_EN_CUE = re.compile(
    r"(?=[acdegmoprstv])\b(?:attend\w*|participa\w*|trainees?|delegates?|delegations?|guests?|"
    r"representatives?|visitors?|audiences?|exhibitors?|students|experts|officials|"
    r"professionals|managers|people|persons|consul\w*|diplomats?)\b", re.I)
_ZH_CUE = re.compile(r"参会|参加|出席|参与|学员|代表|嘉宾|与会|观众|来宾|专家|人员|领事")
_ORGANISER = re.compile(r"\b(?:organi[sz]ed\s+by|hosted\s+by|co-organi[sz]ed|sponsored\s+by|"
                        r"supported\s+by|jointly\s+held\s+by|under\s+the\s+guidance)\b|主办|承办|协办",
                        re.I)
_FRACTIONS = {"half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
              "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
              "one quarter": 0.25, "three quarters": 0.75, "一半": 0.5, "半数": 0.5}
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}
_SHARE = re.compile(
    r"(?=[\dohat一二两三四五六七八九十半])(?:"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|％|\s(?:percent|per\s+cent)\b)"
    r"|(?P<frac>\b(?:one\s+half|half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|"
    r"one\s+quarter|three\s+quarters)\b|一半|半数)"
    r"|(?P<cheng>[一二两三四五六七八九\d])成(?![员功为立果])"
    r"|(?P<den>[二三四五六七八九十\d]+)分之(?P<num>[一二三四五六七八九\d]+))", re.I)
_REST = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+remaining|the\s+others)\b|其余|其他人|剩余",
                   re.I)
# The share follows its category: "企业代表占60%", "universities accounted for 30%".
_SHARE_AFTER = re.compile(r"(?:占|占比|比例为|为|accounted\s+for|made\s+up|making\s+up|represented|"
                          r"comprised|constituted)\s*(?:了|约|近|超过|about|around|over|nearly|"
                          r"some|almost)?\s*$", re.I)
_COUNT = re.compile(r"\b(?P<n>\d{1,6})(?!\s*(?:%|percent|per\s+cent))\s+(?:[a-z]+\s+){0,2}?(?:were|was|are|came)\s+from\b")
_FROM = re.compile(r"\b(?:came\s+from|were\s+from|from|representing|representatives\s+of|"
                   r"(?:with\s+the\s+)?participation\s+of(?:\s+(?:more\s+than|over|about|some|"
                   r"nearly|around))?(?:\s+[\d,]+)?)\b|来自", re.I)
# Where a "from …" list stops: the clause ends or the sentence moves on to what they did.
_LIST_END = re.compile(
    r"[;；。.!?！？]|的(?!\s*[、，,])|\b(?:will|would|to|who|which|gathered|attended|"
    r"participated|joined|exchanged|discussed|took|were|are|have|has|had)\b")
_PLACE_LIST_END = re.compile(r"[;；。!?！？]|\.(?:\s|$)|的|\b(?:will|who|which|to)\b")
_SPLIT = re.compile(r"[。！？；]+|\n+|[.!?]+\s+(?=[A-Z\"“(])")
_SEAT_BEFORE = re.compile(r"(?:\bin\s+|驻)$")
_ORG_AFTER = re.compile(r"\s*(?:[A-Z][a-z]|大学|学院|研究|公司|集团|医院|中心|协会|科技|理工|"
                        r"师范|政府|市委|省委|海关|银行)")
_DIPLOMATIC = re.compile(
    r"(?:Consulate(?:[- ]General)?|Embassy|Consular\s+Office)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|\b[A-Z][a-z]+\s+(?:Embassy|Consulate(?:[- ]General)?)\b")
_ZH_DIPLOMATIC = re.compile(r"[\u4e00-\u9fff]{2,8}驻[\u4e00-\u9fff]{1,8}?(?:大使馆|总领事馆|领事馆|使馆)")


@lru_cache(maxsize=1)
def _type_patterns() -> tuple[re.Pattern | None, dict[str, str]]:
    words: dict[str, str] = {}
    for r in read_csv("participant_types.csv"):
        w = r["word"].strip().lower()
        if w:
            words.setdefault(w, r["org_type"])
    if not words:
        return None, words
    alts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w).replace(r"\ ", r"\s+")
        alts.append(esc if re.search(r"[\u4e00-\u9fff]", w) else rf"\b{esc}\b")
    # A lookahead on the words' first characters lets the engine skip other positions before
    # trying the long alternation; it matches exactly what the alternation alone matches.
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return re.compile(f"(?=[{first}])(?:" + "|".join(alts) + ")", re.I), words


def _types(span: str) -> list[str]:
    rx, words = _type_patterns()
    if rx is None:
        return []
    out: list[str] = []
    for m in rx.finditer(span):
        w = m.group()
        if len(w) > 1 and w[0].isupper() and w[1].islower() and span[:m.start()].strip():
            continue      # a proper name ("Peking University"), not a kind of institution
        t = words.get(" ".join(m.group().lower().split()))
        if t and t not in out:
            out.append(t)
    return out


def _share_value(m: re.Match) -> float | None:
    if m.group("pct"):
        v = float(m.group("pct")) / 100
    elif m.group("frac"):
        v = _FRACTIONS.get(" ".join(m.group("frac").lower().split()))
    elif m.group("cheng"):
        c = m.group("cheng")
        v = (int(c) if c.isdigit() else _ZH_DIGITS[c]) / 10
    else:
        den, num = (_zh_int(m.group("den")), _zh_int(m.group("num")))
        v = num / den if den and num and num < den else None
    return v if v is not None and 0 < v <= 1 else None


def _zh_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _ZH_DIGITS.get(s)
    if len(s) == 2 and s[0] == "十":
        return 10 + _ZH_DIGITS.get(s[1], 0)
    return None


def find_participant_mix(text: str) -> list[MixFinding]:
    """Participant mix rows (institution types, provinces, countries) with their evidence."""
    try:
        return _find(text or "")
    except Exception:
        return []


def _find(text: str) -> list[MixFinding]:
    rows: list[MixFinding] = []
    seen: set[tuple[str, str, str]] = set()

    def add(row: MixFinding) -> None:
        key = (row.dimension, row.category, row.basis)
        if key not in seen:
            seen.add(key)
            rows.append(row)

    for a, b in _sentences(text):
        sent = text[a:b]
        if not (_EN_CUE.search(sent) or _ZH_CUE.search(sent)
                or ("来自" in sent and _SHARE.search(sent))):
            continue
        if _ORGANISER.search(sent) and not _FROM.search(sent):
            continue
        found = _reported(sent)
        if not found:
            found = [MixFinding("institution_type", t, "listed") for t in _listed_types(sent)]
        found += [MixFinding(dim, code, "listed") for dim, code in _listed_places(sent)]
        if found:
            evidence = sentence_at(text, a + len(sent) - len(sent.lstrip()))
            for r in found:
                r.evidence = evidence
                add(r)
    for dim, code, evidence in _diplomats(text):
        add(MixFinding(dim, code, "listed", evidence=evidence))
    return rows


def _sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans for scanning; evidence itself comes from sentence_at."""
    spans, start = [], 0
    for m in _SPLIT.finditer(text):
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _reported(sent: str) -> list[MixFinding]:
    marks = [(m.start(), m.end(), _share_value(m)) for m in _SHARE.finditer(sent)]
    marks = [mk for mk in marks if mk[2] is not None]
    out: list[MixFinding] = []
    if marks:   # "the rest" only counts beside a stated share
        marks += [(m.start(), m.end(), None) for m in _REST.finditer(sent)]
        marks.sort()
        total, prev_end = 0.0, 0
        for i, (s, e, share) in enumerate(marks):
            nxt = marks[i + 1][0] if i + 1 < len(marks) else len(sent)
            seg = sent[e:nxt]
            fm = _FROM.search(seg)
            if share is not None and _SHARE_AFTER.search(sent, max(prev_end, s - 24), s):
                types = _types(sent[prev_end:s])       # "企业代表占60%", "firms made up 30%"
            else:
                types = _types(seg[fm.end():] if fm else seg)
                if not types and share is not None:
                    types = _types(sent[prev_end:s])   # "…, universities 30%"
            prev_end = e
            if share is not None:
                if types:
                    total += share
                    out.append(MixFinding("institution_type", "+".join(sorted(types)), "reported",
                                          share=round(share, 4)))
            elif total < 1:
                out.append(MixFinding("institution_type", "+".join(sorted(types)) or "other",
                                      "derived", share=round(1 - total, 4)))
    for m in _COUNT.finditer(sent) if "from" in sent else ():
        seg = sent[m.end():]
        end = _LIST_END.search(seg)
        types = _types(seg[:end.start()] if end else seg)
        if types:
            out.append(MixFinding("institution_type", "+".join(sorted(types)), "reported",
                                  count=int(m.group("n"))))
    return out


def _from_spans(sent: str, stop: re.Pattern) -> list[str]:
    spans = []
    for m in _FROM.finditer(sent):
        rest = sent[m.end():]
        end = stop.search(rest, 1 if rest[:1].isspace() else 0)
        spans.append(rest[:end.start()] if end else rest)
    return spans


def _listed_types(sent: str) -> list[str]:
    out: list[str] = []
    for span in _from_spans(sent, _LIST_END):
        for t in _types(span):
            if t not in out:
                out.append(t)
    return out


def _listed_places(sent: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for span in _from_spans(sent, _PLACE_LIST_END):
        for s, e, _surface, p in gazetteer.find_places(span):
            if _ORG_AFTER.match(span, e) or _SEAT_BEFORE.search(span, 0, s):
                continue      # "Peking University", "Consulate of Chile in Shanghai"
            item = _dimension(p)
            if item and item not in out:
                out.append(item)
    return out


def _dimension(p: gazetteer.Place) -> tuple[str, str] | None:
    if p.country_code == "CHN" and p.province_code:
        return "province", p.province_code
    if p.country_code:
        return "country", p.country_code
    return None


def _diplomats(text: str) -> list[tuple[str, str, str]]:
    """Embassies and consulates named in the report: their country took part."""
    out = []
    matches = list(_DIPLOMATIC.finditer(text)) if ("Embassy" in text or "Consul" in text) else []
    if "驻" in text:
        matches += _ZH_DIPLOMATIC.finditer(text)
    for m in matches:
        before = text[max(0, m.start() - 40):m.start()]
        if _ORGANISER.search(before):
            continue
        cc = gazetteer.country_hint(m.group())
        if cc:
            out.append(("country", cc, sentence_at(text, m.start(), m.end())))
    return out
