"""services/: the file-writing services run without Streamlit and read the warehouse only
through ui/data.py."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = sorted((ROOT / "services").glob("*.py"))


def test_the_services_import_without_streamlit():
    code = ("import sys, services.uploads, services.corrections, services.rebuild; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'streamlit'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"


def _warehouse_reads(path: Path) -> list[str]:
    """What in `path` would read warehouse files itself: Parquet or DuckDB imports, or SQL
    naming a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            found += [n for n in names if n.startswith(("pyarrow", "duckdb.connect"))]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                "read_parquet" in node.value or ".parquet" in node.value):
            found.append(node.value)
    return found


def test_the_services_read_the_warehouse_only_through_the_data_module():
    assert len(SERVICES) >= 4
    assert {p.name: reads for p in SERVICES if (reads := _warehouse_reads(p))} == {}
    assert _warehouse_reads(ROOT / "ui" / "data.py")  # the check sees a reader
