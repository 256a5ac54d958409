"""The registry client against a hostile server on 127.0.0.1: drips, endless streams, redirects.

A small threaded ``http.server`` plays the registry. Each answer is chosen by
the test; the client must end every call with a result or a TaxonomyError,
within its deadline and its size bounds, and the world must stay unchanged.
"""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import taxonomy as tx
from taxonomy import limits
from taxonomy.content import sha256_digest
from taxonomy.oci.client import RegistryClient

MANIFEST = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                  "digest": sha256_digest(b"{}"), "size": 2}, "layers": []}).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))
        self.server.behaviour(self)

    do_HEAD = do_GET


class _Server:
    """A registry whose every answer is ``behaviour(handler)``."""

    def __init__(self):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.seen = []
        self.httpd.behaviour = lambda h: _send(h, 200, b"{}")
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def seen(self):
        return self.httpd.seen

    def answer(self, behaviour):
        self.httpd.behaviour = behaviour

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def _send(h, status, body=b"", headers=()):
    h.send_response(status)
    for k, v in headers:
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    if h.command != "HEAD":
        h.wfile.write(body)


def _drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(10_000):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.5)
    except OSError:
        pass


def _drip_headers(h):
    try:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(10_000):
            h.wfile.write(b"X: y\r\n")
            h.wfile.flush()
            time.sleep(0.5)
    except OSError:
        pass


def _endless(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
    h.end_headers()   # no length: the body ends when the connection does
    h.close_connection = True
    chunk = b" " * 65536
    try:
        for _ in range(1_000_000):
            h.wfile.write(chunk)
    except OSError:
        pass


@pytest.fixture
def server():
    s = _Server()
    yield s
    s.close()


def _timed(fn):
    t = time.monotonic()
    try:
        return fn(), time.monotonic() - t
    except tx.TaxonomyError as err:
        return err, time.monotonic() - t


def test_a_dripping_body_is_cut_at_the_deadline(server):
    server.answer(_drip)
    client = RegistryClient(server.url, deadline=1.5)
    err, took = _timed(lambda: client.get_manifest("app", "1"))
    assert isinstance(err, tx.RegistryError) and "did not answer in time" in str(err)
    assert took < 5


def test_dripping_headers_are_cut_at_the_deadline(server):
    server.answer(_drip_headers)
    client = RegistryClient(server.url, deadline=1.5)
    err, took = _timed(client.ping)
    assert isinstance(err, tx.RegistryError) and "REGISTRY_DEADLINE" in str(err)
    assert took < 5


def test_an_endless_manifest_stops_at_its_bound(server):
    server.answer(_endless)
    client = RegistryClient(server.url, deadline=20)
    err, _ = _timed(lambda: client.get_manifest("app", "1"))
    assert isinstance(err, tx.CorruptContent) and "MAX_MANIFEST_BYTES" in str(err)


def test_an_endless_blob_stops_at_its_descriptor_size_or_the_unknown_size_bound(server):
    server.answer(_endless)
    client = RegistryClient(server.url, deadline=20)
    digest = sha256_digest(b"x")
    err, _ = _timed(lambda: client.get_blob("app", digest, 1000, "layer"))
    assert isinstance(err, tx.CorruptContent) and "longer than the 1000 bytes" in str(err)
    err, _ = _timed(lambda: client.get_blob("app", digest, None, "layer"))
    assert isinstance(err, tx.CorruptContent) and "MAX_UNKNOWN_BLOB_BYTES" in str(err)


def test_a_redirect_to_another_host_over_plain_http_is_refused(server):
    other = _Server()
    try:
        other.answer(lambda h: _send(h, 200, MANIFEST, [("Content-Type", "application/vnd.oci.image.manifest.v1+json")]))
        target = f"http://localhost:{other.port}/elsewhere"
        server.answer(lambda h: _send(h, 307, b"", [("Location", target)]))
        client = RegistryClient(server.url, username="ann", password="secret")
        err, _ = _timed(lambda: client.get_manifest("app", "1"))
        assert isinstance(err, tx.RegistryError) and "never downgrading to plain HTTP" in str(err)
        assert other.seen == []
    finally:
        other.close()


def test_a_redirect_on_the_same_host_is_followed(server):
    def answer(h):
        if h.path.startswith("/v2/app/manifests/1"):
            _send(h, 302, b"", [("Location", "/store/m")])
        else:
            _send(h, 200, MANIFEST, [("Content-Type", "application/vnd.oci.image.manifest.v1+json")])
    server.answer(answer)
    data, mtype, digest = RegistryClient(server.url).get_manifest("app", "1")
    assert data == MANIFEST and digest == sha256_digest(MANIFEST)
    assert [p for _, p, _ in server.seen] == ["/v2/app/manifests/1", "/store/m"]


def test_credentials_are_not_sent_after_a_redirect_to_another_host():
    client = RegistryClient("http://127.0.0.1:1", username="ann", password="secret")
    target, same = client._redirect("http://127.0.0.1:1/v2/x", "https://blobs.example.com/x", "GET /v2/x")
    assert str(target) == "https://blobs.example.com/x" and same is False
    import httpx
    seen = []

    def handler(request):
        seen.append((request.url.host, request.headers.get("Authorization")))
        if request.url.host == "127.0.0.1":
            return httpx.Response(307, headers={"Location": "https://blobs.example.com/b"})
        return httpx.Response(200, content=b"x")

    client = RegistryClient("http://127.0.0.1:1", username="ann", password="secret",
                            transport=httpx.MockTransport(handler))
    client._basic = True
    assert client.get_blob("app", sha256_digest(b"x"), 1, "layer") == b"x"
    assert seen[0][1] is not None and seen[0][1].startswith("Basic ")
    assert seen[1] == ("blobs.example.com", None)


def test_too_many_redirects_end(server):
    server.answer(lambda h: _send(h, 302, b"", [("Location", h.path + "x")]))
    err, _ = _timed(RegistryClient(server.url).ping)
    assert isinstance(err, tx.RegistryError) and "redirected" in str(err)


def test_connect_registry_to_a_dripping_server_leaves_the_world_unchanged(server):
    server.answer(_drip_headers)
    w = tx.World()
    before = w.to_bytes()
    t = time.monotonic()
    with pytest.raises(tx.RegistryError):
        w.connect_registry(server.url)
    assert time.monotonic() - t <= limits.REGISTRY_DEADLINE + 1.5
    assert w.to_bytes() == before


_STATUS = st.sampled_from([200, 201, 202, 204, 301, 302, 307, 400, 401, 403, 404, 429, 500, 503])
_HEADERS = st.lists(st.tuples(st.sampled_from(["Location", "WWW-Authenticate", "Content-Type", "Link",
                                               "Docker-Content-Digest"]),
                              st.text("abcdefghijklmnopqrstuvwxyz:/.=\",<> ;0123456789", max_size=40)), max_size=3)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=_STATUS, headers=_HEADERS, body=st.binary(max_size=300))
def test_any_answer_gives_a_result_or_a_taxonomy_error(server, status, headers, body):
    server.answer(lambda h: _send(h, status, body, headers))
    client = RegistryClient(server.url, deadline=3)
    for call in (client.ping, client.catalog, lambda: client.tags("app"), lambda: client.get_manifest("app", "1"),
                 lambda: client.get_blob("app", sha256_digest(body), len(body), "layer"),
                 lambda: client.blob_exists("app", sha256_digest(b""))):
        try:
            call()
        except tx.TaxonomyError:
            pass
    client.close()
