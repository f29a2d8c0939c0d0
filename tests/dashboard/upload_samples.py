"""Invented articles and hostile files for the upload tests (AppTest, browser and unit tests).

Each article names one event the ETL finds; the names are what the tests expect back.
"""
from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 3, 9)  # the day the tests' uploads are saved under

NORDIC = ("Nordic university tech-transfer forum draws 250 participants\n\n"
          "OSLO, May 12, 2023 -- The Nordic Technology Transfer Forum 2023 was held in Oslo, "
          "Norway on May 12, 2023. Hosted by the University of Oslo, the forum brought together "
          "more than 250 participants from universities, research institutes and companies.\n")
NORDIC_EVENT = "Nordic Technology Transfer Forum 2023"

LYON = ("<html><head><title>Licensing training for hospital inventors</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article>"
        "<h1>Licensing training for hospital inventors in Lyon</h1>"
        "<p>The Medical Licensing Training was held in Lyon, France on 3 March 2022, organized "
        "by Université Claude Bernard Lyon 1. Some 80 trainees from hospitals and research "
        "institutes took part.</p></article><footer>© 2022 Lyon news</footer></body></html>")
LYON_EVENT = "Medical Licensing Training"

CHENGDU = ("2024中国（成都）技术转移大会在成都举行\n\n2024年9月20日，2024中国（成都）技术转移大会在"
           "成都举行。大会由四川大学主办，来自高校、科研院所和企业的600余人参加。\n")
CHENGDU_EVENT = "2024中国（成都）技术转移大会"

NAIROBI = ("Kenya innovation week showcases university spin-offs\n\nNAIROBI, June 8, 2021 -- "
           "The Kenya Innovation Week 2021 conference was held in Nairobi on June 8, 2021, "
           "hosted by the Kenya National Innovation Agency. Around 400 delegates attended.\n")
NAIROBI_EVENT = "Kenya Innovation Week 2021"

JUNK = bytes(range(256)) * 8  # no known signature: saved, then quarantined by the ETL


def docx_bytes(text: str) -> bytes:
    """A real Word document, one paragraph per line of `text`."""
    import docx

    doc = docx.Document()
    for line in text.splitlines():
        if line.strip():
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def project_raw() -> Path:
    return ROOT / "data" / "raw"


def copy_corpus(dest: Path) -> tuple[Path, Path]:
    """A private copy of data/raw and data/curation.yaml (tests never touch the real ones)."""
    raw = dest / "raw"
    shutil.copytree(project_raw(), raw)
    cur = dest / "curation.yaml"
    shutil.copy(ROOT / "data" / "curation.yaml", cur)
    return raw, cur


def batch(raw: Path) -> list[tuple[str, bytes]]:
    """The issue's batch: a .docx, an .html, a duplicate, a junk file and a .zip (two articles
    and a zip-slip entry), plus a program posing as a PDF."""
    first = sorted(p for p in raw.iterdir() if p.suffix == ".txt")[0]
    return [
        ("Nordic forum.docx", docx_bytes(NORDIC)),
        ("lyon-training.html", LYON.encode()),
        ("copy of article.txt", first.read_bytes()),
        ("notes.txt", JUNK),
        ("more.zip", zip_bytes({"cn/chengdu.txt": CHENGDU.encode(),
                                "nairobi.md": NAIROBI.encode(),
                                "../evil.txt": b"escape attempt"})),
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 100),
    ]
