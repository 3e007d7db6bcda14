"""Drafts for the user's own mail client: an ``.eml`` file with ``X-Unsent: 1`` is always written and kept;
then ``xdg-email`` (Linux, with ``--attach``) composes it, or the .eml is opened with the system's opener.
On Windows, mail/handover.py tries Simple MAPI (mail/mapi.py) first; this module's ``os.startfile`` of the .eml
is its fallback."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from opsassistant.fileio import atomic_binary
from opsassistant.i18n.messages import translate
from opsassistant.mail.compose import Letter, mime


@dataclass(frozen=True)
class Opened:
    draft: Path
    opened: bool  # False: no mail client was found; ``message`` says where the draft is
    message: str


def drafts_dir() -> Path:
    from opsassistant.paths import default_data_dir

    return default_data_dir() / "drafts"


def _safe_name(text: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip()[:60]
    return name or "mail"


def write_draft(letter: Letter, path: Path | str | None = None) -> Path:
    """Write the draft (atomically); without ``path`` into the drafts folder beside the data."""
    message = mime(letter, draft=True)
    if path is None:
        folder = drafts_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stem = _safe_name(letter.subject)
        path = folder / f"{stem}.eml"
        number = 2
        while path.exists():
            path = folder / f"{stem} ({number}).eml"
            number += 1
    path = Path(path)
    with atomic_binary(path) as handle:
        handle.write(bytes(message))
    return path


def _attachments_folder(letter: Letter, message: EmailMessage) -> list[Path]:
    """The attachments as files, for ``xdg-email --attach`` (kept: the mail client reads them later)."""
    folder = Path(tempfile.mkdtemp(prefix="opsassistant-mail-"))
    paths = []
    for part in message.iter_attachments():
        name = Path(part.get_filename() or "attachment").name
        target = folder / name
        target.write_bytes(part.get_content() if isinstance(part.get_content(), bytes)
                           else part.get_content().encode("utf-8"))
        paths.append(target)
    return paths


def _launch(command: list[str]) -> bool:
    try:
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    except OSError:
        return False
    return True


def open_in_client(letter: Letter, draft: Path) -> Opened:
    """Give the draft to the mail client; the draft stays where it is whatever happens."""
    xdg_email = shutil.which("xdg-email") if sys.platform.startswith("linux") else None
    if xdg_email:
        message = mime(letter, draft=True)
        command = [xdg_email, "--utf8", "--subject", letter.subject, "--body", letter.body]
        for address in letter.cc:
            command += ["--cc", parseaddr(address)[1]]
        for address in letter.bcc:
            command += ["--bcc", parseaddr(address)[1]]
        for path in _attachments_folder(letter, message):
            command += ["--attach", str(path)]
        command += [parseaddr(a)[1] for a in letter.to]
        if _launch(command):
            return Opened(draft, True, translate("Mail", "The mail is open in your mail client; the draft is also "
                                                         "kept at {path}.").format(path=draft))
    if sys.platform == "win32" and hasattr(os, "startfile"):
        try:
            os.startfile(str(draft))  # type: ignore[attr-defined]
            return Opened(draft, True, translate("Mail", "The draft is open in your mail program.").format())
        except OSError:
            pass
    opener = shutil.which("open" if sys.platform == "darwin" else "xdg-open")
    if opener and _launch([opener, str(draft)]):
        return Opened(draft, True, translate("Mail", "The draft {path} is open in your mail program.").format(
            path=draft))
    return Opened(draft, False, translate("Mail", "No mail client was found; the draft is kept at {path}.").format(
        path=draft))
