"""Headless tests of the network lab's charts and panel: set values, click, check the world and the widgets."""

import pytest

import taxonomy as tx
from taxonomy.views.network import PlacementPanel, hosts_curve, placement_estimates, registry_bars, render_png

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def world():
    w = tx.World()
    w.add_registry("contoso.azurecr.io", kind="private-cloud", label="Azure Container Registry")
    w.add_registry("dtr.contoso.local", kind="on-premises", label="Docker Trusted Registry")
    w.journal.clear()
    return w


@pytest.fixture
def panel(world):
    return PlacementPanel(world, image="nginx:1.27", location="datacenter", lang="en")


def _kind(status):
    return status.value.split('class="tx-status tx-')[1].split('"')[0]


def test_the_panel_compares_every_registry_and_draws_both_charts(panel):
    assert set(panel.totals()) == {"docker.io", "mcr.microsoft.com", "contoso.azurecr.io", "dtr.contoso.local"}
    assert panel.fastest == "dtr.contoso.local"
    assert bytes(panel.bars.value).startswith(PNG) and bytes(panel.curve.value).startswith(PNG)
    assert "dtr.contoso.local" in panel.table.value and "<table" in panel.table.value
    assert _kind(panel.status) == "info" and "fastest for 1 host(s) in on-premises data centre" in panel.status.value
    assert "dtr.contoso.local: " in panel.alt.value and panel.bars_text.startswith("Chart: nginx:1.27")
    assert repr(panel) == "PlacementPanel(image='nginx:1.27', location='datacenter', hosts=1, fastest='dtr.contoso.local')"
    assert panel.world.undo() is None          # building the panel changed nothing


def test_sliders_show_the_link_from_the_place_to_the_chosen_registry(panel):
    panel.registry.value = "contoso.azurecr.io"
    assert (panel.bandwidth.value, panel.rtt.value) == (650.0, 15.0)   # the site-to-site VPN
    panel.location.value = "cloud-europe"
    assert (panel.bandwidth.value, panel.rtt.value) == (12_500.0, 1.0)  # same region
    assert panel.world.undo() is None and panel.fastest == "docker.io"


def test_moving_a_slider_sets_the_link_in_the_world_and_undo_takes_it_back(panel):
    world = panel.world
    start = world.to_bytes()
    panel.registry.value = "contoso.azurecr.io"
    before = panel.totals()["contoso.azurecr.io"]
    panel.bandwidth.value = 10_000
    assert world.link("datacenter", "cloud-europe").bandwidth == 10_000
    assert world.link("datacenter", "cloud-europe").rtt == 15 and world.link("datacenter", "cloud-europe").shared
    assert panel.totals()["contoso.azurecr.io"] < before
    assert _kind(panel.status) == "ok" and "is now 10000 Mbit/s" in panel.status.value
    panel.rtt.value = 150
    assert world.link("datacenter", "cloud-europe").rtt == 150
    assert [s.label for s in world.journal.done] == ["set link cloud-europe-datacenter"] * 2
    world.undo()
    world.undo()
    assert world.to_bytes() == start


def test_the_reset_button_gives_the_default_back(panel):
    panel.registry.value = "docker.io"
    panel.bandwidth.value = 5
    assert panel.world.link("datacenter", "internet").bandwidth == 5
    panel.reset_button.click()
    assert panel.world.link("datacenter", "internet").source == "company_wan"
    assert panel.bandwidth.value == 1000 and _kind(panel.status) == "ok" and "back to its default" in panel.status.value


def test_hosts_image_and_mirror_recompute(panel):
    one = panel.totals()["docker.io"]
    panel.hosts.value = 30
    assert panel.totals()["docker.io"] > one
    assert "30 host(s)" in panel.status.value
    panel.mirror.value = True
    assert "mirror@datacenter" in panel.totals()
    panel.image.value = "alpine:3.20"
    assert all(t < 5 for t in panel.totals().values())
    assert repr(panel).startswith("PlacementPanel(image='alpine:3.20', location='datacenter', hosts=30")


def test_a_place_with_no_link_is_a_message_and_the_sliders_can_make_one(world):
    world.add_location("mars")
    panel = PlacementPanel(world, image="alpine:3.20", location="office", lang="en")
    before = world.to_bytes()
    panel.location.value = "mars"
    assert _kind(panel.status) == "error" and "no link between &#x27;cloud-europe&#x27; and &#x27;mars" in panel.status.value
    assert panel.estimates == [] and panel.fastest is None and world.to_bytes() == before
    panel.registry.value = "docker.io"
    panel.bandwidth.value = 20        # the sliders give both figures: the link is made
    assert world.link("mars", "internet") == tx.network.Link("internet", "mars", 20.0, panel.rtt.value, False, "world")
    assert _kind(panel.status) == "ok" and panel.totals()["docker.io"] > 0
    panel.reset_button.click()        # the link the world added goes away again
    with pytest.raises(tx.NotFound, match="no link between 'internet' and 'mars'"):
        world.link("mars", "internet")
    assert panel.estimates == [] and _kind(panel.status) == "error"


def test_the_panel_speaks_french(world):
    panel = PlacementPanel(world, image="alpine:3.20", location="office", lang="fr")
    assert panel.location.description == "Hôtes dans" and panel.reset_button.description == "Lien par défaut"
    assert "le plus rapide pour 1 hôte(s)" in panel.status.value and "registre" in panel.table.value


def test_the_panel_defaults_to_the_default_hosts_place_and_adds_an_unknown_image():
    panel = PlacementPanel(tx.World(), image="python:3.12")
    assert panel.location.value == "home" and panel.image.value == "python:3.12"
    assert "nginx:1.27" in panel.image.options and "hello-world:latest" in panel.image.options


def test_registry_bars_stack_setup_download_and_tail(world):
    ax = registry_bars(world, "python:3.12", "cloud-europe", 30, mirror=True, lang="en")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["contoso.azurecr.io", "docker.io", "dtr.contoso.local", "mcr.microsoft.com",
                      "mirror@cloud-europe"]
    estimates = dict(placement_estimates(world, "python:3.12", "cloud-europe", 30, mirror=True))
    segments = {gid: [p for p in ax.patches if p.get_gid() == gid] for gid in ("setup", "download", "tail")}
    assert all(len(s) == 5 for s in segments.values())
    for i, label in enumerate(labels):
        width = sum(segments[g][i].get_width() for g in segments)
        assert width == pytest.approx(estimates[label].total)
    assert ax.get_title() == "python:3.12 to 30 host(s) in cloud region, Europe"
    assert render_png(ax).startswith(PNG)


def test_hosts_curve_rises_with_the_hosts_sharing_a_line(world):
    ax = hosts_curve(world, "nginx:1.27", "office", max_hosts=50, mark=7, lang="fr")
    lines = {l.get_gid(): l for l in ax.get_lines() if l.get_gid()}
    assert list(lines) == ["contoso.azurecr.io", "docker.io", "dtr.contoso.local", "mcr.microsoft.com"]
    assert [int(x) for x in lines["docker.io"].get_xdata()] == [1, 2, 5, 7, 10, 20, 30, 50]
    ys = list(lines["docker.io"].get_ydata())
    assert ys == sorted(ys) and ys[-1] > 10 * ys[0] / 2
    assert ax.get_xlabel() == "hôtes qui récupèrent en même temps"
