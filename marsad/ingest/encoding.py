"""Bytes → text for news files in the encodings Arabic sites actually use."""

from __future__ import annotations

import codecs

from marsad.errors import InputError
from marsad.text.arabic import arabic_ratio

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Arabic code pages, in the order of how often they are met on the web.
_LEGACY_ARABIC = ("cp1256", "iso-8859-6")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    BOMs first, then strict UTF-8, then UTF-16 without BOM (every other byte NUL), then the
    legacy Arabic code pages scored by how Arabic the result reads, then charset-normalizer.
    Raises :class:`InputError` for empty or binary content.
    """
    if not data.strip():
        raise InputError("empty input: the file has no text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    # Before UTF-8: BOM-less UTF-16 of Arabic or ASCII is often valid (if absurd) UTF-8.
    utf16 = _try_bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise InputError("binary input: the file contains NUL bytes and is not UTF-16 text")
    best: tuple[float, str, str] | None = None
    for encoding in _LEGACY_ARABIC:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _arabic_score(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is not None and best[0] > 0.5:
        return best[1], best[2]
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        raise InputError("unreadable input: no text encoding fits these bytes (binary file?)")
    return str(match), match.encoding


def _try_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    # ASCII-heavy UTF-16 has NULs on one side; Arabic UTF-16LE has 0x06 high bytes instead.
    high_06_odd = sample[1::2].count(6) / len(sample[1::2])
    high_06_even = sample[0::2].count(6) / len(sample[0::2])
    for encoding, ratio in (("utf-16-le", odd_nuls + high_06_odd), ("utf-16-be", even_nuls + high_06_even)):
        if ratio > 0.6:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return None


def _arabic_score(text: str) -> float:
    """How plausible ``text`` is as Arabic prose: Arabic letter share, minus control characters."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    return arabic_ratio(text) - controls / max(len(text), 1) * 10
