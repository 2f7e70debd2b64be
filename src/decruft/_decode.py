"""Stage 1 — decode: page bytes to text, and HTML-or-text sniffing.

Order of evidence: a byte-order mark; UTF-16/32 without BOM (NUL patterns);
strict UTF-8 (a page that decodes as UTF-8 is UTF-8 whatever its meta tag
claims, since declarations lie far more often than valid multi-byte UTF-8
appears by chance); the meta / XML charset declaration (read by bs4; a
declared UTF-8 page with a few stray bytes stays UTF-8, as in browsers, and
latin-1 labels mean windows-1252); an undeclared page that is almost all valid
UTF-8; and only then chardet, through bs4's :class:`~bs4.dammit.UnicodeDammit`,
on the first 32 KB.
"""

from __future__ import annotations

import codecs
import logging
import re

from bs4.dammit import EncodingDetector, UnicodeDammit

from ._charset import codec_name, declared_encoding, find_declared_label
from ._errors import BinaryInputError, EmptyInputError

__all__ = ["clean_text", "decode", "decode_exact", "find_declared_label", "looks_like_html"]

# bs4 logs each replaced character; with no handler configured, Python would print it on
# stderr. A NullHandler keeps it quiet unless the application configures logging.
logging.getLogger("bs4.dammit").addHandler(logging.NullHandler())

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of formats that are certainly not HTML or text.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM file"),
    (b"SQLite format 3", "an SQLite database"),
)

_WINDOWS_1252_LABELS = frozenset(
    {"", "ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819", "windows-1252", "cp1252"}
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
#: The bytes that UTF-8 and windows-1252 decode to the characters of _CONTROL (but for
#: U+FFFE/U+FFFF, three bytes in UTF-8 and none in windows-1252).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
#: Control bytes that mark binary data (tab, newlines, form feed and carriage return do not).
_BINARY_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _nul_pattern_encoding(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognised by where the NUL bytes fall."""
    head = data[:4096]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if head[1::4].count(0) > 0.9 * len(head) // 4 and head[2::4].count(0) > 0.9 * len(head) // 4:
        return "utf-32-le" if head[0] != 0 else "utf-32-be"
    if odd_nul > 0.7 * half and even_nul < 0.3 * half:
        return "utf-16-le"
    if even_nul > 0.7 * half and odd_nul < 0.3 * half:
        return "utf-16-be"
    return None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:2048]
    if head.count(0) > len(head) // 4:
        return None  # maybe UTF-16/32; decided by the caller
    controls = len(head) - len(head.translate(None, _BINARY_CONTROL_BYTES))
    if head and controls > len(head) * 0.1:
        return "binary data"
    return None


def _mostly_control(text: str) -> bool:
    head = text[:2048]
    bad = sum(1 for ch in head if (ch < " " and ch not in "\t\n\r") or "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return bool(head) and bad > len(head) * 0.1


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; return ``(text, encoding_name)``.

    Raises :class:`EmptyInputError` for empty input and
    :class:`BinaryInputError` for images, archives and other binary data.
    """
    text, encoding = decode_exact(data)[:2]
    return text, encoding


def decode_exact(data: bytes) -> tuple[str, str, bool]:
    """:func:`decode`, and whether ``data`` is exactly ``text`` encoded as UTF-8 (valid UTF-8
    without control characters: the parser can then read ``data`` instead of a re-encoding).

    The evidence in order (see the module docstring): a byte-order mark or UTF-16/32's NUL
    pattern (:func:`_decode_wide`), strict UTF-8, then a declared or detected single-byte or
    legacy encoding (:func:`_decode_legacy`)."""
    if not data or data.isspace():  # (not data.strip(), without copying the page)
        raise EmptyInputError("the input is empty")
    wide = _decode_wide(data)
    if wide is not None:
        return wide
    # No control byte (NUL is one): no NUL to count, and the UTF-8 text needs no cleaning.
    plain = len(data.translate(None, _CONTROL_BYTES)) == len(data)
    if not plain and data.count(0) > len(data) // 3:
        raise BinaryInputError("the input is binary data, not HTML or text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)
    cleaned = _clean_decoded(data, text, "utf-8", plain)
    return cleaned, "utf-8", cleaned is text


def _decode_wide(data: bytes) -> tuple[str, str, bool] | None:
    """A page with a byte-order mark, or UTF-16/32 without one; None for any other page.

    Raises :class:`BinaryInputError` for a binary format's magic number or mostly control characters."""
    encoding = _bom_encoding(data)
    if encoding is None:
        kind = _binary_kind(data)
        if kind is not None:
            raise BinaryInputError(f"the input is {kind}, not HTML or text")
        encoding = _nul_pattern_encoding(data)
        if encoding is None:
            return None
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _mostly_control(text):
        raise BinaryInputError("the input is binary data, not HTML or text")
    return clean_text(text), encoding, False


def _decode_legacy(data: bytes) -> tuple[str, str, bool]:
    """A page that is not strict UTF-8: as its declaration says, else as the detector guesses."""
    declared = declared_encoding(data)
    if declared == "utf-8" or (declared is None and _mostly_utf8(data)):
        # A few stray bytes in a UTF-8 page: browsers decode it as UTF-8 with replacement
        # characters, and so do we (a detector would read the whole page as Mac Roman).
        return _clean_decoded(data, data.decode("utf-8", errors="replace"), "utf-8"), "utf-8", False
    if declared in _WINDOWS_1252_LABELS:
        # Browsers read every latin-1 label as windows-1252 (WHATWG Encoding),
        # which keeps curly quotes, dashes and the euro sign.
        return _windows_1252(data)
    if declared is not None:
        as_declared = _decode_as(data, declared)
        if as_declared is not None:
            return clean_text(as_declared), declared, False
    # No usable declaration: chardet (through UnicodeDammit) on the lines that hold
    # non-ASCII bytes, at most DETECT_BYTES of them: the evidence, in bounded time.
    encoding = codec_name(_guess_encoding(_non_ascii_sample(data)) or "")
    if encoding is None or encoding in _WINDOWS_1252_LABELS or not _keeps_ascii(encoding):
        return _windows_1252(data)
    return clean_text(_decode_as(data, encoding) or data.decode("windows-1252", errors="replace")), encoding, False


def _windows_1252(data: bytes) -> tuple[str, str, bool]:
    return _clean_decoded(data, data.decode("windows-1252", errors="replace"), "windows-1252"), "windows-1252", False


def _guess_encoding(sample: bytes) -> str | None:
    """The encoding bs4's :class:`~bs4.dammit.UnicodeDammit` picks for ``sample`` (a byte-order
    mark, the declared charset, chardet's guess, UTF-8, windows-1252: the first that decodes it
    without error, else the first that decodes it at all), with the charset read by
    :func:`find_declared_label`, whose cost is linear."""
    markup, sniffed = EncodingDetector.strip_byte_order_mark(sample)
    dammit = UnicodeDammit.__new__(UnicodeDammit)  # only its codec lookup and decoding are used
    dammit.markup, dammit.tried_encodings, dammit.smart_quotes_to = markup, [], None
    candidates: list[str] = []
    for name in (sniffed, find_declared_label(markup), _chardet(markup), "utf-8", "windows-1252"):
        if name is not None and name.lower() not in candidates:
            candidates.append(name.lower())
    for errors in ("strict", "replace"):
        for name in candidates:
            if errors == "replace" and name == "ascii":
                continue
            if dammit._convert_from(name, errors) is not None:
                return dammit.original_encoding
    return None


_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def _keeps_ascii(encoding: str) -> bool:
    """The encoding reads ASCII bytes as ASCII: markup survives it (EBCDIC's cp500 and
    UTF-16 do not, and a guess of one of them garbles every tag of the page)."""
    try:
        return _ASCII.decode(encoding) == _ASCII.decode("ascii")
    except (UnicodeError, LookupError, ValueError):
        return False


def _chardet(sample: bytes) -> str | None:
    """The detector's guess, through bs4 (which picks cchardet, chardet or charset_normalizer)."""
    from bs4.dammit import _chardet_dammit

    return _chardet_dammit(sample)


def _decode_as(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name, errors="replace")
    except (LookupError, UnicodeError, ValueError):  # e.g. idna accepts only strict errors
        return None


#: How much of an undeclared, non-UTF-8 page the encoding detector reads.
DETECT_BYTES = 16_384
_NON_ASCII = re.compile(rb"[\x80-\xff]+")


def _non_ascii_sample(data: bytes) -> bytes:
    """Up to DETECT_BYTES of context around the page's non-ASCII bytes."""
    pieces: list[bytes] = []
    size = 0
    start = end = -1
    for m in _NON_ASCII.finditer(data):
        if end >= 0 and m.start() - 100 <= end:
            # Touches the stretch being gathered: extend it. Cutting there (a newline between
            # two pieces) would split a two-byte character whose second byte is ASCII, as in
            # Shift_JIS and Big5, and the detector would give up on those encodings.
            end = m.end() + 100
        else:
            if end >= 0:
                pieces.append(data[start:end])
                size += end - start
            start, end = max(m.start() - 100, 0), m.end() + 100
        if size + end - start >= DETECT_BYTES:
            break
    if end >= 0:
        pieces.append(data[start:end])
    return b"\n".join(pieces) or data[:DETECT_BYTES]


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 multi-byte sequences far outnumber the invalid bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = len(text) - len(text.encode("ascii", "ignore")) - bad
    return wide >= 8 and bad * 8 <= wide


def _clean_decoded(data: bytes, text: str, encoding: str, plain: bool | None = None) -> str:
    """:func:`clean_text` of ``text``, decoded from ``data`` as UTF-8 or windows-1252: when the
    bytes hold no control byte the text holds no control character, and deleting bytes
    (C speed) tells that five times faster than a regex search over the text. ``plain``:
    whether ``data`` holds no control byte, when the caller already knows."""
    if plain is None:
        plain = len(data.translate(None, _CONTROL_BYTES)) == len(data)
    # U+FFFE/U+FFFF are looked for in the text: searching the bytes for their three-byte UTF-8
    # forms costs ten times as much as searching the text for one character.
    if plain and (encoding != "utf-8" or ("\ufffe" not in text and "\uffff" not in text)):
        return text
    return clean_text(text)


def clean_text(text: str) -> str:
    """Drop NUL and other control characters, and lone surrogates, that no parser or writer should see."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text)


_TAG = re.compile(
    r"<(?:!doctype|html|head|body|div|p|span|a|article|section|table|meta|title|br|li|h[1-6]|script|img)\b",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when the text is HTML markup rather than a flattened text scrape."""
    # The first 64 KB are read in place (search bounds), not copied.
    first = _NOT_SPACE.search(text, 0, _HEAD)
    if first is not None and text[first.start()] == "<":
        return _TAG.search(text, 0, _HEAD) is not None
    tags = len(_TAG.findall(text, 0, _HEAD))
    if tags == 0:
        return False
    lines = text.count("\n", 0, _HEAD) + 1
    if tags < 3 or tags * 4 < min(lines, 40):
        return False
    # A scrape of a post about web code prints a sample of markup: it opens with a long run of
    # prose before any tag, and its tags are sparse over its lines (markup has one on most lines).
    opening = _TAG.search(text, 0, _HEAD)
    return not (opening is not None and opening.start() >= _PROSE_FIRST and tags * 4 < lines)


#: How much of the text :func:`looks_like_html` reads.
_HEAD = 65536
#: Characters of text before the first tag that make a text with sparse tags a scrape (a post
#: quoting markup), not a page with a preamble (an HTTP header, a stray line) before its markup.
_PROSE_FIRST = 1000
#: The first character that is not whitespace (``str.isspace``'s, which ``str.lstrip`` strips).
_NOT_SPACE = re.compile(r"\S")
