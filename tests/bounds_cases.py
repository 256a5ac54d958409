"""The attack cases of the "bounded by construction" issue, one function each.

``python bounds_cases.py NAME`` runs one case under a memory cap (RLIMIT_AS)
and prints one JSON line: what happened, how long it took, and whether the
world stayed unchanged. tests/test_bounds_attacks.py runs every case in its
own process with a wall-clock cap, so a hang or a memory blow-up fails the
test instead of the test run.

Each case returns ``(outcome, unchanged)``: ``outcome`` is ``"ok: ..."`` for a
result or ``"TaxonomyErrorSubclass: message"``; any other exception escapes
and fails the case.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import io
import json
import os
import resource
import sys
import tarfile
import tempfile
import threading
import time

MEMORY_CAP = 1536 * 1024 * 1024
CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def _tx():
    import taxonomy as tx
    return tx


def _attempt(world, fn):
    """Run ``fn``; return (outcome, world unchanged?). A failed command must leave the world as it was."""
    tx = _tx()
    before = world.to_bytes()
    try:
        result = fn()
    except tx.TaxonomyError as err:
        return f"{type(err).__name__}: {err}", world.to_bytes() == before
    code = getattr(result, "exit_code", 0)
    text = getattr(result, "output", "") or ""
    if code:
        return f"exit {code}: {text.strip().splitlines()[-1] if text.strip() else ''}", world.to_bytes() == before
    return f"ok: {str(text)[:120]!r}", True


def _build(dockerfile: str, files=None):
    tx = _tx()
    w = tx.World()
    w.write_files({"Dockerfile": dockerfile, **(files or {})})
    return _attempt(w, lambda: w.docker("docker build -t attack ."))


# -- Dockerfile -------------------------------------------------------------------------------
@case
def arg_doubling_26_lines():
    return _build("FROM alpine:3.20\nARG A0=x\n" + "".join(f"ARG A{i}=${{A{i-1}}}${{A{i-1}}}\n" for i in range(1, 27))
                  + "RUN echo $A26\n")


@case
def env_doubling_26_lines():
    return _build("FROM alpine:3.20\nENV A0=x\n" + "".join(f"ENV A{i}=${{A{i-1}}}${{A{i-1}}}\n" for i in range(1, 27)))


@case
def run_line_1_mb():
    return _build("FROM alpine:3.20\nRUN apt-get install -y " + "pkg " * 250_000 + "\n")


@case
def run_line_10_mb():
    return _build("FROM alpine:3.20\nRUN echo " + "x" * 10_000_000 + "\n")


@case
def default_nested_2000_deep():
    return _build("FROM alpine:3.20\nARG X=" + "${A:-" * 2000 + "x" + "}" * 2000 + "\n")


@case
def lone_surrogate_in_dockerfile():
    tx = _tx()
    w = tx.World()
    outcome, unchanged = _attempt(w, lambda: w.write_files({"Dockerfile": "FROM alpine:3.20\nRUN echo \udc80\n"}))
    from taxonomy.dockerfile import parse_dockerfile
    try:
        parse_dockerfile("FROM alpine:3.20\nRUN echo \udc80\n")
    except tx.BuildError as err:
        outcome += f" | parse_dockerfile: BuildError: {err}"
    return outcome, unchanged


@case
def pattern_with_many_stars_in_substitution():
    return _build("FROM alpine:3.20\nARG V=" + "a" * 5000 + "\nARG W=${V//*a*a*a*a*a*a*a*a*b/x}\nRUN echo $W\n")


def _long_command(chars):
    tx = _tx()
    w = tx.World()
    words = "abcdefghijklmnopqrst " * (chars // 21)
    outcome, unchanged = _attempt(w, lambda: w.docker("docker run --name big alpine:3.20 echo " + words))
    kept = len(w.graph.nodes["container:laptop/big"]["output"]) if "container:laptop/big" in w.graph else 0
    return f"{outcome[:160]} | output kept: {kept}", unchanged


@case
def docker_command_line_of_10_mb():
    return _long_command(10_000_000)


@case
def docker_command_line_of_2_mb():
    return _long_command(2_000_000)


# -- .dockerignore ------------------------------------------------------------------------------
def _ignore(pattern: str, name: str):
    return _build("FROM alpine:3.20\nCOPY . /app\n", {".dockerignore": pattern + "\n", name: "x"})


@case
def dockerignore_eight_star_a_then_b():
    return _ignore("*a*a*a*a*a*a*a*a*b", "a" * 60)


@case
def dockerignore_ten_star_a():
    return _ignore("*a" * 10 + "b", "a" * 60)


@case
def dockerignore_twenty_double_stars():
    return _ignore("**/" * 20 + "x", "/".join(["a"] * 30) + "/y")


@case
def dockerignore_matching_cost_bound():
    patterns = "\n".join(f"*a*a*a*b{i}" for i in range(2000))
    files = {f"src/d{i % 40}/file{i}aaaa.txt": "" for i in range(5000)}
    return _build("FROM alpine:3.20\nCOPY . /app\n", {".dockerignore": patterns + "\n", **files})


# -- YAML -------------------------------------------------------------------------------------------
_LAUGHS = "lol: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{i}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))


def _level(text: str):
    tx = _tx()
    from taxonomy import levels
    try:
        levels.loads(text, source="attack.yaml")
    except tx.TaxonomyError as err:
        return f"{type(err).__name__}: {err}", True
    return "ok: loaded", True


def _compose(text: str):
    tx = _tx()
    w = tx.World()
    w.write_files({"compose.yaml": text})
    return _attempt(w, lambda: w.docker("docker compose up -d"))


@case
def billion_laughs_level():
    return _level("id: x\nsequence: s\n" + _LAUGHS)


@case
def billion_laughs_compose_command():
    return _compose(_LAUGHS + "services:\n  web:\n    image: nginx:1.27\n    command: *i\n")


@case
def yaml_nested_3000_deep_level():
    return _level("[" * 3000 + "]" * 3000)


@case
def yaml_nested_10000_deep_compose():
    return _compose("services: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n")


@case
def self_referencing_alias_level():
    return _level("id: &a [*a]\n")


@case
def self_referencing_alias_compose():
    return _compose("services:\n  web: &w\n    image: nginx:1.27\n    labels: *w\n")


# -- saved worlds -------------------------------------------------------------------------------------
def _load_bytes(data: bytes):
    tx = _tx()
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    try:
        w = tx.World.load(path)
    except tx.TaxonomyError as err:
        return f"{type(err).__name__}: {err}", True
    finally:
        os.unlink(path)
    r = w.docker("docker ps -a")   # a world that loads must answer a command
    return f"ok: loaded, docker ps exit {r.exit_code}", True


def _saved(change):
    tx = _tx()
    w = tx.World()
    w.run("nginx:1.27", name="web", detach=True)
    doc = json.loads(w.to_bytes())
    change(doc)
    return _load_bytes(json.dumps(doc).encode())


@case
def saved_world_nested_1000_deep():
    return _load_bytes(b'{"format":"docker-taxonomy-world","version":1,"graph":' + b"[" * 1000 + b"]" * 1000 + b"}")


@case
def saved_world_attribute_900_deep():
    def change(doc):
        doc["nodes"][0][1]["deep"] = json.loads("[" * 900 + "]" * 900)
    return _saved(change)


@case
def saved_world_clock_soon():
    return _saved(lambda doc: doc["graph"].__setitem__("clock", "soon"))


@case
def saved_world_seq_null():
    return _saved(lambda doc: doc["graph"].__setitem__("seq", None))


@case
def saved_world_container_int_attributes():
    def change(doc):
        for _, attrs in doc["nodes"]:
            if attrs["kind"] == "container":
                for k in attrs:
                    if k != "kind":
                        attrs[k] = 7
    return _saved(change)


@case
def saved_world_100_mb_of_junk_nodes():
    head = (b'{"format":"docker-taxonomy-world","version":1,"graph":{"clock":1,"seq":1},"default_host":null,'
            b'"edges":[],"blobs":{},"nodes":[')
    node = b'["n",{"kind":"host","name":"x"}],'
    data = head + node * (100_000_000 // len(node)) + b'["n",{"kind":"host"}]]}'
    return _load_bytes(data)


# -- layers -----------------------------------------------------------------------------------------
def _layout(path, files, *, hardlinks=(), zeros=0):
    """An OCI layout with one layer: ``files`` (name, bytes), hard links (name, target), a /zeros file of ``zeros`` bytes."""
    from taxonomy.content import MEDIA_TYPES, Descriptor, make_config, make_manifest, sha256_digest
    from taxonomy.oci import write_layout
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, target in hardlinks:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.LNKTYPE, target
            tar.addfile(info)
        head = b""
        if zeros:
            info = tarfile.TarInfo("zeros")
            info.size = zeros
            head = info.tobuf(format=tarfile.PAX_FORMAT)
    body = buf.getvalue()
    if zeros:   # the tar so far (minus its end blocks), then a huge file of zeros as repeated gzip members
        body = body[:-1024].rstrip(b"\0")
        body = body + bytes(-len(body) % 512)
        chunk = bytes(1 << 20)
        member = gzip.compress(chunk, 9, mtime=0)
        diff = hashlib.sha256(body + head)
        for _ in range(zeros >> 20):
            diff.update(chunk)
        tail = bytes(-zeros % 512) + bytes(1024)
        diff.update(tail)
        blob = (gzip.compress(body + head, mtime=0) + member * (zeros >> 20) + gzip.compress(tail, mtime=0))
        diff_id = "sha256:" + diff.hexdigest()
    else:
        blob = gzip.compress(body, mtime=0)
        diff_id = sha256_digest(body)
    config = make_config(diff_ids=[diff_id], history=[{"created_by": "attack"}], config={"Cmd": ["sh"]})
    manifest = make_manifest(config, [Descriptor(MEDIA_TYPES["layer"], sha256_digest(blob), len(blob))])
    top = dict(Descriptor.of(MEDIA_TYPES["manifest"], manifest).to_json(),
               annotations={"org.opencontainers.image.ref.name": "1"})
    write_layout(path, [top], {sha256_digest(blob): blob, sha256_digest(config): config, top["digest"]: manifest})


@case
def gzip_bomb_layer_import():
    tx = _tx()
    path = os.path.join(tempfile.mkdtemp(), "bomb")
    _layout(path, [], zeros=300 << 20)
    w = tx.World()
    return _attempt(w, lambda: w.import_oci(path, repository="bomb"))


@case
def cat_of_a_large_file_is_truncated():
    tx = _tx()
    path = os.path.join(tempfile.mkdtemp(), "big")
    _layout(path, [("big", b"z" * (5 << 20))])
    w = tx.World()
    w.import_oci(path, repository="big")
    r = w.docker("docker run --name c big:1 cat /big")
    node = w.graph.nodes["container:laptop/c"]
    return f"ok: exit {r.exit_code}, {len(node['output'])} characters kept, note {node['note']!r}", True


@case
def hard_link_in_a_layer_keeps_its_content():
    tx = _tx()
    path = os.path.join(tempfile.mkdtemp(), "links")
    _layout(path, [("etc/real", b"linked content\n")], hardlinks=[("etc/link", "etc/real")])
    w = tx.World()
    w.import_oci(path, repository="links")
    r = w.docker("docker run links:1 cat /etc/link")
    return f"ok: exit {r.exit_code}, output {r.output!r}", True


# -- the network ----------------------------------------------------------------------------------------
class _Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.server.answer(self)

    do_HEAD = do_GET


def _serve(answer):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    httpd.daemon_threads = True
    httpd.answer = answer
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def _registry_then(manifest_answer):
    def answer(h):
        if h.path == "/v2/":
            h.send_response(200)
            h.send_header("Content-Length", "2")
            h.end_headers()
            h.wfile.write(b"{}")
        else:
            manifest_answer(h)
    return answer


def _endless(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
    h.end_headers()
    h.close_connection = True
    try:
        while True:
            h.wfile.write(b" " * 65536)
    except OSError:
        pass


def _drip(h):
    h.send_response(200)
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        while True:
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.5)
    except OSError:
        pass


def _remote_pull(answer):
    tx = _tx()
    httpd, url = _serve(_registry_then(answer))
    w = tx.World()
    w.connect_registry(url)
    domain = url.split("://")[1]
    return _attempt(w, lambda: w.remote_pull(f"{domain}/app:1"))


@case
def registry_endless_manifest():
    return _remote_pull(_endless)


@case
def registry_blob_of_unknown_size_never_ends():
    tx = _tx()
    from taxonomy.content import sha256_digest
    from taxonomy.oci.client import RegistryClient
    httpd, url = _serve(_endless)
    try:
        RegistryClient(url).get_blob("app", sha256_digest(b"x"), None, "layer")
    except tx.TaxonomyError as err:
        return f"{type(err).__name__}: {err}", True
    return "ok: read", True


@case
def registry_dripping_one_byte_every_half_second():
    tx = _tx()
    from taxonomy.oci.client import RegistryClient
    httpd, url = _serve(_drip)
    try:
        RegistryClient(url, deadline=3).get_manifest("app", "1")
    except tx.TaxonomyError as err:
        return f"{type(err).__name__}: {err}", True
    return "ok: read", True


@case
def registry_redirect_to_plain_http_elsewhere():
    tx = _tx()
    seen = []
    other, other_url = _serve(lambda h: seen.append(h.path))
    target = other_url.replace("127.0.0.1", "localhost") + "/stolen"

    def redirect(h):
        h.send_response(307)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()
    outcome, unchanged = _remote_pull(redirect)
    return f"{outcome} | requests the other host got: {len(seen)}", unchanged and not seen


def main(name: str) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    sys.setrecursionlimit(1000)
    start = time.perf_counter()
    outcome, unchanged = CASES[name]()
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"case": name, "outcome": outcome[:400], "unchanged": unchanged, "seconds": round(took, 2),
                      "peak_mb": peak}))


if __name__ == "__main__":
    main(sys.argv[1])
