"""Who took part (not who organised): institution types with their shares or counts, types
listed together, and the provinces and countries participants came from.

Read statement by statement (a sentence, or a part of one closed by a semicolon) that speaks of
people or organisations taking part; every look-up reads a bounded window around its match, so
the cost is linear in the text. Words → types live in data/reference/participant_types.csv (a
word may name several types: 产学研 = enterprise, university, research institute).
"""
from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, wraps

from etl import gazetteer
from etl.extract.attendance import word_alternation
from etl.extract.home import home_country
from etl.extract.months import number_words
from etl.extract.numerals import cn_numeral
from etl.extract.orgnames.words import word_lists
from etl.extract.places import find_place
from etl.extract.records import MixFinding, OrgMention
from etl.extract.text import evidence_at, has_cjk, spans_of, view_of
from etl.extract.word_trie import word_pattern
from etl.places.lookup import alias_rows, province_code
from etl.reference import read_csv

_WINDOW = 200        # characters of a statement read after a list opener or a count
_MAX_STATEMENT = 2000

# The lookahead lists the words' first letters: fast skipping, same matches.
_EN_CUE = re.compile(
    r"(?=[acdegmoprstvbtjex])\b(?:attend\w*|participa\w*|trainees?|delegates?|delegations?|guests?|"
    r"representatives?|visitors?|audiences?|exhibitors?|students|experts|officials|"
    r"professionals|managers|people|persons|consul\w*|diplomats?|gathered|took\s+part|"
    r"take[ns]?\s+part|taking\s+part|"
    r"brought\s+together|joined|represented|aimed\s+at|targeted\s+at|open\s+to|welcomed?|"
    r"c[oa]me\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+|primarily\s+)?from|"
    r"travell?ed\s+(?:in\s+)?from|on\s+display|showcased|exhibited)\b", re.I)
_ZH_CUE = re.compile(r"参会|参加|参赛|出席|参与|报名|学员|代表|嘉宾|与会|观众|来宾|专家|人员|领事|参展|踊跃|"
                     r"共襄盛举|纷纷|齐聚|汇聚|到场|来自|主宾国|签约|签下|签署|入围|"
                     r"提供(?:了)?(?:技术|成果|项目)")
_ORGANISER = re.compile(r"\b(?:organi[sz]ed\s+by|hosted\s+by|co-organi[sz]ed|sponsored\s+by|"
                        r"supported\s+by|jointly\s+held\s+by|under\s+the\s+guidance)\b|主办|承办|协办",
                        re.I)
_STATEMENT_END = re.compile(r"[；;]")
# "（图说：A与三家企业代表合影）", "Photo: …": a caption line
# "图片说明：…", "【图片说明】…": a photo caption
_CAPTION = re.compile(r"\s*[（(【\[]?\s*(?:图说|图注|图片说明|图为|(?:(?:photo|image|picture)\s+)?"
                      r"(?:caption|photo|pictured))\s*(?:[】\]]\s*[:：]?|[:：])", re.I)
# A short heading line after a bullet mark ("■ 参会构成", "【参会情况】"): with a cue, its lines
# below are its items, as after a colon.
_HEADING = re.compile(r"\s*[■□◆◇●○▲△▶【][^。.!?！？\n]{1,24}$")
# A bulleted list item: its mark (a bullet, a dash, an arrow or an emoji) and a space.
_BULLET = re.compile("\\s*([•·▪◦‣●○■□◆◇▶►➤✓✔*\\-–—]|[\U0001F300-\U0001FAFF\u2600-\u27BF])\\s")
# A list item under an intro line ("Delegates by sector:") is a short line of its own.
_ITEM_LINE = 160
_FRACTIONS = {"half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
              "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
              "one quarter": 0.25, "three quarters": 0.75, "一半": 0.5, "半数": 0.5}
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}
_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10}
# English number words (number_words.csv) for a share written out: tens, then units and teens
_NUMBER_WORDS = number_words()
_TENS, _UNITS, _TEENS = ("|".join(w for w, v in _NUMBER_WORDS.items() if test(v)) for test in (
    lambda v: v >= 20 and v % 10 == 0, lambda v: 1 <= v <= 9, lambda v: 10 <= v <= 19))
_SHARE = re.compile(
    r"(?=[\dohatfsenw一二两三四五六七八九十半百])(?:"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|％|\s(?:percent|per\s+cent)\b)"
    # "Sixty-one per cent": a percentage written in words, as a sentence must open
    rf"|\b(?P<wpct>(?:{_TENS})(?:[\s-](?:{_UNITS}))?|{_TEENS}|{_UNITS})\s+(?:percent|per\s+cent)\b"
    # 百分之五十八 is 58 % (an official paper's way of writing it)
    r"|百分之(?P<zhpct>[〇零一二两三四五六七八九十]{1,4}|\d+(?:\.\d+)?)(?![〇零一二两三四五六七八九十百\d])"
    r"|(?P<frac>\b(?:one\s+half|half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|"
    r"one\s+quarter|three\s+quarters)\b|一半|半数)"
    # "one in four delegates", "two out of five": k in n
    r"|\b(?P<k>one|two|three|[1-9])\s+(?:in|out\s+of)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b"
    # 六成 is 60 %; 二〇二四成大 is a year before a name
    r"|(?<![\d〇零一二两三四五六七八九十百千])(?P<cheng>[一二两三四五六七八九\d])成"
    r"(?:(?P<half>半)|(?P<tenth>[一二三四五六七八九])(?![成分万千百十个家名人项年月日位所间]))?"
    r"(?![员功立果])"
    r"|(?P<den>[二三四五六七八九十\d]+)分之(?P<num>[一二三四五六七八九\d]+))", re.I)
# What may stand right before a share written 三成为…: a qualifier, 有 or 占.
_SHARE_LEAD = frozenset("约近逾超有占另余达")
_REST = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+remaining|the\s+others)\b|其余|其他人|剩余",
                   re.I)
# The share follows its category: "企业代表占60%", "universities accounted for 30%".
# "…, and enterprises for 37 percent": the verb left out after a plural kind.
_SHARE_AFTER = re.compile(r"(?:占(?:[^，。；,;]{0,10}的)?|占比|比例为|为|合计|合共|共计|accounted\s+for|made\s+up|"
                          r"(?<=[a-z]s)\s+for|"
                          r"making\s+up|represented|comprised|constituted)\s*(?:了|约|近|超过|about|"
                          r"around|over|nearly|some|almost)?\s*$", re.I)
# A share in brackets after its category: "industry (about 60 percent)", "企业（约占六成）".
_BRACKET_OPEN = re.compile(r"[(（]\s*(?:the\s+(?:remaining|rest)\s*|about|around|approximately|roughly|some|nearly|almost|"
                           r"over|more\s+than|约占|约|近|占|超过|逾)?\s*$", re.I)
# "companies located at science parks": the place they sit in is their kind.
_LOCATED = re.compile(r"\b(?:located|based|housed)\s+(?:at|in)\b|\blinked\s+to\b|"
                      r"\baffiliated\s+(?:with|to)\b|\bbelong(?:ing)?\s+to\b|入驻|位于", re.I)
_HOME = re.compile(r"(?:境内|国内)(?:的)?(?P<noun>嘉宾|代表|企业|人员|专家|学员|来宾|客商)?"
                   r"(?:共|有|达|共有|共计)?(?P<n>\d+)\s*(?:余|多)?(?:人|名|位|家)")
# A figure glued to letters is an ordinal or a name ("the 14th meeting", "5G"), not a count.
_COUNT_EN = re.compile(r"(?<![\w.,$€£¥])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d|\s*%|\s*per|[A-Za-z])")
_PEOPLE_UNITS = ("位", "名", "人")
_ORG_UNITS = ("家", "所", "间")
# A list joiner right before a count's kind: 负责人及企业代表 (the kind is one part of the list).
_JOINED_BEFORE = re.compile(r"(?:及|和|与|以及)$")
_COUNT_ZH = re.compile(r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百千万]+)"
                       r"(?P<mod>余|多)?(?P<unit>家|所|间|位|名|人)")
# The parts of a head count's noun group: 企业代表、投资者及科研人员; "investors, entrepreneurs and
# executives".
_PART_SPLIT = re.compile(r"\s*(?:、|以及|及|和|与|,\s*(?:and\s+)?|\band\b|\bor\b)\s*")
_EN_PEOPLE_END = re.compile(r"[;:.()]|\d|\b(?:who|which|from|with|were|was|in|at|to|for|"
                            r"attended|joined|gathered|took|will)\b", re.I)
# "45 of them represented academia", "30 were from universities".
# A head count that the parts of a statement add up to: 参会人员500人, "50 people attended".
_TOTAL = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:人|名|位|people|participants|attendees|"
                    r"delegates|guests)(?![\u4e00-\u9fff]{0,2}中)", re.I)
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|whom)\s+)?(?:[a-z]+\s+){0,2}?(?:represented|were|came|are)"
                      r"\s+(?:from\s+)?", re.I)
# Between two kinds of one noun group: "businesses, research institutes and universities".
_EN_JOIN = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+|or\s+|as\s+well\s+as\s+)?(?:other\s+)?"
                      r"(?:[A-Za-z-]+\s+){0,2}?$")
# Where a count's noun group ends (English): a clause mark, the next figure, a new clause.
_EN_GROUP_END = re.compile(r"[,;:.()]|\d|\b(?:together\s+with|along\s+with|while|who|which|"
                           r"from|with|were|was|took|attended|joined|gathered|will)\b", re.I)
_ZH_GROUP_END = re.compile(r"[，。；,;：:]|\d|[一二两三四五六七八九十百千万]+(?:余|多)?[家所间位名人]")
@lru_cache(maxsize=1)
def _count_types_before() -> re.Pattern:
    """What may stand between a kind and its count (参会的企业负责人共有, 来自企业者41名: 者 "those
    (from)" after the kind): the people nouns are attendance_words.csv's count_people."""
    return re.compile(rf"(?:的)?(?:相关)?(?:{word_alternation('count_people')})?(?:则|共|总共)?"
                      r"(?:有|达|共有|共计|超过|逾|约|近)?\s*$")


# "Delegates included investors, …": the kinds the participants are.
_FROM = re.compile(r"\b(?:came\s+from|were\s+from|from|representing|representatives\s+of|"
                   r"(?:(?<=delegates\s)|(?<=participants\s)|(?<=attendees\s)|(?<=guests\s)|"
                   r"(?<=visitors\s)|(?<=trainees\s)|(?<=audience\s))(?:include[sd]?|comprised)|"
                   r"(?:with\s+the\s+)?participation\s+of(?:\s+(?:more\s+than|over|about|some|"
                   r"nearly|around))?(?:\s+[\d,]+)?)\b|来自", re.I)
# Where a "from …" list stops: the clause ends or the sentence moves on to what they did.
_LIST_END = re.compile(
    r"[;；。.!?！？]|的(?!\s*[、，,])|\b(?:will|would|to|who|which|gathered|attended|"
    r"participated|joined|exchanged|discussed|took|were|are|have|has|had)\b")
_PLACE_LIST_END = re.compile(r"[;；。!?！？]|\.(?:\s|$)|的|\b(?:will|who|which|to)\b")
# A group of people or organisations named by their kinds: 高校、科研院所、企业等单位; 产学研各界.
_ZH_GROUP = re.compile(r"(?:等)?(?:各界|各方|单位|代表|机构|人士|专家|嘉宾|团队|界|方面|师生|负责人|领导|"
                       r"官员|人员)")
_SEAT_BEFORE = re.compile(r"(?:\bin\s+|驻)$")
_MISSION = re.compile(r"Consul|Embass|Mission|Office|Delegation|驻", re.I)
_ORG_AFTER = re.compile(r"\s*(?:[A-Z][a-z]|大学|学院|研究|公司|集团|医院|中心|协会|科技|理工|"
                        r"师范|政府|市委|省委|海关|银行)")
_DIPLOMATIC = re.compile(
    r"(?:Consulate(?:[- ]General)?|Embassy|Consular\s+Office)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|\b[A-Z][a-z]+\s+(?:Embassy|Consulate(?:[- ]General)?)\b")
_ZH_DIPLOMATIC = re.compile(r"[\u4e00-\u9fff]{2,8}驻[\u4e00-\u9fff]{1,8}?(?:大使馆|总领事馆|领事馆|使馆)")
# Guest countries of honour take part by definition.
_GUEST_COUNTRY = re.compile(r"主宾国(?:为|是)?|"
                            r"\b(?:guest|partner)\s+countr(?:y|ies)\s+of\s+honou?r\b|"
                            r"\bcountr(?:y|ies)\s+of\s+honou?r\b", re.I)


@lru_cache(maxsize=1)
def _type_patterns() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    words: dict[str, tuple[str, ...]] = {}
    for r in read_csv("participant_types.csv"):
        w = " ".join(r["word"].strip().lower().split())
        if w:
            words.setdefault(w, tuple(r["org_type"].split("+")))
    if not words:
        return None, words
    return word_pattern(list(words)), words


# A word for several kinds that ends in a group noun names a group by itself (学研机构).
# 院所 "institutes" closes 高校院所 as 机构 closes 学研机构.
_GROUP_NOUNS = ("机构", "单位", "界", "院所")


# A kind word that only says who funds, owns or runs the next one: "government-funded research
# institutes", "university-owned companies".
_MODIFIER_AFTER = re.compile(r"-[a-z]+(?:ed|run)\b")


def _type_matches(span: str) -> Iterator[tuple[re.Match, tuple[str, ...]]]:
    rx, words = _type_patterns()
    if rx is None:
        return
    pending = None
    for m in rx.finditer(span):
        w = m.group()
        if len(w) > 1 and w[0].isupper() and w[1].islower() and _proper_name(span, m):
            continue      # a proper name ("Peking University"), not a kind of institution
        kinds = words.get(" ".join(w.lower().split()))
        if not kinds or _MODIFIER_AFTER.match(span, m.end()):
            continue
        if len(kinds) > 1 and not (_ZH_GROUP.match(span, m.end()) or w.endswith(_GROUP_NOUNS)):
            continue      # 产学研 names a group only as 产学研各界/代表/单位, not in 产学研合作
        if pending and not (kinds == ("enterprise",) and _whose(span, pending[0], m)) and \
                not (pending[1] == ("other",) and _OTHER_DETERMINER.fullmatch(
                    span, pending[0].end(), m.start())):
            yield pending
        pending = (m, kinds)
    if pending:
        yield pending


# 其他本地大学, "other universities": "other" picks out more of the next kind, no kind itself.
_OTHER_DETERMINER = re.compile(r"[\u4e00-\u9fff]{0,3}|\s+(?:[a-z-]+\s+)?")


def _whose(span: str, first: re.Match, company: re.Match) -> bool:
    """A park's companies are companies: 园区厂商, 园区企业, "science park companies" (a park
    word right before a company word). A university's start-ups are rows of their own in
    participant_types.csv (大学初创, "university spin-offs")."""
    if span[first.end():company.start()] not in ("", " "):
        return False
    return _type_patterns()[1].get(" ".join(first.group().lower().split())) == ("park",)


_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'’.&-]*|[\w'’.&-]*\d[\w'’.&-]*)\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+(?:of\b|[A-Z])")


def _proper_name(span: str, m: re.Match) -> bool:
    """A capitalised kind word inside a name: after a capitalised word ("Peking University",
    "the ABC Company") or before "of" or one ("the University of Auckland", "Universities
    Australia"); "a third were University staff" names the kind."""
    return bool(_NAME_WORD_BEFORE.search(span, max(0, m.start() - 40), m.start()) or
                _NAME_WORD_AFTER.match(span, m.end()))


def _types(span: str, heads_only: bool = False) -> list[str]:
    """The institution types a span names, in order; after "located at" only the place's
    (the head of "university incubators" only: incubators)."""
    loc = _LOCATED.search(span)
    if loc:
        after = _types(span[loc.end():], heads_only=True)
        if after:
            return after
    out: list[str] = []
    for _m, kinds in (_heads(span) if heads_only else _type_matches(span)):
        for t in kinds:
            if t not in out:
                out.append(t)
    return out


def _heads(span: str) -> Iterator[tuple[re.Match, tuple[str, ...]]]:
    """_type_matches without a kind that only modifies the next one: in "university
    incubators" the incubators are the kind."""
    pending = None
    for m, kinds in _type_matches(span):
        if pending and not (m.start() > pending[0].end() and
                            span[pending[0].end():m.start()].isspace() and
                            pending[0].group().isascii()):
            yield pending
        pending = (m, kinds)
    if pending:
        yield pending


def _share_value(m: re.Match) -> float | None:
    if m.group("pct"):
        v = float(m.group("pct")) / 100
    elif m.group("wpct"):
        words = m.group("wpct").lower().replace("-", " ").split()
        v = sum(_NUMBER_WORDS[w] for w in words) / 100
    elif m.group("zhpct"):
        z = m.group("zhpct")
        n = float(z) if z[0].isdigit() else cn_numeral(z)
        v = n / 100 if n else None
    elif m.group("frac"):
        v = _FRACTIONS.get(" ".join(m.group("frac").lower().split()))
    elif m.group("k"):
        k, n = (int(g) if g.isdigit() else _EN_SMALL[g.lower()] for g in m.group("k", "n"))
        v = k / n if k < n else None
    elif m.group("cheng"):
        c = m.group("cheng")
        lead = m.string[m.start() - 1:m.start()]
        if m.string[m.end():m.end() + 1] == "为" and _CJK_CHAR.match(lead) and \
                lead not in _SHARE_LEAD:
            return None   # 统一成为 "become"; 约三成为企业 (30 % are businesses) is a share
        # 六成 60 %, 六成半 65 %, 五成五 55 %
        tenth = _ZH_DIGITS[m.group("tenth")] / 100 if m.group("tenth") else 0
        v = (int(c) if c.isdigit() else _ZH_DIGITS[c]) / 10 + (0.05 if m.group("half") else tenth)
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


def _number(s: str) -> int | None:
    if s[0].isdigit():
        return int(s.replace(",", ""))
    v = cn_numeral("一" + s if s[0] in "十百千万" else s)
    return int(v) if v else None


def _per_sentence(fn: Callable[..., list]) -> Callable[..., list]:
    """`fn`, a pure function of a sentence (and of other strings), with its results kept per
    arguments: the same sentences recur across the articles of a corpus (a press office's
    closing lines, an event's stock phrases), and each is read by a dozen patterns. Every
    call gets a list of its own, and copies of any findings (the caller sets their evidence
    and offsets)."""
    once = lru_cache(maxsize=4096)(lambda *args: tuple(fn(*args)))

    @wraps(fn)
    def again(*args: str | None) -> list:
        kept = once(*args)
        return [copy.copy(r) for r in kept] if kept and isinstance(kept[0], MixFinding) else \
            list(kept)
    return again


@lru_cache(maxsize=8192)
def _names_a_kind(sent: str) -> bool:
    """Whether a participant kind's word stands in `sent` (kept per sentence, as above)."""
    rx = _type_patterns()[0]
    return rx is not None and rx.search(sent) is not None


def find_participant_mix(text: str) -> list[MixFinding]:
    """Participant mix rows (institution types, provinces, countries) with their evidence and
    offsets."""
    if not text:
        return []
    text = view_of(text)
    rows: list[MixFinding] = []
    seen: dict[tuple[str, str, str], int] = {}

    def add(row: MixFinding) -> None:
        key = (row.dimension, row.category, row.basis)     # one row each (SPEC key)
        if key not in seen:
            seen[key] = len(rows)
            rows.append(row)
        elif row.share is not None and rows[seen[key]].share is None:
            # a kind's share of the participants says more about the mix than a count of some
            # of them ("6家生技公司签约" before "与会者中公司约占六成")
            rows[seen[key]] = row

    home = home_country(text)
    for a, b, cue in _statements(text):
        sent = text[a:b]
        if not cue or _CAPTION.match(sent):
            continue      # a photo caption shows some of the people, it counts no participants
        if _ORGANISER.search(sent) and not _FROM.search(sent):
            # who organised is not who took part: only the clauses after the last organiser
            # word are read ("由…共同主办的论坛在上海举行，约200名嘉宾参会，中德双方签署…")
            a += _after_organisers(sent)
            sent = text[a:b]
            if not sent.strip():
                continue
        typed = _names_a_kind(sent)
        # shares of kinds, of places ("Slovenian organisations made up 38%") or of the home
        # country ("国外嘉宾占33%"); counts of kinds only where a kind is named
        share_home = home
        if home is None and (_FOREIGN_SHARE.search(sent) or _OUTSIDE_HOME_IN.search(sent)) and \
                _SHARE.search(sent):
            # "Foreign guests made up 18 percent" in an English text: the rest came from the
            # country the event took place in
            share_home = _event_country(text)
        # a table's row ("2｜项目｜甲大学—乙公司｜1500"): its figures are cells, not counts
        table_row = sent.count("|") + sent.count("｜") >= 2
        # "本地出席者约占58%": the share of the people of where the event is held
        local = _event_country(text) if _origin_words()[1].search(sent) and _SHARE.search(sent) else None
        found = _reported(sent, share_home, local) + (_counted(sent) if typed and not table_row else []) + \
            _delegations(sent)
        if typed and "(" in sent and not table_row:
            bracketed = _bracket_counts(sent)
            if bracketed:
                # "The 640 participants came from industry (352), from universities (211)…":
                # the kinds' own counts, not the head count given to the first kind
                cats = {r.category for r in bracketed}
                totals = {int(t.group("n").replace(",", "")) for t in _TOTAL.finditer(sent)}
                found = [r for r in found if not (r.dimension == "institution_type" and r.count
                                                  and (r.count in totals or r.category in cats))]
                found += bracketed
        covered = {t for r in found for t in r.category.split("+")}
        combined = {t for r in found if "+" in r.category for t in r.category.split("+")}
        # One count over several kinds ("300 businesses, research institutes and
        # universities") is reported for them together and lists each kind that took part.
        listed = [t for r in found if r.count and "+" in r.category
                  for t in r.category.split("+")]
        listed += [t for t in (_listed_types(sent) if typed and not _JUDGES.search(sent) else [])
                   if t not in covered]
        found += [MixFinding("institution_type", t, "listed") for t in dict.fromkeys(listed)]
        counted_kinds = {r.category for r in found if r.basis == "reported" and r.count}
        # "参与厂商共216家，其中IC设计业者占45%，设备业者占30%": shares inside one counted kind
        # say no more than its count
        found = [r for r in found if not (r.basis == "listed" and r.category in counted_kinds)]
        rest = _unshared_rest(found)
        if rest:
            found = [r for r in found if not (r.dimension == "institution_type" and
                                              r.category == rest.category)] + [rest]
        # a province the rest came from ("30% from outside Sarawak") is not listed again
        derived = {r.category for r in found if r.dimension == "province" and r.basis == "derived"}
        found += [MixFinding(dim, code, "listed") for dim, code in _listed_places(sent)
                  if code not in combined and code not in derived]
        # places given one share together (屏東縣及台東縣合計一成五, "Paraná and Rio Grande do Sul
        # together accounted for 22%") each took part: listed too, as a reader counts them
        have = {(r.dimension, r.category) for r in found}
        found += [MixFinding(r.dimension, code, "listed") for r in list(found)
                  if r.dimension != "institution_type" and "+" in r.category
                  for code in r.category.split("+") if (r.dimension, code) not in have]
        found += [MixFinding(dim, code, "listed") for dim, code in _province_runs(sent)]
        found += [MixFinding("province", code, "listed") for code in _region_groups(sent)
                  if ("province", code) not in {(r.dimension, r.category) for r in found}]
        found += [MixFinding("country", home, "reported", count=n) for n in _home_counts(sent)
                  if home]
        if ("全" in sent or "省内" in sent) and _WHOLE_PROVINCE.search(sent):
            code = find_place(text).province_code
            if code and ("province", code) not in {(r.dimension, r.category) for r in found}:
                found.append(MixFinding("province", code, "listed"))
        if "全国" in sent and _WHOLE_COUNTRY.search(sent):
            # the home country counts as an origin beside countries abroad (来自全国…及日本、
            # 德国), not on its own (来自全国28个省区市的企业: a domestic show)
            cc = _event_country(text)
            abroad = any(r.dimension == "country" and r.category != cc for r in found)
            if cc and abroad and ("country", cc) not in {(r.dimension, r.category) for r in found}:
                found.append(MixFinding("country", cc, "listed"))
        found += [MixFinding("country", cc, "reported", count=n) for cc, n in _origin_counts(sent)]
        have = {(r.dimension, r.category) for r in found}
        found += [MixFinding(dim, code, "listed") for dim, code in _places_before_counts(sent)
                  if (dim, code) not in have] if typed and has_cjk(sent) else []
        counted = _place_people_counts(sent) if has_cjk(sent) else []
        if counted:
            # "海南本地的学员128名，来自广东、广西的学员分别为41名和19名": a place's people
            # counted is reported with its count, not listed again
            places = {(d, c) for d, c, _n in counted}
            found = [r for r in found if (r.dimension, r.category) not in places or
                     r.basis != "listed"]
            found += [MixFinding(d, c, "reported", count=n) for d, c, n in counted]
        have = {(r.dimension, r.category) for r in found}
        found += [MixFinding(dim, code, "listed") for dim, code in _besides(sent)
                  if (dim, code) not in have] if "除" in sent else []
        other = _other_side(found, sent)
        if other:
            found.append(other)
        _shares_of_total(found, sent)
        if found:
            lead = len(sent) - len(sent.lstrip())
            evidence = evidence_at(text, a + lead, b)
            for r in found:
                r.evidence, r.start, r.end = evidence, a, b
                add(r)
    if "|" in text:
        for r in _table_counts(text):
            add(r)
    for dim, code, evidence, s, e in _diplomats(text):
        add(MixFinding(dim, code, "listed", evidence=evidence, start=s, end=e))
    return rows


# "与会者除台东县在地农友外，也有来自花莲县的业者": the place named after 除 took part too
_BESIDES = re.compile(r"除(?:了)?(?P<p>[\u4e00-\u9fff]{2,14}?)(?:以)?外[，,]\s*(?:也|还|亦|另)")


def _besides(sent: str) -> list[tuple[str, str]]:
    """The place of the people a statement names first with 除…外 before adding others from
    elsewhere (与会企业除某县在地业者外，也有来自…的厂商): they took part too."""
    out = []
    for m in _BESIDES.finditer(sent):
        for s, _e, _surface, p in gazetteer.find_places(m.group("p")):
            item = _dimension(p) if s == 0 else None
            if item and item not in out:
                out.append(item)
    return out


@lru_cache(maxsize=1)
def _two_sides() -> re.Pattern:
    return re.compile(word_alternation("two_sides"), re.I)


def _other_side(found: list[MixFinding], sent: str) -> MixFinding | None:
    """The other country of a two-country gathering, derived from the one side's share
    ("来自中俄两国的300余名代表参会，其中俄方代表约占四成": China the other six tenths), or None."""
    shared = [r for r in found if r.dimension == "country" and r.basis == "reported"
              and r.share is not None]
    named = {r.category for r in found if r.dimension == "country"}
    if len(shared) != 1 or len(named) != 2 or "+" in shared[0].category or \
            not _two_sides().search(sent):
        return None
    rest = next(c for c in named if c != shared[0].category)
    return MixFinding("country", rest, "derived", share=round(1 - shared[0].share, 4))


# 来自全区12个盟市, 来自全省各地市: from every part of the event's own province.
# 全省13所高校、2家科研院所共提交拍品, 省内14所本科高校携成果亮相: the province's own
# institutions, counted, took part.
_WHOLE_PROVINCE = re.compile(r"(?:来自|覆盖|涵盖|遍及)全(?:省|区)(?:[\d一二两三四五六七八九十]+个|各)?"
                             r"(?:盟市|地市|市州|地州|市县|区县|旗县|市|州|地)|"
                             r"(?:(?<![\u4e00-\u9fff])全省|省内)[\d一二两三四五六七八九十]+(?:余|多)?"
                             r"(?:所|家)")
# 来自全国18个省区市及日本、德国的嘉宾: from every part of the event's own country.
_WHOLE_COUNTRY = re.compile(r"(?:来自|覆盖|涵盖|遍及)全国(?:[\d一二两三四五六七八九十]+个|各)?"
                            r"(?:省区市|省市区|省份|省市|县市|地区|省|市)")


_TABLE_LINE = re.compile(r"^[^\n|]*\|[^\n]*$", re.M)
_TABLE_RULE = re.compile(r"[\s|:\-–—=+]*")
_TABLE_NUMBER = re.compile(r"(?:about|around|over|some|约|近|逾)?\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                           r"\s*(?:人|名|位|家|所)?", re.I)


def _table_counts(text: str) -> list[MixFinding]:
    """A table of where participants came from or of their kinds, a row each ("| Nova Scotia
    | 19 |", "| Universities | 12 |"): the header names a participation cue over the count's
    column ("| Province | Participants |", 参会人数), the first cell a place or a kind. Rows of
    places no reader could place (Total, Other) are skipped."""
    out: list[MixFinding] = []
    block: list[tuple[int, int, list[str]]] = []
    last_end = -1
    for m in _TABLE_LINE.finditer(text):
        if block and text[last_end:m.start()].strip():
            out += _table_rows(text, block) if len(block) > 1 else []
            block = []
        last_end = m.end()
        if _TABLE_RULE.fullmatch(m.group()):
            continue      # |---|---|: the rule under the header
        cells = [c.strip() for c in m.group().strip().strip("|").split("|")]
        if len(cells) >= 2:
            block.append((m.start(), m.end(), cells))
    if len(block) > 1:
        out += _table_rows(text, block)
    return out


def _table_rows(text: str, block: list[tuple[int, int, list[str]]]) -> list[MixFinding]:
    header = block[0][2]
    cols = [i for i, c in enumerate(header) if i and (_EN_CUE.search(c) or _ZH_CUE.search(c))]
    if not cols:
        return []
    col = cols[0]
    rows = [(a, b, cells) for a, b, cells in block[1:] if len(cells) > col and cells[0]]
    joined, starts = "", []
    for _a, _b, cells in rows:
        starts.append(len(joined))
        joined += cells[0] + ", "
    regions = _regions(joined) if not has_cjk(joined) else []
    out: list[MixFinding] = []
    for (a, b, cells), at in zip(rows, starts, strict=True):
        num = _TABLE_NUMBER.fullmatch(cells[col])
        if not num:
            continue
        n = int(num.group("n").replace(",", ""))
        name = cells[0]
        codes = [code for s, e, code in regions if s == at and e == at + len(name)]
        item: tuple[str, str] | None = ("province", codes[0]) if len(codes) == 1 else None
        if item is None:
            places = gazetteer.find_places(name)
            if len(places) == 1 and places[0].start == 0 and places[0].end == len(name):
                item = _dimension(places[0].place)
        if item is None:
            types = _types(name)
            item = ("institution_type", "+".join(sorted(types))) if types else None
        if item:
            out.append(MixFinding(item[0], item[1], "reported", count=n,
                                  evidence=evidence_at(text, a, b), start=a, end=b))
    return out


# A bare count in brackets after a kind: "industry (352)", "universities and research
# institutions (211)".
_BRACKET_COUNT = re.compile(r"\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*\)")
_LEAD_JOINER = re.compile(r"^\s*(?:and\s+|or\s+)?(?:from\s+)?", re.I)


def _bracket_counts(sent: str) -> list[MixFinding]:
    """Counts of kinds written in brackets right after them, each kind group read from the
    clause before its bracket: "came from industry (352), from universities and research
    institutions (211) and from public administration (77)"."""
    out: list[MixFinding] = []
    prev = 0
    for m in _BRACKET_COUNT.finditer(sent):
        n = int(m.group("n").replace(",", ""))
        before = sent[max(prev, m.start() - 80):m.start()]
        prev = m.end()
        if not n or 1900 <= n <= 2100:
            continue      # "(2024)": a year
        clause = _last_clause(before, english_commas=True)
        last = [mm for mm in re.finditer(r"\bfrom\b", clause, re.I)]
        clause = clause[last[-1].end():] if last else _LEAD_JOINER.sub("", clause)
        kinds = list(_type_matches(clause))
        if not kinds or clause[kinds[-1][0].end():].strip():
            continue      # the kind must close its clause, right before the bracket
        types = _types(clause)
        out.append(MixFinding("institution_type", "+".join(sorted(types)), "reported", count=n))
    return out


def _shares_of_total(found: list[MixFinding], sent: str) -> None:
    """Counts of two or more kinds that add up to the statement's head count ("The 640
    participants came from industry (352), …") give each kind its share of it."""
    counted = [r for r in found if r.dimension == "institution_type" and r.basis == "reported"
               and r.count and r.share is None]
    if len(counted) < 2 or any(r.share is not None for r in found
                               if r.dimension == "institution_type"):
        return
    parts = sum(r.count for r in counted)
    if any(int(t.group("n").replace(",", "")) == parts for t in _TOTAL.finditer(sent)):
        for r in counted:
            r.share = round(r.count / parts, 4)


# Judges are not participants: the kinds of their bodies ("a judging panel of experts from …",
# 评委来自…) are not listed.
_JUDGES = re.compile(r"\bjudg(?:es|ing)\b|\bjury\b|评委|评审专家|评审团", re.I)
# "Foreign guests made up 18 percent": a share of the guests from abroad (English)
_FOREIGN_SHARE = re.compile(r"\b(?:foreign|overseas|international)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:made\s+up|accounted\s+for|represented|comprised|constituted|"
                            r"formed|were)\b", re.I)


_OUTSIDE_HOME_IN = re.compile(r"\bfrom\s+(?:outside|beyond)\s+(?:of\s+)?the\s+(?:kingdom|country|"
                              r"nation|republic|state|emirates?)\b", re.I)


@lru_cache(maxsize=8)
def _event_country(text: str) -> str | None:
    # (asked once per sentence that needs it: the answer is the document's)
    return find_place(text).country_code


def _unshared_rest(found: list[MixFinding]) -> MixFinding | None:
    """The one kind a statement lists without a share, beside the shares of all the others
    ("来自高校院所、企业和服务机构的学员…其中高校院所学员占45%，企业学员占40%"): it has the
    rest (derived), as a remainder word would say."""
    kinds = [r for r in found if r.dimension == "institution_type"]
    shared = [r for r in kinds if r.basis == "reported" and r.share is not None]
    if not shared or any(r.basis == "derived" for r in kinds):
        return None
    covered = {t for r in shared for t in r.category.split("+")}
    left_over = list(dict.fromkeys(r.category for r in kinds
                                   if r.basis == "listed" and r.category not in covered))
    left = round(1 - sum(r.share for r in shared), 4)
    if len(left_over) != 1 or not 0 < left < 1:
        return None
    return MixFinding("institution_type", left_over[0], "derived", share=left)


def _after_organisers(sent: str) -> int:
    """Where the clauses after the last organiser word of `sent` start (len(sent): none)."""
    last = None
    for last in _ORGANISER.finditer(sent):  # noqa: B007  (the loop keeps the last one)
        pass
    stop = _CLAUSE_MARK.search(sent, last.end()) if last else None
    return stop.end() if stop else len(sent)


@lru_cache(maxsize=8192)
def _speaks_of_taking_part(sentence: str, cjk: bool) -> bool:
    """Whether `sentence` holds a participation cue (Chinese ones only when its text has
    Chinese); kept per sentence, as the sentences of a corpus recur (_per_sentence)."""
    return bool(_EN_CUE.search(sentence) or (cjk and _ZH_CUE.search(sentence)))


def _statements(text: str) -> Iterator[tuple[int, int, bool]]:
    """Sentences, split again at semicolons (a list of groups: "…高校；…企业"), each at most
    _MAX_STATEMENT characters, and whether their sentence speaks of taking part ("The forum
    drew 80 participants; 50 were from companies")."""
    cjk = has_cjk(text)
    intro = False   # the lines after "Delegates by sector:" are its items, until a blank line
    cue_before = False
    prev_glyph = None
    prev_end = 0
    for a, b in spans_of(text):
        sentence = text[a:b]
        own = _speaks_of_taking_part(sentence, cjk)
        if intro and (text.count("\n", max(0, prev_end - 1), a + 1) >= 2 or
                      (a and text[a - 1] != "\n") or b - a > _ITEM_LINE):
            intro = False   # a blank line, a statement inside a line or a paragraph ends it
        # a statement after a semicolon belongs to its sentence ("…约占四成；荷兰机构占两成")
        bullet = _BULLET.match(sentence) if (not a or text[a - 1] == "\n") else None
        glyph = bullet.group(1) if bullet else None
        # the next item of a bulleted list of facts whose item before spoke of taking part
        # ("👉 roughly 220 people in the room" / "👉 scientists from 9 faculties, 14 companies")
        # "…的30支团队晋级决赛。其中，越南团队6支…": a sentence opening on 其中 breaks down
        # the participants of the one before
        cue = own or intro or (cue_before and text[a - 1:a] in "；;") or \
            (cue_before and glyph is not None and glyph == prev_glyph) or \
            (cue_before and sentence.lstrip().startswith("其中"))
        cue_before, prev_glyph = cue, glyph
        stripped = sentence.rstrip()
        if (stripped.endswith((":", "：")) or _HEADING.match(sentence)) and \
                "\n" in text[b:b + 2] + text[b - 1:b]:
            intro = own
        prev_end = b
        start = a
        for m in _STATEMENT_END.finditer(text, a, b):
            yield from ((x, y, cue) for x, y in _chunks(start, m.end()))
            start = m.end()
        if text[start:b].strip():
            yield from ((x, y, cue) for x, y in _chunks(start, b))


def _chunks(a: int, b: int) -> Iterator[tuple[int, int]]:
    while b - a > _MAX_STATEMENT:
        yield a, a + _MAX_STATEMENT
        a += _MAX_STATEMENT
    yield a, b


@_per_sentence
def _reported(sent: str, home: str | None, local: str | None = None) -> list[MixFinding]:
    growth = _growth()
    marks = [(m.start(), m.end(), _share_value(m)) for m in _SHARE.finditer(sent)
             if not growth.search(sent, max(0, m.start() - 24), m.start())]
    marks = [mk for mk in marks if mk[2] is not None]   # "报名数量增长超过六成" is a change
    out: list[MixFinding] = []
    if marks:   # "the rest" only counts beside a stated share
        marks += [(m.start(), m.end(), None) for m in _REST.finditer(sent)
                  if not _SHARE.match(sent, m.end() + len(sent[m.end():]) -
                                      len(sent[m.end():].lstrip()))]
        # "(the remaining 15%)" states its share: it is not a remainder to derive
        marks.sort()
        total, prev_end, unassigned = 0.0, 0, False
        for i, (s, e, share) in enumerate(marks):
            nxt = marks[i + 1][0] if i + 1 < len(marks) else len(sent)
            seg = sent[e:min(nxt, e + _WINDOW)]
            fm = _FROM.search(seg)
            before = sent[max(prev_end, s - _WINDOW):s]
            prev_end = e
            if share is None:
                types = _types(seg[fm.end():] if fm else seg)
                if not types and (_MADE_UP.search(before) or _kind_at_end(before)):
                    # "…, while research institutes and incubators made up the rest"
                    types = _types(_last_clause(before, english_commas=False))
                if not types and (_origin_words()[0].search(_first_clause(seg)) or
                                  _share_place(_first_clause(seg))):
                    continue   # "其余来自内地及海外": the rest by where they came from, no kind
                if total and total < 1 and not unassigned:
                    # a share that names no kind ("制造业约占三成") leaves the rest unknown
                    out.append(MixFinding("institution_type", "+".join(sorted(types)) or "other",
                                          "derived", share=round(1 - total, 4)))
                continue
            if out and _NESTED.search(sent, marks[i - 1][1], s):
                continue   # "65% were from companies, of whom almost half were SMEs": a part of
                #            the kind before, not a share of the participants
            row = _share_row(sent, s, before, seg, fm, home, local)
            if row is None:
                unassigned = True
                continue
            row.share = round(share if row.basis == "reported" else 1 - share, 4)
            if row.dimension == "institution_type" and row.basis == "reported":
                total += share
            out.append(row)
    return _by_one_kind(out)


def _kind_at_end(before: str) -> bool:
    """A kind right before a remainder with no verb: "…, companies 45% and public institutions
    the rest"."""
    tail = before.rstrip()[-40:]
    return tail.isascii() and any(m.end() == len(tail) for m, _k in _type_matches(tail))


# A line of a table written as text: a place, a dash or a colon, then its share.
_ITEM_LEAD = re.compile(r"\s*(?P<p>[^\W\d_][^\n\d:—–]{0,40}?)[ \t]*[—–:][ \t]*")
_TABLE_ITEM = 60     # characters of such a line at most


def _share_row(sent: str, s: int, before: str, seg: str, fm: re.Match | None,
               home: str | None, local: str | None = None) -> MixFinding | None:
    """What one share is of: the kind or place right before it ("企业代表占60%", "Slovenian
    organisations made up 38%", "followed by Croatia (14%)", 内地代表约占四成), else the kind
    or place after it ("30% from universities", "38% from Slovenia"), else the kind before it
    ("…, universities 30%"). None when it names neither."""
    item = _ITEM_LEAD.fullmatch(before) if len(sent) <= _TABLE_ITEM else None
    if item:    # a text table's line: "Finland — 71%", "Germany: 55%"
        place = _share_place(item.group("p"), sent)
        if place:
            return MixFinding(place[0], place[1], "reported")
    if _BRACKET_OPEN.search(before[-24:]) or _SHARE_AFTER.search(before[-24:]):
        types = _types(_last_clause(before, english_commas=False))
        if types:
            return MixFinding("institution_type", "+".join(sorted(types)), "reported")
        clause = _last_clause(before, english_commas=True)
        if "等" in clause and _ETC_PLACES.search(clause):
            return None   # 来自甲、乙等14个国家的嘉宾约占21%: the share of more places than named
        # "来自内地（主要为广东、深圳及广州）的约占31%": the bracket only details the place
        place = _share_place(_ASIDE.sub("", clause), sent) or _share_place(clause, sent)
        if place:   # "境外参会机构中，德国机构最多，约占三成": the named country's share
            return MixFinding(place[0], place[1], "reported")
        if local and _origin_words()[1].search(clause):
            return MixFinding("country", local, "reported")   # "本地出席者约占58%"
        if home and _origin_words()[0].search(before):
            # "国外嘉宾…占总人数的33%": the rest came from the home country.
            return MixFinding("country", home, "derived")
    # "companies 45% and public institutions the rest": a kind after a joiner is the next
    # item's
    types = [] if _NEXT_ITEM.match(seg) and not fm else _types(seg[fm.end():] if fm else seg)
    if types:
        return MixFinding("institution_type", "+".join(sorted(types)), "reported")
    if "%" in sent and not has_cjk(sent) and (not fm or "," in seg[:fm.start()]):
        # "Jalal-Abad region 27%, Batken region 15%, …, guests from X": a region of the
        # statement's list of regions right before its share (a later "from" is the next
        # item's)
        place = _share_place(_last_clause(before, english_commas=True), sent)
        if place and place[0] == "province":
            return MixFinding(place[0], place[1], "reported")
    if fm:
        clause = _first_clause(seg[fm.end():])
        region = _outside_region(clause)
        if region:
            # "30 per cent from outside Sarawak": the rest came from that province (read as
            # the region, not a town abroad of its name: Ontario, California)
            return MixFinding("province", region, "derived")
        place = _share_place(clause, sent)
        if place:
            # "one in five travelled from outside Ireland": the rest came from Ireland
            return MixFinding(place[0], place[1],
                              "derived" if _OUTSIDE.match(clause) else "reported")
        if local and _origin_words()[1].fullmatch(clause.strip()):
            # "与会者约七成来自本港": the people of where the event is held
            return MixFinding("country", local, "reported")
        if home and _OUTSIDE_HOME.match(clause):
            # "one in five from outside the Kingdom": the rest came from the host country
            return MixFinding("country", home, "derived")
    if fm and not seg[:fm.start()].strip(" ,"):
        return None   # "one in five from outside the Kingdom": its own "from", no kind before
    types = _types(_last_clause(before, english_commas=False))       # "…, universities 30%"
    if types:
        return MixFinding("institution_type", "+".join(sorted(types)), "reported")
    return None


# A bracketed aside inside a share's clause ("（主要为广东、深圳及广州）", "(mainly Lagos)")
_ASIDE = re.compile(r"[（(][^（()）]{1,40}[)）]")
_NEXT_ITEM = re.compile(r"\s*,?\s*(?:and|while|whereas|with)\s", re.I)
_OUTSIDE = re.compile(r"\s*(?:outside|beyond)\s+(?:of\s+)?", re.I)
# "from outside the country", "from abroad": the host country named by a common noun
_OUTSIDE_HOME = re.compile(r"\s*(?:outside|beyond)\s+(?:of\s+)?the\s+(?:kingdom|country|nation|"
                           r"republic|state|emirates?)\b", re.I)
# the verb of a remainder whose kinds stand before it: "A and B made up the rest"
# ("…, with public officials making up the rest"), or none ("companies 45% and public
# institutions the rest")
_MADE_UP = re.compile(r"\b(?:made\s+up|making\s+up|accounted\s+for|accounting\s+for|comprised|"
                      r"formed|were)\s*$", re.I)
# right before a share: it is a part of the kind before ("…, of whom almost half", "，其中约一半")
_NESTED = re.compile(r"(?:\bof\s+(?:whom|which)\b|其中)[^,;，；。()（）]{0,20}$", re.I)
# Where the clause a share's category stands in starts: a clause mark, or 其中 opening the
# breakdown of a head count ("…代表约260人，其中企业代表占六成").
_CLAUSE_CUT_ZH = re.compile(r"[，；;：:]|其中")
_CLAUSE_CUT = re.compile(r"[，；;：:]|其中|,\s")


# A clause that holds only the share's verb: its category is in the clause before
# ("以园区厂商为主，约占七成", "Companies led, accounting for 40%").
_VERB_ONLY = re.compile(r"\s*(?:约|近|逾|超过|达)?\s*(?:占|accounting\s+for|making\s+up)", re.I)


def _last_clause(span: str, english_commas: bool) -> str:
    cuts = [m for m in (_CLAUSE_CUT if english_commas else _CLAUSE_CUT_ZH).finditer(span)]
    if not cuts:
        return span
    if _VERB_ONLY.match(span, cuts[-1].end()):
        return span[cuts[-2].end() if len(cuts) > 1 else 0:]
    return span[cuts[-1].end():]


def _first_clause(span: str) -> str:
    m = _CLAUSE_CUT.search(span)
    return span[:m.start()] if m else span


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def _outside_region(clause: str) -> str | None:
    """The one first-level region (outside China) named right after "outside" ("outside
    Sarawak" → MY-13), or None."""
    out = _OUTSIDE.match(clause)
    name = _CAPITALISED.match(clause, out.end()) if out else None
    regions = gazetteer.regions_named(name.group()) if name else ()
    return regions[0][1] if len(regions) == 1 else None


# "Osh city 41%": a town's own share, not its province's, whatever region shares its name
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)


@lru_cache(maxsize=256)
def _sentence_regions(sent: str) -> frozenset[str]:
    """The regions outside China an English statement names as a list of them (_regions):
    a share's clause holding one of them names that region, though a town shares its name."""
    return frozenset(code for _s, _e, code in _regions(sent)) if not has_cjk(sent) else frozenset()


def _share_place(clause: str, sent: str = "") -> tuple[str, str] | None:
    """The place(s) a share's clause names as where participants came from, as one row:
    "Slovenian organisations", "Croatia", 内地代表, 葡萄牙及巴西代表 (two together:
    BRA+PRT), "Azuay (62%)" when the statement `sent` lists Azuay among the regions it
    names ("Azuay (62%), Cañar (14%), Loja (11%)": Loja the province there, not the town).
    None unless they are all countries or all provinces."""
    found: list[tuple[str, str]] = []
    listed = _sentence_regions(sent) if sent and "%" in sent else frozenset()
    taken: list[tuple[int, int]] = []
    for ms, me, name in _region_runs(clause) if listed else ():
        if _CITY_AFTER.match(clause, me):
            continue
        for _cc, code, _town in gazetteer.regions_named(name):
            if code in listed and ("province", code) not in found:
                found.append(("province", code))
                taken.append((ms, me))
    for s, e, _surface, p in gazetteer.find_places(clause):
        if any(s < b and a < e for a, b in taken):
            continue
        item = None if _ORG_AFTER.match(clause, e) else _dimension(p)
        if item and item not in found:
            found.append(item)
    words = _CAPITALISED.findall(clause) if not has_cjk(clause) else _zh_demonyms().findall(clause)
    for w in words:
        cc = _demonym(w)
        if cc and ("country", cc) not in found:
            found.append(("country", cc))
    if not found or len({d for d, _ in found}) > 1:
        return None
    if found[0][0] == "country" and _PROVINCE_WORD.search(clause):
        return None   # "a quarter from the provinces of A, B and C": their combined share,
        #               not the country's
    return found[0][0], "+".join(sorted(code for _d, code in found))



def _demonym(word: str) -> str | None:
    """The country a word names as its adjective: a listed demonym ("Swiss", 内地), else a
    country's name plus -n or -an ("Slovenian", "Croatian", "Ugandan")."""
    cc = gazetteer.country_code(word)
    if cc or not word.endswith("n") or has_cjk(word):
        return cc
    return gazetteer.country_code(word[:-1]) or gazetteer.country_code(word[:-2])


@lru_cache(maxsize=1)
def _zh_demonyms() -> re.Pattern:
    """Chinese words naming a country's people (place_aliases.csv, kind demonym)."""
    words = [r["name"] for r in alias_rows()
             if r.get("kind") == "demonym" and has_cjk(r.get("name", ""))]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or r"(?!x)x")


def _by_one_kind(rows: list[MixFinding]) -> list[MixFinding]:
    """Shares by size or sector inside one kind ("55% SMEs, 30% listed companies", 投资机构约三成，
    业界约五成) say which kind took part, not its share: two shares of one category become one
    listed row (a remainder of that category too)."""
    seen: dict[tuple[str, str], int] = {}
    for r in rows:
        if r.basis == "reported" and r.share is not None:
            seen[(r.dimension, r.category)] = seen.get((r.dimension, r.category), 0) + 1
    twice = {k for k, n in seen.items() if n > 1}
    if not twice:
        return rows
    out: list[MixFinding] = []
    for r in rows:
        if (r.dimension, r.category) in twice:
            r = MixFinding(r.dimension, r.category, "listed")
            if any(o.dimension == r.dimension and o.category == r.category for o in out):
                continue
        out.append(r)
    return out


_LIST_JOINER = re.compile(r"\s*(?:[、，,/]|和|与|及|以及|或)?\s*")   # or none: 高校院所


# A delegation's size: "a Vietnamese delegation of 27", "the 12-member Kenyan delegation".
_GROUP_OF = re.compile(r"\b(?:delegations?|teams?|groups?|missions?)\s+of\s+(?:about\s+|some\s+)?$",
                       re.I)
_DELEGATION_EN = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:trade\s+|business\s+)?delegation\s+of\s+(?:about\s+|some\s+)?"
    r"(?P<n>\d+)\b|\b(?P<n2>\d+)-(?:member|strong)\s+(?P<who2>[A-Z][a-z]+)\s+delegation\b")


def _delegations(sent: str) -> list[MixFinding]:
    """A country's delegation and its size: "a Vietnamese delegation of 27", "a 12-member
    Kenyan delegation" (the people it sent, a count for that country)."""
    out = []
    for m in _DELEGATION_EN.finditer(sent) if "delegation" in sent else ():
        cc = _demonym(m.group("who") or m.group("who2"))
        if cc:
            out.append(MixFinding("country", cc, "reported", count=int(m.group("n") or
                                                                     m.group("n2"))))
    return out


@_per_sentence
def _counted(sent: str) -> list[MixFinding]:
    """Counts of organisations or people by their kind: 1383家企业, 近百家高校、科研院所,
    企业则有1000余家, "180 companies, together with 36 universities", "45 of them represented
    academia …, while the rest … business" (the rest derived)."""
    out: list[MixFinding] = []
    for m in _COUNT_ZH.finditer(sent):
        n = _number(m.group("n"))
        if not n or m.group("n") == "一":
            continue      # 一家生物医药企业: "a company", no count
        # The kind right before the count first (高校28所、企业60余家; 参会的企业共有500余家),
        # else the kinds after it (近百家高校、科研院所).
        types = []
        joined = 0
        lo = max(0, m.start() - 60)
        before = sent[lo:m.start()]
        gap = _count_types_before().search(before[-16:])
        edge = len(before) - 16 + gap.start() if gap and len(before) >= 16 else \
            (gap.start() if gap else len(before))
        kinds = list(_type_matches(before[:edge]))
        if kinds and kinds[-1][0].end() == edge:
            # the kind right before the count, and the kinds listed with it: 来自高校、科研院所、
            # 企业和技术转移机构的100余名学员 counts them together (大学及科研机构人员15名: the
            # people of both kinds, counted together)
            types = list(kinds[-1][1])
            joined = 1   # how many kinds the list right before the count names
            for (prev, prev_kinds), (nxt, _k) in zip(reversed(kinds[:-1]), reversed(kinds[1:]),
                                                     strict=True):
                if not _LIST_JOINER.fullmatch(before[prev.end():nxt.start()]):
                    break
                types = [*prev_kinds, *types]
                joined += 1
        kinds_before = bool(types)
        # one word for several kinds right before a count of people (学研机构21名): its
        # people are counted together, as for 高校院所100家
        one_word = kinds_before and len(types) > 1 and len(types) == len(kinds[-1][1])
        # 企业代表31名，大学及科研机构人员15名: in a breakdown by kind (a kind counted before
        # in the statement) a list of kinds right before its people's count is counted
        # together, as one word for several kinds is
        together = kinds_before and joined > 1 and "的" not in before[kinds[-1][0].end():] \
            and any(r.basis == "reported" and r.count for r in out)
        if types and not together and m.group("unit") in _PEOPLE_UNITS and _JOINED_BEFORE.search(
                before[max(0, edge - 16):edge - len(kinds[-1][0].group())]):
            # 相关部门负责人及企业代表80余人: people of a list some of whose parts name no
            # kind; the kind took part, the count is of all of them
            out += [MixFinding("institution_type", t, "listed") for t in types]
            continue
        after = sent[m.end():m.end() + _WINDOW // 4]
        stop = _ZH_GROUP_END.search(after)
        if not types:
            group = after[:stop.start()] if stop else after
            if group[1:2] == "自" and group[:1] in "来源出":
                # 一家来自某大学的团队, 60家源自大学研究的初创企业: the count is of the noun after
                # 的, not of where it came from
                de = group.find("的")
                group = group[de + 1:] if de >= 0 else ""
            elif m.group("unit") in _ORG_UNITS and "的" in group:
                group = group[:group.index("的")]   # 240余家企业的代表和专家: the firms are counted
            types = _types(group)
        if types and m.group("unit") in _PEOPLE_UNITS and not kinds_before and \
                _mixed_group(after[:stop.start()] if stop else after):
            # 约三百名企业代表、投资者及科研人员: people of kinds not all typed; the typed ones
            # took part, the count is not theirs.
            out += [MixFinding("institution_type", t, "listed") for t in types]
        elif len(types) > 1 and m.group("unit") in _PEOPLE_UNITS and not one_word and \
                not together:
            # 逾400名来自业界、学界及政府部门的人士: how many people came, not how many of
            # each kind; the kinds took part and are listed.
            out += [MixFinding("institution_type", t, "listed") for t in types]
        elif types:
            out.append(MixFinding("institution_type", "+".join(sorted(types)), "reported",
                                  count=n))
    total_seen = None
    for m in _english_counts(sent):
        n = _english_count(m.group("n"))
        if 1900 <= n <= 2100 or not n or _GROUP_OF.search(sent, max(0, m.start() - 24),
                                                          m.start()):
            continue      # "a Vietnamese delegation of 27 met Korean institutes": its size
        after = sent[m.end():m.end() + _WINDOW // 2]
        if _CJK_CHAR.match(after):
            continue   # 22日, 6家: a Chinese figure with its unit, read above
        them = _OF_THEM.match(after)
        if them:
            after = " " + after[them.end():]
        types = _group_types(after) if (them or _type_at_head(after)) else []
        end = _EN_PEOPLE_END.search(after)
        group = after[:end.start()] if end else after
        if types and not them and (_mixed_group(group, True) or _of_people(group)):
            # "700 investors, entrepreneurs and executives": a head count of several kinds of
            # people, some untyped; the typed kinds took part.
            out += [MixFinding("institution_type", t, "listed") for t in types]
        elif types:
            out.append(MixFinding("institution_type", "+".join(sorted(types)), "reported",
                                  count=n))
            if them:
                total_seen = n
    rest = _REST.search(sent)
    if (out or total_seen is not None) and rest:
        # "…30 of them represented universities, while the rest came from industry";
        # "其中企业代表300人，其余来自高校": the rest is derived, counted when the statement
        # gives the total before its parts.
        types = _types(sent[rest.end():rest.end() + _WINDOW])
        if types:
            total = _TOTAL.search(sent, 0, rest.start())
            parts = sum(r.count or 0 for r in out)
            n = int(total.group("n").replace(",", "")) - parts if total else None
            own = _REST_COUNT.match(sent, rest.end())
            if own:
                n = _number(own.group("n"))   # "其余8名来自政府部门": the rest counted
            out.append(MixFinding("institution_type", "+".join(sorted(types)), "derived",
                                  count=n if n and n > 0 else None))
    return out


# the count right after a remainder word: "其余8名来自…", "the remaining 12 came from …"
_REST_COUNT = re.compile(r"\s*(?P<n>\d+|[一二两三四五六七八九十百]+)\s*(?:名|位|人|家|所)")


def _english_counts(sent: str) -> Iterator[re.Match]:
    """English counts in figures (180 companies) and, in a sentence with a number word, in words
    ("Seventy companies", "Eighty-six MSMEs", "nine universities"), in text order."""
    found = list(_COUNT_EN.finditer(sent))
    words = _count_words()
    low = sent.lower()
    if any(w in low for w in words[1]):
        found = sorted(found + list(words[0].finditer(sent)), key=lambda m: m.start())
    yield from found


def _english_count(s: str) -> int:
    if s[0].isdigit():
        return int(s.replace(",", ""))
    values = number_words()
    return sum(values.get(part, 0) for part in s.lower().split("-"))


@lru_cache(maxsize=1)
def _count_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """A count written in words from two up ("seventy", "eighty-six"; number_words.csv), and
    the words themselves for a cheap test before the pattern runs."""
    values = number_words()
    tens = sorted((w for w, v in values.items() if v >= 20 and v % 10 == 0), key=len, reverse=True)
    units = sorted((w for w, v in values.items() if 1 <= v <= 9), key=len, reverse=True)
    small = sorted((w for w, v in values.items() if 2 <= v <= 19), key=len, reverse=True)
    rx = re.compile(rf"(?<![\w-])(?P<n>(?:{'|'.join(tens)})(?:-(?:{'|'.join(units)}))?|"
                    rf"(?:{'|'.join(small)}))(?![\w-])", re.I)
    return rx, tuple(w for w in values if values[w] >= 2)


@lru_cache(maxsize=1)
def _people_en() -> re.Pattern:
    """Nouns that name people after an English figure (attendance_words.csv, people_en)."""
    words = word_alternation("people_en")
    return re.compile(rf"\b(?:{words})$", re.I)


def _mixed_group(group: str, english: bool = False) -> bool:
    """A head count's noun group lists two or more parts and one of them names no kind (投资者,
    "entrepreneurs"): the count cannot be given to the kinds that are named. In English the
    untyped part must name people ("70 Australian and New Zealand organisations" is one
    kind)."""
    parts = [p.strip() for p in _PART_SPLIT.split(group.strip()) if p.strip()]
    untyped = [p for p in parts if not _types(p)]
    if english:
        untyped = [p for p in untyped if _people_en().search(p)]
    return len(parts) > 1 and bool(untyped)


def _of_people(group: str) -> bool:
    """An English count's noun group names people ("420 business delegates", "85 investors
    and corporate scouts"): a head count of a kind, not a count of its organisations."""
    return any(_people_en().search(p) for p in _PART_SPLIT.split(group.strip()) if p)


def _group_types(after: str) -> list[str]:
    """The kinds of one English noun group: the first, then those joined to it by commas,
    'and', 'or' ("businesses, research institutes and universities"); a figure, a clause mark
    other than a joining comma, or a verb ends it."""
    out: list[str] = []
    prev = 0
    for m, kinds in _type_matches(after):
        gap = after[prev:m.start()]
        if out and (not _EN_JOIN.match(gap) or _count_words()[0].search(gap)):
            break         # "Forty companies and nine universities": the next count's group
        if not out and _EN_GROUP_END.search(gap, 1):
            break
        out += [t for t in kinds if t not in out]
        prev = m.end()
    return out


def _type_at_head(group: str) -> bool:
    """A count's noun group names a kind within its first five words ("180 top Spanish R+D+I
    companies"), not somewhere later."""
    for m, _kinds in _type_matches(group):
        return len(group[:m.start()].split()) <= 4
    return False


def _from_spans(sent: str, stop: re.Pattern) -> list[str]:
    spans = []
    for m in _FROM.finditer(sent):
        rest = sent[m.end():m.end() + _WINDOW]
        end = stop.search(rest, 1 if rest[:1].isspace() else 0)
        spans.append(rest[:end.start()] if end else rest)
    return spans


_MAINLY_ZH = re.compile(r"以(?P<who>[^，。；,;：:以]{2,30}?)为主")


@_per_sentence
def _listed_types(sent: str) -> list[str]:
    out: list[str] = []
    for span in _from_spans(sent, _LIST_END):
        for t in _types(span):
            if t not in out:
                out.append(t)
    if has_cjk(sent) and "为主" in sent:
        # 学员35名，以南部生医厂商研发及法务人员为主: "mainly" the kinds it names
        for m in _MAINLY_ZH.finditer(sent):
            out += [t for t in _types(m.group("who")) if t not in out]
    if has_cjk(sent):
        # 省内外的高校、科研院所、企业等单位纷纷派代表参加; 产学研各界踊跃参与; 地方政府、开发区和企业
        for run in _zh_runs(sent):
            for t in run:
                if t not in out:
                    out.append(t)
    return out


# Between two kinds of one Chinese list: a mark or a conjunction, after a bracketed aside
# ("高新区（含园区企业）和…"), before a short modifier ("和科技型企业", "、中南大学").
_ZH_JOIN = re.compile(r"(?:[（(][^）)]{0,30}[）)])?(?:[、，,和及与同]|以及)[\u4e00-\u9fff]{0,3}$")
_ASIDE = re.compile(r"[（(][^）)]{0,30}[）)]")


def _zh_runs(sent: str) -> Iterator[list[str]]:
    """Lists of kinds in a Chinese statement: two or more joined by marks or conjunctions
    (地方政府、开发区和企业), or one that a group noun closes (高校等单位, 产学研各界). Kinds
    inside a bracketed aside are skipped."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(sent)]
    aside_starts = [a for a, _ in asides]
    run: list[str] = []
    size, prev_end = 0, -1
    for m, kinds in _type_matches(sent):
        i = bisect.bisect_left(aside_starts, m.start()) - 1
        if i >= 0 and m.start() < asides[i][1]:
            continue
        if prev_end >= 0 and not _ZH_JOIN.match(sent[prev_end:m.start()]):
            if size >= 2 or _ZH_GROUP.match(sent, prev_end):
                yield run
            run, size = [], 0
        run += [t for t in kinds if t not in run]
        size += 1
        prev_end = m.end()
    if run and (size >= 2 or _ZH_GROUP.match(sent, prev_end)):
        yield run


@_per_sentence
def _listed_places(sent: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    spans = _from_spans(sent, _PLACE_LIST_END)
    guest = _GUEST_COUNTRY.search(sent)
    if guest:   # "新加坡、韩国为主宾国", "主宾国为新加坡和韩国": the countries beside it
        spans.append(sent[max(0, guest.start() - 40):guest.start()])
        after = sent[guest.end():guest.end() + 40]
        stop = _CLAUSE_MARK.search(after)
        spans.append(after[:stop.start()] if stop else after)
    spans += _etc_lists(sent) + _counted_lists(sent)
    for span in spans:
        regions = _regions(span) if not has_cjk(span) else []
        for _s, _e, code in regions:
            if ("province", code) not in out:
                out.append(("province", code))
        for s, e, _surface, p in gazetteer.find_places(span):
            if any(s < re_ and rs < e for rs, re_, _c in regions):
                continue      # "Ontario" read as the province, not a town of that name
            if _ORG_AFTER.match(span, e) or (_SEAT_BEFORE.search(span, 0, s) and
                                             _MISSION.search(span, max(0, s - 60), s)):
                continue      # "Peking University", "Consulate of Chile in Shanghai"
            if _in_name(span, s, e) or _EXCEPT_BEFORE.search(span, max(0, s - 40), s):
                continue      # 中国科学院上海药物研究所, "outside the Santiago region"
            if span.startswith(_EXCEPT_AFTER, e):
                continue      # 川渝以外省份: the places the participants did not come from
            item = _dimension(p)
            if item and item not in out:
                out.append(item)
        if has_cjk(span) and out:
            for m in _zh_demonyms().finditer(span):   # 来自澳门、内地、香港: 内地 is CHN (in
                # a list of places; "其余来自内地及海外" is where the rest came from, no list)
                cc = _demonym(m.group())
                if cc and ("country", cc) not in out and \
                        not span.startswith(_EXCEPT_AFTER, m.end()):
                    out.append(("country", cc))
    return out


# 川渝以外, 上海之外: the places before it are the ones the participants did not come from.
_EXCEPT_AFTER = ("以外", "之外")
# "regions outside the Santiago Metropolitan Region": a place the participants did not come from.
_EXCEPT_BEFORE = re.compile(r"\b(?:outside|except|excluding|other\s+than|beyond)\s+(?:the\s+)?"
                            r"[^,;]*$")
# What may stand right before a Chinese place that is a list's item rather than part of a name.
_ZH_ITEM_LEAD = frozenset("、，,和及与自的括即如以为从了请")


_ZH_ITEM_END = re.compile(r"[、，,。；;和及与等的（(]")
# words that open a list: "其中日本、泰国与波兰都设置了国家馆" (among them Japan, …)
_ITEM_LEAD_WORDS = ("其中", "包括", "例如", "分别")


def _in_name(span: str, s: int, e: int) -> bool:
    """A place inside an organisation's name: after other Chinese characters
    (中国科学院深圳先进技术研究院) or in brackets after them (哈尔滨工业大学（深圳）, a campus);
    before a name's head in its list item (中国科学院, 上海交通大学医学院; org_heads.csv). ("The
    University of Lagos" does say where its delegates came from.)"""
    if s and _CJK_CHAR.match(span[s - 1]) and span[s - 1] not in _ZH_ITEM_LEAD and \
            not span.endswith(_ITEM_LEAD_WORDS, 0, s):
        return True
    if _CJK_CHAR.match(span[e:e + 1]):
        end = _ZH_ITEM_END.search(span, e, e + 30)
        head = word_lists().zh_head_rx.search(span, e, end.start() if end else min(len(span), e + 30))
        if head and len(head.group()) > 1:   # 大学, 科学院; not 部 in 台湾经济主管部门负责人
            return True
    if s > 1 and span[s - 1] in "（(" and _CJK_CHAR.match(span[s - 2]):
        return True
    return False


# A capital may carry a diacritic or be a letter of its own: Đắk Lắk, Ñuble, Île-de-France.
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƠƯ"
_REGION_RUN = re.compile(rf"(?<![\w'’-])[{_CAP}][\w'’-]*(?:\s+[{_CAP}][\w'’-]*)*")
# A small word inside a region's name between two capitalised runs: Rio Grande do Sul,
# Newfoundland and Labrador, Castilla y León.
_NAME_PARTICLE = re.compile(r"\s+(?:do|da|dos|das|de|del|des|du|di|y|and|et|und)\s+$")


def _region_runs(span: str) -> Iterator[tuple[int, int, str]]:
    """Runs of capitalised words (_REGION_RUN), two or three of them joined by a small word
    read as one when together they name a region ("Rio Grande do Sul", not "Rio Grande" and
    "Sul"; "Newfoundland and Labrador")."""
    runs = list(_REGION_RUN.finditer(span))
    i = 0
    while i < len(runs):
        best = i
        for j in range(i + 1, min(i + 3, len(runs))):
            if not _NAME_PARTICLE.match(span[runs[j - 1].end():runs[j].start()] + " "):
                break
            if gazetteer.regions_named(span[runs[i].start():runs[j].end()]):
                best = j
        yield runs[i].start(), runs[best].end(), span[runs[i].start():runs[best].end()]
        i = best + 1


# ("São Paulo and other states": lower-case "states", not the United States)
_PROVINCE_WORD = re.compile(r"\b(?:provinces?|prefectures|counties|(?-i:states))\b", re.I)


def _regions(span: str) -> list[tuple[int, int, str]]:
    """Regions outside China in an English list of places: "Quebec and Ontario, … British
    Columbia and Alberta", "Biobío, Valparaíso and Antofagasta". A name a town of the same
    country shares (Quebec, Valparaíso) is a region only beside one that is no town's, of that
    country (Ontario, Biobío); a region's name that is a town elsewhere (Ontario, California)
    never makes that town's country."""
    found = []
    for ms, me, name in _region_runs(span):
        # the whole run of capitalised words ("British Columbia"); "South" in "South Korea" or
        # "Ontario" in "Ontario Tech University" is part of another name
        joined = len(_REGION_RUN.findall(name)) > 1
        hits = gazetteer.regions_named(name) if joined or name.count(" ") < 3 else ()
        if hits and _descriptive(name, hits) and \
                not any(p.country_code == cc for _s, _e, _sf, p in gazetteer.find_places(span)
                        for cc, _code, _town in hits):
            continue      # "the Eastern Province" of a Saudi text is not Sri Lanka's
        if hits:
            found.append((ms, me, hits))
    anchors = {cc for _s, _e, hits in found if len(hits) == 1 for cc, _code, town in hits
               if not town}
    if _PROVINCE_WORD.search(span):
        # "the neighbouring provinces of Bursa, Kütahya and Bilecik": the text says they are
        # provinces, though towns share their names
        anchors |= {cc for _s, _e, hits in found if len(hits) == 1 for cc, _code, _t in hits}
    return [(s, e, code) for s, e, hits in found for cc, code, _town in hits if cc in anchors]


def _descriptive(name: str, hits: tuple[tuple[str, str, bool], ...]) -> bool:
    """A region's name that only describes where it lies: without its last word it names
    regions of other countries too ("Eastern Province": Eastern is a region of Ghana, Fiji,
    Zambia …), so by itself it says no country."""
    head = name.rsplit(" ", 1)[0] if " " in name else ""
    own = {cc for cc, _code, _town in hits}
    return bool(head) and any(cc not in own for cc, _code, _town in gazetteer.regions_named(head))


# "德国、英国、日本等国家的科技机构组团参展", "上海、江苏等地的企业", "甲、乙等中亚国家" (a region word
# between): a list of places closed by 等.
# "等12个国家", "等兄弟省区" (a word of kinship or nearness before the provinces)
_ETC_PLACES = re.compile(r"等(?:[\d一二两三四五六七八九十]+个)?(?:[\u4e00-\u9fff]{1,3}?(?=国家|地区)|"
                         r"[\u4e00-\u9fff]{1,2}?(?=省))?"
                         r"(?:国家和地区|国家|地区|国|省市|省区|省份|省|地)")


def _etc_lists(sent: str) -> list[str]:
    """The lists of places a statement closes with 等国家 / 等地 (two places or more, the last
    right before 等), read within their clause."""
    out = []
    for m in _ETC_PLACES.finditer(sent) if "等" in sent else ():
        lo = max(0, m.start() - 80)
        cut = _clause_start(sent, lo, m.start())
        span = sent[cut:m.start()]
        span = span[2:] if span.startswith("其中") else span   # "其中陕西、青海…": among them
        found = gazetteer.find_places(span)
        if len(found) >= 2 and found[-1].end == len(span):
            out.append(span)
    return out


# "巴西、葡萄牙、莫桑比克及佛得角共19间企业": a count of organisations or people closing a list
_COUNT_AFTER_LIST = re.compile(r"共(?:计|有)?\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:余|多)?"
                               r"(?:家|间|所|个|位|名)")


def _counted_lists(sent: str) -> list[str]:
    """The lists of places (two or more, the last right before it) a count closes: "邀得巴西、
    葡萄牙、莫桑比克及佛得角共19间企业及研究机构参与" — where those counted came from."""
    out = []
    for m in _COUNT_AFTER_LIST.finditer(sent) if "共" in sent else ():
        cut = _clause_start(sent, max(0, m.start() - 80), m.start())
        span = sent[cut:m.start()]
        found = gazetteer.find_places(span)
        if len(found) >= 2 and found[-1].end == len(span):
            out.append(span[found[0].start:])   # (not the verb before it: 邀得巴西)
    return out


def _clause_start(sent: str, lo: int, hi: int) -> int:
    """Where the clause that ends at `hi` starts (not before `lo`)."""
    for i in range(hi - 1, lo - 1, -1):
        if sent[i] in "，。；,;：:！？":
            return i + 1
    return lo


@lru_cache(maxsize=1)
def _list_abbreviations() -> dict[str, dict[str, str]]:
    """dimension → one-character abbreviation → code, as written in lists of places: provinces
    (晋冀鲁豫, form province_list) and countries (中俄日韩, form country_list), from
    data/reference/place_abbreviations.csv; empty without it."""
    out: dict[str, dict[str, str]] = {"province": {}, "country": {}}
    try:
        rows = read_csv("place_abbreviations.csv")
    except FileNotFoundError:
        return out
    for r in rows:
        dim = {"province_list": "province", "country_list": "country"}.get(r.get("form", ""))
        if dim and len(r.get("abbr", "")) == 1:
            out[dim][r["abbr"]] = r["place"]
    return out


@lru_cache(maxsize=1)
def _abbreviation_run() -> re.Pattern | None:
    """A run of one-character abbreviations, written together (晋冀鲁豫) or apart (甘、青、宁)."""
    chars = "".join(sorted({c for table in _list_abbreviations().values() for c in table}))
    return re.compile(f"[{chars}](?:、?[{chars}])+") if chars else None


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = re.compile(r"[，。；,;]")
# What closes a run of abbreviations into a list of places: a count of provinces or countries
# (5省区, 三省一市, 四国), 等地/等国, 地区, or 的 (来自京津冀的代表).
_RUN_CLOSE = re.compile(
    r"(?P<sides>双方)?(?P<etc>等)?(?P<n>[\d一二两三四五六七八九十]+个?|多|各)?"
    r"(?P<unit>国家|国|省区市|省市区|省区|省市|省份|省|自治区|市|地区|地)?(?P<of>的)?")
# Words a list of places may follow directly (a run after any other character is inside a word).
_RUN_LEAD = re.compile(r"(?:来自|包括|涵盖|覆盖|以及|[自和与及在于])$")


def _province_runs(sent: str) -> list[tuple[str, str]]:
    """Provinces or countries written as a run of their one-character abbreviations that
    participants came from: 晋冀鲁豫多地的科技部门负责人, 来自甘、青、宁5省区的学员,
    来自中俄日韩四国的专家. The closing count says which table: 国 countries, else provinces;
    a run any table lacks a character of is not read."""
    run = _abbreviation_run()
    if run is None:
        return []
    tables = _list_abbreviations()
    out: list[tuple[str, str]] = []
    for m in run.finditer(sent):
        lead = sent[max(0, m.start() - 2):m.start()]
        close = _RUN_CLOSE.match(sent, m.end())
        if m.start() and _CJK_CHAR.match(sent[m.start() - 1]) and not _RUN_LEAD.search(lead) \
                and not (close.group("sides") and "、" not in m.group()):
            # inside a longer word; a run closed by 双方 stands on its own after any verb
            # (吸引中日双方约200名业者与会)
            continue
        if sent.startswith(_EXCEPT_AFTER, m.end()):
            continue      # 来自川渝以外省份的观众: not from these provinces
        unit = close.group("unit")
        if close.group("sides"):
            dim = "country"   # 中德双方签署…: the two countries' sides took part
        elif unit and (close.group("n") or close.group("etc") or unit in ("地区", "省份")):
            dim = "country" if unit.startswith("国") else "province"
        elif not unit and (close.group("of") or (lead == "来自" and "、" not in m.group())):
            dim = "province"
        else:
            continue
        codes = [tables[dim].get(ch) for ch in m.group() if ch != "、"]
        if None in codes:
            continue
        for code in codes:
            item = (dim, code)
            if item not in out:
                out.append(item)
    return out


@lru_cache(maxsize=1)
def _region_group_words() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """Words for a group of provinces (京津冀, 东北三省一区, 疆 of 疆内外) → their codes, from
    data/reference/place_abbreviations.csv (form region_group)."""
    groups = {r["abbr"]: tuple(r["place"].split("+")) for r in read_csv("place_abbreviations.csv")
              if r.get("form") == "region_group" and r.get("abbr")}
    if not groups:
        return None, groups
    return re.compile("|".join(map(re.escape, sorted(groups, key=len, reverse=True)))), groups


# After a group of provinces, what makes it where participants came from: a count of its parts
# (三地, 三省一市), then 内外, 的, 等地 or a kind (京津冀三地高校, 东北三省一区科技管理部门).
_GROUP_COUNT = re.compile(r"[一二两三四五六七八九十\d]+(?:个)?(?:地|省|市|区|省市|省区)"
                          r"(?:[一二两三四五六七八九十\d](?:市|区))?")
_GROUP_CLOSE = re.compile(r"内外|的|等地|地区的")


@_per_sentence
def _region_groups(sent: str) -> list[str]:
    """The provinces of a group word that says where participants came from: 来自疆内外的代表
    (CN-XJ), 东北三省一区科技管理部门、高校院所…代表 (CN-LN, JL, HL, NM). A single-character
    group word (疆) counts only before 内外."""
    rx, groups = _region_group_words()
    out: list[str] = []
    if rx is None or not has_cjk(sent):
        return out
    for m in rx.finditer(sent):
        end = m.end()
        count = _GROUP_COUNT.match(sent, end)
        if count:
            end = count.end()
        if sent.startswith(_EXCEPT_AFTER, end):
            continue      # 来自京津冀以外省份: not from these provinces
        if len(m.group()) == 1:
            ok = sent.startswith("内外", end)
        else:
            lead = sent[max(0, m.start() - 2):m.start()]
            kind = next(iter(_type_matches(sent[end:end + 12])), None)
            ok = bool(_GROUP_CLOSE.match(sent, end) or lead == "来自" or
                      (kind and kind[0].start() == 0))
        if ok:
            out += [c for c in groups[m.group()] if c not in out]
    return out


@lru_cache(maxsize=1)
def _growth() -> re.Pattern:
    """From attendance_words.csv: words right before a share that make it a change
    (报名数量增长超过六成, rose by 30 percent), not a part of the participants."""
    return re.compile(f"(?:{word_alternation('growth')})", re.I)


@lru_cache(maxsize=1)
def _origin_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """From attendance_words.csv: people from abroad (国外嘉宾, foreign guests: a share of them
    leaves the rest to the event's country), people of the place the event is held in
    (本地出席者约占58%, local firms: their share is that country's), a run of the kinds of
    participant a place's count names (日本企业和机构), and such a count (越南团队6支)."""
    kinds = word_alternation("origin_kind")
    return (re.compile(word_alternation("foreign"), re.I),
            re.compile(word_alternation("local"), re.I),
            re.compile(rf"(?:(?:{kinds})(?:和|及|与|以及)?)+$"),
            re.compile(rf"(?P<kind>{kinds})(?P<n>\d+|[一二两三四五六七八九十]+)"
                       r"(?:家|所|间|个|位|名|人|支)"))


def _strip_kinds(lead: str) -> str:
    """`lead` without the kinds (and their joiners) it ends with: 日本企业和机构 → 日本."""
    m = _origin_words()[2].search(lead)
    return lead[:m.start()] if m else lead


@_per_sentence
def _origin_counts(sent: str) -> list[tuple[str, int]]:
    """Counts by where they come from, the place before the kind: 内地企业一家, 日本企业3家
    (a country's count; 本地 names no country by itself)."""
    out = []
    for m in _origin_words()[3].finditer(sent) if has_cjk(sent) else ():
        lead = sent[max(0, m.start() - 16):m.start()]
        lead = lead[max(_clause_start(lead, 0, len(lead)), lead.rfind("、") + 1):]
        # 日本企业和机构代表96人: the kinds joined before the counted noun stand between
        head = _strip_kinds(lead)
        place = _share_place(head[-6:])
        n = _number(m.group("n"))
        if place and place[0] == "country" and "+" not in place[1] and n:
            out.append((place[1], n))
    return out


@lru_cache(maxsize=1)
def _place_people_rx() -> tuple[re.Pattern, re.Pattern]:
    """"海南本地的学员128名", "香港嘉宾逾百人" and "来自A、B的学员分别为41名和19名": people
    counted by the place they came from (nouns: attendance_words.csv, headcount_zh)."""
    nouns = word_alternation("headcount_zh")
    n = r"(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:名|人|位)"
    one = re.compile(rf"(?:本地|本土|当地)?的?(?:{nouns})(?:约|近|逾|超过|超|共|达)?(?P<n>{n})")
    each = re.compile(rf"的?(?:{nouns})分别(?:为|是|有)?(?P<nums>{n}(?:(?:、|和|及|与){n})+)")
    return one, each


_PLACE_WINDOW = 16


@lru_cache(maxsize=1)
def _people_run() -> re.Pattern:
    """A list of people or kinds joined before a counted noun (专家和企业 in 上海专家和企业代表
    40余人), at the end of the text before it."""
    words = f"{word_alternation('people_zh')}|{word_alternation('origin_kind')}"
    return re.compile(rf"(?:(?:{words})(?:和|及|与|、|以及))+(?:{words})$")
_COUNT_NUMBER = re.compile(r"\d+|[一二两三四五六七八九十百千]+")


@_per_sentence
def _place_people_counts(sent: str) -> list[tuple[str, str, int]]:
    """People counted by the place they came from, each place right before its count."""
    one, each = _place_people_rx()
    out: list[tuple[str, str, int]] = []
    for rx in (each, one):
        for m in rx.finditer(sent):
            lead = sent[max(0, m.start() - _PLACE_WINDOW):m.start()]
            lead = lead[_clause_start(lead, 0, len(lead)):]
            if rx is one:
                # "上海专家和企业代表40余人": the place stands before a list of its people
                run = _people_run().search(lead)
                lead = lead[:run.start()] if run else lead
            places = [(e, _dimension(p)) for _s, e, _sf, p in gazetteer.find_places(lead)]
            places = [(e, d) for e, d in places if d is not None]
            if not places or places[-1][0] != len(lead):
                continue      # the place must stand right before its people
            nums = [_number(x.group()) for x in _COUNT_NUMBER.finditer(m.group("nums" if rx is each
                                                                               else "n"))]
            if rx is each:
                if len(nums) != len(places):
                    continue
                pairs = zip([d for _e, d in places], nums, strict=True)
            else:
                pairs = [(places[-1][1], nums[0])]
            for (dim, code), count in pairs:
                if count and not any(c == code for _d, c, _n in out):
                    out.append((dim, code, count))
    return out


# A count right after a place, before its kind: 台湾约40家企业、印度逾100家企业与研究机构.
_COUNT_AFTER_PLACE = re.compile(r"(?:约|近|逾|超过|超|共|有|达)?(?:\d+|[一二两三四五六七八九十百千]+)"
                                r"(?:余|多)?(?:家|所|间|位|名)")
# Before a place, a word that makes it where the event or its counted people are, not whence
# they came: 在清奈300名代表与会.
_AT_PLACE = frozenset("在于到赴")


def _places_before_counts(sent: str) -> list[tuple[str, str]]:
    """The places standing right before a count of organisations or people of a kind
    (台湾约40家企业、印度逾100家企业与研究机构共近300名代表与会): where those counted came from,
    each listed."""
    out: list[tuple[str, str]] = []
    for m in _COUNT_AFTER_PLACE.finditer(sent):
        kind = next(iter(_type_matches(sent[m.end():m.end() + 8])), None)
        if kind is None or kind[0].start() != 0:
            continue      # 40家企业: the kind follows the count at once
        lead = sent[max(0, m.start() - _PLACE_WINDOW):m.start()]
        lead = lead[max(_clause_start(lead, 0, len(lead)), lead.rfind("、") + 1):]
        places = [(s, e, p) for s, e, _sf, p in gazetteer.find_places(lead)]
        if not places or places[-1][1] != len(lead):
            continue
        s = places[-1][0]
        if (s and lead[s - 1] in _AT_PLACE) or _in_name(lead, s, len(lead)):
            continue
        item = _dimension(places[-1][2])
        if item and item not in out:
            out.append(item)
    return out


def _home_counts(sent: str) -> list[int]:
    """境内嘉宾441人: a count of participants from the home country."""
    return [int(m.group("n")) for m in _HOME.finditer(sent)]


def _dimension(p: gazetteer.Place) -> tuple[str, str] | None:
    if p.country_code == "CHN" and p.province_code:
        return "province", p.province_code
    if p.country_code == "TWN" and (p.province_code or p.city):
        # Taiwan's cities and counties are its ISO 3166-2 subdivisions (臺中市 TW-TXG)
        code = p.province_code or province_code(p.city, "TWN")
        if code:
            return "province", code
    if p.country_code:
        return "country", p.country_code
    return None


def _diplomats(text: str) -> list[tuple[str, str, str, int, int]]:
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
            out.append(("country", cc, evidence_at(text, m.start(), m.end()), m.start(),
                        m.end()))
    return out


def shares_cover_all(mix: Iterable[MixFinding]) -> bool:
    """Whether the shares of institution types (stated, and a remainder of one kind derived
    from them) add up to all the participants: the kinds of the bodies named then say nothing
    more. A remainder of several kinds ("the rest from hospitals, labs and agencies") leaves
    open which of them came, so the bodies named still tell."""
    total = sum(m.share for m in mix if m.dimension == "institution_type" and
                m.share is not None and (m.basis == "reported" or
                                         (m.basis == "derived" and "+" not in m.category)))
    return total >= 0.995


# Roles whose organisations took part in the event (SPEC role vocabulary).
_TAKING_PART = ("participant", "signatory")


def kinds_of_participants(mentions: Iterable[OrgMention],
                          org_type: Callable[[str], str],
                          covered: bool = False) -> list[MixFinding]:
    """The kinds of the organisations named as taking part (participants and signatories,
    not organisers): "成功大学和台达电子签约" lists university and enterprise. `org_type` types
    an organisation by its name (etl.extract.organizations.classify_org); 'other' is no kind.
    None when `covered`: the event's stated shares already cover all its participants."""
    out: list[MixFinding] = []
    seen: set[str] = set()
    mentions = list(mentions)
    if covered:
        return out      # "70% companies, the rest universities": the breakdown is complete
    # The two parties of one signing are its signatories, not a mix of who took part.
    bilateral = len({m.name for m in mentions if m.role == "signatory"}) <= 2
    for m in mentions:
        if m.role not in _TAKING_PART or (bilateral and m.role == "signatory"):
            continue
        kind = org_type(m.name)
        if kind and kind != "other" and kind not in seen:
            seen.add(kind)
            out.append(MixFinding("institution_type", kind, "listed", evidence=m.evidence))
    return out
