"""Lists whose kind is named after or before them ("蓝帆、齐鲁等6家企业", "companies such as A
and B"): their items are organisations of that kind even without a head noun."""
from __future__ import annotations

import re

from etl.extract.org_reference import classify_org
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, word_lists
from etl.extract.text import original_span
from etl.gazetteer import find_places

_ZH_ITEM = r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9·]{2,16}"
# "A、B等近50家投资机构", "A、B等9家法人研究机构": the kind may run to six characters
_ZH_KIND_LIST = re.compile(rf"((?:{_ZH_ITEM}、){{1,40}}{_ZH_ITEM})等(?:近|约|逾|超过|超|上)?"
                           r"(?:\d+|[一二三四五六七八九十百几数多]+)?"
                           r"[余多]?[家个所]?(?P<kind>[\u4e00-\u9fff]{2,6})")
_EN_KIND_LIST = re.compile(
    r"\b(?P<kind>[A-Za-z][a-z]+(?:[ -][a-z]+)?)\s*(?:,\s*)?(?:such as|including|like|namely|among them)"
    r"\s+(?P<items>(?:the\s+)?[A-Z][^.;:!?()]{1,300})")
PERSON_TITLE_AFTER = re.compile(
    r",?\s*(?:the\s+)?(?:Head|Director|President|Vice|Deputy|Chair\w*|Dean|Professor|Prof|CEO|"
    r"Founder|Co-Founder|Secretary|Manager|General|Executive|Chief|Minister|Ambassador|Mayor|"
    r"Governor|Senior|Associate|Assistant|Lecturer|Researcher|Fellow|Partner|Officer)\b")
_EN_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|&)\s+")


_ZH_JOIN = re.compile(r"以及|与|和|及|同")


def _zh_items(listed: str, pos: int, w: Words) -> list[tuple[int, int]]:
    """The (start, end) of each item of "A、B、C" at `pos`, a leading boundary word dropped;
    the last item split at a conjunction ("A、B与C")."""
    out = []
    for item in listed.split("、"):
        clean = item
        for b in w.boundary:
            if clean.startswith(b) and len(clean) > len(b) + 1:
                clean = clean[len(b):]
        out.append((pos + len(item) - len(clean), pos + len(item)))
        pos += len(item) + 1
    s, e = out[-1]
    last = listed[len(listed) - (e - s):]
    for j in _ZH_JOIN.finditer(last):
        if j.start() >= 2 and len(last) - j.end() >= 2:
            out[-1:] = [(s, s + j.start()), (s + j.end(), e)]
            break
    return out


def kind_group_start(text: str, items: list[tuple[int, int]], kind: str) -> int:
    """The first of the listed items the kind named after them covers: "成大、中山大学与台积电等
    6企业" joins a group of universities and the companies with 与, so the kind (企业) names
    only what follows the conjunction whose left name is of another type; "华为、中兴与腾讯等
    企业" is one group."""
    for k in range(len(items) - 1, 0, -1):
        if _ZH_JOIN.fullmatch(text[items[k - 1][1]:items[k][0]].strip()):
            own = classify_org(text[items[k - 1][0]:items[k - 1][1]])
            if own not in (*kind.split("+"), "other"):
                return k
    return 0


def listed_spans(text: str) -> list[OrgSpan]:
    w = word_lists()
    out = []
    if "等" in text:
        for m in _ZH_KIND_LIST.finditer(text):
            kind = next((t for k, t in w.kinds_zh.items() if m.group("kind").startswith(k)), None)
            if kind is None:
                continue
            items = _zh_items(m.group(1), m.start(1), w)
            first = kind_group_start(text, items, kind)
            for k, (s, e) in enumerate(items):
                own = kind if k >= first else None
                out.append(OrgSpan(s, e, original_span(text, s, e), listed_type=own))
    low = text.lower()
    kinds_named = any(k in low for k in ("such as", "including", "like", "namely", "among them"))
    for m in _EN_KIND_LIST.finditer(text) if kinds_named else ():
        words = m.group("kind").split()
        kind = w.kinds_en.get(words[-1].lower()) or w.kinds_en.get(m.group("kind").lower())
        if kind is None:
            continue
        items = m.group("items")
        tail = re.search(r"\s+(?:and|as well as)\s+(?:other|many|several)\b|,?\s+(?:who|which|that|"
                         r"were|was|are|is|have|has|had|will|signed|took|joined|attended)\b",
                         items)
        if tail:
            items = items[:tail.start()]
        pos = m.start("items")
        for piece in _EN_ITEM_SPLIT.split(items):
            i = text.find(piece, pos)
            if i < 0:
                continue
            pos = i + len(piece)
            item = re.sub(r"^the\s+", "", piece)
            i += len(piece) - len(item)
            if not item or not item[0].isupper() or len(item.split()) > 8 or \
                    item.split()[0] in w.lead or PERSON_TITLE_AFTER.match(text, i + len(item)) \
                    or find_places(item):
                break                      # a person with a title, or a place: not a name
            out.append(OrgSpan(i, i + len(item), original_span(text, i, i + len(item)),
                               listed_type=kind))
    return out
