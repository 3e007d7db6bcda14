"""The few WebDAV/CalDAV requests sync needs, on the ``caldav`` library's client (auth, TLS, RFC 6764).

The object bodies are kept as the server sent them; the listings ask only for ETags, and bodies come by
calendar-multiget in batches, so a first sync of 10k events is a few dozen requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
CARDDAV = "{urn:ietf:params:xml:ns:carddav}"
_MULTIGET = {  # kind → (REPORT element and its namespace, the data property)
    "calendar": ('c:calendar-multiget xmlns:c="urn:ietf:params:xml:ns:caldav"', "c:calendar-data",
                 f"{CALDAV}calendar-data"),
    "addressbook": ('c:addressbook-multiget xmlns:c="urn:ietf:params:xml:ns:carddav"', "c:address-data",
                    f"{CARDDAV}address-data"),
}
MULTIGET_BATCH = 200
TIMEOUT_SECONDS = 30


class Conflict(Exception):
    """412 Precondition Failed: the object changed on the server since we read it."""


class Gone(Exception):
    """404: the object is no longer on the server."""


class TokenExpired(Exception):
    """The server no longer accepts the sync token: list everything instead (RFC 6578 §3.2)."""


@dataclass(frozen=True)
class Changes:
    etags: dict[str, str]  # href → ETag of every new or changed object
    deleted: list[str]
    token: str
    complete: bool  # True for a full listing: what is not in ``etags`` is gone


def normal_href(href: str) -> str:
    """Servers spell the same path with and without percent-escapes: compare and store it unescaped."""
    return unquote(urlsplit(href).path)


def _fail(reason: object) -> UserError:
    if "CERTIFICATE_VERIFY_FAILED" in str(reason) or "self-signed" in str(reason).lower():
        return UserError(translate("Sync", "The server's certificate is not trusted (it may be self-signed). If you "
                                           "trust this server, add the account again and say so (“I trust it”, "
                                           "or --insecure)."))
    return UserError(translate("Sync", "The calendar server could not be reached: {reason}").format(
        reason=reason))


class DavSession:
    def __init__(self, url: str, username: str, password: str, *, verify_tls: bool = True,
                 timeout: float = TIMEOUT_SECONDS):
        import caldav

        self.base = url
        try:
            self.client = caldav.DAVClient(url=url, username=username, password=password,
                                           ssl_verify_cert=verify_tls, timeout=timeout,
                                           require_tls=False)
        except Exception as error:  # noqa: BLE001 - the library raises many kinds for a bad URL
            raise _fail(error) from error

    # -- requests ---------------------------------------------------------------------------------------------
    def _request(self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None):
        from caldav.lib import error as dav_error

        try:
            return self.client.request(url, method, body, headers or {})
        except dav_error.AuthorizationError as error:
            raise UserError(translate("Sync", "The server refused the user name or password.")) from error
        except Exception as error:  # noqa: BLE001 - connection refused, reset, timed out, TLS …
            raise _fail(error) from error

    def _absolute(self, href: str) -> str:
        return urljoin(self.base, quote(href, safe="/@:+,;=~"))

    def calendars(self) -> list[tuple[str, str, str]]:
        """(url, display name, "calendar") of every calendar the user can see."""
        from caldav.lib import error as dav_error

        try:
            found = self.client.principal().calendars()
            return [(str(c.url), c.get_display_name() or urlsplit(str(c.url)).path.rstrip("/").split("/")[-1],
                     "calendar") for c in found]
        except dav_error.AuthorizationError as error:
            raise UserError(translate("Sync", "The server refused the user name or password.")) from error
        except UserError:
            raise
        except Exception as error:  # noqa: BLE001
            raise _fail(error) from error

    def addressbooks(self) -> list[tuple[str, str, str]]:
        """(url, display name, "addressbook") of the user's address books (RFC 6352 §7.1.1 home set)."""
        from caldav.lib import error as dav_error

        try:
            principal = str(self.client.principal().url)
        except dav_error.AuthorizationError as error:
            raise UserError(translate("Sync", "The server refused the user name or password.")) from error
        except Exception as error:  # noqa: BLE001
            raise _fail(error) from error
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                'xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><c:addressbook-home-set/></d:prop></d:propfind>')
        response = self._request(principal, "PROPFIND", body, {"Depth": "0", "Content-Type": "application/xml"})
        homes = [h.text for h in response.tree.iter(f"{CARDDAV}addressbook-home-set") for h in h.iter(f"{DAV}href")
                 if h.text] if response.status < 400 else []
        found = []
        for home in homes:
            body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/>'
                    "<d:displayname/></d:prop></d:propfind>")
            listing = self._request(self._absolute(normal_href(home)), "PROPFIND", body,
                                    {"Depth": "1", "Content-Type": "application/xml"})
            if listing.status >= 400:
                continue
            for item in listing.tree.iter(f"{DAV}response"):
                if item.find(f".//{DAV}resourcetype/{CARDDAV}addressbook") is None:
                    continue
                href = normal_href(item.findtext(f"{DAV}href") or "")
                name = item.findtext(f".//{DAV}displayname") or href.rstrip("/").split("/")[-1]
                found.append((self._absolute(href), name, "addressbook"))
        return found

    def changes(self, url: str, token: str) -> Changes:
        """RFC 6578 sync-collection from ``token`` ("" = everything)."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:">'
                f"<d:sync-token>{escape(token)}</d:sync-token><d:sync-level>1</d:sync-level>"
                "<d:prop><d:getetag/></d:prop></d:sync-collection>")
        response = self._request(url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        if response.status in (403, 409) and token:
            raise TokenExpired()
        if response.status >= 400:
            if not token:
                return self.listing(url)
            raise TokenExpired()
        etags, deleted = {}, []
        for href, etag, status in self._responses(response.tree):
            if href.rstrip("/") == normal_href(url).rstrip("/"):
                continue
            if status == 404 or etag is None:
                deleted.append(href)
            else:
                etags[href] = etag
        next_token = response.tree.findtext(f"{DAV}sync-token") or ""
        return Changes(etags, deleted, next_token, complete=not token)

    def listing(self, url: str) -> Changes:
        """Every object's ETag by PROPFIND, for servers without sync tokens."""
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/>'
                "<d:resourcetype/></d:prop></d:propfind>")
        response = self._request(url, "PROPFIND", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        if response.status >= 400:
            raise _fail(f"HTTP {response.status}")
        own = normal_href(url).rstrip("/")
        etags = {href: etag for href, etag, _status in self._responses(response.tree)
                 if etag and href.rstrip("/") != own}
        return Changes(etags, [], "", complete=True)

    @staticmethod
    def _responses(tree):
        for item in tree.iter(f"{DAV}response"):
            href = normal_href(item.findtext(f"{DAV}href") or "")
            etag = item.findtext(f".//{DAV}getetag")
            status_text = item.findtext(f"{DAV}status") or ""
            status = 404 if " 404 " in status_text else 200
            yield href, etag, status

    def fetch(self, url: str, hrefs: list[str], kind: str = "calendar") -> dict[str, tuple[str, str]]:
        """href → (ETag, data) by calendar-multiget or addressbook-multiget, in batches."""
        element, data_prop, data_tag = _MULTIGET[kind]
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start:start + MULTIGET_BATCH]
            body = (f'<?xml version="1.0" encoding="utf-8"?><{element} xmlns:d="DAV:">'
                    f"<d:prop><d:getetag/><{data_prop}/></d:prop>"
                    + "".join(f"<d:href>{escape(quote(h, safe='/@:+,;=~'))}</d:href>" for h in batch)
                    + f"</{element.split()[0]}>")
            response = self._request(url, "REPORT", body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
            if response.status >= 400:
                raise _fail(f"HTTP {response.status}")
            for item in response.tree.iter(f"{DAV}response"):
                href = normal_href(item.findtext(f"{DAV}href") or "")
                data = item.findtext(f".//{data_tag}")
                etag = item.findtext(f".//{DAV}getetag") or ""
                if data:
                    found[href] = (etag, data)
        return found

    def put(self, href: str, text: str, *, etag: str | None,
            content_type: str = "text/calendar; charset=utf-8") -> str:
        """Create (etag None: only if absent) or replace (only if still ``etag``); returns the new ETag."""
        headers = {"Content-Type": content_type}
        headers["If-None-Match" if etag is None else "If-Match"] = "*" if etag is None else etag
        response = self._request(self._absolute(href), "PUT", text, headers)
        if response.status == 412:
            raise Conflict()
        if response.status >= 400:
            raise _fail(f"HTTP {response.status} {response.reason or ''}".strip())
        new_etag = response.headers.get("ETag") or ""
        if not new_etag:  # some servers change what they store and so send no ETag (RFC 4791 §5.3.4)
            new_etag = self._request(self._absolute(href), "HEAD").headers.get("ETag") or ""
        return new_etag

    def get(self, href: str, content_type: str = "text/calendar") -> tuple[str, str]:
        response = self._request(self._absolute(href), "GET", "", {"Accept": content_type.split(";")[0]})
        if response.status == 404:
            raise Gone()
        if response.status >= 400:
            raise _fail(f"HTTP {response.status}")
        return response.headers.get("ETag") or "", response.raw

    def delete(self, href: str, *, etag: str) -> None:
        response = self._request(self._absolute(href), "DELETE", "", {"If-Match": etag} if etag else {})
        if response.status == 412:
            raise Conflict()
        if response.status not in (404,) and response.status >= 400:
            raise _fail(f"HTTP {response.status}")

    # -- RFC 6638 scheduling inbox ------------------------------------------------------------------------------
    def schedule_inbox_url(self) -> str:
        """The CALDAV:schedule-inbox-URL of the current-user-principal; "" when the server names none."""
        from caldav.lib import error as dav_error

        try:
            principal = str(self.client.principal().url)
        except dav_error.AuthorizationError as error:
            raise UserError(translate("Sync", "The server refused the user name or password.")) from error
        except Exception as error:  # noqa: BLE001
            raise _fail(error) from error
        body = ('<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
                'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:schedule-inbox-URL/></d:prop></d:propfind>')
        response = self._request(principal, "PROPFIND", body, {"Depth": "0", "Content-Type": "application/xml"})
        if response.status >= 400:
            return ""
        for prop in response.tree.iter(f"{CALDAV}schedule-inbox-URL"):
            href = prop.findtext(f"{DAV}href")
            if href and href.strip():
                return self._absolute(normal_href(urljoin(principal, href.strip())).rstrip("/") + "/")
        return ""
