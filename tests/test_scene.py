"""The scene of the map: readable by construction, faithful to the world, stable under commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import taxonomy as tx
from taxonomy.views.elements import problems, text_boxes
from taxonomy.views.scene import COMPACT, scene
from taxonomy.views.workshop import workshop_world

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks" / "en").glob("*.ipynb"))
WEB = "docker run -d --name web -p 8080:80 nginx:1.27"


def readable(s):
    """Assert every property the issue asks of a scene, with the problems in the message."""
    found = problems(s)
    assert found == [], "\n".join(found[:20])
    ids = [e.id for e in s.elements]
    assert len(ids) == len(set(ids)), "element ids repeat"
    drawn = {e.id: e for e in s.elements}
    for e in s.elements:
        if e.type == "node" and e.kind == "container":
            host = drawn[e.parent]
            assert host.kind == "host" and host.node == f"host:{e.node.split(':', 1)[1].split('/')[0]}"
            runs = [a for a in s.by_type("arrow") if a.kind == "run" and a.parent == e.parent]
            assert runs, f"container {e.id} has no run arrow in its host"
        if e.type == "arrow":
            for end in e.ends:
                assert end in drawn, f"arrow {e.id} ends at {end}, which is not drawn"


def tied(world, s):
    """Every container drawn sits in its host box, in the row of its own image (the run arrow's tail)."""
    g = world.graph
    for e in s.elements:
        if e.type == "node" and e.kind == "container":
            image = next(v for v, d in g.succ[e.node].items() if d["kind"] == "instance_of")
            host = g.nodes[e.node]["host"]
            img = s[f"host:{host}|{image}"]
            assert img.parent == e.parent == f"host:{host}"
            arrow = s[f"arrow:run:{img.id}"]
            assert arrow.ends[0] == img.id
            assert img.y <= e.y + e.h and e.x + e.w <= img.x, (e.id, "not in its image's row, left of it")


def test_default_world_first_view_is_small_and_summarised():
    w = tx.World()
    s = scene(w, lang="en")
    readable(s)
    assert len(s) <= 25
    assert s["host:laptop"].type == "box"
    hub = s["summary:registry:docker.io"]
    assert hub.label == f"{len(w.repositories('docker.io'))} repositories" and hub.expand == "registry:docker.io"
    assert not [e for e in s.elements if e.kind in ("tag", "image") and e.type == "node"]


def test_after_docker_run_web_the_picture_of_the_readme():
    w = tx.World()
    w.docker(WEB)
    s = scene(w, lang="en")
    readable(s)
    tied(w, s)
    assert len(s) <= 25
    image = f"image:{w.image_of('web')}"
    on_host = s[f"host:laptop|{image}"]
    assert (on_host.parent, on_host.label) == ("host:laptop", "nginx:1.27")
    web = s["container:laptop/web"]
    assert (web.parent, web.label, web.state, web.sub) == ("host:laptop", "web", "running", "running")
    in_hub = s[f"repository:docker.io/library/nginx|{image}"]
    assert in_hub.parent == "repository:docker.io/library/nginx"
    assert s["repository:docker.io/library/nginx"].parent == "registry:docker.io"
    assert in_hub.digest == on_host.digest and w.image_of("web").split(":")[1][:12] in in_hub.label
    tag = s["tag:docker.io/library/nginx:1.27"]
    assert tag.parent == "repository:docker.io/library/nginx"
    points = [a for a in s.by_type("arrow") if a.kind == "points_to" and a.ends[1] == in_hub.id]
    assert points
    verbs = {a.kind: a for a in s.by_type("arrow")}
    assert verbs["pull"].ends == (in_hub.id, on_host.id) and verbs["pull"].label == "pull"
    assert verbs["run"].ends == (on_host.id, web.id) and verbs["run"].label == "run"
    rest = len(w.repositories("docker.io")) - 1
    assert s["summary:registry:docker.io"].label == f"{rest} more repositories"
    assert s["summary:registry:mcr.microsoft.com"].label == "3 repositories"


def test_expanding_summaries_opens_them_and_stays_readable():
    w = tx.World()
    w.docker(WEB)
    s = scene(w, expand=["registry:docker.io", "repository:docker.io/library/nginx"], lang="en")
    readable(s)
    repos = [e for e in s.by_type("box") if e.kind == "repository" and e.parent == "registry:docker.io"]
    assert len(repos) == len(w.repositories("docker.io"))
    shown_tags = {e.node for e in s.by_type("node") if e.kind == "tag" and e.parent == "repository:docker.io/library/nginx"}
    assert len(shown_tags) == len(w.tags("docker.io/library/nginx"))
    assert s.get("summary:registry:docker.io") is None


@pytest.mark.parametrize("focus", ["laptop", "docker.io", "nginx:1.27", "trace:container:laptop/web",
                                   "registry:mcr.microsoft.com"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_focus_modes_are_readable(focus, lang):
    w = tx.World()
    w.docker(WEB)
    w.docker("docker pull python:3.12-slim")
    s = scene(w, focus=focus, lang=lang)
    readable(s)
    assert len(s) > 2


def test_layer_focus_shares_the_shared_layer_once():
    w = tx.World()
    w.pull("nginx:1.27")
    w.pull("python:3.12-slim")
    s = scene(w, focus="nginx:1.27", lang="en")
    readable(s)
    shared = w.shared_layers("nginx:1.27", "python:3.12-slim")
    layers = [e for e in s.by_type("node") if e.kind == "layer"]
    for digest in shared:
        drawn = [e for e in layers if e.digest == digest]
        assert len(drawn) == 1 and drawn[0].state == "shared"
        columns = [e for e in s.by_type("node") if e.kind == "image"]
        assert drawn[0].w > columns[0].w      # one wide box across both stacks
    assert len(layers) == len(w.layers("nginx:1.27")) + len(w.layers("python:3.12-slim")) - len(shared)


def test_bad_focus_is_a_taxonomy_error():
    w = tx.World()
    with pytest.raises(tx.NotFound, match="nothing to focus on called 'nope:9'"):
        scene(w, focus="nope:9")
    with pytest.raises(tx.InvalidArgument, match="width"):
        scene(w, width=333)


def test_same_world_same_scene_and_french_words():
    a, b = tx.World(), tx.World()
    for w in (a, b):
        w.docker(WEB)
    assert scene(a).to_dict() == scene(b).to_dict()
    fr = scene(a, lang="fr")
    assert fr["container:laptop/web"].sub == "en marche"
    assert fr["heading:registries"].label == "Registres"
    assert [x.label for x in fr.by_type("arrow") if x.label] == ["lancer", "récupérer"]
    json.dumps(fr.to_dict())      # plain data


def _touched(before, after, changed):
    """Elements whose sources the command changed, and every box holding one of them."""
    out = set()
    for s in (before, after):
        for e in s.elements:
            if set(e.sources) & changed:
                out.add(e.id)
        parent = {e.id: e.parent for e in s.elements}
        for eid in list(out):
            p = parent.get(eid)
            while p is not None:
                out.add(p)
                p = parent.get(p)
    return out


def _changed_nodes(world):
    from taxonomy.views.changes import change_set
    return set(change_set(world.journal.done[-1]).nodes)


@pytest.mark.parametrize("command", [WEB, "docker pull alpine:3.20", "docker volume create data",
                                     "docker run hello-world", "docker tag nginx:1.27 student/web:1",
                                     "docker rm -f old", "docker rmi redis:7", "docker stop old"])
def test_a_command_changes_only_what_it_touched(command):
    w = tx.World()
    w.docker("docker run -d --name old nginx:1.27")
    w.docker("docker pull redis:7")
    before = scene(w, lang="en")
    assert w.docker(command).exit_code == 0
    after = scene(w, lang="en")
    touched = _touched(before, after, _changed_nodes(w))
    old = {e.id: e for e in before.elements}
    new = {e.id: e for e in after.elements}
    for eid in set(old) | set(new):
        if eid in touched:
            continue
        assert eid in old and eid in new, f"{eid} appeared or vanished, but the command did not touch it"
        a, b = old[eid], new[eid]
        assert (a.label, a.sub, a.kind, a.parent, a.w, a.h, a.state) == (b.label, b.sub, b.kind, b.parent, b.w, b.h, b.state), eid
        if a.parent is not None and a.parent not in touched:
            pa, pb = old[a.parent], new[a.parent]
            rel = lambda e, p: [(x - p.x, y - p.y) for x, y in e.points] if e.type == "arrow" else (e.x - p.x, e.y - p.y)  # noqa: E731
            assert rel(a, pa) == rel(b, pb), f"{eid} moved inside an untouched box"
    assert touched, "the command touched nothing on the map"


def test_workshop_world_folds_its_hosts_and_stays_readable():
    w = workshop_world()
    s = scene(w, lang="en")
    readable(s)
    tied(w, s)
    tiles = [e for e in s.by_type("node") if e.kind == "host"]
    assert len(tiles) == len(w.hosts()) - 1 and all(t.expand == t.id for t in tiles)
    pc = tiles[4]
    n_ctr = len(w.containers(pc.label))
    assert f"{n_ctr} ctr" in pc.sub
    opened = scene(w, expand=[pc.id], lang="en")
    readable(opened)
    assert opened[pc.id].type == "box"
    assert len([e for e in opened.elements if e.kind == "container" and e.parent == pc.id]) == n_ctr
    compact = scene(w, width=COMPACT, lang="fr")
    readable(compact)


def _run_notebook(path):
    """Run a notebook's code cells in an IPython shell (the cells use %load_ext and %%docker); return its namespace."""
    from IPython.core.interactiveshell import InteractiveShell
    source = json.loads(path.read_text(encoding="utf-8"))
    shell = InteractiveShell.instance()
    shell.reset(new_session=True)
    for cell in source["cells"]:
        if cell["cell_type"] == "code":
            shell.run_cell("".join(cell["source"]), silent=True).raise_error()
    return shell.user_ns


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_scene_after_each_notebooks_scenario(path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ns = _run_notebook(path)
    worlds = [v for v in ns.values() if isinstance(v, tx.World)]
    assert worlds, f"{path.name} leaves no world"
    for world in worlds:
        for width in (None, COMPACT):
            s = scene(world, lang="en", width=width)
            readable(s)
            tied(world, s)
        texts = text_boxes(s)
        assert all(t[4] >= 11 for t in texts)


def test_the_views_import_no_circle_and_no_private_name():
    """views/widgets no longer imports views/challenge's helpers or the other way round: no module of views
    imports itself back, even lazily, and none imports another's private (underscore) names."""
    import ast

    base = Path(tx.__file__).parent / "views"
    graph, private = {}, []
    for path in base.glob("*.py"):
        graph[path.stem] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                graph[path.stem].add((node.module or node.names[0].name).split(".")[0])
                private += [f"{path.stem} imports {a.name} from {node.module}" for a in node.names
                            if a.name.startswith("_") and not a.name.startswith("__")]

    def reaches(start, goal, seen):
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and not seen.add(nxt) and reaches(nxt, goal, seen)):
                return True
        return False

    assert [m for m in graph if reaches(m, m, set())] == []
    assert private == []
