"""English organisation names: a run of capitalised words that holds a head noun (University,
Ministry, Fund, Ltd … in org_heads.csv), ending at its last head or the head's "of …"
complement; acronyms defined in brackets ("Name (ACR)", "ACR (Name)") and their later bare uses;
a plural head shared by a list ("Oxford and Cambridge Universities")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from etl.extract.org_reference import lookup_org
from etl.extract.orgnames.span import OrgSpan
from etl.extract.orgnames.words import Words, latin_bounded, word_lists
from etl.extract.scan import finditer_at, positions_of
from etl.extract.text import original_span
from etl.extract.word_trie import trie_alternation
from etl.gazetteer import country_code, find_places

# Latin (with accents), Greek and Cyrillic letters and digits: \w would run an English name
# on into the Chinese written right after it ("由The University of Hong Kong主办").
_L = r"0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF_"
# Capitals beyond Latin-1 open a word too: "Đà Nẵng", "Łódź", "Škoda", "Ứng" (Vietnamese letters
# with two marks are in Latin Extended Additional)
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for k in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))
                               if (c := chr(k)).isupper())
# A word ends with a full stop only as an initial or an abbreviation ("U.S.", "Co."): "…
# and Innovation. The Brazilian …" is two sentences, not one name.
# A French article elided before a capital belongs to the word ("de l'Économie", "d'Art"); an
# accented capital opens a word as A-Z does ("École", "Économie").
_CAP = rf"(?:(?:Co|Inc|Ltd|Corp|Bhd|Pty|St|Jr|Mt)\.|(?:[dl]['’](?=[{_UPPER}]))?[{_UPPER}][{_L}'’&.\-]*[{_L}&]|" \
    r"[A-Z](?:\.[A-Z])*\.|[A-Z](?!/[A-Z]))"
# "for" before a money figure ("Kestotek for EUR 2 million", "X for Sh210 million") ends the name.
# Portuguese and Spanish names join with "para a", "e a", "da", "do" ("Fundação para a Ciência e a
# Tecnologia"); a bare "a" joins nothing ("gave MIT a Prize").
_CONNECT = r"(?:of|for(?![ \t]+(?:[A-Z]{2,3}|[A-Z][a-z]{0,2})[ \t]?\$?\d)|and|the|de|du|des|la|le|di|del|y|e|&|on|in|für|und|et|at|to|para[ \t]+a|e[ \t]+a|" \
    r"para|da|do|das|dos|o|es|pour|les)"
# a legal form after a comma, the British "plc" in lower case ("Rolls-Royce plc"), or the Danish
# and Norwegian "A/S" with its slash ("Novo Nordisk A/S"; a single capital before a slash opens
# no word of a name)
_LEGAL_TAIL = r"(?:,[ \t]*(?:Ltd|Limited|Inc|LLC|GmbH|S\.A|Pty[ \t]+Ltd)\.?|[ \t]+plc(?![\w-])|" \
    r"[ \t]+A/S(?![\w/-]))"
# "Ministère de l'Économie, de l'Innovation et de l'Énergie": a French name's complements
# may be listed with commas, each opened by de/du/des or an article ("Fonds pour la Science, la
# Technologie et l'Innovation")
CHUNK = re.compile(rf"(?<![{_L}'’-]){_CAP}(?:(?:[ \t]+|,[ \t]+(?=d(?:e|u|es)[ \t]|l(?:a|e|es)[ \t]))(?:{_CONNECT}[ \t]+)*{_CAP})*"
                   rf"{_LEGAL_TAIL}?")
_ACRONYM_DEF = re.compile(r"[ \t]*[(（][ \t]*(?:the[ \t]+)?([A-Z][A-Za-z0-9&\-]{1,11}"
                          r"(?:[ \t][A-Z][A-Za-z0-9&\-]{1,11})?)[ \t]*[)）]")
# legal forms written with a stop that stays inside a name ("Co.", "Ltd.", "S.A.")
LEGAL_ABBREVIATIONS = r"Co|Ltd|Inc|Corp|Bhd|S\.A(?:\.[AC])?|N\.V|Pty"
_LEGAL_ABBREVIATION = re.compile(rf"\b(?:{LEGAL_ABBREVIATIONS})\.$")
# "in"/"at" join a run ("Centre in X") but never continue a name past its head
# ("Inner Mongolia University in Hohhot").
_COMPLEMENT_WORDS = frozenset({"of", "for", "on", "the", "and", "&", "de", "du", "to",
                               "des", "la", "le", "di", "del", "y", "e", "für", "und", "et",
                               "para", "a", "da", "do", "das", "dos", "o", "es", "pour", "les"})


# A head noun right after a name's bracketed acronym ends the name: "… Innovation (SRTI) Park".
_HEAD_AFTER = re.compile(rf"[ \t]+({_CAP})(?![{_L}])")


_NON_SPACE = re.compile(r"\S+")
# a French complement with its article elided ("Institut d'Études …", "Ministère de l'Économie")
_ELIDED = re.compile(r"[dl]['’]\w")
_FIRST_WORD = re.compile(r"(\S+)[ \t]+")


def english_spans(text: str) -> list[OrgSpan]:
    w = word_lists()
    out = []
    prev = None             # the capitalised run before this one
    resume = 0              # a name ran on past its acronym to here: later runs start after
    for m in CHUNK.finditer(text):
        words = [(t.start() + m.start(), t.group()) for t in _NON_SPACE.finditer(m.group())
                 if t.start() + m.start() >= resume]
        if not words:
            continue
        acr = _ACRONYM_DEF.match(text, m.end())
        acronym = acr.group(1) if acr and looks_like_acronym(acr.group(1)) and \
            not country_code(acr.group(1)) else None
        head = _HEAD_AFTER.match(text, acr.end()) if acronym else None
        start = _acronym_spelled(acronym, words, m, prev, text) \
            if head and is_head(head.group(1), w.en_heads) and words[0][0] == m.start() else None
        if start is not None:
            # "Sharjah Research, Technology and Innovation (SRTI) Park": the acronym spells
            # the words before it, the head after it names what they are
            name = f"{original_span(text, start, m.end())} {original_span(text, *head.span(1))}"
            out = [s for s in out if s.end <= start]
            out.append(OrgSpan(start, head.end(1), name, acronym))
            resume = head.end(1)
            prev = m
            continue
        # "(NRDI Office)": the acronym, then the name's own head noun
        core = acronym.partition(" ")[0] if acronym and " " in acronym and \
            m.group().endswith(" " + acronym.partition(" ")[2]) else acronym
        if acronym and prev is not None and words[0][0] == m.start() and \
                words[0][1][0] != core[0] and \
                re.fullmatch(r",[ \t]*", text[prev.end():m.start()]):
            # "The Science, Technology and Innovation Secretariat (STI)": the acronym's first
            # letter is the word before the comma, the name starts there
            begin = prev.start()
            lead = _FIRST_WORD.match(text, begin, prev.end())
            while lead and lead.group(1) in w.lead:
                begin = lead.end()
                lead = _FIRST_WORD.match(text, begin, prev.end())
            if text[begin] == core[0] and _initials_spell(core, text[begin:m.end()]):
                out.append(OrgSpan(begin, m.end(), original_span(text, begin, m.end()), acronym))
        if acronym and not _abbreviates(acronym, m.group()) and \
                not _reordered_initials(acronym, m.group(), w.lead):
            if prev is not None and re.fullmatch(r",[ \t]*", text[prev.end():m.start()]) and \
                    _initials_spell(acronym, text[prev.start():m.end()]):
                # "Organization for Creativity, Innovation and Invention Promotion (OCIIP)"
                begin = prev.start()
                lead = _FIRST_WORD.match(text, begin)
                while lead and lead.group(1) in w.lead:      # "The Ministry of …, … (MX)"
                    begin = lead.end()
                    lead = _FIRST_WORD.match(text, begin)
                out.append(OrgSpan(begin, m.end(), original_span(text, begin, m.end()), acronym))
            # "(AIL Asia)": an acronym and a place in one bracket
            first, _sp, rest = acronym.partition(" ")
            if rest and _word_and_initials(first, rest, m.group()):
                pass        # "Invest Northern Ireland (Invest NI)": its first word, then initials
            elif not rest or not (_abbreviates(first, m.group()) or _foreign_acronym_of_country(first, rest)):
                acronym = None
            elif _abbreviates(first, m.group()):
                acronym = first
            # "Argentine-German Chamber of Commerce (AHK Argentina)": an acronym of the body's
            # own language and its country is the short form the text goes on to use, whole
        # "A Ventures, B Capital and C Partners": after a name and a comma, "B … and C" are the
        # list's last two items, not one name
        listed = prev is not None and out and out[-1].end == prev.end() and \
            re.fullmatch(r",[ \t]*", text[prev.end():m.start()]) is not None
        runs = _name_runs(words, w, listed)
        if acronym and runs and runs[-1][1] < len(words) - 1 and \
                _abbreviates(acronym, " ".join(t for _p, t in words[runs[-1][0]:])):
            # "Lisbon Venture Studio Programme (LVSP)": the acronym spells the whole run
            runs[-1] = (runs[-1][0], len(words) - 1)
        if acronym and runs and runs[-1][1] == len(words) - 1:
            runs[-1:] = _split_before_acronym(acronym, words, *runs[-1])
        for a, b in runs:
            start, end = words[a][0], words[b][0] + len(words[b][1])
            own = acronym if b == len(words) - 1 else None
            if own is None:
                joined = comma_rest(text, original_span(text, start, end), end)
                if joined > end:
                    # "Ministry of Lands, Water, Energy and Mining (MLWEM)": its acronym too
                    end = joined
                    after = _ACRONYM_DEF.match(text, end)
                    if after and _initials_spell(after.group(1), text[start:end]):
                        own = after.group(1)
            name = original_span(text, start, end).rstrip(",")
            if name.endswith(".") and not _LEGAL_ABBREVIATION.search(name):
                name = name.rstrip(".")
            if name.endswith(("'s", "’s")) and " " in name:
                name = name[:-2]        # "Brack University's Hobart campus": the owner
            if not name:
                continue
            out.append(OrgSpan(start, start + len(name), name, own))
        if not out or out[-1].end <= m.start():
            # A capitalised run without a head noun is a name when it defines an acronym
            # ("Nordhaven (NHV)") or is the long form of one.
            start = _spelled_from(acronym, words) if acronym else m.start()
            first = next((k for k, (p, _t) in enumerate(words) if p == start), 0)
            if acronym and len(words) - first >= 2 and words[first][1] not in w.lead and \
                    words[-1][1] not in w.not_org:      # "Innovation Voucher Scheme (IVS)"
                pieces = _split_before_acronym(acronym, words, first, len(words) - 1)
                for a, b in pieces:
                    s, e = words[a][0], words[b][0] + len(words[b][1])
                    out.append(OrgSpan(s, e, original_span(text, s, e),
                                       acronym if b == len(words) - 1 else None))
        prev = m
    return out


_ITEM = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
# the last items may be joined by more than one "and" ("…, Micro, Small and Medium Enterprises
# and Communications")
# Spanish, Portuguese, French and German names join their last field with y / e / et / und
# ("Secretaría de Educación Superior, Ciencia, Tecnología e Innovación")
_COMMA_REST = re.compile(rf"(?:,[ \t]+{_ITEM}){{1,5}},?(?:[ \t]+(?:and|&|y|e|et|und)[ \t]+{_ITEM}){{1,2}}"
                         rf"(?![\w'’-]|[ \t]+[A-Z])")
# the complement that opens a name's list of fields ("Ministry of …", "Secretaría de …")
_COMPLEMENT = re.compile(r"[ \t](?:of|for|de|para|du|des|für)[ \t]")


def comma_rest(text: str, name: str, end: int) -> int:
    """Where a name whose complement is a list of fields ends: "Faculty of Agriculture, Food
    and Environment", "Ministry of Higher Education, Innovation, Science and Technology
    Development" (the commas are inside the name); `end` when the name stops there. The items
    must be fields, not names of their own (no head noun, no known organisation or place)."""
    if not _COMPLEMENT.search(name):
        return end
    m = _COMMA_REST.match(text, end)
    if m is None:
        return end
    heads = word_lists().en_heads
    for item in re.split(r",[ \t]*(?:(?:and|&|y|e|et|und)[ \t]+)?|[ \t]+(?:and|&|y|e|et|und)[ \t]+",
                         m.group()):
        item = item.strip()
        if item and (any(is_head(t, heads) for t in item.split()) or item.isupper() or
                     lookup_org(item) is not None or country_code(item) is not None or
                     find_places(item)):
            return end
    return m.end()


def _acronym_spelled(acronym: str, words: list[tuple[int, str]], m: re.Match,
                     prev: re.Match | None, text: str) -> int | None:
    """Where the name that `acronym` spells starts: in this capitalised run, or in the run
    before it joined by a comma ("Sharjah Research, Technology and Innovation"); None when
    the acronym spells neither."""
    if _abbreviates(acronym, m.group()):
        return _spelled_from(acronym, words)
    if prev is not None and re.fullmatch(r",[ \t]*", text[prev.end():m.start()]) and \
            _initials_spell(acronym, text[prev.start():m.end()]):
        before = [(t.start() + prev.start(), t.group()) for t in re.finditer(r"[^\s,]+",
                                                                              prev.group())]
        return _spelled_from(acronym, before + words)
    return None


@lru_cache(maxsize=1)
def _plural_heads() -> tuple[str, ...]:
    return tuple(sorted({h[:-1] + "ies" if h.endswith("y") else h + "s"
                         for h in word_lists().en_heads
                         if h[:1].isupper() and h.isalpha() and len(h) > 3}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_plural_head() -> re.Pattern:
    # one scan for all heads (a substring test per head read the text a hundred times)
    return re.compile(trie_alternation(list(_plural_heads()), space=" "))


@lru_cache(maxsize=1)
def _distributive() -> re.Pattern:
    """"Araba, Bizkaia and San Sebastián Technology Parks": one head noun in the plural shared
    by every name of a list."""
    plurals = _plural_heads()
    item = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?"
    return re.compile(rf"(?<![\w-])(?P<items>(?:{item},[ \t]+)*{item},?[ \t]+(?:and|&)[ \t]+{item})"
                      rf"[ \t]+(?P<mods>(?:[A-Z][\w-]*[ \t]+){{0,3}}?)(?P<head>{'|'.join(plurals)})\b")


def distributed_spans(text: str) -> list[OrgSpan]:
    out: list[OrgSpan] = []
    if not _any_plural_head().search(text):
        return out      # the list's regex tries every capitalised word: only where it can match
    for m in _distributive().finditer(text):
        head = m.group("head")
        singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        items = [it.group() for it in
                 re.finditer(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?", m.group("items"))]
        mods = m.group("mods")
        last = items[-1].split()
        if len(last) == 2 and not mods:
            # "Tampere Science Parks": the second word qualifies the head, like the others';
            # "San Sebastián Technology Parks": the qualifier is there, the name has two words
            items[-1], mods = last[0], f"{last[1]} "
        pos = m.start("items")
        for k, item in enumerate(items):
            start = text.index(item, pos)
            pos = start + len(item)
            end = m.end() if k == len(items) - 1 else pos
            out.append(OrgSpan(start, end,
                               f"{original_span(text, start, start + len(item))} {mods}{singular}"))
    return out


def is_head(word: str, heads: frozenset[str]) -> bool:
    return any(part.strip(". ").removesuffix("'s").removesuffix("’s") in heads
               for part in word.split(","))


_NOT_BEFORE_HEAD = frozenset({"at", "in", "on", "to"})


def _name_runs(words: list[tuple[int, str]], w: Words, listed: bool = False
               ) -> list[tuple[int, int]]:
    """(first, last) word indices of the names in one capitalised run."""
    n = len(words)
    heads = [i for i, (_p, t) in enumerate(words) if is_head(t, w.en_heads)]
    if not heads:
        return []
    # Split at "and"/"&" where both sides hold a head: "Fudan University and Tongji University".
    head_set = set(heads)
    pieces, start, last_head = [], 0, -1
    for i, (_p, t) in enumerate(words):
        if t in ("and", "&"):
            # "the University's Research and Innovation Division": the owner's head is no
            # whole name when words of its unit follow it
            owned = last_head >= start and words[last_head][1].endswith(("'s", "’s")) and \
                last_head < i - 1
            left_whole = (last_head >= start and not owned) or (
                i - start == 1 and (looks_like_acronym(words[start][1])
                                    or lookup_org(words[start][1]) is not None
                                    or country_code(words[start][1].rstrip(",")) is not None))
            # "Borealis and the Nordic Innovation Centre": "and the" opens another name
            left_whole = left_whole or (i + 1 < n and words[i + 1][1] == "the")
            left_whole = left_whole or (listed and start == 0 and 1 <= i <= 3 and
                                        all(t[:1].isupper() for _p, t in words[:i]))
            if left_whole and _right_has_own_head(words, i + 1, head_set):
                pieces.append((start, i - 1))
                start = i + 1
        if i in head_set:
            last_head = i
    pieces.append((start, n - 1))
    # "the Canadian Technology Transfer Forum at the Shaw Centre": an event and its venue
    at = next((i for i, (_p, t) in enumerate(words) if t == "at" and
               any(words[k][1].rstrip(",") in w.event_nouns for k in range(i))), None)
    if at is not None:
        pieces = [(x, min(y, at - 1)) for x, y in pieces if x < at]
    runs = []
    for a, b in pieces:
        lo, hi = bisect.bisect_left(heads, a), bisect.bisect_right(heads, b)
        own = heads[lo:hi]
        if not own:
            continue
        # "4 December at the Institut National X", "Unveiled in the Science Museum": a name
        # joins "at"/"in"/"on"/"to" only after its head (University of X at Y, Council on Z);
        # what comes before one of them, ahead of the first head, is no part of the name
        prep = max((i for i in range(a, own[0]) if words[i][1] in _NOT_BEFORE_HEAD), default=None)
        if prep is not None:
            a = prep + 1
        while a < own[0] and (words[a][1] in w.lead or words[a][1] in _COMPLEMENT_WORDS):
            a += 1
        # "Coimbatore-based Pricol Limited", "Silicon Valley-based X Inc.": where it is based is
        # no part of its name
        based = next((i for i in range(own[0] - 1, a - 1, -1)
                      if words[i][1].lower().endswith("-based")), None)
        if based is not None:
            a = based + 1
        # "Stanford University's Office of X": the unit, not its owner.
        owner = next((i for i in range(a, own[-1]) if words[i][1].endswith(("'s", "’s"))
                      and (any(a <= h <= i for h in own)
                           or country_code(words[i][1][:-2]) is not None
                           or _only_place(words[i][1][:-2])
                           # "CSIRO's Data61 Institute": an owner named by its acronym
                           or (i == a and looks_like_acronym(words[i][1][:-2])))), None)
        if owner is not None:
            a = owner + 1
        # "the Annual Meeting of the X Society": an event's name, then its organisation.
        event_of = next((i for i in range(a, own[0]) if words[i][1] == "of" and
                         any(words[k][1].rstrip(",") in w.not_org for k in range(a, i))), None)
        if event_of is not None:
            a = event_of + 1
            while a < own[0] and words[a][1] in _COMPLEMENT_WORDS:
                a += 1
        # "General Manager of Beijing X Co.", "David Ai of Hawaii University": no head before
        # "of", so what stands before it (a title, a person) is not the organisation's name.
        of = next((i for i in range(own[0] - 1, a - 1, -1) if words[i][1] == "of"), None)
        if of is not None:
            a = of + 1
            while a < own[0] and words[a][1] in _COMPLEMENT_WORDS:
                a += 1
        last = own[-1]
        end = qualified = _qualifiers_after(words, last, b, w)
        # "University of Michigan", "Ministry of Economy and Innovation of the Republic of X":
        # a head is followed by its complement; other capitalised words after it are not the name.
        j = qualified + 1
        while j <= b and (words[j][1] in _COMPLEMENT_WORDS or _ELIDED.match(words[j][1])) and \
                (j > qualified + 1 or words[j][1] not in ("and", "&", "the")):
            k = j
            while k <= b and words[k][1] in _COMPLEMENT_WORDS:
                k += 1
            if k > b or (words[j][1] == "of" and _country_word(words[k][1])):
                break                      # "… of the P.R.China" says whose, not which
            if k - j >= 2 and words[j][1] in ("and", "&") and words[j + 1][1] == "the" and \
                    _only_place(" ".join(t for _p, t in words[k:b + 1])):
                break     # "Department of Science and Technology and the Jinan …": a second body
            end = k
            j = k + 1
            # "the X Institute of Technology's Weihai campus": the possessive ends the name
            while j <= b and (words[j][1][:1].isupper() or words[j][1][:1].isdigit()) and \
                    not words[end][1].endswith(("'s", "’s")):
                end = j
                j += 1
        while end > a and words[end][1] in _COMPLEMENT_WORDS:
            end -= 1
        if end - a + 1 >= 2 or _standalone_head(words[a][1]):
            runs.append((a, end))
    return runs


def _qualifiers_after(words: list[tuple[int, str]], head: int, b: int, w: Words) -> int:
    """The last word of a name's qualifiers after its head: a head that opens its name
    (Romance and Malay naming: "Universidad Católica San Pablo", "Instituto Nacional de …",
    "Universiti Teknologi Malaysia") takes the capitalised words that follow it in its run;
    an English head ends its own words ("Queen's University", then its complement)."""
    if words[head][1] not in w.en_open_heads:
        # "Queen's University Belfast", "X Engineering Center Cluj": a city closing the run
        # right after the head names the seat as part of the name
        rest = " ".join(t for _p, t in words[head + 1:b + 1])
        if head < b and b == len(words) - 1 and not rest.endswith(",") and \
                not words[head][1].endswith(("'s", "’s")) and \
                (_only_place(rest) and _city_word(rest) or _short_city(rest)):
            return b
        return head
    end = head
    while end < b:
        word = words[end + 1][1]
        bare = word.rstrip(",")
        if not word[:1].isupper() or bare in w.not_org or bare in w.event_nouns or \
                bare in w.lead or word.endswith(("'s", "’s")) or bare != word:
            break           # a programme, an event or a possessive's unit is no qualifier
        end += 1
    return end


@lru_cache(maxsize=4096)
def _short_city(word: str) -> bool:
    """"Science Technology Park Niš": a short city name the gazetteer takes only after "in",
    written with a letter English has not (so no English word such as "Hub" or "Ede")."""
    if " " in word or word.isascii() or len(word) > 6:
        return False
    places = find_places(f"in {word}")
    return len(places) == 1 and places[0].place.city is not None and places[0].end == len(word) + 3


@lru_cache(maxsize=4096)
def _city_word(name: str) -> bool:
    """Whether a place name is a city's (a country or a province after a head says where the
    body is, "Innovation Agency Georgia", and is left to the tail)."""
    places = find_places(name)
    return len(places) == 1 and places[0].place.city is not None


def _split_before_acronym(acronym: str, words: list[tuple[int, str]], a: int, b: int
                          ) -> list[tuple[int, int]]:
    """"Universities Canada and Colleges and Institutes Canada (CICan)", "Cambridge Enterprise
    and UCL Business (UCLB)": the acronym spells only what follows an "and", and the run does
    not start with its letter, so the run is two names."""
    first = acronym[0].lower()
    if words[a][1][0].lower() == first:
        return [(a, b)]
    for k in range(a + 2, b):
        if words[k - 1][1] == "the" and words[k - 2][1] == "and" and k - 3 >= a and \
                words[k][1][0].lower() == first and \
                _abbreviates(acronym, " ".join(t for _p, t in words[k:b + 1])):
            return [(a, k - 3), (k, b)]          # "A and the B Organization (BO)"
        if words[k - 1][1] == "and" and words[k][1][0].lower() == first and \
                _abbreviates(acronym, " ".join(t for _p, t in words[k:b + 1])):
            return [(a, k - 2), (k, b)]
    return [(a, b)]


def _word_and_initials(first: str, rest: str, name: str) -> bool:
    """Whether a bracket's "Invest NI" is the name's first word and the initials of the rest
    ("Invest Northern Ireland"): the short form the text goes on to use, whole."""
    words = name.split()
    return len(words) >= 3 and words[0] == first and rest.isupper() and \
        "".join(w[0] for w in words[1:] if w[:1].isupper()) == rest


def _foreign_acronym_of_country(first: str, rest: str) -> bool:
    """Whether a bracket's "AHK Argentina", "GIZ Kenya" is an acronym (in the body's own
    language, so it spells no word of the English name) and the country of the branch."""
    return bool(re.fullmatch(r"[A-Z]{2,6}", first)) and country_code(rest) is not None


def _country_word(word: str) -> bool:
    # "… of the P.R.China" says whose body it is; "Ministry of Industry of Thailand" keeps it.
    return bool(re.fullmatch(r"P\.?R\.?C(?:hina)?|PRC|People's", word.rstrip(".,")))


def _right_has_own_head(words: list[tuple[int, str]], i: int, heads: set[int]) -> bool:
    # The right side names its own organisation: a head before the next "of"/"and", or it is
    # an acronym or a known organisation ("Seoul National University and KAIST").
    for j in range(i, min(len(words), i + 12)):
        if words[j][1] == "of":
            # "Dr Per Holm of Roskilde University": a person (or unit) of a named body
            return any(k in heads for k in range(j + 1, min(len(words), j + 7)))
        if words[j][1] in ("for", "and", "&"):
            return False
        if j in heads:
            return True
    while i < len(words) and words[i][1] == "the":
        i += 1
    rest = " ".join(t for _p, t in words[i:i + 12])
    return i < len(words) and (looks_like_acronym(words[i][1]) or lookup_org(rest) is not None)


def _standalone_head(word: str) -> bool:
    # One word that is a name on its own: a legal name like "Microsoft Corp" needs two words,
    # but an acronym-like head never stands alone either.
    return False


def looks_like_acronym(s: str) -> bool:
    s = s.strip()
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\- ]{0,13}", s)) and \
        sum(c.isupper() for c in s) >= 2


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether `acronym` can stand for `name`: its letters appear in order in the name, the
    first one starting a word ('HRSS' for '… Human Resources and Social Security Department';
    not 'MOST' for 'International Technology Transfer Center', which names its parent)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not letters or not words:
        return False
    flat = " ".join(words)
    starts = [i for i, c in enumerate(flat) if c == letters[0] and (i == 0 or flat[i - 1] == " ")]
    for i in starts:
        pos = i + 1
        for c in letters[1:]:
            pos = flat.find(c, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return True
    return False


def _reordered_initials(acronym: str, name: str, lead: frozenset[str]) -> bool:
    """Whether `acronym` is the initials of the name's capitalised words in another order: the
    acronym of the name in its own language ('SDU', Syddansk Universitet, for the University of
    Southern Denmark). Words that open a sentence before a name ('The') are no initials."""
    words = [w for w in name.split() if w[:1].isupper() and w not in lead]
    if any(c.isdigit() for c in acronym):
        # "Mohammed VI Polytechnic University (UM6P)": a regnal number written as a Roman
        # numeral in the name is a digit in the acronym ("Université Mohammed VI Polytechnique")
        numerals = [w for w in words if _ROMAN.fullmatch(w)]
        if len(numerals) != sum(c.isdigit() for c in acronym):
            return False
        words = [w for w in words if w not in numerals]
        acronym = "".join(c for c in acronym if not c.isdigit())
    initials = sorted(w[0] for w in words)
    return len(initials) >= 2 and initials == sorted(acronym)


_ROMAN = re.compile(r"[IVX]{1,4}")


_ACRONYM_THEN_NAME = re.compile(r"(?<![\w&-])([A-Z][A-Z&]{1,7})[ \t]*[(（]([A-Z][^()（）\n]{4,90})[)）]")


# "the alliance NRL – Nordic Research Links –": an acronym and its spelling between dashes
_ACRONYM_DASH_NAME = re.compile(r"(?<![\w&-])([A-Z][A-Za-z&]{1,9})[ \t]+[–—][ \t]+"
                                r"([A-Z][^\n.;:,–—()]{4,90}?)(?=[ \t]*[–—,.;:()\n]|$)")


def acronyms_spelled_after(text: str) -> list[OrgSpan]:
    """An acronym written first with its name in brackets: "the CDTI (Centre for Industrial
    Technological Development)" names the centre at the acronym; or with its name between
    dashes, when the name's capitalised words spell it ("ECIU – European Consortium of
    Innovative Universities –")."""
    out = []
    for m in _ACRONYM_DASH_NAME.finditer(text) if ("–" in text or "—" in text) else ():
        acronym, name = m.group(1), m.group(2).strip()
        capitals = [c for c in acronym if c.isupper()]
        initials = [w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper()]
        if len(capitals) >= 2 and capitals == initials:
            out.append(OrgSpan(m.start(1), m.end(1), original_span(text, m.start(2),
                                                                    m.start(2) + len(name)),
                               acronym, tail=m.end(2)))
    heads = word_lists().en_heads
    for m in _ACRONYM_THEN_NAME.finditer(text):
        acronym, name = m.group(1), m.group(2).strip()
        initials = sorted(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())
        letters = sorted(c for c in acronym if c.isalpha())
        # The letters may come in another order: an acronym of the name in its own language
        if any(is_head(t, heads) for t in name.split()) and letters == initials:
            out.append(OrgSpan(m.start(1), m.end(1), original_span(text, m.start(2),
                                                                    m.start(2) + len(name)),
                               acronym, tail=m.end()))
    return out


def _spelled_from(acronym: str, words: list[tuple[int, str]]) -> int:
    """Where the name an acronym spells starts in a capitalised run: "Annual Conference of
    Knowledge Commercialisation Australasia (KCA)" → at "Knowledge". The whole run when no
    capitalised word starts exactly the acronym's initials."""
    letters = "".join(c for c in acronym.lower() if c.isalpha())
    for k, (pos, word) in enumerate(words):
        if not word[:1].isupper():
            continue
        initials = "".join(t[0] for _p, t in words[k:] if t[:1].isupper()).lower()
        if initials == letters:
            return pos
    return words[0][0]


def _initials_spell(acronym: str, name: str) -> bool:
    """Whether the capitalised words' initials of `name` hold the acronym's letters in order
    (stricter than _abbreviates, for names joined across a comma)."""
    words = re.findall(r"[A-Za-z][\w-]*", name)
    if acronym.isupper():
        initials = "".join(w[0] for w in words if w[0].isupper())
        it = iter(initials.lower())
        return all(c in it for c in acronym.lower() if c.isalpha())
    # "MoHERI" for "Ministry of Higher Education, Research and Innovation": a lower-case letter
    # of the acronym is the initial of the small word next in line ("of"), a capital that of
    # the next capitalised word; every capitalised word is spelled (a mixed-case acronym is
    # read strictly: it would otherwise spell any long run of names)
    k = 0
    for c in (c for c in acronym if c.isalpha()):
        if c.islower():
            if k >= len(words) or words[k][0] != c:
                return False
        else:
            while k < len(words) and words[k][0].islower():
                k += 1
            if k >= len(words) or words[k][0] != c:
                return False
        k += 1
    return not any(w[0].isupper() for w in words[k:])


def acronym_back_references(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """Bare uses of an acronym the text defined: 'the Alpine Robotics Network (ARN) … ARN', and
    of a two-word short form before the definition too ("Invest NI")."""
    defined: dict[str, OrgSpan] = {}
    for s in spans:
        if s.acronym and s.ref is None:
            defined.setdefault(s.acronym, s)
    if not defined:
        return []
    # One scan for every acronym: a text defining many must not be read once per acronym.
    rx = re.compile("|".join(sorted(map(re.escape, defined), key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        first = defined[m.group()]
        # a short form of two words ("Invest NI") may be used before the text defines it; a
        # bare acronym there is as often a headline's, read with the event it announces
        if (m.start() > first.end + len(m.group()) + 2 or
                (" " in m.group() and m.start() < first.start)) and \
                latin_bounded(text, m.start(), m.end()):
            out.append(OrgSpan(m.start(), m.end(), first.name, m.group()))
    return out


_BARE_ACRONYM = re.compile(r"(?<![\w&-])[A-Z]{2,6}(?![\w&-])")
_INITIALS_WINDOW = 20   # names an undefined acronym may abbreviate: the last ones before it


def implicit_acronyms(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """An undefined acronym that spells the last words of a name named before it: 'the FTZ'
    after 'Ningbo Free Trade Zone'."""
    named = sorted((s for s in spans if s.ref is None and " " in s.name), key=lambda s: s.end)
    if not named:
        return []
    ends = [s.end for s in named]
    initials = ["".join(w[0] for w in s.name.split() if w[:1].isupper()) for s in named]
    seatless = [_initials_without_seat(s.name) for s in named]
    taken = {(s.start, s.end) for s in spans}
    out = []
    for m in _BARE_ACRONYM.finditer(text):
        if (m.start(), m.end()) in taken or lookup_org(m.group()) or \
                text[m.start() - 1:m.start()] in "(（":
            continue
        k = bisect.bisect_right(ends, m.start())
        for i in range(k - 1, max(-1, k - 1 - _INITIALS_WINDOW), -1):
            if initials[i].endswith(m.group()) or seatless[i] == m.group():
                out.append(OrgSpan(m.start(), m.end(), named[i].name, m.group()))
                break
            seat = named[i].name.rpartition(" ")[2]
            if initials[i] == m.group() + seat[:1] and text.startswith(f" {seat}", m.end()) and \
                    latin_bounded(text, m.start(), m.end() + len(seat) + 1):
                # "STP Niš" after "Science Technology Park Niš": the acronym, then the seat
                end = m.end() + len(seat) + 1
                out.append(OrgSpan(m.start(), end, named[i].name, original_span(text, m.start(), end)))
                break
    return out


_SEAT = re.compile(r"^(?P<body>.+)[ \t]+(?:de|of|del|do|da|di)[ \t]+(?P<seat>[A-Z][^()]*)$")


def _initials_without_seat(name: str) -> str | None:
    """The initials of a name without the place it ends on: 'UNSA' for "Universidad Nacional
    de San Agustín de Arequipa", 'UCT' for "University College of Tromsø" is not one (the
    acronym keeps every word but the seat). None when the name ends on no place."""
    m = _SEAT.match(name)
    if m is None or not _only_place(m.group("seat")):
        return None
    words = [w for w in m.group("body").split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


def _only_place(word: str) -> bool:
    """Whether a possessive's owner is a place ("Quebec's Ministère de …"): the name starts
    after it."""
    places = find_places(word)
    return len(places) == 1 and places[0].end - places[0].start == len(word)


@lru_cache(maxsize=1)
def _local_government() -> re.Pattern:
    levels = "|".join(map(re.escape, word_lists().gov_levels))
    return re.compile(rf"(?<![{_L}'’-])((?:[{_UPPER}][{_L}'’-]*[ \t]+){{0,2}}?[{_UPPER}][{_L}'’-]*)[ \t]+"
                      rf"(?:{levels})[ \t]+(?:[Pp]eople['’]s[ \t]+)?[Gg]overnment(?![{_L}])")


def local_government_spans(text: str) -> list[OrgSpan]:
    """A government named by its place and level, in lower case: "the Jinan municipal
    government", "the Vaud cantonal government" (the place must be one)."""
    if "overnment" not in text:
        return []
    out = []
    for m in _local_government().finditer(text):
        place = m.group(1)
        while place.split(" ", 1)[0] in word_lists().lead and " " in place:
            place = place.split(" ", 1)[1]
        if not _only_place(place):
            continue
        start = m.end(1) - len(place)
        out.append(OrgSpan(start, m.end(), original_span(text, start, m.end()),
                           listed_type="government"))
    return out


# "the City of Tartu", "the Municipality of Lisbon": a local government named by its kind of
# place and the place (the place must be one)
_PLACE_GOVERNMENT = re.compile(rf"(?<![{_L}'’-])(?:City|Town|Municipality|Borough|County)[ \t]+of[ \t]+"
                               rf"([{_UPPER}][{_L}'’-]*(?:[ \t]+[{_UPPER}][{_L}'’-]*)?)(?![ \t]+[{_UPPER}])")


_PLACE_KINDS = ("City ", "Town ", "Municipality ", "Borough ", "County ")


def place_government_spans(text: str) -> list[OrgSpan]:
    """A local government written as "City of X", which the head-noun grammar cannot see: the
    name has no head noun. X is a place name: one or two capitalised words, none of them a
    head or a word that makes the phrase something else ("City of Science Award"); the
    gazetteer is not asked, it lacks many towns. A longer name holding it ("City of Tartu
    Science Fund") wins the overlap as the longer span."""
    if " of " not in text:
        return []
    out = []
    starts = [i for kind in _PLACE_KINDS for i in positions_of(text, kind)]
    for m in finditer_at(_PLACE_GOVERNMENT, text, starts):
        w = word_lists()
        if not any(x in w.en_heads or x in w.not_org or x in w.lead or x in w.event_nouns
                   for x in m.group(1).split()):
            out.append(OrgSpan(m.start(), m.end(), original_span(text, m.start(), m.end()),
                               listed_type="government"))
    return out


def bare_level(name: str) -> bool:
    """"the City Council", "the Provincial Government": a level of government and a public
    body's head with no place names no one body (every city has a council). "State Council"
    is one country's cabinet and stays."""
    words = name.split()
    if len(words) != 2 or words[0] == "State":
        return False
    w = word_lists()
    return words[0].lower() in w.gov_levels and (words[1] in w.public_lead or words[1] == "Government")



_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")


def without_joined_names(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """"Parties: Acme Tools Ltd and Northvale University": the grammar reads a capitalised
    run across "and" as one name when the right part ends in a head noun. When the right part
    is a name the text also writes on its own, the run is two bodies: the known name and the
    capitalised words before "and" (not a place, not a sentence's lead word). Names of one body
    joined by "and" ("Ministry of Science and Technology") keep their run: their right part is
    no name of its own."""
    if not any(" and " in s.name or " & " in s.name for s in spans):
        return spans
    alone: dict[str, list[OrgSpan]] = {}
    for s in spans:
        alone.setdefault(s.name, []).append(s)
    w = word_lists()
    out: list[OrgSpan] = []
    for s in spans:
        parts = None
        if s.ref is None and s.listed_type is None:
            for m in _AND.finditer(text, s.start, s.end):
                right = original_span(text, m.end(), s.end)
                left = original_span(text, s.start, m.start())
                if any(o.end <= s.start or o.start >= s.end for o in alone.get(right, ())) and \
                        left.split()[0] not in w.lead and not find_places(left):
                    parts = (OrgSpan(s.start, m.start(), left),
                             OrgSpan(m.end(), s.end, right, s.acronym, tail=s.tail))
                    break
        out += parts or (s,)
    return out


# between two spelled words of a name: small words that give no letter ("of", "and", "the")
_SPELL_GAP = r"[\w'’.-]*(?:[ \t]+(?:of|for|and|the|de|&))*[ \t]+"


def namesakes_spelled_here(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A table acronym whose table name the text never writes, while the text does write a
    name it spells ("MUST" under "Mbarara University of Science and Technology …", the table's
    MUST being Mongolia's): the acronym stands for the text's name, not the namesake."""
    out = []
    spelled: dict[str, OrgSpan | None] = {}
    folded: str | None = None
    w = word_lists()
    for s in spans:
        ref = s.ref
        if ref is None or s.name != ref.acronym or len(s.name) < 3 or not s.name.isalpha() or \
                not s.name.isupper():
            out.append(s)
            continue
        if folded is None:
            folded = text.casefold()
        if ref.name.casefold() in folded:
            out.append(s)
            continue
        if s.name not in spelled:
            # opens with the literal capital (no look-behind tried at every character)
            rx = re.compile(_SPELL_GAP.join(map(re.escape, s.name)) + r"[\w'’-]*")
            m = next((m for m in rx.finditer(text)
                      if not (m.start() and (text[m.start() - 1].isalnum() or
                                             text[m.start() - 1] == "-"))
                      and any(is_head(t, w.en_heads) for t in m.group().split())), None)
            spelled[s.name] = m and OrgSpan(m.start(), m.end(), original_span(text, *m.span()))
        own = spelled[s.name]
        out.append(s if own is None else OrgSpan(s.start, s.end, own.name, s.name))
    return out
