"""Right-to-left text (Arabic, Hebrew) for the PDF reports: shaped and in visual order, line by line.

ReportLab draws glyphs left to right in the order it is given. Its own right-to-left support needs ``rlbidi``
(not on PyPI) and is switched off for paragraphs with more than one font run, which ours have (the CJK
fallback), so the reports do it themselves:

- Arabic letters are shaped with ``arabic-reshaper`` into their joined (presentation) forms, harakat kept;
  the bundled DejaVu Sans draws those forms and Hebrew.
- Each *line* is reordered with ``python-bidi`` (the Unicode bidi algorithm, rule L2 per line), after the
  line was chosen in logical order; so a long Arabic message wraps like the reader expects: the first words
  on the first line, each line read from the right.
- Combining marks (harakat, niqqud) stay where the bidi algorithm puts them, just before their base letter in
  drawing order: DejaVu's marks have no width and reach over the glyph drawn after them.

``visual(line)`` turns one line into what is drawn; ``lines(text, width, measure)`` wraps logical text;
``direction(text)`` tells whether a paragraph reads from the right.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and presentation forms.
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_CHAR = re.compile(f"[{_RTL}]")
_STRONG = re.compile(f"[{_RTL}]|[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u9fff\uac00-\ud7af]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return bool(_RTL_CHAR.search(text))


def direction(text: str) -> str:
    """"R" when the first strong letter of ``text`` reads from the right (rules P2/P3), else "L"."""
    found = _STRONG.search(text)
    return "R" if found and _RTL_CHAR.match(found.group()) else "L"


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True})


def shaped(text: str) -> str:
    """Arabic letters in their joined forms (logical order kept); other text unchanged."""
    return _reshaper().reshape(text) if _ARABIC.search(text) else text


def visual(line: str, base: str | None = None, *, shape: bool = True) -> str:
    """One line (no newline) as it is drawn from left to right: shaped and reordered.
    ``base`` is the paragraph's direction ("R"/"L"); None takes it from the line itself."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    text = shaped(line) if shape else line
    return get_display(text, base_dir=base or direction(text))


def lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Logical ``text`` (already shaped) broken into lines that fit ``width`` by ``measure``: at spaces, a word
    wider than the line anywhere; hard line breaks kept. Linear in the length of the text."""
    result: list[str] = []
    space = measure(" ")
    for hard in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in hard.split(" "):
            size = measure(word)
            if current and used + space + size <= width:
                current.append(word)
                used += space + size
                continue
            if current:
                result.append(" ".join(current))
            current, used = [], 0.0
            while size > width and len(word) > 1:
                cut = _longest_prefix(word, width, measure)
                result.append(word[:cut])
                word = word[cut:]
                size = measure(word)
            current, used = [word], size
        result.append(" ".join(current))
    return result


def _longest_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
