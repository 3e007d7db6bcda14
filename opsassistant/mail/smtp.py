"""Sending by SMTP: STARTTLS on 587, SSL on 465 (or plain, for a local relay), the password from the keyring.

Every failure becomes one sentence; the server's own words are quoted, the password never is.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.mail import secrets
from opsassistant.services.mail.settings import MailSettings

TIMEOUT = 30


def _context(cafile: str | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


def _server_said(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else str(
        error.smtp_error)
    return f"{error.smtp_code} {text}".strip()


def send(message: EmailMessage, recipients: list[str], config: MailSettings, *,
         cafile: str | None = None) -> dict[str, str]:
    """Hand ``message`` to the SMTP server of ``config`` for ``recipients`` (To, Cc and Bcc).

    Returns the recipients the server refused while taking the others (address → its answer)."""
    host, port = config.smtp_host.strip(), config.smtp_port
    if not host:
        raise UserError(translate("Mail", "Enter the SMTP server under Settings ▸ E-mail first."))
    secret = secrets.password(host, config.smtp_user) if config.smtp_user else ""
    try:
        if config.smtp_security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=_context(cafile))
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT)
        with client:
            client.ehlo()
            if config.smtp_security == "starttls":
                if not client.has_extn("starttls"):
                    raise UserError(translate("Mail", "The SMTP server {host} offers no STARTTLS, so the mail was "
                                                      "not sent unencrypted.").format(host=host))
                client.starttls(context=_context(cafile))
                client.ehlo()
            if config.smtp_user:
                if not secret:
                    raise UserError(translate("Mail", "No SMTP password is stored for {user}; enter it under "
                                                      "Settings ▸ E-mail.").format(user=config.smtp_user))
                client.login(config.smtp_user, secret)
            refused = client.send_message(message, to_addrs=recipients)
    except UserError:
        raise
    except smtplib.SMTPAuthenticationError:
        raise UserError(translate("Mail", "The SMTP server {host} did not accept the user name and password.").format(
            host=host)) from None
    except smtplib.SMTPRecipientsRefused as error:
        said = "; ".join(f"{addr}: {_server_said_pair(v)}" for addr, v in error.recipients.items())
        raise UserError(translate("Mail", "The SMTP server refused the recipients ({said}); the mail was not sent."
                                  ).format(said=said)) from None
    except smtplib.SMTPResponseException as error:
        raise UserError(translate("Mail", "The SMTP server {host} refused the mail: {said}.").format(
            host=host, said=_server_said(error))) from None
    except (ssl.SSLError, ssl.CertificateError) as error:
        raise UserError(translate("Mail", "The encrypted connection to {host} failed: {reason}.").format(
            host=host, reason=getattr(error, "reason", None) or error)) from None
    except (OSError, smtplib.SMTPException) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error) or type(error).__name__
        if isinstance(error, socket.timeout) or isinstance(error.__context__, socket.timeout):
            # smtplib turns a greeting that never comes into "Connection unexpectedly closed: timed out"
            reason = translate("Mail", "no answer in time")
        raise UserError(translate("Mail", "Could not reach the SMTP server {host}:{port} ({reason}).").format(
            host=host, port=port, reason=reason)) from None
    return {addr: _server_said_pair(value) for addr, value in (refused or {}).items()}


def _server_said_pair(value) -> str:
    code, text = value
    return f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
