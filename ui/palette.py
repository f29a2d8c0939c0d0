"""One colour per category everywhere: an institution type, event type, region or metric is
the same colour in every chart, map and slide (Okabe–Ito and Tableau-like colours that stay
apart for colour-blind readers). Colours are keyed on the vocabulary value, not its label."""
from __future__ import annotations

from ui.i18n import label

GREY = "#9aa3ab"      # 'other', 'unknown', and what a source did not report
LIGHT = "#dde3e8"     # the unreported remainder of a share

ORG_TYPES = {
    "university": "#0072B2", "research_institute": "#56B4E9", "government": "#D55E00",
    "enterprise": "#E69F00", "association": "#CC79A7", "intermediary": "#009E73",
    "park": "#8C6D31", "hospital": "#B2182B", "media": "#7B68EE",
    "international_org": "#2E8B57", "other": GREY, "unknown": GREY,
}
EVENT_TYPES = {
    "forum": "#0072B2", "conference": "#56B4E9", "summit": "#CC79A7", "training": "#009E73",
    "meeting": "#E69F00", "fair": "#D55E00", "signing": "#8C6D31", "competition": "#7B68EE",
    "other": GREY,
}
REGIONS = {
    "Asia": "#D55E00", "Europe": "#0072B2", "Americas": "#009E73", "Africa": "#E69F00",
    "Oceania": "#CC79A7", "unknown": GREY, "other": GREY,
}
METRICS = {
    "contract_value": "#0072B2", "transaction_volume": "#E69F00", "investment": "#009E73",
    "economic_benefit": "#CC79A7", "funding": "#56B4E9", "revenue": "#D55E00", "other": GREY,
}
SCOPES = {"event": "#0072B2", "institution": "#E69F00", "national": "#CC79A7",
          "regional": "#009E73"}
ROLES = {"host": "#0072B2", "organizer": "#56B4E9", "co_organizer": "#009E73",
         "supporter": "#E69F00", "partner": "#CC79A7", "participant": "#D55E00",
         "signatory": "#8C6D31"}
SIDES = {"domestic": "#0072B2", "international": "#D55E00", "foreign": "#D55E00",
         "unknown": GREY}
BASES = {"reported": "#0072B2", "derived": "#56B4E9", "listed": "#E69F00",
         "speakers": "#009E73"}

# Column (as the queries name it) → its palette.
BY_COLUMN = {"org_type": ORG_TYPES, "source_type": ORG_TYPES, "category": ORG_TYPES,
             "event_type": EVENT_TYPES, "region": REGIONS, "metric": METRICS, "scope": SCOPES,
             "role": ROLES, "origin": SIDES, "participation": SIDES, "basis": BASES}
ACCENT = "#0072B2"    # a single series


def colour(column: str, value: object) -> str:
    """The colour of `value` in `column`'s palette (grey when it has none)."""
    table = BY_COLUMN.get(column, {})
    if value is None or value != value:
        return GREY
    text = str(value)
    if text in table:
        return table[text]
    if "+" in text:  # two types reported together take the first one's colour
        return table.get(text.split("+")[0], GREY)
    return GREY


def colour_map(column: str, values: object, lang: str = "en") -> dict[str, str]:
    """{display label: colour} for plotly's color_discrete_map, when a chart colours by the
    labels of `column`'s values."""
    return {label(v, lang): colour(column, v) for v in dict.fromkeys(values)}  # type: ignore[arg-type]
