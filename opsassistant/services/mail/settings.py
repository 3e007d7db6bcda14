"""Who sends, and how: ``Setting`` rows. The assistant's name and e-mail are the rows the itinerary's
emergency band uses too (``assistant.name``, ``assistant.email``). The SMTP password is never stored here:
it lives in the OS keyring (``opsassistant.mail.secrets``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from opsassistant.db.models import Setting, database
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

TRANSPORTS = ("draft", "smtp")
SECURITY = ("starttls", "ssl", "none")
_KEYS = {
    "assistant_name": "assistant.name", "assistant_email": "assistant.email", "transport": "mail.transport",
    "smtp_host": "mail.smtp.host", "smtp_port": "mail.smtp.port", "smtp_security": "mail.smtp.security",
    "smtp_user": "mail.smtp.user", "sms_gateway": "mail.sms.gateway",
}


@dataclass(frozen=True)
class MailSettings:
    assistant_name: str = ""
    assistant_email: str = ""
    transport: str = "draft"  # draft: the mail client gets an .eml draft; smtp: sent from here
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    sms_gateway: str = ""  # e-mail-to-SMS address pattern, e.g. "{number}@sms.example.dk" (empty: no texts)

    @property
    def sender(self) -> str:
        from email.utils import formataddr

        return formataddr((self.assistant_name, self.assistant_email)) if self.assistant_email else ""


def load() -> MailSettings:
    rows = {s.key: s.value for s in Setting.select().where(Setting.key.in_(list(_KEYS.values())))}
    values = {name: rows[key] for name, key in _KEYS.items() if key in rows}
    try:
        values["smtp_port"] = int(values.get("smtp_port") or 0) or default_port(values.get("smtp_security", ""))
    except ValueError:
        values["smtp_port"] = default_port(values.get("smtp_security", ""))
    if values.get("transport") not in TRANSPORTS:
        values.pop("transport", None)
    if values.get("smtp_security") not in SECURITY:
        values.pop("smtp_security", None)
    return MailSettings(**values)


def default_port(security: str) -> int:
    return {"ssl": 465, "none": 25}.get(security, 587)


def validate(data: MailSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.assistant_email and not looks_like_address(data.assistant_email):
        problems["assistant_email"] = translate("MailSettings", "Your e-mail address is not an e-mail address.")
    if data.transport == "smtp" and not data.smtp_host.strip():
        problems["smtp_host"] = translate("MailSettings", "Enter the SMTP server to send from here.")
    gateway = data.sms_gateway.strip()
    if gateway and (gateway.count("{number}") != 1 or not looks_like_address(gateway.replace("{number}", "4520304050"))):
        problems["sms_gateway"] = translate("MailSettings", "The text message address is an e-mail address with "
                                                            "{number} in it, e.g. {number}@sms.example.dk.")
    if not 0 < data.smtp_port < 65536:
        problems["smtp_port"] = translate("MailSettings", "The port is a number from 1 to 65535.")
    return problems


def save(data: MailSettings) -> None:
    problems = validate(data)
    if problems:
        raise UserError(" ".join(problems.values()))
    with database.atomic():
        for name, value in asdict(data).items():
            Setting.insert(key=_KEYS[name], value=str(value).strip()).on_conflict_replace().execute()


def sms_address(config: MailSettings, phone: str) -> str:
    """The gateway address that texts ``phone`` ("" when no gateway is set or the number is no phone number)."""
    from opsassistant.services.phones import parse

    number = parse(phone).e164 if phone.strip() else None
    if not config.sms_gateway.strip() or not number:
        return ""
    return config.sms_gateway.strip().replace("{number}", number.lstrip("+"))


def looks_like_address(text: str) -> bool:
    local, at, domain = text.strip().rpartition("@")
    return bool(at and local and "." in domain and " " not in text.strip())
