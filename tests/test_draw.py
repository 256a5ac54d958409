"""Tests of the drawing: tx.draw, layout, trace, describe and the workshop world."""

import subprocess
import sys

import pytest

import taxonomy as tx
from taxonomy.views import describe, layout, trace
from taxonomy.views.draw import MARKERS, PALETTE, draw, render_png
from taxonomy.views.layout import columns, label, shown_kinds, visible_nodes
from taxonomy.views.workshop import workshop_world

NGINX_IMAGE = "image:sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d"


@pytest.fixture
def web():
    w = tx.World()
    assert w.docker("docker run -d --name web nginx:1.27").exit_code == 0
    return w


def _by_gid(ax, gid):
    found = [c for c in ax.collections if c.get_gid() == gid]
    assert len(found) == 1, f"expected one collection {gid!r}, found {len(found)}"
    return found[0]


def _kind_collections(ax):
    return {c.get_gid()[5:]: c for c in ax.collections if (c.get_gid() or "").startswith("kind:")}


# -- import hygiene ------------------------------------------------------------
def test_import_taxonomy_loads_neither_matplotlib_nor_ipywidgets():
    code = ("import sys, taxonomy as tx; tx.World().docker('docker run -d nginx:1.27'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'ipywidgets')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_layout_module_needs_no_matplotlib():
    code = ("import sys, taxonomy as tx; from taxonomy.views import layout, trace, describe; "
            "layout(tx.World()); print('matplotlib' in sys.modules, 'ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False False"


def test_tx_draw_is_the_drawing_function():
    assert tx.draw is draw


# -- the drawing -----------------------------------------------------------------
def test_draw_returns_axes_of_a_new_figure_without_pyplot(web):
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    ax = tx.draw(web)
    assert isinstance(ax, Axes)
    assert isinstance(ax.figure.canvas, FigureCanvasAgg)


def test_drawing_never_imports_pyplot():
    code = ("import sys, taxonomy as tx; from taxonomy.views.draw import render_png; w = tx.World(); "
            "tx.draw(w, highlight='host:laptop'); render_png(w); print('matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_draw_uses_the_axes_it_is_given(web):
    from taxonomy.views.draw import new_figure

    ax = new_figure()
    assert tx.draw(web, ax) is ax


def test_one_collection_per_kind_shown(web):
    ax = tx.draw(web)
    colls = _kind_collections(ax)
    assert sorted(colls) == sorted(shown_kinds())
    assert "layer" not in colls
    from matplotlib.collections import PathCollection
    assert all(isinstance(c, PathCollection) for c in colls.values())
    g = web.graph
    for kind, c in colls.items():
        assert len(c.get_offsets()) == len(c.nodes)
        assert sorted(c.nodes) == sorted(n for n, d in g.nodes(data=True) if d["kind"] == kind)


def test_each_kind_has_its_own_colour_and_marker():
    assert len(set(PALETTE.values())) == len(PALETTE) == 8
    assert len(set(MARKERS.values())) == len(MARKERS) == 8


def test_collection_positions_are_the_layout(web):
    ax = tx.draw(web)
    pos = layout(web)
    for c in _kind_collections(ax).values():
        for node, xy in zip(c.nodes, c.get_offsets()):
            assert tuple(xy) == pytest.approx(pos[node])


def test_edges_are_one_line_collection_and_direction_is_one_more_collection(web):
    from matplotlib.collections import LineCollection
    from matplotlib.patches import FancyArrowPatch

    ax = tx.draw(web)
    pos = layout(web)
    edges = [(u, v) for u, v in web.graph.edges() if u in pos and v in pos]
    lc = _by_gid(ax, "edges")
    assert isinstance(lc, LineCollection)
    assert len(lc.get_segments()) == len(edges)
    arrows = _by_gid(ax, "arrows")
    assert arrows.count == len(edges)
    assert not any(isinstance(p, FancyArrowPatch) for p in ax.patches)


def test_arrowheads_point_at_the_target(web):
    import numpy as np

    ax = tx.draw(web, kinds=["container", "image"])
    (u, v), = [(u, v) for u, v in web.graph.edges() if u.startswith("container:")]
    verts = _by_gid(ax, "arrows").get_paths()[0].vertices
    tip = verts[0]
    pos = layout(web, kinds=["container", "image"])
    start, end = np.array(pos[u]), np.array(pos[v])
    assert np.linalg.norm(tip - end) < np.linalg.norm(tip - start)
    assert np.linalg.norm(verts[1] - end) > np.linalg.norm(tip - end)   # the base is farther than the tip


def test_legend_lists_every_kind_shown(web):
    ax = tx.draw(web, layers=True)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert [t.split(" (")[0] for t in texts] == list(shown_kinds(layers=True))
    assert "container (1)" in texts


def test_kinds_filter(web):
    ax = tx.draw(web, kinds=["image", "container"])
    assert sorted(_kind_collections(ax)) == ["container", "image"]
    assert len(_by_gid(ax, "edges").get_segments()) == 1   # container -> image


def test_layers_on_request(web):
    ax = tx.draw(web, layers=True)
    layers = _kind_collections(ax)["layer"]
    assert len(layers.nodes) == 71
    assert "layer" in _kind_collections(tx.draw(web, kinds=["image", "layer"]))


def test_unknown_kind_is_an_error(web):
    with pytest.raises(tx.InvalidArgument, match="'box'"):
        tx.draw(web, kinds=["box"])


def test_host_filter_keeps_one_host_side():
    w = tx.World()
    w.add_host("prod-1")
    w.run("nginx:1.27", name="web", detach=True)
    w.run("redis:7", name="cache", host="prod-1", detach=True)
    nodes = visible_nodes(w, host="prod-1")
    assert "container:prod-1/cache" in nodes and "host:prod-1" in nodes
    assert "container:laptop/web" not in nodes and "host:laptop" not in nodes
    assert "tag@laptop:docker.io/library/nginx:1.27" not in nodes
    assert "registry:docker.io" in nodes
    ax = tx.draw(w, host="prod-1")
    assert _kind_collections(ax)["container"].nodes == ("container:prod-1/cache",)
    with pytest.raises(tx.NotFound, match="no such host: 'nope'"):
        tx.draw(w, host="nope")


# -- highlight and trace -------------------------------------------------------------
def test_trace_of_a_container_follows_image_tags_repository_registry_and_layers(web):
    path = trace(web, "container:laptop/web")
    assert path[:2] == ["container:laptop/web", NGINX_IMAGE]
    tags = {n for n in path if n.startswith("tag")}
    assert "tag@laptop:docker.io/library/nginx:1.27" in tags
    assert {"tag:docker.io/library/nginx:1.27", "tag:docker.io/library/nginx:latest"} <= tags
    assert "repository:docker.io/library/nginx" in path and "registry:docker.io" in path
    layers = [n for n in path if n.startswith("layer:")]
    assert len(layers) == len(web.graph.nodes[NGINX_IMAGE]["layers"]) == 7
    assert not any(n.startswith(("host:", "volume:", "registry:mcr")) for n in path)
    assert len(path) == len(set(path))


def test_trace_accepts_a_container_name_and_rejects_unknowns(web):
    assert trace(web, "web") == trace(web, "container:laptop/web")
    with pytest.raises(tx.NotFound, match="'nosuch'"):
        trace(web, "nosuch")


def test_highlight_marks_exactly_the_traced_nodes(web):
    ax = tx.draw(web, highlight="web")
    ring = _by_gid(ax, "highlight")
    drawn = set(layout(web))
    expected = [n for n in trace(web, "container:laptop/web") if n in drawn]
    assert list(ring.nodes) == expected
    pos = layout(web)
    assert [tuple(p) for p in ring.get_offsets()] == [pytest.approx(pos[n]) for n in expected]
    hl = _by_gid(ax, "highlight-edges")
    mset = set(expected)
    want = [(u, v) for u, v in web.graph.edges() if u in mset and v in mset]
    assert len(hl.get_segments()) == len(want)
    assert ("container:laptop/web", NGINX_IMAGE) in want


def test_highlight_with_layers_rings_the_layers_too(web):
    ax = tx.draw(web, highlight="container:laptop/web", layers=True)
    ring = _by_gid(ax, "highlight")
    assert set(ring.nodes) == set(trace(web, "container:laptop/web"))


def test_highlight_a_list_is_the_union_of_traces(web):
    web.run("redis:7", name="cache", detach=True)
    ax = tx.draw(web, highlight=["web", "container:laptop/cache"])
    both = set(trace(web, "web")) | set(trace(web, "cache"))
    assert set(_by_gid(ax, "highlight").nodes) == {n for n in both if n in layout(web)}


def test_no_highlight_no_ring(web):
    ax = tx.draw(web)
    assert not [c for c in ax.collections if c.get_gid() in ("highlight", "changed")]


def test_highlight_unknown_container_is_not_found(web):
    with pytest.raises(tx.NotFound):
        tx.draw(web, highlight="nosuch")


def test_changed_marks_given_nodes_only(web):
    ax = tx.draw(web, changed=["container:laptop/web", "layer:not-drawn"])
    assert _by_gid(ax, "changed").nodes == ("container:laptop/web",)


# -- stable layout -------------------------------------------------------------------
def test_positions_stable_when_a_container_is_added(web):
    before = layout(web)
    ax1 = tx.draw(web)
    web.docker("docker run -d --name second redis:7")
    after = layout(web)
    assert set(before) < set(after)
    assert {n: after[n] for n in before} == before
    ax2 = tx.draw(web)
    old = dict(zip(_kind_collections(ax1)["container"].nodes, map(tuple, _kind_collections(ax1)["container"].get_offsets())))
    new = dict(zip(_kind_collections(ax2)["container"].nodes, map(tuple, _kind_collections(ax2)["container"].get_offsets())))
    assert all(new[n] == old[n] for n in old)


def test_positions_stable_through_pull_tag_push_volume_and_undo():
    w = tx.World()
    w.add_registry("contoso.azurecr.io")
    w.add_account("contoso.azurecr.io", "teacher", "pw")
    before = layout(w)
    w.pull("alpine:3.20")
    w.tag("alpine:3.20", "student/base:1")
    w.login("docker.io", "student", "student")
    w.push("student/base:1")
    w.volume_create("data")
    mid = layout(w)
    assert {n: mid[n] for n in before} == before
    w.undo()
    w.undo()
    assert {n: layout(w)[n] for n in before} == before


def test_layout_is_deterministic_across_processes():
    code = ("import taxonomy as tx; from taxonomy.views import layout; "
            "p = layout(tx.World()); print(p['repository:docker.io/library/nginx'], p['tag:docker.io/library/nginx:1.27'])")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            for _ in range(2)}
    assert len(runs) == 1


def test_columns_read_left_to_right():
    cols = columns()
    assert list(cols) == ["registry", "repository", "registry-tag", "image", "host-tag", "container", "host", "volume"]
    w = tx.World()
    w.run("nginx:1.27", name="web", detach=True)
    pos = layout(w)
    assert pos["registry:docker.io"][0] < pos["repository:docker.io/library/nginx"][0] < pos[NGINX_IMAGE][0]
    assert pos[NGINX_IMAGE][0] < pos["container:laptop/web"][0] < pos["host:laptop"][0]
    assert all(0.0 <= y <= 1.0 for _, y in pos.values())


# -- words ---------------------------------------------------------------------------
def test_labels_use_docker_short_ids(web):
    assert label(web, NGINX_IMAGE) == "cd276e6db3fb"
    assert label(web, "container:laptop/web") == "web"
    ax = tx.draw(web)
    texts = {t.get_text() for t in ax.texts}
    assert "web" in texts and "Docker Hub" in texts and "laptop" in texts
    assert "Containers (1)" in texts
    assert not any(t.startswith("sha256:") for t in texts)


def test_dense_columns_are_not_labelled():
    w = workshop_world(hosts=30, containers=300)
    ax = tx.draw(w)
    texts = {t.get_text() for t in ax.texts}
    names = {d["name"] for _, d in w.graph.nodes(data=True) if d["kind"] == "container"}
    assert not texts & names                          # 300 containers: no labels
    assert {"laptop", "pc-29"} <= texts               # dense hosts: first and last
    assert len(ax.texts) < 40


def test_highlighted_nodes_are_always_labelled():
    w = workshop_world(hosts=30, containers=300)
    name = w.containers("pc-07")[0]
    ax = tx.draw(w, highlight=f"container:pc-07/{name}")
    assert name in {t.get_text() for t in ax.texts}


def test_describe_counts_and_relations(web):
    text = describe(web)
    assert text.startswith("Docker world: 2 registries, 14 repositories, 95 tags, 38 images, 1 container, 1 host")
    assert "Container web on laptop runs image cd276e6db3fb (nginx:1.27), running." in text


def test_render_png_is_a_png(web):
    png = render_png(web, highlight="web")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


# -- the workshop world ----------------------------------------------------------------
def test_workshop_world_is_class_sized_and_deterministic():
    w = workshop_world()
    kinds = {}
    for _, d in w.graph.nodes(data=True):
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    assert kinds["host"] == 30 and kinds["container"] == 300 and kinds["registry"] == 3
    assert 450 <= len(layout(w)) <= 700
    assert workshop_world().to_bytes() == w.to_bytes()
    assert workshop_world(seed=1).to_bytes() != w.to_bytes()


def test_workshop_world_uses_a_private_registry():
    w = workshop_world(hosts=2, containers=2, images=90)
    assert w.repositories("contoso.azurecr.io") == ["contoso.azurecr.io/class/app-01", "contoso.azurecr.io/class/app-02"]
    assert w.logged_in("contoso.azurecr.io", host="pc-01") == "teacher"


def test_workshop_world_rejects_bad_counts():
    with pytest.raises(tx.InvalidArgument):
        workshop_world(registries=1)
