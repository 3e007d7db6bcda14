"""RFC 6764: find a user's CalDAV (and CardDAV) server from their e-mail address.

For each service: the domain's DNS SRV records ``_caldavs._tcp`` (TLS) then ``_caldav._tcp`` (and the TXT
record's ``path=`` beside them), else ``https://DOMAIN/.well-known/caldav``; each candidate must answer a
PROPFIND for ``current-user-principal`` (redirects followed, RFC 6764 §5) before it counts.

DNS goes to the system's resolver, or to the server named in the environment variable
``OPSASSISTANT_DNS_SERVER`` ("HOST" or "HOST:PORT"; "[IPV6]:PORT"), e.g. a company resolver or a test's.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

DNS_SERVER_VARIABLE = "OPSASSISTANT_DNS_SERVER"
TIMEOUT_SECONDS = 10
MAX_REDIRECTS = 5
_PROPFIND = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>'
             "<d:current-user-principal/></d:prop></d:propfind>")


@dataclass(frozen=True)
class Found:
    caldav_url: str  # the context URL that answered current-user-principal ("" = none)
    carddav_url: str
    principal_url: str
    how: str  # e.g. "DNS SRV _caldav._tcp.example.dk" or "https://example.dk/.well-known/caldav"


def email_domain(address: str) -> str:
    text = address.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    local, at, domain = text.rpartition("@")
    domain = domain.strip().rstrip(".").lower()
    if not at or not local or "." not in domain or any(c in domain for c in " /:"):
        raise UserError(translate("Sync", "“{address}” is not an e-mail address.").format(address=address))
    return domain


def _resolver(timeout: float):
    import dns.resolver

    setting = os.environ.get(DNS_SERVER_VARIABLE, "").strip()
    if setting:
        resolver = dns.resolver.Resolver(configure=False)
        host, port = setting, 53
        if setting.startswith("["):
            host, _, rest = setting[1:].partition("]")
            port = int(rest.lstrip(":") or 53)
        elif setting.count(":") == 1:
            host, text = setting.split(":")
            port = int(text)
        resolver.nameservers = [host]
        resolver.port = port
    else:
        try:
            resolver = dns.resolver.Resolver()
        except dns.resolver.NoResolverConfiguration:
            return None
    resolver.lifetime = timeout
    return resolver


def _lookup(resolver, name: str, kind: str) -> list:
    import dns.exception
    import dns.resolver

    if resolver is None:
        return []
    try:
        return list(resolver.resolve(name, kind))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers, dns.exception.Timeout):
        return []


def _srv_candidates(resolver, service: str, domain: str) -> list[tuple[str, str]]:
    """(URL, how) from SRV (+ TXT path), TLS first, by priority then weight (RFC 2782)."""
    found = []
    for scheme, label in (("https", f"_{service}s._tcp.{domain}"), ("http", f"_{service}._tcp.{domain}")):
        records = sorted(_lookup(resolver, label, "SRV"), key=lambda r: (r.priority, -r.weight))
        paths = [b"".join(t.strings).decode("utf-8", "replace") for t in _lookup(resolver, label, "TXT")]
        path = next((p[5:] for p in paths if p.startswith("path=")), "") or f"/.well-known/{service}"
        for record in records:
            target = record.target.to_text(omit_final_dot=True)
            if target in ("", "."):  # RFC 2782: "." = the service is decidedly not offered here
                continue
            host = f"[{target}]" if ":" in target else target
            default = 443 if scheme == "https" else 80
            netloc = host if record.port == default else f"{host}:{record.port}"
            found.append((f"{scheme}://{netloc}{path if path.startswith('/') else '/' + path}",
                          f"DNS SRV {label}"))
    return found


def principal_of(url: str, user: str, password: str, *, verify_tls: bool = True,
                 timeout: float = TIMEOUT_SECONDS, untrusted: list[str] | None = None) -> tuple[str, str] | None:
    """(context URL after redirects, principal URL), or None where nothing DAV answers there. A server whose
    certificate is not trusted is added to ``untrusted``."""
    import requests

    for _hop in range(MAX_REDIRECTS + 1):
        try:
            with warnings.catch_warnings():
                if not verify_tls:  # the user said yes to this server's certificate: no warning for each request
                    warnings.simplefilter("ignore")
                response = requests.request("PROPFIND", url, data=_PROPFIND, auth=(user, password),
                                            headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
                                            allow_redirects=False, timeout=timeout, verify=verify_tls)
        except requests.exceptions.SSLError as error:
            if untrusted is not None and "CERTIFICATE_VERIFY_FAILED" in str(error):
                untrusted.append(url)
            return None
        except requests.RequestException:
            return None
        if response.status_code in (301, 302, 303, 307, 308) and response.headers.get("Location"):
            url = urljoin(url, response.headers["Location"])
            continue
        if response.status_code == 401:
            raise UserError(translate("Sync", "The server refused the user name or password."))
        if response.status_code != 207:
            return None
        try:
            tree = ElementTree.fromstring(response.content)
        except ElementTree.ParseError:
            return None
        href = tree.findtext(".//{DAV:}current-user-principal/{DAV:}href")
        return (url, urljoin(url, href)) if href else None
    return None


def _find(service: str, domain: str, resolver, user: str, password: str, verify_tls: bool,
          timeout: float, untrusted: list[str]) -> tuple[str, str, str]:
    candidates = _srv_candidates(resolver, service, domain)
    well_known = f"https://{domain}/.well-known/{service}"
    candidates.append((well_known, well_known))
    for url, how in candidates:
        answer = principal_of(url, user, password, verify_tls=verify_tls, timeout=timeout, untrusted=untrusted)
        if answer:
            return answer[0], answer[1], how
    return "", "", ""


def discover(address: str, user: str, password: str, *, verify_tls: bool = True,
             timeout: float = TIMEOUT_SECONDS) -> Found:
    """The CalDAV and CardDAV servers of ``address``'s domain; one sentence when neither is found."""
    domain = email_domain(address)
    resolver = _resolver(timeout)
    untrusted: list[str] = []
    caldav_url, principal, how = _find("caldav", domain, resolver, user, password, verify_tls, timeout, untrusted)
    carddav_url, card_principal, card_how = _find("carddav", domain, resolver, user, password, verify_tls, timeout,
                                                  untrusted)
    if not caldav_url and not carddav_url and untrusted:
        from opsassistant.sync.dav import _fail

        raise _fail(f"CERTIFICATE_VERIFY_FAILED {untrusted[0]}")
    if not caldav_url and not carddav_url:
        raise UserError(translate("Sync", "No calendar server was found for {address}: {domain} names none in DNS "
                                          "(SRV records) and none answers at its /.well-known/caldav; give the "
                                          "server's URL instead.").format(address=address.strip(), domain=domain))
    return Found(caldav_url or carddav_url, carddav_url, principal or card_principal, how or card_how)


def looks_like_email(text: str) -> bool:
    """An account's "URL" that is really an e-mail address (no scheme, one @)."""
    text = text.strip()
    return "@" in text and "://" not in text and not urlsplit(text).scheme.startswith("http")
