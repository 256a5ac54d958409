"""Both loops of an image's life on one map, and a panel to drive them.

The *inner loop* turns on the developer's laptop: code, build, run, test,
often with Compose. The *outer loop* starts when the code is committed: the
CI host builds and tests the image and pushes it to a registry, and the
orchestrator pulls it onto the hosts of a production cluster.

* :func:`lifecycle_map` reads that story out of a world (plain data, no
  matplotlib), and :func:`describe_lifecycle` words it (the text
  alternative of the drawing);
* :func:`draw_lifecycle` draws it with matplotlib: the laptop and its loop
  on the left, the CI host and the registries in the middle, each cluster
  on the right with its hosts and one square per replica (green when a
  pipeline build, vermillion when not), a down host hatched; a vermillion
  arrow marks an image pushed from a laptop that reached production;
* :class:`LifecyclePanel` (ipywidgets) runs the pipeline, deploys, scales,
  fails and recovers hosts, and redraws.

Every artist of the drawing has a gid (``host:prod-1``,
``registry:contoso.azurecr.io``, ``edge:push:ci``, ``edge:pull:prod-1``,
``edge:laptop-push:laptop``, ``loop:inner`` …) so tests can find it.

Examples
--------
>>> from taxonomy.exercises.nb08_lifecycle import lifecycle_world
>>> w = lifecycle_world(deployed=True)
>>> m = lifecycle_map(w)
>>> m["developer"], m["ci"], m["registries"]
(['laptop'], ['ci'], ['contoso.azurecr.io'])
>>> [(h["name"], len(h["replicas"])) for h in m["clusters"][0]["hosts"]]
[('prod-1', 1), ('prod-2', 1), ('prod-3', 1)]
>>> ax = draw_lifecycle(w)
>>> sorted(a.get_gid() for a in ax.patches if a.get_gid() and a.get_gid().startswith("edge:"))[:3]
['edge:commit:laptop', 'edge:pull:prod-1', 'edge:pull:prod-2']
"""

from __future__ import annotations


import ipywidgets as W

from .. import i18n, ids
from ..errors import TaxonomyError
from .common import alt_html, status_html as _status
from .draw import matplotlib_missing, png_bytes

__all__ = ["lifecycle_map", "describe_lifecycle", "draw_lifecycle", "render_lifecycle_png", "LifecyclePanel"]

_OK, _BAD, _DOWN = "#009E73", "#D55E00", "#bdbdbd"        # Okabe-Ito green and vermillion; grey
_HOST, _CI, _REG = "#000000", "#E69F00", "#0072B2"


def _t(key, lang, **values):
    return i18n.text(f"lifecycle.{key}", lang=lang, **values)


def lifecycle_map(world) -> dict:
    """What the lifecycle drawing shows, as plain data.

    Returns
    -------
    dict
        ``developer``: the default host and any host outside clusters and CI
        holding an image that runs in production unvetted; ``ci``: hosts
        that ran the pipeline (or a host named ``ci``); ``registries``:
        private registries, and any registry a deployment pulls from;
        ``pushes``: (CI host, registry, tags of its latest run); ``clusters``: name, location
        and hosts, each with ``up`` and its ``replicas`` (deployment, slot,
        build or None); ``laptop_pushes``: (developer host, registry).
    """
    g = world.graph
    runs = world.pipeline_runs()
    ci = sorted({r["host"] for r in runs} | ({"ci"} if ids.host_id("ci") in g else set()))
    prov = {(p["host"], p["container"]): p for p in world.provenance()} if world.clusters() else {}
    deps = {name: world.deployment(name) for name in world.deployments()}
    used = {parse_domain(d["image"]) for d in deps.values()}
    registries = sorted({r for r in world.registries() if g.nodes[ids.registry_id(r)]["registry_kind"] != "public"}
                        | used | {parse_domain(r["repository"]) for r in runs})
    pushes = {}
    for r in runs:
        key = (r["host"], parse_domain(r["repository"]))
        pushes[key] = [ref.rsplit(":", 1)[1] for ref in r["references"]]      # the latest run's tags
    clusters, bad_hosts = [], {}
    for name in world.clusters():
        hosts = []
        for h in world.cluster_hosts(name):
            reps = [p for (host, _), p in prov.items() if host == h]
            for p in reps:
                if p["build"] is None:
                    for dev in p["also_on"]:
                        bad_hosts.setdefault(dev, set()).add(parse_domain(deps[p["deployment"]]["image"]))
            hosts.append({"name": h, "up": world.host_up(h), "location": g.nodes[ids.host_id(h)].get("location"),
                          "replicas": [{"deployment": p["deployment"], "slot": p["slot"], "build": p["build"]}
                                       for p in sorted(reps, key=lambda p: (p["deployment"], p["slot"]))]})
        spec = (world.graph.graph.get("clusters") or {})[name]
        clusters.append({"name": name, "location": spec.get("location"), "hosts": hosts,
                         "pulls": sorted({parse_domain(d["image"]) for d in deps.values() if d["cluster"] == name})})
    developer = sorted({world.default_host} - {None} - set(ci) | set(bad_hosts))
    return {"developer": developer, "ci": ci, "registries": registries,
            "pushes": [(c, reg, tuple(dict.fromkeys(tags))) for (c, reg), tags in sorted(pushes.items())],
            "clusters": clusters,
            "laptop_pushes": sorted((h, reg) for h, regs in bad_hosts.items() for reg in regs)}


def parse_domain(reference: str) -> str:
    """The registry part of a full reference (``contoso.azurecr.io/shop/web:1`` → ``contoso.azurecr.io``)."""
    from ..reference import parse_reference
    return parse_reference(reference).domain


def describe_lifecycle(world, lang: str | None = None) -> str:
    """The drawing in words, one line per place (its text alternative).

    Examples
    --------
    >>> from taxonomy.exercises.nb08_lifecycle import lifecycle_world
    >>> print(describe_lifecycle(lifecycle_world(deployed=True), "en"))
    inner loop: code, build, run, test: laptop
    outer loop: CI, registry, orchestrator: ci -> contoso.azurecr.io (push :1, :blessed)
    cluster prod (westeurope): prod-1: web.1 build 1; prod-2: web.2 build 1; prod-3: web.3 build 1
    """
    lang = i18n.resolve(lang)
    m = lifecycle_map(world)
    lines = [f"{_t('map.inner', lang)}: {', '.join(m['developer'])}"]
    pushes = "; ".join(f"{c} -> {reg} (push {', '.join(':' + t for t in tags)})" for c, reg, tags in m["pushes"])
    lines.append(f"{_t('map.outer', lang)}: {pushes or _t('map.no_ci', lang)}")
    for c in m["clusters"]:
        parts = []
        for h in c["hosts"]:
            reps = ", ".join(f"{r['deployment']}.{r['slot']} " + (f"build {r['build']}" if r["build"] else "?")
                             for r in h["replicas"])
            parts.append(f"{h['name']}{'' if h['up'] else ' (' + _t('map.down', lang) + ')'}: {reps or '-'}")
        where = f" ({c['location']})" if c["location"] else ""
        lines.append(f"{_t('map.cluster', lang, name=c['name'])}{where}: {'; '.join(parts)}")
    for h, reg in m["laptop_pushes"]:
        lines.append(f"{h} -> {reg}: {_t('map.laptop_push', lang)}")
    return "\n".join(lines)


def _box(ax, xy, w, h, text, gid, *, face, edge="#333333", color="white", hatch=None, size=8.0):
    from matplotlib.patches import FancyBboxPatch
    x, y = xy
    patch = FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.01,rounding_size=0.02",
                           facecolor=face, edgecolor=edge, linewidth=0.8, hatch=hatch, zorder=3)
    patch.set_gid(gid)
    ax.add_patch(patch)
    ax.text(x, y, text, ha="center", va="center", fontsize=size, color=color, zorder=4, fontweight="bold")
    return patch


def _arrow(ax, a, b, gid, *, color="#555555", label=None, style="-|>", dashed=False, rad=0.0, width=1.0):
    from matplotlib.patches import FancyArrowPatch
    arrow = FancyArrowPatch(a, b, arrowstyle=style, mutation_scale=9, color=color, linewidth=width,
                            linestyle="--" if dashed else "-", connectionstyle=f"arc3,rad={rad}", zorder=2,
                            shrinkA=2, shrinkB=2)
    arrow.set_gid(gid)
    ax.add_patch(arrow)
    if label:
        ax.text((a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 0.025, label, ha="center", va="bottom", fontsize=6.5,
                color=color, zorder=5)
    return arrow


def _ends(pos, sizes, a, b):
    """Start and end of an arrow from box ``a`` to box ``b``: right edge of one, left edge of the other."""
    (xa, ya), (xb, yb) = pos[a], pos[b]
    return (xa + sizes[a] / 2, ya), (xb - sizes[b] / 2, yb)


def _curve_mid(ax, a, b, rad):
    """The middle of an ``arc3`` curve from ``a`` to ``b`` (data coordinates), for its label."""
    t = ax.transData
    (x1, y1), (x2, y2) = t.transform(a), t.transform(b)
    cx, cy = (x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1)
    mid = ((x1 + x2) / 2 + cx) / 2, ((y1 + y2) / 2 + cy) / 2
    return tuple(t.inverted().transform(mid))


def draw_lifecycle(world, ax=None, *, lang: str | None = None):
    """Draw the inner and outer loops of a world on one map; return the matplotlib Axes.

    Parameters
    ----------
    world : World
    ax : matplotlib.axes.Axes, optional
        Where to draw (a new Agg figure if omitted; no pyplot).
    lang : str, optional
        Language of the labels.
    """
    from matplotlib.patches import Rectangle

    from .draw import new_figure

    lang = i18n.resolve(lang)
    m = lifecycle_map(world)
    if ax is None:
        ax = new_figure((11.0, 6.0))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 1.06)
    ax.set_axis_off()
    ax.text(5.0, 1.04, _t("map.title", lang), ha="center", va="center", fontsize=10, fontweight="bold")
    pos, sizes = {}, {}
    # inner loop, on the left
    devs = m["developer"]
    for i, h in enumerate(devs):
        y = 0.45 if len(devs) == 1 else 0.6 - 0.4 * i / (len(devs) - 1)
        pos[h], sizes[h] = (1.3, y), 1.0
        _box(ax, pos[h], 1.0, 0.08, h, f"host:{h}", face=_HOST)
    if devs:
        x, y = pos[devs[0]]
        _arrow(ax, (x - 0.72, y + 0.02), (x + 0.72, y + 0.02), "loop:inner", color=_OK, rad=-0.7, width=1.6)
        _arrow(ax, (x + 0.72, y - 0.02), (x - 0.72, y - 0.02), "loop:inner-back", color=_OK, rad=-0.7, width=1.6)
        ax.text(x, y - 0.22, _t("map.inner", lang), ha="center", va="top", fontsize=7.5, color=_OK)
    # CI and registries, in the middle
    ax.text(5.0, 0.96, _t("map.outer", lang), ha="center", va="center", fontsize=7.5, color=_REG)
    for i, h in enumerate(m["ci"]):
        pos[h], sizes[h] = (3.7, 0.8 - 0.14 * i), 0.8
        _box(ax, pos[h], 0.8, 0.08, h, f"host:{h}", face=_CI, color="black")
    if not m["ci"]:
        ax.text(3.7, 0.8, _t("map.no_ci", lang), ha="center", va="center", fontsize=7, color="#777777")
    for i, reg in enumerate(m["registries"]):
        pos[reg], sizes[reg] = (6.0, 0.8 - 0.14 * i), 1.7
        _box(ax, pos[reg], 1.7, 0.08, reg, f"registry:{reg}", face=_REG, size=7)
    if devs and m["ci"]:
        a, b = _ends(pos, sizes, devs[0], m["ci"][0])
        _arrow(ax, a, b, f"edge:commit:{devs[0]}", label=_t("map.commit", lang))
    for c, reg, tags in m["pushes"]:
        if c in pos and reg in pos:
            a, b = _ends(pos, sizes, c, reg)
            _arrow(ax, a, b, f"edge:push:{c}", color=_CI, width=1.4,
                   label=_t("map.push", lang, tags=", :".join(tags)))
    for h, reg in m["laptop_pushes"]:
        if h in pos and reg in pos:
            a = (pos[h][0] + sizes[h] / 2, pos[h][1] - 0.02)
            b = (pos[reg][0], pos[reg][1] - 0.045)
            _arrow(ax, a, b, f"edge:laptop-push:{h}", color=_BAD, width=1.8, rad=0.3)
            mx, my = _curve_mid(ax, a, b, 0.3)
            ax.text(mx + 0.3, my - 0.045, _t("map.laptop_push", lang), ha="center", va="top", fontsize=7.5, color=_BAD,
                    fontweight="bold", zorder=5)
    # clusters, on the right
    clusters = m["clusters"]
    if not clusters:
        ax.text(8.7, 0.5, _t("map.no_cluster", lang), ha="center", va="center", fontsize=7, color="#777777")
    band = 0.92 / max(len(clusters), 1)
    for k, c in enumerate(clusters):
        top = 0.94 - k * band
        frame = Rectangle((7.55, top - band + 0.025), 2.4, band - 0.035, facecolor="#f4f4f4", edgecolor="#999999",
                          linewidth=0.8, zorder=0)
        frame.set_gid(f"cluster:{c['name']}")
        ax.add_patch(frame)
        where = f" ({c['location']})" if c["location"] else ""
        ax.text(7.6, top - 0.005, _t("map.cluster", lang, name=c["name"]) + where, ha="left", va="top", fontsize=7.5,
                fontweight="bold")
        n = len(c["hosts"])
        step = (band - 0.08) / max(n, 1)
        for i, h in enumerate(c["hosts"]):
            y = top - 0.05 - step * (i + 0.5)
            bh = min(0.06, step * 0.8)
            pos[h["name"]], sizes[h["name"]] = (8.15, y), 0.8
            _box(ax, (8.15, y), 0.8, bh, h["name"], f"host:{h['name']}", face=_HOST if h["up"] else _DOWN,
                 hatch=None if h["up"] else "//", color="white" if h["up"] else "#333333", size=6.5 if n < 12 else 5)
            for j, r in enumerate(h["replicas"][:12]):
                sq = Rectangle((8.62 + j * 0.105, y - bh / 3), 0.085, bh * 2 / 3, zorder=3,
                               facecolor=_OK if r["build"] is not None else _BAD, edgecolor="none")
                sq.set_gid(f"replica:{r['deployment']}.{r['slot']}")
                ax.add_patch(sq)
            if not h["up"]:
                ax.text(8.62, y, _t("map.down", lang), ha="left", va="center", fontsize=6.5, color="#555555")
            for reg in c["pulls"]:
                if reg in pos and h["up"] and h["replicas"]:
                    a, b = _ends(pos, sizes, reg, h["name"])
                    _arrow(ax, a, b, f"edge:pull:{h['name']}", color=_REG, width=0.6)
    from matplotlib.lines import Line2D
    handles = [Line2D([], [], linestyle="none", marker="s", markersize=7, markerfacecolor=col, markeredgecolor="none",
                      label=_t(key, lang)) for col, key in ((_OK, "map.replica_ok"), (_BAD, "map.replica_bad"))]
    ax.legend(handles=handles, loc="lower left", frameon=False, fontsize=7)
    return ax


def render_lifecycle_png(world, *, figsize=(11.0, 6.0), dpi=80, lang: str | None = None) -> bytes:
    """PNG bytes of :func:`draw_lifecycle` (a fresh Agg figure each time)."""
    from .draw import new_figure
    ax = new_figure(figsize, dpi)
    draw_lifecycle(world, ax, lang=lang)
    return png_bytes(ax.figure, dpi=dpi)


class LifecyclePanel(W.VBox):
    """Drive the outer loop: run the pipeline, deploy the blessed build, scale, fail and recover hosts.

    Parameters
    ----------
    world : World
    repository : str
        Where the pipeline pushes (``contoso.azurecr.io/shop/web``).
    cluster : str
        The production cluster.
    deployment : str
        The deployment's name.
    source : str or mapping
        The repository's files: a host whose working files are committed
        (default ``laptop``) or a mapping.

    Attributes
    ----------
    pipeline_button, update_button, scale_button, fail_button, recover_button : ipywidgets.Button
    replicas : ipywidgets.BoundedIntText
    host : ipywidgets.Dropdown
        The cluster host to fail or recover.
    status : ipywidgets.HTML
    output : ipywidgets.Textarea
        The CI log and the converge reports, read-only.
    image : ipywidgets.Image
        The map of both loops (PNG; without matplotlib, ``note`` says so in one line);
        ``alt`` holds its text description.
    map : LiveMap
        The world itself, live: the CI host, the registry and the cluster's hosts, animated as replicas move.

    Examples
    --------
    >>> from taxonomy.exercises.nb08_lifecycle import lifecycle_world
    >>> panel = LifecyclePanel(lifecycle_world())
    >>> panel.on_pipeline(); panel.on_update()
    >>> panel.world.deployment("web")["running"], panel
    (3, LifecyclePanel(cluster='prod', deployment='web', replicas=3, builds=1))
    """

    def __init__(self, world, repository: str = "contoso.azurecr.io/shop/web", cluster: str = "prod",
                 deployment: str = "web", source="laptop", lang: str | None = None):
        super().__init__()
        self.world, self.repository, self.cluster, self.deployment, self.source = \
            world, repository, cluster, deployment, source
        self.lang = i18n.resolve(lang)
        t = lambda key: _t(key, self.lang)  # noqa: E731
        self.pipeline_button = W.Button(description=t("panel.pipeline"), button_style="primary")
        self.update_button = W.Button(description=t("panel.update"))
        self.replicas = W.BoundedIntText(value=3, min=0, max=100, description=t("panel.replicas"),
                                         layout=W.Layout(width="180px"))
        self.scale_button = W.Button(description=t("panel.scale"))
        hosts = world.cluster_hosts(cluster) if cluster in world.clusters() else []
        self.host = W.Dropdown(options=hosts, value=hosts[0] if hosts else None, description=t("panel.host"),
                               layout=W.Layout(width="220px"))
        self.fail_button = W.Button(description=t("panel.fail"), button_style="danger")
        self.recover_button = W.Button(description=t("panel.recover"))
        self.status = W.HTML(value=_status("info", t("panel.ready")))
        self.output = W.Textarea(value="", disabled=True, rows=8, layout=W.Layout(width="100%"))
        self.image = W.Image(format="png", layout=W.Layout(width="100%", max_width="880px"))
        self.alt = W.HTML()
        self.note = W.HTML()
        from .livemap import LiveMap
        self.map = LiveMap(world, lang=self.lang, height=520)
        self.pipeline_button.on_click(self.on_pipeline)
        self.update_button.on_click(self.on_update)
        self.scale_button.on_click(self.on_scale)
        self.fail_button.on_click(self.on_fail)
        self.recover_button.on_click(self.on_recover)
        self.children = (W.HBox([self.pipeline_button, self.update_button, self.replicas, self.scale_button]),
                         W.HBox([self.host, self.fail_button, self.recover_button]),
                         self.status, self.note, self.image, self.alt, self.map, self.output)
        self.redraw()

    def __repr__(self):
        dep = self.world.deployment(self.deployment) if self.deployment in self.world.deployments() else None
        builds = sum(1 for r in self.world.pipeline_runs() if r["repository"] == self.repository)
        return (f"LifecyclePanel(cluster={self.cluster!r}, deployment={self.deployment!r}, "
                f"replicas={dep['replicas'] if dep else 0}, builds={builds})")

    def redraw(self):
        """Render the map again (``image.value``) and its text alternative (``alt.value``)."""
        missing = matplotlib_missing(self.lang)
        if missing:
            self.note.value = _status("info", missing)
        else:
            self.image.value = render_lifecycle_png(self.world, lang=self.lang)
        if self.map.follow() is None:
            self.map.refresh()
        text = describe_lifecycle(self.world, self.lang)
        self.text = text   # the text alternative (a tooltip on an Image breaks its view: ipywidgets#3860)
        self.alt.value = alt_html(text, _t("map.title", self.lang))

    def _do(self, action, message):
        try:
            result = action()
        except TaxonomyError as err:
            self.status.value = _status("error", str(err))
            return
        self.status.value = _status("ok", message(result))
        self.redraw()

    def _append(self, text: str):
        self.output.value = (self.output.value + text).rstrip("\n")[-20000:] + "\n"

    def _deployed(self, r) -> str:
        d = self.world.deployment(self.deployment)
        self._append(r.output)
        return _t("panel.deployed", self.lang, deployment=self.deployment, running=d["running"],
                  replicas=d["replicas"], pulled=", ".join(r.pulled) or _t("panel.nothing_pulled", self.lang))

    def on_pipeline(self, button=None):
        """Run the pipeline on the repository's files: build, tag, test, bless, push."""
        def done(run):
            self._append(run.output)
            return _t("panel.built", self.lang, build=run.build, refs=", ".join(run.references))
        self._do(lambda: self.world.pipeline(self.source, self.repository), done)

    def on_update(self, button=None):
        """Deploy the blessed build (the first time), or roll the deployment onto it."""
        ref = f"{self.repository}:blessed"
        if self.deployment in self.world.deployments():
            self._do(lambda: self.world.rolling_update(self.deployment, ref), self._deployed)
        else:
            self._do(lambda: self.world.deploy(ref, self.replicas.value, self.cluster, name=self.deployment),
                     self._deployed)

    def on_scale(self, button=None):
        """Scale the deployment to ``replicas.value``."""
        self._do(lambda: self.world.scale(self.deployment, self.replicas.value), self._deployed)

    def on_fail(self, button=None):
        """Take the selected host down; its replicas move."""
        host = self.host.value

        def done(results):
            moved = ", ".join(f"{t.container.split('.')[0]}.{t.slot} -> {t.host}"
                              for r in results.values() for t in r.started) or "-"
            return _t("panel.failed", self.lang, host=host, moved=moved)
        self._do(lambda: self.world.fail_host(host), done)

    def on_recover(self, button=None):
        """Bring the selected host back; waiting replicas are placed."""
        host = self.host.value

        def done(results):
            placed = ", ".join(f"{t.deployment}.{t.slot} -> {t.host}" for r in results.values() for t in r.started) or "-"
            return _t("panel.recovered", self.lang, host=host, placed=placed)
        self._do(lambda: self.world.recover_host(host), done)
