"""Headless tests of the panels: set values, click, check the world and the widget values."""

import json

import pytest

import taxonomy as tx
from taxonomy.views.widgets import DEFINITIONS, BuildPanel, Explorer, RegistryPanel, Terminal, definition, parse_context


def _is_error(status):
    """An error shows twice: its class and colour, and the ✖ icon (never colour alone)."""
    return 'class="tx-status tx-error"' in status.value and "✖" in status.value


def _is_ok(status):
    return 'class="tx-status tx-ok"' in status.value and "✔" in status.value


# -- Terminal ------------------------------------------------------------------------
@pytest.fixture
def term():
    return Terminal(tx.World())


def test_terminal_runs_a_command_and_redraws(term):
    first = term.map.scene
    assert json.loads(first)["elements"] and term.map.changes["seq"] == 1
    term.command.value = "docker run -d --name web nginx:1.27"
    term.run_button.click()
    assert term.world.containers() == ["web"]
    out = term.output.value
    assert out.startswith("$ docker run -d --name web nginx:1.27\nUnable to find image 'nginx:1.27' locally\n")
    assert "Status: Downloaded newer image for nginx:1.27" in out
    assert term.command.value == ""
    assert [label for label, _ in term.history.options] == ["  1  docker run -d --name web nginx:1.27"]
    assert _is_ok(term.status) and "exit code 0" in term.status.value
    ids = {e.id for e in term.map.current.elements}
    assert "container:laptop/web" in ids and term.map.scene != first
    assert term.map.changes["verb"] == "run" and term.map.changes["seq"] == 2
    assert term.map.changes["grow"]["container:laptop/web"] in ids      # it grows out of its image
    pull = term.map.changes["transfers"][0]
    assert pull["verb"] == "pull" and len(pull["moved"]) == 7 and pull["existing"] == []
    assert "container:laptop/web" in term.changed
    assert "tag@laptop:docker.io/library/nginx:1.27" in term.changed
    assert "registry:mcr.microsoft.com" not in term.changed


def test_enter_in_the_command_box_runs_it(term):
    term.command.value = "docker pull alpine:3.20"
    term.command._handle_string_msg(None, {"event": "submit"}, None)   # what the browser sends on Enter
    assert term.world.images() == ["docker.io/library/alpine:3.20"]
    assert term.commands == ["docker pull alpine:3.20"]


@pytest.mark.parametrize("command, message", [
    ("docker rmi nosuch", "Error response from daemon: No such image: nosuch:latest"),
    ("docker frobnicate", "docker: 'frobnicate' is not a docker command."),
    ("ls -l", "ls: command not found"),
    ("docker pull contoso.azurecr.io/app:1", 'lookup contoso.azurecr.io: no such host'),
])
def test_invalid_command_shows_dockers_message_and_changes_nothing(term, command, message):
    before = term.world.to_bytes()
    term.command.value = command
    term.on_run()
    assert term.world.to_bytes() == before
    assert message in term.output.value
    assert _is_error(term.status) and "exit code" in term.status.value
    assert term.changed == []


def test_conflicting_run_changes_nothing(term):
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    before = term.world.to_bytes()
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    assert term.world.to_bytes() == before
    assert 'Conflict. The container name "/web" is already in use' in term.output.value


def test_undo_and_redo_buttons(term):
    start = term.world.to_bytes()
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    after = term.world.to_bytes()
    term.undo_button.click()
    assert term.world.to_bytes() == start
    assert term.world.containers() == []
    assert term.map.changes["undo"] and "container:laptop/web" in term.map.changes["removed"]
    assert "container:laptop/web" not in {e.id for e in term.map.current.elements}
    assert "undo: docker run" in term.status.value
    term.redo_button.click()
    assert term.world.to_bytes() == after
    assert "container:laptop/web" in term.changed and not term.map.changes["undo"]
    assert "container:laptop/web" in {e.id for e in term.map.current.elements}
    term.redo_button.click()
    assert "nothing to redo" in term.status.value
    assert term.world.to_bytes() == after


def test_undo_with_nothing_to_undo(term):
    before = term.world.to_bytes()
    term.on_undo()
    assert "nothing to undo" in term.status.value
    assert term.world.to_bytes() == before


def test_replay_runs_the_selected_history_entry(term):
    for c in ("docker pull alpine:3.20", "docker run -d nginx:1.27"):
        term.command.value = c
        term.on_run()
    term.history.value = 1
    term.replay_button.click()
    assert term.commands[-1] == "docker run -d nginx:1.27"
    assert len(term.world.containers()) == 2
    term.history.value = None
    term.on_replay()
    assert len(term.world.containers()) == 3


def test_empty_command_does_nothing(term):
    before = term.world.to_bytes()
    term.on_run()
    assert term.commands == [] and term.world.to_bytes() == before
    assert "type a docker command" in term.status.value


def test_terminal_on_another_host():
    w = tx.World()
    w.add_host("prod-1")
    t = Terminal(w, host="prod-1")
    t.command.value = "docker run -d --name api redis:7"
    t.on_run()
    assert w.containers("prod-1") == ["api"] and w.containers("laptop") == []
    assert repr(t) == "Terminal(host='prod-1', commands=1, nodes=224)"


def test_terminal_shows_taxonomy_errors_and_raises_others(term, monkeypatch):
    def conflict(*a, **k):
        raise tx.Conflict("the world is busy; try again")
    monkeypatch.setattr(term.world, "docker", conflict)
    term.command.value = "docker ps"
    term.on_run()
    assert _is_error(term.status) and "the world is busy; try again" in term.status.value

    def bug(*a, **k):
        raise RuntimeError("a bug")
    monkeypatch.setattr(term.world, "docker", bug)
    with pytest.raises(RuntimeError, match="a bug"):
        term.on_run()


def test_terminal_text_alternative_and_repr(term):
    from taxonomy.views.scene import describe_scene
    assert term.text == describe_scene(term.map.current) and term.text.startswith("Docker host laptop: ")
    assert "Text description of the drawing" in term.alt.value
    assert "Docker Hub · docker.io: 11 repositories" in term.alt.value
    assert repr(term) == "Terminal(host='laptop', commands=0, nodes=220)"
    bundle = term._repr_mimebundle_()
    assert bundle["text/plain"] == repr(term)


def test_terminal_output_keeps_a_bounded_transcript(term):
    term.max_lines = 10
    for _ in range(4):
        term.command.value = "docker images"
        term.on_run()
    assert len(term.output.value.splitlines()) <= 10


# -- Explorer ---------------------------------------------------------------------------
@pytest.fixture
def explorer():
    w = tx.World()
    w.run("nginx:1.27", name="web", detach=True)
    return Explorer(w)


def test_explorer_starts_with_a_map_and_a_picker_of_what_it_shows(explorer):
    shown = {e.node for e in explorer.map.current.elements if e.node}
    values = [v for _, v in explorer.picker.options]
    assert set(values) == shown and len(values) < 40
    labels = [l for l, _ in explorer.picker.options]
    assert labels[:2] == ["container: web (laptop)", "image: nginx:1.27 (image cd276e6db3fb)"]
    kinds = [explorer.world.graph.nodes[v]["kind"] for v in values]
    assert kinds == sorted(kinds, key=["container", "image", "host", "volume", "tag", "repository", "registry",
                                       "layer"].index)           # grouped by kind
    assert "tag: nginx:1.27 (laptop)" not in labels       # a local tag is shown inside its image's box
    assert repr(explorer) == "Explorer(focus=None, picked=None, nodes=222)"
    explorer.map.expanded = ["registry:docker.io"]          # a click on "… more repositories"
    assert len(explorer.picker.options) > len(values)


def test_explorer_focus_on_a_host_and_a_registry(explorer):
    explorer.focus_picker.value = "registry:docker.io"
    assert explorer.map.focus == "registry:docker.io"
    assert not [e for e in explorer.map.current.elements if e.kind == "host"]
    explorer.focus_picker.value = ""
    assert explorer.map.focus is None


def test_explorer_details_of_a_container(explorer):
    explorer.picker.value = "container:laptop/web"
    text = explorer.details.value
    assert definition("container") in text
    assert "<th>state</th><td>running</td>" in text
    assert "<th>image</th><td>cd276e6db3fb</td>" in text
    assert "instance of → image: nginx:1.27 (image cd276e6db3fb)" in text
    assert "host: laptop → hosts" in text
    assert explorer.map.selected == "container:laptop/web"
    assert explorer.map.details == {}          # the Explorer's own pane shows the details, not a second one
    explorer.map.selected = "host:laptop"           # a click on the map picks the node here too
    assert explorer.picker.value == "host:laptop"


def test_explorer_details_of_an_image_and_its_layers(explorer):
    img = "image:sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d"
    explorer.picker.value = img
    text = explorer.details.value
    assert "sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d" in text
    assert "nominal size" in text and "<th>layers</th><td>7</td>" in text
    explorer.layers_button.click()
    assert explorer.map.focus == img
    layers = [e for e in explorer.map.current.elements if e.kind == "layer"]
    assert len(layers) == 7
    explorer.picker.value = layers[0].node
    assert "diff_id" in explorer.details.value and " B</td>" in explorer.details.value


def test_explorer_trace_and_clear(explorer):
    whole = len(explorer.map.current)
    explorer.on_trace()
    assert "pick a node first" in explorer.status.value and explorer.map.focus is None
    explorer.picker.value = "container:laptop/web"
    explorer.trace_button.click()
    assert explorer.map.focus == "trace:container:laptop/web"
    assert _is_ok(explorer.status)
    traced = explorer.map.current
    assert len(traced) < whole and all(e.mark == "traced" for e in traced.by_type("node"))
    explorer.clear_button.click()
    assert explorer.map.focus is None and len(explorer.map.current) == whole


def test_explorer_host_focus_and_refresh(explorer):
    w = explorer.world
    w.add_host("prod-1")
    w.run("redis:7", name="cache", host="prod-1", detach=True)
    explorer.refresh()
    assert "container:prod-1/cache" in [v for _, v in explorer.picker.options]
    explorer.focus_picker.value = "host:prod-1"
    boxes = [e.id for e in explorer.map.current.by_type("box") if e.kind == "host"]
    assert boxes == ["host:prod-1"]


def test_definitions_cover_every_kind():
    assert set(DEFINITIONS) == set(tx.World().graph.nodes[n]["kind"] for n in tx.World().graph) | {"container", "volume"}
    for kind in DEFINITIONS:
        assert definition(kind)


# -- RegistryPanel -------------------------------------------------------------------------
@pytest.fixture
def panel():
    return RegistryPanel(tx.World())


def test_registry_panel_pull_shows_moved_layers(panel):
    panel.reference.value = "nginx:1.27"
    panel.pull_button.click()
    assert panel.world.images() == ["docker.io/library/nginx:1.27"]
    assert panel.layers.value.count("Pull complete") == 7
    assert "already there" not in panel.layers.value
    assert _is_ok(panel.status) and "7 layer(s) moved" in panel.status.value
    assert "docker.io/library/nginx:1.27" in panel.reference.options
    panel.reference.value = "python:3.12-slim"
    panel.on_pull()
    assert panel.layers.value.count("Already exists") == 1
    assert "1 already there" in panel.status.value


def test_registry_panel_login_and_push(panel):
    w = panel.world
    w.pull("alpine:3.20")
    w.tag("alpine:3.20", "student/base:1")
    before = w.to_bytes()
    panel.reference.value = "student/base:1"
    panel.push_button.click()
    assert _is_error(panel.status) and "denied" in panel.status.value
    assert w.to_bytes() == before
    panel.user.value, panel.password.value = "student", "wrong"
    panel.login_button.click()
    assert _is_error(panel.status) and "incorrect username or password" in panel.status.value
    panel.password.value = "student"
    panel.login_button.click()
    assert _is_ok(panel.status) and "Login Succeeded" in panel.status.value
    assert panel.password.value == ""
    assert w.logged_in("docker.io") == "student"
    panel.on_push()
    assert "Mounted from library/alpine" in panel.layers.value
    assert "docker.io/student/base" in w.repositories("docker.io")
    assert "repository:docker.io/student/base" in panel.changed
    panel.logout_button.click()
    assert w.logged_in("docker.io") is None


def test_registry_panel_private_registry_needs_login():
    w = tx.World()
    w.add_registry("contoso.azurecr.io", label="Azure Container Registry")
    w.add_account("contoso.azurecr.io", "teacher", "pw")
    w.add_host("prod-1")
    w.pull("nginx:1.27")
    w.login("contoso.azurecr.io", "teacher", "pw")
    w.tag("nginx:1.27", "contoso.azurecr.io/shop/web:1")
    w.push("contoso.azurecr.io/shop/web:1")
    panel = RegistryPanel(w)
    panel.host_picker.value = "prod-1"
    panel.registry_picker.value = "contoso.azurecr.io"
    assert "contoso.azurecr.io/shop/web:1" in panel.reference.options
    before = w.to_bytes()
    panel.reference.value = "contoso.azurecr.io/shop/web:1"
    panel.on_pull()
    assert _is_error(panel.status) and "authentication required" in panel.status.value
    assert w.to_bytes() == before
    panel.user.value, panel.password.value = "teacher", "pw"
    panel.on_login()
    panel.on_pull()
    assert w.images("prod-1") == ["contoso.azurecr.io/shop/web:1"]
    assert repr(panel) == "RegistryPanel(host='prod-1', registry='contoso.azurecr.io', nodes=227)"


def test_registry_panel_needs_a_name(panel):
    panel.on_pull()
    assert "name an image to pull" in panel.status.value


# -- BuildPanel -------------------------------------------------------------------------
def test_parse_context():
    assert parse_context("") == {}
    assert parse_context("a.txt: x\nb/c.txt:\n  line 1\n\n  line 3\n") == {"a.txt": "x\n", "b/c.txt": "line 1\n\nline 3\n"}
    with pytest.raises(tx.InvalidArgument, match="line 1"):
        parse_context(" stray")


def test_build_panel_shows_a_bad_context_as_an_error():
    w = tx.World()
    panel = BuildPanel(w)
    before = w.to_bytes()
    panel.context.value = "   not a file line"
    panel.build_button.click()
    assert _is_error(panel.status) and "context line 1" in panel.status.value
    assert w.to_bytes() == before


@pytest.fixture
def builder():
    return BuildPanel(tx.World())


def test_build_panel_builds_and_reports(builder):
    w = builder.world
    builder.tag.value = "student/hello:1"
    builder.build_button.click()
    assert _is_ok(builder.status), builder.status.value
    r = builder.result
    assert "docker.io/student/hello:1" in w.images()
    assert builder.build_log.value.splitlines() == list(r.log)
    assert builder.steps.value.count("<li>") == len(r.steps) >= 1
    assert "COPY app.txt /app/app.txt" in builder.steps.value
    assert f"{len(r.steps)} step" in builder.status.value
    assert r.image.rsplit(":", 1)[-1][:12] in builder.status.value
    assert repr(builder).startswith("BuildPanel(tag='student/hello:1', built=")


def test_build_panel_second_build_is_cached(builder):
    builder.on_build()
    builder.on_build()
    r = builder.result
    assert any(s.cached for s in r.steps)
    assert "CACHED" in builder.steps.value
    assert f"{sum(s.cached for s in r.steps)} cached" in builder.status.value


def test_build_panel_bad_dockerfile_changes_nothing(builder):
    w = builder.world
    before = w.to_bytes()
    builder.dockerfile.value = "FROMM alpine:3.20\n"
    builder.on_build()
    assert _is_error(builder.status)
    assert w.to_bytes() == before


def test_build_panel_copy_outside_the_context_fails(builder):
    builder.dockerfile.value = "FROM alpine:3.20\nCOPY ../secret /x\n"
    builder.on_build()
    assert _is_error(builder.status)


def test_build_panel_against_the_build_contract(monkeypatch):
    """The panel's side of the contract, with a stand-in for world.build."""
    from types import SimpleNamespace

    w = tx.World()
    calls = []

    def build(dockerfile, tag=None, context=None):
        calls.append((dockerfile, tag, context))
        steps = [SimpleNamespace(text="FROM alpine:3.20", cached=True),
                 SimpleNamespace(text="COPY app.txt /app/app.txt", cached=False)]
        log = ["#1 [internal] load build definition from Dockerfile", "#2 [1/2] FROM docker.io/library/alpine:3.20",
               "#2 CACHED", "#3 [2/2] COPY app.txt /app/app.txt", "#3 DONE 0.0s"]
        return SimpleNamespace(image="sha256:" + "ab" * 32, log=log, steps=steps)

    monkeypatch.setattr(w, "build", build, raising=False)
    panel = BuildPanel(w)
    panel.context.value = "app.txt: hi\n"
    panel.tag.value = "student/hello:1"
    panel.on_build()
    assert calls == [(panel.dockerfile.value, "student/hello:1", {"app.txt": "hi\n"})]
    assert panel.build_log.value.splitlines()[2] == "#2 CACHED"
    assert panel.steps.value == ('<ol class="tx-steps"><li>CACHED FROM alpine:3.20</li>'
                                 "<li>COPY app.txt /app/app.txt</li></ol>")
    assert _is_ok(panel.status)
    assert "built image abababababab as student/hello:1: 2 step(s) making layers, 1 cached" in panel.status.value
    assert repr(panel) == "BuildPanel(tag='student/hello:1', built='abababababab')"

    def broken(*a, **k):
        raise tx.BuildError('failed to solve: dockerfile parse error on line 1: unknown instruction: FROMM')
    monkeypatch.setattr(w, "build", broken, raising=False)
    panel.on_build()
    assert _is_error(panel.status) and "unknown instruction: FROMM" in panel.status.value


def test_explorer_layers_needs_an_image():
    ex = Explorer(tx.World())
    ex.on_layers()
    assert "pick an image first" in ex.status.value and ex.map.focus is None


def test_panels_on_an_empty_world():
    w = tx.World.empty()
    t = Terminal(w)
    t.command.value = "docker ps"
    t.on_run()
    assert _is_error(t.status) and "no Docker host yet" in t.status.value
    assert repr(Explorer(w)) == "Explorer(focus=None, picked=None, nodes=0)"
    assert repr(RegistryPanel(w)) == "RegistryPanel(host=None, registry=None, nodes=0)"


def test_panels_speak_the_learners_language(world):
    try:
        tx.set_language("fr")
        term = tx.widgets.Terminal(world)
        assert term.run_button.description == "Exécuter" and term.history.description == "Historique"
        term.command.value = "docker pull alpine:3.20"
        term.on_run()
        assert "code de sortie 0" in term.status.value
        assert "Pulling from library/alpine" in term.output.value      # Docker's own words stay Docker's
        ex = tx.widgets.Explorer(world)
        assert ex.layers_button.description == "Couches"
        assert ex.map.current["heading:hosts"].label == "Hôtes Docker"
        assert ex.map.texts["zoom_in"] == "Agrandir"
        assert "Description textuelle" in ex.alt.value
        english = tx.widgets.Terminal(world, lang="en")
        assert english.run_button.description == "Run"
    finally:
        tx.set_language("en")
