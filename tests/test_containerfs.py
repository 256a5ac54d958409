"""The container filesystem: copy-on-write, whiteouts, docker diff order, commit, cp, mounts."""

import gzip
import io
import tarfile

import pytest

import taxonomy as tx
from taxonomy.containerfs import (ContainerFS, Entry, ImageTree, Mount, archive_path, extract, host_fs, layer_entries,
                                  merge_layers, runtime_mounts, tree_from_value, tree_value)
from taxonomy.content import FileEntry, Layer, sha256_digest


@pytest.fixture
def image():
    base = Layer.from_files([
        FileEntry("etc/os-release", b'NAME="Alpine Linux"\n'), FileEntry("etc/motd", b"Welcome\n"),
        FileEntry("tmp", kind="dir", mode=0o1777), FileEntry("usr/bin/env", b"", mode=0o755),
        FileEntry("bin", kind="symlink", target="usr/bin"), FileEntry("opt/tool/a", b"a"), FileEntry("opt/tool/b", b"b"),
    ])
    return merge_layers([layer_entries(base.blob)])


def test_reads_come_from_real_layer_bytes_and_follow_links(image):
    fs = ContainerFS(image)
    assert fs.read("/etc/os-release") == b'NAME="Alpine Linux"\n'
    assert fs.stat("/bin/env").mode == 0o755
    assert fs.listdir("/") == ["bin", "etc", "opt", "tmp", "usr"]
    assert fs.stat("/bin", follow=False).kind == "symlink"


def test_copy_on_write_leaves_the_image_and_other_containers_alone(image):
    a, b = ContainerFS(image, clock=10), ContainerFS(image, clock=10)
    a.write("/etc/motd", b"changed\n")
    assert a.read("/etc/motd") == b"changed\n"
    assert b.read("/etc/motd") == b"Welcome\n"
    assert image.get("etc/motd").data == b"Welcome\n"
    assert a.diff_lines() == ["C /etc/motd"]    # the parent is copied up with its old time: not listed


def test_delete_leaves_a_whiteout_and_hides_the_file(image):
    fs = ContainerFS(image, clock=10)
    fs.remove("/etc/motd")
    assert not fs.exists("/etc/motd")
    assert "motd" not in fs.listdir("/etc")
    assert fs.upper()["etc/motd"].kind == "whiteout"
    with pytest.raises(tx.FilesystemError) as err:
        fs.read("/etc/motd")
    assert err.value.errno == "ENOENT"


def test_deleting_a_file_of_the_writable_layer_leaves_no_trace(image):
    fs = ContainerFS(image, clock=10)
    fs.write("/tmp/x", b"1")
    fs.remove("/tmp/x")
    assert "tmp/x" not in fs.upper()
    assert fs.diff_lines() == ["C /tmp"]   # the directory's time changed, as in Docker


def test_diff_lists_changes_in_dockers_order(image):
    fs = ContainerFS(image, clock=10)
    fs.write("/tmp/greeting.txt", b"hello\n")
    fs.remove("/etc/motd")
    fs.mkdir("/app-data")
    fs.mkdir("/app")
    fs.write("/app/main.js", b"")
    fs.remove("/opt/tool", recursive=True)
    assert fs.diff_lines() == ["A /app", "A /app/main.js", "A /app-data", "C /etc", "D /etc/motd", "C /opt",
                               "D /opt/tool", "C /tmp", "A /tmp/greeting.txt"]


def test_rm_rf_then_mkdir_makes_an_opaque_directory(image):
    fs = ContainerFS(image, clock=10)
    fs.remove("/opt/tool", recursive=True)
    fs.mkdir("/opt/tool")
    assert fs.listdir("/opt/tool") == []
    names = [m for m in tarfile.open(fileobj=io.BytesIO(fs.commit().tar)).getnames()]
    assert "opt/tool/.wh..wh..opq" in names


def test_commit_is_a_real_layer_with_whiteouts(image):
    fs = ContainerFS(image, clock=10)
    fs.write("/tmp/greeting.txt", b"hello\n")
    fs.remove("/etc/motd")
    layer = fs.commit()
    assert layer.diff_id == sha256_digest(layer.tar)
    assert layer.digest == sha256_digest(layer.blob)
    assert gzip.decompress(layer.blob) == layer.tar
    tar = tarfile.open(fileobj=io.BytesIO(layer.tar))
    assert sorted(tar.getnames()) == ["etc", "etc/.wh.motd", "tmp", "tmp/greeting.txt"]
    assert tar.extractfile("tmp/greeting.txt").read() == b"hello\n"
    # the committed layer, stacked on the image, gives what the container saw
    again = merge_layers([image.entries, layer_entries(layer.blob)])
    assert again.get("etc/motd") is None and again.get("tmp/greeting.txt").data == b"hello\n"


def test_commit_digest_is_deterministic_and_one_byte_changes_it(image):
    def commit(text):
        fs = ContainerFS(image, clock=10)
        fs.write("/tmp/greeting.txt", text)
        return fs.commit()
    assert commit(b"hello\n").digest == commit(b"hello\n").digest
    assert commit(b"hello\n").digest != commit(b"hellp\n").digest
    assert commit(b"hello\n").diff_id != commit(b"hellp\n").diff_id


def test_unchanged_container_commits_dockers_empty_layer(image):
    assert ContainerFS(image).commit().diff_id == \
        "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"


def test_layer_value_round_trips_and_is_immutable(image):
    fs = ContainerFS(image, clock=10)
    fs.write("/tmp/a", b"1")
    value = fs.layer_value()
    assert isinstance(value, tuple) and all(isinstance(v, tuple) for v in value)
    assert hash(value)
    again = ContainerFS(image, value, clock=11)
    again.write("/tmp/b", b"2")
    assert ContainerFS(image, value).listdir("/tmp") == ["a"]     # the old value did not change
    assert again.listdir("/tmp") == ["a", "b"]


def test_errors_name_the_path_and_change_nothing(image):
    fs = ContainerFS(image, clock=10)
    before = fs.layer_value()
    for call, errno in [(lambda: fs.write("/nosuch/x", b""), "ENOENT"),
                        (lambda: fs.write("/etc/motd/x", b""), "ENOTDIR"),
                        (lambda: fs.write("/etc", b""), "EISDIR"),
                        (lambda: fs.mkdir("/etc"), "EEXIST"),
                        (lambda: fs.remove("/etc"), "EISDIR"),
                        (lambda: fs.remove("/", recursive=True), "EBUSY"),
                        (lambda: fs.remove("/nosuch"), "ENOENT")]:
        with pytest.raises(tx.FilesystemError) as err:
            call()
        assert err.value.errno == errno
        assert err.value.path in str(err.value)
    assert fs.layer_value() == before


def test_symlink_loop_is_eloop():
    fs = ContainerFS(ImageTree({"a": Entry("symlink", target="b"), "b": Entry("symlink", target="a")}))
    with pytest.raises(tx.FilesystemError) as err:
        fs.read("/a")
    assert err.value.errno == "ELOOP"


def test_volume_holds_writes_and_survives_the_writable_layer(image):
    vol = Mount("/data", "volume", "db", tree_value({"": Entry("dir", mode=0o755)}))
    fs = ContainerFS(image, mounts=[vol], clock=10)
    fs.write("/data/rows.txt", b"1\n")
    assert fs.diff_lines() == []                      # not in the writable layer
    new = fs.mount_values()["/data"]
    assert tree_from_value(new)["rows.txt"].data == b"1\n"
    # a new container with the same volume sees the file; the image never had it
    fs2 = ContainerFS(image, mounts=[Mount("/data", "volume", "db", new)])
    assert fs2.read("/data/rows.txt") == b"1\n"
    assert "data" in fs2.listdir("/")


def test_readonly_bind_mount_refuses_writes(image):
    src = tree_value({"": Entry("dir"), "index.html": Entry(data=b"<h1>hi</h1>")})
    fs = ContainerFS(image, mounts=[Mount("/usr/share/nginx/html", "bind", "/home/me/site", src, readonly=True)])
    assert fs.read("/usr/share/nginx/html/index.html") == b"<h1>hi</h1>"
    for call in (lambda: fs.write("/usr/share/nginx/html/x", b""), lambda: fs.remove("/usr/share/nginx/html/index.html"),
                 lambda: fs.mkdir("/usr/share/nginx/html/d")):
        with pytest.raises(tx.FilesystemError) as err:
            call()
        assert err.value.errno == "EROFS"
    assert fs.mount_values() == {}


def test_runtime_mounts_give_hostname_and_hosts(image):
    fs = ContainerFS(image, mounts=runtime_mounts("web", "172.18.0.3", aliases=("todo",), nameserver="127.0.0.11"))
    assert fs.read("/etc/hostname") == b"web\n"
    assert b"172.18.0.3\tweb todo\n" in fs.read("/etc/hosts")
    assert fs.read("/etc/resolv.conf").startswith(b"nameserver 127.0.0.11\n")
    assert {"proc", "sys", "dev"} <= set(fs.listdir("/"))
    assert fs.diff_lines() == []


def test_cp_file_into_a_directory_and_to_a_new_name(image):
    host = host_fs({"greeting.txt": Entry(data=b"hello\n")})
    box = ContainerFS(image, clock=10)
    arc = archive_path(host, "/greeting.txt", side="host")
    assert extract(box, arc, "/tmp", container="web") == "/tmp/greeting.txt"
    assert extract(box, arc, "/etc/renamed.txt", container="web") == "/etc/renamed.txt"
    assert box.read("/tmp/greeting.txt") == box.read("/etc/renamed.txt") == b"hello\n"
    assert box.diff_lines() == ["C /etc", "A /etc/renamed.txt", "C /tmp", "A /tmp/greeting.txt"]


def test_cp_directory_out_and_dot_contents(image):
    box = ContainerFS(image)
    host = host_fs({"out": Entry("dir")})
    arc = archive_path(box, "/opt/tool")
    assert arc.is_dir and [r for r, _ in arc.entries] == ["", "a", "b"]
    assert extract(host, arc, "/out", side="host") == "/out/tool"
    assert extract(host, arc, "/copy", side="host") == "/copy"      # missing: the directory becomes it
    arc_dot = archive_path(box, "/opt/tool/.")
    extract(host, arc_dot, "/out", side="host", contents_only=True)
    assert sorted(tree_from_value(host.layer_value())) == ["copy", "copy/a", "copy/b", "out", "out/a", "out/b",
                                                           "out/tool", "out/tool/a", "out/tool/b"]


def test_cp_errors_use_dockers_texts(image):
    box = ContainerFS(image)
    with pytest.raises(tx.NotFound, match=r"^Could not find the file /nosuch in container web$"):
        archive_path(box, "/nosuch", container="web")
    with pytest.raises(tx.NotFound, match=r"^lstat /nosuch: no such file or directory$"):
        archive_path(host_fs(), "/nosuch", side="host")
    with pytest.raises(tx.InvalidArgument, match="cannot copy directory"):
        extract(box, archive_path(box, "/opt/tool"), "/etc/motd", container="web")
    with pytest.raises(tx.NotFound, match="Could not find the file /nosuch in container web"):
        extract(box, archive_path(box, "/etc/motd"), "/nosuch/x", container="web")
    with pytest.raises(tx.NotFound, match="no such directory"):
        extract(box, archive_path(box, "/etc/motd"), "/newdir/", container="web")


def test_layer_entries_rejects_garbage_and_skips_escapes():
    with pytest.raises(tx.CorruptContent):
        layer_entries(b"\x1f\x8bnot gzip at all")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("../../etc/passwd")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    assert layer_entries(buf.getvalue()) == {}


def test_saved_tree_with_a_bad_entry_is_a_taxonomy_error():
    with pytest.raises(tx.FilesystemError, match="malformed"):
        tree_from_value([("a", "file")])


def test_file_size_is_bounded(image):
    from taxonomy.containerfs.union import MAX_FILE_BYTES
    fs = ContainerFS(image)
    fs.write("/tmp/big", b"x" * MAX_FILE_BYTES)
    with pytest.raises(tx.FilesystemError, match="MAX_FILE_BYTES") as err:
        fs.write("/tmp/big", b"x", append=True)
    assert err.value.errno == "EFBIG" and len(fs.read("/tmp/big")) == MAX_FILE_BYTES


from hypothesis import HealthCheck, given, settings, strategies as st

_PATHS = ["/a", "/a/b", "/a/b/c", "/etc/motd", "/opt/tool", "/opt/tool/a", "/opt/tool/new", "/tmp/x", "/tmp/d/e"]
_OPS = st.lists(st.tuples(st.sampled_from(["write", "append", "mkdir", "mkdirp", "rm", "rmr", "touch"]),
                          st.sampled_from(_PATHS), st.binary(max_size=3)), max_size=12)


def _view(fs):
    return {p: (e.kind, e.data if e.kind == "file" else b"") for p, e in fs.walk("/") if p}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # image is immutable
@given(_OPS)
def test_committed_layer_on_the_image_shows_what_the_container_saw(image, ops):
    """Whatever the changes, image layers + the committed layer == the container's own view."""
    fs = ContainerFS(image, clock=10)
    for op, path, data in ops:
        try:
            {"write": lambda: fs.write(path, data), "append": lambda: fs.write(path, data, append=True),
             "mkdir": lambda: fs.mkdir(path), "mkdirp": lambda: fs.mkdir(path, parents=True),
             "rm": lambda: fs.remove(path), "rmr": lambda: fs.remove(path, recursive=True),
             "touch": lambda: fs.touch(path)}[op]()
        except tx.FilesystemError:
            pass
    layer = fs.commit()
    again = ContainerFS(merge_layers([image.entries, layer_entries(layer.blob)]))
    assert _view(again) == _view(fs)
    assert _view(ContainerFS(image, fs.layer_value())) == _view(fs)     # the stored value restores it
