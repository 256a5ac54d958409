"""Behaviour of the world's operations, each asserted against Docker's rules."""

import json

import pytest

import taxonomy as tx
from taxonomy.content import chain_ids, sha256_digest


def test_starting_kit_has_the_catalog(world):
    assert world.hosts() == ["laptop"]
    assert world.registries() == ["docker.io", "mcr.microsoft.com"]
    repos = world.repositories("docker.io")
    for name in ["hello-world", "busybox", "alpine", "ubuntu", "debian", "nginx", "httpd", "python", "node", "redis", "postgres"]:
        assert f"docker.io/library/{name}" in repos
    assert {"3.12", "3.12-slim"} <= set(world.tags("docker.io/library/python"))
    assert {"20", "20-alpine"} <= set(world.tags("docker.io/library/node"))
    assert {"1.27", "alpine", "latest"} <= set(world.tags("docker.io/library/nginx"))
    assert {"22.04", "24.04", "latest"} <= set(world.tags("docker.io/library/ubuntu"))
    for repo in ["dotnet/sdk", "dotnet/aspnet", "dotnet/runtime"]:
        assert {"8.0", "9.0"} <= set(world.tags(f"mcr.microsoft.com/{repo}"))
    assert "8.0-nanoserver-ltsc2022" in world.tags("mcr.microsoft.com/dotnet/sdk")


def test_empty_world_has_nothing():
    w = tx.World.empty()
    assert len(w.graph) == 0 and w.blobs == {}
    with pytest.raises(tx.NotFound, match="no Docker host"):
        w.pull("alpine")


def test_digests_are_real_over_real_bytes(world):
    for node, d in world.graph.nodes(data=True):
        if d["kind"] == "layer":
            assert sha256_digest(world.blobs[d["digest"]]) == d["digest"]
            import gzip
            assert sha256_digest(gzip.decompress(world.blobs[d["digest"]])) == d["diff_id"]
            assert d["digest"] != d["diff_id"]
        if d["kind"] == "image":
            config = world.blobs[d["digest"]]
            manifest = json.loads(world.blobs[d["manifest_digest"]])
            assert manifest["config"]["digest"] == d["digest"] == sha256_digest(config)
            assert [l["digest"] for l in manifest["layers"]] == list(d["layers"])
            diff_ids = json.loads(config)["rootfs"]["diff_ids"]
            assert diff_ids == [world.graph.nodes[f"layer:{l}"]["diff_id"] for l in d["layers"]]


def test_same_content_same_digest_across_worlds():
    a, b = tx.World(), tx.World()
    assert a.to_bytes() == b.to_bytes()


def test_related_tags_share_base_layers(world):
    world.pull("nginx:1.27")
    r = world.pull("python:3.12-slim")
    assert [l.status for l in r.layers] == ["Already exists"] + ["Pull complete"] * (len(r.layers) - 1)
    assert len(world.shared_layers("nginx:1.27", "python:3.12-slim")) == 1


def test_pull_normalises_and_is_idempotent(world):
    r = world.pull("nginx")
    assert r.reference == "docker.io/library/nginx:latest" and r.default_tag
    again = world.pull("docker.io/library/nginx:latest")
    assert again.up_to_date and again.digest == r.digest


def test_tags_are_pointers_and_digests_are_not(world):
    r = world.pull("alpine:3.20")
    world.tag("alpine:3.20", "myalpine:stable")
    world.pull("alpine:3.21")
    world.tag("alpine:3.21", "myalpine:stable")   # the tag moves
    assert world.image_of_ref("myalpine:stable") == world.image_of_ref("alpine:3.21")
    pinned = world.pull(f"alpine@{r.digest}")
    assert pinned.image == r.image                  # a digest always names the same image


def test_pull_errors_use_dockers_words(world):
    with pytest.raises(tx.Denied, match="pull access denied for nosuch, repository does not exist"):
        world.pull("nosuch")
    with pytest.raises(tx.NotFound, match="manifest for nginx:nosuch not found: manifest unknown"):
        world.pull("nginx:nosuch")
    with pytest.raises(tx.InvalidReference, match="must be lowercase"):
        world.pull("UPPER")
    with pytest.raises(tx.NotFound, match="no such host"):
        world.pull("registry.example.com/app:1")


def test_private_registry_needs_login_even_to_pull(world):
    world.add_registry("contoso.azurecr.io", label="Azure Container Registry")
    world.add_account("contoso.azurecr.io", "ci", "pw")
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "contoso.azurecr.io/base/alpine:3.20")
    with pytest.raises(tx.Unauthorized, match="authentication required"):
        world.push("contoso.azurecr.io/base/alpine:3.20")
    world.login("contoso.azurecr.io", "ci", "pw")
    world.push("contoso.azurecr.io/base/alpine:3.20")
    world.add_host("prod")
    with pytest.raises(tx.Unauthorized, match=r'Head "https://contoso.azurecr.io/v2/base/alpine/manifests/3.20": unauthorized'):
        world.pull("contoso.azurecr.io/base/alpine:3.20", host="prod")
    world.login("contoso.azurecr.io", "ci", "pw", host="prod")
    assert world.pull("contoso.azurecr.io/base/alpine:3.20", host="prod").layers[0].status == "Pull complete"


def test_push_sends_only_missing_layers(world):
    world.login("docker.io", "student", "student")
    world.pull("nginx:1.27")
    world.tag("nginx:1.27", "student/web:1")
    first = world.push("student/web:1")
    assert {l.status for l in first.layers} <= {"Mounted from library/nginx", "Mounted from library/debian",
                                                  "Mounted from library/httpd", "Mounted from library/python",
                                                  "Mounted from library/redis", "Mounted from library/postgres",
                                                  "Mounted from dotnet/runtime"} | {"Pushed"}
    second = world.push("student/web:1")
    assert {l.status for l in second.layers} == {"Layer already exists"}
    assert "student/web" in {r.split("docker.io/")[1] for r in world.repositories("docker.io")}


def test_push_needs_rights_on_the_namespace(world):
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "student/a:1")
    with pytest.raises(tx.Denied, match="requested access to the resource is denied"):
        world.push("student/a:1")
    world.login("docker.io", "student", "student")
    world.tag("alpine:3.20", "someoneelse/a:1")
    with pytest.raises(tx.Denied):
        world.push("someoneelse/a:1")
    with pytest.raises(tx.NotFound, match="An image does not exist locally with the tag: student/nothing"):
        world.push("student/nothing")


def test_rmi_refuses_image_in_use_unless_forced(world):
    world.run("nginx:1.27", name="web", detach=True)
    with pytest.raises(tx.Conflict, match=r'unable to remove repository reference "nginx:1.27" \(must force\) - container [0-9a-f]{12} is using'):
        world.rmi("nginx:1.27")
    image_id = world.image_of("web")
    with pytest.raises(tx.Conflict, match="cannot be forced"):
        world.rmi(image_id[7:19], force=True)
    world.rm("web", force=True)
    r = world.rmi("nginx:1.27")
    assert r.untagged[0] == "nginx:1.27" and r.deleted[0] == image_id
    assert world.images() == []


def test_rmi_untags_when_other_tags_remain(world):
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "mine:1")
    r = world.rmi("mine:1")
    assert r.untagged == ("mine:1",) and r.deleted == ()
    assert world.images() == ["docker.io/library/alpine:3.20"]


def test_rmi_deletes_only_unshared_layers(world):
    world.pull("nginx:1.27")
    world.pull("python:3.12-slim")
    before = world.layers("nginx:1.27")
    r = world.rmi("nginx:1.27")
    # the debian base layer stays: python:3.12-slim still uses it
    assert len(r.deleted) == 1 + len(before) - 1
    chains = chain_ids([l["diff_id"] for l in before])
    assert set(r.deleted[1:]) == set(chains[1:])
    assert world.graph.has_edge("host:laptop", f"layer:{before[0]['digest']}")


def test_container_lifecycle(world):
    r = world.run("nginx:1.27", name="web", detach=True)
    assert r.state == "running" and len(r.id) == 64
    world.stop("web")
    node = world.graph.nodes["container:laptop/web"]
    assert node["state"] == "exited" and node["exit_code"] == 0
    assert world.start("web") == "running"
    with pytest.raises(tx.Conflict, match="container is running"):
        world.rm("web")
    world.rm("web", force=True)
    assert world.containers() == []
    with pytest.raises(tx.NotFound, match="No such container: web"):
        world.stop("web")


def test_one_image_many_containers(world):
    for i in range(3):
        world.run("nginx:1.27", name=f"web{i}", detach=True)
    assert world.containers_of("nginx:1.27") == ["web0", "web1", "web2"]
    assert len({world.graph.nodes[f"container:laptop/web{i}"]["id"] for i in range(3)}) == 3


def test_container_name_conflict(world):
    world.run("alpine:3.20", name="x")
    with pytest.raises(tx.Conflict, match='The container name "/x" is already in use by container'):
        world.run("alpine:3.20", name="x")


def test_simulated_processes(world):
    assert world.run("hello-world").output.startswith("\nHello from Docker!")
    assert world.run("alpine:3.20", ["echo", "hi", "there"]).output == "hi there\n"
    assert world.run("alpine:3.20", ["false"]).exit_code == 1
    pg = world.run("postgres:17", detach=True)
    assert pg.state == "exited" and pg.exit_code == 1 and "POSTGRES_PASSWORD" in pg.output
    assert world.run("postgres:17", detach=True, env=["POSTGRES_PASSWORD=pw"]).state == "running"
    assert world.run("ubuntu:24.04", ["cat", "/etc/os-release"]).output.startswith('PRETTY_NAME="Ubuntu 24.04')


def test_volumes_outlive_containers(world):
    world.run("redis:7", name="cache", detach=True, volumes=["data:/data"])
    assert world.volumes() == ["data"]
    with pytest.raises(tx.Conflict, match="volume is in use"):
        world.volume_rm("data")
    world.rm("cache", force=True)
    assert world.volumes() == ["data"]
    world.run("redis:7", name="cache2", detach=True, volumes=["data:/data"])
    assert world.graph.has_edge("container:laptop/cache2", "volume:laptop/data")


def test_anonymous_volumes_and_rm_v(world):
    world.run("redis:7", name="c", detach=True)
    (anon,) = world.volumes()
    assert len(anon) == 64
    world.rm("c", force=True, volumes=True)
    assert world.volumes() == []


def test_port_already_allocated(world):
    world.run("nginx:1.27", name="a", detach=True, ports=["8080:80"])
    with pytest.raises(tx.Conflict, match="Bind for 0.0.0.0:8080 failed: port is already allocated"):
        world.run("nginx:1.27", name="b", detach=True, ports=["8080:80"])
    assert world.containers() == ["a"]


def test_login_logout(world):
    with pytest.raises(tx.Unauthorized, match="incorrect username or password"):
        world.login("docker.io", "student", "nope")
    assert world.login(None, "student", "student") == "Login Succeeded"
    assert world.logged_in("docker.io") == "student"
    assert world.logout() == "Removing login credentials for https://index.docker.io/v1/"
    assert world.logged_in("docker.io") is None


def test_private_repository_on_docker_hub(world):
    world.login("docker.io", "student", "student")
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "student/secret:1")
    world.push("student/secret:1")
    world.set_private("docker.io/student/secret")
    world.add_host("other")
    with pytest.raises(tx.Denied, match="pull access denied for student/secret"):
        world.pull("student/secret:1", host="other")


def test_image_prune(world):
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "keep:1")
    world.run("alpine:3.20", name="c")
    world.pull("busybox:1.36")
    r = world.image_prune(all=True)
    assert world.images() == ["docker.io/library/alpine:3.20", "docker.io/library/keep:1"]
    assert "busybox:1.36" in r.untagged


def test_queries(world):
    world.pull("alpine:3.20")
    assert world.where_is("alpine:3.20") == {"hosts": ["laptop"], "repositories": ["docker.io/library/alpine"]}
    assert [l["nominal_size"] for l in world.layers("alpine:3.20")] == [3_630_000]


def test_bad_arguments_are_clear(world):
    with pytest.raises(tx.InvalidArgument, match="invalid host name"):
        world.add_host("Bad Name")
    with pytest.raises(tx.Conflict, match="already exists"):
        world.add_host("laptop")
    with pytest.raises(tx.InvalidArgument, match="invalid registry address"):
        world.add_registry("not a domain")
    with pytest.raises(tx.InvalidArgument, match="invalid port specification"):
        world.run("nginx:1.27", ports=["abc"])
    with pytest.raises(tx.NotFound, match="no such host: 'nohost'"):
        world.pull("alpine", host="nohost")


def test_failed_operations_change_nothing(world):
    world.run("nginx:1.27", name="web", detach=True, ports=["80:80"])
    before = world.to_bytes()
    for bad in [lambda: world.run("nginx:1.27", name="web"), lambda: world.rmi("nginx:1.27"),
                lambda: world.run("nginx:1.28", name="web2", ports=["80:80"]),
                lambda: world.push("nginx:1.27"), lambda: world.rm("web")]:
        with pytest.raises(tx.TaxonomyError):
            bad()
        assert world.to_bytes() == before


def test_undo_redo(world):
    before = world.to_bytes()
    world.run("nginx:1.27", name="web", detach=True)
    after = world.to_bytes()
    assert world.undo() == "run nginx:1.27"
    assert world.to_bytes() == before
    assert world.redo() == "run nginx:1.27"
    assert world.to_bytes() == after
    assert world.undo() and world.undo() is None


def test_rmi_frees_every_layer_no_other_image_lists(world):
    world.pull("python:3.12")
    world.pull("python:3.13")
    before = set(world.out_nodes("host:laptop", "stores", "layer"))
    out = world.docker("docker rmi python:3.13").output
    after = set(world.out_nodes("host:laptop", "stores", "layer"))
    gone = before - after
    # python:3.13's own layer goes, even though its top layer (the links) is byte-identical to 3.12's
    assert any("python-3.13" in world.graph.nodes[n]["created_by"] or "3.13" in world.graph.nodes[n]["created_by"] for n in gone)
    assert all(world.graph.has_edge("host:laptop", f"layer:{d}") for d in world.graph.nodes[f"image:{world.image_of_ref('python:3.12')}"]["layers"])
    assert out.count("Deleted: sha256:") >= 2
