"""OCI image layouts: export checked by skopeo and umoci, import of what they make, bad input refused."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import tarfile

import pytest
from oci_tools import need, run, skopeo_json

import taxonomy as tx
from taxonomy import ids
from taxonomy.cli.oci import docker_load, docker_save
from taxonomy.content import MEDIA_TYPES, Descriptor, FileEntry, Layer, canonical_json, make_config, make_manifest, sha256_digest
from taxonomy.oci import archive, write_layout
from taxonomy.ops.store import ensure_image, put_blob, set_host_tag, store_on_host

HANDLERS = {"save": functools.partial(docker_save, archive=archive), "load": functools.partial(docker_load, archive=archive)}

DOCKERFILE = "FROM alpine:3.20\nCOPY app.py /app/\nCOPY data/ /srv/data/\nCMD [\"python\", \"/app/app.py\"]\n"
CONTEXT = {"app.py": "print('hello from the explorer')\n", "data/notes.txt": "real bytes\n"}


@pytest.fixture
def built():
    w = tx.World()
    w.build(DOCKERFILE, tag="app:1", context=CONTEXT)
    return w


def _image(w, ref="app:1", host=None):
    return w.graph.nodes[ids.image_id(w.image_of_ref(ref, host))]


def _blob_file(layout, digest):
    return os.path.join(layout, "blobs", "sha256", digest[7:])


def _exported(w, tmp_path, ref="app:1"):
    return w.export_oci(ref, tmp_path / "layout")


# -- export, checked by the real tools ------------------------------------------
def test_exported_layout_passes_skopeo_inspect_with_the_models_digests(built, tmp_path):
    need("skopeo")
    out = _exported(built, tmp_path)
    img = _image(built)
    info = skopeo_json("inspect", f"oci:{out.path}:1")
    assert info["Digest"] == img["manifest_digest"] == out.digest
    assert info["Layers"] == list(img["layers"])
    raw = json.loads(run("skopeo", "inspect", "--raw", f"oci:{out.path}:1").stdout)
    assert raw["config"]["digest"] == img["digest"]
    config = skopeo_json("inspect", "--config", f"oci:{out.path}:1")
    assert config["rootfs"]["diff_ids"] == [built.graph.nodes[ids.layer_id(d)]["diff_id"] for d in img["layers"]]
    index = json.loads((tmp_path / "layout" / "index.json").read_text())
    assert index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"] == "1"


def test_umoci_unpacks_the_export_and_finds_the_files_copy_put_there(built, tmp_path):
    need("umoci")
    out = _exported(built, tmp_path)
    bundle = tmp_path / "bundle"
    run("umoci", "unpack", "--rootless", "--image", f"{out.path}:1", bundle)
    rootfs = bundle / "rootfs"
    assert (rootfs / "app" / "app.py").read_text() == CONTEXT["app.py"]
    assert (rootfs / "srv" / "data" / "notes.txt").read_text() == CONTEXT["data/notes.txt"]
    assert (rootfs / "etc" / "os-release").exists()  # from the alpine base layer


def test_docker_save_archive_is_read_by_skopeo_as_oci_and_docker_archive(built, tmp_path):
    need("skopeo")
    path = tmp_path / "app.tar"
    r = HANDLERS["save"](built, {"output": str(path)}, ["app:1"], None)
    assert (r.exit_code, r.output) == (0, "")
    img = _image(built)
    assert skopeo_json("inspect", f"oci-archive:{path}:1")["Digest"] == img["manifest_digest"]
    legacy = skopeo_json("inspect", "--config", f"docker-archive:{path}")
    assert legacy["rootfs"]["diff_ids"] == [built.graph.nodes[ids.layer_id(d)]["diff_id"] for d in img["layers"]]
    with tarfile.open(path) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert {"oci-layout", "index.json", "manifest.json"} <= set(names)
    assert manifest == [{"Config": "blobs/sha256/" + img["digest"][7:], "RepoTags": ["app:1"],
                         "Layers": ["blobs/sha256/" + d[7:] for d in img["layers"]]}]


def test_a_multi_platform_image_is_written_as_an_image_index(tmp_path):
    need("skopeo")
    w = tx.World()
    base = Layer.from_files([FileEntry("hello.txt", b"hi\n")])
    with w.journal.transaction("two platforms"):
        amd = ensure_image(w, [(base, 100, "COPY hello.txt /")], config={"Cmd": ["cat", "/hello.txt"]}, history=[{}],
                              created=None, platform="linux/amd64")
        arm = ensure_image(w, [(base, 100, "COPY hello.txt /")], config={"Cmd": ["cat", "/hello.txt"]}, history=[{}],
                              created=None, platform="linux/arm64")
        descs = [Descriptor(MEDIA_TYPES["manifest"], w.graph.nodes[n]["manifest_digest"], w.graph.nodes[n]["manifest_size"],
                            platform=(("architecture", a), ("os", "linux"))) for n, a in ((amd, "amd64"), (arm, "arm64"))]
        index = canonical_json({"schemaVersion": 2, "mediaType": MEDIA_TYPES["index"],
                                "manifests": [d.to_json() for d in descs]})
        digest = put_blob(w, index)
        w.journal.set(amd, "index_digest", digest)
        store_on_host(w, "host:laptop", amd)
        set_host_tag(w, "host:laptop", tx.parse_reference("multi:1"), amd)
    out = w.export_oci("multi:1", tmp_path / "multi")
    assert out.digest == digest
    entry = json.loads((tmp_path / "multi" / "index.json").read_text())["manifests"][0]
    assert entry["mediaType"] == MEDIA_TYPES["index"]
    raw = json.loads(run("skopeo", "inspect", "--raw", f"oci:{out.path}:1").stdout)
    assert [m["platform"]["architecture"] for m in raw["manifests"]] == ["amd64", "arm64"]
    assert skopeo_json("inspect", f"oci:{out.path}:1")["Digest"] == digest
    arm_config = run("skopeo", "inspect", "--override-arch", "arm64", "--config", "--raw", f"oci:{out.path}:1").stdout
    assert sha256_digest(arm_config.encode()) == w.graph.nodes[arm]["digest"]
    # Importing an index takes the host's platform.
    w2 = tx.World.import_oci(out.path)
    assert w2.image_of_ref("multi:1") == w.graph.nodes[amd]["digest"]
    w3 = tx.World.empty()
    w3.add_host("pi", platform="linux/arm64")
    w3.import_oci(out.path)
    assert w3.image_of_ref("multi:1") == w.graph.nodes[arm]["digest"]
    w4 = tx.World.empty()
    w4.add_host("old", platform="linux/s390x")
    with pytest.raises(tx.PlatformMismatch, match="linux/amd64, linux/arm64"):
        w4.import_oci(out.path)


# -- import of what real tools make ---------------------------------------------
def _umoci_layout(tmp_path):
    layout = tmp_path / "umoci"
    src = tmp_path / "src"
    (src / "site").mkdir(parents=True)
    (src / "site" / "index.html").write_text("<h1>made by umoci</h1>\n")
    run("umoci", "init", "--layout", layout)
    run("umoci", "new", "--image", f"{layout}:v1")
    run("umoci", "insert", "--rootless", "--image", f"{layout}:v1", src / "site", "/srv/site")
    run("umoci", "config", "--image", f"{layout}:v1", "--config.cmd", "cat", "--config.cmd", "/srv/site/index.html")
    return layout


def test_a_layout_made_by_umoci_imports_with_the_digests_skopeo_reports(tmp_path):
    need("umoci", "skopeo")
    layout = _umoci_layout(tmp_path)
    info = skopeo_json("inspect", f"oci:{layout}:v1")
    config = skopeo_json("inspect", "--config", f"oci:{layout}:v1")
    raw = json.loads(run("skopeo", "inspect", "--raw", f"oci:{layout}:v1").stdout)
    w = tx.World()
    r = w.import_oci(layout, repository="umoci/site")
    assert r.output == "Loaded image: umoci/site:v1\n"
    img = _image(w, "umoci/site:v1")
    assert img["manifest_digest"] == info["Digest"]
    assert img["digest"] == raw["config"]["digest"]
    assert list(img["layers"]) == info["Layers"]
    assert [w.graph.nodes[ids.layer_id(d)]["diff_id"] for d in img["layers"]] == config["rootfs"]["diff_ids"]
    assert [w.graph.nodes[ids.layer_id(l["digest"])]["size"] for l in raw["layers"]] == [l["size"] for l in raw["layers"]]
    # The files are read from the real layer, in memory.
    out = w.docker("docker run --rm umoci/site:v1")
    assert (out.exit_code, out.output) == (0, "<h1>made by umoci</h1>\n")
    assert w.docker("docker run umoci/site:v1 cat /srv/site/index.html").output == "<h1>made by umoci</h1>\n"


def test_skopeo_copied_layout_and_oci_archive_import_with_the_same_digests(built, tmp_path):
    need("skopeo")
    out = _exported(built, tmp_path)
    run("skopeo", "copy", f"oci:{out.path}:1", f"oci:{tmp_path / 'copy'}:1")
    run("skopeo", "copy", f"oci:{out.path}:1", f"oci-archive:{tmp_path / 'copy.tar'}:1")
    for source in (tmp_path / "copy", tmp_path / "copy.tar"):
        w = tx.World()
        w.import_oci(source, repository="app")
        assert _image(w)["manifest_digest"] == _image(built)["manifest_digest"]
        assert w.image_of_ref("app:1") == built.image_of_ref("app:1")


def test_an_older_docker_save_archive_loads_with_the_same_image_id(built, tmp_path):
    need("skopeo")
    out = _exported(built, tmp_path)
    archive = tmp_path / "legacy.tar"
    run("skopeo", "copy", f"oci:{out.path}:1", f"docker-archive:{archive}:example/app:1")
    w = tx.World()
    r = HANDLERS["load"](w, {"input": str(archive)}, [], None)
    assert r.exit_code == 0, r.output
    assert r.output == "Loaded image: example/app:1\n"
    assert w.image_of_ref("example/app:1") == built.image_of_ref("app:1")
    assert w.docker("docker run example/app:1 cat /app/app.py").output == CONTEXT["app.py"]


def test_export_then_import_round_trips_names_and_digests(built, tmp_path):
    path = tmp_path / "both.tar"
    built.pull("nginx:1.27")
    built.export_oci(["app:1", "nginx:1.27"], path)
    w = tx.World.import_oci(path)
    assert isinstance(w, tx.World)
    assert {"docker.io/library/app:1", "docker.io/library/nginx:1.27"} <= set(w.images())
    for ref in ("app:1", "nginx:1.27"):
        assert _image(w, ref)["manifest_digest"] == _image(built, ref)["manifest_digest"]
        assert [layer["digest"] for layer in w.layers(ref)] == list(_image(built, ref)["layers"])


def test_import_without_names_loads_untagged_and_names_replace_old_images(built, tmp_path):
    need("umoci")
    layout = _umoci_layout(tmp_path)
    w = tx.World()
    r = w.import_oci(layout)
    assert r.images[0][1] == () and r.output.startswith("Loaded image ID: sha256:")
    assert w.images() == [f"<none>@{r.images[0][0]}"]
    w.pull("alpine:3.20")
    w.tag("alpine:3.20", "umoci/site:v1")
    old = w.image_of_ref("umoci/site:v1")
    r = w.import_oci(layout, repository="umoci/site")
    assert r.lines == (f"The image umoci/site:v1 already exists, renaming the old one with ID {old} to empty string",
                       "Loaded image: umoci/site:v1")


def test_import_is_one_undoable_step(built, tmp_path):
    out = _exported(built, tmp_path)
    w = tx.World()
    before = w.to_bytes()
    w.import_oci(out.path)
    assert w.images() == ["docker.io/library/app:1"]
    assert w.undo() == f"load {out.path}"
    assert w.to_bytes() == before


# -- bad input: a clear error naming the blob, and the world unchanged -------------
def _refused(w, path, error, match, **kw):
    before = w.to_bytes()
    blobs = dict(w.blobs)
    with pytest.raises(error, match=match):
        w.import_oci(path, **kw)
    assert w.to_bytes() == before
    assert w.blobs == blobs


def test_a_tampered_blob_is_refused_naming_it(built, tmp_path):
    out = _exported(built, tmp_path)
    layer = _image(built)["layers"][-1]
    path = _blob_file(out.path, layer)
    data = bytearray(open(path, "rb").read())
    data[-9] ^= 0xFF  # inside the gzip trailer: same size, other bytes
    open(path, "wb").write(bytes(data))
    _refused(tx.World(), out.path, tx.CorruptContent, f"layer {layer} in .* is corrupt: its bytes hash to sha256:")


def test_a_blob_of_the_wrong_size_is_refused_naming_it(built, tmp_path):
    out = _exported(built, tmp_path)
    config = _image(built)["digest"]
    path = _blob_file(out.path, config)
    open(path, "ab").write(b" ")
    _refused(tx.World(), out.path, tx.CorruptContent, f"config {config} in .* has \\d+ bytes, but its descriptor says")


def test_a_missing_blob_is_refused_naming_it(built, tmp_path):
    out = _exported(built, tmp_path)
    layer = _image(built)["layers"][0]
    os.unlink(_blob_file(out.path, layer))
    _refused(tx.World(), out.path, tx.CorruptContent, f"layer {layer} is missing from")


def test_a_truncated_archive_is_refused(built, tmp_path):
    path = tmp_path / "app.tar"
    built.export_oci("app:1", path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(tx.World(), path, tx.CorruptContent, "truncated|damaged|missing")


def _handmade_layout(tmp_path, entries, *, diff_id=None, name="evil"):
    """A layout whose single layer holds ``entries`` (tarinfo name, data), written by hand."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for entry_name, data in entries:
            info = tarfile.TarInfo(entry_name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    layer = Layer.from_tar(buf.getvalue())
    config = make_config(diff_ids=[diff_id or layer.diff_id], history=[{"created_by": "hand-made"}], config={})
    manifest = make_manifest(config, [layer.descriptor()])
    top = dict(Descriptor.of(MEDIA_TYPES["manifest"], manifest).to_json(),
               annotations={"org.opencontainers.image.ref.name": "1"})
    path = tmp_path / name
    write_layout(path, [top], {layer.digest: layer.blob, sha256_digest(config): config, top["digest"]: manifest})
    return path, layer


@pytest.mark.parametrize("bad", ["../escape.txt", "app/../../escape.txt", "/etc/cron.d/evil"])
def test_a_layer_with_paths_outside_the_root_is_refused(tmp_path, bad):
    path, layer = _handmade_layout(tmp_path, [("app/ok.txt", b"ok"), (bad, b"gotcha")])
    _refused(tx.World(), path, tx.CorruptContent, f"layer {layer.digest} in .* is unsafe: its entry '{bad}'")
    assert not (tmp_path / "escape.txt").exists()


def test_a_layer_that_does_not_match_its_diff_id_is_refused(tmp_path):
    path, layer = _handmade_layout(tmp_path, [("a.txt", b"a")], diff_id=sha256_digest(b"something else"))
    _refused(tx.World(), path, tx.CorruptContent, f"layer {layer.digest} in .* unpacks to {layer.diff_id}")


def test_a_layer_that_is_not_a_tar_is_refused(tmp_path):
    blob = gzip.compress(b"this is not a tar archive" * 40)
    config = make_config(diff_ids=[sha256_digest(gzip.decompress(blob))], history=[{}], config={})
    ldesc = Descriptor(MEDIA_TYPES["layer"], sha256_digest(blob), len(blob))
    manifest = make_manifest(config, [ldesc])
    top = Descriptor.of(MEDIA_TYPES["manifest"], manifest).to_json()
    write_layout(tmp_path / "nontar", [top], {ldesc.digest: blob, sha256_digest(config): config, top["digest"]: manifest})
    _refused(tx.World(), tmp_path / "nontar", tx.CorruptContent, f"layer {ldesc.digest} in .* is not a readable tar")


def test_a_zstd_layer_is_refused_with_what_to_do(tmp_path):
    blob = b"\x28\xb5\x2f\xfd" + b"\0" * 20
    config = make_config(diff_ids=[sha256_digest(b"x")], history=[{}], config={})
    ldesc = Descriptor("application/vnd.oci.image.layer.v1.tar+zstd", sha256_digest(blob), len(blob))
    manifest = make_manifest(config, [ldesc])
    top = Descriptor.of(MEDIA_TYPES["manifest"], manifest).to_json()
    write_layout(tmp_path / "zstd", [top], {ldesc.digest: blob, sha256_digest(config): config, top["digest"]: manifest})
    _refused(tx.World(), tmp_path / "zstd", tx.InvalidArgument, "zstd.*--dest-compress-format gzip")


def test_a_digest_that_is_a_path_trick_is_refused(built, tmp_path):
    out = _exported(built, tmp_path)
    index_path = tmp_path / "layout" / "index.json"
    index = json.loads(index_path.read_text())
    index["manifests"][0]["digest"] = "sha256:../../../etc/passwd"
    index_path.write_text(json.dumps(index))
    _refused(tx.World(), out.path, tx.CorruptContent, "not a sha256 digest")


def test_what_is_not_a_layout_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    _refused(tx.World(), tmp_path / "empty", tx.InvalidArgument, "neither an oci-layout file nor a manifest.json")
    _refused(tx.World(), tmp_path / "nothing-here", tx.NotFound, "no such file or directory")
    (tmp_path / "junk.tar").write_bytes(b"not a tar at all" * 100)
    _refused(tx.World(), tmp_path / "junk.tar", tx.CorruptContent, "not a readable tar archive")


def test_an_index_with_a_broken_manifest_list_is_refused(tmp_path):
    (tmp_path / "l").mkdir()
    (tmp_path / "l" / "oci-layout").write_text('{"imageLayoutVersion": "1.0.0"}')
    (tmp_path / "l" / "index.json").write_text('{"schemaVersion": 2}')
    _refused(tx.World(), tmp_path / "l", tx.CorruptContent, "no manifests list")
    (tmp_path / "l" / "index.json").write_text('{"schemaVersion": 2, "manifests": []}')
    _refused(tx.World(), tmp_path / "l", tx.InvalidArgument, "holds no image manifest")


def test_import_refuses_a_repository_with_a_tag(built, tmp_path):
    out = _exported(built, tmp_path)
    _refused(tx.World(), out.path, tx.InvalidArgument, "without tag or digest", repository="app:2")


# -- export errors ---------------------------------------------------------------
def test_export_refuses_unknown_images_and_foreign_folders_and_replaces_layouts(built, tmp_path):
    with pytest.raises(tx.NotFound, match="No such image: nosuch:latest"):
        built.export_oci("nosuch", tmp_path / "x")
    with pytest.raises(tx.InvalidArgument, match="at least one image"):
        built.export_oci([], tmp_path / "x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.txt").write_text("precious")
    with pytest.raises(tx.Conflict, match="not an OCI image layout"):
        built.export_oci("app:1", tmp_path / "mine")
    assert (tmp_path / "mine" / "thesis.txt").read_text() == "precious"
    with pytest.raises(tx.NotFound, match="does not exist"):
        built.export_oci("app:1", tmp_path / "no" / "such" / "dir")
    first = built.export_oci("app:1", tmp_path / "layout")
    built.pull("alpine:3.20")
    second = built.export_oci("alpine:3.20", tmp_path / "layout")
    assert first.digest != second.digest
    index = json.loads((tmp_path / "layout" / "index.json").read_text())
    assert [m["digest"] for m in index["manifests"]] == [second.digest]
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".oci")]


def test_export_by_image_id_writes_no_name(built, tmp_path):
    out = built.export_oci(built.image_of_ref("app:1")[7:19], tmp_path / "byid")
    assert out.entries == ((None, _image(built)["manifest_digest"]),)
    index = json.loads((tmp_path / "byid" / "index.json").read_text())
    assert "annotations" not in index["manifests"][0]


# -- docker save / docker load ---------------------------------------------------
def test_docker_save_and_load_answer_as_docker(built, tmp_path):
    assert HANDLERS["save"](built, {"output": None}, ["app:1"], None).output == "cowardly refusing to save to a terminal. Use the -o flag or redirect\n"
    r = HANDLERS["save"](built, {"output": str(tmp_path / "x.tar")}, ["nosuch"], None)
    assert (r.exit_code, r.output) == (1, "Error response from daemon: No such image: nosuch:latest\n")
    assert HANDLERS["load"](built, {"input": None}, [], None).output == "requested load from stdin, but stdin is empty\n"
    r = HANDLERS["load"](built, {"input": str(tmp_path / "none.tar")}, [], None)
    assert (r.exit_code, r.output) == (1, f"open {tmp_path / 'none.tar'}: no such file or directory\n")
    (tmp_path / "bad.tar").write_bytes(b"x" * 2048)
    r = HANDLERS["load"](built, {"input": str(tmp_path / "bad.tar")}, [], None)
    assert r.exit_code == 1 and r.output.startswith("Error response from daemon: ")
    HANDLERS["save"](built, {"output": str(tmp_path / "app.tar")}, ["app:1"], None)
    w = tx.World()
    r = HANDLERS["load"](w, {"input": str(tmp_path / "app.tar")}, [], None)
    assert (r.exit_code, r.output) == (0, "Loaded image: app:1\n")
