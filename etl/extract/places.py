"""Where the event took place, from every place the text names, ranked by context.

Strongest first: a venue phrase ("was held at X in Y", "the Conference on Z in Y", "Y was the
setting for", 于/在…举行, 在宁举行, a roadshow's "(成都站)", a "Venue:" line); then the news
dateline ("NAIROBI, Kenya —", "Lima, May 4, 2022.–", "新华社南京6月2日电"); then a host whose
home the organisations table knows ("Tsinghua University hosts …"); then a place in the
headline or the event's name; last, the one country the lede points to (its cities and
organisations included), as a country only. A city that only names an organisation ("Coventry
University") gives its country, not the city; a city named as someone's origin or a company's
home ("from", "headquartered in") is never taken. A place told for an earlier edition ("last
year's meeting in X", "去年在X举办的") counts only when nothing else names one; another edition's
place (earlier, or told in the future beside a past event's venue) never completes this event's
venue, and an earlier one's comes after the lede's place.

With `near` (the offset of one event's mention) the venue phrase in that sentence or the closest
one after it wins, and the document's answer fills what it leaves open.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.event_names import (
    NEXT_EDITION,
    ZH_FUTURE,
    event_type_of,
    has_event_keyword,
    of_a_later_edition,
)
from etl.extract.held_verbs import event_cue, held_verbs
from etl.extract.months import month_alternation, weekday_names
from etl.extract.records import PlaceFinding
from etl.extract.text import has_cjk, lowered, original_span, sentence_at, view_of
from etl.places.lookup import (
    Place,
    city_in,
    country_code,
    country_name,
    inside,
    lookup_city,
    province_code,
    province_name,
)
from etl.places.mentions import PlaceMention, find_places, is_stopword
from etl.reference import read_csv

_MONTHS = month_alternation()
# "was (successfully) held in/at", "took place at", "opened in", "ran … at"; up to a few words
# (a date, the event's name) may sit between the verb and the preposition.
_EN_HELD_VERBS = held_verbs('en', 'held', 'hosted', 'opened', 'opens', 'ran', 'gathered',
                            'streamed', 'announced')
_EN_HELD = re.compile(
    rf"\b(?:{_EN_HELD_VERBS}|"
    rf"(?:was|were)\s+{held_verbs('en', 'launched')})"
    r"(?P<gap>(?:[^.;:!?。\n]|\.(?=\s?\d)){0,70}?)\s+(?:in|at|inside)\s+(?P<rest>(?:the\s+)?(?:[A-Z0-9À-ÖØ-ÞĀ-ſḀ-ỿ]|"
    r"(?:university|institute|college|company|school|centre|center)['’]s\s)[^;:!?\n。]{0,160})")
_DATE_WORDS = rf"(?:\d|{_MONTHS}|days?\b|night\b|week\b|morning\b|evening\b|afternoon\b)"
_GAP_PIECE = (
    rf"\s+(?:on|from|between|in|during|last|this|over|for)\s+[^,;]*?{_DATE_WORDS}[^,;]*?|"
    r"\s*,[^,]*,|"
    r"\s+(?:successfully|jointly|again|recently|today|yesterday|online|live|shortly|"
    r"officially|formally)|"
    # "streamed live from a production studio in"
    r"\s+from\s+(?:a|an|the|its|their)\s+[\w-]+(?:\s+[\w-]+){0,3}?|"
    # "hosted at its campus in Irbid", "held at their own premises in": the host's own site
    r"\s+(?:at|on)\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:campus|premises|headquarters|offices?|site|facility|facilities|grounds)|"
    # "held February 26–28, 2024, at", "opened the X Forum in"
    rf"\s+{_MONTHS}\.?\s+\d[\d–-]*(?:,\s*\d{{4}})?,?|"
    # "held its annual Innovation Showcase on April 11, 2024 at"
    r"\s+(?:the|its|their|a|an)(?:\s+(?:[A-Z0-9][\w'&-]*|of|and|for|on|annual|"
    r"first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)))+?")
_GAP_OK = re.compile(rf"^(?:{_GAP_PIECE})*?\s*,?\s*$")
_FUTURE = re.compile(r"\b(?:will|to\s+be)\s+(?:be\s+)?(?:held|take\s+place|hosted|opened)|"
                     r"\bwill\b", re.I)
# Where the venue phrase stops: punctuation, a date, or the next clause ("by", "under" …).
_VENUE_END = re.compile(
    # (not the point of a short name: "St. John's", "Mt. Hagen", "Ft. Worth")
    rf"\s*(?:[,;(（]|(?<!\bSt)(?<!\bMt)(?<!\bFt)\.(?:\s|$)|$|\s+(?:on|from|by|under|with|during|to|for|which|where|that|"
    rf"and|as|between|through|since|after|before|when|while|this|last|next|over|"
    rf"in\s+(?:19|20)\d\d|in\s+{_MONTHS}|{_MONTHS}\s+\d)\b)")
# "… Bootcamp for East Africa here in Nairobi": the writer's place, said as the event's.
_HERE_IN = re.compile(r"\bhere\s+(?:in|at)\s+(?P<rest>(?:the\s+)?[A-Z][^;:!?\n。]{0,160})")
# "The agreements were signed on 4 December in Yamoussoukro, during the 5th National Days …":
# what happened in a town during the event happened where the event was.
_IN_DURING = re.compile(r"\bin\s+(?P<rest>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}),?\s+"
                        r"(?=(?:during|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s)")
# "The second … Forum opened here on Wednesday": the dateline's place.
_HELD_HERE = re.compile(
    rf"\b{held_verbs('en', 'held', 'hosted', 'opened', 'began', 'closed', 'ended')}\s+here\b")
# "The first edition of the forum was held in Nairobi in 2021": another edition's place.
_OTHER_EDITION = re.compile(r"\b(?:first|previous|last|past|earlier|preceding|inaugural|prior)\s+"
                            r"(?:edition|session|meeting|event|installment|instalment)\b|"

                            r"\blast\s+year\b|\bprevious(?:ly)?\b", re.I)
# "The first Medtech Licensing Day, held in Limerick in 2023": an earlier edition by its name,
# when a year is said with its place
_FIRST_NAMED = re.compile(r"\b(?:[Ff]irst|[Pp]revious|[Ii]naugural|[Pp]rior|[Pp]receding)\s+"
                          r"(?:[A-Z0-9][\w'’&-]*\s+){1,6}")
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b")
# "on the University of Galway campus": a university named for its city, and its campus there
# (or a campus named for its town: "on the Limerick campus", "at its Suzhou campus")
_CAMPUS_OF = re.compile(r"\b(?:on|at)\s+(?:the\s+)?(?:(?:University|College)\s+of\s+(?P<a>[A-Z][\w'’-]+"
                        r"(?:\s[A-Z][\w'’-]+)?)|(?P<b>[A-Z][\w'’-]+)\s+University)(?:['’]s)?\s+campus\b|"
                        r"\b(?:on|at)\s+(?:the|its|their)\s+(?P<d>[A-Z][\w'’-]+)\s+campus\b")
# "at the campus of the Indian Institute of Technology Guwahati": an institution named for its
# city (its last word), and its campus there
_CAMPUS_OF_NAME = re.compile(r"\b(?:on|at|in)\s+the\s+(?:[\w-]+\s+)?campus\s+of\s+(?:the\s+)?"
                             r"(?P<n>[A-Z][\w'’&-]*(?:(?:\s+(?:of|for|and|&)\s+|\s+)"
                             r"[A-Z][\w'’&-]*){0,7})")
# "a fair on the university's campus in Kumasi", "at its main campus in Legon": a campus and
# the town it stands in
_CAMPUS_IN = re.compile(r"\b(?:on|at)\s+(?:(?:the|its|their)\s+|(?:the\s+)?[\w-]+['’]s\s+)"
                        r"(?:[\w-]+\s+)?campus\s+in\s+(?P<c>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
# "drew more than 450 professionals to Pittsburgh, Pa., Oct. 23–25": where the crowd came
_DREW_TO = re.compile(r"\b(?:drew|attracted|brought(?:\s+together)?|welcomed)\s+"
                      r"(?P<gap>[^.;:!?\n]{1,80}?)\s+to\s+(?P<rest>[A-Z][^;:!?\n。]{0,160})")
_DREW_WHO = re.compile(r"^(?:(?:more\s+than|over|nearly|almost|about|around|some|close\s+to)\s+)?"
                       r"[\d,]+\+?\s+[a-z]", re.I)
_BROUGHT_ITS = re.compile(r"^(?:its|their|the)\s+(?:[\w'’&-]+\s+){0,6}?[A-Z]")
# "a delegation … visited Inner Mongolia University in Hohhot": the hosts' premises.
_VISITED = re.compile(r"\bvisited\s+(?P<rest>(?:the\s+)?[A-Z][^;:!?\n。]{0,160})")
# "Tampere, Finland was the setting for the Nordic Licensing Forum"
_SETTING = re.compile(r"\b(?:was|is|will\s+be|became)\s+the\s+(?:setting|venue|host\s+city|"
                      r"location|scene)\s+(?:for|of)\b")
_SETTING_WORDS = ("setting", "venue", "host city", "location", "scene")
_COMPANY_TAIL = re.compile(r"^,?\s*(?:Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|LLC|GmbH|Co\.)")
_TOWN_BEFORE_AREA = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+[A-Z]")
_COMMA_TOWN = re.compile(r",\s+([A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)(?=\s*(?:$|[.,;]))")
_IN_SPLIT = re.compile(r"\s+in\s+(?:the\s+(?:city\s+of\s+)?|downtown\s+)?")
# "for Lab Day at the Harbor Labs campus in downtown Tulsa", "signed … at KIT's Campus North in
# Eggenstein-Leopoldshafen": a named venue and its city,
# whatever the verb (the dateline's city is where the release was written)
_AT_VENUE_IN = re.compile(
    r"\bat\s+(?:the\s+)?(?P<venue>[A-Z][^,;.:!?\n]{0,60}?\s(?:campus|Campus|[Cc]entre|[Cc]enter|"
    r"Hall|hall|Auditorium|Arena|Pavilion|Complex|Plaza|Hotel|Museum|Convention\s+Center|"
    # (with the part of the site after its head: "Campus North", "Hall 3")
    r"Convention\s+Centre|Park)(?:\s(?:North|South|East|West|Central|Main|[A-Z]|\d{1,2}))?)"
    r"\s+in\s+(?:downtown\s+)?(?P<rest>[A-Z][^;:!?\n。]{0,80})")
_ZH_VERB = held_verbs("zh", "held", "conducted", "opened", "closed")
_ZH_ADVERB = r"(?:隆重|顺利|成功|盛大|圆满|正式|同期|同时|如期|再次|首次|线上|线下){0,2}"
# "移师佛山顺德举行": a session moved to its own place
# a place told for an earlier edition: last year's, the previous session's ("去年在X举办的")
_ZH_EARLIER = re.compile(r"去年|前年|上届|上一届|往届|上次|上一次")
_ZH_MOVED = re.compile(r"^(?:移师|移至)")
_ZH_HELD = re.compile(rf"(?:在|于|移师|移至)(?P<p>[^，。；！？,;\n在于]{{1,40}}?)(?:上)?{_ZH_ADVERB}{_ZH_VERB}")
# "代表团远赴德国柏林,出席…": where a delegation travelled to attend.
# "赴X出席", "跑去新竹市的竹科管理局大禮堂參加": where someone went to attend
_ZH_TRAVEL = re.compile(r"(?:赴|前往|(?<![过回上下进出失])去(?![年世向除掉]))"
                        r"(?P<p>[^，。；！？、,;\n]{2,20}?)[,，]?\s*(?:出席|参加|参展|参会|出访)")
_ZH_DATE_HEAD = re.compile(r"^(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*[日号])?(?:[上下]午|晚)?"
                           r"(?:\s*(?:至|到|-|—|–|~|～)\s*(?:\d{1,2}\s*月)?\s*\d{1,2}\s*[日号]?)?\s*")
# "在台北市信義區的資策會科技大樓，11月17日這天擠進了…": a sentence opened by its venue
_ZH_AT_VENUE = re.compile(r"(?:^|(?<=[。！？\n]))\s*在(?P<p>[^，。；！？,;\n在]{2,30}?"
                          r"(?:大楼|大厦|中心|会议室|厅|馆|园区|校区|酒店|礼堂|广场))[，,]", re.M)
_ZH_LENGTH_TAIL = re.compile(r"(?:一连|为期|连续|历时)[\d一二两三四五六七八九十]{1,2}[日天]$")
# (and a field of work: "在人工智能人才培训方面开展合作" is no place)
_ZH_NOT_VENUE = re.compile(r"(?:期间|之际|前夕|上|中|时|以来|方面|领域)$|\d{4}|[年月日]")
_ZH_FLOOR = re.compile(r"(?:[\d一二三四五六七八九十]+\s*(?:层|楼|F)|[A-Z]?\d+\s*(?:号厅|室)).*$")
# "中俄（黑河）科技成果转化对接会", "中国（绵阳）科技城国际科技博览会": a place in brackets inside an
# event's name, then the rest of the name (a company's "腾讯科技（深圳）有限公司" names no event)
_ZH_NAME_PLACE = re.compile(r"[\u4e00-\u9fff·][（(](?P<p>[\u4e00-\u9fff]{2,6}?)[)）]"
                            r"(?P<rest>[^，。；！？、,;\s（()）]{2,30})")
# where such a name stops: a particle or a verb after it ("…对接会在我市举办", "…有限公司的代表")
_ZH_NAME_STOP = re.compile(r"[的在于由将已和与及]")
# "高校科技成果路演(成都站)": the Chengdu leg of a roadshow.
_ZH_STOP = re.compile(r"[(（]\s*(?P<p>[\u4e00-\u9fff]{2,8}?)\s*站\s*[)）]")
# (an item number may open the line: "二、地点：…", "(2) Venue: …", "3. 地点：…"; or the label
# stands after the time of a line of fields: "直播时间：…09:00—11:30 直播地点：…")
# (a flyer may open the line with a pictogram and set the label off with a bar: "📍 地點｜…")
_VENUE_LINE = re.compile(r"(?:^[ \t]*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）、.．][ \t]*|"
                         r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF][\uFE0F]?[ \t]*)?|"
                         r"(?<=[\d)）])[ \t\u3000]+)"
                         r"(?:Venue|Location|Place|[\u4e00-\u9fff]{0,4}地点)[ \t]*[:：|｜]"
                         r"[ \t]*(?P<rest>[^\n]{2,160})", re.M)
# The next line of a venue field when it is indented under it or opens on a street number
# (a flyer's text loses its indent): the rest of the address.
_ADDRESS_GOES_ON = re.compile(r"\n(?:[ \t\u3000]{2,}(?=\S)|[ \t\u3000]*(?=\d{1,6}[ \t]+[A-Za-z]))"
                              r"(?P<more>[^\n]{4,120})")
# A calendar entry: the date-and-time line, then the venue alone on the next line
# ("Thursday 28 November 2024, 13:30–19:00" / "Building C, Innovation Park, Ecublens (Lausanne)")
_SCHEDULE_VENUE = re.compile(rf"^[^\n]{{0,12}}(?:{'|'.join(weekday_names())}|星期.|周.)[^\n]{{0,30}}"
                             r"(?:19|20)\d\d[^\n]{0,30}?\d{1,2}[:.]\d{2}[^\n]{0,20}\n"
                             r"[ \t]*(?P<rest>[^\n.。!?！？]{3,80}?)[ \t]*$", re.M)
# A field block: the label alone on its line ("Date and Venue", "Venue", "地点"), the venue
# on the next line, or on the one after a line of dates ("September 17 to 19, 2024").
_VENUE_BLOCK = re.compile(r"^[ \t]*(?:(?:Dates?|Time)\s+(?:and|&)\s+)?(?:Venue|Location|Place)[ \t]*\n"
                          r"(?:[ \t]*[^\n]{0,60}\d{4}[^\n]{0,20}\n)?[ \t]*(?P<rest>[^\n]{2,120})",
                          re.M | re.I)
# "Tsinghua University hosts the first …": the host's home, when it is known.
_HOSTS = re.compile(r"\b(?:co-)?host(?:s|ed)\b(?!\s+by\b)|\bplayed\s+host\b")
_PASSIVE = re.compile(r"\b(?:is|was|be|were|been|being|are)\s+(?:co-)?$")
_DATELINES = (
    re.compile(r"^\s*[【\[]\s*(?:[^】\]]*?\d\s*[日年,，]\s*)?(?P<p>[^\d】\]\s,，][^】\]\d,，]{1,12})\s*[】\]]",
               re.M),
    # "【香港，2024年…】", "（香港，2024年11月29日）數碼港…": a release's bracketed place and date
    re.compile(r"^\s*[【\[]\s*(?P<p>[^】\]\d,，]{2,12}?)\s*[,，]?\s*\d", re.M),
    re.compile(r"^\s*[（(]\s*(?P<p>[^）)\d,，\s]{2,12}?)\s*[,，]\s*(?:19|20)\d\d\s*年", re.M),
    re.compile(r"^\s*[\[【](?:[^\]】]*?\d{4})\s*[,，]\s*(?P<p>[A-Z][A-Za-z' .-]{2,30})\s*[\]】]", re.M),
    # "NAIROBI, Kenya —", "LAGOS, May 4", "NAIROBI, 14 March 2023 –", "PORT OF SPAIN, Trinidad,
    # Nov 26, CMC –" (the island or state between the city and the date)
    # "ST. JOHN'S, NL, Feb. 18, 2027 /CNW/", "AUSTIN, Texas, Jan. 5" (a wire's state or
    # province after the city, written short)
    re.compile(r"^\s*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}),\s+"
               r"(?:(?:(?P<a>[A-Z]{2})|[A-Z][a-z]+\.?(?:\s(?:and\s)?[A-Z][a-z]+){0,3}),\s+)?"
               r"(?:[A-Z][a-z]+\.?\s+\d|"
               r"\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d|[A-Z][a-z]+\s*(?:—|--|-|–))", re.M),
    # "KANO—The agency presented …"
    re.compile(r"^\s*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2})\s*(?:—|–|--)\s*[A-Z]", re.M),
    # "CHENNAI: The institute …" (Indian and other press)
    re.compile(r"^\s*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2})\s*:\s+[A-Z]", re.M),
    # "KAYSERI, Türkiye" alone on its line under the byline
    re.compile(r"^[ \t]*(?P<p>[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2}),[ \t]+[A-ZÀ-Ý][\w'’.-]+"
               r"(?:[ \t][A-ZÀ-Ý][\w'’.-]+){0,2}[ \t]*$", re.M),
    # "Dubai: A team from …" (Gulf press): a city in title case, then a colon and a sentence
    re.compile(r"^[ \t]*(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+[A-Z][a-z]*[ \t][a-z]",
               re.M),
    # "Pune, Maharashtra: The incubator …": a city and its state or country, then a colon
    re.compile(r"^\s*(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})"
               r"\s*:\s+[A-Z]", re.M),
    # "Munich, 20 October 2022", "Press release | Brussels, 7 March 2024", "Lima, May 4, 2022.–
    # The agreement"
    # (accented city names too: "São Paulo, 9 October 2023 —"; numeric dates: "Munich, 15.04.2024")
    re.compile(r"^\s*(?:[^|\n]{0,40}\|\s*)?(?P<p>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+){0,2}),"
               r"\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*(?:—|–|--|,)\s*)?"
               rf"(?:\d{{1,2}}\s+{_MONTHS}\.?\s+\d{{4}}|{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|"
               r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)"
               r"\s*\.?\s*(?:$|—|–|--|-\s)", re.M),
    # "📍 Osh | 23 October 2026, 19:40", "Graz · 4 May 2025": a post's place line, the town
    # (after a location pin) set apart from the full date by a bar or a middle dot
    re.compile(r"^[ \t]*(?:(?:\U0001F4CD|\U0001F4CC)[ \t]*)?"
               r"(?P<p>[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+){0,2})[ \t]*[|·•][ \t]*"
               rf"(?:\d{{1,2}}\s+{_MONTHS}\.?\s+\d{{4}}|{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}|"
               r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\b", re.M),
    re.compile(r"(?:新华社|中新社|中新网|人民网|新华网|本报)(?P<p>[\u4e00-\u9fff]{2,4}?)\d{1,2}月\d{1,2}日电"),
    # Malaysian and Singaporean Chinese press: "（诗巫12日讯）", "（吉隆坡3月5日讯）" opening a line
    re.compile(r"^[ \t　]*[（(][ \t]*(?P<p>[\u4e00-\u9fff]{2,5}?)[ \t]*(?:\d{1,2}[ \t]*月[ \t]*)?"
               r"\d{1,2}[ \t]*日[ \t]*(?:讯|电)[ \t]*[）)]", re.M),
    # Taiwanese press: "〔記者王小明/台北報導〕", "〔記者陳大文高市報導〕"
    re.compile(r"[〔【\[]\s*记者\s*(?P<p>[\u4e00-\u9fff/／ ]{3,12}?)\s*报导\s*[〕】\]]"),
    # A masthead line ending on the publisher's town and its area ("PNG University of Technology ·
    # Lae, Morobe Province", "Research Office | Kumasi, Ghana"): where a blog or bulletin writes from
    re.compile(r"^[ \t]*[^\n]{2,80}?[ \t][·•|][ \t]*(?P<p>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},"
               r"[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ \t]*$", re.M),
)
_ADMIN_WORDS = re.compile(r"^[\s,，的]*(?:(?:[\u4e00-\u9fff]{1,4}[区县镇])|District|County|"
                          r"Province|City|Municipality|市|省)?[\s,，]*$")
# A place right before one of these names an organisation, not where the event was
# ("Coventry University", "Hangzhou Municipal Bureau"): its country only.
_ORG_AFTER = re.compile(
    r"['’]?s?\s*(?:University|College|Institute|Academy|School|Polytechnic|Hospital|Ministry|"
    r"Department|Government|Council|Bureau|Agency|Commission|Chamber|Association|Society|Bank|"
    r"Foundation|Company|Corporation|Group|Holdings|Airport|Daily|Times|News)\b|"
    r"(?:大学|学院|研究院|研究所|医院|政府|人民政府|科技局|科技厅|委员会|局|厅|公司|集团|日报|报社)")
# "Hải Châu District", "Wan Chai District": the place before it is a city's district
_DISTRICT_AFTER = re.compile(r"\s+(?:District|Ward|Borough)\b")
_ORG_BEFORE = re.compile(r"(?:(?:University|College|Institute|Academy|Government|Ministry|"
                         r"Bank|Chamber)\s+of\s+(?:the\s+)?|"
                         # "Imperial College London", "ETH Zurich", "Politecnico di Milano"
                         r"\b(?:College|University|Institute|Polytechnic|ETH|EPFL|Hochschule|"
                         r"Universit\w+|Politecnico\s+di|Universidad\s+de|Technische\s+Universit\w+)"
                         r"\s+)$")
# A city named as someone's origin or a company's home is not the venue.
_NOT_VENUE_BEFORE = re.compile(
    r"(?:\b(?:from|headquartered\s+in|based\s+in|located\s+in|native\s+of|born\s+in|"
    r"home\s+in|moved\s+to|returned\s+to|offices?\s+in|branch\s+in)\s+(?:the\s+)?$|"
    r"(?:来自|总部位于|总部设在|位于|落户|迁至)$)", re.I)
# "companies from Germany and France": every country of an origin list
_FROM_LIST = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*(?:,|and|or|&)?\s*){1,6}$")
# Where a held-sentence says the place is: "in Kochi", "at the city of", "在武汉".
_LOCATIVE = re.compile(r"(?:\b(?:in|at)\s+(?:the\s+city\s+of\s+)?|[在于])$")
_WIRE_AFTER = re.compile(r"\s*\([A-Za-z]{2,12}\)\s*(?:-|–|—)")
_EVENT_CUE = re.compile(event_cue(), re.I)


@dataclass
class _Candidate:
    pos: int
    finding: PlaceFinding
    strength: int        # 3 venue phrase, 2 dateline, 1 host's home / headline
    later: bool = False  # a later edition's or session's place: only when nothing else
    deferred: bool = False   # an earlier or a future edition's place: after the dateline


def find_place(text: str, *, title: str = "",
               org_home: Callable[[str], Place | None] | None = None,
               near: int | None = None) -> PlaceFinding:
    """Where the event took place; empty PlaceFinding when the text does not say.

    `near`: the offset of one event's mention; a venue phrase in its sentence or the closest
    one after it wins, the document's answer fills what it leaves open."""
    text, title = view_of(text or ""), view_of(title or "")
    venues = _venue_candidates(text, org_home)
    doc = _document_place(text, title, venues, org_home)
    if near is None:
        return _in_district_s_city(doc, text)
    local = _near(text, venues, near) or _near(text, _noun_candidates(text, org_home), near)
    if local is None:
        return _in_district_s_city(doc, text)
    found = _copy(local.finding)
    _fill_from(found, doc)
    return _in_district_s_city(found, text)


def _in_district_s_city(found: PlaceFinding, text: str) -> PlaceFinding:
    """"在顺德（区）…举行" on a page that writes "佛山市顺德区": the city is Foshan, not the
    district's seat town the gazetteer files the district under (Daliang)."""
    if not found.city or "市" not in text or not has_cjk(found.evidence):
        return found
    evidence = view_of(found.evidence)
    for m in _CITY_DISTRICT.finditer(text):
        district = m.group(1)
        if district[:-1] not in evidence:
            continue
        seat = lookup_city(district)
        city = _district_city(text, district) if seat is not None and \
            seat.city == found.city else None
        if city is not None and city.city and city.city != found.city:
            found.city = city.city
            break
    return found


# "佛山市顺德区": a city written with one of its districts
_CITY_DISTRICT = re.compile(r"市([\u4e00-\u9fff]{1,3}?[区县])")


def _near(text: str, venues: list[_Candidate], near: int) -> _Candidate | None:
    """The venue phrase in the sentence of `near` or the closest after it (within 600 chars)."""
    start = max(text.rfind("\n", 0, near), _sentence_start(text, near))
    best = None
    for c in venues:
        if start <= c.pos <= near + 600 and _has_place(c.finding) and (
                best is None or c.pos < best.pos):
            best = c
    return best


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    cut = max((m.end() for m in re.finditer(r"[。！？；]|[.!?](?=\s)", text[lo:pos])), default=0)
    return lo + cut


def _document_place(text: str, title: str, venues: list[_Candidate], org_home) -> PlaceFinding:
    """Venue phrases of the lede, the dateline, a known host's home, the headline, venue phrases
    further down, the lede's held-sentence places: the first that names a city or province;
    one that names only a venue, a province or a country is completed by the next that agrees."""
    lede = _lede_end(text)
    later = [c for c in venues if c.later]
    venues = [c for c in venues if not c.later]
    # an earlier edition's or a next one's place comes after the dateline however short the text
    early = [c for c in venues if c.pos < max(lede, 1500) and not c.deferred]
    late = [c for c in venues if c.pos >= max(lede, 1500) or c.deferred]
    if not any(c.finding.city for c in early):
        # "the Summit on X in Kuching": read only when no held-phrase names a city
        nouns = _noun_candidates(text, org_home)
        early = sorted(early + [c for c in nouns if c.pos < max(lede, 1500)], key=lambda c: c.pos)
        late = sorted(late + [c for c in nouns if c.pos >= max(lede, 1500)], key=lambda c: c.pos)
    here = _HELD_HERE.search(text, 0, max(lede, 1)) if "here" in text else None
    def candidates():
        if here is not None:
            # "opened here": the dateline's place before any other held-phrase
            yield from _dateline(text)
        yield from early
        yield from _dateline(text)
        if not online():
            yield from _host_homes(text, title, org_home)
        yield from _title_places(title, org_home)
        yield from (c for c in late if not _earlier(c))
        if not online():
            yield from _lede_places(text, lede)
        # an earlier edition's place: after this event's weakest source ("局长今日在利雅得出席…"
        # before "去年五月在吉达举办首次同类活动"); a future one may be a preview's own event
        yield from (c for c in late if _earlier(c))
        yield from later

    @lru_cache(maxsize=1)
    def online() -> bool:
        # An online event is placed only where the text says so, never by weak hints.
        from etl.extract.event_names import find_format  # the one home of that judgement
        return find_format(text) == "online"

    found: PlaceFinding | None = None
    for c in candidates():
        if found is None:
            if _has_place(c.finding) or c.finding.venue:
                found = _copy(c.finding)
            continue
        if found.city or c.later:
            break   # a later edition's place never completes this one's venue
        if c.deferred and found.venue and not _FUTURE.search(found.evidence):
            # nor does an earlier or a next edition's ("the eighth … will be held in Debrecen"
            # under "participants visited the ELI ALPS facility"): a later source of this
            # event's may still (a preview's own "will take place at X" … "in Porto" may)
            continue
        # A venue with no place of its own, or only a province: the next source that agrees
        # says which city ("浙江省人民大会堂" + "杭州技术转移论坛").
        _fill_from(found, c.finding, city_only=_has_place(found))
    found = found or PlaceFinding()
    if not found.country_code and not online():
        cc, pos, end = _lede_country(text, title)
        if cc is None and found.venue and found.start >= 0:
            # "在台大醫院國際會議中心舉行…臺北市政府…指導" below a page's header lines: the
            # venue's own sentence points to one country
            a = max(text.rfind("\n", 0, found.start) + 1, _sentence_start(text, found.start))
            cc, pos, end = _lede_country(text, "", (a, found.start + 400))
        if cc and (not found.province_code or found.province_code[:2] == _alpha2(cc)):
            found.country_code = cc
            if not found.evidence:
                found.evidence = sentence_at(text, pos) if pos >= 0 else title.strip()[:300]
                found.start, found.end = pos, end
    if found.country_code and not found.city and not found.province_code:
        found.city = _city_state(found.country_code)
    return found


def _earlier(c: _Candidate) -> bool:
    """A place told for an earlier edition: deferred, and its sentence not in the future."""
    return c.deferred and not _FUTURE.search(c.finding.evidence)


def _city_state(cc: str) -> str | None:
    """The city of a city-state (Singapore, Monaco): a country whose capital of the same name
    lies in no province, so an event in that country is in that city."""
    name = country_name(cc)
    p = lookup_city(name) if name else None
    return p.city if p and p.country_code == cc and p.province_code is None else None


def _has_place(f: PlaceFinding) -> bool:
    return bool(f.city or f.province_code)


def _copy(f: PlaceFinding) -> PlaceFinding:
    return PlaceFinding(venue=f.venue, city=f.city, province_code=f.province_code,
                        country_code=f.country_code, evidence=f.evidence, start=f.start,
                        end=f.end)


def _fill_from(found: PlaceFinding, other: PlaceFinding, city_only: bool = False) -> None:
    if not (other.city or other.province_code or other.country_code):
        return
    if city_only and not (other.city and found.province_code
                          and other.province_code == found.province_code):
        return
    _fill(found, Place(other.city, other.province_code, other.country_code))


def _venue_candidates(text: str, org_home, phrases=None) -> list[_Candidate]:
    """Every venue phrase, in the order the text gives them (a next edition's place last)."""
    out: list[tuple[int, _Candidate]] = []
    for order, venue, place_text, pos, end in (_held_phrases(text) if phrases is None
                                               else phrases):
        finding = _resolve(text, venue, place_text, pos, org_home)
        if finding.city or finding.province_code or finding.country_code or finding.venue:
            finding.evidence = sentence_at(text, pos, end)
            finding.start, finding.end = pos, end
            out.append((order, _Candidate(pos, finding, 3, later=order >= 2 * len(text),
                                          deferred=order >= len(text))))
    out.sort(key=lambda x: x[0])
    return [c for _o, c in out]


def _noun_candidates(text: str, org_home) -> list[_Candidate]:
    return _venue_candidates(text, org_home, _event_noun_in(text))


def _held_phrases(text: str):
    """(order, venue phrase, text that may name its place, start, end) for each venue phrase."""
    found = []
    at = 0
    while (m := _EN_HELD.search(text, at)) is not None:
        at = m.start("rest")   # a later held-sentence may sit inside this one's long tail
        if not _GAP_OK.match(m.group("gap")):
            continue
        rest = m.group("rest")
        venue = _cut_venue(rest)
        if venue and not re.fullmatch(r"(?:19|20)\d\d", venue):   # "held in 2015": a year
            clause = re.split(r"[.;](?:\s|$)", rest, maxsplit=1)[0] if venue else rest
            # A next edition's place ("will take place in Phoenix") or an earlier one's ("the
            # first edition was held in Nairobi") only when nothing else.
            future = bool(_FUTURE.search(text[max(0, m.start() - 25):m.end("gap")]))
            start = _sentence_start(text, m.start())
            other = _OTHER_EDITION.search(text, start, m.start()) or (
                _FIRST_NAMED.search(text, start, m.start()) and _IN_YEAR.search(clause[:80]))
            found.append((m.start() + _defer(text, m.start(), future, bool(other)), venue,
                          clause[:120], m.start(), m.end()))
    for m in (_CAMPUS_OF.finditer(text) if "campus" in text else ()):
        city = m.group("a") or m.group("b") or m.group("d")
        if m.group("d") and not _is_town(city):
            continue   # "at the Asprela campus": a campus's own name, no town
        found.append((m.start(), city, city, m.start(), m.end()))
    for m in (_CAMPUS_OF_NAME.finditer(text) if "campus of" in text else ()):
        city = _city_ending(m.group("n"))
        if city:
            found.append((m.start(), city, city, m.start(), m.end()))
    for m in (_CAMPUS_IN.finditer(text) if "campus in" in text else ()):
        found.append((m.start(), m.group("c"), m.group("c"), m.start(), m.end()))
    for m in (_AT_VENUE_IN.finditer(text) if " at " in text else ()):
        place = _cut_venue(m.group("rest"))
        if place:
            venue = f"{m.group('venue')} in {place}"
            other = _OTHER_EDITION.search(text, _sentence_start(text, m.start()), m.start())
            found.append((m.start() + _defer(text, m.start(), False, bool(other)), venue, venue,
                          m.start(), m.end()))
    for m in (_DREW_TO.finditer(text) if " to " in text else ()):
        venue = _cut_venue(m.group("rest"))
        if venue and (_DREW_WHO.match(m.group("gap")) or (
                _BROUGHT_ITS.match(m.group("gap")) and has_event_keyword(m.group("gap")))):
            # (or "brought its Technology Transfer Day to Córdoba": where the event went)
            found.append((m.start(), venue, venue, m.start(), m.end()))
    for m in (_HERE_IN.finditer(text) if "here " in text else ()):
        venue = _cut_venue(m.group("rest"))
        if venue:
            found.append((m.start(), venue, venue, m.start(), m.end()))
    for m in (_IN_DURING.finditer(text) if "during the" in text or "idelines of the" in text
              or "argins of the" in text else ()):
        found.append((m.start(), m.group("rest"), m.group("rest"), m.start(), m.end()))
    for m in (_VISITED.finditer(text) if "visited" in text else ()):
        venue = _cut_venue(m.group("rest"))
        if venue:
            found.append((m.start(), venue, venue, m.start(), m.end()))
    for m in (_SETTING.finditer(text) if any(w in text for w in _SETTING_WORDS) else ()):
        line_start = max(text.rfind("\n", 0, m.start()), _sentence_start(text, m.start()))
        phrase = text[max(line_start, m.start() - 80):m.start()].strip(" ,")
        if phrase:
            found.append((m.start(), phrase, phrase, m.start() - len(phrase), m.end()))
    if has_cjk(text):
        found += _zh_held(text)
        for m in (_ZH_AT_VENUE.finditer(text) if "在" in text else ()):
            found.append((m.start(), m.group("p"), m.group("p"), m.start("p"), m.end("p")))
        for m in (_ZH_TRAVEL.finditer(text) if "赴" in text or "去" in text or "前往" in text
                  else ()):
            found.append((m.start(), m.group("p"), m.group("p"), m.start("p"), m.end("p")))
        for m in (_ZH_NAME_PLACE.finditer(text) if "（" in text or "(" in text else ()):
            # "2026中俄（黑河）科技成果转化对接会": the place an event's name gives in brackets
            name = _ZH_NAME_STOP.split(m.group("rest"), maxsplit=1)[0]
            p = m.group("p")
            if event_type_of(name) is not None and _is_place_name(p):
                # (read as the city it names: "（黑河）" is Heihe, a town too small for running text)
                city = p if p.endswith("市") or lookup_city(p) is None else p + "市"
                found.append((m.start(), city, city, m.start("p"), m.end("p")))
        for m in (_ZH_STOP.finditer(text) if "站" in text else ()):
            # "將於明年3月在廣州舉辦「…（廣州站）」": a later leg's city, only when nothing else
            lead = text[_sentence_start(text, m.start()):m.start()]
            order = m.start() + _defer(text, m.start(), bool(ZH_FUTURE.search(lead)), False)
            found.append((order, m.group("p"), m.group("p"), m.start("p"), m.end("p")))
    for m in (_VENUE_BLOCK.finditer(text) if "enue" in text or "ocation" in text else ()):
        venue = _cut_venue(m.group("rest"))
        if venue:
            found.append((m.start("rest"), venue, m.group("rest"), m.start("rest"), m.end()))
    for m in (_SCHEDULE_VENUE.finditer(text) if ":" in text else ()):
        if _EVENT_CUE.search(m.group("rest")):
            continue   # a headline under a page's stamp, not a venue
        # "Hall B, Science Park, Bristol": the last part is the town (read as "… in Bristol")
        head, _, town = m.group("rest").rpartition(", ")
        venue = f"{head} in {town}" if head else town
        found.append((m.start("rest"), venue, venue, m.start("rest"), m.end()))
    for m in (_VENUE_LINE.finditer(text) if ":" in text or "：" in text or "|" in text or "｜" in text else ()):
        venue = _cut_venue(m.group("rest"))
        if venue:
            # an indented line right under it goes on with the address ("Santa Clara
            # Marriott" / "  2700 Mission College Blvd., Santa Clara, CA 95054")
            more = _ADDRESS_GOES_ON.match(text, m.end())
            where = m.group("rest") + (", " + more.group("more") if more else "")
            found.append((m.start("rest"), venue, where, m.start("rest"), m.end()))
    return found


def _city_ending(name: str) -> str | None:
    """The city an institution's name ends on ("Indian Institute of Technology Guwahati" →
    "Guwahati", "University of Nairobi" → "Nairobi"), else None; a city name that is also an
    ordinary word ("Reading") is not read from a name."""
    words = name.split()
    for n in (2, 1):
        tail = " ".join(words[-n:])
        if len(words) > n and not is_stopword(tail) and lookup_city(tail) is not None:
            return tail
    return None


def _is_town(name: str) -> bool:
    """Whether `name` is a city's name and no ordinary word ("Limerick", not "Main")."""
    return not is_stopword(name) and lookup_city(name) is not None


def _is_place_name(name: str) -> bool:
    """Whether a whole bracketed name is a city or a province ("黑河", "绵阳", "浙江")."""
    return lookup_city(name) is not None or province_code(name, "CHN") is not None


def _defer(text: str, pos: int, future: bool, other: bool) -> int:
    """How far back a venue phrase at `pos` goes in the order of trust: 0 for this event's,
    len(text) for a future or earlier one's (only when nothing else), 2*len(text) for a later
    edition's or session's (never completing another source)."""
    if future:
        start = _sentence_start(text, pos)
        end = min(len(text), pos + 120)
        stop = re.search(r"[。！？；\n]|[.!?](?=\s)", text[pos:end])
        if NEXT_EDITION.search(text, start, pos + stop.start() if stop else end):
            return 2 * len(text)
    return len(text) if future or other else 0


def _zh_held(text: str) -> list[tuple]:
    found = []
    at = 0
    while (m := _ZH_HELD.search(text, at)) is not None:
        at = m.start() + 1   # "定于8月23日在重庆…举行": the inner 在 gets its own try
        phrase = _ZH_DATE_HEAD.sub("", m.group("p"), count=1).strip()
        phrase = _ZH_MOVED.sub("", phrase)   # "于9月5日移师台中举行": the place it moves to
        # "在灣仔香港會議展覽中心一連兩日舉行": the venue, then how long it ran
        phrase = _ZH_LENGTH_TAIL.sub("", phrase)
        lead = text[max(0, m.start() - 12):m.start()]
        # "去年在里斯本舉辦的首場推介會": an earlier edition's place, only when nothing else
        earlier = bool(_ZH_EARLIER.search(text, max(_sentence_start(text, m.start()),
                                                    m.start() - 12), m.start()))
        order = m.start() + _defer(text, m.start(), bool(ZH_FUTURE.search(lead)), earlier)
        abbr = _in_verb_abbreviations().get(phrase)
        if abbr is not None:
            found.append((order, phrase, phrase, m.start("p"), m.end()))
            continue
        if len(phrase) < 2 or _ZH_NOT_VENUE.search(phrase):
            continue
        venue = _ZH_FLOOR.sub("", phrase).strip() or phrase
        found.append((order, venue, venue, m.start("p"), m.end()))
        at = m.end()
    return found


@lru_cache(maxsize=1)
def _event_noun_rx() -> tuple[re.Pattern, re.Pattern]:
    """(an event's noun in lower-cased text, what may follow it up to "in <Place>"): "the
    Summit on Biotech in Kuching", "a technology fair in Da Nang"."""
    nouns = sorted({r["keyword"].lower() for r in read_csv("event_types.csv") if r["lang"] == "en"},
                   key=len, reverse=True)
    first = "".join(sorted({re.escape(n[0]) for n in nouns}))
    noun = re.compile(rf"\b(?=[{first}])(?:{'|'.join(re.escape(n) for n in nouns)})s?\b")
    tail = re.compile(rf"(?:\s+\d{{4}})?,?(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|on|and|for|the|&|de|"
                      rf"during|from|to|\d[\d\s–-]*|{_MONTHS}\.?,?))*?\s+in\s+"
                      r"(?:the\s+city\s+of\s+)?(?P<rest>[A-Z][^;:!?\n。]{0,80})")
    return noun, tail


_MONTH_FIRST = re.compile(rf"(?:{_MONTHS})\b")
_HALL_AFTER = re.compile(r"\s+(?:Centre|Center|Hall|Complex|Pavilion|Grounds|Arena|Building|"
                         r"Plaza)\b")
# "at the Cairo International": a venue name's capitalised words after "at/in the"
_CAPITALISED_BEFORE = re.compile(r"(?<=\b(?:at|in)\s)(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}$")


def _event_noun_in(text: str) -> list[tuple]:
    low = lowered(text)
    if low is None or " in " not in text:
        return []
    noun, tail = _event_noun_rx()
    found = []
    for m in noun.finditer(low):
        hall = _HALL_AFTER.match(text, m.end())
        if hall:
            # "at the Cairo International Convention Centre in Nasr City": the event word is
            # part of a venue's name, which may name its city
            name = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if name:
                t = tail.match(text[hall.end():hall.end() + 200])
                end = hall.end() + (t.end() if t else 0)
                venue = re.sub(r"^the\s+", "", text[name.start():hall.end()])
                found.append((m.start() + 1, venue, text[name.start():end], name.start(), end))
            continue
        t = tail.match(text[m.end():m.end() + 200])
        if t is None:
            continue
        venue = _cut_venue(t.group("rest"))
        if venue and not _MONTH_FIRST.match(venue):   # "conference in January": a time
            # "At last year's meeting in Ispra": an earlier edition's place, only when nothing else
            other = _OTHER_EDITION.search(text, _sentence_start(text, m.start()), m.start())
            found.append((m.start() + 1 + _defer(text, m.start(), False, bool(other)), venue,
                          venue, m.start(), m.end() + t.end()))
    return found


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, Place], dict[str, Place]]:
    """(one-character in-verb forms, Taiwanese dateline forms) → Place."""
    in_verb: dict[str, Place] = {}
    dateline: dict[str, Place] = {}
    for r in read_csv("place_abbreviations.csv"):
        if r["form"] not in ("in_verb", "tw_dateline"):
            continue
        if r["kind"] == "city":
            place = lookup_city(r["place"])
        elif r["kind"] == "country":
            place = Place(None, None, r["place"])
        else:
            place = Place(None, r["place"], "CHN")
        if place is not None:
            (in_verb if r["form"] == "in_verb" else dateline)[r["abbr"]] = place
    return in_verb, dateline


def _in_verb_abbreviations() -> dict[str, Place]:
    return _abbreviations()[0]


def _cut_venue(rest: str) -> str:
    out, i = "", 0
    while True:
        m = _VENUE_END.search(rest, i)
        if m is None:
            return (out + rest[i:]).strip()
        out += rest[i:m.start()]
        tail = _COMPANY_TAIL.match(rest[m.start():])
        if tail:
            # "Co., Ltd." belongs to the name; a company name ends the phrase.
            out += tail.group()
        break
    out = re.sub(r"^the\s+", "", out.strip())
    return out if re.search(r"\b(?:Ltd|Co|Inc|Corp)\.$", out) else out.rstrip(" .")


def _venue_places(phrase: str, after_preposition: bool = False) -> list[PlaceMention]:
    """Places in a venue phrase; one that only names an organisation counts for its country.
    `after_preposition`: the phrase followed "in/at", which is the place context that names
    needing one ("in Reading") are read in."""
    out = []
    lead = "in " if after_preposition and phrase[:1].isupper() else ""
    for mention in find_places(lead + phrase):
        mention = mention._replace(start=mention.start - len(lead), end=mention.end - len(lead))
        if _ORG_AFTER.fullmatch(mention.surface):
            continue   # "at University of Nairobi": a town called University is not meant
        if _names_an_org(phrase, mention):
            cc = mention.place.country_code
            out.append(mention._replace(place=Place(None, None, cc)))
        elif mention.place.city and _DISTRICT_AFTER.match(phrase, mention.end):
            # "in Hải Châu District": a district of a city, which another source names
            p = mention.place
            out.append(mention._replace(place=Place(None, p.province_code, p.country_code)))
        else:
            out.append(mention)
    return out


def _names_an_org(text: str, m: PlaceMention) -> bool:
    if m.place.city is None:
        # A province or country in a name still says where ("湖北省人民政府" governs it).
        return False
    return bool(_ORG_AFTER.match(text, m.end) or _ORG_BEFORE.search(text[max(0, m.start - 40):m.start]))


def _resolve(text: str, venue: str, place_text: str, pos: int, org_home) -> PlaceFinding:
    finding = PlaceFinding()
    abbr = _in_verb_abbreviations().get(venue)
    if abbr is not None:
        _fill(finding, abbr)
        return finding
    parts = _IN_SPLIT.split(venue, maxsplit=1)
    head = parts[0].strip()
    # "at X University in Singapore": the place after "in" wins over a place inside the name.
    places = ((_venue_places(parts[1], True) if len(parts) > 1 else [])
              or _venue_places(head, True) or _venue_places(place_text, True))
    if places and place_text != venue:
        # a name the rest of the field places better ("Santa Clara Marriott" above
        # "…, Santa Clara, CA 95054": the Californian one)
        placed = {surf: p for _s, _e, surf, p in _venue_places(place_text, True) if p.city}
        places = [(s, e, surf, placed.get(surf, p)) for s, e, surf, p in places]
    if len(parts) > 1 and places and not any(p.city for _s, _e, _surf, p in places):
        # "the Đà Nẵng Exhibition Centre in Hải Châu District": the district's city is the
        # one the venue's name gives, when they agree
        area = _best(places)
        places = [m for m in _venue_places(head, True)
                  if m.place.city and inside(m.place, area)] + places
    if places and all(p.city is None and p.province_code is None for _s, _e, _surf, p in places) \
            and len({p.country_code for _s, _e, _surf, p in places}) > 1:
        # "met at X for the first UK–Morocco Partnership Day": two countries and no city say
        # no one place; a later phrase or the lede tells which
        places = []
    if _is_only_places(head):
        finding.venue = None
    else:
        finding.venue = original_span(text, *_span_of(text, head, pos)) if head else None
    best = _best(places)
    if best is not None and best.city:
        # "Cambridge, Massachusetts": the city of that name inside the area written after it.
        for _s, _e, _surf, p in places + find_places(place_text):
            if p.city is None and (p.country_code != best.country_code or (
                    p.province_code and best.province_code != p.province_code)):
                local = city_in(best.city, p)
                if local is not None:
                    best = local
                    break
    if best is not None and not best.city:
        # "in Wanaka, New Zealand": a town too small for the running index, in the area named
        town = next(filter(None, map(_TOWN_BEFORE_AREA.match, (parts[-1], head, place_text))), None)
        local = city_in(town.group(1), best) if town else None
        if local is not None and finding.venue == town.group(1):
            finding.venue = None   # the phrase was only the town's name
        best = local or best
    at = place_text.find(venue) if venue and best is not None and not best.city else -1
    if 0 <= at <= 4:   # the phrase itself, after at most its article
        # "at the Linnanmaa campus of the University of Oulu, Oulu": a venue named by an
        # organisation, then its town after a comma, in the organisation's country
        town = _COMMA_TOWN.match(place_text, at + len(venue))
        local = city_in(town.group(1), best) if town else None
        best = local or best
    if (best is None or not best.city) and org_home is not None and finding.venue:
        # "四川大学望江校区": a campus names its province; the university's home is the city.
        home = org_home(finding.venue)
        if home is not None and home.city and (best is None or (
                best.country_code == home.country_code
                and best.province_code in (None, home.province_code))):
            best = home
    if best is None and has_cjk(venue):
        best = _district_city(text, venue) or _short_name_home(text, venue)
    if best is not None:
        _fill(finding, best)
        # "in Hangzhou, Zhejiang Province": the province after the city confirms or adds.
        for _s, _e, _surf, p in places:
            _fill(finding, p)
    return finding


_ZH_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,3}[区县]")


def _district_city(text: str, venue: str) -> Place | None:
    """"在惠山区政府举行": the city the text writes the district under elsewhere ("无锡市惠山区")."""
    district = _ZH_DISTRICT.match(venue)
    if district is None:
        return None
    d = district.group()
    at, tries = text.find(d), 0
    while at > 0 and tries < 5:
        before = find_places(text[max(0, at - 6):at])
        if before and before[-1].end == min(at, 6) and before[-1].place.city:
            return before[-1].place
        at, tries = text.find(d, at + 1), tries + 1
    return None


# "澳门生产力暨科技转移中心（生产力中心，CPTTM）": a body's full name, then its short name
_ZH_SHORT_NAME = re.compile(r"(?P<full>[\u4e00-\u9fff]{4,30})[（(](?P<short>[\u4e00-\u9fff]{2,10})[，,、)）]")


def _short_name_home(text: str, venue: str) -> Place | None:
    """"在生产力中心总部培训室举行": a venue named by a body's short name is in the city the body's
    full name opens on ("澳门生产力暨科技转移中心（生产力中心）" → Macau), else None."""
    if "（" not in text and "(" not in text:
        return None
    for m in _ZH_SHORT_NAME.finditer(text):
        if not venue.startswith(m.group("short")):
            continue
        full = m.group("full")
        first = next(iter(find_places(full)), None)
        if first is not None and first.start <= 1 and first.place.city:
            return first.place
    return None


def _span_of(text: str, phrase: str, pos: int) -> tuple[int, int]:
    at = text.find(phrase, pos)
    return (at, at + len(phrase)) if at >= 0 else (pos, pos)


def _is_only_places(phrase: str) -> bool:
    hits = _venue_places(phrase, True)
    if not hits:
        return False
    rest, last = [], 0
    for s, e, _surf, _p in hits:
        rest.append(phrase[last:s])
        last = e
    rest.append(phrase[last:])
    return all(_ADMIN_WORDS.match(r) for r in rest)


def _best(places: list[PlaceMention]) -> Place | None:
    for want in ("city", "province", "country"):
        for _s, _e, _surf, p in places:
            kind = "city" if p.city else "province" if p.province_code else "country"
            if kind == want:
                return p
    return None


def _fill(finding: PlaceFinding, p: Place) -> None:
    """Fill empty fields from `p` when it agrees with what is already known."""
    if finding.country_code and p.country_code and p.country_code != finding.country_code:
        return
    if finding.province_code and p.province_code and p.province_code != finding.province_code:
        return
    finding.city = finding.city or p.city
    finding.province_code = finding.province_code or p.province_code
    finding.country_code = finding.country_code or p.country_code


def _dateline(text: str) -> list[_Candidate]:
    head = text[:3000]
    for rx in _DATELINES:
        for m in rx.finditer(head):
            raw = m.group("p").strip()
            if is_stopword(raw.title()):
                continue    # "Date: Thursday, 14 January": a label, not Date in Japan
            if re.fullmatch(r"[A-Z]{2,3}", raw) and m.group(0).lstrip()[:1] in "[【":
                continue    # "[FR] | [EN]": a page's language switch, not France
            place = _dateline_place(raw)
            area = m.groupdict().get("a")
            if area and place is not None:
                # "LONDON, ON": the city of that name in the state or province written short
                place = _city_in_state(raw, area) or place
            if place is not None:
                finding = PlaceFinding(evidence=sentence_at(text, m.start("p")),
                                       start=m.start("p"), end=m.end("p"))
                _fill(finding, place)
                return [_Candidate(m.start("p"), finding, 2)]
    return []


def _city_in_state(city: str, state: str) -> Place | None:
    """The city called `city` in the US state, Canadian province or Australian state whose
    ISO 3166-2 code ends in `state` ("LONDON", "ON" → London, CA-ON), else None."""
    for alpha3, alpha2 in (("USA", "US"), ("CAN", "CA"), ("AUS", "AU")):
        code = f"{alpha2}-{state}"
        if province_name(code):
            local = city_in(city.title(), Place(None, code, alpha3)) or city_in(
                city, Place(None, code, alpha3))
            if local is not None:
                return local
    return None


def _dateline_place(raw: str) -> Place | None:
    if "," in raw:
        # "Pune, Maharashtra": the city of that name in the area after the comma.
        city, area = (s.strip() for s in raw.split(",", 1))
        where = _area(area)
        if where is None:
            return None
        return city_in(city, where) or (where if lookup_city(city) is None else None)
    if re.fullmatch(r"[\u4e00-\u9fff/／ ]+", raw):
        # "〔記者陳大文高市報導〕": the reporter's name, then the place; try the place's lengths.
        tail = re.split(r"[/／ ]", raw)[-1]
        for n in range(2, min(4, len(tail)) + 1):
            short = tail[-n:]
            place = _abbreviations()[1].get(short) or lookup_city(short) or _area(short)
            if place is not None:
                return place
        return None
    return lookup_city(raw) or lookup_city(raw.title()) or _area(raw)


def _area(raw: str) -> Place | None:
    code = province_code(raw, "CHN")
    if code:
        return Place(None, code, "CHN")
    cc = country_code(raw.title()) or country_code(raw)
    if cc:
        return Place(None, None, cc)
    code = province_code(raw, None)
    return Place(None, code, _country_of_code(code)) if code else None


def _country_of_code(code: str) -> str | None:
    return country_code(code.split("-")[0])


def _alpha2(alpha3: str) -> str | None:
    import pycountry  # only when a province must be checked against a country
    c = pycountry.countries.get(alpha_3=alpha3)
    return c.alpha_2 if c else None


def _host_homes(text: str, title: str, org_home) -> list[_Candidate]:
    """"Tsinghua University hosts the first conference": the host's home, when the organisations table
    knows it. Only the headline and the first lines: later hosts host other things."""
    if org_home is None:
        return []
    out = []
    for source, offset in ((title, -1), (text[:1500], 0)):
        if "host" not in source:
            continue
        for m in _HOSTS.finditer(source):
            if _PASSIVE.search(source[max(0, m.start() - 12):m.start()]):
                continue   # "is hosted by X": the event is the subject
            clause_start = max(source.rfind("\n", 0, m.start()),
                               _sentence_start(source, m.start()) - 1, m.start() - 160)
            subject = source[clause_start + 1:m.start()]
            home = org_home(subject) if subject.strip() else None
            if home is None:
                # "Szeged hosted the National … Conference": a city hosts in its own name
                home = _hosting_city(subject)
            if home is not None and (home.city or home.province_code):
                f = PlaceFinding(evidence=(sentence_at(text, m.start()) if offset == 0
                                           else title.strip()[:300]),
                                 start=m.start() if offset == 0 else -1,
                                 end=m.end() if offset == 0 else -1)
                _fill(f, home)
                out.append(_Candidate(m.start() if offset == 0 else -1, f, 1))
                return out
    return out


# a city as the subject of "hosted": the whole subject, after the line's start
_SUBJECT_CITY = re.compile(r"^\s*(?:the\s+city\s+of\s+)?(?P<c>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})"
                           r"\s*(?:,\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?\s*)?$")


def _hosting_city(subject: str) -> Place | None:
    """The city a "hosted" clause's whole subject names ("Szeged", "Cape Town, South Africa"),
    else None; a name that is also an ordinary word is not read."""
    m = _SUBJECT_CITY.match(subject)
    if m is None or is_stopword(m.group("c")):
        return None
    place = lookup_city(m.group("c"))
    return place if place is not None and place.city else None


def _title_places(title: str, org_home) -> list[_Candidate]:
    """A venue phrase in the headline, else a city or province it names (not inside an
    organisation's name: that is only its country)."""
    if not title.strip():
        return []
    for _o, venue, place_text, _pos, _end in sorted(_held_phrases(title), key=lambda f: f[0]):
        f = _resolve(title, venue, place_text, 0, org_home)
        if _has_place(f):
            f.evidence = title.strip()[:300]
            return [_Candidate(-1, f, 1)]
    for _s, _e, _surface, p in _venue_places(title):
        if p.city or p.province_code:
            f = PlaceFinding(evidence=title.strip()[:300])
            _fill(f, p)
            return [_Candidate(-1, f, 1)]
    return []


# after a place: a short time phrase, then "at the <Name>" ("in Adelaide last week at the …")
_THEN_AT_EVENT = re.compile(r"[^,.;:!?\n]{0,30}?\s+at\s+(?:the|a|an|its|their)\s+[A-Z]")


def _lede_places(text: str, lede: int) -> list[_Candidate]:
    """A city or province in a held-sentence of the lede ("湖北省科技厅4日召开新闻发布会", "the
    figures were shared in Kochi as the minister opened the expo"), not an origin."""
    out = []
    for m in re.finditer(r"[^。！？\n]+", text[:lede]):
        sentence = m.group()
        cue = _EVENT_CUE.search(sentence) is not None
        if (not cue and " at " not in sentence) or of_a_later_edition(sentence) or \
                _OTHER_EDITION.search(sentence):
            continue   # (an earlier edition's place is not this event's either)
        for mention in _venue_places(sentence):
            p = mention.place
            if not cue and not (_THEN_AT_EVENT.match(sentence, mention.end)
                                and has_event_keyword(sentence[mention.end:])):
                # "met in Adelaide last week at the Space Technology Showcase": with no held-verb,
                # a place is the event's only when the gathering is named right after it
                continue
            before = sentence[max(0, mention.start - 30):mention.start]
            if _WIRE_AFTER.match(sentence, mention.end):
                continue   # "Lusaka (ZNBC) -": where the reporter filed from
            if not _LOCATIVE.search(before) and not (p.city is None and has_cjk(mention.surface)):
                continue   # a city in a name ("Shanghai Technology Exchange") is not a venue
            if (p.city or p.province_code) and not _NOT_VENUE_BEFORE.search(before):
                f = PlaceFinding(evidence=sentence_at(text, m.start() + mention.start),
                                 start=m.start() + mention.start, end=m.start() + mention.end)
                _fill(f, p)
                # (told in the future: maybe a next edition's, as a venue phrase would be)
                out.append(_Candidate(m.start() + mention.start, f, 1,
                                      deferred=_FUTURE.search(sentence) is not None))
                break
    return out


def _lede_country(text: str, title: str,
                  window: tuple[int, int] | None = None) -> tuple[str | None, int, int]:
    """The one country the headline and the first lines point to (their cities and provinces,
    and countries in organisations' names); None when they name two or none. `window`: read
    text[a:b] (up to its sentence end) instead of the first lines."""
    if window is None:
        lede, base = text[:_lede_end(text)], 0
    else:
        a, b = window
        stop = re.search(r"[。！？\n]|[.!?](?=\s)", text[a:b])
        lede, base = text[a:a + stop.end() if stop else b], a
    found: dict[str, tuple[int, int]] = {}
    in_names: dict[str, tuple[int, int]] = {}
    for source, offset in ((title, -1), (lede, 0)):
        for m in find_places(source):
            if offset == 0 and of_a_later_edition(sentence_at(source, m.start, m.end)):
                continue
            before = source[max(0, m.start - 60):m.start]
            if _NOT_VENUE_BEFORE.search(before[-30:]) or _FROM_LIST.search(before):
                continue
            cc = m.place.country_code
            if m.place.city and _names_an_org(source, m):
                # "ETH Zurich" hosting says nothing of where the event was; a Chinese city's
                # own body ("臺中市政府經濟發展局指導" of a campus event) names the country
                # when nothing else in the lede does
                if cc and has_cjk(m.surface):
                    at = (m.start + base, m.end + base) if offset == 0 else (-1, -1)
                    in_names.setdefault(cc, at)
                continue
            if cc:
                found.setdefault(cc, (m.start + base, m.end + base) if offset == 0 else (-1, -1))
    found = found or in_names
    if len(found) != 1:
        return None, -1, -1
    cc, (pos, end) = next(iter(found.items()))
    return cc, pos, end


def _lede_end(text: str) -> int:
    """End of the headline lines and the first two body sentences (at most 800 characters)."""
    seen = 0
    for m in re.finditer(r"[。！？]|[.!?](?=\s)|\n", text[:800]):
        if m.group() != "\n" or text[max(0, m.start() - 60):m.start()].strip():
            seen += 1
        if seen >= 4:
            return m.end()
    return min(len(text), 800)
