"""Tests of the static picture (tx.draw draws the scene with matplotlib), traces, the text alternative and the workshop world."""

import subprocess
import sys

import pytest

import taxonomy as tx
from taxonomy.views import describe, layout, trace
from taxonomy.views.draw import draw, render_png
from taxonomy.views.scene import scene
from taxonomy.views.workshop import workshop_world

NGINX_IMAGE = "image:sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d"


@pytest.fixture
def web():
    w = tx.World()
    assert w.docker("docker run -d --name web nginx:1.27").exit_code == 0
    return w


def test_import_taxonomy_loads_neither_matplotlib_nor_widgets():
    code = ("import sys, taxonomy; print(sorted(m for m in ('matplotlib', 'ipywidgets', 'anywidget') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_the_scene_needs_no_matplotlib():
    code = ("import sys, taxonomy as tx; w = tx.World(); w.docker('docker run -d --name web nginx:1.27'); "
            "tx.views.scene(w); from taxonomy.views.svg import to_svg; to_svg(tx.views.scene(w)); "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_tx_draw_is_the_drawing_function():
    assert tx.draw is draw


def test_draw_returns_axes_of_a_new_figure_without_pyplot(web):
    ax = draw(web)
    assert type(ax.figure.canvas).__name__ == "FigureCanvasAgg"
    code = "import sys, taxonomy as tx; tx.draw(tx.World()); print('matplotlib.pyplot' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_draw_uses_the_axes_it_is_given(web):
    from taxonomy.views.draw import new_figure
    ax = new_figure((6, 4), 80)
    assert draw(web, ax) is ax
    assert ax.texts


def test_draw_draws_every_element_of_the_scene_with_its_words(web):
    s = scene(web, lang="en")
    ax = draw(web, lang="en")
    gids = {a.get_gid() for a in [*ax.patches, *ax.lines, *ax.texts]}
    assert {e.id for e in s.elements} <= gids
    words = sorted(t.get_text() for t in ax.texts)
    assert words == sorted(text for e in s.elements for *_, text in e.lines())
    # one pixel of the scene is one pixel of the picture: text of 11 px or more
    assert min(t.get_fontsize() for t in ax.texts) * 100 / 72 >= 11 - 1e-6


def test_draw_in_french_and_with_a_focus(web):
    ax = draw(web, lang="fr", focus="nginx:1.27")
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("Couches de nginx:1.27") for t in texts)


def test_highlight_draws_the_traced_path_bold(web):
    ax = draw(web, highlight="web", lang="en")
    bold = {p.get_gid() for p in ax.patches if p.get_linewidth() > 2}
    assert "container:laptop/web" in bold and f"host:laptop|{NGINX_IMAGE}" in bold
    with pytest.raises(tx.NotFound):
        draw(web, highlight="nosuch")


def test_without_matplotlib_draw_says_so_in_one_line(web, monkeypatch, capsys):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name, *a))
    assert draw(web, lang="en") is None
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "matplotlib" in out[0] and "pip install matplotlib" in out[0]


def test_render_png_is_a_png(web):
    png = render_png(web, lang="en")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


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


def test_describe_counts_and_relations(web):
    text = describe(web)
    assert text.startswith("Docker world: 2 registries, 14 repositories, 95 tags, 38 images, 1 container, 1 host")
    assert "Container web on laptop runs image cd276e6db3fb (nginx:1.27), running." in text


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
