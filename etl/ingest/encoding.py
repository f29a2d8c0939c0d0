"""Bytes in any common encoding → str: BOMs, UTF-16 without BOM, GB18030, Big5, code pages."""
from __future__ import annotations

import codecs
import re

from settings import INGEST_MAX_TEXT_CHARS as MAX_TEXT_CHARS

_MAX_DECODE_BYTES = MAX_TEXT_CHARS * 4   # enough bytes for MAX_TEXT_CHARS in any encoding

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The most frequent Chinese characters, simplified and traditional: real GBK decoded as Big5
# (or the reverse) gives valid but rare characters, so the share of these tells them apart.
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
    "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将"
    "两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信"
    "表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔"
    "更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品"
    "住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根"
    "干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流"
    "备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "這個們來為國說時會對還進後裡動現當樣點開關兩間問實從與長學發經過種麼著無於沒們聽見覺話"
    "應戰頭體變處義認條氣題爾電數報結總資場計論門東統區隊書則達權難記領傳觀確讓識帶導爭運飛風"
    "轉親擊愛調團價華級準單遠設機際約萬專議辦須態據產類網術義業會員")


def decode_text(data: bytes) -> str:
    """Bytes in any common encoding → str; NUL bytes removed. Never raises."""
    return decode(data).replace("\x00", "")


def decode(data: bytes) -> str:
    """Bytes in any common encoding → str (NUL bytes kept); never raises: what no encoding
    reads becomes U+FFFD."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_prefix(data[len(bom):], enc, "replace")
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return _decode_prefix(data, utf16, "replace")
    try:
        return _decode_prefix(data, "utf-8")
    except UnicodeDecodeError:
        pass
    data = data[:_MAX_DECODE_BYTES]
    utf16 = _utf16_by_plausibility(data)
    if utf16:
        return _decode_prefix(data, utf16, "replace")
    # Files pasted together from several sources: UTF-8 lines stay UTF-8, only the others
    # are read in the legacy encoding guessed from them.
    lines = data.split(b"\n")
    bad = {i for i, ln in enumerate(lines) if not ln.isascii() and not _valid_utf8(ln)}
    if len(bad) == sum(1 for ln in lines if not ln.isascii()):
        return _decode_prefix(data, _legacy_encoding(data), "replace")
    legacy = _legacy_encoding(b"\n".join(lines[i] for i in sorted(bad)))
    return "\n".join(_decode_line(ln, legacy) if i in bad else ln.decode("utf-8")
                     for i, ln in enumerate(lines))


def _decode_prefix(data: bytes, encoding: str, errors: str = "strict") -> str:
    """Decode at most _MAX_DECODE_BYTES, dropping a character cut in half at the end."""
    if len(data) <= _MAX_DECODE_BYTES:
        return data.decode(encoding, errors)
    dec = codecs.getincrementaldecoder(encoding)(errors)
    return dec.decode(data[:_MAX_DECODE_BYTES], final=False)


def _valid_utf8(b: bytes) -> bool:
    return _decodes(b, "utf-8")


def _decode_line(line: bytes, legacy: str) -> str:
    options = [line.decode("utf-8", "replace"), line.decode(legacy, "replace")]
    return max(options, key=_plausibility)


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _utf16_by_plausibility(data: bytes) -> str | None:
    """UTF-16 without BOM and without ASCII (all-Chinese text) decodes to plausible Han."""
    sample = data[:8192]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausibility(text) > 0.9 and len(_HAN.findall(text)) > 0.3 * len(text):
            common = sum(1 for c in text if c in _COMMON_HAN)
            if common > 0.15 * len(text):
                return enc
    return None


_GOOD = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf"
                   r"\u4e00-\u9fff\uff00-\uffef]")


def _plausibility(text: str) -> float:
    """Share of characters a Chinese or Western news text is made of; mojibake scores low."""
    if not text:
        return 0.0
    good = len(_GOOD.findall(text))
    han = _HAN.findall(text)
    common = sum(1 for c in han if c in _COMMON_HAN)
    bonus = 0.2 * common / len(han) if len(han) >= 5 else 0.0
    return good / len(text) + bonus - text.count("\ufffd") / len(text)


_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _legacy_encoding(data: bytes) -> str:
    """Best guess for bytes that are not UTF-8: GB18030, Big5 or a single-byte code page."""
    sample = data[:65536]
    best, best_score = "", 0.0
    for enc in ("gb18030", "big5hkscs"):
        text = sample.decode(enc, "replace")
        han = _HAN.findall(text)
        if len(han) < 2:
            continue
        # Latin-1 text read as GBK also yields Han characters, but rare ones, and the same
        # few over and over (each accented letter + the next byte); real Chinese runs at
        # 60-80 % of these common characters.
        common = sum(1 for c in han if c in _COMMON_HAN) / len(han)
        distinct = len(set(han))
        varied = distinct >= 30 or distinct >= 0.3 * len(han)
        score = _plausibility(text)
        if common >= 0.4 and varied and score >= 0.9 and score > best_score:
            best, best_score = enc, score
    if best:
        return best
    non_ascii = sum(1 for b in sample if b > 0x7F)
    # A few accented letters in Latin text, or too little text for a statistical guess.
    if (non_ascii < 0.15 * len(sample) or len(sample) < 200) and _decodes(sample, "cp1252"):
        return "cp1252"
    from charset_normalizer import from_bytes

    guess = from_bytes(sample[:16384]).best()   # None when it has no guess
    if guess is not None and guess.encoding:
        # Latin code pages tie on short texts (cp1250 reads "à" as "ŕ"): Western European
        # cp1252 is the likelier one here, unless the guess yields another script.
        if not _NON_LATIN_LETTER.search(str(guess)) and _decodes(sample, "cp1252"):
            return "cp1252"
        return guess.encoding
    return "cp1252"


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""",
                           re.I)
_HTML_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
                 "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                 "us-ascii": "cp1252", "ascii": "cp1252", "unicode": "utf-16"}


def decode_html(data: bytes) -> str:
    """An HTML page's bytes → str: BOM or UTF-8 first, then its <meta> charset, then a guess."""
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_by_nuls(data):
        return decode(data)
    try:
        # Valid UTF-8 with non-ASCII content is UTF-8, whatever a stale <meta> still says.
        return _decode_prefix(data, "utf-8")
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:8192])
    if m:
        name = m.group(1).decode("ascii").lower()
        name = _HTML_ALIASES.get(name, name)
        try:
            codecs.lookup(name)
            if name not in ("utf-16", "utf-32"):
                return _decode_prefix(data, name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)
