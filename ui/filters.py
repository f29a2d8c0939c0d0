"""The global filter state, and its two-way mapping to URL query parameters.

One `Filters` value describes the view: the sidebar widgets write it, every query reads it,
and the URL carries it so that a copied link reopens the same view. Parsing never raises:
unknown or malformed parameters are ignored.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from etl.schema import EVENT_TYPES, ORG_TYPES, REGIONS, ROLES

CURRENCIES = ("USD", "CNY")
LANGS = ("en", "zh")
YEAR_RANGE = (1900, 2100)

_COUNTRY = re.compile(r"^[A-Z]{3}$")
_PROVINCE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_MAX_SEARCH = 100


@dataclass(frozen=True)
class Filters:
    """What the user asked to see; `None`/empty means 'no restriction'."""

    year_min: int | None = None
    year_max: int | None = None
    # None: undated events are shown while every year is, and left out once the years are
    # narrowed (2015–2022 does not count events of unknown year); True / False: as asked.
    include_unknown_year: bool | None = None
    # a date range ('2021-04-01'…'2021-06-30'): only events whose start date is known and in it
    date_from: str | None = None
    date_to: str | None = None
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    org_types: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    org_search: str = ""
    currency: str = "USD"
    lang: str = "en"
    meeting: bool = False

    def unknown_included(self) -> bool:
        """Whether events of unknown year are counted under these filters."""
        if self.include_unknown_year is not None:
            return self.include_unknown_year
        return self.year_min is None and self.year_max is None

    def restricts_events(self) -> bool:
        """True when some filter narrows the set of events (display settings do not)."""
        view_only = {"currency", "lang", "meeting"}
        default = Filters()
        return any(getattr(self, f.name) != getattr(default, f.name)
                   for f in fields(self) if f.name not in view_only)


# URL parameter ↔ field; lists are comma-joined so links stay short and readable.
_PARAMS = {
    "y0": "year_min", "y1": "year_max", "unknown": "include_unknown_year",
    "d0": "date_from", "d1": "date_to",
    "region": "regions", "country": "countries", "province": "provinces",
    "type": "event_types", "orgtype": "org_types", "role": "roles", "org": "org_search",
    "cur": "currency", "lang": "lang", "meeting": "meeting",
}
FILTER_PARAMS = frozenset(_PARAMS)


def _first(value: object) -> str:
    if isinstance(value, list | tuple):
        value = value[-1] if value else ""
    return str(value).strip()


def _items(value: object) -> list[str]:
    raw = value if isinstance(value, list | tuple) else [value]
    return [p.strip() for v in raw for p in str(v).split(",") if p.strip()]


def _year(value: object) -> int | None:
    text = _first(value)
    if not re.fullmatch(r"\d{4}", text):
        return None
    year = int(text)
    return year if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None


def _date(value: object) -> str | None:
    text = _first(value)
    try:
        return dt.date.fromisoformat(text).isoformat() if re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def _flag(value: object, default: bool | None) -> bool | None:
    text = _first(value).lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    return default


def _keep(values: list[str], allowed: tuple[str, ...] | re.Pattern[str]) -> tuple[str, ...]:
    ok = (allowed.match if isinstance(allowed, re.Pattern) else allowed.__contains__)
    return tuple(dict.fromkeys(v for v in values if ok(v)))


def from_query_params(params: Mapping[str, object]) -> Filters:
    """URL query parameters → Filters; anything malformed is dropped, never raised."""
    p = {k: params[k] for k in params if k in _PARAMS}
    y0, y1 = _year(p.get("y0", "")), _year(p.get("y1", ""))
    if y0 is not None and y1 is not None and y0 > y1:
        y0, y1 = y1, y0
    d0, d1 = _date(p.get("d0", "")), _date(p.get("d1", ""))
    if d0 and d1 and d0 > d1:
        d0, d1 = d1, d0
    currency = _first(p.get("cur", "")).upper()
    lang = _first(p.get("lang", "")).lower()
    return Filters(
        year_min=y0, year_max=y1,
        include_unknown_year=_flag(p.get("unknown", ""), None),
        date_from=d0, date_to=d1,
        regions=_keep(_items(p.get("region", "")), REGIONS),
        countries=_keep([v.upper() for v in _items(p.get("country", ""))], _COUNTRY),
        provinces=_keep([v.upper() for v in _items(p.get("province", ""))], _PROVINCE),
        event_types=_keep(_items(p.get("type", "")), EVENT_TYPES),
        org_types=_keep(_items(p.get("orgtype", "")), ORG_TYPES),
        roles=_keep(_items(p.get("role", "")), ROLES),
        org_search=_first(p.get("org", ""))[:_MAX_SEARCH],
        currency=currency if currency in CURRENCIES else "USD",
        lang=lang if lang in LANGS else "en",
        meeting=_flag(p.get("meeting", ""), False),
    )


def to_query_params(f: Filters) -> dict[str, str]:
    """Filters → the query parameters that differ from the defaults (a short, stable URL)."""
    default = Filters()
    out: dict[str, str] = {}
    for param, name in _PARAMS.items():
        value = getattr(f, name)
        if value == getattr(default, name):
            continue
        if isinstance(value, bool):
            out[param] = "1" if value else "0"
        elif isinstance(value, tuple):
            out[param] = ",".join(value)
        else:
            out[param] = str(value)
    return out


def clamp_years(f: Filters, bounds: tuple[int, int] | None) -> Filters:
    """Drop year limits that sit on or outside the data's own range (so 'all years' stays open)."""
    if bounds is None:
        return f
    lo, hi = bounds
    y0 = f.year_min if f.year_min is not None and f.year_min > lo else None
    y1 = f.year_max if f.year_max is not None and f.year_max < hi else None
    return replace(f, year_min=y0, year_max=y1)


def slug(f: Filters) -> str:
    """A short file-name-safe description of the filters in force ('all' when none)."""
    parts = [f"{k}-{v}" for k, v in to_query_params(f).items()
             if k not in {"lang", "meeting", "cur"}]
    text = "_".join(parts) or "all"
    text = re.sub(r"[^A-Za-z0-9_.-]+", "-", text)
    return text[:80].strip("-_") or "all"
