"""An organisation's row for a mention: the reference entry if known, else naming rules."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl import gazetteer
from etl.extract import org_reference
from etl.extract.orgnames.words import word_lists
from etl.extract.text import view_of
from etl.normalize.ids import name_key, stable_id
from etl.reference import read_csv


def resolve_org(name: str, acronym: str | None = None, country_hint: str | None = None,
                listed_type: str | None = None) -> dict:
    """An organisation row for a mention: the reference entry if known, else rules.

    A Chinese mention names the organisation in the article's own characters (name_zh keeps
    them, Traditional or Simplified); its id does not depend on the script, so 复旦大学 and
    復旦大學 are one organisation. `listed_type` is the kind a list gave the name ("等9家企业"),
    used when the name itself says nothing.
    """
    ref = org_reference.lookup_org(name) or (org_reference.lookup_org(acronym) if acronym
                                             else None)
    if ref is not None and country_hint and ref.country_code not in (None, country_hint):
        ref = None      # "Ministry of Education (Kenya)", Taiwan's 教育部: a namesake's body
    clean = re.sub(r"\s+", " ", name).strip()
    zh = clean if re.search(r"[\u4e00-\u9fff]", clean) else None
    if ref is not None:
        key = name_key(ref.name)
        return {"org_id": stable_id("o", key), "name": ref.name, "name_zh": zh or ref.name_zh,
                "acronym": ref.acronym or acronym, "org_type": ref.org_type,
                "country_code": ref.country_code or country_hint, "city": ref.city}
    org_type = org_reference.classify_org(clean)
    if listed_type and (org_type == "other" or listed_type == "university"):
        org_type = listed_type   # a unit of a university is counted as the university
    if org_type == "other" and _brand(clean):
        org_type = "enterprise"
    return {"org_id": stable_id("o", name_key(view_of(clean))), "name": clean, "name_zh": zh,
            "acronym": acronym, "org_type": org_type,
            "country_code": country_hint or gazetteer.country_hint(clean), "city": None}


_ACRONYM_ONLY = re.compile(r"[A-Z0-9&/.-]+")


def _brand(name: str) -> bool:
    """Whether a name no rule types is a company's brand ("Analog Devices", "Schneider
    Electric", "Tata Steel UK"): Latin words, none a head noun (University, Institute …) nor a
    word of public bodies and programmes (org_name_words.csv not_brand), not one acronym (an
    acronym alone is as often an agency's). In the gold sets such names are companies four
    times in five."""
    if not name.isascii() and re.search(r"[\u3000-\u9fff]", name):
        return False
    words = name.split()
    if not words or all(t.isupper() or _ACRONYM_ONLY.fullmatch(t) for t in words) or \
            not words[0][:1].isupper():
        return False        # an acronym alone ("PROINNÓVATE", "INESC TEC")
    if len(words) == 2 and _a_city(words[0]):
        return False        # "Odense Robotics": a city's cluster or agency named by its field
    if len(words) >= 3 and gazetteer.country_code(" ".join(words[-2:])):
        words = words[:-2]      # "Mercedes-Benz South Africa": the country of the branch
    w = word_lists()
    return not any(t in w.en_heads or t in w.lead or
                   any(p.strip(".,").capitalize() in w.not_brand for p in t.split("-"))
                   for t in words)


@lru_cache(maxsize=4096)
def _a_city(word: str) -> bool:
    places = gazetteer.find_places(word)
    return len(places) == 1 and places[0].place.city is not None and \
        places[0].end - places[0].start == len(word)


# Marks a document's organisation row whose mention was written in Chinese (the Combiner's
# vote on the organisation's name; never written to a table).
WRITTEN_ZH = "_written_zh"


def merge_org_rows(a: dict, b: dict) -> dict:
    return {k: a.get(k) if a.get(k) is not None else b.get(k) for k in a}


def most_common_name(names: Counter, country: str | None) -> tuple[str, str | None]:
    """The (name, name_zh) most documents write; of equally common ones, the one in the
    script of the organisation's place (北京大学 for Peking University, 清華大學 for a
    Taiwanese body), else the first seen."""
    top = max(names.values())
    tied = [k for k, n in names.items() if n == top]
    if len(tied) > 1:
        own = _scripts().get(country or "", "simplified")
        tied.sort(key=lambda k: _script(k[1]) != own)     # stable: first seen among equals
    return tied[0]


@lru_cache(maxsize=1)
def _scripts() -> dict[str, str]:
    return {r["country_code"]: r["script"] for r in read_csv("chinese_scripts.csv")}


def _script(name_zh: str | None) -> str | None:
    if not name_zh:
        return None
    return "simplified" if view_of(name_zh) == name_zh else "traditional"
