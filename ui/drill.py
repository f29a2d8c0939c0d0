"""Drill-down from a bar to the rows behind it: which bar was clicked, as the page's `bar` URL
parameter and back. A chart whose bars drill down carries the bar's parameter as the first
item of each point's customdata; parsing never raises (a malformed or hand-edited parameter
is no bar). Pure, no Streamlit."""
from __future__ import annotations

import re
from dataclasses import dataclass

from etl.schema import METRICS, SCOPES

PARAM = "bar"  # the URL parameter, kept on the pages that drill down (ui/pages.PAGE_PARAMS)
UNKNOWN = "unknown"
_YEAR = re.compile(r"\d{4}")


def _year(text: str) -> int | None:
    return int(text) if _YEAR.fullmatch(text) else None


@dataclass(frozen=True)
class MixBar:
    """A bar of the participant mix per year: the events whose shares it averages."""
    year: int | None  # None: the bar of events of unknown year

    def param(self) -> str:
        return UNKNOWN if self.year is None else str(self.year)

    @staticmethod
    def parse(value: object) -> MixBar | None:
        text = str(value or "").strip()
        if text == UNKNOWN:
            return MixBar(None)
        year = _year(text)
        return MixBar(year) if year is not None else None


@dataclass(frozen=True)
class AmountBar:
    """A bar of contract values by year: the amounts of one year, metric and scope."""
    year: int
    metric: str
    scope: str

    def param(self) -> str:
        return f"{self.year}:{self.metric}:{self.scope}"

    @staticmethod
    def parse(value: object) -> AmountBar | None:
        parts = str(value or "").strip().split(":")
        if len(parts) != 3:
            return None
        year = _year(parts[0])
        if year is None or parts[1] not in METRICS or parts[2] not in SCOPES:
            return None
        return AmountBar(year, parts[1], parts[2])
