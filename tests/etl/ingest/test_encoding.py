"""Bytes in any common encoding → text (etl/ingest/encoding.py)."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.ingest import (
    decode_text,
)
from tests.etl.ingest.samples import EN, ZH, ZH_TRAD


@pytest.mark.parametrize("data, expected", [
    (EN.encode("utf-8"), EN),
    (codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH),
    (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), ZH),
    (codecs.BOM_UTF16_BE + EN.encode("utf-16-be"), EN),
    (codecs.BOM_UTF32_LE + ZH.encode("utf-32-le"), ZH),
    (codecs.BOM_UTF32_BE + EN.encode("utf-32-be"), EN),
    (EN.encode("utf-16-le"), EN),                        # no BOM: NULs in odd bytes
    (EN.encode("utf-16-be"), EN),                        # no BOM: NULs in even bytes
    (ZH.encode("utf-16-le")[8:], ZH[4:]),                # no BOM, no ASCII to give it away
    (ZH.encode("gb18030"), ZH),
    (ZH.encode("gbk"), ZH),
    ("科技成果转化中心与企业签署合作协议。".encode("gbk"), "科技成果转化中心与企业签署合作协议。"),
    (ZH_TRAD.encode("big5"), ZH_TRAD),
    ("臺北國際發明暨技術交易展今日開幕。".encode("big5"), "臺北國際發明暨技術交易展今日開幕。"),
    ("Le salon s'est tenu à Genève, où 1 200 visiteurs étaient présents."
     " Les exposants venaient de Zürich et de Besançon.".encode("cp1252"),
     "Le salon s'est tenu à Genève, où 1 200 visiteurs étaient présents."
     " Les exposants venaient de Zürich et de Besançon."),
    (("The café in Zürich hosted the forum with many délégués. " * 20).encode("latin-1"),
     "The café in Zürich hosted the forum with many délégués. " * 20),
    ("Ünïcödé".encode("latin-1"), "Ünïcödé"),
    ("Wang Lin (王林) opened the forum in Harbin.".encode("gbk"),
     "Wang Lin (王林) opened the forum in Harbin."),
    (b"Fair\x00 opens\x00", "Fair opens"),
    (b"", ""),
], ids=["utf8", "utf8-bom-zh", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom",
        "utf16le-nobom-ascii", "utf16be-nobom-ascii", "utf16le-nobom-chinese", "gb18030",
        "gbk", "gbk-short", "big5", "big5-short", "cp1252", "latin1-long-not-read-as-gbk",
        "latin1-short", "gbk-english-with-chinese-name", "nul-removed", "empty"])
def test_decode_text_reads_each_encoding(data, expected):
    assert decode_text(data) == expected


def test_decode_text_keeps_utf8_lines_when_one_line_is_gbk():
    data = (ZH.encode("utf-8") + b"\n" + "北京技术交易额增长。".encode("gbk") + b"\n"
            + "深圳签约项目四十个。".encode())
    assert decode_text(data).split("\n") == [ZH, "北京技术交易额增长。", "深圳签约项目四十个。"]


def test_decode_text_replaces_a_stray_byte_instead_of_garbling_the_line():
    text = decode_text(ZH.encode("utf-8") + b"\n" + "大会于成都举行".encode() + b"\xff\n")
    assert text.startswith(ZH + "\n大会于成都举行")


@given(st.binary(max_size=2000))
def test_decode_text_never_raises_on_arbitrary_bytes(data):
    assert "\x00" not in decode_text(data)
