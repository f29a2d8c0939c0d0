"""settings.py: the one module that reads environment variables, and what it answers."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import settings

ROOT = Path(__file__).resolve().parents[1]
# Code that runs in the product; tests and benchmarks set variables for the processes they start.
PRODUCT = ("etl", "ui", "app_pages", "services", "scripts")


def _env_reads(path: Path) -> list[int]:
    """Lines of `path` that read one environment variable: os.environ[...], os.environ.get,
    os.getenv (passing the whole environment on to a child process is not reading it)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            read = ast.unparse(node.value).endswith("environ")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            read = node.func.attr == "getenv" or (
                node.func.attr == "get" and ast.unparse(node.func.value).endswith("environ"))
        else:
            read = False
        if read:
            lines.append(node.lineno)
    return lines


def test_no_module_but_settings_reads_an_environment_variable() -> None:
    files = [ROOT / "dashboard.py", ROOT / "serve.py",
             *(p for d in PRODUCT for p in sorted((ROOT / d).rglob("*.py")))]
    found = {p.relative_to(ROOT).as_posix(): lines for p in files if (lines := _env_reads(p))}
    assert found == {}
    assert _env_reads(ROOT / "settings.py")  # the check sees a read where there is one


def test_relative_paths_are_taken_from_the_project_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("WAREHOUSE_DIR", "build/wh")
    monkeypatch.setenv("RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.delenv("CURATION_FILE", raising=False)
    assert settings.warehouse_dir() == settings.PROJECT_ROOT / "build" / "wh"
    assert settings.raw_dir() == tmp_path / "raw"
    assert settings.curation_file() == settings.PROJECT_ROOT / "data" / "curation.yaml"
    assert (settings.PROJECT_ROOT / "dashboard.py").is_file()


def test_numbers_and_switches_follow_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("EXPLORER_ZIP_MAX_ROWS", "10")
    monkeypatch.setenv("DASHBOARD_PAGE_SLOTS", "0")
    monkeypatch.setenv("DASHBOARD_WARM_UP", "0")
    assert settings.explorer_zip_max_rows() == 10
    assert settings.page_slots() == 1  # at least one page at a time
    assert settings.warm_up() is False
    monkeypatch.delenv("DASHBOARD_WARM_UP")
    monkeypatch.delenv("EXPLORER_ZIP_MAX_ROWS")
    assert settings.warm_up() is True
    assert settings.explorer_zip_max_rows() == 500_000


def test_every_environment_variable_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [env for env in settings.CATALOG if not re.search(f"`{env}[`=]", readme)] == []


def test_the_etl_defines_no_limit_of_its_own() -> None:
    """The ETL's limits (file size, text length, PDF pages, a .docx's unpacked size, the
    curation file, the merge's all-pairs block) live in settings.py; a module that assigns one
    again would be a second home that can disagree."""
    limits = {"MAX_FILE_BYTES", "MAX_TEXT_CHARS", "MAX_PDF_PAGES", "MAX_DOCX_UNCOMPRESSED",
              "MAX_DOCX_RATIO", "MAX_DOCX_ENTRIES", "MAX_BYTES", "TEXT_MAX", "MERGE_ALL_PAIRS_MAX"}
    assigned = {}
    for path in sorted((ROOT / "etl").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and t.id in limits:
                    assigned[f"{path.relative_to(ROOT).as_posix()}:{t.id}"] = node.lineno
    assert assigned == {}
    from etl.ingest import files, formats
    assert (files.MAX_FILE_BYTES, formats.MAX_TEXT_CHARS) == \
        (settings.INGEST_MAX_FILE_BYTES, settings.INGEST_MAX_TEXT_CHARS)
