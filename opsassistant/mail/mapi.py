"""Simple MAPI on Windows: ``MAPISendMailW`` (mapi32.dll, Windows 8 and later) opens the draft — recipients,
subject, body and the attachments as files — in the user's default mail program (MAPI_DIALOG), the way
Explorer's "Send to ▸ Mail recipient" does.

:func:`build` is pure: it makes the ctypes structures from a letter and the attachment paths, so their contents
are tested anywhere. :func:`send` loads mapi32.dll and calls it; only Windows has it. The structures follow
MAPI.h: ULONG is 32 bits on Windows, so it is ``c_uint32`` here; a PWSTR is ``c_wchar_p``; ULONG_PTR and
LHANDLE are pointer-sized.
"""

from __future__ import annotations

import ctypes
from ctypes import POINTER, Structure, c_uint32, c_void_p, c_wchar_p
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.utils import parseaddr
from pathlib import Path

from opsassistant.mail.compose import Letter

ULONG = c_uint32
ULONG_PTR = ctypes.c_size_t
MAPI_ORIG, MAPI_TO, MAPI_CC, MAPI_BCC = 0, 1, 2, 3
MAPI_LOGON_UI = 0x00000001
MAPI_DIALOG = 0x00000008
SUCCESS_SUCCESS = 0
MAPI_USER_ABORT = 1
ERRORS = {  # MAPI.h's names: the sentence for the user quotes them, as Outlook's own messages do
    2: "MAPI_E_FAILURE", 3: "MAPI_E_LOGIN_FAILURE", 5: "MAPI_E_INSUFFICIENT_MEMORY", 9: "MAPI_E_TOO_MANY_FILES",
    10: "MAPI_E_TOO_MANY_RECIPIENTS", 11: "MAPI_E_ATTACHMENT_NOT_FOUND", 12: "MAPI_E_ATTACHMENT_OPEN_FAILURE",
    14: "MAPI_E_UNKNOWN_RECIPIENT", 15: "MAPI_E_BAD_RECIPTYPE", 18: "MAPI_E_TEXT_TOO_LARGE",
    25: "MAPI_E_INVALID_RECIPS", 26: "MAPI_E_NOT_SUPPORTED",
}


class MapiRecipDescW(Structure):
    _fields_ = [("ulReserved", ULONG), ("ulRecipClass", ULONG), ("lpszName", c_wchar_p),
                ("lpszAddress", c_wchar_p), ("ulEIDSize", ULONG), ("lpEntryID", c_void_p)]


class MapiFileDescW(Structure):
    _fields_ = [("ulReserved", ULONG), ("flFlags", ULONG), ("nPosition", ULONG), ("lpszPathName", c_wchar_p),
                ("lpszFileName", c_wchar_p), ("lpFileType", c_void_p)]


class MapiMessageW(Structure):
    _fields_ = [("ulReserved", ULONG), ("lpszSubject", c_wchar_p), ("lpszNoteText", c_wchar_p),
                ("lpszMessageType", c_wchar_p), ("lpszDateReceived", c_wchar_p),
                ("lpszConversationID", c_wchar_p), ("flFlags", ULONG), ("lpOriginator", POINTER(MapiRecipDescW)),
                ("nRecipCount", ULONG), ("lpRecips", POINTER(MapiRecipDescW)), ("nFileCount", ULONG),
                ("lpFiles", POINTER(MapiFileDescW))]


class Unavailable(Exception):
    """mapi32.dll or MAPISendMailW is not there (not Windows, or no MAPI mail program installed)."""


class Refused(Exception):
    """MAPISendMailW returned an error code; ``args[0]`` is its MAPI.h name."""


@dataclass
class Built:
    """The message and the arrays it points into (kept alive together for the call)."""

    message: MapiMessageW
    recipients: ctypes.Array
    files: ctypes.Array


def build(letter: Letter, attachments: list[Path]) -> Built:
    """The MapiMessageW of ``letter``: To/Cc/Bcc as SMTP: addresses with their names, the files by full path
    under their own names, nPosition -1 (the client places them)."""
    people = [(MAPI_TO, a) for a in letter.to] + [(MAPI_CC, a) for a in letter.cc] + \
             [(MAPI_BCC, a) for a in letter.bcc]
    recipients = (MapiRecipDescW * max(len(people), 1))()
    for slot, (kind, text) in zip(recipients, people, strict=False):
        name, address = parseaddr(text)
        name = str(make_header(decode_header(name))) if name else ""  # "=?utf-8?q?Lise_M=C3=B8rk?=" → Lise Mørk
        slot.ulRecipClass = kind
        slot.lpszName = name or address
        slot.lpszAddress = f"SMTP:{address}"
    files = (MapiFileDescW * max(len(attachments), 1))()
    for slot, path in zip(files, attachments, strict=False):
        slot.nPosition = 0xFFFFFFFF
        slot.lpszPathName = str(Path(path).resolve())
        slot.lpszFileName = Path(path).name
    message = MapiMessageW()
    message.lpszSubject = letter.subject
    message.lpszNoteText = letter.body
    message.nRecipCount = len(people)
    message.lpRecips = ctypes.cast(recipients, POINTER(MapiRecipDescW)) if people else None
    message.nFileCount = len(attachments)
    message.lpFiles = ctypes.cast(files, POINTER(MapiFileDescW)) if attachments else None
    return Built(message, recipients, files)


def _send_mail_w():
    loader = getattr(ctypes, "WinDLL", None)
    if loader is None:
        raise Unavailable("mapi32.dll")
    try:
        function = loader("mapi32.dll").MAPISendMailW
    except (OSError, AttributeError) as error:
        raise Unavailable(str(error)) from None
    function.argtypes = [ULONG_PTR, ULONG_PTR, POINTER(MapiMessageW), ULONG, ULONG]
    function.restype = ULONG
    return function


def send(letter: Letter, attachments: list[Path], window: int = 0) -> bool:
    """Open the mail in the default mail program; True when sent or saved there, False when the user closed
    it (MAPI_USER_ABORT). Raises :class:`Unavailable` or :class:`Refused`.

    MAPI_DIALOG is modal in the calling thread until the user is done with the mail program's window."""
    function = _send_mail_w()
    built = build(letter, attachments)
    code = function(0, window, ctypes.byref(built.message), MAPI_LOGON_UI | MAPI_DIALOG, 0)
    if code == SUCCESS_SUCCESS:
        return True
    if code == MAPI_USER_ABORT:
        return False
    raise Refused(ERRORS.get(code, f"MAPI error {code}"))
