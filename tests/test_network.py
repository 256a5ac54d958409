"""The network lab: locations, links, the pull-time model and its properties, who may pull."""

import math
import os

import pytest

import taxonomy as tx
from taxonomy.exercises import exercises
from taxonomy.network import locations as loc
from taxonomy.network import pullmodel as pm
from taxonomy.network.text import estimate_text, pull_estimate_lines
from taxonomy.ops.network import estimate_for_pull

MB = 1_000_000


@pytest.fixture
def world():
    w = tx.World()
    w.add_registry("contoso.azurecr.io", kind="private-cloud", label="Azure Container Registry")
    w.add_registry("dtr.contoso.local", kind="on-premises", label="Docker Trusted Registry")
    w.journal.clear()
    return w


def _unchanged(world, action, error, match):
    before = world.to_bytes()
    with pytest.raises(error, match=match):
        action()
    assert world.to_bytes() == before


# -- defaults and their sources -------------------------------------------------------------
def test_every_default_link_and_uplink_names_a_documented_source():
    doc = open(os.path.join(os.path.dirname(__file__), "..", "docs", "network.md"), encoding="utf-8").read()
    for link in loc.DEFAULT_LINKS.values():
        assert link.source in loc.SOURCES and link.source != "world"
        assert link.bandwidth > 0 and link.rtt >= 0
        assert f"`{link.source}`" in doc, link.source
    for kind, source in loc.UPLINK_SOURCES.items():
        assert source in loc.SOURCES and f"`{source}`" in doc
    for place in loc.LOCATIONS:
        assert f"`{place}`" in doc
    for name in ("max-concurrent-downloads", "6 MiB", "40 MB/s"):
        assert name in doc


def test_every_pair_of_default_places_has_a_link_except_a_host_on_the_internet():
    for i, a in enumerate(loc.LOCATIONS):
        for b in loc.LOCATIONS[i:]:
            assert (loc.default_link(a, b) is None) == (a == b == "internet"), (a, b)


def test_default_places_of_the_kit_and_by_registry_kind(world):
    assert world.location_of("laptop") == "home"
    assert world.location_of("docker.io") == world.location_of("mcr.microsoft.com") == "internet"
    assert world.location_of("contoso.azurecr.io") == "cloud-europe"
    assert world.location_of("dtr.contoso.local") == "datacenter"
    assert world.uplink("docker.io") is None
    assert world.uplink("contoso.azurecr.io") == 800.0 and world.uplink("dtr.contoso.local") == 10_000.0
    world.add_host("prod-1", location="cloud-us")
    assert world.location_of("prod-1") == "cloud-us" == world.location_of("host:prod-1")


def test_links_table_lists_every_link_once_in_the_labs_order(world):
    table = world.links()
    pairs = [(l.a, l.b) for l in table.links]
    assert len(pairs) == len(set(pairs)) == len(loc.DEFAULT_LINKS)
    assert pairs[0] == ("home", "home") and ("office", "internet") in pairs and ("internet", "office") not in pairs
    assert "Ookla" in str(table) and "<table" in table._repr_html_()
    fr = tx.network.text.links_table(table.links, lang="fr")
    assert fr.headings[1] == "à" and "oui" in fr.column(4)


# -- the model's properties -------------------------------------------------------------
def test_only_missing_layers_count(world):
    fresh = world.estimate_pull("nginx:1.27")
    world.pull("nginx:1.27")
    again = world.estimate_pull("nginx:1.27")
    assert fresh.missing == 7 and fresh.present == 0
    assert fresh.downloaded == sum(l["nominal_size"] for l in world.layers("nginx:1.27"))
    assert again.missing == 0 and again.downloaded == 0
    assert again.total == pytest.approx(again.setup) == pytest.approx(pm.SETUP_ROUND_TRIPS * 0.015)
    assert all(l.status == "Already exists" and l.transfer == l.extraction == 0 for l in again.layers)


def test_a_layer_shared_with_an_image_on_the_host_costs_nothing(world):
    world.pull("nginx:1.27")
    shared = set(world.shared_layers.__self__.graph.nodes["image:" + world.image_of_ref("nginx:1.27")]["layers"])
    est = world.estimate_pull("python:3.12-slim")
    other = tx.World().estimate_pull("python:3.12-slim")
    present = [l for l in est.layers if l.present]
    assert [l.digest for l in present] == [d for d in (l.digest for l in other.layers) if d in shared]
    assert len(present) == 1 and present[0].transfer == present[0].waiting == present[0].extraction == 0
    assert est.downloaded == other.downloaded - present[0].size
    assert est.total < other.total


def test_three_concurrent_downloads_beat_serial_ones():
    layers = [(f"sha256:{i}", s * MB, False) for i, s in enumerate((30, 12, 25, 3, 1))]
    for rtt in (0.001, 0.015, 0.080):
        for mbps in (100, 1000, 12_500):
            together = pm.pull_timeline(layers, rtt=rtt, bandwidth=mbps * 125_000)
            serial = pm.pull_timeline(layers, rtt=rtt, bandwidth=mbps * 125_000, concurrency=1)
            assert together.downloads_end < serial.downloads_end, (rtt, mbps)
    # Over 80 ms one TCP connection carries at most 6 MiB / 80 ms, so three at once go almost 3x faster.
    far = pm.pull_timeline(layers, rtt=0.080, bandwidth=10_000 * 125_000, extract_rate=None)
    far_serial = pm.pull_timeline(layers, rtt=0.080, bandwidth=10_000 * 125_000, extract_rate=None, concurrency=1)
    assert far_serial.total / far.total > 2.0
    # Many small layers far away: the requests' round trips overlap.
    small = [(f"sha256:{i}", 100_000, False) for i in range(9)]
    assert (pm.pull_timeline(small, rtt=0.1, bandwidth=12_500_000).total
            < pm.pull_timeline(small, rtt=0.1, bandwidth=12_500_000, concurrency=1).total / 2)


def test_concurrent_downloads_beat_serial_ones_for_a_whole_pull_from_far_away():
    w = tx.World()
    w.add_registry("contoso-us.azurecr.io", kind="private-cloud", location="cloud-us")
    est = w.estimate_pull("nginx:1.27", registry="contoso-us.azurecr.io")
    sizes = [(l.digest, l.size, l.present) for l in est.layers]
    serial = pm.pull_timeline(sizes, rtt=est.rtt / 1000, bandwidth=est.bandwidth * 125_000, start=est.setup,
                              concurrency=1)
    assert est.total < serial.total and est.downloads_end < serial.downloads_end


def test_when_extraction_is_the_bottleneck_three_at_once_need_not_finish_sooner():
    """Downloading 3 at once shares the link, so the bottom layer, extracted first, arrives later (docs/network.md)."""
    layers = [("base", 200 * MB, False), ("b", 100 * MB, False), ("c", 80 * MB, False)]
    together = pm.pull_timeline(layers, rtt=0.001, bandwidth=12_500 * 125_000)
    serial = pm.pull_timeline(layers, rtt=0.001, bandwidth=12_500 * 125_000, concurrency=1)
    assert together.downloads_end <= serial.downloads_end
    assert together.layers[0].downloaded_at > serial.layers[0].downloaded_at
    assert together.total >= serial.total


def test_never_more_than_three_layers_download_at_once(world):
    est = world.estimate_pull("python:3.12")
    assert est.concurrency == pm.MAX_CONCURRENT_DOWNLOADS == 3
    spans = [(est.setup + l.queued, l.downloaded_at) for l in est.layers]
    for start, _ in spans:
        assert sum(1 for a, b in spans if a <= start < b) <= 3
    assert [l.queued for l in est.layers][:3] == [0, 0, 0] and est.layers[3].queued > 0


def test_layers_are_extracted_in_order_after_their_download(world):
    est = world.estimate_pull("python:3.12")
    previous = 0.0
    for l in est.layers:
        assert l.extracted_at >= l.downloaded_at + l.extraction - 1e-9
        assert l.extracted_at >= previous + l.extraction - 1e-9
        assert l.extraction == pytest.approx(l.size / pm.EXTRACT_RATE)
        previous = l.extracted_at
    assert est.total == pytest.approx(est.layers[-1].extracted_at)


def test_a_transfer_takes_size_over_bandwidth_when_alone():
    one = pm.pull_timeline([("a", 50 * MB, False)], rtt=0.002, bandwidth=100 * 125_000, start=0.01, extract_rate=None)
    assert one.layers[0].request == pytest.approx(0.002)
    assert one.layers[0].transfer == pytest.approx(50 * MB / (100 * 125_000))
    assert one.total == pytest.approx(0.01 + 0.002 + 4.0)


def test_a_same_region_registry_beats_a_distant_one(world):
    world.add_registry("contoso-us.azurecr.io", kind="private-cloud", location="cloud-us")
    world.add_host("prod-1", location="cloud-europe")
    for image in ("alpine:3.20", "nginx:1.27", "python:3.12", "mcr.microsoft.com/dotnet/aspnet:8.0"):
        near = world.estimate_pull(image, "prod-1", registry="contoso.azurecr.io")
        far = world.estimate_pull(image, "prod-1", registry="contoso-us.azurecr.io")
        assert near.total < far.total, image
        assert near.rtt < far.rtt
    for n in (1, 30):
        near = world.estimate_class_pull("nginx:1.27", n, registry="contoso.azurecr.io", location="cloud-europe")
        far = world.estimate_class_pull("nginx:1.27", n, registry="contoso-us.azurecr.io", location="cloud-europe")
        assert near.total < far.total


def test_the_sources_claim_holds_with_the_default_figures(world):
    """'If production is in Azure, use ACR; if on-premises, a DTR on the same network.'"""
    for hosts in (1, 30):
        cloud = world.compare_registries("nginx:1.27", location="cloud-europe", hosts=hosts).totals
        onprem = world.compare_registries("nginx:1.27", location="datacenter", hosts=hosts).totals
        assert cloud["contoso.azurecr.io"] < cloud["dtr.contoso.local"]
        assert onprem["dtr.contoso.local"] < onprem["contoso.azurecr.io"]
    assert world.compare_registries("python:3.12", location="datacenter", hosts=30).fastest == "dtr.contoso.local"


def test_hosts_sharing_a_link_scale_as_the_formula_says(world):
    world.set_link("office", "internet", rtt=0)       # no round trips: pure bandwidth
    one = world.estimate_class_pull("python:3.12", 1, location="office")
    for n in (2, 10, 30):
        many = world.estimate_class_pull("python:3.12", n, location="office")
        e = many.slowest
        assert e.on_link == e.pulling == n and e.shared
        assert e.bandwidth == pytest.approx(500 / n)
        assert e.download == pytest.approx(n * one.slowest.download)
        assert e.download == pytest.approx(e.downloaded / (500 / n * 125_000))
        assert many.downloaded == n * one.downloaded


def test_hosts_share_a_registrys_uplink_not_their_own_ports(world):
    cloud = [world.estimate_class_pull("nginx:1.27", n, registry="contoso.azurecr.io", location="cloud-europe").slowest
             for n in (1, 10, 30)]
    assert [e.bandwidth for e in cloud] == [pytest.approx(800.0), pytest.approx(80.0), pytest.approx(800 / 30)]
    assert not cloud[0].shared and cloud[2].link == 12_500
    # Docker Hub's CDN has no shared uplink: hosts on unshared links keep their whole link.
    hub = world.estimate_class_pull("nginx:1.27", 30, location="cloud-europe").slowest
    assert hub.uplink is None and hub.bandwidth == 1000


def test_per_host_bandwidth_is_the_formula():
    assert pm.per_host_bandwidth(link=500, shared=True, on_link=10, uplink=None, pulling=10) == 50
    assert pm.per_host_bandwidth(link=500, shared=False, on_link=10, uplink=None, pulling=10) == 500
    assert pm.per_host_bandwidth(link=500, shared=True, on_link=2, uplink=300, pulling=10) == 30
    assert pm.stream_cap(0.08) == pytest.approx(6 * 1024 * 1024 / 0.08)


def test_named_hosts_pull_with_their_own_layers_and_places(world):
    world.add_host("pc-1", location="office")
    world.add_host("pc-2", location="office")
    world.add_host("pc-3", location="cloud-europe")
    world.pull("nginx:1.27", host="pc-1")
    c = world.estimate_class_pull("python:3.12-slim", ["pc-1", "pc-2", "pc-3"])
    by = {e.host: e for e in c.estimates}
    assert c.hosts == 3 and c.counts == (1, 1, 1)
    assert by["pc-1"].present == 1 and by["pc-2"].present == 0
    assert by["pc-1"].on_link == by["pc-2"].on_link == 2 and by["pc-3"].on_link == 1
    assert by["pc-2"].bandwidth == 250 and by["pc-3"].bandwidth == 1000
    assert c.total == max(e.total for e in c.estimates) == c.slowest.total
    assert c.downloaded == sum(e.downloaded for e in c.estimates)


def test_a_mirror_near_the_hosts_beats_the_shared_line(world):
    direct = world.estimate_class_pull("python:3.12", 30, location="office")
    warm = world.estimate_class_pull("python:3.12", 30, location="office", mirror="office")
    cold = world.estimate_class_pull("python:3.12", 30, location="office", mirror="office", warm=False)
    assert warm.total < cold.total < direct.total
    assert warm.source == "mirror@office" and warm.slowest.upstream == 0
    assert cold.slowest.upstream > 0 and cold.slowest.registry == "docker.io"
    assert direct.notes and "toomanyrequests" in direct.notes[0] and not warm.notes
    # A registry of the world can be the mirror, with its own place and uplink.
    world.add_registry("mirror.office.local", kind="on-premises", location="office")
    via = world.estimate_pull("alpine:3.20", mirror="mirror.office.local")
    assert via.source == "mirror.office.local" and via.source_location == "office" and via.uplink == 10_000


def test_what_if_a_built_image_were_pushed(world):
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "myapp:1")           # only on the laptop, not in any registry
    est = world.estimate_pull("myapp:1", registry="contoso.azurecr.io")
    assert est.present == 1 and est.source == "contoso.azurecr.io"
    c = world.estimate_class_pull("myapp:1", 5, registry="contoso.azurecr.io", location="cloud-europe")
    assert c.slowest.present == 0 and c.slowest.missing == 1


def test_estimates_change_nothing(world):
    before = world.to_bytes()
    world.estimate_pull("nginx:1.27")
    world.estimate_class_pull("nginx:1.27", 30, location="office", mirror="office", warm=False)
    world.compare_registries("nginx:1.27", "datacenter", hosts=3)
    world.who_can_pull("nginx:1.27")
    world.links()
    assert world.to_bytes() == before and world.undo() is None


# -- links, places, uplinks in the world: journal, undo, save, load ---------------------------------
def test_set_link_undo_redo_and_reset(world):
    start = world.to_bytes()
    world.set_link("office", "internet", bandwidth=1000)
    assert world.link("internet", "office") == loc.Link("internet", "office", 1000.0, 10.0, True, "world")
    assert world.to_bytes() != start
    assert world.undo() == "set link internet-office"
    assert world.to_bytes() == start and world.link("office", "internet").source == "office_line"
    assert world.redo() == "set link internet-office"
    world.reset_link("office", "internet")
    assert world.link("office", "internet") == loc.default_link("office", "internet")
    assert world.undo() == "reset link internet-office" and world.link("office", "internet").bandwidth == 1000
    world.reset_link("home", "home")   # nothing to reset: no step
    assert world.journal.done[-1].label == "set link internet-office"


def test_links_places_and_uplinks_survive_save_and_load(world, tmp_path):
    world.add_location("lyon-office", label="Lyon office")
    world.set_link("lyon-office", "internet", bandwidth=200, rtt=12, shared=True)
    world.set_link("datacenter", "cloud-europe", bandwidth=10_000, shared=False)
    world.set_location("laptop", "lyon-office")
    world.set_uplink("contoso.azurecr.io", 480)
    world.set_uplink("dtr.contoso.local", None)
    path = tmp_path / "world.json"
    world.save(path)
    back = tx.World.load(path)
    assert back.to_bytes() == world.to_bytes()
    assert back.locations()[-1] == "lyon-office"
    assert back.link("internet", "lyon-office") == loc.Link("internet", "lyon-office", 200.0, 12.0, True, "world")
    assert back.link("cloud-europe", "datacenter").shared is False
    assert back.location_of("laptop") == "lyon-office"
    assert back.uplink("contoso.azurecr.io") == 480 and back.uplink("dtr.contoso.local") is None
    assert back.estimate_pull("alpine:3.20").total == world.estimate_pull("alpine:3.20").total


def test_every_network_change_is_one_undoable_step(world):
    start = world.to_bytes()
    world.add_location("branch")
    world.set_link("branch", "internet", bandwidth=50, rtt=30)
    world.set_location("dtr.contoso.local", "branch")
    world.set_uplink("docker.io", 1000)
    assert [s.label for s in world.journal.done] == [
        "add location branch", "set link branch-internet", "set location dtr.contoso.local branch",
        "set uplink docker.io"]
    for _ in range(4):
        world.undo()
    assert world.to_bytes() == start


def test_a_new_place_needs_its_links(world):
    world.add_location("mars")
    world.set_location("laptop", "mars")
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20"), tx.NotFound,
               r"no link between 'internet' and 'mars'; give one with world.set_link")
    assert estimate_for_pull(world, "alpine:3.20", lang="en")[0].startswith("[model] no estimate: no link")
    world.set_link("mars", "internet", bandwidth=1, rtt=1200)
    assert world.estimate_pull("alpine:3.20").total > 20


# -- errors ----------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, match", [
    ({"bandwidth": 0}, r"bandwidth \(Mbit/s\) must be greater than 0 and finite, not 0"),
    ({"bandwidth": -5}, r"greater than 0"),
    ({"bandwidth": float("nan")}, r"must be a number, not nan"),
    ({"bandwidth": float("inf")}, r"greater than 0 and finite, not inf"),
    ({"bandwidth": "fast"}, r"must be a number, not 'fast'"),
    ({"bandwidth": True}, r"must be a number, not True"),
    ({"rtt": -1}, r"round-trip time \(ms\) must be 0 or more"),
    ({"shared": "yes"}, r"shared must be True or False, not 'yes'"),
])
def test_set_link_refuses_bad_figures(world, kwargs, match):
    _unchanged(world, lambda: world.set_link("office", "internet", **kwargs), tx.InvalidArgument, match)


def test_network_errors_name_the_value_and_the_next_step(world):
    _unchanged(world, lambda: world.set_link("office", "moon", bandwidth=1), tx.NotFound,
               r"unknown location 'moon'; the locations are: home, office, .* \(add one with world.add_location\)")
    _unchanged(world, lambda: world.set_location("laptop", "moon"), tx.NotFound, "unknown location 'moon'")
    _unchanged(world, lambda: world.set_location("nosuch", "office"), tx.NotFound,
               "no host or registry named 'nosuch'; the hosts are: laptop; the registries are: contoso")
    _unchanged(world, lambda: world.set_location(42, "office"), tx.InvalidArgument, "name a host or a registry, not 42")
    world.add_location("branch")
    _unchanged(world, lambda: world.set_link("branch", "office", bandwidth=10), tx.InvalidArgument,
               "there is no link between 'branch' and 'office' yet: give both bandwidth= and rtt=")
    _unchanged(world, lambda: world.add_location("branch"), tx.Conflict, "the location 'branch' already exists")
    _unchanged(world, lambda: world.add_location("Branch Office"), tx.InvalidArgument, "invalid location name")
    _unchanged(world, lambda: world.set_uplink("docker.io", 0), tx.InvalidArgument, "uplink")
    _unchanged(world, lambda: world.set_uplink("nosuch.io", 10), tx.NotFound, "no such registry: 'nosuch.io'")
    _unchanged(world, lambda: world.estimate_pull("nosuch:1"), tx.NotFound,
               "no image nosuch:1 in registry docker.io nor on host 'laptop'; check the name, or build or push it first")
    _unchanged(world, lambda: world.estimate_pull("Bad Name"), tx.InvalidReference, "invalid reference format")
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20", host="nosuch"), tx.NotFound, "no such host: 'nosuch'")
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20", registry="nosuch.io"), tx.NotFound,
               "no such registry")
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20", registry="contoso.azurecr.io", mirror="office"),
               tx.InvalidArgument, "Docker uses registry mirrors only for Docker Hub images")
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20", mirror="moon"), tx.NotFound, "unknown mirror 'moon'")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", 0), tx.InvalidArgument, "at least 1, not 0")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", True), tx.InvalidArgument, "not True")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", []), tx.InvalidArgument, "at least one host")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", ["laptop", "laptop"]), tx.InvalidArgument,
               "named twice")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", ["laptop"], location="office"),
               tx.InvalidArgument, "location= is for a number of new hosts")
    _unchanged(world, lambda: world.estimate_class_pull("alpine:3.20", 3, location="moon"), tx.NotFound,
               "unknown location 'moon'")
    _unchanged(world, lambda: world.compare_registries("alpine:3.20", registries=[]), tx.InvalidArgument,
               "no registry to compare")


def test_a_name_that_is_both_a_host_and_a_registry_must_be_qualified():
    w = tx.World()
    w.add_host("docker.io")
    with pytest.raises(tx.InvalidArgument, match="say 'host:docker.io' or 'registry:docker.io'"):
        w.location_of("docker.io")
    assert w.location_of("registry:docker.io") == "internet" and w.location_of("host:docker.io") == "home"


def test_a_world_with_no_host_needs_a_location_for_new_hosts():
    w = tx.World.empty()
    w.add_registry("docker.io", kind="public")
    with pytest.raises(tx.NotFound, match="this world has no Docker host yet"):
        w.estimate_class_pull("alpine:3.20", 2)


def test_the_timeline_refuses_impossible_settings():
    with pytest.raises(ValueError):
        pm.pull_timeline([("a", 1, False)], rtt=0, bandwidth=0)
    with pytest.raises(ValueError):
        pm.pull_timeline([("a", 1, False)], rtt=0, bandwidth=1, concurrency=0)
    empty = pm.pull_timeline([("a", 0, False), ("b", 5, True)], rtt=0.01, bandwidth=1, start=1.0)
    assert empty.layers[0].downloaded_at == pytest.approx(1.01) and empty.total == pytest.approx(1.01)


# -- text: docker pull --estimate and the tables ---------------------------------------------------
def test_pull_estimate_lines_for_docker_pull(world):
    lines = estimate_for_pull(world, "nginx:1.27", lang="en")
    assert lines[0].startswith("[model] estimated pull time: 6.7 s (laptop at home ← docker.io at internet: "
                               "100 Mbit/s, RTT 15 ms)")
    assert len(lines) == 8 and all(l.startswith("[model] ") for l in lines)
    world.pull("nginx:1.27")
    lines = pull_estimate_lines(world.estimate_pull("python:3.12-slim"), lang="fr")
    assert lines[0].startswith("[model] durée de pull estimée : ")
    assert lines[1].endswith(" : déjà là, 0 s") and "," in lines[2]
    assert world.docker("docker pull python:3.12-slim").exit_code == 0


def test_estimate_text_in_both_languages(world):
    est = world.estimate_pull("nginx:1.27")
    en, fr = estimate_text(est, "en"), estimate_text(est, "fr")
    assert en.splitlines()[0] == ("Estimated pull of nginx:1.27 to laptop (developer's home) from docker.io "
                                  "(the internet, Docker Hub's CDN)")
    assert "total 6.7 s for 70.1MB (7 layer(s) to fetch, 0 already there)" in en
    assert "total 6,7 s pour 70.1MB" in fr
    assert str(est) == estimate_text(est) and "<table" in est._repr_html_()
    c = world.estimate_class_pull("nginx:1.27", 30, location="office")
    assert str(c).startswith("30 host(s) pull nginx:1.27 at the same time from docker.io")
    assert "toomanyrequests" in c._repr_html_()


# -- confidentiality -------------------------------------------------------------------------------
def test_who_can_pull_follows_logins_private_registries_and_private_repositories(world):
    world.add_host("guest")
    world.add_account("contoso.azurecr.io", "deploy", "s3cret")
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "contoso.azurecr.io/app:1")
    world.tag("alpine:3.20", "student/app:1")
    world.login("contoso.azurecr.io", "deploy", "s3cret")
    world.login("docker.io", "student", "student")
    world.push("contoso.azurecr.io/app:1")
    world.push("student/app:1")
    assert world.who_can_pull("alpine:3.20").allowed == ("guest", "laptop")
    acr = world.who_can_pull("contoso.azurecr.io/app:1")
    assert acr.allowed == ("laptop",) and not acr.can("guest")
    assert acr.denied["guest"].endswith("unauthorized: authentication required")
    assert world.who_can_pull("student/app:1").allowed == ("guest", "laptop")
    world.set_private("docker.io/student/app")
    before = world.to_bytes()
    hub = world.who_can_pull("student/app:1")
    assert hub.allowed == ("laptop",)
    assert hub.denied["guest"] == ("Error response from daemon: pull access denied for student/app, repository does "
                                   "not exist or may require 'docker login': denied: requested access to the "
                                   "resource is denied")
    assert world.who_can_pull("contoso.azurecr.io/nosuch:1").denied["laptop"].endswith(
        "repository contoso.azurecr.io/nosuch not found: name unknown: repository name not known to registry")
    assert [r[1] for r in hub.rows] == ["—", "student"] and "Who may pull student/app:1" in str(hub)
    assert world.to_bytes() == before


# -- exercises --------------------------------------------------------------------------------------
@pytest.mark.parametrize("ex", exercises("05"), ids=lambda e: e.id)
def test_each_exercise_is_unsolved_at_start_and_solved_by_its_solution(ex):
    world = ex.new_world()
    for lang in ("en", "fr"):
        verdict = ex.check(world, lang=lang)
        assert not verdict.solved and verdict.missing
    ex.solve(world)
    assert ex.check(world, lang="en").solved and ex.check(world, lang="fr").solved


def test_exercise_ids_and_titles():
    assert [e.id for e in exercises("05")] == ["05.1", "05.2", "05.3"]
    assert all(set(e.title) == {"en", "fr"} for e in exercises("05"))


def test_wrong_answers_are_rejected_with_a_reason():
    ex1, ex2, ex3 = exercises("05")
    w = ex1.new_world()
    for cmd in ("docker tag shop:1 contoso.azurecr.io/shop:1", "docker login -u student -p student contoso.azurecr.io",
                "docker push contoso.azurecr.io/shop:1"):
        assert w.docker(cmd).exit_code == 0
    v = ex1.check(w, lang="en")
    assert v.checks[0].met and not v.checks[1].met and v.checks[1].detail.startswith("contoso.azurecr.io: 1")
    w = ex2.new_world()
    w.docker("docker login -u student -p student", host="prod-01")
    v = ex2.check(w, lang="en")
    assert not v.solved and "guest can pull docker.io/student/shop:1" in str(v)
    w = ex3.new_world()
    w.set_link("office", "internet", bandwidth=1000, shared=False)
    assert [c.met for c in ex3.check(w, lang="en").checks] == [True, False]


def test_checks_never_raise_on_a_strange_world():
    ex1, ex2, ex3 = exercises("05")
    w = ex1.new_world()
    w.docker("docker rmi shop:1")
    assert not ex1.check(w).solved and not ex2.check(w).solved
    w = tx.World.empty()
    w.add_host("laptop")
    for ex in (ex1, ex2, ex3):
        assert not ex.check(w, lang="fr").solved


def test_the_placement_world_is_the_same_every_time():
    a, b = tx.network.placement_world(), tx.network.placement_world()
    assert a.to_bytes() == b.to_bytes() and not a.journal.done
    assert math.isclose(a.estimate_pull("student/shop:1", "prod-01").total,
                        b.estimate_pull("student/shop:1", "prod-01").total)
    shop = a.estimate_pull("shop:1", "laptop", registry="dtr.contoso.local")
    assert shop.missing == 0 and shop.present == 8      # python:3.12's 7 layers and the app's


def test_a_multi_arch_tag_is_estimated_for_the_hosts_platform_without_changing_the_world(world):
    world.add_host("pi", platform="linux/arm64")
    before = world.to_bytes()
    arm = world.estimate_pull("alpine:3.20", "pi")
    amd = world.estimate_pull("alpine:3.20", "laptop")
    assert world.to_bytes() == before
    assert arm.layers[0].digest != amd.layers[0].digest and arm.missing == amd.missing == 1
    assert world.estimate_pull("alpine:3.20", "laptop", platform="linux/arm64").layers == arm.layers
    world.pull("alpine:3.20", host="pi")
    assert world.estimate_pull("alpine:3.20", "pi").missing == 0
    assert world.estimate_class_pull("alpine:3.20", 3, location="office", platform="linux/arm64").slowest.layers[0].digest \
        == arm.layers[0].digest
    _unchanged(world, lambda: world.estimate_pull("alpine:3.20", platform="windows/amd64"), tx.PlatformMismatch,
               "no matching manifest for windows/amd64 in the manifest list entries")
    assert world.estimate_pull("mcr.microsoft.com/dotnet/sdk:8.0", platform="windows/amd64").missing > 0


def test_docker_pull_estimate_prints_the_model_lines_after_dockers_own(world):
    r = world.docker("docker pull --estimate nginx:1.27")
    lines = r.output.splitlines()
    assert r.exit_code == 0 and lines[0] == "1.27: Pulling from library/nginx"
    assert lines[lines.index("docker.io/library/nginx:1.27") + 1].startswith("[model] estimated pull time: 6.7 s")
    assert lines[-1].startswith("[model] 5c77d62718c6: waiting")
    r = world.docker("docker pull -q --estimate python:3.12-slim")
    assert r.output.splitlines()[:3] == ["docker.io/library/python:3.12-slim",
                                        r.output.splitlines()[1], "[model] 85c69d28f873: already there, 0 s"]
    before = world.to_bytes()
    bad = world.docker("docker pull --estimate nosuch:1")
    assert bad.exit_code == 1 and "[model]" not in bad.output and world.to_bytes() == before
