"""What the organisation-name recogniser returns: one name in a text, with its offsets."""
from __future__ import annotations

from dataclasses import dataclass

from etl.extract.org_reference import RefOrg


@dataclass(frozen=True)
class OrgSpan:
    """One organisation name in the text: [start, end) and the name as the article writes it."""
    start: int
    end: int
    name: str
    acronym: str | None = None
    ref: RefOrg | None = None
    listed_type: str | None = None    # org_type given by the list it stands in ("等9家企业")
    tail: int = -1                     # end including a bracket that follows ("(ACR)", "（中国）")
    parent: str | None = None          # the body it belongs to ("the X Office of Y University")
    country: str | None = None         # its country as the text gives it (not a namesake's)

    @property
    def stop(self) -> int:
        """Where the name and its bracket end: a list goes on from here."""
        return max(self.end, self.tail)
