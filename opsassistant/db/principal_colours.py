"""The principals' colours: distinct on light and dark backgrounds, and never red — red means "overdue"."""

from __future__ import annotations

# blue, green, purple, amber, teal, brown, slate, olive, indigo
PALETTE = ("#2980b9", "#27ae60", "#8e44ad", "#d68910", "#16a085", "#8d6e63", "#5d6d7e", "#7d8c1a",
           "#3949ab", "#ad1457")


def is_reddish(colour: str) -> bool:
    """True for colours a reader would take for the "overdue" red (hue within 20° of red, saturated)."""
    text = colour.lstrip("#")
    if len(text) != 6:
        return False
    r, g, b = (int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))
    high, low = max(r, g, b), min(r, g, b)
    if high - low < 0.25 or high < 0.35:
        return False
    if high == r:
        hue = (60 * (g - b) / (high - low)) % 360
    elif high == g:
        hue = 60 * (b - r) / (high - low) + 120
    else:
        hue = 60 * (r - g) / (high - low) + 240
    return hue <= 20 or hue >= 345


def next_colour(used: list[str] | tuple[str, ...] | set[str]) -> str:
    """The first palette colour not in use yet (cycling when all are)."""
    taken = {c.lower() for c in used}
    for colour in PALETTE:
        if colour not in taken:
            return colour
    return PALETTE[len(taken) % len(PALETTE)]
