import json
import os

import pytest

import taxonomy as tx


def test_roundtrip_and_equal(tmp_path, world):
    world.run("nginx:1.27", name="web", detach=True, volumes=["data:/data"])
    path = tmp_path / "w.json"
    world.save(path)
    loaded = tx.World.load(path)
    assert loaded.to_bytes() == world.to_bytes()
    assert loaded.containers() == ["web"]
    assert loaded.docker("docker stop web").exit_code == 0
    assert os.listdir(tmp_path) == ["w.json"]  # no temporary file left behind


def test_save_is_deterministic(tmp_path):
    a, b = tx.World(), tx.World()
    for w in (a, b):
        w.run("redis:7", name="c", detach=True)
    assert a.to_bytes() == b.to_bytes()


def test_truncated_file_refused(tmp_path, world):
    path = tmp_path / "w.json"
    world.save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(tx.PersistenceError, match="corrupt or truncated"):
        tx.World.load(path)


def test_foreign_and_newer_files_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"hello": "world"}))
    with pytest.raises(tx.PersistenceError, match="not a Docker Taxonomy Explorer world"):
        tx.World.load(path)
    path.write_text(json.dumps({"format": "docker-taxonomy-world", "version": 99}))
    with pytest.raises(tx.PersistenceError, match="version 99"):
        tx.World.load(path)
    with pytest.raises(tx.PersistenceError, match="cannot read"):
        tx.World.load(tmp_path / "missing.json")


def test_tampered_blob_refused(tmp_path, world):
    doc = json.loads(world.to_bytes())
    digest = sorted(doc["blobs"])[0]
    import base64
    doc["blobs"][digest] = base64.b64encode(b"tampered").decode()
    path = tmp_path / "w.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(tx.CorruptContent, match=digest):
        tx.World.load(path)


def test_failed_save_keeps_old_file(tmp_path, world, monkeypatch):
    path = tmp_path / "w.json"
    world.save(path)
    old = path.read_bytes()
    world.pull("alpine:3.20")

    def boom(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        world.save(path)
    assert path.read_bytes() == old
    assert os.listdir(tmp_path) == ["w.json"]
