"""Clusters and the orchestrator: spread placement, pulls per host, rolling update, scale and failover."""

from collections import Counter

import pytest

import taxonomy as tx


def placement(world, name):
    return Counter(t.host for t in world.replicas(name))


# -- clusters -------------------------------------------------------------------
def test_add_cluster_makes_hosts_in_a_location(world):
    assert world.add_cluster("prod", 3, location="westeurope") == ["prod-1", "prod-2", "prod-3"]
    assert world.clusters() == ["prod"] and world.cluster_hosts("prod") == ["prod-1", "prod-2", "prod-3"]
    d = world.graph.nodes["host:prod-2"]
    assert (d["cluster"], d["location"], d["platform"], d["state"]) == ("prod", "westeurope", "linux/amd64", "up")
    world.add_host("old-box")
    assert world.add_cluster("edge", ["old-box", "edge-9"], platform="linux/arm64") == ["edge-9", "old-box"]
    assert world.graph.nodes["host:edge-9"]["platform"] == "linux/arm64"


@pytest.mark.parametrize("args, error, match", [
    (("Prod", 3), tx.InvalidArgument, "invalid cluster name 'Prod'"),
    (("prod", 0), tx.InvalidArgument, "1 to 500 hosts"),
    (("prod", True), tx.InvalidArgument, "number of hosts or a list"),
    (("prod", []), tx.InvalidArgument, "at least one host"),
    (("prod", ["Bad Name"]), tx.InvalidArgument, "invalid host name"),
])
def test_add_cluster_errors_change_nothing(world, args, error, match):
    before = world.to_bytes()
    with pytest.raises(error, match=match):
        world.add_cluster(*args)
    assert world.to_bytes() == before


def test_a_host_belongs_to_one_cluster_and_names_are_unique(world):
    world.add_cluster("prod", 2)
    with pytest.raises(tx.Conflict, match="already exists"):
        world.add_cluster("prod", 2)
    before = world.to_bytes()
    with pytest.raises(tx.Conflict, match="host 'prod-1' is already in cluster 'prod'"):
        world.add_cluster("other", ["new-1", "prod-1"])
    assert world.to_bytes() == before and "new-1" not in world.hosts()


def test_a_failed_cluster_in_an_empty_world_leaves_no_default_host():
    w = tx.World.empty()
    with pytest.raises(tx.InvalidArgument):
        w.add_cluster("prod", ["ok-1", "Bad Name"])
    assert w.default_host is None and w.hosts() == []


# -- deploy: spread and pulls -----------------------------------------------------
def test_spread_placement_of_100_replicas_over_30_hosts_pulls_once_per_host(world):
    world.add_cluster("prod", 30)
    r = world.deploy("nginx:1.27", replicas=100, cluster="prod", name="web")
    counts = placement(world, "web")
    assert sorted(counts.values()) == [3] * 20 + [4] * 10       # spread: never more than one apart
    assert counts == Counter(r.placement) and sum(r.placement.values()) == 100
    assert r.pulled == tuple(world.cluster_hosts("prod"))          # every host pulled, once
    assert len(r.started) == 100 and {t.slot for t in r.started} == set(range(1, 101))
    assert all(world.graph.nodes[f"container:{t.host}/{t.container}"]["state"] == "running" for t in r.started)
    for h in world.cluster_hosts("prod"):
        assert len(world.images(h)) == 1
    assert world.deployment("web")["running"] == 100


def test_hosts_that_have_the_image_do_not_pull_and_spread_favours_empty_hosts(world):
    world.add_cluster("prod", 3)
    world.pull("nginx:1.27", host="prod-2")
    world.run("redis:7", name="busy", host="prod-1", detach=True)
    r = world.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
    assert r.placement == {"prod-2": 1, "prod-3": 1}              # prod-1 already runs a container
    assert r.pulled == ("prod-3",)                                 # prod-2 had the image
    assert world.scale("web", 3).pulled == ("prod-1",)


def test_replicas_are_swarm_tasks_pinned_to_a_digest(world):
    world.add_cluster("prod", 2)
    r = world.deploy("nginx:1.27", replicas=2, cluster="prod")
    digest = world.pull("nginx:1.27").digest
    assert r.deployment == "nginx" and r.reference == f"docker.io/library/nginx:1.27@{digest}"
    t = world.replicas("nginx")[0]
    assert t.container.startswith("nginx.1.") and len(t.container.split(".")[2]) == 25
    node = world.graph.nodes[f"container:{t.host}/{t.container}"]
    assert (node["deployment"], node["slot"], node["image_ref"]) == ("nginx", 1, r.reference)
    ps = world.docker("docker ps", host=t.host).output
    assert f"nginx:1.27@{digest}" in ps and t.container in ps
    assert "1/2: running   [" in r.output and r.output.endswith("verify: Service converged\n")


def test_a_moved_tag_does_not_change_running_or_new_replicas_until_an_update(world):
    world.add_registry("contoso.azurecr.io")
    world.add_account("contoso.azurecr.io", "dev", "pw")
    world.login("contoso.azurecr.io", "dev", "pw")
    world.pull("nginx:1.27")
    world.tag("nginx:1.27", "contoso.azurecr.io/web:prod")
    world.push("contoso.azurecr.io/web:prod")
    world.add_cluster("prod", 2)
    world.cluster_login("prod", "contoso.azurecr.io", "dev", "pw")
    first = world.deploy("contoso.azurecr.io/web:prod", replicas=1, cluster="prod", name="web")
    world.pull("nginx:1.28")
    world.tag("nginx:1.28", "contoso.azurecr.io/web:prod")
    world.push("contoso.azurecr.io/web:prod")                     # the tag moves in the registry
    world.scale("web", 2)
    images = {world.image_of(t.container, t.host) for t in world.replicas("web")}
    assert images == {world.image_of_ref("nginx:1.27")}            # the pinned digest, not the new tag
    upd = world.rolling_update("web", "contoso.azurecr.io/web:prod")
    assert upd.reference != first.reference
    assert {world.image_of(t.container, t.host) for t in world.replicas("web")} == {world.image_of_ref("nginx:1.28")}


def test_deploy_errors_change_nothing(world):
    world.add_cluster("prod", 2)
    world.build("FROM alpine:3.20\n", tag="localonly:1")
    world.add_registry("contoso.azurecr.io")
    cases = [
        (lambda: world.deploy("nginx:1.27", 1, "nope"), tx.NotFound, "no such cluster: 'nope'"),
        (lambda: world.deploy("nginx:1.27", 1), tx.InvalidArgument, "needs a cluster"),
        (lambda: world.deploy("nginx:1.27", -1, "prod"), tx.InvalidArgument, "replicas must be"),
        (lambda: world.deploy("nginx:1.27", 1, "prod", name="Web"), tx.InvalidArgument, "invalid deployment name"),
        (lambda: world.deploy("nginx:9.9", 1, "prod"), tx.NotFound, "manifest for nginx:9.9 not found"),
        (lambda: world.deploy("localonly:1", 1, "prod"), tx.Denied, "pull access denied for localonly"),
        (lambda: world.deploy("contoso.azurecr.io/app:1", 1, "prod"), tx.Unauthorized,
         "is not logged in to contoso.azurecr.io; give the cluster's hosts a login"),
        (lambda: world.deploy("not a ref", 1, "prod"), tx.InvalidReference, "invalid reference format"),
    ]
    for call, error, match in cases:
        before = world.to_bytes()
        with pytest.raises(error, match=match):
            call()
        assert world.to_bytes() == before
    world.deploy("nginx:1.27", 1, "prod", name="web")
    with pytest.raises(tx.Conflict, match="service web already exists"):
        world.deploy("nginx:1.28", 1, "prod", name="web")
    with pytest.raises(tx.NotFound, match="No such service: api"):
        world.scale("api", 2)


def test_a_private_registry_needs_a_cluster_login(world):
    world.add_registry("contoso.azurecr.io")
    world.add_account("contoso.azurecr.io", "puller", "pw")
    world.login("contoso.azurecr.io", "puller", "pw")
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "contoso.azurecr.io/base:1")
    world.push("contoso.azurecr.io/base:1")
    world.add_cluster("prod", 2)
    with pytest.raises(tx.Unauthorized):
        world.deploy("contoso.azurecr.io/base:1", 1, "prod", command=["sleep", "1000"])
    with pytest.raises(tx.Unauthorized, match="incorrect username or password"):
        world.cluster_login("prod", "contoso.azurecr.io", "puller", "wrong")
    assert world.logged_in("contoso.azurecr.io", host="prod-1") is None
    assert world.cluster_login("prod", "contoso.azurecr.io", "puller", "pw") == "Login Succeeded"
    r = world.deploy("contoso.azurecr.io/base:1", 2, "prod", command=["sleep", "1000"], env=["A=1"])
    node = world.graph.nodes[f"container:{r.started[0].host}/{r.started[0].container}"]
    assert node["command"] == ("sleep", "1000") and "A=1" in node["env"] and node["state"] == "running"


# -- platforms ----------------------------------------------------------------------
def test_placement_skips_hosts_of_another_platform(world):
    world.add_cluster("mixed", ["win-1", "lin-1", "lin-2"])
    with world.journal.transaction("make win-1 a Windows host"):
        world.journal.set("host:win-1", "platform", "windows/amd64")
    r = world.deploy("nginx:1.27", replicas=4, cluster="mixed", name="web")
    assert r.placement == {"lin-1": 2, "lin-2": 2} and r.pending == 0
    win = world.deploy("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", 2, "mixed", name="iis",
                       command=["dotnet", "app.dll"])
    assert win.placement == {"win-1": 2}


def test_no_host_of_the_right_platform_is_docker_s_error(world):
    world.add_cluster("arm", 2, platform="linux/arm64")
    before = world.to_bytes()
    with pytest.raises(tx.PlatformMismatch, match="no matching manifest for linux/arm64/v8 in the manifest list entries"):
        world.deploy("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022", 1, "arm")
    assert world.to_bytes() == before
    r = world.deploy("nginx:1.27", 2, "arm")
    assert r.placement == {"arm-1": 1, "arm-2": 1}
    for t in r.started:
        img = world.graph.nodes[f"image:{world.image_of(t.container, t.host)}"]
        assert img["platform"].startswith("linux/arm64")               # each host pulled its own variant


# -- rolling update and scale -------------------------------------------------------
def test_rolling_update_replaces_every_replica_on_its_host_and_pulls_the_new_image(world):
    world.add_cluster("prod", 3)
    world.deploy("nginx:1.27", replicas=4, cluster="prod", name="web")
    old = world.replicas("web")
    r = world.rolling_update("web", "nginx:1.28")
    new = world.replicas("web")
    assert [t.slot for t in r.removed] == [1, 2, 3, 4] and [t.slot for t in r.started] == [1, 2, 3, 4]
    assert [t.host for t in new] == [t.host for t in old]
    assert not {t.container for t in old} & {t.container for t in new}
    assert r.pulled == ("prod-1", "prod-2", "prod-3")
    want = world.pull("nginx:1.28").image                            # the same image id on the laptop
    assert {world.image_of(t.container, t.host) for t in new} == {want}
    d = world.deployment("web")
    assert d["revision"] == 2 and d["image"] == "docker.io/library/nginx:1.28"
    assert d["previous"][0] == "docker.io/library/nginx:1.27"
    same = world.rolling_update("web", "nginx:1.28")
    assert same.started == () and same.removed == () and world.deployment("web")["revision"] == 2


def test_rolling_update_to_a_digest_and_its_errors(world):
    world.add_cluster("prod", 2)
    world.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
    digest = world.pull("nginx:1.28").digest
    world.rolling_update("web", f"nginx@{digest}")
    assert world.deployment("web")["pinned"] == f"docker.io/library/nginx@{digest}"
    before = world.to_bytes()
    with pytest.raises(tx.NotFound, match="manifest for nginx:0.1 not found"):
        world.rolling_update("web", "nginx:0.1")
    with pytest.raises(tx.NotFound, match="No such service: api"):
        world.rolling_update("api", "nginx:1.28")
    assert world.to_bytes() == before


def test_scale_up_down_and_to_zero(world):
    world.add_cluster("prod", 3)
    world.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
    assert sum(world.scale("web", 6).placement.values()) == 6
    assert sorted(placement(world, "web").values()) == [2, 2, 2]
    down = world.scale("web", 2)
    assert [t.slot for t in down.removed] == [6, 5, 4, 3]
    assert [t.slot for t in world.replicas("web")] == [1, 2]
    assert world.scale("web", 0).placement == {} and world.replicas("web") == []
    assert world.deployment("web")["replicas"] == 0
    before = world.to_bytes()
    with pytest.raises(tx.InvalidArgument, match="replicas must be a whole number"):
        world.scale("web", "3")
    assert world.to_bytes() == before
    assert world.remove_deployment("web") == [] and world.deployments() == []


# -- failover ----------------------------------------------------------------------
def test_a_failed_host_s_replicas_move_and_the_new_hosts_pull(world):
    world.add_cluster("prod", 3)
    world.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")   # prod-1 and prod-2
    assert "prod-3" not in placement(world, "web")
    moved = world.fail_host("prod-1")["web"]
    assert [t.host for t in moved.removed] == ["prod-1"]
    assert [t.host for t in moved.started] == ["prod-3"] and moved.pulled == ("prod-3",)
    assert placement(world, "web") == {"prod-2": 1, "prod-3": 1}
    assert not world.host_up("prod-1") and world.containers("prod-1") == []
    assert {t.slot for t in world.replicas("web")} == {1, 2}
    world.scale("web", 4)                                            # never placed on a down host
    assert "prod-1" not in placement(world, "web")


def test_when_every_host_is_down_replicas_wait_and_come_back(world):
    world.add_cluster("prod", 2)
    world.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
    world.fail_host("prod-1")
    last = world.fail_host("prod-2")["web"]
    assert last.pending == 2 and last.placement == {}
    assert "1/2: no suitable node" in last.output
    d = world.deployment("web")
    assert (d["replicas"], d["running"], d["pending"]) == (2, 0, 2)
    with pytest.raises(tx.Conflict, match="no suitable node: every host of cluster 'prod' is down"):
        world.rolling_update("web", "nginx:1.28")
    back = world.recover_host("prod-2")
    assert back["web"].placement == {"prod-2": 2}
    assert world.recover_host("prod-1") == {}                          # no rebalancing, as in Swarm


def test_fail_host_errors(world):
    world.add_cluster("prod", 1)
    with pytest.raises(tx.InvalidArgument, match="host 'laptop' is in no cluster"):
        world.fail_host("laptop")
    world.fail_host("prod-1")
    with pytest.raises(tx.Conflict, match="already down"):
        world.fail_host("prod-1")
    world.recover_host("prod-1")
    with pytest.raises(tx.Conflict, match="is not down"):
        world.recover_host("prod-1")
    with pytest.raises(tx.NotFound, match="no such host"):
        world.fail_host("nope")


# -- persistence -----------------------------------------------------------------------
def test_undo_and_save_load_keep_clusters_and_deployments(world, tmp_path):
    world.add_cluster("prod", 3, location="westeurope")
    world.deploy("nginx:1.27", replicas=3, cluster="prod", name="web")
    before = world.to_bytes()
    world.rolling_update("web", "nginx:1.28")
    world.fail_host("prod-2")
    world.save(tmp_path / "w.json")
    loaded = tx.World.load(tmp_path / "w.json")
    assert loaded.to_bytes() == world.to_bytes()
    assert loaded.deployment("web") == world.deployment("web")
    assert not loaded.host_up("prod-2") and loaded.clusters() == ["prod"]
    assert loaded.scale("web", 5).placement == world.scale("web", 5).placement
    world.undo(); world.undo(); world.undo()
    assert world.to_bytes() == before
