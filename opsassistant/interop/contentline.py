"""What iCalendar (RFC 5545) and vCard (RFC 6350) content lines share: the backslash escapes of text values."""


def unescape(value: str) -> str:
    """``\\n`` → newline, ``\\,`` ``\\;`` ``\\\\`` → the character itself."""
    if "\\" not in value:
        return value
    out, index = [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            following = value[index + 1]
            out.append("\n" if following in "nN" else following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)
