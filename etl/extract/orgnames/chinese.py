"""Chinese organisation names: a head noun (大学, 研究院, 厅, 局, 公司 …) and the characters before
it back to a boundary word (由, 在, 主办, 包括 … in org_name_words.csv), a place name or a
conjunction between two whole names; 省/市/区 abbreviations are kept as written."""
from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.event_names import zh_event_keyword_at_end
from etl.extract.org_reference import lookup_org
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, word_lists
from etl.extract.scan import positions_of
from etl.extract.text import has_cjk, original_span, view_of
from etl.gazetteer import find_places
from etl.reference import read_csv

# Latin letters stand inside Chinese names too (北欧创新网络NIN中国办公室).
_ZH_NAME_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·（）()A-Za-z\-]")
_MAX_ZH = 32
_LATIN = re.compile(r"[A-Za-z]")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def chinese_spans(text: str) -> list[OrgSpan]:
    w = word_lists()
    out = []
    for m in w.zh_head_rx.finditer(text):
        head, end = m.group(), m.end()
        if text[m.start() - 1:m.start()] in "(（":
            continue                       # "生物科技系(所)": a bracketed word, not a name
        if _continues(text, m.start(), end, w) and \
                not any(text.startswith(x, m.start()) for x in w.inside):
            continue
        start = zh_name_start(text, m.start(), w)
        if start and text[start - 1] in w.body_measures and _after_numeral(text, start - 1):
            continue                       # "与6家生技公司签约": a count of a kind, no name
        name = text[start:end]
        if len(name) - len(head) < w.zh_heads[head] or name in w.generic:
            continue
        # a venue word inside the head is no venue (经济文化中心 holds 文化中心)
        if any(name.endswith(v) and not head.endswith(v) for v in w.venue) or \
                any(name.endswith(x) for x in w.not_head):
            continue
        if head == "办" and _holds_event(text, end, w):
            continue                       # "县府办产学媒合会": 办 holds the event, no office
        if _kinds_only(name[:-len(head)], w) or name[:-len(head)] in w.present_qualifiers:
            continue                       # "来自台湾的学研单位与新创公司", "到场学校": kinds, no name
        if head == "公司" and _place_only(name[:-2].rstrip("子分总"), w):
            continue                       # "透过台湾子公司": a place's company, described
        if head == "实验室" and text[start:m.start()].endswith(("大学", "大")):
            continue                       # "来自台大实验室": the university's labs, described
        if name.count("（") + name.count("(") > name.count("）") + name.count(")"):
            # (a name at the text's very end has no closing bracket after it: "" is in any string)
            closes = end < len(text) and text[end] in "）)"
            if closes and _short_form_bracket(name):
                continue                   # "…研究发展中心（金属中心）": the name before is found
            k = max(name.rfind("("), name.rfind("（"))
            if closes and k >= 2 and \
                    _LABEL_VALUE.search(text, max(0, start - 40), start + k) and \
                    not any(name[:k].endswith(h) for h in w.zh_heads):
                # "报告二：寒地装备技术转移实践（哈尔滨工业大学）": after a label, a talk's title,
                # then the body giving it; words ending in no head noun own no bracket
                start += k + 1
                out.append(OrgSpan(start, end, original_span(text, start, end)))
                continue
            if closes:
                end += 1                   # "省委组织部（省人才办）": the bracket closes the name
            else:                          # "高新区(含园区企业)": the name is inside the bracket
                start += max(name.rfind("("), name.rfind("（")) + 1
                if end - start - len(head) < w.zh_heads[head]:
                    continue
        out.append(OrgSpan(start, end, original_span(text, start, end)))
    return out


_KIND_JOINS = re.compile(r"[与和及、]")


def _holds_event(text: str, end: int, w: Words) -> bool:
    """Whether the 办 ending at `end` is the verb "to hold" before the event it holds, as a
    headline writes it ("东华携手花莲县府办产学媒合会"): the characters right after it, up to a
    punctuation mark or a space, end in an event keyword, and no boundary word stands before
    the keyword, which follows the object
    (县府办召开座谈会 is an office that convenes one; 县府办会议 is its meeting)."""
    k = end
    while k < len(text) and k - end < 14 and _CJK_CHAR.match(text[k]):
        k += 1
    run = text[end:k]
    at = zh_event_keyword_at_end(run)
    return at >= 1 and not any(b in run[:at] for b in w.boundary)


@lru_cache(maxsize=1)
def _trade_word_rx() -> re.Pattern | None:
    words = word_lists().trade_words
    return re.compile("|".join(map(re.escape, words))) if words else None


def trade_name_spans(text: str) -> list[OrgSpan]:
    """Companies written as a two-character trade name and a line of business, no legal form
    (上银科技, 东台精机; trade_word in org_name_words.csv): a name where the trade name opens it
    (a boundary right before) and the article also writes the trade name alone elsewhere
    (上银代表表示, 东台则说), as it does for a company; a field (生物科技, 精密机械) is never
    written so."""
    rx = _trade_word_rx()
    if rx is None or not has_cjk(text):
        return []
    w = word_lists()
    out: list[OrgSpan] = []
    alone: dict[str, bool] = {}
    for m in rx.finditer(text):
        start = m.start() - 2
        if start < 0 or not _CJK_CHAR.fullmatch(text, start, start + 1) or \
                not _CJK_CHAR.fullmatch(text, start + 1, m.start()) or \
                zh_name_start(text, m.start(), w) != start:
            continue
        brand = text[start:m.start()]
        if brand in w.generic or brand in w.kinds_zh or brand in w.boundary or \
                brand in w.trade_words or _place_only(brand, w) or \
                any(p.end - p.start == 2 for p in find_places(brand)):
            continue                       # "陕西科技", "安徽电子": a place's field
        if brand not in alone:
            alone[brand] = _written_alone(text, brand, w)
        if alone[brand]:
            out.append(OrgSpan(start, m.end(), original_span(text, start, m.end()),
                               listed_type="enterprise"))
    return out


def _written_alone(text: str, brand: str, w: Words) -> bool:
    """Whether `brand` stands alone somewhere in `text` as a company does: a boundary or
    punctuation right before it, and right after it a word of the company acting or speaking
    (trade_alone_after: 代表, 则, 表示)."""
    for i in positions_of(text, brand):
        j = i + len(brand)
        before_ok = i == 0 or not _CJK_CHAR.match(text[i - 1]) or any(
            text.startswith(b, i - len(b)) for b in w.boundary_by_last.get(text[i - 1], ()))
        if before_ok and any(text.startswith(a, j) for a in w.trade_alone_after):
            return True
    return False


def _kinds_only(words: str, w: Words) -> bool:
    """Whether the words before a head are kinds of body and nothing else (新创, 学研单位与新创;
    participant_types.csv): the phrase describes participants, it names no one body."""
    return bool(words) and all(p in w.kinds_zh for p in _KIND_JOINS.split(words))


# a label line's value up to a bracket: "报告二：寒地装备技术转移实践（"
_LABEL_VALUE = re.compile(r"(?:^|\n)[ \t\u3000]*[^\n：:，。]{1,12}[：:][^\n：:（()）]{2,40}$")


def _place_only(words: str, w: Words) -> bool:
    """Whether `words` are one place's name (台湾, 上海市) and nothing else."""
    place = words[:-1] if words[-1:] in "省市区县" else words
    return bool(place) and (place in w.zh_places.get(place[0], ()) or place in w.zh_countries)


def _short_form_bracket(name: str) -> bool:
    """Whether the head closing `name` stands in a bracket that gives the short form of the
    name before it ("财团法人金属工业研究发展中心（金属中心", "农业部农业试验所（以下简称农试所"):
    the short form is no part of the name; the name before the bracket is found on its own."""
    k = max(name.rfind("("), name.rfind("（"))
    before, inner = name[:k], name[k + 1:]
    m = _SHORT_FORM_LEAD.match(inner)
    short = inner[m.end():] if m else inner
    return bool(before) and (m is not None or abbreviates(short, before))


# the words that introduce a short form ("（以下简称“X”）", "（以下叫X）"): one list for the bracket
# after a name and for the bracket read on its own
_LEADS = r"(?:以下简称|以下称为|以下称|以下叫做|以下叫|下称|简称)"
_SHORT_FORM_LEAD = re.compile(_LEADS + r"\s*[:：]?\s*[“\"「『]?")


def _continues(text: str, start: int, end: int, w: Words) -> bool:
    """Whether the head at text[start:end] begins a longer ordinary word (中心城市), or its last
    character does (部门). A word the head itself begins with is no continuation of it: 委员
    (a member) starts 委员会 (a commission)."""
    head = text[start:end]
    return any(text.startswith(c, start) and not head.startswith(c)
               for c in w.continuation_by_first.get(text[start], ())) \
        or any(text.startswith(c, end - 1)
               for c in w.continuation_by_first.get(text[end - 1], ()))


def _inside_word(text: str, pos: int, w: Words) -> bool:
    """Whether the character at `pos` belongs to a compound that sits inside names (对外)."""
    return any(pos - k >= 0 and text.startswith(x, pos - k)
               for x, k in w.inside_at.get(text[pos], ()))


def zh_name_start(text: str, head_start: int, w: Words) -> int:
    """Where the name ending in the head at `head_start` begins: after the nearest boundary
    word, punctuation or numeral+measure word, at most _MAX_ZH characters back."""
    i = head_start
    floor = max(0, head_start - _MAX_ZH)
    while i > floor:
        if text[i - 1] in "—–" and i >= 2 and _CJK_CHAR.match(text[i - 2]) and \
                _CJK_CHAR.match(text[i]):
            i -= 1                  # "中国—东盟技术转移中心": one dash between two names joins them
            continue
        if text[i - 1] == " " and i >= 2 and _LATIN.match(text[i - 2]) and _LATIN.match(text[i]):
            i -= 1                  # "INESC TEC研究所": a space between two Latin words of a name
            continue
        if not _ZH_NAME_CHAR.match(text[i - 1]) and not _code_digit(text, i - 1):
            break
        if text[i - 1] in ")）" and _closes_no_name_part(text, i - 1, floor):
            break                   # "（香港，2024年9月12日）香港科技园公司": a dateline, not the name
        hit = any(text.startswith(b, i - len(b)) for b in w.boundary_by_last.get(text[i - 1], ())) \
            or (text[i - 1] in w.measure and _after_numeral(text, i - 1))
        if hit and not _in_place_name(text, i - 1, w) and \
                not _inside_word(text, i - 1, w) and \
                not _joins_one_name(text, i, floor, w):
            break
        i -= 1
    while i < head_start and text[i] in "（）()·":
        i += 1
    return i


def _closes_no_name_part(text: str, pos: int, floor: int) -> bool:
    """Whether the bracket closing at `pos` holds what no name holds (a comma, a date): the
    bracket before a name, as a dateline "（台北，5月8日）", ends no part of it."""
    k = pos - 1
    while k >= floor and text[k] not in "(（)）":
        if not _ZH_NAME_CHAR.match(text[k]) and not text[k].isdigit():
            return True
        k -= 1
    if k >= floor and text[k] in "(（" and _ENUMERATOR.fullmatch(text, k + 1, pos):
        return True       # "（一）创新科技署…": a paragraph's number, not a part of the name
    return k >= floor and text[k] in "(（" and any(
        c.isdigit() for c in text[k + 1:pos]) and not any(
        _code_digit(text, j) for j in range(k + 1, pos) if text[j].isdigit())


_ENUMERATOR = re.compile(r"[一二三四五六七八九十]{1,3}")


def _code_digit(text: str, pos: int) -> bool:
    """A digit of a Latin-letter code inside a name (长三角G60科创走廊, 5G产业联盟)."""
    if not text[pos].isdigit() or not text[pos].isascii():
        return False
    j = pos
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    k = pos
    while k + 1 < len(text) and text[k + 1].isdigit():
        k += 1
    return (j > 0 and text[j - 1].isascii() and text[j - 1].isalpha()) or \
        (k + 1 < len(text) and text[k + 1].isascii() and text[k + 1].isalpha())


def _after_numeral(text: str, pos: int) -> bool:
    """Whether a numeral stands right before `pos`, or before the spaces there ("108 年")."""
    j = pos - 1
    while j >= 0 and text[j] in " \t" and pos - j <= 2:
        j -= 1
    return j >= 0 and bool(_NUMERAL.match(text[j]))


_CONJUNCTIONS = ("与", "及", "和")


def _joins_one_name(text: str, i: int, floor: int, w: Words) -> bool:
    """Whether the conjunction ending at `i` joins two fields inside one name ("联邦外贸与投资署",
    "经济及科技发展局", "经济部中小及新创企业署"): what stands before it, back to the previous
    boundary, does not end in a head noun of its own (it is no whole name) and does not follow
    a title (a person's name)."""
    if text[i - 1] not in _CONJUNCTIONS or any(
            len(b) > 1 and text.startswith(b, i - len(b)) for b in w.boundary_by_last[text[i - 1]]):
        return False      # 以及, 亦与 stand between names, never inside one
    j = i - 1
    while j > floor and _ZH_NAME_CHAR.match(text[j - 1]) and \
            not any(text.startswith(b, j - len(b)) for b in w.boundary):
        j -= 1
    left = text[j:i - 1]
    if len(left) < 2 or _ends_whole(left, w) or _PLANT_OF_COMPANY.search(left) or left in w.generic or \
            any(left.endswith(k) for k in w.kinds_zh) or \
            any(text.startswith(t, j - len(t)) for t in w.titles) or \
            (_whole_on_its_own(text, left, w) and not _brand_after_place(text, i, left, w)):
        return False
    if _brand_after_place(text, i, left, w):
        return True
    return j == floor or not _ZH_NAME_CHAR.match(text[j - 1]) or \
        any(text.startswith(b, j - len(b)) for b in w.boundary if b not in _CONJUNCTIONS) or \
        _after_whole_name(text, j - 1, floor, w)


# "A股份有限公司（A）嘉义酒厂与B大学": a company's plant stands for the company, a whole party
_PLANT_OF_COMPANY = re.compile(r"(?:公司|集团)(?:[(（][^()（）]{1,8}[)）])?[\u4e00-\u9fff]{0,4}?(?:厂|工厂|厂区)$")


def _after_whole_name(text: str, k: int, floor: int, w: Words) -> bool:
    """Whether the conjunction at `k` follows a whole name ("A研究院及经济部中小及新创企业署"):
    then what follows it starts a name of its own."""
    if text[k] not in _CONJUNCTIONS:
        return False
    j = k
    while j > floor and _ZH_NAME_CHAR.match(text[j - 1]) and \
            not any(text.startswith(b, j - len(b)) for b in w.boundary):
        j -= 1
    return _ends_whole(text[j:k], w)


_TRAILING_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def _ends_whole(left: str, w: Words) -> bool:
    """Whether `left` ends as a whole name does: in a head noun (…研究院, …委员会（FCT）), a
    word that closes a part of a body (化学系, 团队), or an acronym or an English name written
    against the conjunction (…Technology（KAUST）及…局): no field of a Chinese name."""
    bracket = _TRAILING_BRACKET.search(left)
    if bracket and _ends_whole(bracket.group()[1:-1], w):
        return True       # "香港科学园(香港科技园公司)": the name in the bracket is whole
    # the walk back may stop inside a bracket ("…有限公司)" stops at 有): its end still counts
    core = left[:bracket.start()] if bracket else left.rstrip(")）")
    if core[-1:].isascii() and core[-1:].isalpha():
        return True
    last = None
    for m in w.zh_head_rx.finditer(core):
        last = m
    return (last is not None and last.end() == len(core)) or core.endswith(w.unit_ends)


def _brand_after_place(text: str, i: int, left: str, w: Words) -> bool:
    """"合肥和安机械制造有限公司": a city written bare and a trade name opening with 和 — one
    company's name. The conjunction 和 joins two bodies only where the right one opens with a
    place of its own or the left one names its level (合肥市和…)."""
    return text[i - 1] == "和" and left in w.zh_places.get(left[0], ()) and \
        not any(text.startswith(p, i) for p in w.zh_places.get(text[i], ()))


def _whole_on_its_own(text: str, left: str, w: Words) -> bool:
    """Whether the part before a conjunction is a body of its own though it has no head noun:
    a city or province (合肥市与中国科学院…), or a short form the text defines in brackets
    (…大学(理大) … 理大与…局签署)."""
    place = left[:-1] if left[-1] in "省市区县" else left
    if place in w.zh_places.get(place[0], ()):
        return True
    if 2 <= len(left) <= 3 and left.endswith("大"):
        return True       # "理大与比亚迪…公司": a university's short form (浸大, 港大, 台大)
    return len(left) <= 10 and any(f"{o}{left}{c}" in text for o, c in ("()", "（）"))


def _in_place_name(text: str, pos: int, w: Words) -> bool:
    """Whether text[pos] belongs to a Chinese place name (成都, 太原, 日本): a boundary
    character there is part of the name."""
    return any(text.startswith(p, j) for j in range(max(0, pos - 3), pos + 1)
               for p in w.zh_places.get(text[j], ()) if j + len(p) > pos)


_NUMERAL = re.compile(r"[\d多几数两一二三四五六七八九十百千万余]")


_SHORT_FORM = re.compile(r"[(（]\s*" + _LEADS + r"?\s*[:：]?\s*[“\"「『]?"
                         r"([\u4e00-\u9fff]{2,6})[”\"」』]?"
                         # "（半导体中心，TSRI）": the Latin acronym given beside it
                         r"(?:\s*[，,、]\s*[A-Za-z][A-Za-z0-9&.-]{1,11})?\s*[)）]")


def bracket_short_forms(whole: str, spans: list[OrgSpan]) -> dict[str, OrgSpan]:
    """东部中心 for 国家技术转移东部中心（以下简称“东部中心”）, 澳大 for 澳门大学（澳大）: the short
    form a Chinese name defines in the bracket after it stands for it (keyed as the article
    writes it). A short form takes the name's characters in their order, which tells it from a
    bracketed country or note."""
    out: dict[str, OrgSpan] = {}
    for m, s in _short_forms(whole, spans):
        out.setdefault(original_span(whole, m.start(1), m.end(1)), s)
    for s in spans:
        # "弗劳恩霍夫生产技术研究所（Fraunhofer IPT）", "…中心（PMC）": the name's own Latin form
        # or acronym stands for it
        m = _LATIN_FORM.match(whole, s.end) if has_cjk(s.name) else None
        if m is not None and not (" " not in m.group(1) and lookup_org(m.group(1))):
            # a bare acronym the reference table knows stays the table's body: the span before
            # it may be the end piece of a name cut at 、 (马来西亚科学、工艺与创新部（MOSTI）)
            out.setdefault(m.group(1), s)
    return out


# "（Fraunhofer IPT）", or an acronym of capitals alone ("精密机械研究发展中心（PMC）… 与PMC签订")
_LATIN_FORM = re.compile(r"[（(]([A-Za-z][A-Za-z.&-]*(?: [A-Za-z.&-]+){1,5}|[A-Z][A-Z&]{1,7})[)）]")


def _short_forms(text: str, spans: list[OrgSpan]) -> list[tuple[re.Match, OrgSpan]]:
    out = []
    for s in spans:
        if not has_cjk(s.name):
            continue
        # the recogniser sets a span's tail after this runs: the bracket right after the name
        m = _SHORT_FORM.match(text, s.end, s.tail if s.tail > s.end else s.end + 24)
        if m is not None and abbreviates(m.group(1), text[s.start:s.end]):
            out.append((m, s))
    return out


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is `name`'s characters, some left out, in their order."""
    if len(short) >= len(name):
        return False
    rest = iter(name)
    return all(c in rest for c in short)


def short_form_back_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """Later bare uses of a short form a Chinese name defined in its bracket: 理大 for
    香港理工大学（理大） in "由理大主办". A use counts where a name may start (after a
    punctuation mark or a boundary word), not inside another word (处理大量)."""
    defined: dict[str, tuple[OrgSpan, int]] = {}
    for m, s in _short_forms(text, spans):
        defined.setdefault(m.group(1), (s, m.end()))
    if not defined:
        return []
    w = word_lists()
    # One scan for every short form: a text defining many must not be read once per form.
    rx = re.compile("|".join(sorted(map(re.escape, defined), key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        (first, defined_at), i = defined[m.group()], m.start()
        if i < defined_at:
            continue          # the definition itself
        if i and text[i - 1] not in _SHORT_FORM_BEFORE and not any(
                text.startswith(b, i - len(b)) for b in w.boundary_by_last.get(text[i - 1], ())):
            continue
        out.append(OrgSpan(i, m.end(), first.name, first.acronym, first.ref, first.listed_type))
    return out


_SHORT_FORM_BEFORE = "，。；、：:,;\n（(「“『 \t\u3000"


def bare_head_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A head noun standing alone for the one body of the text whose name ends in it: 学会 in
    "中国农学会…学会与A联合主办" (a body's own report names itself so). It counts only right
    after a punctuation mark or a line's start (学会 after another word is the verb "learn"),
    and not before 了 or another head's characters; two names ending in it: it stands for none."""
    w = word_lists()
    heads = [h for h in w.bare_heads if h in text]
    if not heads:
        return []
    out = []
    for head in heads:
        names: dict[str, OrgSpan] = {}
        for s in spans:
            if has_cjk(s.name) and len(s.name) > len(head) + 1 and view_of(s.name).endswith(head):
                names.setdefault(s.name, s)        # its first mention
        # "文摘自中国农学会": a longer name ending in another one is that one, read too far back
        names = {n: s for n, s in names.items() if not any(n != m and n.endswith(m) for m in names)}
        if len(names) != 1:
            continue
        first = next(iter(names.values()))
        for i in positions_of(text, head):
            j = i + len(head)
            if (i and text[i - 1] not in _BARE_BEFORE) or text[j:j + 1] in _BARE_NOT_AFTER or \
                    i < first.start:
                continue
            out.append(OrgSpan(i, j, first.name, first.acronym, first.ref, first.listed_type))
    taken = [(s.start, s.end) for s in spans]
    return [s for s in out if not any(a < s.end and s.start < b for a, b in taken)]


# where a bare head may stand for its body: after these, as a clause's subject
_BARE_BEFORE = "，。；：:,;\n（(「“『 \t\u3000"
# after these it is part of a longer word or the verb 学会了
_BARE_NOT_AFTER = "了会员长章"


def winner_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A procurement notice's word for the supplier that won, standing for the name its label
    line gives: "供应商名称：X" … "培训班由A主办，中标单位承办" — 中标单位 is X there. Only where
    the label lines name exactly one winner (a notice of several lots names several)."""
    w = word_lists()
    if not any(x in text for x in w.winner_words):
        return []          # no word for a winner: the common case pays a few substring tests
    rx = _winner_rx(w.winner_labels, w.winner_words)
    if rx is None:
        return []
    by_start = {s.start: s for s in spans}
    winners: dict[str, OrgSpan] = {}
    uses = []
    for m in rx.finditer(text):
        if m.group("label") is not None:
            s = by_start.get(m.end())
            if s is not None:
                winners.setdefault(s.name, s)
        else:
            uses.append(m.span("word"))
    if len(winners) != 1:
        return []
    first = next(iter(winners.values()))
    taken = [(s.start, s.end) for s in spans]
    return [OrgSpan(i, j, first.name, first.acronym, first.ref, first.listed_type)
            for i, j in uses if not any(a < j and i < b for a, b in taken)]


@lru_cache(maxsize=1)
def _winner_rx(labels: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern | None:
    if not labels or not words:
        return None
    label = "|".join(map(re.escape, labels))
    word = "|".join(map(re.escape, words))
    # a label opens its line and a colon closes it; a word used in prose has neither a colon
    # nor 名称 / 通知 after it (中标通知书 names a document)
    return re.compile(rf"(?:^|\n)[ \t\u3000]*(?:{label})[ \t\u3000]*[:：][ \t\u3000]*(?P<label>)|"
                      rf"(?P<word>{word})(?![ \t\u3000]*[:：]|名称|通知|公告|结果|候选|金额|价)")


def contracted_university_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A university named later by its three-character contraction, never defined in a
    bracket: 砂科大 for 砂拉越科技大学, 哈工大 for 哈尔滨工业大学 — the name's first
    character, one more of its characters in order, and 大. A use counts where a name may
    start (after a punctuation mark or a boundary word) and not before 学 (a name of its
    own); a contraction two universities of the text share stands for neither."""
    # where a contraction may stand: a 大 that does not begin 大学 (one pass over the text)
    ends = [i for i in positions_of(text, "大") if i >= 2 and text[i + 1:i + 2] != "学"]
    if not ends:
        return []
    used = {text[i - 2:i + 1] for i in ends}
    owners: dict[str, OrgSpan | None] = {}
    seen: set[str] = set()
    for s in spans:
        name = without_status_word(text[s.start:s.end])   # 国立高雄科技大学 is 高科大
        if name in seen or not name.endswith("大学") or len(name) < 5 or not has_cjk(name):
            continue
        seen.add(name)
        for c in dict.fromkeys(name[1:-2]):
            form = f"{name[0]}{c}大"
            if form in used:        # two universities of the text sharing it: neither
                owners[form] = None if form in owners else s
    if not any(owners.values()):
        return []
    w = word_lists()
    taken = sorted((s.start, s.end) for s in spans)
    out = []
    for j in ends:
        i, first = j - 2, owners.get(text[j - 2:j + 1])
        if first is None or any(a <= j and i < b for a, b in taken):
            continue
        if i and text[i - 1] not in _SHORT_FORM_BEFORE and not any(
                text.startswith(b, i - len(b)) for b in w.boundary_by_last.get(text[i - 1], ())):
            continue
        out.append(OrgSpan(i, j + 1, first.name, first.acronym, first.ref, first.listed_type))
    return out



@lru_cache(maxsize=1)
def name_contractions() -> tuple[tuple[str, str], ...]:
    """(full, short) of each Chinese row of data/reference/name_contractions.csv: 科学技术 →
    科技; an empty short form is a status word the short use of a name drops (国立)."""
    return tuple((r["full"], r["short"]) for r in read_csv("name_contractions.csv")
                 if r["lang"] == "zh")


@lru_cache(maxsize=1)
def status_words() -> tuple[str, ...]:
    """Words opening a Chinese name that its short use drops (国立, 私立): the rows of
    name_contractions with an empty short form."""
    return tuple(full for full, short in name_contractions() if not short)


def without_status_word(name: str) -> str:
    """`name` (the normalised view) less a status word opening it: 国立中山大学 → 中山大学;
    the name itself when none opens it or too little would be left to be a name."""
    for word in status_words():
        if name.startswith(word) and len(name) - len(word) >= 4:
            return name[len(word):]
    return name


def without_joined_known(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The recogniser's Chinese names less those that join a known organisation to the word
    before it across 与/和/及 ("和硕联合科技与资讯工业策进会" read as one name when the left part
    has no head noun): the known organisation is a name of its own."""
    known_by_end = {s.end: s for s in spans if s.ref is not None}
    if not known_by_end:
        return spans
    return [s for s in spans if s.ref is not None or not (
        (k := known_by_end.get(s.end)) is not None and k.start > s.start
        and text[k.start - 1] in _CONJUNCTIONS)]


@lru_cache(maxsize=1)
def _described_rx() -> re.Pattern | None:
    descriptors = "|".join(map(re.escape, word_lists().descriptors))
    if not descriptors:
        return None
    # "上市药企和黄医药（HUTCHMED）": a short name its English name in brackets follows;
    # "以色列初创企业Nanox": a Latin name right after the description
    return re.compile(rf"(?:{descriptors})(?:(?P<zh>[\u4e00-\u9fff]{{2,8}}?)(?=[（(][A-Za-z])|"
                      r"(?P<latin>[A-Z][A-Za-z0-9&.-]*(?:[ \t][A-Z][A-Za-z0-9&.-]*){0,3}))")


def described_zh_spans(text: str) -> list[OrgSpan]:
    """Companies named right after a noun describing them, without a head noun of their own:
    "香港上市药企和黄医药（HUTCHMED）", "以色列初创企业Nanox". The description says what they are."""
    w = word_lists()
    out = []
    rx = _described_rx()
    if rx is not None and any(d in text for d in w.descriptors):
        for m in rx.finditer(text):
            g = "zh" if m.group("zh") else "latin"
            a, b = m.span(g)
            out.append(OrgSpan(a, b, original_span(text, a, b), listed_type="enterprise"))
    # "新加坡的ST Engineering（新科工程）": a foreign body by its country, its Chinese name after
    for m in _OF_COUNTRY_LATIN.finditer(text) if "的" in text else ():
        if any(text.endswith(c, max(0, m.start() - len(c)), m.start()) for c in
               _countries_by_last().get(text[m.start() - 1:m.start()], ())):
            a, b = m.span(1)
            # a company unless its name says otherwise (the name's type word wins)
            out.append(OrgSpan(a, b, original_span(text, a, b), listed_type="enterprise"))
    return out


_OF_COUNTRY_LATIN = re.compile(r"的([A-Z][A-Za-z0-9&.-]*(?:[ \t][A-Z][A-Za-z0-9&.-]*){0,3})"
                               r"(?=[（(][\u4e00-\u9fff]{2,12}[）)])")


@lru_cache(maxsize=1)
def _countries_by_last() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in word_lists().zh_countries:
        out.setdefault(c[-1], []).append(c)
    return {k: tuple(v) for k, v in out.items()}
