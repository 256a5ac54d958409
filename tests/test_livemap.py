"""The live map headless: what Python sends to the browser after each command, clicks, the static fallback."""

import json

import pytest

import taxonomy as tx
from taxonomy.views.livemap import LiveMap


@pytest.fixture
def world():
    return tx.World()


def test_a_pull_sends_the_layers_that_travel_and_those_that_already_exist(world):
    m = LiveMap(world, lang="en")
    world.docker("docker pull nginx:1.27")
    m.follow()
    first = m.changes["transfers"][0]
    assert first["verb"] == "pull" and len(first["moved"]) == 7 and first["existing"] == []
    world.docker("docker pull python:3.12-slim")          # shares its base layer with nginx:1.27
    change = m.follow()
    t = m.changes["transfers"][0]
    shared = world.shared_layers("nginx:1.27", "python:3.12-slim")
    assert t["existing"] == shared and t["existing_text"] == "Already exists"
    assert set(t["moved"]).isdisjoint(shared) and len(t["moved"]) == len(world.layers("python:3.12-slim")) - 1
    assert t["from"].startswith("repository:docker.io/library/python|") and t["to"].startswith("host:laptop|")
    assert {t["from"], t["to"]} <= {e.id for e in m.current.elements}
    assert change.verb == "pull" and m.changes["seq"] == 3


def test_a_push_sends_blobs_up_and_says_layer_already_exists(world):
    world.pull("alpine:3.20")
    world.tag("alpine:3.20", "student/base:1")
    world.login("docker.io", "student", "student")
    m = LiveMap(world, lang="en")
    world.push("student/base:1")
    m.follow()
    t = m.changes["transfers"][0]
    assert t["verb"] == "push" and t["from"].startswith("host:laptop|") and t["to"].startswith("repository:docker.io/student/base|")
    arrows = [e for e in m.current.by_type("arrow") if e.kind == "push"]
    assert arrows and arrows[0].ends == (t["from"], t["to"])


def test_rm_and_undo_are_sent_as_removed_and_nothing_else_moves(world):
    world.docker("docker run -d --name web nginx:1.27")
    m = LiveMap(world, lang="en")
    before = {e.id: e for e in m.current.elements}
    world.docker("docker rm -f web")
    m.follow()
    assert m.changes["removed"] == ["container:laptop/web"]
    after = {e.id: e for e in m.current.elements}
    assert set(before) - set(after) == {"container:laptop/web", f"arrow:run:host:laptop|image:{world.image_of_ref('nginx:1.27')}"}
    world.undo()
    m.follow()
    assert m.changes["undo"] and "container:laptop/web" in m.changes["added"]
    assert "container:laptop/web" in {e.id for e in m.current.elements}


def test_a_command_that_changes_nothing_sends_nothing(world):
    m = LiveMap(world)
    seq = m.changes["seq"]
    world.docker("docker ps")
    assert m.follow() is None and m.changes["seq"] == seq
    world.docker("docker rmi nosuch")          # fails: the journal rolled it back
    assert m.follow() is None


def test_clicks_open_summaries_and_select_with_details(world):
    m = LiveMap(world, lang="fr")
    assert "repository:docker.io/library/alpine" not in {e.id for e in m.current.elements}
    m.expanded = ["registry:docker.io"]                 # what a click on the summary sends
    assert "repository:docker.io/library/alpine" in {e.id for e in m.current.elements}
    m.selected = "host:laptop"
    assert m.details["title"] == "hôte laptop" and m.details["rows"][0] == ["nom", "laptop"]
    m.selected = ""
    assert m.details == {}
    assert m.texts["zoom_in"] == "Agrandir"


def test_the_scene_is_sent_as_json_and_the_static_fallback_is_svg(world):
    world.docker("docker run -d --name web nginx:1.27")
    m = LiveMap(world, lang="en")
    sent = json.loads(m.scene)
    assert {e["id"] for e in sent["elements"]} == {e.id for e in m.current.elements}
    assert all("lines" in e for e in sent["elements"])
    bundle = m._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert data["image/svg+xml"].startswith("<svg") and 'data-id="container:laptop/web"' in data["image/svg+xml"]
    assert "application/vnd.jupyter.widget-view+json" in data
    assert data["text/plain"] == repr(m) == f"LiveMap(focus=None, lang='en', elements={len(m.current)})"


def test_a_focus_that_vanishes_falls_back_to_the_whole_world(world):
    world.docker("docker pull alpine:3.20")
    m = LiveMap(world, focus="alpine:3.20", lang="en")
    assert m.current.elements[0].kind == "stack"
    world.docker("docker rmi alpine:3.20")
    m.follow()
    assert m.focus is None and m.current["heading:hosts"]
