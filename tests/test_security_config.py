"""Security configuration of the dashboard: where raw HTML may reach the page, the server's
XSRF/CORS/error settings, and the CSV export's formula neutralisation (property-based)."""
from __future__ import annotations

import ast
import csv
import io
import tomllib
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ui.export import CONTROL, FORMULA_SIGNS, neutralize, to_csv_bytes

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "dashboard.py", *sorted((ROOT / "app_pages").glob("*.py")),
           *sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "services").rglob("*.py"))]
# Every place raw HTML may reach the page: (file, call, argument). Each argument must be a
# module-level string constant of that file holding static CSS only (no data, no script).
ALLOWED_HTML = {("ui/layout.py", "st.html", "MEETING_CSS"),
                ("ui/layout.py", "st.html", "KPI_CSS"),
                ("ui/layout.py", "st.html", "UPLOADER_ZH_CSS")}
HTML_CALLS = {"html"}  # st.html, components.html, components.v1.html


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return node.id if isinstance(node, ast.Name) else "?"


def raw_html_sites(source: str, rel: str) -> list[tuple[str, str, str]]:
    """(file, call, first argument) of every call that can put raw HTML on the page."""
    sites = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func)
        arg = ast.unparse(node.args[0]) if node.args else ""
        for kw in node.keywords:
            # unsafe_allow_html=<anything but a literal False> opens markdown to raw HTML
            if kw.arg == "unsafe_allow_html" and not (
                    isinstance(kw.value, ast.Constant) and kw.value.value is False):
                sites.append((rel, name, arg))
        if name.split(".")[-1] in HTML_CALLS and name != "?" and name.split(".")[0] in {
                "st", "components", "streamlit", "stc"}:
            sites.append((rel, name, arg))
        if name.endswith("components.v1.iframe") or name.endswith("components.iframe"):
            sites.append((rel, name, arg))
    return sites


def _constants(source: str) -> dict[str, object]:
    return {t.id: node.value.value for node in ast.parse(source).body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for t in node.targets if isinstance(t, ast.Name)}


def test_the_checked_sources_exist():
    assert len(SOURCES) > 10 and all(p.is_file() for p in SOURCES)


@pytest.mark.parametrize(("snippet", "found"), [
    ("st.markdown(text, unsafe_allow_html=True)", [("x.py", "st.markdown", "text")]),
    ("st.write(f'<b>{v}</b>', unsafe_allow_html=flag)", [("x.py", "st.write", "f'<b>{v}</b>'")]),
    ("col.caption(name, unsafe_allow_html=1)", [("x.py", "col.caption", "name")]),
    ("st.html(row['text'])", [("x.py", "st.html", "row['text']")]),
    ("components.html(page, height=300)", [("x.py", "components.html", "page")]),
    ("st.components.v1.html(doc)", [("x.py", "st.components.v1.html", "doc")]),
    ("st.markdown(text, unsafe_allow_html=False)", []),
    ("st.markdown(text)", []),
    ("export.html_report(rows)", []),
])
def test_the_raw_html_finder_catches_each_form(snippet, found):
    assert raw_html_sites(snippet, "x.py") == found


def test_raw_html_reaches_the_page_only_at_the_allowed_static_css_sites():
    sites = set()
    for path in SOURCES:
        rel = path.relative_to(ROOT).as_posix()
        sites |= set(raw_html_sites(path.read_text(encoding="utf-8"), rel))
    assert sites <= ALLOWED_HTML, f"new raw-HTML call sites: {sorted(sites - ALLOWED_HTML)}"


@pytest.mark.parametrize(("rel", "call", "name"), sorted(ALLOWED_HTML))
def test_each_allowed_html_argument_is_a_static_style_block(rel, call, name):
    value = _constants((ROOT / rel).read_text(encoding="utf-8")).get(name)
    assert isinstance(value, str), f"{rel}: {name} must be a module-level string constant"
    body = value.strip()
    assert body.startswith("<style>") and body.endswith("</style>")
    inner = body[len("<style>"):-len("</style>")].lower()
    for bad in ("<", "javascript:", "expression(", "url(", "@import"):
        assert bad not in inner, (name, bad)


def _config() -> dict:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_server_keeps_xsrf_protection_on():
    assert _config()["server"].get("enableXsrfProtection") is True


def test_server_does_not_weaken_cors():
    # Streamlit's default is CORS protection on; `false` would let any origin call the server.
    assert _config()["server"].get("enableCORS", True) is not False


def test_users_never_see_error_details_or_tracebacks():
    assert _config().get("client", {}).get("showErrorDetails") in ("none", False)


def test_usage_statistics_are_not_sent():
    assert _config().get("browser", {}).get("gatherUsageStats") is False


# ---------------------------------------------------------------- CSV export (property-based)

# Text, and text built to start a formula behind control characters, blanks and invisible
# format characters (the ways a sign hid from the old check).
_HIDERS = st.text(alphabet=st.sampled_from("\x00\x01\x07\x1b\x7f \t\r\n\xa0\u3000\u2028"
                                           "\u200b\u200e\u2060\ufeff"), max_size=4)
_TEXT = st.one_of(st.text(max_size=30),
                  st.tuples(_HIDERS, st.sampled_from(FORMULA_SIGNS), st.text(max_size=20))
                  .map("".join))


def _first_visible(text: str) -> str:
    return next((c for c in text if not (c.isspace() or unicodedata.category(c) == "Cf")), "")


@pytest.mark.fuzz
@given(_TEXT)
@example("=HYPERLINK(\"http://evil\",\"x\")")
@example("\x01=HYPERLINK(\"http://evil\",\"x\")")
@example(" ＝1+1")
@example("\r=1+1")
@example("'=already quoted")
def test_neutralize_leaves_no_text_starting_a_formula(value):
    got = neutralize(value)
    clean = CONTROL.sub("", value)
    assert not CONTROL.search(got)
    assert got in (clean, "'" + clean)
    if not got.startswith("'"):  # left as is: nothing a spreadsheet could run
        assert got == clean and got[:1] not in ("\t", "\r")
        assert _first_visible(got) not in set(FORMULA_SIGNS)


@pytest.mark.fuzz
@given(st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.booleans()))
def test_neutralize_leaves_non_text_alone(value):
    assert neutralize(value) is value


@pytest.mark.fuzz
@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=15))
@example([("a\rb", "=1"), ("x\r\n-2", "\n@y")])
@example([("\ufeff=1", "\u2028+2")])
def test_csv_export_reads_back_cell_for_cell_as_the_neutralised_text(rows):
    df = pd.DataFrame(rows, columns=["a", "b"], dtype=object)
    text = to_csv_bytes(df).decode("utf-8-sig")
    back = list(csv.reader(io.StringIO(text, newline="")))
    assert back[0] == ["a", "b"]
    # a compliant reader sees exactly one row per input row (a CR or LF inside a cell is
    # quoted, so it never starts a row whose first cell escaped the neutralisation)
    assert back[1:] == [[neutralize(a), neutralize(b)] for a, b in rows]
