"""Chart images for the slides: the figure as a PNG rendered by kaleido (Chromium), offline
(the maps' files from static/), with type large enough for a slide."""
from __future__ import annotations

import copy
import json
import shutil
import threading
import warnings
from functools import lru_cache

import plotly.graph_objects as go
import plotly.io as pio

import settings
from ui.deck.model import FONT_NAME, DeckUnavailable

IMAGE_W, IMAGE_H = 1400, 640
# Chart type in the exported picture: 24 px of 1400 shown 12.1 in wide ≈ 15 pt on the slide.
EXPORT_FONT_PX = 24
INSTALL_HINT = ("Chart images need Chromium and CJK fonts: run `make run` (it installs them) "
                "or `sudo apt-get install -y chromium fonts-noto-cjk`.")
_lock = threading.Lock()


def chrome_available() -> bool:
    """Whether kaleido can find a browser to render with."""
    return any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome",
                                         "chrome"))


def _for_export(fig: go.Figure) -> go.Figure:
    """A copy that renders offline: local topojson and geojson instead of server URLs."""
    fig = copy.deepcopy(fig)
    for trace in fig.data:
        geo = getattr(trace, "geojson", None)
        if isinstance(geo, str) and geo.startswith("/app/static/"):
            local = settings.STATIC_DIR / geo.removeprefix("/app/static/")
            if local.is_file():
                trace.geojson = json.loads(local.read_text(encoding="utf-8"))
    # The slide's own title names the chart; a second one inside the picture only repeats it.
    # Type at EXPORT_FONT_PX on an IMAGE_W-wide picture shown 12.1 in wide is ≥ 14 pt, and
    # axis labels take the room they need instead of being cut at the edge.
    fig.update_layout(font_family=f"{FONT_NAME}, sans-serif", paper_bgcolor="white",
                      title_text="", title_subtitle_text="", font_size=EXPORT_FONT_PX,
                      legend_font_size=EXPORT_FONT_PX)
    fig.update_xaxes(automargin=True, title_font_size=EXPORT_FONT_PX,
                     tickfont_size=EXPORT_FONT_PX)
    fig.update_yaxes(automargin=True, title_font_size=EXPORT_FONT_PX,
                     tickfont_size=EXPORT_FONT_PX)
    fig.update_annotations(font_size=EXPORT_FONT_PX)
    for trace in fig.data:
        if getattr(trace, "mode", None) and "text" in trace.mode:
            trace.textfont = {"size": EXPORT_FONT_PX - 2}
    return fig


@lru_cache(maxsize=1)
def _start_kaleido() -> None:
    import kaleido

    pio.defaults.topojson = (settings.STATIC_DIR / "topojson").as_uri() + "/"
    if hasattr(kaleido, "start_sync_server"):
        kaleido.start_sync_server(silence_warnings=True)


def render_png(fig: go.Figure, width: int | None = None, height: int | None = None) -> bytes:
    """The figure as PNG bytes (IMAGE_W × IMAGE_H by default); DeckUnavailable (naming what to
    install) without Chromium."""
    if not chrome_available():
        raise DeckUnavailable(INSTALL_HINT)
    from kaleido.errors import KaleidoError

    with _lock:  # one kaleido server per process; Streamlit reruns run in threads
        try:
            _start_kaleido()
            with warnings.catch_warnings():  # plotly warns that a server ignores its options
                warnings.simplefilter("ignore", UserWarning)
                return _for_export(fig).to_image(format="png", width=width or IMAGE_W,
                                                 height=height or IMAGE_H)
        except (RuntimeError, OSError, KaleidoError) as e:  # no browser, it died, timed out
            raise DeckUnavailable(f"{INSTALL_HINT} ({type(e).__name__}: {e})") from None
