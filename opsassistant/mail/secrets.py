"""The SMTP password in the OS keyring (``keyring``), never in the database, the settings or a log."""

from __future__ import annotations

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

SERVICE = "OpsAssistant SMTP"


def _account(host: str, user: str) -> str:
    return f"{user}@{host}"


def _keyring():
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    backend = keyring.get_keyring()
    if isinstance(backend, FailKeyring) or getattr(backend, "priority", 1) <= 0:
        raise UserError(translate("Mail", "This computer has no keyring to keep the SMTP password in; install one "
                                          "(e.g. GNOME Keyring or KWallet) or hand mails to the mail client."))
    return keyring


def store_password(host: str, user: str, password: str) -> None:
    from keyring.errors import KeyringError

    ring = _keyring()
    try:
        if password:
            ring.set_password(SERVICE, _account(host, user), password)
        else:
            delete_password(host, user)
    except KeyringError:
        raise UserError(translate("Mail", "The keyring refused to keep the SMTP password.")) from None


def password(host: str, user: str) -> str:
    """The stored password ("" when none is stored)."""
    from keyring.errors import KeyringError

    ring = _keyring()
    try:
        return ring.get_password(SERVICE, _account(host, user)) or ""
    except KeyringError:
        raise UserError(translate("Mail", "The keyring could not be read; it may be locked.")) from None


def delete_password(host: str, user: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    ring = _keyring()
    try:
        ring.delete_password(SERVICE, _account(host, user))
    except PasswordDeleteError:
        pass  # nothing stored: nothing to delete
    except KeyringError:
        raise UserError(translate("Mail", "The keyring refused to remove the SMTP password.")) from None
