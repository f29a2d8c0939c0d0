"""The deck of every chart page on a warehouse, as made by the page's own button, written to
tests/artifacts/decks/ (PowerPoint and PDF) with each PDF page as a PNG (pdftoppm), to look
at by eye.

    python scripts/render_decks.py --warehouse /tmp/devwh [--langs en,zh]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ("overview", "over_time", "regions", "institutions", "participant_mix",
         "contract_values")  # the pages with charts; each deck is named after its page
OUT = ROOT / "tests" / "artifacts" / "decks"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--langs", default="en,zh")
    args = ap.parse_args()
    os.environ["WAREHOUSE_DIR"] = args.warehouse  # for the dashboard this script runs
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import AppTest

    stored: list[tuple[bytes, str | None]] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        if isinstance(path_or_data, bytes):
            stored.append((path_or_data, filename))
        return original(self, path_or_data, mimetype, kind, filename)

    MemoryMediaFileStorage.load_and_get_id = record
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in args.langs.split(","):
        for page in PAGES:
            view = page
            stored.clear()
            at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
            at.query_params["lang"] = lang
            at.run()
            at.switch_page(f"app_pages/{page}.py").run()
            at.button(key=f"deck_{view}_make").click().run()
            if at.exception:
                print(view, lang, [e.value for e in at.exception])
                continue
            for blob, name in stored:
                if name and name.startswith(f"deck__{view}__"):
                    ext = name.rsplit(".", 1)[-1]
                    target = OUT / f"{view}_{lang}.{ext}"
                    target.write_bytes(blob)
                    if ext == "pdf":
                        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target),
                                        str(OUT / f"{view}_{lang}")], check=True)
            print(view, lang, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
