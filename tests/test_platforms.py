"""Multi-arch images: indexes in the catalog, platform selection on pull, its error, buildx."""

import json

import pytest

import taxonomy as tx
from taxonomy import ids


def _index(world, ref):
    tag = world.graph.nodes[ids.tag_id(ref)]
    return json.loads(world.blobs[tag["index"]])


def test_catalog_tags_name_an_oci_index_with_one_manifest_per_platform(world):
    idx = _index(world, "docker.io/library/nginx:1.27")
    assert idx["mediaType"] == "application/vnd.oci.image.index.v1+json"
    plats = [(m["platform"]["os"], m["platform"]["architecture"], m["platform"].get("variant")) for m in idx["manifests"]]
    assert plats == [("linux", "amd64", None), ("linux", "arm64", "v8")]
    for m in idx["manifests"]:   # every manifest the index lists is a real blob with that digest and size
        assert len(world.blobs[m["digest"]]) == m["size"]
        assert tx.sha256_digest(world.blobs[m["digest"]]) == m["digest"]
    dotnet = _index(world, "mcr.microsoft.com/dotnet/sdk:8.0")
    assert {m["platform"]["os"] for m in dotnet["manifests"]} == {"linux", "windows"}


def test_a_host_pulls_the_manifest_of_its_own_platform(world):
    world.add_host("pi", platform="linux/arm64")
    amd = world.pull("nginx:1.27")
    arm = world.pull("nginx:1.27", host="pi")
    assert amd.digest == arm.digest == world.graph.nodes[ids.tag_id("docker.io/library/nginx:1.27")]["index"]
    assert amd.image != arm.image
    arm_img = world.graph.nodes[ids.image_id(arm.image)]
    assert arm_img["platform"] == "linux/arm64/v8"
    assert json.loads(world.blobs[arm.image])["architecture"] == "arm64"
    assert set(arm_img["layers"]).isdisjoint(world.graph.nodes[ids.image_id(amd.image)]["layers"])
    # the arm64 image is now stored in the registry's repository too, and it runs
    assert ids.image_id(arm.image) in world.out_nodes(ids.repository_id("docker.io/library/nginx"), "stores", "image")
    assert world.run("nginx:1.27", host="pi", detach=True).state == "running"


def test_pull_by_index_digest_picks_the_platform_and_pins_it(world):
    index = world.graph.nodes[ids.tag_id("docker.io/library/alpine:3.20")]["index"]
    world.add_host("pi", platform="linux/arm64/v8")
    r = world.pull(f"alpine@{index}", host="pi")
    assert r.digest == index and world.graph.nodes[ids.image_id(r.image)]["platform"] == "linux/arm64/v8"
    out = world.docker(f"docker run --rm alpine@{index} cat /etc/os-release", host="pi")
    assert out.exit_code == 0 and "Alpine" in out.output


def test_no_matching_manifest_is_dockers_error_and_changes_nothing(world):
    before = world.to_bytes()
    with pytest.raises(tx.PlatformMismatch, match="no matching manifest for linux/amd64 in the manifest list entries"):
        world.pull("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022")
    world2 = tx.World()
    world2.add_host("pi", platform="linux/arm64")
    r = world2.docker("docker pull --platform linux/s390x alpine:3.20", host="pi")
    assert r.exit_code == 1 and "no matching manifest for linux/s390x in the manifest list entries" in r.output
    run = world.docker("docker run mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022")
    assert run.exit_code == 125 and "no matching manifest for linux/amd64" in run.output
    assert world.to_bytes() == before


def test_a_windows_host_gets_the_nano_server_variant(world):
    world.add_host("win", platform="windows/amd64")
    r = world.pull("mcr.microsoft.com/dotnet/aspnet:8.0", host="win")
    layers = world.layers("mcr.microsoft.com/dotnet/aspnet:8.0", host="win")
    assert "Nano Server" in layers[0]["created_by"] and len(r.layers) == 3
    assert world.pull("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022", host="win").layers


def test_run_platform_flag_and_the_mismatch_warning(world):
    world.docker("docker pull --platform linux/arm64 alpine:3.20")
    warned = world.docker("docker run --rm alpine:3.20 echo hi")
    assert warned.output.startswith("WARNING: The requested image's platform (linux/arm64/v8) does not match the "
                                    "detected host platform (linux/amd64)")
    fixed = world.docker("docker run --rm --platform linux/amd64 alpine:3.20 echo hi")
    assert "WARNING" not in fixed.output and fixed.output.endswith("hi\n")
    img = world.image_of_ref("alpine:3.20")
    assert world.graph.nodes[ids.image_id(img)]["platform"] == "linux/amd64"


DF = 'FROM python:3.12-slim\nARG TARGETARCH\nCOPY app.py /app/\nRUN echo "$TARGETARCH"\nCMD ["python", "/app/app.py"]'


def test_buildx_multi_platform_push_makes_an_index_that_each_host_pulls_its_way(world):
    world.login("docker.io", "student", "student")
    world.write_files({"Dockerfile": DF, "app.py": "print('hi')\n"})
    out = world.docker("docker buildx build --platform linux/amd64,linux/arm64 -t student/app:1 --push .")
    assert out.exit_code == 0, out.output
    assert "[linux/arm64 2/3] COPY app.py /app/" in out.output and "exporting manifest list sha256:" in out.output
    assert world.images() == ["docker.io/library/python:3.12-slim"] or "student/app" not in " ".join(world.images())
    idx = _index(world, "docker.io/student/app:1")
    assert [m["platform"]["architecture"] for m in idx["manifests"]] == ["amd64", "arm64"]
    world.add_host("pi", platform="linux/arm64")
    arm = world.pull("student/app:1", host="pi")
    amd = world.pull("student/app:1")
    assert arm.digest == amd.digest and arm.image != amd.image
    assert world.docker("docker run --rm student/app:1 cat /app/app.py", host="pi").output == "print('hi')\n"
    # each platform's image sits on its own platform's base layers
    base_arm = world.layers("python:3.12-slim", host="pi") if "docker.io/library/python:3.12-slim" in world.images("pi") else None
    assert base_arm is None
    assert world.layers("student/app:1", host="pi")[0]["digest"] != world.layers("student/app:1")[0]["digest"]


def test_buildx_refuses_a_multi_platform_build_without_push_and_needs_a_tag(world):
    world.write_files({"Dockerfile": DF, "app.py": "x"})
    before = world.to_bytes()
    r = world.docker("docker buildx build --platform linux/amd64,linux/arm64 -t app:1 .")
    assert r.exit_code == 1 and "docker exporter does not currently support exporting manifest lists" in r.output
    r = world.docker("docker buildx build --platform linux/amd64,linux/arm64 --push .")
    assert r.exit_code == 1 and "tag is needed when pushing to registry" in r.output
    r = world.docker("docker buildx build --platform linux/amd64,linux/arm64 -t student/app:1 --push .")
    assert r.exit_code == 1 and "denied" in r.output      # not logged in: nothing pushed, nothing kept
    assert world.to_bytes() == before


def test_single_platform_build_uses_the_bases_variant(world):
    r = world.build(DF, tag="app:arm", context={"app.py": "x"}, platform="linux/arm64")
    img = world.graph.nodes[ids.image_id(r.image)]
    assert img["platform"] == "linux/arm64/v8"
    assert json.loads(world.blobs[r.image])["architecture"] == "arm64"
    assert world.graph.nodes[ids.image_id(world.image_of_ref("python:3.12-slim"))]["platform"] == "linux/arm64/v8"


def test_saving_leaves_out_the_catalogs_variant_blobs_and_loading_restores_them(world, tmp_path):
    world.add_host("pi", platform="linux/arm64")
    saved = world.to_bytes()
    arm_manifest = world.graph.nodes[ids.tag_id("docker.io/library/redis:7")]["variants"][1][1]
    assert arm_manifest not in json.loads(saved)["blobs"]
    world.save(tmp_path / "w.json")
    back = tx.World.load(tmp_path / "w.json")
    assert back.to_bytes() == saved
    assert back.pull("redis:7", host="pi").digest == world.pull("redis:7", host="pi").digest
