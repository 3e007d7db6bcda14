"""Qt Linguist ``.qm`` files read in Python, answering as ``QTranslator.translate`` does.

A headless command needs a handful of messages; loading QtCore for them (PySide6 and shiboken start-up) cost a
cold ``opsassistant list`` 150–190 ms, a third of its run. The lookup follows ``QTranslatorPrivate::do_translate``
and ``getMessage`` of qtranslator.cpp: the ELF hash of the source text and the disambiguation finds the
candidates in the hash table; a candidate answers when its context, source text and (non-empty) comment match;
``n`` picks the plural form by the file's numerus rules; a disambiguation that finds nothing is retried
without it. A file with a part this reader does not implement (a context table, dependencies) is read by
QTranslator instead (:func:`load` returns None). tests/i18n/test_qm_reader.py compares every message of both
catalogues with QTranslator.
"""

from __future__ import annotations

import struct
import sys
from array import array
from bisect import bisect_left
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS, _DEPENDENCIES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_EQ, _LT, _LEQ, _BETWEEN, _NOT, _MOD_10, _MOD_100, _LEAD_1000, _OP_MASK = 1, 2, 3, 4, 0x08, 0x10, 0x20, 0x40, 0x07
_AND, _OR = 0xFD, 0xFE


def _elf_hash(data: bytes, h: int = 0) -> int:
    """Qt's ``elfHash_continue``: per byte ``h = (h << 4) + c`` in 32 bits, the top nibble folded into bits 4–7
    and cleared (written without its branch: the same value, fewer steps a byte)."""
    for byte in data:
        h = ((t := ((h << 4) + byte) & 0xFFFFFFFF) ^ ((t >> 24) & 0xF0)) & 0x0FFFFFFF
    return h


def _match(found: bytes, target: bytes) -> bool:
    if found.endswith(b"\0"):  # as Qt: a stored string may carry its terminating zero
        found = found[:-1]
    return found == target


def numerus_index(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes (``numerusHelper``)."""
    if not rules:
        return 0
    result = i = 0
    size = len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:  # n >= 0 here: C's % and Python's agree
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                right = rules[i]
                i += 1
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                elif op == _BETWEEN:
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                else:
                    truth = True
                if opcode & _NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # the new-rule mark


class QmCatalogue:
    """One loaded ``.qm`` file."""

    def __init__(self, hashes: list[int], offsets: list[int], messages: bytes, rules: bytes):
        self._hashes, self._offsets, self._messages, self._rules = hashes, offsets, messages, rules

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The translation, or "" when the file has none (as PySide6 returns Qt's null string)."""
        context_b, source_b = context.encode(), source.encode()
        comment_b = (disambiguation or "").encode()
        numerus = numerus_index(n, self._rules) if n >= 0 else 0
        while True:
            h = _elf_hash(comment_b, _elf_hash(source_b)) or 1
            at = bisect_left(self._hashes, h)
            while at < len(self._hashes) and self._hashes[at] == h:
                found = self._message(self._offsets[at], context_b, source_b, comment_b, numerus)
                if found is not None:
                    return found
                at += 1
            if not comment_b:
                return ""
            comment_b = b""

    def _message(self, at: int, context: bytes, source: bytes, comment: bytes, numerus: int) -> str | None:
        data = self._messages
        end = len(data)
        translation = None
        while True:
            tag = data[at] if at < end else _END
            at += 1
            if tag == _END:
                return None if translation is None else translation.decode("utf-16-be")
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                return None
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if numerus == 0:
                    translation = data[at:at + length]
                numerus -= 1
            elif tag == _SOURCE:
                if not _match(data[at:at + length], source):
                    return None
            elif tag == _CONTEXT:
                if not _match(data[at:at + length], context):
                    return None
            elif at < end and data[at] and not _match(data[at:at + length], comment):
                return None  # the stored comment differs (Qt's test: an empty one matches only an empty one)
            at += length


def load(path: Path) -> QmCatalogue | None:
    """The catalogue in ``path``; None when the file is not one this reader answers for exactly."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) <= len(MAGIC) or not data.startswith(MAGIC):
        return None
    sections: dict[int, bytes] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        sections[tag] = data[at + 5:at + 5 + length]
        at += 5 + length
    if _CONTEXTS in sections or _DEPENDENCIES in sections:
        return None
    table = sections.get(_HASHES, b"")
    table = table[:len(table) - len(table) % 8]  # (hash, offset) pairs, big-endian
    if array("I").itemsize == 4:
        pairs = array("I", table)
        if sys.byteorder == "little":
            pairs.byteswap()
        values = pairs.tolist()
    else:
        values = list(struct.unpack(f">{len(table) // 4}I", table))
    return QmCatalogue(values[0::2], values[1::2], sections.get(_MESSAGES, b""), sections.get(_NUMERUS, b""))
