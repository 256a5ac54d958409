"""A client for real registries: the OCI distribution API over HTTP.

A registry is a web service. ``docker pull`` and ``docker push`` are a few
HTTP requests under ``/v2/``:

=========================================== ==========================================
request                                     what it does
=========================================== ==========================================
``GET /v2/``                                is this a registry? (and which login)
``GET /v2/_catalog``                        list the repositories
``GET /v2/<name>/tags/list``                list a repository's tags
``GET /v2/<name>/manifests/<tag|digest>``   read a manifest (or an image index)
``GET|HEAD /v2/<name>/blobs/<digest>``      read a blob, or check that it is there
``POST /v2/<name>/blobs/uploads/``          start an upload (or mount from another repository)
``PUT <upload location>?digest=…``          finish an upload with the blob's bytes
``PUT /v2/<name>/manifests/<tag>``          store a manifest under a tag
=========================================== ==========================================

Logins follow Docker's two schemes: *basic* (user and password on every
request) and *token* (the registry sends you to a token service, which
gives a short-lived token for a scope such as ``repository:app:pull``).

**The insecure-registries rule.** Docker talks plain HTTP only to
registries on the loopback address (``127.0.0.0/8``, ``::1``,
``localhost``); any other registry must use HTTPS unless it is listed in
``insecure-registries`` in ``daemon.json``. This client keeps that rule:
``http://`` elsewhere needs ``insecure=True`` (which also skips TLS
certificate checks).

``httpx`` is imported only when a client is made, so ``import taxonomy``
stays light.

Examples
--------
>>> split_url("127.0.0.1:5000")
('http', '127.0.0.1:5000')
>>> split_url("https://registry.example.com")
('https', 'registry.example.com')
>>> split_url("http://registry.example.com:5000")
Traceback (most recent call last):
...
taxonomy.errors.InvalidArgument: refusing plain HTTP to registry.example.com:5000: Docker talks plain HTTP only to registries on the loopback address (127.0.0.0/8, ::1, localhost) or listed in "insecure-registries" in daemon.json; use https://, or pass insecure=True if you trust this network
"""

from __future__ import annotations

import functools
import ipaddress
import re
import time
from urllib.parse import urlsplit

from ..content import sha256_digest
from .. import jsonsafe, limits
from ..errors import CorruptContent, InvalidArgument, RegistryError, Unauthorized
from .errors import error_from_response
from .verify import INDEX_TYPES, MANIFEST_TYPES, MAX_JSON, verify_blob

__all__ = ["RegistryClient", "split_url", "is_loopback", "insecure_rule", "ACCEPT_MANIFESTS"]

#: What a client accepts when it reads a manifest (without it the registry may answer 404).
ACCEPT_MANIFESTS = ", ".join(MANIFEST_TYPES + INDEX_TYPES)

_CHALLENGE = re.compile(r'(\w+)="([^"]*)"')
_MAX_PAGES = limits.MAX_REGISTRY_PAGES
_MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (without port) is a loopback address or ``localhost``.

    Examples
    --------
    >>> is_loopback("127.0.0.7"), is_loopback("::1"), is_loopback("localhost"), is_loopback("10.0.0.1")
    (True, True, True, False)
    """
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def split_url(url: str, insecure: bool = False) -> tuple[str, str]:
    """Return ``(scheme, host[:port])`` of a registry URL, enforcing the insecure-registries rule.

    A URL without a scheme uses HTTP on the loopback address and HTTPS
    elsewhere.
    """
    if not isinstance(url, str) or not url.strip():
        raise InvalidArgument(f"invalid registry URL {url!r}: give one such as 'http://127.0.0.1:5000'")
    text = url.strip()
    if "://" not in text:
        host = urlsplit("//" + text).hostname or ""
        text = ("http://" if is_loopback(host) else "https://") + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/") or parts.query:
        raise InvalidArgument(f"invalid registry URL {url!r}: give scheme, host and port only, such as "
                              "'http://127.0.0.1:5000'")
    if "@" in parts.netloc:
        raise InvalidArgument(f"invalid registry URL {url!r}: give the user name and password as username= and "
                              "password=, not in the URL")
    host = parts.hostname or ""
    if parts.scheme == "http" and not insecure and not is_loopback(host):
        raise InvalidArgument(f"refusing plain HTTP to {parts.netloc}: Docker talks plain HTTP only to registries on "
                              "the loopback address (127.0.0.0/8, ::1, localhost) or listed in \"insecure-registries\" "
                              "in daemon.json; use https://, or pass insecure=True if you trust this network")
    return parts.scheme, parts.netloc


def insecure_rule(url: str, insecure: bool = False, lang: str | None = None) -> str:
    """Say whether Docker's insecure-registries rule lets the explorer talk to ``url``, and why.

    Nothing is sent; the answer is a sentence in the learner's language.

    Examples
    --------
    >>> print(insecure_rule("http://127.0.0.1:5000", lang="en"))
    allowed: 127.0.0.1 is a loopback address, so plain HTTP never leaves this machine
    >>> print(insecure_rule("http://192.168.1.10:5000", lang="en").split(":")[0])
    refused
    """
    from .. import i18n
    try:
        scheme, netloc = split_url(url, insecure)
    except InvalidArgument as err:
        return i18n.text("oci.rule_refused", lang=lang, reason=str(err))
    host = urlsplit(f"{scheme}://{netloc}").hostname or netloc
    if scheme == "https":
        return i18n.text("oci.rule_https", lang=lang, host=host)
    if is_loopback(host):
        return i18n.text("oci.rule_loopback", lang=lang, host=host)
    return i18n.text("oci.rule_insecure", lang=lang, host=host)


def _httpx():
    try:
        import httpx
    except ImportError as err:  # pragma: no cover - httpx is in requirements.txt
        raise RegistryError("talking to a real registry needs the httpx package: pip install httpx") from err
    return httpx


class _DeadlineStream:
    """A network stream whose every read and write waits no longer than the call's time left."""

    def __init__(self, inner, owner):
        self._inner, self._owner = inner, owner

    def read(self, max_bytes, timeout=None):
        return self._inner.read(max_bytes, self._owner._wait(timeout, "read"))

    def write(self, buffer, timeout=None):
        return self._inner.write(buffer, self._owner._wait(timeout, "write"))

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, self._owner._wait(timeout, "connect")),
                               self._owner)

    def close(self):
        self._inner.close()

    def get_extra_info(self, info):
        return self._inner.get_extra_info(info)


class _DeadlineBackend:
    """httpcore's network backend, with the client's overall deadline on every socket operation."""

    def __init__(self, inner, owner):
        self._inner, self._owner = inner, owner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_tcp(host, port, self._owner._wait(timeout, "connect"), local_address,
                                                       socket_options), self._owner)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_unix_socket(path, self._owner._wait(timeout, "connect"),
                                                               socket_options), self._owner)

    def sleep(self, seconds):
        self._inner.sleep(seconds)


def _call(budget=None):
    """Give a public method one overall deadline (nested calls share the outer one)."""
    def wrap(method):
        @functools.wraps(method)
        def run(self, *args, **kw):
            if self._until is not None:
                return method(self, *args, **kw)
            extra = budget(*args, **kw) if budget else 0.0
            self._until = time.monotonic() + self.deadline + extra
            try:
                return method(self, *args, **kw)
            finally:
                self._until = None
        return run
    return wrap


def _transfer_time(nbytes) -> float:
    return (nbytes or 0) / limits.REGISTRY_MIN_RATE


class RegistryClient:
    """A connection to one real registry.

    Parameters
    ----------
    url : str
        ``http://127.0.0.1:5000``, ``https://registry.example.com``.
    insecure : bool
        Allow plain HTTP to a non-loopback host, and skip TLS checks.
    username, password : str, optional
        For basic or token login.
    transport : httpx.BaseTransport, optional
        For tests (``httpx.MockTransport``).
    timeout : float
        Seconds to wait for each answer.
    deadline : float, optional
        Seconds one call may take in all (:data:`taxonomy.limits.REGISTRY_DEADLINE`
        by default), plus the time a blob's bytes need at
        :data:`~taxonomy.limits.REGISTRY_MIN_RATE`. Every socket read and
        write waits only for the time left, so a server that drips bytes
        cannot hold a call.

    Every failure raises a :class:`~taxonomy.TaxonomyError`: the registry's
    own error codes are mapped by :func:`taxonomy.oci.errors.error_from_response`,
    and a registry that cannot be reached or stops answering gives a
    :class:`~taxonomy.RegistryError` naming the request. Answers are read
    as streams and never beyond their bound (a manifest
    :data:`~taxonomy.limits.MAX_MANIFEST_BYTES`, a blob its descriptor's
    size, anything else :data:`~taxonomy.limits.MAX_UNKNOWN_BLOB_BYTES`).
    Redirects are followed to the registry itself, or to another host over
    HTTPS (a blob store), never to plain HTTP elsewhere, and credentials
    are never sent to another host.
    """

    def __init__(self, url: str, *, insecure: bool = False, username: str | None = None,
                 password: str | None = None, transport=None, timeout: float = 30.0,
                 deadline: float | None = None):
        self.scheme, self.domain = split_url(url, insecure)
        self.url = f"{self.scheme}://{self.domain}"
        self.insecure = bool(insecure)
        self.timeout = float(timeout)
        self.deadline = float(limits.REGISTRY_DEADLINE if deadline is None else deadline)
        self._until: float | None = None
        self._creds = (username, password or "") if username else None
        httpx = _httpx()
        self._http = httpx.Client(transport=transport, timeout=timeout, verify=not insecure, follow_redirects=False,
                                  headers={"User-Agent": "docker-taxonomy-explorer", "Accept-Encoding": "identity"})
        for mounted in [self._http._transport, *getattr(self._http, "_mounts", {}).values()]:
            pool = getattr(mounted, "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = _DeadlineBackend(pool._network_backend, self)
        self._tokens: dict[str, str] = {}
        self._basic = False

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()

    def __repr__(self):
        return f"RegistryClient({self.url!r})"

    # -- the deadline -------------------------------------------------------
    def _wait(self, timeout, what: str):
        """The time a socket operation may wait: its own timeout, cut to the call's time left."""
        if self._until is None:
            return timeout
        left = self._until - time.monotonic()
        if left <= 0:
            import httpcore
            error = {"read": httpcore.ReadTimeout, "write": httpcore.WriteTimeout}.get(what, httpcore.ConnectTimeout)
            raise error(f"the call's deadline of {self.deadline:g} s has passed")
        return left if timeout is None else min(timeout, left)

    def _late(self, doing: str) -> RegistryError:
        return RegistryError(f"the registry at {self.url} did not answer in time ({doing}; a call may take "
                             f"{self.deadline:g} s, limit REGISTRY_DEADLINE, plus the time its bytes need at "
                             f"{limits.REGISTRY_MIN_RATE} bytes/s); is it running and reachable? Nothing was changed "
                             "in the world")

    # -- requests ---------------------------------------------------------
    def _redirect(self, current, location: str, doing: str):
        """The URL a redirect leads to, if the rules allow it; raise otherwise."""
        httpx = _httpx()
        target = httpx.URL(current).join(location)
        home = httpx.URL(self.url)
        same = (target.scheme, target.host, target.port) == (home.scheme, home.host, home.port)
        if not same and target.scheme != "https":
            raise RegistryError(f"the registry at {self.url} redirected {doing} to {target.scheme}://{target.host}, "
                                "which is not the registry and not HTTPS; the explorer follows redirects only to the "
                                "registry itself or to HTTPS (never downgrading to plain HTTP). Nothing was changed")
        return target, same

    def _fetch(self, method, url, *, headers=None, auth=None, limit=None, too_long=None, **kw):
        """Send one request, following allowed redirects; read the answer whole, never beyond ``limit`` bytes."""
        httpx = _httpx()
        headers = dict(headers or {})
        limit = limits.MAX_UNKNOWN_BLOB_BYTES if limit is None else limit
        doing = f"{method} {url}"
        target = httpx.URL(url)
        for _ in range(_MAX_REDIRECTS + 1):
            request = self._http.build_request(method, target, headers=headers, **kw)
            answer = self._http.send(request, auth=auth, stream=True)
            try:
                location = answer.headers.get("Location")
                if answer.status_code in _REDIRECTS and location:
                    target, same = self._redirect(target, location, doing)
                    if not same:   # credentials stay with the registry
                        headers.pop("Authorization", None)
                        auth = None
                    if answer.status_code == 303 or (answer.status_code in (301, 302) and method == "POST"):
                        method = "GET"
                        kw.pop("content", None)
                    kw.pop("params", None)
                    continue
                chunks, got = [], 0
                if method != "HEAD":
                    for chunk in answer.iter_bytes():
                        got += len(chunk)
                        if got > limit:
                            raise too_long() if too_long else CorruptContent(
                                f"the registry at {self.url} answered {doing} with more than {limit} bytes, more "
                                "than such an answer can hold; is this a registry? Nothing was changed")
                        chunks.append(chunk)
                        if self._until is not None and time.monotonic() > self._until:
                            raise self._late(doing)
            finally:
                answer.close()
            return httpx.Response(answer.status_code, headers=answer.headers, content=b"".join(chunks),
                                  request=request, extensions={k: v for k, v in answer.extensions.items() if k == "reason_phrase"})
        raise RegistryError(f"the registry at {self.url} redirected {doing} more than {_MAX_REDIRECTS} times; is it "
                            "configured correctly? Nothing was changed in the world")

    def _send(self, method, url, scope, *, limit=None, too_long=None, **kw):
        httpx = _httpx()
        headers = dict(kw.pop("headers", None) or {})
        auth = None
        if self._basic and self._creds:
            auth = self._creds
        elif scope in self._tokens:
            headers["Authorization"] = f"Bearer {self._tokens[scope]}"
        doing = f"{method} {url}"
        try:
            return self._fetch(method, url, headers=headers, auth=auth, limit=limit, too_long=too_long, **kw)
        except httpx.TimeoutException as err:
            raise self._late(doing) from err
        except httpx.ConnectError as err:
            raise RegistryError(f"cannot connect to the registry at {self.url} ({doing}: {err}); is it running? "
                                "Nothing was changed in the world") from err
        except httpx.HTTPError as err:
            raise RegistryError(f"the registry at {self.url} stopped answering ({doing}: {type(err).__name__}: "
                                f"{err}); nothing was changed in the world - try again") from err

    @_call()
    def request(self, method: str, path: str, *, scope: str = "", ok=(200,), limit=None, too_long=None, **kw):
        """Send a request (logging in when challenged); return the answer, read whole, or raise its error.

        ``path`` is a path under the registry (``/v2/…``) or a full URL
        given by the registry (an upload location). ``limit`` bounds the
        answer's bytes (:data:`~taxonomy.limits.MAX_UNKNOWN_BLOB_BYTES` by default).
        """
        url = path if path.startswith(("http://", "https://")) else self.url + path
        answer = self._send(method, url, scope, limit=limit, too_long=too_long, **kw)
        if answer.status_code == 401 and self._login(answer, scope):
            answer = self._send(method, url, scope, limit=limit, too_long=too_long, **kw)
        if answer.status_code not in ok:
            body = answer.read() if method != "HEAD" else b""
            raise error_from_response(answer.status_code, body, doing=f"{method} {url}",
                                      reason=answer.reason_phrase)
        return answer

    def _login(self, answer, scope: str) -> bool:
        """Answer a 401 challenge; return True when a retry makes sense."""
        challenge = answer.headers.get("WWW-Authenticate", "")
        kind = challenge.split(" ", 1)[0].lower()
        if kind == "basic":
            if not self._creds or self._basic:
                return False
            self._basic = True
            return True
        if kind != "bearer" or scope in self._tokens:
            return False
        params = dict(_CHALLENGE.findall(challenge))
        realm = params.get("realm")
        if not realm:
            return False
        scheme, _ = split_url(urlsplit(realm)._replace(path="", query="").geturl(), self.insecure)
        query = {"service": params.get("service", "")}
        wanted = params.get("scope") or scope
        if wanted:
            query["scope"] = wanted
        auth = self._creds if self._creds else None
        try:
            tok = self._fetch("GET", realm, params=query, auth=auth)
        except _httpx().HTTPError as err:
            raise RegistryError(f"cannot reach the token service {realm} of {self.url} ({err}); nothing was changed") from err
        if tok.status_code != 200:
            raise error_from_response(tok.status_code, tok.read(), doing=f"GET {realm}")
        try:
            doc = jsonsafe.loads(tok.content, "the token service's answer")
            token = doc.get("token") or doc.get("access_token")
        except ValueError:
            token = None
        if not isinstance(token, str) or not token:
            raise Unauthorized(f"the token service {realm} of {self.url} gave no token; check the user name and "
                               "password")
        self._tokens[scope] = token
        return True

    # -- reading ------------------------------------------------------------
    @_call()
    def ping(self) -> None:
        """Check that this is a registry and that the login (if any) works.

        Without credentials a 401 is fine: many registries let anonymous
        users pull after a token challenge.
        """
        answer = self._send("GET", self.url + "/v2/", "")
        if answer.status_code == 401:
            if self._creds is None:
                return
            if self._login(answer, ""):
                answer = self._send("GET", self.url + "/v2/", "")
            if answer.status_code == 401:
                raise Unauthorized(f"unauthorized: incorrect username or password (GET {self.url}/v2/); check "
                                   "username= and password=")
        if answer.status_code != 200:
            raise error_from_response(answer.status_code, answer.read(), doing=f"GET {self.url}/v2/",
                                      reason=answer.reason_phrase)

    def _paged(self, path: str, key: str, scope: str) -> list[str]:
        out: list[str] = []
        for _ in range(_MAX_PAGES):
            answer = self.request("GET", path, scope=scope)
            try:
                items = jsonsafe.loads(answer.content, f"the answer to GET {path}").get(key) or []
            except (ValueError, AttributeError) as err:
                raise RegistryError(f"the registry at {self.url} answered GET {path} with something that is not "
                                    "JSON; is this a registry?") from err
            out.extend(str(i) for i in items)
            link = answer.headers.get("Link", "")
            m = re.match(r'\s*<([^>]+)>\s*;\s*rel="?next"?', link)
            if not m:
                break
            path = m.group(1)
        return out

    @_call()
    def catalog(self) -> list[str]:
        """The registry's repositories (``GET /v2/_catalog``, all pages), sorted."""
        return sorted(set(self._paged("/v2/_catalog?n=1000", "repositories", "registry:catalog:*")))

    @_call()
    def tags(self, repository: str) -> list[str]:
        """A repository's tags, sorted."""
        return sorted(set(self._paged(f"/v2/{repository}/tags/list", "tags", f"repository:{repository}:pull")))

    @_call()
    def get_manifest(self, repository: str, reference: str) -> tuple[bytes, str, str]:
        """Read a manifest or image index by tag or digest; return ``(bytes, media type, digest)``.

        The bytes are checked against the digest asked for, or against the
        ``Docker-Content-Digest`` the registry sends.
        """
        def too_long():
            return CorruptContent(f"the manifest {repository}:{reference} from {self.url} is more than {MAX_JSON} "
                                  "bytes, too large for a manifest (limit MAX_MANIFEST_BYTES); is this a registry?")
        answer = self.request("GET", f"/v2/{repository}/manifests/{reference}", scope=f"repository:{repository}:pull",
                              headers={"Accept": ACCEPT_MANIFESTS}, limit=MAX_JSON, too_long=too_long)
        data = answer.read()
        digest = reference if reference.startswith("sha256:") else answer.headers.get("Docker-Content-Digest") or sha256_digest(data)
        verify_blob(data, digest, None, "manifest", f"{self.url}/{repository}")
        mtype = answer.headers.get("Content-Type", "").split(";")[0].strip()
        return data, mtype, digest

    @_call()
    def blob_exists(self, repository: str, digest: str) -> bool:
        """Whether the repository has the blob (``HEAD``)."""
        answer = self.request("HEAD", f"/v2/{repository}/blobs/{digest}", scope=f"repository:{repository}:pull",
                              ok=(200, 404))
        return answer.status_code == 200

    @_call(lambda repository, digest, size, what="blob": _transfer_time(size or limits.MAX_UNKNOWN_BLOB_BYTES))
    def get_blob(self, repository: str, digest: str, size: int | None, what: str = "blob") -> bytes:
        """Read a blob as a stream, never beyond its descriptor's size, and verify its size and digest."""
        where = f"{self.url}/{repository}"
        url = f"{self.url}/v2/{repository}/blobs/{digest}"
        limit = size if size is not None else limits.MAX_UNKNOWN_BLOB_BYTES

        def too_long():
            if size is not None:
                return CorruptContent(f"{what} {digest} from {where} is longer than the {size} bytes its descriptor "
                                      "gives; the registry's copy is damaged")
            return CorruptContent(f"{what} {digest} from {where} is more than {limit} bytes and no descriptor gives "
                                  "its size (limit MAX_UNKNOWN_BLOB_BYTES); the registry's answer is not a blob")
        httpx = _httpx()
        try:
            answer = self.request("GET", url, scope=f"repository:{repository}:pull", limit=limit, too_long=too_long)
        except RegistryError as err:
            cause = err.__cause__
            if isinstance(cause, httpx.HTTPError) and not isinstance(cause, httpx.TimeoutException):
                raise RegistryError(f"the registry at {self.url} stopped answering while sending {what} {digest} "
                                    f"({type(cause).__name__}: {cause}); nothing was changed in the world - try "
                                    "again") from cause
            raise
        return verify_blob(answer.read(), digest, size, what, where)

    # -- writing ------------------------------------------------------------
    @_call()
    def mount_blob(self, repository: str, digest: str, source: str) -> bool:
        """Ask the registry to link a blob from another repository; True if it did."""
        scope = f"repository:{repository}:pull,push"
        answer = self.request("POST", f"/v2/{repository}/blobs/uploads/", scope=scope, ok=(201, 202),
                              params={"mount": digest, "from": source})
        if answer.status_code == 202:  # not mounted: an upload was started instead; let it expire
            return False
        return True

    @_call(lambda repository, digest, data: _transfer_time(len(data)))
    def put_blob(self, repository: str, digest: str, data: bytes) -> None:
        """Upload a blob (start an upload, then send it whole)."""
        scope = f"repository:{repository}:pull,push"
        answer = self.request("POST", f"/v2/{repository}/blobs/uploads/", scope=scope, ok=(202,))
        location = answer.headers.get("Location")
        if not location:
            raise RegistryError(f"the registry at {self.url} started an upload without a Location; is this a registry?")
        httpx = _httpx()
        target = httpx.URL(self.url + "/").join(location)
        target = target.copy_merge_params({"digest": digest})
        self.request("PUT", str(target), scope=scope, ok=(201, 204), content=data,
                     headers={"Content-Type": "application/octet-stream"})

    @_call(lambda repository, reference, data, media_type: _transfer_time(len(data)))
    def put_manifest(self, repository: str, reference: str, data: bytes, media_type: str) -> str:
        """Store a manifest under a tag (or digest); return the digest the registry gives."""
        scope = f"repository:{repository}:pull,push"
        answer = self.request("PUT", f"/v2/{repository}/manifests/{reference}", scope=scope, ok=(201, 200),
                              content=data, headers={"Content-Type": media_type})
        return answer.headers.get("Docker-Content-Digest", "")

