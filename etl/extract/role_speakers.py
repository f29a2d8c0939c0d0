"""Organisations whose people the text has speaking at or attending the event: "宁波市科技局
副局长李明在会上致辞", "the Patent Office Director Ana Silva gave a briefing"."""
from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.orgnames import OrgSpan
from etl.extract.orgnames.words import word_lists
from etl.extract.text import has_cjk

# "the Patent Office Director Ana Silva gave a briefing": a person of the organisation speaks
# at the event, so the organisation takes part.
_EN_SPEAKS = re.compile(
    r"[^.;]{0,40}?\b(?:gave|spoke|presented|delivered|opened|welcomed|addressed|shared|chaired|"
    r"moderated|introduced|briefed|made|launched)\b")


# "The Director-General of X, represented by a director, commended …", "an official … said":
# the office holder of the organisation speaks.
_EN_SAYS = re.compile(
    r",?[^.;]{0,60}?\b(?:said|says|commended|noted|urged|stated|told|remarked|praised|announced|"
    r"highlighted|stressed|emphasi[sz]ed|explained|called|gave|spoke|presented|delivered|"
    r"opened|welcomed|addressed)\b")


def en_speakers(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    title_name, title_of = _en_title_name(), _en_title_of()
    out = []
    for s in spans:
        if not has_cjk(s.name):
            person = title_name.match(text, s.stop)
            if person and _EN_SPEAKS.match(text, person.end()):
                out.append(s)
            elif title_of.search(text, max(0, s.start - 60), s.start) and \
                    _EN_SAYS.match(text, s.stop):
                out.append(s)
    return out


@lru_cache(maxsize=1)
def _en_title_of() -> re.Pattern:
    """An office right before an organisation's name: "the Director-General of (the)"."""
    titles = "|".join(map(re.escape, word_lists().en_titles))
    return re.compile(rf"\b(?:{titles})(?:[ \t-]+(?:General|{titles}))?[ \t]+of[ \t]+(?:the[ \t]+)?$")


@lru_cache(maxsize=1)
def _en_title_name() -> re.Pattern:
    titles = "|".join(map(re.escape, word_lists().en_titles))
    honorifics = "|".join(map(re.escape, word_lists().honorifics_en))
    return re.compile(rf"[ \t]+(?:(?:Vice|Deputy|Executive|General|Chief|Senior)[ \t-]+)?"
                      rf"(?:{titles})(?:[ \t]+(?:General|of\s+[A-Z][\w-]*))?"
                      rf"(?:[ \t]+(?:{honorifics})\.?)?(?:[ \t]+[A-Z][\w'’-]+){{1,3}}")


# "宁波市科技局副局长李明在会上致辞": a person of the organisation speaks at or
# attends the event, so the organisation takes part.
_ZH_SPEAKS = re.compile(r"[^。；！？\n]{0,30}?(?:发言|致辞|讲话|表示|指出|介绍|出席|参加|主持|演讲|"
                        r"分享|作报告|解读|见证|参会|赴会|致欢迎辞|亮相)")


def zh_speakers(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    title_name = _zh_title_name()
    out = []
    for s in spans:
        if has_cjk(s.name):
            person = title_name.match(text, s.stop)
            if person and _ZH_SPEAKS.match(text, person.end()):
                out.append(s)
            elif text[s.start - 1:s.start] in "（(" and _ZH_TALK_END.match(text, s.stop) and \
                    _ZH_TALK.search(text, max(0, s.start - 50), s.start - 1):
                out.append(s)
    return out


# "报告二：寒地装备技术转移实践（哈尔滨工业大学）": an agenda's talk line, the body giving the
# talk in brackets after its title, takes part
_ZH_TALK = re.compile(r"(?:^|\n)[ \t\u3000]*(?:主题|主旨|特邀|专题)?(?:报告|演讲|分享|发言)"
                      r"[一二三四五六七八九十\d]{0,2}[:：][^\n（()）：:]{2,40}$")
_ZH_TALK_END = re.compile(r"[）)][ \t\u3000]*(?:\r?\n|$)")


@lru_cache(maxsize=1)
def _zh_title_name() -> re.Pattern:
    titles = "|".join(map(re.escape, word_lists().titles))
    return re.compile(rf"(?:党组书记、)?(?:副|常务副)?(?:{titles})(?:[\u4e00-\u9fff]{{2,4}}?|"
                      rf"[\u4e00-\u9fff]{{1,5}}·[\u4e00-\u9fff·]{{1,8}}?)(?=[在也还并亦，,]|"
                      rf"(?:发言|致辞|讲话|表示|指出|介绍|出席|参加|主持|演讲))|"
                      # "X代表表示": the body's representative speaks, unnamed (a 负责人 who speaks is often
                      # an official commenting, not one taking part)
                      rf"代表(?=表示|指出|介绍|说|称)")
