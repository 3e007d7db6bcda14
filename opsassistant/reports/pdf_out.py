"""Writing a long PDF without holding it: finished pages go to a spool file, the document straight to disk.

ReportLab keeps every page's content stream until ``save`` and then joins the whole file in memory before
writing it. For a phone list of a million contacts that is hundreds of megabytes. Here each page's stream is
encoded (compressed, as ReportLab would at save) when the page ends and written to a temporary spool file; at
save the objects are formatted one at a time, exactly as ``PDFDocument.format`` does, but each is written to
the target file as it is made (offsets counted for the cross-reference table), and page streams are read back
from the spool one at a time.
"""

from __future__ import annotations

import tempfile

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFName, PDFStream, PDFZCompress


class _SpooledStream(PDFStream):
    """A page stream already encoded, kept in the spool file until the document is written."""

    def __init__(self, spool, offset: int, length: int, text: bool):
        super().__init__()
        self._spool, self._offset, self._length, self._text = spool, offset, length, text

    @property
    def content(self):
        self._spool.seek(self._offset)
        data = self._spool.read(self._length)
        return data.decode("latin-1") if self._text else data

    @content.setter
    def content(self, _value) -> None:  # PDFStream.__init__ sets it; the spool holds it
        pass


def spool_last_page(document) -> None:
    """Encode the page just added and move its stream to the document's spool file."""
    page = document.Pages.pages[-1]
    if not page.stream or not page.compression or page.Contents:
        return
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content = page.stream
    for encoder in reversed(filters):
        content = encoder.encode(content)
    text = isinstance(content, str)
    data = content.encode("latin-1") if text else content
    spool = getattr(document, "_opsassistant_spool", None)
    if spool is None:
        spool = document._opsassistant_spool = tempfile.TemporaryFile()  # noqa: SIM115 - closed by save()
    spool.seek(0, 2)
    offset = spool.tell()
    spool.write(data)
    stream = _SpooledStream(spool, offset, len(data), text)
    stream.dictionary["Filter"] = PDFArray([PDFName(f.pdfname) for f in filters])
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None


class _FileOut(pdfdoc.PDFFile):
    """``PDFFile`` that writes each piece to ``handle`` instead of collecting it."""

    def __init__(self, handle, version):
        super().__init__(version)  # collects the header line
        for piece in self.strings:
            handle.write(piece)
        self.strings = []
        self.write = handle.write  # what PDFFile.add calls

    def format(self, document) -> bytes:
        return b""


def save(canvas) -> None:
    """``canvas.save()`` for a canvas whose pages were spooled: the file is written as it is formatted."""
    document = canvas._doc
    try:
        with open(canvas._filename, "wb") as handle:
            for font in document.delayedFonts:  # as PDFDocument.GetPDFData
                font.addObjects(document)
            document.info.invariant = document.invariant
            document.info.digest(document.signature)
            document.Reference(document.Catalog)
            document.Reference(document.info)
            document.Outlines.prepare(document, canvas)
            if document.Outlines.ready < 0:
                document.Catalog.Outlines = None
            _format(document, _FileOut(handle, document._pdfVersion))
    finally:
        spool = getattr(document, "_opsassistant_spool", None)
        if spool is not None:
            spool.close()


def _format(document, out: _FileOut) -> None:
    """``PDFDocument.format`` with ``out`` as its output collector (ReportLab 4's object loop, xref, trailer)."""
    document.encrypt.prepare(document)
    document.Reference(document.Catalog)
    document.Reference(document.info)
    encrypt_ref = None
    encrypt_info = document.encrypt.info()
    if encrypt_info:
        encrypt_ref = document.Reference(encrypt_info)
    counter = 0
    ids = []
    number_to_id = document.numberToId
    id_to_object = document.idToObject
    id_to_offset = document.idToOffset
    document.__accum__ = out  # objects that need their place in the file look here
    while True:
        counter += 1
        if counter not in number_to_id:
            break
        oid = number_to_id[counter]
        indirect = pdfdoc.PDFIndirectObject(oid, id_to_object[oid])
        formatted = indirect.format(document)
        if not rl_config.invariant and rl_config.pdfComments:
            out.add(f"% {ascii(oid)}: class {id_to_object[oid].__class__.__name__[:50]} \n")
        id_to_offset[oid] = out.add(formatted)
        ids.append(oid)
    del document.__accum__
    count = len(number_to_id)
    if counter - 1 != count:
        raise ValueError(f"counter {counter} doesn't match number to id dictionary {count}")
    xref = pdfdoc.PDFCrossReferenceTable()
    xref.addsection(0, ids)
    xref_offset = out.add(xref.format(document))
    trailer = pdfdoc.PDFTrailer(startxref=xref_offset, Size=count + 1, Root=document.Reference(document.Catalog),
                                Info=document.Reference(document.info), Encrypt=encrypt_ref, ID=document.ID())
    out.add(trailer.format(document))
