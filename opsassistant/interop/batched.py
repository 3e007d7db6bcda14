"""Streaming contacts imports: the file is read as it is written, a batch of records at a time.

A reader yields, per record of the file, the items it makes (``(place, ContactData)`` or ``(place, reason)``:
a record with values left out makes several). ``write`` collects the items of ``importing.BATCH`` records and
writes them in one batch transaction (``importing.apply``, with its re-reading retry), leaves the lock free
between batches so other writers get it (``importing.Gap``: reading the next batch is part of that pause), and
reports progress; memory holds one batch, never the file. A callback that raises
ImportCancelled stops the import after the committed batch, with the result so far on the exception.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from pathlib import Path

from opsassistant.interop.progress import ImportCancelled, ProgressCallback, report
from opsassistant.interop.result import ImportResult

CHUNK = 1 << 20  # bytes read at a time while sniffing


def sniff_encoding(path: Path | str, *, utf8: str = "utf-8") -> str:
    """The encoding to read ``path`` with, decided as reading the whole file would decide it, but a chunk at a
    time: UTF-16 by its byte order mark, else UTF-8 (``utf8``: "utf-8" or "utf-8-sig") when every byte decodes,
    else Windows-1252 (read with replacement characters)."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        if head.startswith(b"\xef\xbb\xbf"):
            utf8 = "utf-8-sig"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder(utf8)()
        try:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return utf8


def open_text(path: Path | str, encoding: str):
    """The file in text mode with universal newlines (CR, LF and CRLF end a line), as ``encoding`` reads it."""
    return open(path, encoding=encoding, errors="replace" if encoding == "cp1252" else "strict", newline=None)


def write(records: Iterable[list[tuple[str, object]]], result: ImportResult, *,
          progress: ProgressCallback | None = None, total: int | None = None) -> ImportResult:
    """Write the items of ``records`` a batch of ``importing.BATCH`` records at a time (see the module)."""
    from opsassistant.services.contacts import importing

    done = 0
    batch: list[tuple[str, object]] = []
    in_batch = 0
    gap = importing.Gap()  # the lock left free between batches; reading the next batch is part of that pause

    def flush() -> None:
        nonlocal batch, in_batch
        importing.apply(batch, result, gap=gap)
        batch, in_batch = [], 0
        try:
            report(progress, done, total)
        except ImportCancelled as exc:
            exc.result = result
            raise

    for items in records:
        batch.extend(items)
        in_batch += 1
        done += 1
        if in_batch >= importing.BATCH:
            flush()
    if in_batch or not done:
        flush()
    return result
