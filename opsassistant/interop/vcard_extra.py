"""vCard properties the contact has no field for (PHOTO, URL, NICKNAME, ROLE, LABEL, GEO, IMPP, ANNIVERSARY,
X-…): kept as one unfolded content line each, written back on export, so export → import loses nothing.

A vCard 2.1 line is stored in 3.0 syntax (``TYPE=`` lists, quoted-printable decoded, ``ENCODING=b``); an inline
PHOTO/LOGO/SOUND/KEY is converted between 3.0's ``ENCODING=b`` and 4.0's ``data:`` URI on export.
"""

from __future__ import annotations

import re

from opsassistant.interop.vcard_parse import Property

_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_DATA_URI = re.compile(r"^data:([^;,]*)(;base64)?,", re.IGNORECASE)
_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.")


def _escape_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")


def verbatim(prop: Property, v21: bool) -> str:
    """The content line to keep for ``prop``."""
    if not v21 and prop.raw:
        return prop.raw
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    head = (f"{prop.group}." if prop.group else "") + prop.name
    for key, values in prop.params.items():
        if key in ("ENCODING", "CHARSET"):
            continue
        head += f";{key}=" + ",".join(values)
    if encoding in ("BASE64", "B"):
        head += ";ENCODING=b"
        value = "".join(prop.value.split())
    elif encoding in ("QUOTED-PRINTABLE", "QP"):
        value = _escape_text(prop.value)
    else:
        value = prop.value
    return f"{head}:{value}"


def group_of(line: str) -> str:
    match = _GROUP.match(line)
    return match.group(1).lower() if match else ""


def _split(line: str) -> tuple[str, str]:
    """(head, value) of a content line (a colon inside a quoted parameter does not count)."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1:]
    return line, ""


def for_version(line: str, version: str) -> str:
    """``line`` as ``version`` ("3.0" or "4.0") writes an inline binary value; other lines are unchanged."""
    head, value = _split(line)
    pieces = head.split(";")
    name = pieces[0].split(".")[-1].upper()
    if name not in _BINARY:
        return line
    params = [p for p in pieces[1:] if p]
    upper = [p.upper() for p in params]
    match = _DATA_URI.match(value)
    if match and version == "4.0":  # already a data: URI (some writers add ENCODING=b to it as well)
        return ";".join([pieces[0], *(p for p in params if not p.upper().startswith(("ENCODING=", "TYPE=")))]) \
            + ":" + value
    if version == "4.0" and any(p in ("ENCODING=B", "ENCODING=BASE64") for p in upper):
        kind = next((p.split("=", 1)[1] for p in params if p.upper().startswith("TYPE=")), "")
        rest = [p for p in params if not p.upper().startswith(("ENCODING=", "TYPE="))]
        media = kind.lower() if "/" in kind else f"{'image' if name in ('PHOTO', 'LOGO') else 'application'}/" \
            f"{kind.lower() or 'octet-stream'}"
        return ";".join([pieces[0], *rest]) + f":data:{media};base64,{value}"
    if version == "3.0" and match and match.group(2):
        rest = [p for p in params if not p.upper().startswith(("VALUE=", "ENCODING=", "TYPE="))]
        subtype = match.group(1).split("/")[-1].upper()
        extra = [f"TYPE={subtype}"] if subtype else []
        return ";".join([pieces[0], *rest, "ENCODING=b", *extra]) + ":" + value[match.end():]
    return line
