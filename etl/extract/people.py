"""People named in an event report: name, title, affiliation and the part they played.

English: "Name, Title of Org" chunks inside a sentence or on a caption line ("Mr. LI Ming,
Director of …", "Prof. ZHAO Lei, SJTU Vice President"). Chinese: affiliation + title + name
("浙江大学科学技术研究院院长周明"), a transliterated name followed by its Latin form in brackets
becomes the Latin name. One person once (names compared case- and space-insensitively).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from etl.extract.org_reference import lookup_org, org_home
from etl.extract.orgnames.words import word_lists
from etl.extract.records import PersonMention
from etl.extract.text import evidence_at, has_cjk, original_span, spans_of, written
from etl.gazetteer import country_code, country_hint

_ROLE_RANK = {"moderator": 4, "trainer": 3, "speaker": 2, "official": 1, "other": 0}


_MODERATOR_BEFORE = re.compile(
    r"\b(?:presided\s+over|moderated|chaired|hosted|emceed|facilitated)\s+by\s*$", re.I)
_MODERATOR_AFTER = re.compile(r"^\W{0,3}(?:主持|presided\s+over|moderated|chaired)", re.I)
_ROLE_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    ("trainer", re.compile(r"\b(?:taught|teach(?:es|ing)?|lectur\w*|deliver(?:ed)?\s+(?:\w+\s+)?"
                           r"courses?|gave\s+(?:a\s+)?(?:course|class|lesson)s?|trainers?)\b|"
                           r"授课|讲授|讲课|培训讲师", re.I)),
    ("speaker", re.compile(r"\b(?:speech(?:es)?|keynote|remarks|report(?:s|ed)?|presentations?|"
                           r"talks?|address(?:ed)?|spoke|shared|introduced|interpreted|"
                           r"explained|analy[sz]ed|pointed\s+out|launched|released|presented)\b|致辞|报告|演讲|发言|分享|解读|"
                           r"讲话|介绍|发布", re.I)),
    ("official", re.compile(r"\b(?:attended|were\s+present|was\s+present|present\s+at|leaders?|"
                            r"officials?|witnessed)\b|出席|莅临|参加|到场|见证", re.I)),
)


def _role(sentence: str, start: int, end: int) -> str:
    if _MODERATOR_BEFORE.search(sentence[max(0, start - 40):start]) or \
            _MODERATOR_AFTER.search(sentence[end:end + 12]):
        return "moderator"
    for scope in (sentence[start:], sentence):
        scope = re.sub(r"(?:presided\s+over|moderated|chaired)\s+by|由[^。]*?主持", " ", scope)
        for role, rx in _ROLE_WORDS:
            if rx.search(scope):
                return role
    return "other"



_TITLE_CORE = (
    r"vice[\s-]+presidents?|presidents?|directors?[\s-]+general|directors?|"
    r"secretar(?:y|ies)[\s-]+general|secretar(?:y|ies)|chairm[ae]n|chairwom[ae]n|chairpersons?|"
    r"co-?chairs?|chairs?|heads?|deans?|professors?|researchers?|fellows?|ceos?|ctos?|cfos?|"
    r"coos?|co-?founders?|founders?|engineers?|evaluators?|assessors?|editors?(?:-in-chief)?|"
    r"managers?|mayors?|governors?|ministers?|consuls?(?:[\s-]+general)?|counsell?ors?|"
    r"ambassadors?|attach[eé]s?|commissioners?|partners?|consultants?|principals?|rectors?|"
    r"provosts?|chancellors?|officers?|leaders?|members?|academicians?|lecturers?|"
    r"advis[eo]rs?|representatives?|scientists?|specialists?|coordinators?|analysts?|"
    r"experts?|executives?|chiefs?|deputies")
_TITLE_MOD = (r"(?:former|acting|honorary|executive|senior|deputy|vice|associate|assistant|chief|"
              r"general|co|managing|founding|permanent|first|party|standing|principal|lead|"
              r"distinguished|adjunct|visiting|full)[\s-]+")
_TITLE = re.compile(rf"\b(?:{_TITLE_MOD})*(?:{_TITLE_CORE})\b", re.I)
_TITLE_START = re.compile(rf"^(?:the\s+)?((?:{_TITLE_MOD})*(?:{_TITLE_CORE})\b"
                          rf"(?:\s+(?:and|&)\s+(?:{_TITLE_MOD})*(?:{_TITLE_CORE})\b)?)", re.I)
_NAME_PARTICLES = frozenset({"van", "von", "de", "da", "der", "den", "del", "di", "du", "le", "la",
                             "bin", "binti", "al", "el", "dos", "das", "ter"})
_NOT_NAME_WORDS = frozenset(
    """the this that these those on in at during according among after before since while
    when where with from for and of to by as it its their our we he she they vice president
    director secretary general chairman chair head dean professor chief deputy executive
    senior mayor consul counsellor minister governor ambassador manager founder university
    college institute academy association society federation alliance network center centre
    commission committee bureau department ministry government administration office zone
    exchange market group company corporation hospital foundation council agency forum
    conference summit training meeting workshop seminar symposium ceremony session report
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday china chinese international national
    global world technology science innovation transfer research development representatives
    experts leaders guests participants trainees delegates attendees both all many some
    domestic foreign overseas morning afternoon evening today yesterday photo source translated
    edited issued also then however moreover meanwhile first second third last next management
    achievement achievements evaluation cooperation development industry enterprise affairs
    resources security education culture economic economics trade business investment capital
    party district province provincial municipal county union new area high tech industrial
    commercial strategic strategy platform project programme program plan policy""".split())


def _clean_token(t: str) -> str:
    return t.strip("“”\"'‘’()[]")


def _valid_name(name: str) -> bool:
    bare = _honorific().sub("", name).strip()
    tokens = bare.split()
    has_honorific = bare != name.strip()
    if not tokens or len(tokens) > 4 or (len(tokens) < 2 and not has_honorific):
        return False
    for t in tokens:
        t = _clean_token(t)
        if not t:
            return False
        if t.lower() in _NAME_PARTICLES and t is not tokens[0]:
            continue
        if not t[0].isupper() or t.lower() in _NOT_NAME_WORDS or any(c.isdigit() for c in t):
            return False
        if not all(c.isalpha() or c in "-'’." for c in t):
            return False
    if all(t.isupper() for t in tokens) and len(tokens) < 2:
        return False
    if lookup_org(bare) or country_code(bare) or \
            any(lookup_org(t) for t in tokens if t.isupper() and len(t) >= 3):
        return False
    return True


_CONNECTORS = frozenset({"and", "including", "namely", "by", "as", "them", "with", "invited",
                        "like", "from", "while", "whereas", "then", "also", "guests", "speakers",
                        "which", "whom", "where", "ceremony", "summit", "forum", "conference"})


def _name_at_end(chunk: str) -> str | None:
    """The person name a chunk ends with ('The session was moderated by John Smith')."""
    words = chunk.strip().split()
    for n in range(min(len(words), 5), 0, -1):
        cand, before = " ".join(words[-n:]), words[:-n]
        if before and before[-1].lower().strip(":") not in _CONNECTORS \
                and not before[-1].endswith(":") and before[-1].lower() != "as":
            continue
        if _valid_name(cand):
            return cand
    return None


def _split_names(chunk: str) -> list[str]:
    """'Mr. BU Xin and Mr. TAO Qingjiu' → two names sharing what follows."""
    parts = re.split(r"\s+(?:and|&)\s+", chunk.strip())
    if len(parts) == 2:
        first = _name_at_end(parts[0])
        second = parts[1].strip()
        if first and _valid_name(second):
            return [first, second]
    name = _name_at_end(chunk)
    return [name] if name else []


def _title_affiliation(chunks: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, affiliation, country from a bare country chunk) of a person's descriptor chunks."""
    title = affil = None
    country = None
    affil_from = -1
    for i, raw in enumerate(chunks):
        c = re.sub(r"^(?:and|the)\s+", "", raw.strip(" .;"), flags=re.I)
        if not c:
            continue
        if country_code(c) and not _TITLE.search(c):
            country = country or country_code(c)
            continue
        if title is not None:
            # "Director of Office X, Polytechnic University of Turin": the parent organisation.
            if i == affil_from + 1 and affil and not _TITLE_START.match(c) \
                    and re.match(r"[A-Z]", c) and _cut_verb(c) == c and _org_like(c):
                affil = f"{affil}, {c}"
                affil_from = i
            continue
        m = _TITLE_START.match(c)
        if m:
            title = m.group(1)
            rest = c[m.end():]
            rest = re.sub(r"^\s*(?:of|at|,|for|in)\s+(?:the\s+)?", "", rest, flags=re.I)
            if rest and not rest.startswith(("of ", "at ")):
                affil = _cut_affiliation(rest)
                affil_from = i
            continue
        m = _TITLE.search(c)
        if m and c[0].isupper():
            prefix, rest = c[:m.start()].strip(), c[m.end():]
            tail = re.match(r"^\s*(?:of|at)\s+(?:the\s+)?", rest, re.I)
            if not rest.strip() or re.match(r"^\s*(?:attended|delivered|made|gave|were|was)\b",
                                             rest):
                title, affil = m.group(), prefix or None        # "SJTU Vice President"
                affil_from = i
            elif tail:
                title = c[:m.end()].strip()                      # "Science and Technology Consul"
                affil = _cut_affiliation(rest[tail.end():])
                affil_from = i
    return title, affil or None, country


def _org_like(s: str) -> bool:
    return lookup_org(s) is not None or bool(_ORG_HEAD.search(s))


_ORG_HEAD = re.compile(r"\b(?:University|College|Institute|Institutet|Academy|Association|Society|"
                       r"Federation|Alliance|Network|Cent(?:er|re)|Commission|Committee|Bureau|"
                       r"Department|Ministry|Government|Administration|Office|Park|Zone|Exchange|"
                       r"Group|Company|Co\.|Corporation|Ltd|Limited|GmbH|Hospital|Foundation|"
                       r"Council|Agency|Consultancy|School|Laboratory|Polytechnic|Universit\w+)\b")


def _cut_verb(s: str) -> str:
    words = s.split()
    for i, w in enumerate(words):
        core = w.strip("“”\"'‘’(),.")
        if core and core[0].islower() and core not in ("of", "and", "for", "the", "in", "at",
                                                        "de", "du", "di", "la", "&"):
            return " ".join(words[:i]).strip(" ,")
    return s.strip()


def _cut_affiliation(rest: str) -> str | None:
    # "… Party Committee and Mayor of …": a second title starts after "and".
    m = re.search(rf"\s+(?:and|&)\s+(?:the\s+)?(?:{_TITLE_MOD})*(?:{_TITLE_CORE})\b", rest, re.I)
    if m:
        rest = rest[:m.start()]
    rest = re.sub(r"\s+(?:and|&)$", "", _cut_verb(rest))
    rest = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", rest).strip(" ,")
    return rest or None


_TITLE_BASES = """president director secretary secretarie general chairman chairmen chairwoman
    chairwomen chairperson chair head dean professor researcher fellow ceo cto cfo coo founder
    cofounder engineer evaluator assessor editor manager mayor governor minister consul counsellor
    counselor ambassador attache attaché commissioner partner consultant principal rector provost
    chancellor officer leader member academician lecturer adviser advisor representative scientist
    specialist coordinator analyst expert executive chief deputy deputie vice""".split()
_TITLE_WORDS = frozenset(_TITLE_BASES + [w + "s" for w in _TITLE_BASES])


_LOWER_WORD = re.compile(r"[a-z]+")
_LEAD_AND_THE = re.compile(r"^(?:and|the)\s+", re.I)
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_CLAUSE_SEP = re.compile(r",\s*|;\s*")
_CLAUSE_SPLIT = re.compile(r"(,\s*|;\s*)")


def _titled(chunk: str) -> bool:
    # Cheap word test first: the title regex is a long alternation tried at every position.
    if _TITLE_WORDS.isdisjoint(_LOWER_WORD.findall(chunk.lower())):
        return False
    c = _LEAD_AND_THE.sub("", chunk.strip())
    return bool(_TITLE_START.match(c) or (_TITLE.search(_cut_verb(c)) and c[:1].isupper()))


def _english(text: str) -> list[tuple[PersonMention, int]]:
    out = []
    for a, b in spans_of(text):
        s = text[a:b]
        if has_cjk(s) and not _LATIN_WORD.search(s):
            continue
        chunks, pos = [], 0
        for piece in _CLAUSE_SPLIT.split(s):
            if piece and not _CLAUSE_SEP.fullmatch(piece):
                chunks.append((pos, piece))
            pos += len(piece)
        starts = []
        for i, (_p, c) in enumerate(chunks[:-1]):
            if not (_titled(chunks[i + 1][1]) or (
                    i + 2 < len(chunks) and _titled(chunks[i + 2][1])
                    and not _split_names(chunks[i + 1][1]))):
                continue
            names = [n for n in _split_names(c) if not _TITLE.search(c[:c.rfind(n)])]
            if names:
                starts.append((i, names))
        for k, (i, names) in enumerate(starts):
            stop = starts[k + 1][0] if k + 1 < len(starts) else len(chunks)
            desc = [c for _p, c in chunks[i + 1:stop]]
            title, affil, country = _title_affiliation(desc)
            if title is None:
                continue
            title = " ".join(title.split())
            for name in names:
                p0 = chunks[i][0] + chunks[i][1].rfind(name.split()[-1])
                start = p0 - len(name) + len(name.split()[-1])
                name_start = max(0, chunks[i][0] + chunks[i][1].find(name))
                role = _role(s, name_start, chunks[stop - 1][0] + len(chunks[stop - 1][1])
                             if stop - 1 > i else name_start + len(name))
                hint = _country_of(affil) or country
                ev = evidence_at(text, a + max(start, 0))
                out.append((PersonMention(name=_honorific().sub("", name).strip(), title=title,
                                          affiliation=affil, role=role, country_hint=hint,
                                          evidence=ev), a + name_start))
    return out



_ZH_DELIM = "，,、。；;：:（(\n 等"
_ZH_VERBS = (r"主持|致辞|作|做|发表|对|就|莅临|出席|参加|表示|介绍|指出|发布|分享|带来|进行|"
             r"认为|强调|授课|讲授|解读|演讲|发言|围绕|以|在|为|与|和|及|一行")
_ZH_NOT_NAME = frozenset("助理 委员 一行 等人 代表 以及 表示 指出 介绍 认为 强调 致辞 主持 出席 "
                         "参加 单位 部门 成员 团队 人员 学者 专家 领导 嘉宾 机构 相关".split())
# A "name" ending like an organisation is the tail of one ("…成果转化促进会").
_ZH_ORG_CHARS = frozenset("会院所部局厅司处室心校园区组团社馆站构委办网台")
_ZH_TRANSLIT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·・•][\u4e00-\u9fff]{1,10})+")
_ZH_LATIN = re.compile(r"\s*[（(]\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’\-]{1,50}?)\s*[)）]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern:
    """Mr, Dr, Prof … before an English name (org_name_words.csv, kind honorific)."""
    return re.compile(rf"^(?:{'|'.join(map(re.escape, word_lists().honorifics_en))})\.?\s+")


@lru_cache(maxsize=1)
def _zh_title() -> re.Pattern:
    return re.compile("|".join(map(re.escape, word_lists().person_titles)))


@lru_cache(maxsize=1)
def _zh_after_name() -> re.Pattern:
    """What may follow a Chinese name: a verb of speaking or attending, or an honorific (先生)."""
    return re.compile(rf"^(?:{_ZH_VERBS}|{'|'.join(map(re.escape, word_lists().honorifics_zh))})")


def _latin_name(s: str, pos: int) -> re.Match | None:
    """A bracketed Latin personal name at s[pos] ('（David Bridges）'), not an acronym ('（ITTN）')."""
    m = _ZH_LATIN.match(s, pos)
    if not m or not re.search(r"[A-Za-z]{2}", m.group(1)):
        return None
    inner = m.group(1).strip()
    return None if " " not in inner and inner.isupper() else m


def _zh_name_after(s: str, pos: int) -> tuple[str, int] | None:
    """(name, end) of a person's name starting at s[pos], bounded by a delimiter or a verb."""
    m = _ZH_TRANSLIT.match(s, pos)
    if m:
        return m.group(), m.end()
    # A name followed by its Latin form may be longer (Japanese "山田一郎（Ichiro Yamada）").
    for n in (2, 3, 4, 5):
        cand = s[pos:pos + n]
        if len(cand) == n and all(_HAN.match(c) for c in cand) and cand[-1] not in _ZH_ORG_CHARS \
                and _latin_name(s, pos + n):
            return cand, pos + n
    for n in (2, 3):
        cand = s[pos:pos + n]
        if len(cand) < n or not all(_HAN.match(c) for c in cand) or cand in _ZH_NOT_NAME \
                or cand in word_lists().honorifics_zh \
                or cand[-1] in _ZH_ORG_CHARS:
            continue
        rest = s[pos + n:]
        if not rest or rest[0] in _ZH_DELIM or _zh_after_name().match(rest):
            return cand, pos + n
    return None


_AFF_LEAD = re.compile(r"(?<!自)由|邀请了|邀请|其中")
_AFF_JOIN = re.compile(r"(?:并|以及|和|及|还有|特邀|请)+")
_AFF_BRACKET = re.compile(r"[（(][^()（）]*[)）]")


def _zh_affiliation(s: str, title_start: int, orig: str) -> tuple[str, str] | None:
    """The affiliation written before a title at s[title_start] (bracketed asides left out),
    as read in `s` and in `orig`, the same text in the article's own characters: once an
    aside is cut out the rest is no longer one piece of the text to look up."""
    back = s[:title_start]
    start = max(back.rfind(c) for c in "，,、。；;：:\n") + 1
    for m in _AFF_LEAD.finditer(back, start):
        start = m.end()
    m = _AFF_JOIN.match(back, start)
    start = m.end() if m else start
    pieces, at = [], start
    for m in _AFF_BRACKET.finditer(back, start):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, len(back)))
    aff = "".join(back[p:q] for p, q in pieces)
    written_aff = "".join(orig[p:q] for p, q in pieces)
    lead, trail = len(aff) - len(aff.lstrip()), len(aff) - len(aff.rstrip())
    aff, written_aff = aff.strip(), written_aff[lead:len(written_aff) - trail]
    return (aff, written_aff) if len(aff) >= 2 and _HAN.search(aff) else None


def _chinese(text: str) -> list[tuple[PersonMention, int]]:
    out = []
    for a, b in spans_of(text):
        s, orig = text[a:b], original_span(text, a, b)
        if not has_cjk(s):
            continue
        for m in _zh_title().finditer(s):
            found = _zh_name_after(s, m.end())
            if not found:
                continue
            name, end = found
            latin = _latin_name(s, end)
            if latin:
                name, end = " ".join(latin.group(1).split()), latin.end()
            elif "·" in name or "・" in name:
                continue        # a transliteration without its Latin form: too unsure
            affil, written_affil = _zh_affiliation(s, m.start(), orig) or (None, None)
            if affil is None and m.start() > 0 and _HAN.match(s[m.start() - 1]):
                continue        # the "title" sits inside a longer word
            role = _role(s, m.start(), end)
            out.append((PersonMention(name=name, title=m.group(), affiliation=written_affil,
                                      role=role, country_hint=_country_of(affil),
                                      evidence=evidence_at(text, a + m.start(), a + end)),
                        a + m.start()))
    return out



def _country_of(affiliation: str | None) -> str | None:
    if not affiliation:
        return None
    ref = lookup_org(affiliation)
    if ref and ref.country_code:
        return ref.country_code
    cc = country_hint(affiliation)
    if cc:
        return cc
    home = org_home(affiliation)
    return home.country_code if home else None


def _person_key(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[\s.\-'’·・]", "", s)


def find_people(text: str) -> list[PersonMention]:
    """People with title, affiliation and role, each once, in order of first mention."""
    text = text or ""
    if not text.strip():
        return []
    found = sorted(_english(text) + _chinese(text), key=lambda x: x[1])
    merged: dict[str, PersonMention] = {}
    for p, pos in found:
        # Matched on the normalised view: names keep the article's own characters.
        p.name = written(text, p.name, pos)
        p.title = written(text, p.title, pos)
        p.affiliation = written(text, p.affiliation, pos)
        key = _person_key(p.name)
        if not key:
            continue
        old = merged.get(key)
        if old is None:
            merged[key] = p
            continue
        if _ROLE_RANK[p.role] > _ROLE_RANK[old.role]:
            old.role, old.evidence = p.role, p.evidence
        if p.title and (not old.title or (has_cjk(old.title) and not has_cjk(p.title))):
            # A bilingual text names each speaker twice: keep the English title and affiliation.
            old.title, old.affiliation = p.title, p.affiliation or old.affiliation
        old.affiliation = old.affiliation or p.affiliation
        old.country_hint = old.country_hint or p.country_hint
    return list(merged.values())
