"""Fetching a web page to import: one GET, guarded, and a one-line reason for every refusal.

Only http and https; never a loopback, private, link-local or otherwise reserved
address (unless FACTCHECK_FETCH_PRIVATE_ADDRESSES allows them), checked for every
address a name resolves to and for every redirect target, and the connection is
made to the very address that was checked, so a name cannot resolve elsewhere in
between. A timeout on every step and on the whole fetch, a size limit, a user
agent that says who is asking, a few redirects at most, and HTML only.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bs4.dammit import UnicodeDammit
from django.conf import settings

import factcheck
from factcheck.documents import DocumentError

USER_AGENT = f"factcheck/{factcheck.ENGINE_VERSION} (claim checking for newsroom reviewers; one request per import)"
TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 3
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(DocumentError):
    """A page that was not fetched; the message is one line meant for the user."""


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    data: bytes  # the page as UTF-8


def _address(url: str) -> tuple[str, str, int, str]:
    """Scheme, host, port and the checked address to connect to; refuses what may not be fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be fetched, not {parts.scheme or 'a bare name'!r}")
    if not parts.hostname:
        raise FetchError("the address has no host name")
    if parts.username or parts.password:
        raise FetchError("addresses with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("the address has an invalid port") from None
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"the host {parts.hostname!r} cannot be found") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    if not settings.FACTCHECK_FETCH_PRIVATE_ADDRESSES:
        for address in addresses:
            if not address.is_global or address.is_multicast:
                named = parts.hostname if parts.hostname == str(address) else f"{parts.hostname} ({address})"
                raise FetchError(
                    f"{named} is a private or local address; set FACTCHECK_FETCH_PRIVATE_ADDRESSES=1 to allow it"
                )
    return parts.scheme, parts.hostname, port, str(addresses[0])


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def fetch(url: str, max_bytes: int | None = None, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """The HTML page at ``url``, as UTF-8; raises FetchError with a one-line reason."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES if max_bytes is None else max_bytes
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, address = _address(url)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        connection_class = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        connection = connection_class(host, port, address, max(0.1, deadline - time.monotonic()))
        try:
            connection.request(
                "GET",
                target,
                headers={"User-Agent": USER_AGENT, "Accept": "text/html, application/xhtml+xml",
                         "Accept-Encoding": "identity"},
            )  # fmt: skip
            response = connection.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"the server answered {response.status} with no address to go to")
                url = urljoin(url, location.strip())
                continue
            return Fetched(url=url, data=_body(response, limit, deadline))
        except TimeoutError:
            raise FetchError(f"no answer within {timeout:g} seconds") from None
        except ssl.SSLError as exc:
            raise FetchError(f"secure connection failed ({exc.reason or exc})") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"cannot fetch: {exc.strerror or exc.__class__.__name__}") from None
        finally:
            connection.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _body(response: http.client.HTTPResponse, limit: int, deadline: float) -> bytes:
    if response.status >= 400:
        raise FetchError(f"the server answered {response.status} {response.reason}".rstrip())
    if response.status != 200:
        raise FetchError(f"the server answered {response.status}, not a page")
    kind = (response.getheader("Content-Type") or "").split(";", 1)[0].strip().lower()
    if kind not in _HTML_TYPES:
        raise FetchError(f"not a web page: the server sent {kind or 'no content type'}, expected HTML")
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large: {int(declared):,} bytes, the limit is {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(min(65536, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"too large: more than {limit:,} bytes, the limit is {limit:,} bytes")
    data = b"".join(chunks)
    # Pages are not always UTF-8: the charset the server or the page declares decides, as a browser would.
    charset = response.headers.get_content_charset()
    text = UnicodeDammit(data, [charset] if charset else [], is_html=True).unicode_markup
    if text is None:
        raise FetchError("the page's text encoding cannot be read")
    return text.encode("utf-8")
