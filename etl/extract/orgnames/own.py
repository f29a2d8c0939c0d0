"""The page's own institution and its units: 我校, 我所, 本院 stand for the institution the
page's header line names ("江南大学科学技术研究院" → 我校 is 江南大学), and a faculty or office
written after a university (or after 我校) is that university, not an organisation of its own
("合肥工业大学机械工程学院、电气与自动化工程学院": the second is no organisation of its own, the
first stands for the university; "我所成果转化处" is the institute)."""
from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, word_lists
from etl.extract.text import original_span

# 我校 / 本校 … → the heads the institution's name may end in
# 学校 on a university's own page is the university ("学校组织15项成果参加")
# 本会 / 我会: the association the header names ("由本会与X共同主办" in its newsletter); never
# 本会议, 本会场, 本会期 (this meeting, its hall, its session)
_SELF = re.compile(r"[我本](?:校|所|院)|学校|[我本]会(?![议场期展上员])")
_SELF_HEADS = {"校": ("大学", "学院"), "所": ("所",), "院": ("院",), "会": ("会",)}
# a unit of a body: a faculty, a school, an office, a department
_UNIT_HEADS = ("学院", "处", "系")
_UNIVERSITY = re.compile(r"大学|学院")
# a separator between two items of a list
_SEP = re.compile(r"[、，,]|以及|及|和|与")
_HEADER = 80
_TITLE_AREA = 200   # a breadcrumb line may stand before the title
_BREADCRUMB = re.compile(r"\s[>›»/]\s")


def with_own_units(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """`spans` (in order) with 我校 / 我所 / 本院 resolved to the header's institution and a
    university's faculties and offices read as the university."""
    w = word_lists()
    # names keep the article's characters: tests read the text (a View: Simplified)
    if not any(_is_unit(text[s.start:s.end]) for s in spans) and not _SELF.search(text):
        return spans
    own = _own_institutions(text, spans)
    faculties = _faculty_lists(text, spans, w)
    out: list[OrgSpan] = []
    taken = [False] * len(text)
    parent: OrgSpan | None = None      # the university the list item before belongs to
    own_parent = False                 # … and it is the page's own (我校, 学校)
    last_stop = -1                     # where the item before ends
    for s in spans:
        gap, last_stop = text[last_stop:s.start].strip() if last_stop >= 0 else "。", s.stop
        name = text[s.start:s.end]
        unit = _is_unit(name)
        self_word = text[s.start - 1:s.start + 1] if s.start else ""
        inst = own.get(text[s.start + 1]) if text.startswith(("我", "本"), s.start) else \
            own.get(self_word[1]) if _SELF.fullmatch(self_word) else None
        # "学校材料科学与工程学院", "学校X全国重点实验室": 学校 opening a longer name is the
        # university's own unit, whatever its head
        opened = inst is None and len(name) > 4 and name.startswith("学校")
        if opened:
            inst = own.get("校")
        if (unit or opened) and inst is not None:
            s = replace(inst, start=s.start, end=s.end, tail=-1)     # "我校食品学院"
            parent = inst if _UNIVERSITY.search(text[inst.start:inst.end]) else None
            own_parent = True
        elif unit and parent is not None and _bare(name, w) and _SEP.fullmatch(gap or "、"):
            # "A大学医学院、药学院": the university's, named by the item before
            if not own_parent:
                continue
            # "学校X实验室、信息工程学院": after a unit of the page's own university, it stands
            # for that university (no bare unit left for a role frame to read on its own)
            s = replace(parent, start=s.start, end=s.end, tail=-1)
        elif unit and s.ref is None and _bare(name, w) and (len(name) <= 4 or s.start in faculties):
            parent = None     # "技术来自医学院、工程学院": a faculty by its field alone, no body
            continue
        else:
            parent, own_parent = _university_of(text, s), False
            if parent is s and name.endswith("大学"):
                parent = None   # "A大学、淮阴工学院": a whole university, then another body
        out.append(s)
        for k in range(s.start, s.end):
            taken[k] = True
    for m in _SELF.finditer(text) if own else ():
        inst = own.get(m.group()[1])
        if inst is not None and not any(taken[m.start():m.end()]):
            out.append(replace(inst, start=m.start(), end=m.end(), tail=-1))   # "我校承办"
    return sorted(out, key=lambda s: s.start)


def _faculty_lists(text: str, spans: list[OrgSpan], w: Words) -> set[int]:
    """Starts of the bare units listed beside a faculty named by its field alone ("来自中医药学院、
    理学院及传理与影视学院"): the items of such a list are the faculties of one body too."""
    out: set[int] = set()
    run: list[OrgSpan] = []
    for s in spans + [None]:
        bare = s is not None and s.ref is None and _is_unit(text[s.start:s.end]) and \
            _bare(text[s.start:s.end], w)
        if bare and run and _SEP.fullmatch(text[run[-1].stop:s.start].strip() or "-"):
            run.append(s)
            continue
        if len(run) >= 2 and any(len(text[r.start:r.end]) <= 4 for r in run):
            out.update(r.start for r in run)
        run = [s] if bare else []
    return out


def _own_institutions(text: str, spans: list[OrgSpan]) -> dict[str, OrgSpan]:
    """The institution the header line names, by the character of 我X it answers to."""
    line_end = text.find("\n", 0, _HEADER)
    header_end = line_end if line_end >= 0 else min(len(text), _HEADER)
    first = spans[0].start if spans else len(text)
    start = text.rfind("\n", 0, first) + 1
    if header_end <= first < _TITLE_AREA and start and \
            all(_BREADCRUMB.search(line) for line in text[:start].splitlines() if line.strip()):
        # "首页 > 南大要闻 > 正文" then the title: a page's breadcrumb names no body, the
        # line after it that does (the title) is the header
        line_end = text.find("\n", first)
        header_end = line_end if line_end >= 0 else len(text)
    out: dict[str, OrgSpan] = {}
    for s in spans:
        if s.start >= header_end:
            break
        for char, heads in _SELF_HEADS.items():
            cut = _ends_in(text, s, heads)
            if cut is not None and char not in out:
                out[char] = s if cut == s.end else \
                    OrgSpan(s.start, cut, original_span(text, s.start, cut))
    return out


def _ends_in(text: str, s: OrgSpan, heads: tuple[str, ...]) -> int | None:
    """The end of the first part of the span's name that ends in one of `heads` ("江南大学"
    of "江南大学科学技术研究院"), or None."""
    best = None
    for h in heads:
        k = text.find(h, s.start, s.end)
        if k >= 0 and (best is None or k + len(h) < best):
            best = k + len(h)
    return best


def _is_unit(name: str) -> bool:
    return name.endswith(_UNIT_HEADS)


def _bare(name: str, w: Words) -> bool:
    """A faculty's name on its own: no university, no place before its field (电气与自动化工程学院,
    not 宁波工程学院)."""
    if _UNIVERSITY.search(name[:-2]):
        return False
    return not any(name.startswith(p) for p in w.zh_places.get(name[0], ()))


def _university_of(text: str, s: OrgSpan) -> OrgSpan | None:
    """The university a span names or belongs to ("合肥工业大学机械工程学院" → 合肥工业大学), or
    None."""
    m = re.search(r"大学", text[s.start:s.end])
    if m is None:
        return s if text.startswith("学院", s.end - 2) and s.ref is not None else None
    cut = s.start + m.end()
    return s if cut == s.end else OrgSpan(s.start, cut, original_span(text, s.start, cut))
