"""A one-line takeaway per chart, computed from the rows it draws: the leader and its share,
ties named, 'unknown' never the leader, one stated denominator, money in human units."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ui import fmt
from ui.i18n import label, t


def _n(value: object) -> int:
    try:
        return int(round(float(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def _fmt(value: float) -> str:
    return f"{_n(value):,}"


def _is_unknown(key: object) -> bool:
    return key is None or (isinstance(key, float) and key != key) or bool(pd.isna(key)) \
        or key == "unknown"


def _names(keys: list[object], lang: str, name: Callable[[object], str] | None) -> str:
    """'A', 'A, B', or 'A, B, C +2' for tied leaders, each named."""
    shown = [name(k) if name else label(k, lang) for k in keys]
    text = t("list_sep", lang).join(shown[:3])
    return text + (f" +{len(shown) - 3}" if len(shown) > 3 else "")


def _leaders(grouped: pd.Series) -> tuple[list[object], float]:
    """The keys sharing the largest value (never 'unknown') and that value."""
    known = grouped[[not _is_unknown(k) for k in grouped.index]]
    if known.empty:
        return [], 0.0
    best = known.max()
    return [k for k, v in known.items() if _n(v) == _n(best) and v == best], float(best)


def takeaway_per_year(df: pd.DataFrame, lang: str = "en") -> str:
    """'Most events in 2021 (3 of 9; 2018–2023). 2 with unknown year.' from rows (year,
    events); tied years are all named, the unknown year is never the headline."""
    if df.empty or "events" not in df:
        return t("no_rows", lang)
    total = _n(df["events"].sum())
    known = df[df["year"].notna()]
    unknown = total - _n(known["events"].sum())
    if known.empty:
        return t("deck_all_unknown", lang, n=total)
    per_year = known.groupby("year")["events"].sum().sort_index()
    years, best = _leaders(per_year)
    text = t("deck_top_year" if len(years) == 1 else "deck_top_years", lang,
             year=t("list_sep", lang).join(str(_n(y)) for y in years), k=_n(best), n=total,
             a=_n(per_year.index.min()), b=_n(per_year.index.max()))
    if unknown:
        text += t("deck_unknown_year", lang, u=unknown)
    return text


def takeaway_top(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                 name: Callable[[object], str] | None = None) -> str:
    """'Asia: 5 of 9 (56 %).' — the largest category's share of the whole (the denominator,
    'of 9', includes what is unknown). Tied leaders are all named; 'unknown' is never the
    headline but said after it."""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum()
    total = _n(grouped.sum())
    if total == 0:
        return t("no_rows", lang)
    keys, best = _leaders(grouped)
    unknown = _n(grouped[[_is_unknown(k) for k in grouped.index]].sum())
    if not keys:
        return t("deck_only_unknown", lang, n=_fmt(total))
    text = t("deck_top_share" if len(keys) == 1 else "deck_top_share_tied", lang,
             name=_names(keys, lang, name), k=_fmt(best), n=_fmt(total),
             pct=round(100 * best / total))
    if unknown:
        text += t("deck_and_unknown", lang, u=_fmt(unknown))
    return text


def takeaway_origin(df: pd.DataFrame, lang: str = "en", role: str = "host") -> str:
    """'Hosts: 7 domestic, 1 foreign, 14 of unknown origin (of 22).' — one role, so that no
    organisation is counted twice (rows: role, origin, organisations)."""
    if df.empty or not {"role", "origin", "organisations"} <= set(df.columns):
        return t("no_rows", lang)
    rows = df[df["role"] == role]
    if rows.empty:
        role = str(df.groupby("role")["organisations"].sum().idxmax())
        rows = df[df["role"] == role]
    n = rows.groupby("origin")["organisations"].sum()
    return t("deck_origin", lang, role=label(role, lang).capitalize() if lang == "en"
             else label(role, lang), d=_n(n.get("domestic", 0)), f=_n(n.get("foreign", 0)),
             u=_n(n.get("unknown", 0)), n=_n(n.sum()))


def takeaway_most(df: pd.DataFrame, column: str, lang: str = "en", value: str = "events",
                  name: Callable[[object], str] | None = None) -> str:
    """'Most events: Shenzhen (3).' or, on a tie, 'Most events: A, B, C +2 (1 each).';
    'unknown' is never the leader."""
    if df.empty or column not in df or value not in df:
        return t("no_rows", lang)
    grouped = df.groupby(column, dropna=False)[value].sum()
    keys, best = _leaders(grouped)
    if not keys or _n(best) <= 0:
        return t("no_rows", lang)
    return t("deck_most" if len(keys) == 1 else "deck_most_tied", lang,
             what=t(value, lang).lower() if lang == "en" else t(value, lang),
             name=_names(sorted(keys, key=str), lang, name), k=f"{_n(best):,}")


def takeaway_amounts(df: pd.DataFrame, currency: str, lang: str = "en") -> str:
    """'Contract value: largest in 2021, $186 M of $188 M in 2019–2023 (99 %).' — one metric
    (the first drawn: contract value by default), years of that metric only, ties named."""
    if df.empty or not {"year", "total", "metric"} <= set(df.columns):
        return t("no_rows", lang)
    metric = df["metric"].iloc[0]
    rows = df[(df["metric"] == metric) & df["year"].notna()]
    per_year = rows.groupby("year")["total"].sum()
    total = per_year.sum()
    if per_year.empty or not total or total != total:
        return t("no_rows", lang)
    years, best = _leaders(per_year)
    name = label(metric, lang)
    return t("deck_amounts", lang, metric=name[:1].upper() + name[1:],
             year=t("list_sep", lang).join(str(_n(y)) for y in years),
             k=fmt.money(best, currency, lang), n=fmt.money(total, currency, lang),
             a=_n(per_year.index.min()), b=_n(per_year.index.max()),
             pct=round(100 * best / total))


def takeaway_mix(df: pd.DataFrame, by: str, lang: str = "en") -> str:
    """'Largest average reported share: enterprise (45 %) over 3 events.' — each category's
    reported share averaged over the events (or years) that report any share, as drawn (a
    share is never stretched to fill 100 %)."""
    key = "event_id" if by == "event" and "event_id" in df else by
    if df.empty or not {key, "category", "share"} <= set(df.columns):
        return t("no_rows", lang)
    rows = df.dropna(subset=["share"])
    bars = rows[key].nunique(dropna=False)
    if not bars or not rows["share"].sum():
        return t("no_rows", lang)
    mean = rows.groupby("category")["share"].sum() / bars
    cats, best = _leaders(mean)
    return t("deck_mix_event" if by == "event" else "deck_mix_year", lang,
             name=_names(cats, lang, None), pct=round(100 * best), n=bars)


def takeaway_network(edges: pd.DataFrame, lang: str = "en") -> str:
    """'Most partners: X (4 of 9 organisations).' — the organisations with the most
    co-organisers, ties named."""
    if edges.empty or not {"source", "target"} <= set(edges.columns):
        return t("no_rows", lang)
    pairs = pd.concat([edges[["source", "target"]],
                       edges[["target", "source"]].set_axis(["source", "target"], axis=1)])
    partners = pairs.groupby("source")["target"].nunique()
    names, best = _leaders(partners)
    return t("deck_network" if len(names) == 1 else "deck_network_tied", lang,
             name=_names(sorted(names), lang, str), k=_n(best), n=len(partners))
