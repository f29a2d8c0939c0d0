"""Who did what: organisation names + the trigger words next to them → roles (a frame).

A trigger (data/reference/role_triggers.csv) gives its role to the unbroken list of
organisation names on its side: after it ("hosted by A, B and C", "主办单位为A、B"), before
it ("A、B共同主办", "A hosted the forum"), or, for a signing, every name of its clause. A list
is names joined by separators (、 , and 和 与 及 as well as); a few filler words may stand
between the list and its trigger ("A等单位的专家参加", "A and B jointly organised"). Nothing
else is swept in: a name elsewhere in the sentence keeps no role.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.extract.months import month_names, weekday_names
from etl.extract.org_reference import classify_org
from etl.extract.orgnames import OrgSpan
from etl.extract.orgnames.english import CHUNK, bare_level, comma_rest
from etl.extract.orgnames.lists import (
    PERSON_TITLE_AFTER,
    ZH_ROUGHLY,
    kind_group_start,
    name_at,
    name_before,
)
from etl.extract.orgnames.words import word_lists
from etl.extract.role_speakers import en_speakers, zh_speakers
from etl.extract.role_triggers import TriggerMatches
from etl.extract.text import has_cjk, original_span, spans_of
from etl.gazetteer import country_code, find_places, province_code


@dataclass(frozen=True)
class RoleClaim:
    """An organisation name and the role a trigger gives it; `at` is the trigger's offset."""
    span: OrgSpan
    role: str
    at: int


@lru_cache(maxsize=1)
def _zh_sep() -> re.Pattern:
    """A separator between two names of a Chinese list; a title and a person's name may follow
    the first ("科技部港澳台办公室副主任徐捷、甘肃省台办主任孙志中以及…")."""
    titles = "|".join(map(re.escape, word_lists().titles))
    # "A、B等52所大学及C、D等研究机构": a list closed by its kind goes on after 及
    people = "|".join(map(re.escape, word_lists().member_nouns + word_lists().titles))
    return re.compile(rf"(?:(?:副|常务副)?(?:{titles})[\u4e00-\u9fff·]{{1,4}}?|"
                      rf"等(?:{_ZH_QTY})?(?:{_zh_kinds()}){{0,2}}(?=[，,]?(?:以及|及|和))|"
                      # "A、B的专家，以及C的讲师": the people each group sends, then the next group
                      rf"的?(?:相关)?(?:{people})(?=[，,]?以及|及|和|与|、)|"
                      # "A昨天与B、C共同举办": a time word between the subject and 与
                      rf"(?:今日|今天|昨日|昨天|日前|近日)(?=与|和|同)|"
                      # "A股份有限公司台中厂与B": the company's plant stands for it
                      rf"[\u4e00-\u9fff]{{1,3}}(?:厂|工厂|厂区)(?=与|和|及|、))?\s*"
                      rf"(?:、以及|[，,]以及|、|，|,|以及|和|与|及|联同|连同|同|跟)\s*"
                      # "A、B及台湾的C": where the next body is from
                      rf"(?:(?:{_zh_qualifiers()})的)?"
                      # "#A 与 #B 共同指导": a post's hashtags mark each name
                      r"[#＃]?")


@lru_cache(maxsize=1)
def _zh_qualifiers() -> str:
    """Where listed bodies are from or what they are (本地, 台湾): data/reference/org_name_words.csv."""
    return "|".join(map(re.escape, word_lists().kind_qualifiers)) or "(?!)"


@lru_cache(maxsize=1)
def _zh_kinds() -> str:
    """A kind of institution named after a list (等10多家单位, 等36所高校院所): the kinds of
    data/reference/participant_types.csv and the nouns of _ZH_KIND, longest first."""
    kinds = set(word_lists().kinds_zh) | set(_ZH_KIND[3:-1].split("|"))
    kinds_rx = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    # "等8所本地大学": where the bodies are from may stand before their kind
    qualifiers = "|".join(map(re.escape, word_lists().kind_qualifiers))
    return f"(?:{qualifiers})?(?:{kinds_rx})" if qualifiers else kinds_rx
# "&" joins no list: it stands inside names ("Marks & Clerk", "Foley & Lardner LLP").
_EN_JOIN = r"(?:and(?:\s+by|\s+to|\s+from|\s+with|\s+of)?|as\s+well\s+as(?:\s+with)?|along\s+with|together\s+with|through|via)"
# "teams – from A, from B and from C – pitched": each item of the list says where from
_EN_SEP = re.compile(rf"\.?(?:\s*,\s*(?:{_EN_JOIN}\s+|from\s+)?|\s+{_EN_JOIN}\s+)"
                     r"(?:the\s+|its\s+|their\s+)?", re.I)
_EN_NAME_REST_SEP = re.compile(
    r"(?:,\s*[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?){1,4}(?:\s*\([^()]{1,30}\))?" + _EN_SEP.pattern)
# a number, with what bounds it ("近50家", "逾百名", "约30所")
_ZH_QTY = ZH_ROUGHLY + r"[\d一二三四五六七八九十百千几数多]+[余多]?[家个所位名]?"
_ZH_KIND = r"(?:单位|机构|高校|院校|企业|公司|银行|部门|团队|代表团|代表队|科研院所|院所)"


@lru_cache(maxsize=1)
def _zh_before_filler() -> re.Pattern:
    """What may stand between a list and the trigger after it: "等10多家单位的专家、学者共同",
    a title ("…部部长出席"). A kind noun only after 等 or a number, so the filler never eats
    the end of a name (公司)."""
    w = word_lists()
    people = "(?:" + "|".join(map(re.escape, w.member_nouns + w.titles)) + ")"
    # "等省内8所高校": where the bodies are from may also stand before their count
    quals = "|".join(map(re.escape, w.kind_qualifiers)) or "(?!)"
    return re.compile(
        # "等120余家企业和金融机构参加": two kinds joined
        rf"(?:等(?:{quals})?(?:{_ZH_QTY})?(?:(?:{_zh_kinds()})(?:和|及|与)?){{0,2}}|{_ZH_QTY}(?:{_zh_kinds()}){{0,2}}|的|之|了|共|"
        # "A、B作为成果发布单位参加": the capacity they come in (a role's own label is a trigger)
        rf"作为(?!支持|指导|主办|承办|协办|联合|共同|合作|战略|赞助|特别|媒体|学术)[\u4e00-\u9fff]{{0,8}}?(?:单位|机构|代表)|"
        rf"共同|联合|具体|负责|分别|也|集中|相继|先后|依次|纷纷|线上|线下|在线|远程|通过视频连线|以视频方式|"
        # "携成果参会": what they bring
        rf"(?:携带?|组织)(?:{_ZH_QTY}项?)?(?:成果|项目|技术|产品|专利)[^，。；、]{{0,8}}?|"
        # "等22所高校的38个科技成果项目进行路演": what they present
        rf"{_ZH_QTY}项?[\u4e00-\u9fff]{{0,6}}?(?:项目|成果|技术|产品)|"
        # "A、B与C三家研发中心合办": the list counted, with a kind the kinds table does not hold
        rf"[两\d一二三四五六七八九十]+[家所个间][\u4e00-\u9fff]{{0,4}}?(?:中心|机构|单位|院所|学会|协会)|"
        # "A、B等50家投资机构，以及10余家银行的代表参加": a second, unnamed group
        rf"[，、]?以及{_ZH_QTY}(?:{_zh_kinds()}){{1,2}}|"
        # "A、B以及本地精密工程企业均设摊": a second, unnamed group, where it is from and its kind
        # (an adverb after the kind closes the group: "、澳门青年企业家协会承办" is a name)
        rf"(?:、|和|及|以及)(?:{quals})[\u4e00-\u9fff]{{0,6}}?(?:{_zh_kinds()})(?=均|都|也|亦|还)|"
        # "A、B负责人，以及县内70家科技型企业负责人": a second, unnamed group counted, with its people
        rf"[，、]?以及[\u4e00-\u9fff]{{0,4}}?{_ZH_QTY}[\u4e00-\u9fff]{{0,8}}?{people}|"
        # "A、B等8所高校的技术转移机构负责人": the office of each body that sends its people (after
        # 的 only: without it the office ends a name, 西北工业大学技术转移中心负责人)
        rf"的(?:技术转移|成果转化|科研管理|科研|科技|产学研合作|产学研)(?:机构|中心|部门|办公室|处)(?=相关|{people})|"
        rf"相关(?={people})|"
        # "A、B的技转专家担任讲师", "A的知识产权专家授课": the field of the people each body sends
        rf"的[\u4e00-\u9fff]{{1,4}}?(?={people})|"
        # "由驻X办事处科技组主办", "代表处经济组协办": the section of a representative office
        # named by its field acts for it (the recogniser ends the name at the office's head)
        rf"(?<=办事处|代表处)(?:科技|经济|商务|教育|文化|新闻)组|"
        # "A、B等高校院所代表和签约企业代表共150余人出席": a second group of the people present
        rf"(?:和|及|以及|、)(?:签约|参会|参展|路演|其他|相关)?(?:{_zh_kinds()}){{1,2}}{people}|"
        # "A和B的8位科研人员，围绕X、Y等方向推介了成果": the people counted, then the fields they
        # present in (after the people only: "A、B分别围绕需求路演" leaves the list to 分别)
        rf"的?{_ZH_QTY}(?={people})|(?<=[\u4e00-\u9fff]){people}[，,]?(?:围绕|聚焦|针对)[^。；！？]{{1,40}}?(?:方向|领域|主题|问题|需求|内容)[，,]?|"
        # "并获农业部经费支持": what the body supports the event with (the trigger follows)
        rf"经费|资金|财政|"
        rf"还|均|以[「“][^」”]{{1,12}}[」”](?:模式|方式|形式)|以[^，。；、]{{1,8}}?(?:模式|方式|形式)|"
        rf"都|已|将|则|亦|正式|现场|一起|一同|携手|作为|担任|应邀|受邀|{people}|、(?={people})|[，,]?共?{_ZH_QTY}人|\s)*$")


@lru_cache(maxsize=1)
def _kind_tail() -> re.Pattern:
    """A lower-case noun for what the body before it is, after which the list goes on ("the X
    (XU) unit together with Y", "the CyberForum network and Y"): org_name_words.csv, kind
    kind_tail."""
    nouns = "|".join(map(re.escape, word_lists().kind_tails)) or "(?!)"
    return re.compile(rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]+(?:{nouns})"
                      r"(?=[ \t]*,|[ \t]+(?:and|together\s+with|along\s+with|as\s+well\s+as)[ \t])")


_ZH_AFTER_FILLER = re.compile(r"[\s:：]*(?:了)?(?:由)?[#＃]?")  # "授权给 #X": a hashtag marks the name
_EN_BEFORE_FILLER = re.compile(
    # "… – A and B – presented": a dash closing the list set in an aside
    r"(?:\s|,|(?<=\s)[–—](?=\s)|\balso\b|\bjointly\b|\btogether\b|\bsuccessfully\b|\brecently\b|\bofficially\b|"
    # "A and the CyberForum network were partners": what the last body is, in lower case
    r"(?-i:\b(?:network|cluster)\b)|"
    r"\bhas\b|\bhave\b|\bhad\b|\bwill\b|\bwould\b|\btoday\b|\byesterday\b|\bproudly\b|"
    r"\bwhich\b|\bwho\b|\beach\b|"
    # "X (XC), the university's commercialisation company, held": a description of the subject
    r",\s+(?:the|an?|its)\s+[a-z][^,.;:()\n]{0,80},|"
    # "X, the Galway drug-delivery company, took": a place opening the description
    r",\s+(?:the|an?|its)\s+[A-Z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,|"
    # "A and B, whose transfer offices joined": the bodies, through their units
    r",\s+whose\s+(?:[a-z][\w-]*\s+){1,3}?(?=$)|"
    # "X, through its Leeds laboratories, lent support": the unit the body acts through
    r",\s+(?:through|via)\s+(?:its|their)\s+[^,.;:()\n]{1,60},|"
    # "A and B, part of the C group, acted as co-organisers": what the last one belongs to
    r",\s+(?:(?:a|an|the)\s+)?(?:part|member|unit|arm|subsidiary|division)\s+of\s+[^,.;:()\n]{1,60},|"
    # "with X coming on board this year as a funding partner": how it came to the role
    r"\b(?:coming|came|comes|who\s+came)\s+on\s+board\b|\b(?:this|last|each|every)\s+year\b|"
    # "X in collaboration with Y on Thursday held": when, between the subject and its verb
    r"\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\blast\s+(?:week|month)\b|\bthis\s+week\b|"
    # "X's Maori innovation team also ran a stand": the organisation's people act for it
    r"(?:['’]s|(?<=s)['’])\s+(?:[\w'’-]+\s+){0,3}?(?:team|teams|delegation|staff|researchers|scientists|experts|"
    # "X's Galway operation signed": a part of the company acts for it
    r"operations?|subsidiary|plant|affiliate|arm)\b)*$", re.I)
# "supported by dozens of well-known universities at home and abroad including A, B": a short
# description of the list may stand between the trigger and its names.
_EN_AFTER_FILLER = re.compile(
    r"(?:\s|:|,|\bthe\b|\bboth\b|\bits\b|\btheir\b|\bleading\b|"
    r"\b(?:organi[sz]er|host|partner|sponsor|co-?organi[sz]er)s?\b)*"
    r"(?:(?:(?:dozens|hundreds|scores|a\s+number|a\s+group|a\s+range|several|many|numerous|"
    r"some|\d+)\s+of\s+|several\s+|many\s+|\d+\s+)?(?:[a-z][\w-]*,?\s+){0,7}?"
    r"(?:including|such\s+as|like|namely|among\s+them)[:\s]+(?:the\s+)?|"
    # "brought together licensing leads from A, B": the people, then their organisations
    r"(?-i:[a-z][\w-]*\s+){1,3}?from\s+(?:the\s+)?)?", re.I)
_ALONGSIDE = re.compile(r"(?:\s+(?:as|at|in)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*,?\s+"
                        r"(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?")
_CLAUSE_END_ZH = re.compile(r"[，。；！？：\n]")
_CLAUSE_END_EN = re.compile(r"[.;!?\n]|,\s+(?:which|who|while|whereas)\b")


def assign_roles(text: str, spans: list[OrgSpan]) -> list[RoleClaim]:
    """Every (organisation, role) the text states, in text order."""
    trigger_matches = TriggerMatches(text)
    claims: list[RoleClaim] = []
    about = _about_sections(text)
    starts = [s.start for s in spans]
    for a, b in spans_of(text):
        inside = [s for s in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                  if s.end <= b]
        sentence = text[a:b]
        cjk = has_cjk(sentence)
        if not cjk and _CAPTION.match(sentence):
            continue      # a photo caption shows people of the event, it states no role
        if inside and not cjk:
            inside = _with_list_mates(text, a, b, inside)
        if not inside and cjk and not _BULLET.match(text, b) and not _ZH_DEAL.search(sentence) \
                and "｜" not in sentence and "|" not in sentence and "奖" not in sentence:
            # no name to give a role to, no bulleted list, no deal of unknown parties, no prize
            # heading whose winners stand on the lines below (🏆一等奖（1名）)
            continue
        consumed = a       # a trigger inside an earlier trigger's list is part of that list
        asides: list[tuple[int, int]] = []
        for t, start, end in trigger_matches.in_sentence(a, b, cjk):
            if start < consumed or (about and any(x <= start < y for x, y in about)):
                continue
            zh = t.zh
            # a participant trigger opens with the people it names ("research teams came
            # from X"): the word before qualifies them, it names no thing of its own
            if t.side in ("after", "people") and not zh and \
                    t.role not in ("signatory", "participant") and _for_a_thing(text, start, a):
                continue          # "a programme run by X": X runs the programme, not the event
            if t.side == "after":
                found = _list_after(text, end, b, inside, zh, t.unlisted,
                                    by=text[end - 2:end].lower() == "by")
            elif t.side == "before":
                found = _list_before(text, start, a, inside, zh, asides)
                if found and zh and t.role in _HOLDING and text[end:end + 1] not in "的下" and \
                        text[found[0].start - 1:found[0].start] in _LOCATIVE:
                    # "A在X园区合办「…」": where the event is held, not who holds it
                    found = _subjects_before_place(text, found[0].start - 1, a, inside)
                elif not found and zh and t.role in _HOLDING and "在" in text[max(a, start - 16):start]:
                    # "A与B在陕西杨凌联合主办…": the place, no name, right before the verb; the
                    # bodies open the clause before it
                    at = _PLACE_BEFORE.search(text, max(a, start - 16), start)
                    if at is not None:
                        found = _subjects_before_place(text, at.start(), a, inside)
                if found and not zh and t.role == "participant" and \
                        _EARLIER.search(text, end, _clause_end(text, end, b)):
                    found = []    # "X also exhibited at the Y Expo earlier this month": another
            elif t.side == "both":
                found = _list_before(text, start, a, inside, zh, asides) + \
                    _list_after(text, end, b, inside, zh, t.unlisted)
            elif t.side == "by":
                found = _list_before(text, start, a, inside, zh, asides)
                if found and not _BY.search(text, max(a, found[0].start - 3), found[0].start):
                    found = []
            elif t.side == "with":
                found = _list_before(text, start, a, inside, zh, asides)
                if found and not _WITH.search(text, max(a, found[0].start - 10), found[0].start) \
                        and not _AS_ROLE_AND.search(text, max(a, found[0].start - 50), found[0].start):
                    found = []
            elif t.side == "block":
                found = _bullet_block(text, end, spans)
            elif t.side == "pair":
                found = _both_sides(text, a, start, inside)
                if not found and cjk and _PAIR_OPENS.fullmatch(text, a, start):
                    # "A的人员向B的人员介绍设备。当天，双方签署…": the sentence before names them
                    prev = _CLAUSE_END_SENTENCE.search(text[:max(0, a - 1)][::-1])
                    lo = a - 1 - prev.start() if prev else 0
                    found = _both_sides(text, lo, a, spans)
            elif t.side == "table":
                found = _table_column(text, start, spans)
            elif t.side == "line":
                found = _line_items(text, end, spans)
            elif t.side == "lead_block":
                found = _bullet_leads(text, end, spans)
            elif t.side == "winner_lines":
                found = _winner_lines(text, end, spans)
            elif t.side == "deal_block":
                found = _deal_bullets(text, start, end, spans)
            elif t.side == "people":
                found = _people_list(text, end, _people_end(text, end, b), inside)
            elif t.side == "subject":
                found = _subject(text, start, a, inside)
            elif t.side == "deal":
                # "A将成果转让给B", "A揭榜B发布的难题": the clause's parties before the verb,
                # the list right after it
                after = _list_after(text, end, b, inside, zh, t.unlisted)
                if zh and not after and text.endswith(_LICENCE_VERB_ENDS, start, end):
                    after = _unlisted_zh_party(text, end, b)   # "授权给某某生技，": a brand
                found = [] if zh and _quoted(text, a, start) else \
                    _clause(text, start, end, a, b, inside, zh) + after
            elif zh and _quoted(text, a, start):
                found = []        # "举办「…签约仪式」": a word of the event's name, no signing
            else:
                found = _clause(text, start, end, a, b, inside, zh)
                if t.unlisted and not zh and not _yearly(text, end, b):
                    found = _with_unlisted_parties(text, start, end, a, b, inside, found)
            if t.side in ("before", "both") and not zh:
                # "A and B took part as exhibitors, alongside C and D": the same role
                along = _ALONGSIDE.match(text, end, b)
                if along:
                    found = found + _list_after(text, along.end(), b, inside, zh, False)
            if found and t.side in ("after", "before"):
                # "Among the companies that … were A, B", "A、B等创投合作": the kind the
                # trigger and its filler name types the names that have none
                words = text[start:found[0].start] if t.side == "after" else \
                    text[found[-1].stop:end if zh else start] if start - found[-1].stop <= 12 else ""
                # "run by the University's X Office": the owner is no kind of the list
                words = _OWNER_AT_END.sub("", words) if t.side == "after" else words
                app = _APPOSITIVE_GAP.match(text, found[-1].stop, start) \
                    if t.side == "before" and not zh else None
                if app:     # "X, the region's customer-owned bank, backed …": a bank
                    words = _head_noun(app.group("desc"))
                kind = _kind_in(words) if zh and t.side == "before" else None
                first = kind_group_start(text, [(s.start, s.stop) for s in found], kind) \
                    if kind else 0
                found = found[:first] + [_of_kind(s, words) for s in found[first:]]
            if found and cjk and inside:
                found = _not_over_known(found, inside)
            role = t.role
            if found and not zh and role in _HOLDING and t.side == "before" and \
                    _people_subject().search(text, max(a, found[0].start - 40), found[0].start):
                role = "participant"    # "experts of X held a workshop": a session of the event
            claims.extend(RoleClaim(s, role, start) for s in found)
            if t.side in ("after", "both") and found and found[-1].start >= end:
                consumed = found[-1].stop
                asides.append((start, consumed))
    claims += [RoleClaim(s, "participant", s.start)
               for s in zh_speakers(text, spans) + en_speakers(text, spans)]
    claims += _signing_lines(text, claims)
    # a witness of a signing takes part; _signing_lines never made it a signing party
    return [replace(c, role="participant") if c.role == "witness" else c for c in claims]


def _not_over_known(found: list[OrgSpan], known: list[OrgSpan]) -> list[OrgSpan]:
    """`found` less the pieces read without the recogniser that overlap a name it knows
    ("学校材料科学与工程学院团队与B签订": the unit is one known name, not 学校材料科学 and
    工程学院团队与B split at 与)."""
    at = {(k.start, k.end) for k in known}
    return [s for s in found if (s.start, s.end) in at or
            not any(k.start < s.end and s.start < k.end for k in known)]


# a deal whose parties may all be names the recogniser does not know ("兴大则分别和A、B签署")
_ZH_DEAL = re.compile(r"签|授权|许可|达成|共同投资|联合投资")
# a sentence that opens with the two sides of a signing, only a time word before them ("当天，双方签署")
_PAIR_OPENS = re.compile(r"\s*(?:当天|当日|同日|随后|会后|之后|此后|会上|现场|最后|随即)?[，,]?\s*")
_CLAUSE_END_SENTENCE = re.compile(r"[。！？\n]")
# "Caption: (From left) Representatives of A and B exchange …", "Photo: …", "[Photo caption: …]"
_CAPTION = re.compile(r"\s*\[?(?:(?:photo|image|picture)\s+)?(?:caption|photo|pictured|image|picture)\s*[:：]|"
                      r"\s*\((?:from\s+)?(?:left|right|l-r|l to r)\b", re.I)
# "About Mitacs\nMitacs is a not-for-profit … It is funded by the Government of Canada": the
# publisher's standing description closing a release, no part of the event
_ABOUT_HEADING = re.compile(r"^About[ \t]+(?:the[ \t]+)?[A-Z][^\n.!?]{0,80}$", re.M)


def _about_sections(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph an "About X" heading line introduces."""
    if "About" not in text:
        return []
    out = []
    for m in _ABOUT_HEADING.finditer(text):
        body = m.end()
        while text.startswith("\n", body) or text.startswith("\r", body):
            body += 1
        stop = text.find("\n\n", body)
        out.append((m.start(), len(text) if stop < 0 else stop))
    return out


_MATE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(?=[A-Z])")
_MATE_BEFORE = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?$")
# "X, John Smith said": a person, not a name of the list
_SAYS = re.compile(r"[ \t]+(?:said|says|told|added|noted|explained|stressed|emphasi[sz]ed)\b")


def _with_list_mates(text: str, a: int, b: int, inside: list[OrgSpan]) -> list[OrgSpan]:
    """The names of the sentence, with the capitalised names listed beside a recognised one:
    "Robert Bosch GmbH, Festo and the KIT", "Pertamina, Bio Farma and Telkom Indonesia" (the
    recogniser knows a name by its head noun; its list mates may have none)."""
    starts = {s.start for s in inside}
    stops = {s.stop for s in inside} | {s.end for s in inside}
    mates: list[OrgSpan] = []
    for s in inside:
        found: list[OrgSpan] = []
        joined = False              # a list has an "and" ("Since 2019, the X" is none)
        pos = s.stop
        while len(found) < 20:
            sep = _MATE_AFTER.match(text, pos, b)
            if sep is None:
                break
            joined = joined or "and" in sep.group()
            if sep.end() in starts or _descriptor().match(text, sep.end(), b):
                break       # "and the German development agency X": the name comes later
            owner = _COUNTRY_OWNER.match(text, sep.end(), b)
            if owner and owner.end() in starts:
                break       # "and Fiji's Ministry of X, Y and Z": the country's named body
            m = name_at(text, sep.end(), b)
            if m is None or _SAYS.match(text, m.end, b) or not _whole_run(text, m, b):
                break
            found.append(m)
            starts.add(m.start)
            pos = m.end
        pos = s.start
        while len(found) < 20:
            sep = _MATE_BEFORE.search(text, max(a, pos - 12), pos)
            if sep is None:
                break
            joined = joined or "and" in sep.group()
            if sep.start() in stops:
                break
            m = name_before(text, sep.start(), a)
            if m is not None and _THING_OF.search(text, max(a, m.start - 30), m.start):
                break       # "in the university's Paraninfo, A and B": a hall of the body
            if m is None or m.end != sep.start() or not _whole_run(text, m, b):
                if _CAPITAL_BEFORE.search(text, max(a, sep.start() - 40), sep.start()):
                    # "Minister for Information Technology, Electronics and X": the list
                    # opens with what is no name (a title), so its items are no names
                    found = [f for f in found if f.start > s.start]
                break
            found.append(m)
            stops.add(m.end)
            pos = m.start
        if joined:
            mates += found
    if not mates:
        return inside
    return sorted(inside + mates, key=lambda s: s.start)


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*$")
# "the university's Paraninfo": a named part of a body the text names by a common noun
_THING_OF = re.compile(r"\b(?:the|its|their|our)[ \t]+[a-z][\w-]*['’]s[ \t]+$")


def _whole_run(text: str, span: OrgSpan, limit: int) -> bool:
    """Whether the capitalised run at the span ends where the span does (or goes on only into
    the list): "the Discovery to Product program" is no list mate "Discovery"."""
    m = CHUNK.match(text, span.start, limit)
    return m is None or m.end() <= span.end or \
        re.match(r"[ \t]+and[ \t]", text[span.end:m.end()]) is not None


_SIGNING = re.compile(r"签约|签订|签署|签下|\bsign(?:ed|s|ing)?\b|\binked\b", re.I)


def _signing_lines(text: str, claims: list[RoleClaim]) -> list[RoleClaim]:
    """In a paragraph reporting signings, the partners and the listed participants are the
    signing parties too ("…两家企业签约，一项是同X合作…", "10家单位正式签约…其中包括A和B")."""
    out = []
    witnesses = {c.span.start for c in claims if c.role == "witness"}
    for c in claims:
        if c.role in ("partner", "participant") and c.span.start not in witnesses:
            a = text.rfind("\n", 0, c.span.start) + 1
            b = text.find("\n", c.span.end)
            b = len(text) if b < 0 else b
            if any(not _AT_A_SIGNING.match(text, m.end()) and
                   not text.endswith(_WATCHED, 0, m.start())
                   for m in _SIGNING.finditer(text, a, b)):
                out.append(RoleClaim(c.span, "signatory", c.at))
    return out


# "出席签约仪式", "见证签约": the signing as what the people attend or watch, not an act of theirs
_AT_A_SIGNING = re.compile(r"(?:仪式|典礼|现场|活动|大会|会)")
_WATCHED = ("见证", "见证了", "观摩")


def _people_of_match(text: str, pos: int, limit: int) -> re.Match | None:
    return _people_of().match(text, pos, limit)


@lru_cache(maxsize=1)
def _people_of() -> re.Pattern:
    """People named by their office before an organisation: "the Directors of the", "the
    President of"."""
    titles = "|".join(map(re.escape, word_lists().en_titles))
    return re.compile(rf"(?:the\s+)?(?:(?:Vice|Deputy|Chief|Executive)[\s-]+)?(?:{titles})s?\s+"
                      rf"(?:of|from)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _person_of() -> tuple[re.Pattern, re.Pattern]:
    """A person standing before an organisation in an English list ("Dr David Ai of Hawaii
    University and Dr Alwin Wong of PolyU attended"): (pattern ending at the organisation,
    pattern starting at the person)."""
    titles = "|".join(map(re.escape, word_lists().en_titles))
    person = rf"(?:(?:{titles})\.?\s+)?(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:of|from|at)\s+(?:the\s+)?"
    return re.compile(person + "$"), re.compile(person)


# The noun a "by" clause hangs on: "a scheme run by", "projects, which are part funded by".
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)(?:\s+[–—])?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|being|been)\s+)?"
                          r"(?:(?:part|partly|partially|jointly|largely|mainly|fully|wholly)[\s-])?$")


def _for_a_thing(text: str, start: int, floor: int) -> bool:
    """Whether the trigger at `start` ("run by", "supported by") follows a noun for a thing
    that is not the event: the role is that thing's."""
    m = _WORD_BEFORE.search(text, max(floor, start - 40), start)
    if m and "," in m.group(0) and text[start:start + 5].lower() == "with ":
        return False      # "X co-organised the programme, with sponsorship from Y": Y backs the event
    return bool(m) and m.group(1) in word_lists().not_event   # lower case: not part of a name


def _list_after(text: str, pos: int, limit: int, spans: list[OrgSpan], zh: bool,
                unlisted: bool, by: bool = False) -> list[OrgSpan]:
    # "Organised by: A; B (Unit)": a label line's items are set apart by semicolons
    line = text.rfind("\n", max(0, pos - 60), pos) + 1
    head = None if zh or (line == 0 and pos > 60) else \
        _LABEL_LINE.match(text, line, pos + 3) or _LABEL_CELL.match(text, line, pos + 3)
    label = head is not None and (head.end() >= pos or not text[head.end():pos].strip())
    filler = (_ZH_AFTER_FILLER if zh else _EN_AFTER_FILLER).match(text, pos, limit)
    pos = filler.end() if filler else pos
    by_start = {s.start: s for s in spans}
    sep = _zh_sep() if zh else _EN_SEP
    out: list[OrgSpan] = []
    while pos < limit:
        if not zh and pos not in by_start:
            owner = _COUNTRY_OWNER.match(text, pos, limit)    # "Slovenia's SID Banka"
            if owner and country_code(owner.group(1)):
                pos = owner.end()
        if not zh and pos not in by_start:
            level = _gov_level().match(text, pos, limit)   # "the municipal People's Committee"
            if level and level.end() in by_start:
                pos = level.end()
        if not zh and pos not in by_start:
            owner = _OWNER_OF_UNIT.match(text, pos, limit)   # "the University's X Office"
            if owner and owner.end() in by_start and by_start[owner.end()].parent:
                pos = owner.end()
        if not zh and pos not in by_start:
            people = _people_of_match(text, pos, limit)  # "the Directors of the X Parks"
            if people and people.end() in by_start:
                pos = people.end()
        if not zh and pos not in by_start:
            d = _descriptor().match(text, pos, limit)
            person = _person_of()[1].match(text, pos, limit)
            if d:
                pos = d.end()
            elif person and person.end() in by_start:
                pos = person.end()
        else:
            d = None
        if zh and pos not in by_start:
            pos = _past_zh_description(text, pos, limit, by_start)
        s = by_start.get(pos) or (_unlisted_name(text, pos, limit) if unlisted else None)
        if s is not None and d is not None:
            s = _of_kind(s, _head_noun(d.group()))      # "the law firm X": a firm
        if s is None and zh and out:
            s = _unlisted_zh_next(text, pos, limit)
        if s is None:
            break
        unit = _POSSESSIVE.match(text, s.stop, limit)
        if unit and unit.end() in by_start:
            s = by_start[unit.end()]       # "Stanford University's Office of X": the unit
        out.append(s)
        stop = s.stop
        parent = None if zh else _OF_PARENT.match(text, stop, limit)
        if parent and parent.end() in by_start:
            owner = by_start[parent.end()]         # "the Patent Office (PO) of the X Government"
            out[-1] = replace(s, parent=owner.name)
            stop = owner.stop
        app = None if zh else _APPOSITIVE.match(text, stop, limit)
        if app:        # "Baird, the Milwaukee-based financial services company, and …"
            out[-1] = _of_kind(out[-1], _head_noun(app.group("desc")))
            stop = app.end()
        if not zh:
            br = _BRACKET_AFTER.match(text, stop, limit)   # "XY1 (Xavier Yale One), as well as"
            if br:
                stop = br.end()
            of = _OF_COUNTRY.match(text, stop, limit)    # "the X Agency (XA) of South Africa"
            if of and country_code(of.group(1)):
                stop = of.end()
            where = _IN_PLACE.match(text, stop, limit)   # "X University in Uganda and Y"
            if where and (country_code(where.group(1)) or _only_places(where.group(1))):
                stop = where.end()
            where = _FROM_PLACE.match(text, stop, limit)   # "WEG, from Jaraguá do Sul, and Y"
            if where and (country_code(where.group(1)) or _only_places(where.group(1))):
                stop = where.end()
            unit = _OWNER_UNIT.match(text, stop, limit)   # "X's technology transfer office"
            if unit:
                stop = unit.end()
            kind = _kind_tail().match(text, stop, limit)    # "X's IRM unit together with Y"
            if kind:
                stop = kind.end()
        rel = None if zh else _RELATIVE.match(text, stop, limit)
        if rel:        # "A, which licensed a gripper, and B": the list goes on after the clause
            stop = rel.end() - 1
        m = sep.match(text, stop, limit)
        if (m is None or m.end() == stop) and not zh:
            rest = _NAME_REST.match(text, stop, limit)      # "TRUMPF SE + Co. KG, which …"
            if rest:
                stop = rest.end()
                rel = _RELATIVE.match(text, stop, limit)
                stop = rel.end() - 1 if rel else stop
                m = sep.match(text, stop, limit)
        if (m is None or m.end() == stop) and not zh:
            # "by the X partners in Slovenia – A, B and C – together with D": the members of
            # the name before, set off by dashes, and the list going on after them
            m = _DASH_LIST.match(text, stop, limit)
        if (m is None or m.end() == stop) and by and len(out) == 1:
            # "organized by X with A and B": they organise it with X
            m = _WITH_MORE.match(text, stop, limit)
            if m is not None and m.end() not in by_start:
                m = None
        if (m is None or m.end() == stop) and zh:
            # "主办单位：A　B": a label's names set apart by full-width spaces, when a known name
            # follows (a space before anything else ends the list)
            m = _WIDE_GAP.match(text, stop, limit)
            if m is not None and m.end() not in by_start:
                m = None
        if (m is None or m.end() == stop) and label:
            m = _LABEL_SEMICOLON.match(text, stop, limit)
        if m is None or m.end() == stop:
            break
        if zh and m.group().strip()[:1] in "，," and by_start.get(m.end()) is not None and \
                _OWN_CLAUSE.match(text, _zh_group_stop(text, by_start[m.end()], limit, by_start),
                                  limit):
            break     # "合作伙伴是A和B，C也为活动提供了协助": C (or "C和D") opens a clause of its own
        if not zh and len(out) == 1 and _COMMA_AND.match(m.group()) and \
                by_start.get(m.end()) is not None and \
                _EN_OWN_CLAUSE.match(text, by_start[m.end()].stop, limit):
            break     # "in cooperation with A, and B supported …": a serial list of two
            #           has no comma before "and"; B opens a clause of its own
        pos = m.end()
    return out


_COMMA_AND = re.compile(r"\s*,\s*and\s", re.I)
_COMMA_AND_GAP = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s*,\s*and\s+(?:the\s+)?", re.I)
# after a name, what makes it the subject of a clause of its own: its verb (a past form or
# an auxiliary), after the name's bracketed acronym
_EN_OWN_CLAUSE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:also\s+|then\s+|later\s+)?"
                            r"(?:[a-z]{2,}ed|has|have|had|was|were|will|is|are|took|gave|lent|"
                            r"ran|paid|sent|made|brought|led)\b")
# A "Field: value" line (an infobox, a fact sheet): the label alone opens the line.
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w -]{0,40}:")
# "| Supporters | A; B |": a table row whose first cell is the label of the names after it
_LABEL_CELL = re.compile(r"[ \t]*\|[ \t]*[A-Z][\w -]{0,40}\|")
# (not before the next label: "Organizers: A, B; Co-organizer: C")
_LABEL_SEMICOLON = re.compile(r"[ \t]*;[ \t]*(?![A-Z][\w -]{0,40}:)(?:the[ \t]+)?")
# after a name following a comma, what makes it the subject of a clause of its own
_OWN_CLAUSE = re.compile(r"(?:[（(][^（）()\n]{1,12}[)）])?(?:也|亦|还|则|另|同时|更)")


_ZH_GROUP_JOIN = re.compile(r"(?:[（(][^（）()\n]{1,12}[)）])?(?:、|和|与|及|跟)")


def _zh_group_stop(text: str, first: OrgSpan, limit: int, by_start: dict[int, OrgSpan]) -> int:
    """Where a group of known names joined without a comma ends, from its first name ("C和D也有擺攤"):
    the group, not its first name alone, is what a clause of its own opens with."""
    stop = first.stop
    while (j := _ZH_GROUP_JOIN.match(text, stop, limit)) and by_start.get(j.end()) is not None:
        stop = by_start[j.end()].stop
    return stop


_WIDE_GAP = re.compile(r"[ \t\u3000]{1,4}")   # the view reads U+3000 as a space (NFKC)


_ZH_DESCRIPTION = re.compile(r"[^，。；、：:,;（）()\s]{1,14}")


def _past_zh_description(text: str, pos: int, limit: int, by_start: dict[int, OrgSpan]) -> int:
    """Where the name starts after a description of it ("本地建筑材料供应商X", "日本的X"): a
    place and 的, or words ending in a descriptor noun, right before a recognised name; else
    `pos`."""
    m = _ZH_DESCRIPTION.match(text, pos, limit)
    if m is None:
        return pos
    w = word_lists()
    for k in range(pos + 1, m.end()):
        if k in by_start:
            words = text[pos:k]
            if words.endswith(w.descriptors) or \
                    (words.endswith("的") and len(words) > 2 and only_place_zh(words[:-1], w)):
                return k
    return pos


# "A, the city's innovation agency, and B": a lower-case description of the name before it,
# set off by commas (or ending the sentence).
# "Kinetik, Aalto University's commercialisation arm, and …": the owner in a possessive
# description of the name is no item of the list
_APPOSITIVE = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+(?:(?:the|a|an|its|their)\s+(?:[A-Z][\w-]*['’]s\s+)?|"
                         r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)(?P<desc>(?:[a-z][\w'’-]*|[A-Z][\w-]*-based)"
                         r"(?:\s+[^,;.()\n]{0,80}?)?)(?=\s*[,;]|\.(?:\s|$)|$)")


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w-])")
# "X University in Uganda and Y": the place of a listed name, when "and" goes on after it (a
# comma there may close an opening phrase: "In cooperation with X in Jordan, Y organised")
_IN_PLACE = re.compile(r"\s+in\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w-])(?=,?\s+(?:and|as\s+well\s+as)\s)")
# a place after a name set off by commas, the list going on after it ("A, from Leeds, and B";
# "do", "da", "de" join the words of a Portuguese or Spanish place name)
_FROM_PLACE = re.compile(r"\s*,\s*(?:from|based\s+in)\s+([A-Z][\w'’-]+(?:\s(?:d[aoe]s?\s)?[A-Z][\w'’-]+){0,2})"
                         r"(?=\s*,\s*(?:and|as\s+well\s+as)\s)")
_OWNER_UNIT = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}?(?:office|team|unit|department|"
                         r"division|cent(?:er|re)|staff|lab|laboratory|group)\b")
# the rest of a name its head ended early, before the list goes on
_NAME_REST = re.compile(r"(?:[ \t]+(?:[+&][ \t]+)?[A-Z][\w.-]*){1,3}(?=[ \t]*,|[ \t]+and[ \t])")
_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
_OWNER_INSIDE = re.compile(r"['’]s(?=[ \t]+\S)")
_DASH_LIST = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:partners|members|founders|founding\s+members|shareholders|"
    r"co-?organi[sz]ers|organi[sz]ers|hosts)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*[–—]\s*"
    r"(?:the\s+)?(?=[A-Z])|"
    r"\s*[–—]\s*(?:together\s+with|along\s+with|as\s+well\s+as|and)\s+(?:the\s+)?(?=[A-Z])")
_WITH_MORE = re.compile(r"\s+with\s+(?:the\s+)?")
# "A, which licensed a gripper design, and B": a relative clause on the name before the next one
_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;.()\n]{1,100},(?=\s+(?:and|as\s+well\s+as)\s)")


def _kind_in(words: str) -> str | None:
    """The one org_type a description's kind nouns give ("the construction firm", "the
    Milwaukee-based financial services company", "等创投"), or None (none, or several)."""
    w = word_lists()
    if _PEOPLE_OF.search(words):
        return None     # "X research teams took the stage": X's people, not X's kind
    if has_cjk(words):
        found = {t for k, t in w.kinds_zh.items() if k in words}
    else:
        found = set()
        for token in re.findall(r"[a-z][a-z-]+", words.lower()):
            for form in (token, token + "s", token + "es"):
                if form in w.kinds_en:
                    found.add(w.kinds_en[form])
                    break
    found = {t for t in found if "+" not in t and t != "other"}
    return found.pop() if len(found) == 1 else None


_PEOPLE_OF = re.compile(r"\b(?:teams?|staff|researchers|scientists|students|experts)\b", re.I)
_DESC_TAIL = re.compile(r"\s+(?:of|in|by|for|with|that|which|who|from|at|on|under|founded|based|"
                        r"created|set|owned|run|led|including|such|like|namely)\b.*", re.S)


def _head_noun(desc: str) -> str:
    """The noun a description is about: "the technology transfer organisation founded by
    universities of the region" → "organisation"."""
    words = _DESC_TAIL.sub("", desc).split()
    return words[-1] if words else ""


def _of_kind(span: OrgSpan, words: str) -> OrgSpan:
    """The span typed by the kind its description names, unless it has a type already."""
    kind = _kind_in(words)
    if kind is None or span.listed_type is not None or span.ref is not None:
        return span
    return replace(span, listed_type=kind)


def _list_before(text: str, pos: int, floor: int, spans: list[OrgSpan], zh: bool,
                 asides: list[tuple[int, int]] = ()) -> list[OrgSpan]:
    """The list ending right before `pos`. An aside another trigger took ("NEPAD, in
    partnership with A and B, co-organized …") is stepped over to reach the subject; an
    English subject may be a bare acronym or a capitalised name opening the sentence."""
    filler_rx = _zh_before_filler() if zh else _EN_BEFORE_FILLER
    filler = filler_rx.search(text, floor, pos)
    if filler and not zh and filler.start() < pos - 4:
        # "the regional government, the Junta de Andalucía, supported": a name the text knows
        # is no description of the subject; it is the subject, in apposition
        named = [sp.stop for sp in spans if filler.start() < sp.start and sp.stop < pos
                 and not text[sp.stop:pos].strip(" ,")
                 and text[filler.start():sp.start].strip(" ,").lower() in ("", "the")]
        pos = max(named) if named else filler.start()
    else:
        pos = filler.start() if filler else pos
    for a_start, a_end in sorted(asides, reverse=True):
        if a_end <= pos <= a_end + 2 or pos == a_end:
            filler = filler_rx.search(text, floor, a_start)
            pos = filler.start() if filler else a_start
    by_end = {s.stop: s for s in spans}
    stops = sorted(by_end)
    sep = _zh_sep() if zh else _EN_SEP
    out: list[OrgSpan] = []
    owner_name = None
    while pos > floor:
        s = by_end.get(pos) or by_end.get(pos - 1 if text[pos - 1:pos] in ".," else -1)
        if s is None and not zh and not out:
            # "Nordbank's Hanoi branch sponsored the lounge": the branch stands for its body
            branch = _BRANCH_SUBJECT.search(text, max(floor, pos - 80), pos)
            if branch and branch.group("owner").split()[0] not in word_lists().lead:
                s = by_end.get(branch.end("owner")) or OrgSpan(
                    branch.start("owner"), branch.end("owner"),
                    original_span(text, branch.start("owner"), branch.end("owner")))
                out.append(s)
                break
        if s is None and not zh:
            s = _unlisted_subject(text, pos, floor)
            if s is not None and not out:
                # "Hunter Angels and Artesian committed …": two unknown names opening the
                # sentence, joined by "and" (one capitalised run)
                pair = _unlisted_pair(text, s)
                if pair:
                    out += pair[::-1]
                    break
        if s is None and zh:
            s = _unlisted_zh_item(text, pos, floor, by_end) or _short_formed_zh(text, pos, floor)
            generic = _ZH_ITEM_BEFORE.search(text, max(floor, pos - 12), pos) if s is None else None
            if generic and generic.group(1) in word_lists().generic and generic.start() in by_end:
                pos = generic.start()   # "A、B及社会资本共同出资": investors in general, no name
                continue
        if s is None:
            break
        parent = None if zh or out else _OF_PARENT_BEFORE.search(text, max(floor, s.start - 12),
                                                                s.start)
        if parent and parent.start() in by_end:
            # "A, B and C of the X University (XU) co-hosted": the list, not its parent
            owner_name = s.name
            pos = parent.start()
            continue
        out.append(replace(s, parent=owner_name) if owner_name else s)
        begin = s.start
        kind = None if zh else _kind_before().search(text, max(floor, begin - 50), begin)
        if kind:        # "A and oil and gas company B presented": B's kind, then the list goes on
            out[-1] = _of_kind(out[-1], kind.group("head"))
            begin = kind.start()
        if not zh:
            person = _person_of()[0].search(text, max(floor, begin - 60), begin)
            begin = person.start() if person else begin
            branch = _BRANCH_ITEM.search(text, max(floor, begin - 80), begin)
            if branch and not text[floor:branch.start()].strip(" \t\n\"“'‘(") and \
                    branch.group("owner").split()[0] not in word_lists().lead:
                # "X's Hanoi branch and the city's Y Fund announced": X opens the sentence
                out.append(by_end.get(branch.end("owner")) or OrgSpan(
                    branch.start(), branch.end("owner"),
                    original_span(text, branch.start(), branch.end("owner"))))
                break
        k = bisect.bisect_right(stops, begin)
        prev = stops[k - 1] if k and stops[k - 1] >= floor else None
        m = sep.fullmatch(text, prev, begin) if prev is not None else None
        if m is None and zh and prev is not None:
            # "A、中华开发资本及B的代表": a name with no head noun between two known ones
            mid = _ZH_MID_ITEM.fullmatch(text, prev, begin)
            item = _unlisted_zh_item(text, mid.end(1), floor, by_end) if mid else None
            if item is not None and item.start == mid.start(1):
                out.append(item)
                pos = prev
                continue
        if m is None and zh:
            # "…承办，省科协、甘肃银行给予支持": a short form with no head noun opening the list
            first = _ZH_FIRST_ITEM.search(text, max(floor, begin - 10), begin)
            if first and first.group(1).endswith(word_lists().short_form_ends) and \
                    _headless_name(first.group(1)):
                out.append(OrgSpan(first.start(1), first.end(1),
                                   original_span(text, first.start(1), first.end(1))))
            break
        if m is None and not zh and prev is not None:
            # "the Nordic Council, Directorate for Trade, Industry and SMEs (DTI) and Business
            # Finland": the rest of a name its head ended early
            m = _EN_NAME_REST_SEP.fullmatch(text, prev, begin)
        if m is None:
            break
        if zh and m.group().strip()[:1] in "，," and any(x < prev <= y for x, y in asides):
            break     # "合作伙伴是A和B，C也为活动提供协助": A and B are the earlier label's list
        pos = prev
    if out and _UNITS_SUCH_AS.search(text, max(floor, out[-1].start - 80), out[-1].start):
        return []       # "the heads of relevant departments, such as A, B attended": its units
    if out and not zh:
        app = _APPOSITIVE_OF.search(text, max(floor, out[-1].start - 60), out[-1].start)
        if app and app.start() in by_end:
            # "X (XA), an enterprise of the Y Department, Z Ministry, organised": the list is
            # what X belongs to; X is the subject
            return [by_end[app.start()]]
    if len(out) == 2 and not zh and _COMMA_AND_GAP.fullmatch(text, out[1].stop, out[0].start):
        # "… in cooperation with A, and B supported": a list of two has no comma before its
        # "and"; A ends the clause before, B alone opens this one
        return out[:1]
    return out[::-1]


@lru_cache(maxsize=1)
def _kind_before() -> re.Pattern:
    """A list item's kind in lower case before its name ("and oil and gas company NIS"):
    org_name_words.csv's list_kind rows."""
    heads = "|".join(map(re.escape, word_lists().list_kinds)) or "(?!)"
    return re.compile(rf"(?<=\s)(?!and\s|or\s|the\s)(?:[a-z][\w-]*\s+){{0,4}}?(?P<head>{heads})\s+$")


# a company's local part as a list item before the next one: "X's Hanoi branch and the city's"
_BRANCH_SUBJECT = re.compile(r"(?:^|(?<=[\n.;:]\s)|(?<=\n))[ \t]*(?P<owner>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})"
                             r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:branch|office|unit|subsidiary)"
                             r"\s*$")
_BRANCH_ITEM = re.compile(r"(?P<owner>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3})['’]s\s+(?:[^\W\d_][\w'’-]*\s+){0,2}"
                          r"(?:branch|office|unit|arm|subsidiary|operation|division)\s+(?:and|,)\s+"
                          r"(?:the\s+)?(?:(?:city|region|province|state|country|county|town)['’]s\s+)?$")
_APPOSITIVE_OF = re.compile(r",\s+(?:an?|the|one)\s+(?:[a-z][\w-]*\s+){1,4}?(?:of|under|within|at|"
                            r"from)\s+(?:the\s+)?$")


_ZH_ITEM_BEFORE = re.compile(r"(?:、|和|与|及|以及)([\u4e00-\u9fff]{2,8})$")
_ZH_MID_ITEM = re.compile(r"(?:、|和|与|及|以及)([\u4e00-\u9fff]{2,8}?)(?:、|和|与|及|以及)")


def _unlisted_zh_item(text: str, pos: int, floor: int, by_end: dict[int, OrgSpan]
                      ) -> OrgSpan | None:
    """A Chinese name without a head noun in a list whose other member is a known name:
    "浙江大学和海康威视携手" → 海康威视 (a brand), when 浙江大学 ends right before 和."""
    m = _ZH_ITEM_BEFORE.search(text, max(floor, pos - 12), pos)
    if m is None or m.start() not in by_end:
        return None
    if not _headless_name(m.group(1)):
        return None       # "、交通部等部会共同主办": the list's kind, not a name; a region
    return OrgSpan(m.start(1), pos, original_span(text, m.start(1), pos))


# "，香港教育城（教城）协办": a name with no head noun opening its clause, its short form after it
_ZH_SHORT_FORMED = re.compile(r"(?:^|(?<=[，,、；;。：:\n]))([\u4e00-\u9fff]{3,10})[（(]([\u4e00-\u9fff]{2,4})[)）]$")


def _short_formed_zh(text: str, pos: int, floor: int) -> OrgSpan | None:
    """A Chinese name the recogniser does not know (no head noun) right before a role word,
    when it defines a short form taking its characters in order ("香港教育城（教城）"): a body
    the article goes on to name by it."""
    if pos < 2 or text[pos - 1] not in ")）":
        return None
    m = _ZH_SHORT_FORMED.search(text, max(floor, pos - 18), pos)
    if m is None or m.start() < floor:
        return None
    name, short = m.group(1), m.group(2)
    at = 0
    for ch in short:
        at = name.find(ch, at) + 1
        if not at:
            return None
    if not _headless_name(name):
        return None
    return OrgSpan(m.start(1), m.end(1), original_span(text, m.start(1), m.end(1)))


# the first item of a list opening its clause, a known name after it ("，省科协、甘肃银行")
_ZH_FIRST_ITEM = re.compile(r"(?:^|(?<=[，,；;。：:\n是由]))((?:(?![是由])[\u4e00-\u9fff]){2,6})(?:、|和|与|及)$")


def _headless_name(item: str) -> bool:
    """Whether a list item with no head noun may be a body's name: no boundary word, kind,
    等, region or place."""
    w = word_lists()
    return not (any(b in item for b in w.boundary if len(b) > 1) or item in w.generic or
                "等" in item or item in w.world_regions or only_place_zh(item, w) or
                _NOT_PARTY.search(item) or _place_and_kind(item, w))


def _place_and_kind(item: str, w) -> bool:
    """"南沙企业": the firms of a place, a kind of body, no name; so is a kind after a word
    saying where the bodies are from ("当地企业", "海外高校": kind_qualifier in
    org_name_words.csv)."""
    return any(item.endswith(k) and len(item) > len(k) and
               (only_place_zh(item[:-len(k)], w) or item[:-len(k)].rstrip("的") in w.kind_qualifiers)
               for k in w.kinds_zh)


_ZH_ITEM_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?=等|、|和|与|及|以及|[。；，,]|$)")


def _unlisted_zh_next(text: str, pos: int, limit: int) -> OrgSpan | None:
    """A Chinese name without a head noun continuing a list of known names:
    "来自厦门大学、华侨大学、安踏等单位" → 安踏."""
    m = _ZH_ITEM_AFTER.match(text, pos, limit)
    if m is None:
        return None
    w = word_lists()
    item = m.group(1)
    if any(b in item for b in w.boundary if len(b) > 1) or item in w.generic or \
            _NOT_PARTY.search(item) or item in w.world_regions or only_place_zh(item, w) or \
            _place_and_kind(item, w):
        return None       # "其余为新创": the rest of the list, described; "中东": a region; "当地企业": a kind
    return OrgSpan(m.start(1), m.end(1), original_span(text, m.start(1), m.end(1)))


# the verbs of a licence or transfer whose receiver follows them (not 揭榜, whose object is a
# challenge: "揭榜攻关专场")
_LICENCE_VERB_ENDS = ("给", "予", "授权", "许可", "转让", "给了", "予了")
# a name with no head noun closing its clause or opening a list right after a deal verb
_ZH_PARTY_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?=[，。；,;]|$|[、和及与][\u4e00-\u9fff])")


def _unlisted_zh_party(text: str, pos: int, limit: int) -> list[OrgSpan]:
    """The party right after a deal verb the recogniser did not know ("A将技术授权给某某生技，"):
    the words up to the clause end, when they are no kind, place, pronoun or verb phrase."""
    m = _ZH_PARTY_AFTER.match(text, pos, limit)
    if m is None:
        return []
    w = word_lists()
    item = m.group(1)
    if _NOT_PARTY.search(item) or item in w.generic or any(k in item for k in w.kinds_zh) or \
            any(b in item for b in w.boundary if len(b) > 1) or item in w.world_regions or \
            only_place_zh(item, w):
        return []         # "授权给企业使用": a kind of body, no name
    return [OrgSpan(m.start(1), m.end(1), original_span(text, m.start(1), m.end(1)),
                    listed_type="enterprise" if classify_org(item) == "other" else None)]


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&-]{2,9}")


# "X showcased its services, while A and B presented …": a clause of its own, with its subject
_WHILE_BEFORE = re.compile(r",[ \t]+(?:while|whereas)[ \t]+(?=[^,;]*$)")


def _unlisted_subject(text: str, pos: int, floor: int) -> OrgSpan | None:
    """A name the recogniser did not know, ending at `pos`: an acronym ("NEPAD organized"),
    or one to four capitalised words opening the sentence ("Unisa takes part")."""
    last = None
    for m in CHUNK.finditer(text, max(floor, pos - 80), pos):
        if m.end() == pos:
            last = m
    if last is None:
        return None
    words = last.group().split()
    w = word_lists()
    # the clause opens at the sentence, after a ';', after "…, while", or after an
    # interview's "A:"
    floor = max(floor, text.rfind(";", floor, last.start()) + 1)
    if "while" in text[floor:last.start()] or "whereas" in text[floor:last.start()]:
        opener = _WHILE_BEFORE.search(text, floor, last.start())
        floor = opener.end() if opener else floor
    lead = _QA_LEAD.match(text, floor, last.start())
    opening = not text[lead.end() if lead else floor:last.start()].strip(" \t\n\"“'‘(")
    if _ACRONYM_WORD.fullmatch(words[-1]) and words[-1] not in w.not_org:
        start = last.start() + last.group().rfind(words[-1])
    elif opening and (len(words) <= 4 or ("and" in words and len(words) <= 7)) and \
            words[0] not in w.lead and not (len(words) == 1 and words[0].endswith("ing")):
        # ("Licensing practitioners from X presented": one word in -ing opening a sentence is
        # a gerund or a participle, no name)
        start = last.start()
    else:
        return None
    name = original_span(text, start, pos)
    # "Leeds Mutual backed": a place inside a name does not make it a place
    if _only_places(name) or _NOT_A_NAME.match(name):
        return None
    return OrgSpan(start, pos, name)


def _unlisted_pair(text: str, span: OrgSpan) -> list[OrgSpan]:
    """The two names of an unknown subject joined by one "and" ("Tallow Mutual and Kestrel
    Holdings were sponsors"), each of one to three words and no place; [] otherwise."""
    parts = re.split(r"[ \t]+and[ \t]+", text[span.start:span.end])
    if len(parts) != 2:
        return []
    w = word_lists()
    out, pos = [], span.start
    for part in parts:
        start = text.index(part, pos)
        pos = start + len(part)
        words = part.split()
        if not 1 <= len(words) <= 3 or words[0] in w.lead or words[-1] in w.not_org or \
                _only_places(part):
            return []
        out.append(OrgSpan(start, pos, original_span(text, start, pos)))
    return out


# a brand written with a lower-case first letter and a capital or digit inside, with its
# legal form ("i2E, Inc.", "eBay", "iRobot Corp.")
_LOWER_BRAND = re.compile(r"[a-z]{1,3}[0-9A-Z][\w-]*(?:,?[ \t]+(?:Inc|Ltd|LLC|Corp|GmbH|AG|SA)\.?|[ \t]+[A-Z][\w-]*)?(?![\w-])")
_QA_LEAD = re.compile(r"\s*(?:A|Q|Answer|Question)\s*:")
_BULLET = re.compile(r"[ \t]*(?:[・•●▪◆■□◇○\-–—*]|\d{1,2}[.、)）])")
# "1. A：…\n……\n12. B：…": a line of dots stands for the items left out; the list goes on
_ELIDED = re.compile(r"[ \t\u3000]*(?:…+|\.{3,}|⋯+)[ \t\u3000]*")


def _lines_after(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line after the one holding `pos`, blank ones included: the lines a
    list announced at `pos` may run over (each reader says where its list stops)."""
    line_end = text.find("\n", pos)
    if line_end < 0:
        return
    at = line_end + 1
    while at < len(text):
        nxt = text.find("\n", at)
        nxt = len(text) if nxt < 0 else nxt
        yield at, nxt
        at = nxt + 1


def _bullet_block(text: str, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The organisations of the bulleted lines right after `pos` (the announcing sentence):
    "部分获奖单位如下：\n・A大学…\n・B联盟…"."""
    line_end = text.find("\n", pos)
    if line_end < 0:
        return []
    start = end = line_end + 1
    for at, nxt in _lines_after(text, pos):
        line = text[at:nxt]
        if line.strip() and not _BULLET.match(line) and not _ELIDED.fullmatch(line):
            break
        end = nxt + 1
    lo = bisect.bisect_left([s.start for s in spans], start)
    out = []
    for s in spans[lo:]:
        if s.start >= end:
            break
        out.append(s)
    return out


# "向B代表讲解": the body whose representatives the subject met, with no head noun
_MET_BODY = re.compile(r"(?:向|与|和|同|跟|为)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:代表|团队|负责人|高层)")


def _both_sides(text: str, floor: int, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The two sides a later "双方随后签署" refers to: the two bodies of the sentence before it
    ("A的研究团队向B代表讲解技术，双方随后签署"), the second one read from its people when the
    recogniser does not know it; nothing unless exactly two."""
    named = [s for s in spans if floor <= s.start and s.end <= pos]
    if len(named) == 1:
        m = _MET_BODY.search(text, named[0].stop, pos)
        if m and _headless_name(m.group(1)) and not any(
                s.start < m.end(1) and m.start(1) < s.end for s in spans):
            named.append(OrgSpan(m.start(1), m.end(1), original_span(text, m.start(1), m.end(1)),
                                 listed_type="enterprise" if classify_org(m.group(1)) == "other"
                                 else None))
    return named if len(named) == 2 else []


_CELL_SEP = re.compile(r"[｜|]")
# a cell that holds a body: no figure, no sentence punctuation
# a cell's name; a Latin name in its bracket may hold spaces, * and & ("（A*STAR）",
# "（Wilmar International）")
_TABLE_CELL = re.compile(r"[ \t\u3000]*([\u4e00-\u9fffA-Za-z·（）()]{2,40}?"
                         r"(?:[（(][A-Za-z][A-Za-z*&.' -]{0,40}[)）])?)[ \t\u3000]*$")


def _table_column(text: str, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The bodies in the column of a text table whose header cell the trigger matched
    ("序号｜项目｜成果完成单位｜受让企业｜金额" then "1｜某项目｜A大学｜B公司｜500万元"): the
    cell at the same place on each following row, while the rows have as many cells."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    column = len(_CELL_SEP.findall(text, line_start, pos))
    width = len(_CELL_SEP.findall(text, line_start, line_end))
    by_start = {s.start: s for s in spans}
    w = word_lists()
    out: list[OrgSpan] = []
    for at, nxt in _lines_after(text, pos):
        seps = [m.start() for m in _CELL_SEP.finditer(text, at, nxt)]
        if len(seps) != width:
            break
        a = at if column == 0 else seps[column - 1] + 1
        b = seps[column] if column < width else nxt
        cell = _TABLE_CELL.match(text, a, b)
        if cell is None:
            continue
        s, e = cell.span(1)
        known = by_start.get(s)
        if known is not None and known.end == e:
            out.append(known)
        elif not _NOT_PARTY.search(cell.group(1)) and cell.group(1) not in w.generic and \
                not only_place_zh(cell.group(1), w):
            out.append(OrgSpan(s, e, original_span(text, s, e)))
    return out


# "4. 某某科技 研发中心项目（投资10亿元）；": the party, then a space, then its project
_BULLET_LEAD = re.compile(r"[ \t]*(?:[・•●▪◆■□◇○*]|\d{1,2}[.、)）])[ \t]*"
                          r"([\u4e00-\u9fffA-Za-z·（）()—–-]{2,30}?)[ \t\u3000]+\S")


def _line_items(text: str, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The organisations opening the items from `pos` to the end of its line, items split at
    semicolons and list marks ("一等奖：A“…”团队；B“…”团队", "｜A、B"): the line is one list,
    though a semicolon ends a sentence. A name further into an item is what the item says of
    its winner ("金奖：X团队——技术已授权予Y公司": Y took a licence, it won nothing)."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    by_start = {s.start: s for s in spans if s.end <= end}
    out = []
    for item in _LINE_ITEM.finditer(text, pos, end):
        s = by_start.get(item.start(1))
        if s is not None:
            out.append(s)
    return out


def _winner_lines(text: str, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The names opening the lines right after a prize heading that stands alone on its line
    ("🏆一等奖（1名）\nA “…”\nB “…”"): one winner a line, up to a blank line or a line that
    opens with no name ("略（完整名单见文末）"); a name further into a line is what the line says
    of its winner."""
    starts = [s.start for s in spans]
    out: list[OrgSpan] = []
    for at, nxt in _lines_after(text, pos):
        lead = _BULLET.match(text, at, nxt)
        first = lead.end() if lead else at
        while first < nxt and text[first] in " \t\u3000":
            first += 1
        k = bisect.bisect_left(starts, first)
        if first == nxt or k == len(spans) or spans[k].start != first or spans[k].end > nxt:
            break
        out.append(spans[k])
    return out


# an item of a line: where it starts, after its separator and any blank
_LINE_ITEM = re.compile(r"(?:^|(?<=[；;、，,])|(?<=[:：｜|]))[ \t\u3000]*()", re.M)


def _bullet_leads(text: str, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The parties opening the bulleted lines right after `pos`, one project a line ("签约项目
    如下：\n1. A—B 联合创新中心项目\n2. C 研发中心项目"): the words before the line's first space,
    split at a dash between two parties (the recogniser may have joined them); a known name
    there is taken as known, an unknown one when it is no description ("其余6个为…")."""
    by_start = {s.start: s for s in spans}
    w = word_lists()
    out: list[OrgSpan] = []
    for at, nxt in _lines_after(text, pos):
        if not text[at:nxt].strip():
            continue
        m = _BULLET_LEAD.match(text, at, nxt)
        if m is None:
            if not _BULLET.match(text, at, nxt):
                break
            continue
        k = m.start(1)
        for part in re.split(r"[—–-]", m.group(1)):
            known = by_start.get(k)
            if known is not None and known.end == k + len(part):
                out.append(known)
            elif len(part) >= 2 and not _NOT_PARTY.search(part) and part not in w.generic \
                    and not only_place_zh(part, w):
                out.append(OrgSpan(k, k + len(part), original_span(text, k, k + len(part))))
            k += len(part) + 1
    return out


_DEALS_BEFORE = re.compile(r"\b(?:deals?|agreements?|licen[cs]es?|contracts?|signings?|MoUs?|"
                           r"memorand(?:um|a)|letters\s+of\s+intent|transactions)\b", re.I)
_DEAL_LINE = re.compile(r"[ \t]*(?:[•●▪◆■*\-–—]|\d{1,2}[.)])[ \t]+")
_DEAL_PARTY_AFTER = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?(?=[A-Z])")
_AND_NEXT = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?")
# a word and a colon opening a deal line: a label when org_name_words.csv lists it as one
_FIELD_LABEL = re.compile(r"([A-Z][a-z]+)[ \t]*:[ \t]*")


def _deal_bullets(text: str, start: int, pos: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The parties of the deals listed one a line after an announcing line ("Highlights of the
    agreements:", "They included:" after a sentence on the deals): on each bulleted line the
    names opening it ("A - a battery process", "A and B agreeing to pilot …") and those after
    with / to / from ("… licensing a process to C", "co-developed with D")."""
    if not _DEALS_BEFORE.search(text, max(0, start - 300), pos):
        return []
    by_start = {s.start: s for s in spans}
    known = {s.start for s in spans}
    w = word_lists()
    out: list[OrgSpan] = []
    for at, nxt in _lines_after(text, pos):
        if not text[at:nxt].strip():
            if out:
                break
            continue
        m = _DEAL_LINE.match(text, at, nxt)
        if m is None:
            break
        lead = m.end()
        label = _FIELD_LABEL.match(text, lead, nxt)
        if label and label.group(1) in w.field_labels:
            continue        # "3. Value: RO 1.2 million": a term of the deal, no party
        if label and label.group(1) in w.party_labels:
            lead = label.end()      # "1. Parties: A and B": the parties follow the label
        line = [s for s in spans if lead <= s.start and s.end <= nxt]
        while lead < nxt:           # "A and B - …": the names opening the line
            s = by_start.get(lead) or _unlisted_name(text, lead, nxt)
            if s is None:
                break
            if s not in line:
                line.append(s)
            joint = _AND_NEXT.match(text, s.stop, nxt) or _EN_SEP.match(text, s.stop, nxt)
            lead = joint.end() if joint and joint.end() > s.stop else nxt
        for party in _DEAL_PARTY_AFTER.finditer(text, m.end(), nxt):
            line += [s for s in _list_after(text, party.end(), nxt, spans, False, True)
                     if s not in line]
        out += [replace(s, listed_type="enterprise") if s.start not in known and
                s.listed_type is None and classify_org(s.name) in ("other", "enterprise") else s
                for s in sorted(line, key=lambda s: s.start)]
    return out


_PEOPLE_END = re.compile(r"[()]|,\s+(?:[a-z]+ed|brought|took|gave|made|met|drew|won|held|was|were|"
                         r"is|are|has|have|had|said|spoke|began|saw)\b")


def _people_end(text: str, pos: int, limit: int) -> int:
    """Where a list of people ends: at the bracket that closes one opened before it ("(led by
    a team from X)"), or where the sentence goes on with its verb ("chaired by our President,
    brought together A and B"). A bracket opened inside the list ("(UNAM)") is its own."""
    depth = 0
    for m in _PEOPLE_END.finditer(text, pos, limit):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            if depth == 0:
                return m.start()
            depth -= 1
        else:
            return m.start()
    return limit


def _people_list(text: str, pos: int, limit: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The organisations of a list of people, to the end of the sentence ("A, Director of X;
    and B, Founder, Y, UK"): each person's organisation. A person written "name, title,
    organisation[, country]" gives the part after the title even when the recogniser does
    not know it as a name ("Ms A, Founder and Managing Director, Brightloop Media, UK")."""
    found = [s for s in spans if pos <= s.start and s.end <= limit]
    out = list(found)
    for item in re.finditer(r"[^;]+", text[pos:limit]):
        a, b = pos + item.start(), pos + item.end()
        if any(a <= s.start < b for s in found):
            continue
        unnamed = _after_title(text, a, b)
        if unnamed is not None:
            out.append(unnamed)
    return sorted(out, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _title_chunk() -> re.Pattern:
    titles = "|".join(map(re.escape, word_lists().en_titles))
    return re.compile(rf"^(?:and\s+)?(?:the\s+)?(?:(?:Senior|Deputy|Vice|Executive|Managing|Chief|"
                      rf"General|Assistant|Associate|Acting|Founding)\s+)*(?:{titles})\b")


def _after_title(text: str, a: int, b: int) -> OrgSpan | None:
    """The organisation in "name, title, [department,] organisation[, country]": the last
    part after the title that is no country. One word is too little to tell an organisation
    from a field ("Professor, Economics")."""
    chunks = [(a + m.start(), a + m.end()) for m in re.finditer(r"[^,]+", text[a:b])]
    titled = [k for k in range(1, len(chunks)) if _title_chunk().match(text[slice(*chunks[k])].strip())]
    if not titled:
        return None
    for s, e in reversed(chunks[titled[-1] + 1:]):
        raw = text[s:e]
        name = raw.strip().rstrip(".")
        if country_code(name):
            continue
        s += len(raw) - len(raw.lstrip())
        if not name[:1].isupper() or not 2 <= len(name.split()) <= 6 or re.search(r"\d", name):
            return None
        return OrgSpan(s, s + len(name), original_span(text, s, s + len(name)))
    return None


_WITH = re.compile(r"(?:同|与|和|跟)\s*$|\bwith\s+(?:[Tt]he\s+)?$")
_BY = re.compile(r"由\s*$|\bby\s+(?:the\s+)?$")
# "with A as co-organiser and B as strategic partner": the item before took its own role in
# the same "with" tail, so B stands in it as well
_AS_ROLE_AND = re.compile(r"\bas\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}?[\w-]+,?\s+and\s+(?:the\s+)?$")
# What may stand between a clause's subject and its verb: a time, a place ("青岛市科技局今日在
# 崂山区举办…", "X于5月10日在杭州举行…").
_SUBJECT_GAP = re.compile(r"^(?:今日|今天|昨日|昨天|[今昨明]\s*[（(]\d{1,2}[)）]\s*日|日前|近日|近期|此前|上午|下午|晚上|受邀|应邀|也|还|将|"
                          r"再次|首次|已|曾|"
                          # "X本周二（24日）在…举办": a weekday, and the day in brackets
                          r"(?:本|上|下)?(?:周|星期|礼拜)[一二三四五六日天]|[（(]\d{1,2}日?[)）]|"
                          r"(?:今年|去年|本月|上月|本周|上周)|"
                          r"于?[\d一二三四五六七八九十]+月(?:[\d一二三四五六七八九十]+日)?|正式|成功|共同|联合|"
                          r"在[^，。；、]{1,30}?|于[^，。；、]{1,30}?|"
                          # the topic: "X就Y的建设情况举行新闻发布会", "X围绕Y举办"
                          r"(?:就|围绕|针对|面向)[^，。；、]{1,40}?|\s)*$")


# "（台北，2024年9月12日）X今日于…举办": the end of a dateline's bracket before the subject
_DATELINE_END = re.compile(r"\s*[^，。()（）\n]{0,16}[)）]\s*$")
# "（一）X于…举办": a paragraph's number before the subject
_PARAGRAPH_NUMBER = re.compile(r"\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|"
                               r"[一二三四五六七八九十]{1,3}、)\s*$")


def _subjects_before_place(text: str, at: int, floor: int, spans: list[OrgSpan]
                           ) -> list[OrgSpan]:
    """The bodies opening the sentence part before "在<place>" ("A与B于11月2日，在X园区合办"):
    a list joined by 与/和/及/、 at the start of its clause (of the clause before, when the
    place opens a clause of its own), only a time or a comma between it and 在."""
    lo = _zh_clause_start(text, floor, at)
    if lo == at and lo > floor and text[lo - 1] in "，,":
        lo = _zh_clause_start(text, floor, lo - 1)
    items = [s for s in spans if lo <= s.start and s.stop <= at]
    if not items or items[0].start - lo > 2:
        return []
    out = [items[0]]
    for s in items[1:]:
        if text[out[-1].stop:s.start] not in _SUBJECT_JOINS:
            break
        out.append(s)
    return out if _PLACE_GAP.match(text, out[-1].stop, at) else []


_SUBJECT_JOINS = ("与", "和", "及", "、", "以及")
# between the bodies and 在: a time ("于今年11月27日至28日，"), nothing that ends a sentence
_PLACE_GAP = re.compile(r"[^。；！？\n与和及、]{0,30}$")


def _subject(text: str, start: int, floor: int, spans: list[OrgSpan]) -> list[OrgSpan]:
    """The organisation opening the trigger's clause, when only a time, a place and a topic
    stand between it and the verb: "科技部今日在…举办「…」" → 科技部."""
    lo = _zh_clause_start(text, floor, start)
    first = next((s for s in spans if lo <= s.start < start), None)
    if first is None or first.stop > start or \
            (first.start - lo > 2 and not _DATELINE_END.match(text, lo, first.start)
             and not _PARAGRAPH_NUMBER.match(text, lo, first.start)):
        return []
    return [first] if _SUBJECT_GAP.match(text[first.stop:start]) else []


_ZH_CLAUSE_ENDS = frozenset("，。；！？：\n")


def _zh_clause_start(text: str, floor: int, pos: int) -> int:
    """Where the Chinese clause holding `pos` starts: after the last clause end before it (one
    of _CLAUSE_END_ZH), or at `floor`."""
    k = pos
    while k > floor and text[k - 1] not in _ZH_CLAUSE_ENDS:
        k -= 1
    return k


def _clause(text: str, start: int, end: int, floor: int, limit: int, spans: list[OrgSpan],
            zh: bool) -> list[OrgSpan]:
    """The organisations of the trigger's clause: before it back to the clause start, and for
    English also after it to the clause end ("A signed an agreement with B"). A Chinese clause
    leaves out the place it happens in ("在X举办"), and takes a party the recogniser does not
    know when the other is known ("A与西门子能源签订")."""
    if zh:
        # walked back from the trigger: a sentence of many clauses costs each trigger its own
        lo = _zh_clause_start(text, floor, start)
        prev = _zh_clause_start(text, floor, lo - 1) if lo > floor else floor
    else:
        lo = prev = floor
        for m in _CLAUSE_END_EN.finditer(text, floor, start):
            if not _inside_name(m.start(), spans):   # "Kraken Robotics Inc. signed": no end
                prev, lo = lo, m.end()
    if zh and _WITH_OPENER.match(text, lo, start) and text[lo - 1:lo] in "，,":
        lo = prev     # "X通过视像方式，与Y签署": the clause goes on from the one naming X
    hi = end
    if not zh:
        m = _CLAUSE_END_EN.search(text, end, limit)
        while m is not None and _inside_name(m.start(), spans):
            m = _CLAUSE_END_EN.search(text, m.end(), limit)
        hi = m.start() if m else limit
        source = _SOURCE.search(text, end, hi)      # "…, according to a survey by X"
        hi = source.start() if source else hi
        if _YEARLY.search(text, end, hi):
            return []       # "X concluded 84 licence agreements in 2023": a yearly statistic
    found = [s for s in spans if lo <= s.start and s.end <= hi]
    if not zh:
        # "signed at the X Market": the venue or the event, no party; "X (Y) signed": the
        # bracket names X again (a merged or former name), no second party
        # "a rice dryer developed by our Department of X": who made the thing signed for is
        # no party to the signing
        return [s for s in found if not _AT_BEFORE.search(text, max(lo, s.start - 8), s.start)
                and not _MAKER_BEFORE.search(text, max(lo, s.start - 40), s.start)
                and not any(f.start < s.start < f.tail for f in found)]
    found = [s for s in found if text[s.start - 1:s.start] not in _LOCATIVE]
    # "A则见证B与C签署": who watches the signing is no party to it
    found = [s for s in found if not _WITNESS_NEXT.match(text, s.stop, start)]
    # "A旗下B与C签署": B, A's unit, signs; its owner A is named only to say whose it is
    found = [s for s in found if not (text.startswith(_OWNS_NEXT, s.end) and
                                      any(f.start == s.end + len(_OWNS_NEXT) for f in found))]
    found += _unlisted_parties(text, lo, start, found)
    found += _unlisted_counterparts(text, lo, start, found)
    if found:
        found += _quoted_parties(text, lo, start, found)
    return sorted(found, key=lambda s: s.start)


def _inside_name(pos: int, spans: list[OrgSpan]) -> bool:
    """Whether `pos` (a full stop) is a name's own ("Kraken Robotics Inc.", "Acme Co. Ltd"),
    which ends no clause."""
    return any(s.start < pos < s.end for s in spans)


# after a body, its watching of the signing that follows: "A则见证", "A现场见证了"
_WITNESS_NEXT = re.compile(r"\s*(?:则|也|亦|还|并|现场|共同|一同|出席并)*见证")
_OWNS_NEXT = "旗下"    # "A旗下B": B belongs to A (a boundary word in org_name_words.csv)


# "「某某科技」，现场与X签署", "「某团队」则由X与其签订": a start-up's name in quotes opening the
# clause (its subject), where no name of the recogniser stands
_QUOTED_PARTY = re.compile(r"[「“『]([\u4e00-\u9fffA-Za-z]{2,8})[」”』]"
                           r"(?=\s*(?:[，,]|则|也|亦|与|和|同|现场|随即|当场))")


_QUOTED_AFTER = ("的", "团队", "企业", "公司", "新创", "初创")


def _quoted_parties(text: str, lo: int, start: int, found: list[OrgSpan]) -> list[OrgSpan]:
    """The parties of a clause named only in quotes, as its subject ("「某某科技」，现场与X签署"),
    when the clause names the other party: a start-up or team has no head noun."""
    if not any(q in text[lo:start] for q in "「“『"):
        return []
    w = word_lists()
    out = []
    for m in _QUOTED_PARTY.finditer(text, lo, start):
        a, b = m.span(1)
        name = text[a:b]
        before = text[lo:m.start()].rstrip()
        if before and not before.endswith(_QUOTED_AFTER):
            continue      # "围绕“智能制造”，与X签署": a topic in quotes, no party
        if any(f.start < b and a < f.end for f in found) or _NOT_PARTY.search(name) or \
                name in w.generic or only_place_zh(name, w):
            continue
        # a start-up or its team: a company (a name's own type word still wins)
        out.append(OrgSpan(a, b, original_span(text, a, b), listed_type="enterprise"))
    return out


_SOURCE = re.compile(r",?\s+according\s+to\b|,\s+(?:a|the)\s+survey\b", re.I)
_YEARLY = re.compile(r"\b(?:in|since|during)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b|\b(?:each|every|per|a)\s+year\b|"
                     r"\blast\s+year\b|\bannually\b|\bso\s+far\s+this\s+year\b", re.I)
# a time before the event: what was done then was done at another occasion
_EARLIER = re.compile(r"\b(?:earlier\s+(?:this|that)\s+(?:week|month|year)|(?:last|the\s+previous|the\s+past)\s+"
                      r"(?:week|month|year|edition)|(?:a|one)\s+(?:week|month|year)\s+(?:ago|earlier))\b",
                      re.I)


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the English clause going on at `pos` ends."""
    m = _CLAUSE_END_EN.search(text, pos, limit)
    return m.start() if m else limit


def _yearly(text: str, end: int, limit: int) -> bool:
    """Whether the English clause after a signing verb dates it to a year or a span of years
    ("signed 61 agreements in 2023", "assigned to X since 2019"): a statistic, no deal of the
    event."""
    return _YEARLY.search(text, end, _clause_end(text, end, limit)) is not None


_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
_MAKER_BEFORE = re.compile(r"\b(?:developed|invented|designed|created|built|bred|engineered)\s+"
                           r"(?:jointly\s+)?by\s+(?:the\s+|our\s+|its\s+|their\s+)?$", re.I)
_LOCATIVE = ("在", "于")
# roles of the bodies that hold the event (a place named after 在 holds none of them)
_HOLDING = ("host", "organizer", "co_organizer")


@lru_cache(maxsize=1)
def _people_subject() -> re.Pattern:
    """The people of the bodies opening the clause ("experts of A and of B held a workshop"):
    org_name_words.csv's English member_noun rows."""
    nouns = "|".join(map(re.escape, word_lists().en_member_nouns)) or "(?!)"
    return re.compile(rf"\b(?:{nouns})\s+(?:of|from)\s+(?:the\s+)?$", re.I)


# "在陕西杨凌" right before a holding verb: a place of no more than a dozen characters
_PLACE_BEFORE = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:共同|联合|联袂)?$")
# a clause opening on "with" ("，现场与Y签署"): its subject is in the clause before
_WITH_OPENER = re.compile(r"\s*(?:现场|当场|随即|随后|同时|并|也|亦|还|则)?(?:与|和|同|跟)")
_QUOTES = {"「": "」", "“": "”", "《": "》", "『": "』"}
_CLOSING_QUOTES = frozenset(_QUOTES.values())


_QUOTE_REACH = 160


def _quoted(text: str, floor: int, pos: int) -> bool:
    """Whether `pos` stands inside a quotation opened in text[floor:pos] (an event's name),
    read over the _QUOTE_REACH characters before it (a name is shorter; a long sentence of
    many triggers costs each its own window, not the whole sentence)."""
    depth = 0
    for c in text[max(floor, pos - _QUOTE_REACH):pos]:
        if c in _QUOTES:
            depth += 1
        elif c in _CLOSING_QUOTES:
            depth = max(0, depth - 1)
    return depth > 0


_PARTY = r"[\u4e00-\u9fffA-Za-z·]{2,12}"
# "A与B签订", "A和B正式签署": the two parties joined right before the signing verb
# "A也跟B签了", "A则同B就X达成": an adverb between the subject and 与
_PARTY_PAIR = re.compile(r"(?P<left>[\u4e00-\u9fffA-Za-z·]{0,12}?)(?:也|亦|还|则|都)?(?:与|和|同|跟)"
                         rf"(?P<right>{_PARTY}?)"
                         # "A与B就X签订": the topic between the pair and the verb
                         r"(?:就[^，。；、]{1,30}?)?(?:正式|现场|共同|成功|顺利|当场|再次|也|还)*$")
# a bullet or the spaces opening a clause ("· A与B签署")
_LEAD_MARK = re.compile(r"[ \t\u3000]*(?:[・•●▪◆■□◇○·*\-–—][ \t\u3000]*)?")
_LONG_PAIR = re.compile(_PARTY_PAIR.pattern.replace("(?P<right>" + _PARTY + "?)",
                                                    r"(?P<right>[\u4e00-\u9fffA-Za-z·]{13,40}?)"))
# what makes a word no party: a function word or a reference to a party the text names elsewhere
_NOT_PARTY = re.compile(r"[的了在是为于就对向把被还也亦都已将又并]|^(?:本|我|该|其|双|各|两|此|这|贵|全|多)|"
                        # "与一家深圳企业签约", "珠海一家企业": a count of a kind, no name
                        r"[\d一二三四五六七八九十两几数多]+[家所个间位名]|"
                        # "与俄方合作伙伴签订", "与外方企业": a side named by its country, no name
                        r"^[\u4e00-\u9fff]方(?:合作|伙伴|企业|单位|机构|代表)")


def _unlisted_parties(text: str, lo: int, start: int, found: list[OrgSpan]) -> list[OrgSpan]:
    """The party of "A与B签订" the recogniser did not find when it found the other one: a
    company written without its legal form ("…有限公司与西门子能源签订", "和硕联合科技与…策进会签署")."""
    m = _PARTY_PAIR.search(text, max(lo, start - 40), start)
    by_end = {s.stop: s for s in found}
    by_start = {s.start: s for s in found}
    if m is None:
        # "江苏产研院与合肥…能源研究院签署": a known right party longer than an unknown one may be
        m = _LONG_PAIR.search(text, max(lo, start - 60), start)
        if m is None or m.start("right") not in by_start:
            return []
    left = text[m.start("left"):m.end("left")]
    if m.end("left") in by_end and m.start("right") not in by_start:
        s, e = m.span("right")
    elif m.start("right") in by_start and m.start("left") == _LEAD_MARK.match(text, lo).end() \
            and m.end("left") not in by_end \
            and len(left) >= 2:
        s, e = m.span("left")        # the unknown party opens the clause
    elif m.start("right") not in by_start and m.end("left") not in by_end and \
            (not left or _NOT_PARTY.search(left)) and \
            classify_org(text[m.start("right"):m.end("right")]) == "enterprise":
        # "…，已于展期中与广达电脑签署": the other party is the subject of an earlier clause;
        # the unknown one counts when its name says it is a company
        s, e = m.span("right")
    elif m.start("left") == _LEAD_MARK.match(text, lo).end() and len(left) >= 2 and \
            m.end("left") not in by_end and m.start("right") not in by_start and \
            "enterprise" in (classify_org(left), classify_org(m.group("right"))) and \
            _headless_name(left) and _headless_name(m.group("right")) and \
            not any(f.start < m.end("right") and m.start("left") < f.end for f in found):
        # (a known name across the pair: "A所与B天和C公司" split at the 和 inside B's name)
        # "甲创投与乙资本宣布，将共同投资": two names unknown to the recogniser, one of them
        # saying it is a company, as the clause's subject
        return [OrgSpan(*m.span(g), original_span(text, *m.span(g)))
                for g in ("left", "right")]
    else:
        return []
    if any(f.start < e and s < f.end for f in found):
        return []         # "A大学化学系与B签约": the known name stands in the party
    w = word_lists()
    name = text[s:e]
    if _NOT_PARTY.search(name) or name in w.generic or name in w.kinds_zh or \
            any(b in name for b in w.boundary if len(b) > 1 and b not in _IN_NAMES) or \
            only_place_zh(name, w) or _part_of_a_body(name):
        return []
    # "淡江大学亦与新日兴签署": a party with no head noun and no short form's ending is a company
    kind = "enterprise" if classify_org(name) == "other" and \
        not name.endswith(w.short_form_ends) else None
    return [OrgSpan(s, e, original_span(text, s, e), listed_type=kind)]


def _part_of_a_body(name: str) -> bool:
    """"中大太空科学与工程学系": a department or team of a body, whose body is the party."""
    return name.endswith(tuple(u for u in word_lists().unit_ends if u not in ("院", "省")))


# boundary words that also stand inside company names (和硕联合科技, 联合利华, 世界卫生组织)
_IN_NAMES = ("联合", "组织")


# "X分别与A、B及C签署", "X与A（甲）、B签署": the list of counterparts between 与 and the verb
_WITH_LIST = re.compile(r"(?:分别(?:与|同|跟|和)|与|同|跟)(?P<items>[^，。；！？\n]{5,90}?)"
                        r"(?:分别|共同|正式|现场|成功|顺利|当场|也|还)*(?:就[^，。；、]{1,30}?)?"
                        r"(?:分别|共同|正式|现场|成功|顺利|当场)*$")
_COUNTERPART = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z·]{2,12}?)(?:[（(][^（()）]{1,12}[）)])?"
                          r"(?:、|以及|及|和|$)")

# "兴大则分别和A、B签署": a short form with no head noun opening the clause, as its subject
_SHORT_SUBJECT = re.compile(r"\s*(?![本我该其双各两此这])[\u4e00-\u9fff]{2,5}?(?:则|也|亦|还)?")
_KNOWN_REST = re.compile(r"(?:[（(][^（()）]{1,12}[）)])?(?:、|以及|及|和|$)")


def _unlisted_counterparts(text: str, lo: int, start: int, found: list[OrgSpan]) -> list[OrgSpan]:
    """The counterparts of a known party listed after its 与 ("X分别与A、B及C签署"), when the
    recogniser knows only some of them: two or more items, each a known name or a word that
    passes as a party's name; any other word and the list is no list of parties."""
    m = _WITH_LIST.search(text, max(lo, start - 100), start)
    if m is None or not (any(f.stop == m.start() or (f.stop == m.start() - 2 and
                                                     text.startswith("分别", f.stop)) for f in found)
                         or _SHORT_SUBJECT.fullmatch(text, lo, m.start())):
        return []
    a, b = m.span("items")
    w = word_lists()
    out: list[OrgSpan] = []
    pos, count = a, 0
    by_start = {f.start: f for f in found}
    while pos < b:
        known = by_start.get(pos)
        if known is not None:     # a known name, then its bracketed short form and the separator
            rest = _KNOWN_REST.match(text, known.stop, b)
            if rest is None:
                return []
            pos, count = rest.end(), count + 1
            continue
        item = _COUNTERPART.match(text, pos, b)
        if item is None:
            return []
        s, e = item.span("name")
        count += 1
        pos = item.end()
        if any(f.start < item.end() and s < f.end for f in found):
            continue
        name = text[s:e]
        if _NOT_PARTY.search(name) or name in w.generic or name in w.kinds_zh or \
                any(x in name for x in w.boundary if len(x) > 1 and x not in _IN_NAMES) or \
                only_place_zh(name, w):
            return []
        out.append(OrgSpan(s, e, original_span(text, s, e), listed_type="enterprise"
                           if classify_org(name) == "other" else None))
    return out if count >= 2 else []


def only_place_zh(name: str, w) -> bool:
    """A city, province or country (无锡市, 日本): a place, not a party."""
    place = name[:-1] if name[-1] in "省市区县" else name
    places = w.zh_places.get(place[0], ())
    return place in places or name in places or name in w.zh_countries   # 安徽省 is listed whole


# verbs whose counterpart follows "to" (licensed / transferred / assigned / sold / handed … to X)
_TO_VERBS = ("licen", "trans", "assig", "sold ", "hand ", "hande", "hands")
_PARTY_AFTER = re.compile(r"\s+(?:with|to)\s+(?:the\s+)?(?=[A-Z])")
_LICENSED_TO = re.compile(r"(?<=\s)to\s+(?:the\s+)?(?=[A-Za-z])")
# ", and a formulation to (the) …": a coordinated object in lower case, then its receiver
_SECOND_TO = re.compile(r",\s+and\s+(?:an?|the|its|their)\s+[^\sA-Z,.;][^,.;:]{0,80}?\s+to\s+(?:the\s+)?"
                        r"(?=[A-Za-z])")
_PAIR_WITH = re.compile(r"[ \t]+with[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# "signed a license worth ₺85 million with home appliance maker X": the counterpart after the
# signed thing's "with" (lower-case words between, so no name is skipped)
_SIGNED_THING_WITH = re.compile(r"\s+(?:an?|the|its|their|two|three|\d+)\s+(?:[^\sA-Z.;,][^\s.;,]*\s+){1,8}?"
                                r"with\s+(?:the\s+)?(?=[A-Za-z])")
# the clause opens on the party: "a deal in which X agreed to license", "under which X …"
_RELATIVE_OPENER = re.compile(r"\b(?:in|under|by|through)\s+which\s+$|\bwhereby\s+$")


def _with_unlisted_parties(text: str, start: int, end: int, floor: int, limit: int,
                           spans: list[OrgSpan], found: list[OrgSpan]) -> list[OrgSpan]:
    """A signing clause's parties the recogniser does not know: the list right before the verb
    when it names two or more ("where A, B and C each signed"), the name right after "with"
    ("a supply deal with X")."""
    taken = {s.start for s in found}
    more: list[OrgSpan] = []
    party = _PARTY_AFTER.match(text, end, limit)
    if party is None and text[start:start + 5].lower() in _TO_VERBS:
        # "licensed a bioplastic to the packaging firm X": the licensee after "to"
        party = _LICENSED_TO.search(text, end, min(limit, end + 100))
    if party is None and text[start:start + 4].lower() in ("sign", "inke", "conc"):
        party = _SIGNED_THING_WITH.match(text, end, limit)
        if party and not (text[party.end():party.end() + 1].isupper() or
                          _descriptor().match(text, party.end(), limit)):
            party = None     # "three licences with tanneries from X": no named counterpart
    if party and party.end() not in taken:
        more += [s for s in _list_after(text, party.end(), limit, spans, False, True)
                 if s.start not in taken]
    if party and text[start:start + 5].lower() in _TO_VERBS and ", and " in text[party.end():limit]:
        # "licensed a sensor to X, and a formulation to the agritech company Y": the verb's
        # second object has a receiver of its own
        second = _SECOND_TO.search(text, party.end(), limit)
        if second and second.end() not in taken:
            more += [s for s in _list_after(text, second.end(), limit, spans, False, True)
                     if s.start not in taken and s not in more]
    # "signed agreements with partners: A with B for …, and C with D as well as with E":
    # the counterpart after each known party's "with"
    stops = {s.stop: s for s in found}
    for pair in _PAIR_WITH.finditer(text, end, limit):
        if pair.start() in stops and pair.end() not in taken:
            more += [s for s in _list_after(text, pair.end(), limit, spans, False, True)
                     if s.start not in taken and s not in more]
    filler = _EN_BEFORE_FILLER.search(text, max(floor, start - 60), start)
    pos = before = filler.start() if filler else start
    items: list[OrgSpan] = []
    while pos > floor and len(items) < 12:
        s = name_before(text, pos, floor)
        if s is None or s.end != pos or s.start in taken or \
                _THING_OF.search(text, max(floor, s.start - 30), s.start):
            break           # "in the university's Paraninfo, A and B signed": a hall of it
        items.append(s)
        sep = _MATE_BEFORE.search(text, max(floor, s.start - 12), s.start)
        if sep is None:
            break
        pos = sep.start()
    if len(items) >= 2 or (items and _RELATIVE_OPENER.search(
            text, max(floor, items[-1].start - 16), items[-1].start)):
        more += items       # "a deal in which X agreed to license": the one party named
    elif len(items) == 1 and _described_subject(text, items[0], text[before:start], floor):
        more += items       # "X, the Leeds-based engineering company, signed a licence"
    if not more:
        return found
    # a party whose name the recogniser did not know and that carries no type word is a
    # brand: the counterpart a technology is licensed to or signed with is a company
    known = {s.start for s in spans}
    more = [replace(s, listed_type="enterprise") if s.start not in known and s.listed_type is None
            and s.ref is None and classify_org(s.name) in ("other", "enterprise") else s
            for s in more]
    return sorted(found + more, key=lambda s: s.start)


# what may open a clause before its subject ("Among them, the Leeds-based maker X …")
_CLAUSE_OPENER = re.compile(r"(?:^|[.;:!?\n]|\b(?:and|but|while|whereas)\b)[\s,\"“'‘(]*(?:(?:Among\s+them|In\s+addition|"
                            r"Meanwhile|Separately|Also|Elsewhere|Finally)\s*,?\s*)?(?:the\s+|a\s+)?$")
_BASED_BEFORE = re.compile(r"(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-based|[A-Z][\w'’]*)"
                           r"(?:\s+[a-z][\w-]*){1,3}\s+$")
_FILLER_DESCRIBES = re.compile(r"['’]s?\s|,\s+(?:the|an?|its)\s+\S")


def _described_subject(text: str, item: OrgSpan, words: str, floor: int) -> bool:
    """Whether one unknown name opening its clause is told to be an organisation by what
    stands around it: a description between commas after it ("X, the Leeds-based engineering
    company, signed"), a part of it acting ("X's Galway operation signed"), or a place-based
    kind before it ("Tulsa-based drilling contractor X optioned")."""
    begin = item.start
    based = _BASED_BEFORE.search(text, max(floor, begin - 60), begin)
    if based and _kind_in(based.group()) is not None or (based and "-based" in based.group()):
        begin = based.start()
    elif not _FILLER_DESCRIBES.search(words):
        return False
    # the sentence's start opens a clause too
    window = ("\n" if begin - 40 <= floor else "") + text[max(floor, begin - 40):begin]
    return _CLAUSE_OPENER.search(window) is not None


_LOWER_WORD = re.compile(r"[ \t]+[a-z]")
# a run of lower-case words closing a noun phrase (then a break: punctuation, a verb, the end)
_LOWER_RUN = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,4}?[ \t]+([a-z]+)(?=[ \t]*(?:[,.;:)]|$))")


def _described_by_lower_head(text: str, end: int, limit: int) -> bool:
    """Whether lower-case words after `end` close a noun phrase on an organisation's head
    noun ("… technology transfer network,"): the capitalised word before them describes it."""
    m = _LOWER_RUN.match(text, end, limit)
    return bool(m) and m.group(1).capitalize() in word_lists().en_heads
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")


# "University of Nottingham, " right before a site's name: the body whose site it is
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*,\s*$")


def _unlisted_name(text: str, pos: int, limit: int) -> OrgSpan | None:
    """A capitalised name the recogniser did not know, standing in a role list (brands:
    'in collaboration with Nordhaven and Brightloop')."""
    m = CHUNK.match(text, pos, limit)
    if m is None:
        brand = _LOWER_BRAND.match(text, pos, limit)    # "i2E, Inc.", "eBay"
        if brand is None:
            return None
        name = original_span(text, pos, brand.end())
        return OrgSpan(pos, pos + len(name), name)
    end = m.end()
    joint = re.search(r"\s+and\s+", m.group())
    if joint:       # "Nordhaven and Brightloop": two names, the list goes on after the first
        end = m.start() + joint.start()
    end = comma_rest(text, text[m.start():end], end)    # "Faculty of Agriculture, Food and …"
    owner = _OWNER_INSIDE.search(text, m.start(), end)
    if owner:           # "ORNL's Partnerships office": the owner is the name
        end = owner.start()
    words = text[m.start():end].split()
    w = word_lists()
    if len(words) == 1 and words[0] in w.en_heads:
        # "the University's company": a thing of the body the text is about; "the Institut
        # quantique": a head whose name goes on in lower case is no name on its own
        return None
    if bare_level(" ".join(words)):
        return None     # "members of the City Council": every city has one, no body named
    if len(words) > 6 or words[0] in w.lead or words[0].removesuffix("s") in w.lead or \
            words[-1].rstrip(".,") in w.not_org or \
            _NOT_A_NAME.match(m.group()) or _only_places(" ".join(words)):
        return None
    if PERSON_TITLE_AFTER.match(text, end, limit):
        return None     # "Anna Berg, Head of …": a person and a title
    after = _NEXT_LOWER_WORD.match(text, end, limit)
    if (after and after.group(1) in w.sites) or (
            words[-1].rstrip(".,").lower() in w.sites and
            _NAME_COMMA_BEFORE.search(text, max(0, m.start() - 80), m.start())):
        # "through its St Augustine campus", "Host venue: X, Jubilee Campus": the body's site
        # (after the body's name), not a body; "organised by Brightlands Chemelot Campus" is one
        return None
    if len(words) == 1 and after and _described_by_lower_head(text, end, limit):
        return None     # "members of the Arab technology transfer network": a word describing
        #                 a body named in lower case, no name of its own
    if any(x.rstrip(".") in w.en_titles for x in words[:2]):
        return None     # "Prime Minister X": a person
    if len(words) == 1 and words[0][-2:] in ("'s", "’s") and words[0][:-2] in w.en_heads:
        return None     # "the University's company": a thing of the body the text is about
    if words[-1][-2:] in ("'s", "’s") and _LOWER_WORD.match(text, end, limit):
        # "researchers from Transylvania's universities": the owner of what takes part, a
        # place or a body the text does not name as a party
        return None
    if re.fullmatch(r"[A-Z]{2,}s", words[0]) and len(words) == 1:
        return None     # "faculty of IITs": a plural acronym names a kind of institution
    if len(words) == 1 and not words[0].isupper() and country_code(words[0]):
        return None     # "researchers from Serbian and regional universities": a country's word
    name = original_span(text, m.start(), end).rstrip(".,")
    return OrgSpan(m.start(), m.start() + len(name), name)



@lru_cache(maxsize=8192)   # the same names recur across a corpus; the lookup tries every country
def _a_province(name: str) -> bool:
    return province_code(name, None) is not None


def _only_places(name: str) -> bool:
    """Whether a capitalised phrase is nothing but place names ("Ljubljana", "New York"); a
    name holding a place ("Porto Digital", "Ruta N Medellín") is still a name."""
    places = find_places(name)
    if not places:
        # "Delegations came from Karnataka, Kerala …": a state or province of any country
        return _a_province(name.strip())
    rest = name
    for p in sorted(places, key=lambda p: p.start, reverse=True):
        rest = rest[:p.start] + rest[p.end:]
    # "the Republic of Ireland": a country's long form; "Alsace in France": a one-word place
    # named by the country it lies in
    rest = _state_form().sub(" ", rest)
    if _ONE_WORD_IN.fullmatch(rest.strip()):
        return True
    return not re.search(r"[A-Za-z]{2}", rest.replace(" and ", " ").replace(" the ", " "))


@lru_cache(maxsize=1)
def _state_form() -> re.Pattern:
    """A country's long form before "of" ("the Republic of Ireland", "the People's Republic of"):
    org_name_words.csv, kinds state_form and state_form_lead."""
    words = word_lists()
    lead = "|".join(re.escape(w).replace("'", "['’]") + r"\s+" for w in words.state_form_leads)
    heads = "|".join(map(re.escape, words.state_forms)) or "(?!)"
    return re.compile(rf"\b(?:(?:{lead or '(?!)'})*(?:{heads}))\s+of\b")


_ONE_WORD_IN = re.compile(r"[A-Z][a-z'’-]{2,}\s+in")


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern:
    """A lower-case description before a name ("the Walloon investment agency SRIW"): the words
    are org_name_words.csv's English descriptor, sponsor_tier, sponsor_noun, unit_of,
    trades_noun and list_lead rows."""
    words = word_lists()

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.en_describing[key]) \
            or "(?!)"
    return re.compile(
        # "and Gold Sponsors X"
        rf"(?i:(?:{alt('sponsor_tier')})\s+(?:{alt('sponsor_noun')}))\s+(?=[A-Z])|"
        # "the Hanoi unit of X", "the local branch of X": a unit named by its place, then its body
        rf"(?:(?:the|a|its)\s+)?(?:[A-Z][\w'’-]*\s+|local\s+|regional\s+){{1,3}}(?:{alt('unit_of')})"
        r"\s+of\s+(?:the\s+)?(?=[A-Z])|"
        # "Knoxville-based X": where it is based, then the name
        r"(?:the\s+|a\s+|an\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?-based\s+(?=[A-Z])|"
        r"(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*\s+)?(?:(?!and\s|or\s)[a-z][\w-]*\s+){0,3}?"
        rf"(?:{alt('descriptor')})\s+(?=[A-Z])|"
        # "the furniture and textile group X": a company described by its two trades
        rf"(?:the\s+|a\s+|an\s+)?[a-z][\w-]*\s+(?:and|&)\s+[a-z][\w-]*\s+(?:{alt('trades_noun')})"
        r"\s+(?=[A-Z])|"
        # "… and industry partners including A and B": the list goes on after the description
        r"(?:(?!and\s|or\s)[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+"
        rf"(?:{alt('list_lead')})\s+(?:the\s+)?(?=[A-Z])")


_UNITS_SUCH_AS = re.compile(
    r"\b(?:departments?|divisions?|units?|offices?|sections?|branches|subsidiaries|faculties|"
    r"schools|colleges)\s*,?\s*(?:such\s+as|including|like|namely)\b[^.;:!?]*$", re.I)
@lru_cache(maxsize=1)
def _gov_level() -> re.Pattern:
    return re.compile("(?:" + "|".join(map(re.escape, word_lists().gov_levels)) + r")\s+(?=[A-Z])")


_APPOSITIVE_GAP = re.compile(r",\s+(?:the|an?|its)\s+(?P<desc>[^,.;:()\n]{1,80}),\s*(?:\w+\s+){0,2}?$")
_OWNER_AT_END = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){0,5}?[A-Z][\w&.-]*['’]s[ \t]+$")
_OWNER_OF_UNIT = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){0,5}?[A-Z][\w&.-]*['’]s[ \t]+")
_COUNTRY_OWNER = re.compile(r"([A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+")
# "A of the X", "A under the X Ministry": the body before its parent
_OF_PARENT_BEFORE = re.compile(r"\s+(?:of|under)\s+(?:the\s+)?$")
_OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s\s+")
_NOT_A_NAME = re.compile(
    "(?:" + "|".join((*month_names(), *weekday_names(), *word_lists().honorifics_en)) + r")\b")
