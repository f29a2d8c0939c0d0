"""Organisations with the role they play in an event: names (org_names) + roles (roles).

`find_organizations(text)` recognises every organisation name, lets the role frames decide
which of them the text gives a role, and returns one mention per (organisation, role) with
its acronym, country hint and evidence. Names keep the article's own characters; the
organisation a name denotes (and its type) is decided in etl/extract/org_reference.py.
"""
from __future__ import annotations

import re

from etl.extract.org_names import OrgSpan, find_org_spans
from etl.extract.org_reference import _key, lookup_org
from etl.extract.records import OrgMention
from etl.extract.roles import assign_roles
from etl.extract.text import evidence_at, has_cjk
from etl.gazetteer import country_code, country_hint

_BRACKET_COUNTRY = re.compile(r"\s*[(（]([^()（）]{2,30})[)）]\s*$")


def find_organizations(text: str) -> list[OrgMention]:
    """Organisations with the role they play in the event, in order of first mention."""
    if not text.strip():
        return []
    spans = find_org_spans(text)
    # "The X Network (XN) met … hosted by the X Network": the acronym holds for every mention.
    acronyms = {_key(s.name): s.acronym for s in spans if s.acronym}
    out: list[OrgMention] = []
    index: dict[tuple[str, str], int] = {}
    for claim in assign_roles(text, spans):
        mention = _mention(text, claim.span, claim.role)
        if mention.acronym is None:
            mention.acronym = acronyms.get(_key(mention.name))
        key = (_identity(claim.span), claim.role)
        if not key[0]:
            continue
        if key not in index:
            index[key] = len(out)
            out.append(mention)
        elif out[index[key]].lang == "zh" and mention.lang == "en":
            out[index[key]] = mention      # a bilingual release: keep the English name
    return out


def _identity(span: OrgSpan) -> str:
    ref = span.ref or lookup_org(span.name) or (lookup_org(span.acronym) if span.acronym
                                                 else None)
    return _key(ref.name) if ref else _key(span.name)


def _mention(text: str, span: OrgSpan, role: str) -> OrgMention:
    name, hint = span.name, None
    m = _BRACKET_COUNTRY.search(name)
    if m and country_code(m.group(1)):
        hint = country_code(m.group(1))
        name = name[:m.start()].strip()
    ref = span.ref or lookup_org(name)
    acronym = span.acronym or (ref.acronym if ref else None)
    return OrgMention(name=name, role=role, acronym=acronym,
                      country_hint=hint or (ref.country_code if ref else None)
                      or country_hint(name),
                      lang="zh" if has_cjk(name) else "en",
                      evidence=evidence_at(text, span.start, span.end),
                      org_type=span.listed_type, start=span.start)
