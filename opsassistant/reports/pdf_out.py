"""Writing a long PDF without holding it: each page goes to the file as it ends, only its offsets are kept.

ReportLab keeps every page (its dictionary, its content stream, its entries in the document's object registry)
until ``save`` and then joins the whole file in memory. For a phone list of a million contacts that is hundreds
of megabytes. Here a ``PageWriter`` opens the target file when the first page ends and, as each page ends,
formats the page object and its content stream exactly as ``PDFDocument.format`` would (ReportLab's own
``PDFIndirectObject``), writes them and forgets them: the document's registry loses their entries, the page tree
keeps only their object numbers (an ``array`` of ints), and the cross-reference table only their offsets (an
``array`` too). What only the end knows is written at ``save``: the page tree, fonts (their subsets are known
only then), catalogue, info, and one small form XObject per page whose object number the page reserved when it
was written (a forward reference): ``draw_later(canvas, page_number, draw)`` is how "page x of y" is drawn.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFFormXObject, PDFIndirectObject

LATER = "later"  # the form name a page draws (``canvas.doForm(LATER)``); it is filled in at save


class _Reference(pdfdoc.PDFObject):
    """``n 0 R`` for an object number reserved ahead (no name in the document's registry)."""

    def __init__(self, number: int):
        self.number = number

    def format(self, document) -> bytes:
        return b"%d 0 R" % self.number


class PageWriter:
    """The file being written and what must be remembered of it: offsets, page and reserved form numbers."""

    def __init__(self, canvas):
        self.document = canvas._doc
        self.handle = open(canvas._filename, "wb")  # noqa: SIM115 - closed by save() or close()
        self.offset = 0
        self.offsets = array("q", [0])  # by object number (0 is the free entry)
        self.pages = array("l")  # object numbers of the pages, in order
        self.later = array("l")  # per page: the reserved object number of its LATER form (0: none)
        header = pdfdoc.PDFFile(self.document._pdfVersion)
        for piece in header.strings:
            self._write(piece)

    def _write(self, data: bytes) -> int:
        at = self.offset
        self.handle.write(data)
        self.offset += len(data)
        return at

    def _place(self, number: int, data: bytes) -> None:
        if len(self.offsets) <= number:
            self.offsets.extend([0] * (number + 1 - len(self.offsets)))
        self.offsets[number] = self._write(data)

    def _comment(self, name: str, obj) -> None:
        if not rl_config.invariant and rl_config.pdfComments:
            self._write(f"% {ascii(name)}: class {obj.__class__.__name__[:50]} \n".encode("latin-1"))

    def _write_named(self, name: str, forget: bool) -> None:
        """Format and write the registered object ``name``; ``forget``: drop it from the registry."""
        document = self.document
        obj = document.idToObject[name]
        number, _ = document.idToObjectNumberAndVersion[name]
        self._comment(name, obj)
        self._place(number, PDFIndirectObject(name, obj).format(document))
        if forget:
            del document.idToObject[name], document.idToObjectNumberAndVersion[name], document.numberToId[number]

    def page_ended(self) -> None:
        """Write the page ReportLab just added (and its content stream) and keep only their numbers."""
        document = self.document
        page = document.Pages.pages.pop()
        forms = page.XObjects.dict if page.XObjects is not None else {}
        later_name = pdfdoc.xObjectName(LATER)
        reserved = 0
        if later_name in forms:
            document.objectcounter += 1  # a number nobody else gets: the form is written at save
            reserved = document.objectcounter
            forms[later_name] = _Reference(reserved)
        name = page.__InternalName__
        self.pages.append(document.idToObjectNumberAndVersion[name][0])
        self.later.append(reserved)
        self._write_named(name, forget=True)  # formatting registers the content stream (and the page tree)
        contents = page.Contents
        if contents is not None and getattr(contents, "__InternalName__", None) in document.idToObject:
            self._write_named(contents.__InternalName__, forget=True)

    def bookkeeping(self) -> int:
        """Python objects this writer and the document hold for the pages written (for tests: flat)."""
        document = self.document
        return (len(document.idToObject) + len(document.numberToId) + len(document.idToObjectNumberAndVersion)
                + len(document.Pages.pages))

    def write_later(self, canvas, draw: Callable[[object, int, int], None]) -> None:
        """Write every page's reserved form: ``draw(canvas, page_number, total)`` draws its content."""
        document = self.document
        total = len(self.pages)
        for index, reserved in enumerate(self.later):
            if not reserved:
                continue
            canvas.beginForm(LATER)
            draw(canvas, index + 1, total)
            width, height = canvas._pagesize
            form = PDFFormXObject(lowerx=0, lowery=0, upperx=width, uppery=height)
            form.compression = canvas._pageCompression
            form.setStreamList([canvas._preamble] + canvas._code)
            canvas._setColorSpace(form)
            canvas._setExtGState(form)
            canvas._setXObjects(form)
            canvas._setAnnotations(form)
            canvas._restartAccumulators()
            canvas.pop_state_stack()
            document.inObject = None
            name = f"{LATER}.{index + 1}"  # registered only while it is formatted
            document.idToObjectNumberAndVersion[name] = (reserved, 0)
            self._comment(name, form)
            self._place(reserved, PDFIndirectObject(name, form).format(document))
            del document.idToObjectNumberAndVersion[name]

    def finish(self, canvas) -> None:
        """The rest of the document (page tree, fonts, catalogue, info), the cross-reference table, trailer."""
        document = self.document
        for font in document.delayedFonts:  # as PDFDocument.GetPDFData
            font.addObjects(document)
        document.info.invariant = document.invariant
        document.info.digest(document.signature)
        document.Reference(document.Catalog)
        document.Reference(document.info)
        document.Outlines.prepare(document, canvas)
        if document.Outlines.ready < 0:
            document.Catalog.Outlines = None
        document.encrypt.prepare(document)
        encrypt_info = document.encrypt.info()
        encrypt_ref = document.Reference(encrypt_info) if encrypt_info else None
        document.Pages.pages = [b"%d 0 R" % number for number in self.pages]  # Kids: references already
        number = 1
        while number <= document.objectcounter:  # objects may register more objects while they are formatted
            name = document.numberToId.get(number)
            if name is not None and (number >= len(self.offsets) or not self.offsets[number]):
                self._write_named(name, forget=False)
            number += 1
        count = document.objectcounter
        missing = [n for n in range(1, count + 1) if n >= len(self.offsets) or not self.offsets[n]]
        if missing:
            raise ValueError(f"objects {missing[:5]} were never written")
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % (count + 1)]
        lines += [b"%010d 00000 n \n" % self.offsets[n] for n in range(1, count + 1)]
        xref_at = self._write(b"".join(lines))
        trailer = pdfdoc.PDFTrailer(startxref=xref_at, Size=count + 1, Root=document.Reference(document.Catalog),
                                    Info=document.Reference(document.info), Encrypt=encrypt_ref, ID=document.ID())
        self._write(trailer.format(document))

    def close(self) -> None:
        self.handle.close()


def writer(canvas) -> PageWriter:
    """The canvas's writer (the file is opened when the first page ends)."""
    found = getattr(canvas, "_opsassistant_writer", None)
    if found is None:
        found = canvas._opsassistant_writer = PageWriter(canvas)
    return found


def save(canvas, draw_later: Callable[[object, int, int], None]) -> None:
    """``canvas.save()`` for a canvas whose pages were written as they ended (``writer(canvas).page_ended()``)."""
    out = writer(canvas)
    try:
        out.write_later(canvas, draw_later)
        out.finish(canvas)
    finally:
        out.close()


def close(canvas) -> None:
    """Close the file of a canvas whose build failed (nothing is saved; the caller removes the file)."""
    found = getattr(canvas, "_opsassistant_writer", None)
    if found is not None:
        found.close()


__all__ = ["LATER", "PageWriter", "close", "save", "writer"]
