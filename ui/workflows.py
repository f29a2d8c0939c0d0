"""The Streamlit half of the no-terminal workflows: the rebuild (services/rebuild.py) with a
progress bar and its messages, a message shown once after the rerun that follows a change,
and what the last rebuild said about the corrections. Where raw articles and corrections
live: settings.py (RAW_DIR, CURATION_FILE); the deck and Excel downloads: ui/downloads.py;
the event correction form: ui/correction_form.py."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import streamlit as st

import settings
from ui import data, safe
from ui.i18n import t

# The rebuild (the ETL) loads when it is used, not with every page: about half a second off
# a page's first draw after a server start.
if TYPE_CHECKING:
    from etl import pipeline

FLASH = "_workflow_flash"
UNMATCHED = "_workflow_unmatched"


def flash(message: str) -> None:
    """Show `message` once, after the rerun that follows a change."""
    st.session_state[FLASH] = message


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


def progress_bar(lang: str) -> Callable[[int, int], None]:
    bar = st.progress(0.0, text=t("add_progress", lang, done=0, total="…"))

    def update(done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0,
                     text=t("add_progress", lang, done=done, total=total))
    return update


def remember(summary: pipeline.Summary) -> None:
    """Keep the rebuild's unmatched corrections (the Corrections view shows them)."""
    st.session_state[UNMATCHED] = (summary.version, list(summary.unmatched_curation))


def build_status() -> dict | None:
    """The manifest as the Corrections view needs it; None when nothing is built."""
    wh = data.current()
    if wh.status == "missing":
        return None
    manifest = dict(wh.manifest)
    version, unmatched = st.session_state.get(UNMATCHED, (None, None))
    if version and version == wh.version:
        manifest["curation_unmatched"] = unmatched
    return manifest


def rebuild(lang: str) -> pipeline.Summary | None:
    """Rebuild the warehouse (incremental) with a progress bar; None if it could not run."""
    from etl import load, pipeline
    from services.rebuild import rebuild as run_etl
    try:
        summary = run_etl(settings.raw_dir(), settings.warehouse_dir(), settings.curation_file(),
                          progress_bar(lang))
    except load.LockedError:
        st.warning(t("locked", lang))
        return None
    except pipeline.UsageError as e:
        st.error(safe.md(e))  # it quotes the curation file's values
        return None
    remember(summary)
    return summary
