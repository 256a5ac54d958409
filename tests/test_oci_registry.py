"""Real registries: push to and pull from the distribution registry, and every failure mode.

The acceptance tests run the real registry (``docker-registry serve``) and
skopeo. Faults a real registry will not produce on demand (a 500, a
connection cut mid-upload, a token service) come from a small in-memory
registry behind ``httpx.MockTransport``: no traffic leaves the process.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.request

import httpx
import pytest
from oci_tools import AUTH_PASSWORD, AUTH_USER, auth_registry, need, registry, run, skopeo_json  # noqa: F401

import taxonomy as tx
from taxonomy import ids
from taxonomy.content import MEDIA_TYPES, sha256_digest
from taxonomy.oci.local import free_port

FAKE = "http://127.0.0.1:5999"
FAKE_DOMAIN = "127.0.0.1:5999"


def _world():
    w = tx.World()
    w.build("FROM alpine:3.20\nCOPY app.py /app/\n", tag="app:1", context={"app.py": "print('pushed')\n"})
    return w


def _image(w, ref, host=None):
    return w.graph.nodes[ids.image_id(w.image_of_ref(ref, host))]


def _unchanged(w, fn, error, match):
    before, blobs = w.to_bytes(), dict(w.blobs)
    with pytest.raises(error, match=match):
        fn()
    assert w.to_bytes() == before
    assert w.blobs == blobs


# -- an in-memory registry for faults --------------------------------------------
def _err(status, code, message, headers=None):
    return httpx.Response(status, json={"errors": [{"code": code, "message": message}]}, headers=headers)


class FakeRegistry:
    """Enough of the distribution API for the client, with hooks to break it."""

    def __init__(self, auth=None):
        self.blobs, self.manifests, self.uploads, self.links = {}, {}, {}, set()
        self.auth, self.fault, self.requests, self.page = auth, None, [], None

    def transport(self):
        return httpx.MockTransport(self.handle)

    def _authorized(self, request):
        header = request.headers.get("Authorization", "")
        if self.auth == "basic":
            return header == "Basic " + base64.b64encode(f"{AUTH_USER}:{AUTH_PASSWORD}".encode()).decode()
        if self.auth == "bearer":
            return header == "Bearer good-token"
        return True

    def handle(self, request):
        self.requests.append(f"{request.method} {request.url.path}")
        path = request.url.path
        if path == "/token":
            header = request.headers.get("Authorization")
            if header == "Basic " + base64.b64encode(f"{AUTH_USER}:{AUTH_PASSWORD}".encode()).decode():
                return httpx.Response(200, json={"token": "good-token"})
            if header is None:  # anonymous users get a token that lets them do nothing here
                return httpx.Response(200, json={"access_token": "anonymous-token"})
            return _err(401, "UNAUTHORIZED", "incorrect username or password")
        if self.fault is not None:
            answer = self.fault(request)
            if answer is not None:
                return answer
        if not self._authorized(request):
            challenge = ('Basic realm="fake"' if self.auth == "basic" else
                         f'Bearer realm="{FAKE}/token",service="fake",scope="repository:x:pull"')
            return _err(401, "UNAUTHORIZED", "authentication required", {"WWW-Authenticate": challenge})
        if path == "/v2/":
            return httpx.Response(200, json={})
        if path == "/v2/_catalog":
            repos = sorted({r for r, _ in self.manifests})
            if self.page is not None and "last" not in request.url.params:
                return httpx.Response(200, json={"repositories": repos[:1]},
                                      headers={"Link": f'</v2/_catalog?last={repos[0]}&n=1>; rel="next"'})
            if "last" in request.url.params:
                repos = [r for r in repos if r > request.url.params["last"]]
            return httpx.Response(200, json={"repositories": repos})
        m = re.match(r"^/v2/(.+?)/(manifests|blobs|tags)/(.*)$", path)
        if not m:
            return httpx.Response(404)
        repo, kind, rest = m.groups()
        if kind == "tags":
            tags = sorted(t for r, t in self.manifests if r == repo and not t.startswith("sha256:"))
            return httpx.Response(200, json={"name": repo, "tags": tags}) if tags else _err(404, "NAME_UNKNOWN", "repository name not known to registry")
        if kind == "manifests":
            if request.method == "PUT":
                data = request.read()
                digest = sha256_digest(data)
                self.manifests[(repo, rest)] = self.manifests[(repo, digest)] = (data, request.headers["Content-Type"])
                return httpx.Response(201, headers={"Docker-Content-Digest": digest})
            if (repo, rest) not in self.manifests:
                return _err(404, "MANIFEST_UNKNOWN", "manifest unknown")
            data, mtype = self.manifests[(repo, rest)]
            return httpx.Response(200, content=data, headers={"Content-Type": mtype, "Docker-Content-Digest": sha256_digest(data)})
        if rest.startswith("uploads/"):
            if request.method == "POST":
                mount = request.url.params.get("mount")
                if mount and (request.url.params.get("from"), mount) in self.links:
                    self.links.add((repo, mount))
                    return httpx.Response(201)
                uid = f"u{len(self.uploads)}"
                self.uploads[uid] = repo
                return httpx.Response(202, headers={"Location": f"/v2/{repo}/blobs/uploads/{uid}?_state=abc"})
            data = request.read()
            digest = request.url.params["digest"]
            if sha256_digest(data) != digest:
                return _err(400, "DIGEST_INVALID", "provided digest did not match uploaded content")
            self.blobs[digest] = data
            self.links.add((repo, digest))
            return httpx.Response(201)
        if (repo, rest) not in self.links:
            return _err(404, "BLOB_UNKNOWN", "blob unknown to registry")
        return httpx.Response(200, content=b"" if request.method == "HEAD" else self.blobs[rest])


@pytest.fixture
def fake():
    return FakeRegistry()


def _connected(fake, **kw):
    w = _world()
    w.tag("app:1", f"{FAKE_DOMAIN}/team/app:1")
    remote = w.connect_registry(FAKE, transport=fake.transport(), **kw)
    return w, remote


# -- round trips through the fake ------------------------------------------------
def test_push_then_pull_keep_every_digest(fake):
    w, remote = _connected(fake)
    r = w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    img = _image(w, "app:1")
    assert r.digest == img["manifest_digest"] and [l.status for l in r.layers] == ["Pushed", "Pushed"]
    assert remote.catalog() == ["team/app"] and remote.tags("team/app") == ["1"]
    assert remote.manifest("team/app:1")["digest"] == img["manifest_digest"]
    assert w.tags(f"{FAKE_DOMAIN}/team/app") == ["1"]
    assert [l.status for l in w.remote_push(f"{FAKE_DOMAIN}/team/app:1").layers] == ["Layer already exists"] * 2
    w.tag("app:1", f"{FAKE_DOMAIN}/other:2")
    assert [l.status for l in w.remote_push(f"{FAKE_DOMAIN}/other:2").layers] == ["Mounted from team/app"] * 2
    other = tx.World.empty()
    other.add_host("laptop")
    other.connect_registry(FAKE, transport=fake.transport())
    p = other.remote_pull(f"{FAKE_DOMAIN}/team/app:1")
    assert (p.image, p.digest) == (img["digest"], img["manifest_digest"])
    assert [l.status for l in p.layers] == ["Pull complete"] * 2
    assert other.docker(f"docker run {FAKE_DOMAIN}/team/app:1 cat /app/app.py").output == "print('pushed')\n"
    again = other.remote_pull(f"{FAKE_DOMAIN}/team/app:1")
    assert again.up_to_date and [l.status for l in again.layers] == ["Already exists"] * 2


def test_the_catalog_follows_pages_and_sync_reads_it_into_the_graph(fake):
    w, remote = _connected(fake)
    w.tag("app:1", f"{FAKE_DOMAIN}/zeta:1")
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    w.remote_push(f"{FAKE_DOMAIN}/zeta:1")
    fake.page = 1
    assert remote.catalog() == ["team/app", "zeta"]
    fresh = tx.World()
    fresh.connect_registry(FAKE, transport=fake.transport())
    assert fresh.sync_registry(FAKE_DOMAIN) == [f"{FAKE_DOMAIN}/team/app:1", f"{FAKE_DOMAIN}/zeta:1"]
    assert fresh.repositories(FAKE_DOMAIN) == [f"{FAKE_DOMAIN}/team/app", f"{FAKE_DOMAIN}/zeta"]
    assert fresh.tags(f"{FAKE_DOMAIN}/zeta") == ["1"]


def test_pull_of_an_image_index_takes_the_hosts_platform(fake):
    w, remote = _connected(fake)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    manifest, mtype = fake.manifests[("team/app", "1")]
    index = json.dumps({"schemaVersion": 2, "mediaType": MEDIA_TYPES["index"], "manifests": [
        {"mediaType": mtype, "digest": sha256_digest(manifest), "size": len(manifest),
         "platform": {"os": "linux", "architecture": "amd64"}},
        {"mediaType": mtype, "digest": "sha256:" + "1" * 64, "size": 10, "platform": {"os": "linux", "architecture": "arm64"}},
    ]}).encode()
    fake.manifests[("team/app", "multi")] = (index, MEDIA_TYPES["index"])
    fresh = tx.World()
    fresh.connect_registry(FAKE, transport=fake.transport())
    p = fresh.remote_pull(f"{FAKE_DOMAIN}/team/app:multi")
    assert p.digest == sha256_digest(index) and p.image == _image(w, "app:1")["digest"]
    pi = tx.World.empty()
    pi.add_host("pi", platform="linux/riscv64")
    pi.connect_registry(FAKE, transport=fake.transport())
    _unchanged(pi, lambda: pi.remote_pull(f"{FAKE_DOMAIN}/team/app:multi"), tx.PlatformMismatch, "linux/amd64, linux/arm64")


# -- registry error codes --------------------------------------------------------
@pytest.mark.parametrize("status, code, message, error, shown", [
    (401, "UNAUTHORIZED", "authentication required", tx.Unauthorized, "unauthorized: authentication required"),
    (404, "NAME_UNKNOWN", "repository name not known to registry", tx.NotFound,
     "name unknown: repository name not known to registry"),
    (404, "MANIFEST_UNKNOWN", "manifest unknown", tx.NotFound, "manifest unknown: manifest unknown"),
    (403, "DENIED", "requested access to the resource is denied", tx.Denied,
     "denied: requested access to the resource is denied"),
    (429, "TOOMANYREQUESTS", "You have reached your pull rate limit.", tx.RegistryError,
     "toomanyrequests: You have reached your pull rate limit."),
])
def test_registry_error_codes_become_our_errors_with_their_message(fake, status, code, message, error, shown):
    w, _ = _connected(fake)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    fake.fault = lambda request: _err(status, code, message) if "/manifests/" in request.url.path else None
    _unchanged(w, lambda: w.remote_pull(f"{FAKE_DOMAIN}/team/app:1"), error, re.escape(shown))
    _unchanged(w, lambda: w.remote_push(f"{FAKE_DOMAIN}/team/app:1"), error, re.escape(shown))


def test_a_server_error_without_a_body_is_a_registry_error(fake):
    w, _ = _connected(fake)
    fake.fault = lambda request: httpx.Response(500) if request.method == "POST" else None
    _unchanged(w, lambda: w.remote_push(f"{FAKE_DOMAIN}/team/app:1"), tx.RegistryError,
               "received unexpected HTTP status: 500 Internal Server Error")
    assert f"{FAKE_DOMAIN}/team/app" not in w.repositories(FAKE_DOMAIN)


def test_a_connection_cut_mid_upload_leaves_the_world_unchanged(fake):
    w, _ = _connected(fake)

    def cut(request):
        if request.method == "PUT" and "/uploads/" in request.url.path and len(fake.blobs) == 1:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    fake.fault = cut
    _unchanged(w, lambda: w.remote_push(f"{FAKE_DOMAIN}/team/app:1"), tx.RegistryError,
               "stopped answering .*PUT .*RemoteProtocolError.*nothing was changed")
    assert len(fake.blobs) == 1 and not fake.manifests  # the registry got one layer, the world nothing


def test_a_connection_cut_mid_download_and_a_tampered_blob_change_nothing(fake):
    w, _ = _connected(fake)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    fresh = tx.World.empty()
    fresh.add_host("laptop")
    fresh.connect_registry(FAKE, transport=fake.transport())
    layer = _image(w, "app:1")["layers"][-1]

    def cut(request):
        if request.url.path.endswith(layer):
            raise httpx.ReadError("connection reset by peer", request=request)
    fake.fault = cut
    _unchanged(fresh, lambda: fresh.remote_pull(f"{FAKE_DOMAIN}/team/app:1"), tx.RegistryError,
               f"stopped answering while sending layer {layer}")
    fake.fault = None
    good = fake.blobs[layer]
    fake.blobs[layer] = good[:-1] + bytes([good[-1] ^ 1])
    _unchanged(fresh, lambda: fresh.remote_pull(f"{FAKE_DOMAIN}/team/app:1"), tx.CorruptContent,
               f"layer {layer} in {FAKE}/team/app is corrupt")
    fake.blobs[layer] = good + b"extra"
    _unchanged(fresh, lambda: fresh.remote_pull(f"{FAKE_DOMAIN}/team/app:1"), tx.CorruptContent, "longer than")


def test_a_manifest_that_does_not_match_its_digest_is_refused(fake):
    w, _ = _connected(fake)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    data, mtype = fake.manifests[("team/app", "1")]
    fake.manifests[("team/app", "1")] = (data.replace(b'"schemaVersion":2', b'"schemaVersion": 2'), mtype)
    fake.fault = None
    orig = fake.handle

    def lying(request):
        answer = orig(request)
        if request.url.path.endswith("/manifests/1"):
            answer.headers["Docker-Content-Digest"] = sha256_digest(data)
        return answer
    fresh = tx.World()
    fresh.connect_registry(FAKE, transport=httpx.MockTransport(lying))
    _unchanged(fresh, lambda: fresh.remote_pull(f"{FAKE_DOMAIN}/team/app:1"), tx.CorruptContent,
               f"manifest {sha256_digest(data)} .* is corrupt")


# -- logins ----------------------------------------------------------------------
def test_token_login_asks_the_token_service_and_retries(fake):
    fake.auth = "bearer"
    w, remote = _connected(fake, username=AUTH_USER, password=AUTH_PASSWORD)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    assert "GET /token" in fake.requests and remote.tags("team/app") == ["1"]
    with pytest.raises(tx.Unauthorized, match="incorrect username or password"):
        _world().connect_registry(FAKE, transport=fake.transport(), username=AUTH_USER, password="wrong")
    anonymous, _ = _connected(fake)  # a 401 on /v2/ is fine without credentials...
    _unchanged(anonymous, lambda: anonymous.remote_push(f"{FAKE_DOMAIN}/team/app:1"), tx.Unauthorized,
               "authentication required")  # ...but the push is refused


def test_basic_login_sends_the_credentials(fake):
    fake.auth = "basic"
    w, _ = _connected(fake, username=AUTH_USER, password=AUTH_PASSWORD)
    assert w.remote_push(f"{FAKE_DOMAIN}/team/app:1").digest == _image(w, "app:1")["manifest_digest"]
    with pytest.raises(tx.Unauthorized, match="incorrect username or password"):
        _world().connect_registry(FAKE, transport=fake.transport(), username=AUTH_USER, password="wrong")


# -- the insecure-registries rule and connection errors ----------------------------
def _no_traffic(request):
    raise AssertionError(f"no request may be sent: {request.url}")


@pytest.mark.parametrize("url", ["http://192.168.1.10:5000", "http://registry.example.com", "http://[fd00::1]:5000"])
def test_plain_http_is_refused_off_the_loopback_address(url):
    w = tx.World()
    _unchanged(w, lambda: w.connect_registry(url, transport=httpx.MockTransport(_no_traffic)), tx.InvalidArgument,
               "refusing plain HTTP .*insecure-registries.*insecure=True")


def test_insecure_opts_in_and_https_and_loopback_need_no_opt_in(fake):
    w = _world()
    remote = w.connect_registry("http://192.168.1.10:5000", insecure=True, transport=fake.transport())
    assert remote.url == "http://192.168.1.10:5000" and w.graph.nodes["registry:192.168.1.10:5000"]["remote"]
    assert w.connect_registry("https://registry.example.com", transport=fake.transport()).url == "https://registry.example.com"
    assert w.connect_registry("localhost:5999", transport=fake.transport()).url == "http://localhost:5999"
    assert w.connect_registry("registry.example.org", transport=fake.transport()).url == "https://registry.example.org"


@pytest.mark.parametrize("url, match", [("", "invalid registry URL"), ("ftp://127.0.0.1", "invalid registry URL"),
                                        ("http://127.0.0.1:5000/v2/", "scheme, host and port only"),
                                        ("http://me:pw@127.0.0.1:5000", "not in the URL")])
def test_malformed_urls_are_refused(url, match):
    w = tx.World()
    _unchanged(w, lambda: w.connect_registry(url), tx.InvalidArgument, match)


def test_a_registry_that_is_not_running_and_one_not_connected(fake):
    w = _world()
    port = free_port()
    _unchanged(w, lambda: w.connect_registry(f"http://127.0.0.1:{port}"), tx.RegistryError,
               f"cannot connect to the registry at http://127.0.0.1:{port}.*is it running")
    w.tag("app:1", "127.0.0.1:5998/app:1")
    _unchanged(w, lambda: w.remote_push("127.0.0.1:5998/app:1"), tx.NotFound, "not connected .*connect_registry")
    _unchanged(w, lambda: w.remote_pull("127.0.0.1:5998/app:1"), tx.NotFound, "not connected")
    _unchanged(w, lambda: w.remote_push("127.0.0.1:5998/nosuch:1"), tx.NotFound,
               "An image does not exist locally with the tag: 127.0.0.1:5998/nosuch:1")
    w2, remote = _connected(fake)
    w2.disconnect_registry(FAKE_DOMAIN)
    _unchanged(w2, lambda: remote.catalog(), tx.NotFound, "not connected")
    with pytest.raises(tx.NotFound):
        w2.disconnect_registry(FAKE_DOMAIN)


def test_credentials_never_enter_the_saved_world(fake):
    fake.auth = "basic"
    w, _ = _connected(fake, username=AUTH_USER, password=AUTH_PASSWORD)
    w.remote_push(f"{FAKE_DOMAIN}/team/app:1")
    assert AUTH_PASSWORD.encode() not in w.to_bytes()


# -- the real registry (acceptance) ---------------------------------------------
def test_a_pushed_model_image_is_in_the_real_catalog_and_skopeo_sees_its_digest(registry):
    need("skopeo")
    w = _world()
    remote = w.connect_registry(registry.url)
    name = f"{registry.address}/workshop/app:1"
    w.tag("app:1", name)
    r = w.remote_push(name)
    assert [l.status for l in r.layers] == ["Pushed", "Pushed"]
    with urllib.request.urlopen(f"{registry.url}/v2/_catalog") as answer:
        assert "workshop/app" in json.loads(answer.read())["repositories"]
    info = skopeo_json("inspect", "--tls-verify=false", f"docker://{name}")
    assert info["Digest"] == _image(w, "app:1")["manifest_digest"] == r.digest
    assert info["Layers"] == list(_image(w, "app:1")["layers"])
    assert [l.status for l in w.remote_push(name).layers] == ["Layer already exists"] * 2
    w.tag("app:1", f"{registry.address}/workshop/copy:1")
    assert [l.status for l in w.remote_push(f"{registry.address}/workshop/copy:1").layers] == ["Mounted from workshop/app"] * 2
    assert remote.tags("workshop/app") == ["1"]


def test_an_image_pushed_by_skopeo_is_pulled_into_the_model(registry, tmp_path):
    need("skopeo", "umoci")
    layout, src = tmp_path / "lay", tmp_path / "src"
    src.mkdir()
    (src / "motd").write_text("pushed by skopeo\n")
    run("umoci", "init", "--layout", layout)
    run("umoci", "new", "--image", f"{layout}:1")
    run("umoci", "insert", "--rootless", "--image", f"{layout}:1", src / "motd", "/etc/motd")
    name = f"{registry.address}/tools/motd:1"
    run("skopeo", "copy", "--dest-tls-verify=false", f"oci:{layout}:1", f"docker://{name}")
    info = skopeo_json("inspect", "--tls-verify=false", f"docker://{name}")
    w = tx.World()
    w.connect_registry(registry.url)
    p = w.remote_pull(name)
    assert p.digest == info["Digest"]
    img = _image(w, name)
    assert list(img["layers"]) == info["Layers"]
    assert w.docker(f"docker run {name} cat /etc/motd").output == "pushed by skopeo\n"
    assert w.where_is(name) == {"hosts": ["laptop"], "repositories": [f"{registry.address}/tools/motd"]}
    assert f"{registry.address}/tools/motd:1" in w.sync_registry(registry.address)


def test_the_real_registry_answers_404_and_the_world_is_unchanged(registry):
    w = tx.World()
    w.connect_registry(registry.url)
    _unchanged(w, lambda: w.remote_pull(f"{registry.address}/nosuch/image:1"), tx.NotFound, "manifest unknown")
    _unchanged(w, lambda: w.connect_registry(registry.url).tags("nosuch/image"), tx.NotFound, "name unknown")


def test_the_real_registry_with_a_login(auth_registry):
    need("skopeo")
    w = _world()
    name = f"{auth_registry.address}/private/app:1"
    w.tag("app:1", name)
    w.connect_registry(auth_registry.url)
    _unchanged(w, lambda: w.remote_push(name), tx.Unauthorized, "unauthorized: authentication required")
    _unchanged(w, lambda: w.connect_registry(auth_registry.url, username=AUTH_USER, password="wrong"), tx.Unauthorized,
               "incorrect username or password")
    w.connect_registry(auth_registry.url, username=AUTH_USER, password=AUTH_PASSWORD)
    assert w.remote_push(name).digest == _image(w, "app:1")["manifest_digest"]
    info = skopeo_json("inspect", "--tls-verify=false", "--creds", f"{AUTH_USER}:{AUTH_PASSWORD}", f"docker://{name}")
    assert info["Digest"] == _image(w, "app:1")["manifest_digest"]
