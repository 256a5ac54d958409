"""Charts and a panel for the network lab: which registry, for how many hosts?

* :func:`registry_bars`: for one image and one place, one bar per registry
  of the world (and, if asked, a Docker Hub mirror in that place): the
  seconds until the last host has the image, split into setup, download and
  the extraction left after the last byte.
* :func:`hosts_curve`: the same against the number of hosts pulling at
  once, which shows who shares what.
* :class:`PlacementPanel`: both charts with a place, an image, a number of
  hosts, and sliders for the bandwidth and round-trip time of the link
  between the place and a registry. Moving a slider changes that link in
  the world (``world.set_link``, so ``world.undo()`` takes it back).

matplotlib and ipywidgets are imported here only; the charts use a
:class:`matplotlib.figure.Figure` with an Agg canvas, never pyplot.

Examples
--------
>>> import taxonomy as tx
>>> panel = PlacementPanel(tx.World(), image="alpine:3.20", location="office")
>>> panel.hosts.value = 30
>>> panel.fastest
'docker.io'
>>> panel
PlacementPanel(image='alpine:3.20', location='office', hosts=30, fastest='docker.io')
"""

from __future__ import annotations

import html

import ipywidgets as W

from .. import i18n
from ..errors import TaxonomyError
from ..network.text import location_label, number, seconds
from ..reference import parse_reference
from .common import status_html as _status
from .draw import matplotlib_missing

__all__ = ["placement_estimates", "registry_bars", "hosts_curve", "render_png", "PlacementPanel", "HOST_COUNTS"]

#: The numbers of hosts the curve is drawn at (up to the chosen maximum).
HOST_COUNTS = (1, 2, 5, 10, 20, 30, 50, 100, 200, 300)

_COLOURS = {"setup": "#999999", "download": "#0072B2", "tail": "#E69F00"}       # Okabe-Ito
_LINES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000", "#F0E442")
_FIGSIZE, _DPI = (7.5, 3.6), 80


def placement_estimates(world, image: str, location: str, hosts: int = 1, mirror: bool = False,
                        problems: list | None = None) -> list:
    """(label, ClassPullEstimate) for each registry of ``world`` (and a Docker Hub mirror at ``location``).

    Each registry is asked "what if the image were here?". Given a list as
    ``problems``, a registry that cannot be estimated (no link to it) is
    left out and its :class:`~taxonomy.TaxonomyError` appended there;
    otherwise the error is raised.

    Examples
    --------
    >>> import taxonomy as tx
    >>> [label for label, _ in placement_estimates(tx.World(), "alpine:3.20", "office", mirror=True)]
    ['docker.io', 'mcr.microsoft.com', 'mirror@office']
    """
    asks = [dict(registry=r) for r in world.registries()]
    if mirror and "docker.io" in world.registries():
        asks.append(dict(registry="docker.io", mirror=location))
    rows = []
    for ask in asks:
        try:
            est = world.estimate_class_pull(image, hosts, location=location, **ask)
        except TaxonomyError as err:
            if problems is None:
                raise
            problems.append(err)
            continue
        rows.append((est.source, est))
    return rows


def _axes(ax, margins):
    if ax is not None:
        return ax
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=_FIGSIZE, dpi=_DPI)   # fixed margins: twice as fast as a constrained layout
    FigureCanvasAgg(fig)
    left, bottom = margins
    fig.subplots_adjust(left=left, right=0.97, top=0.9, bottom=bottom)
    return fig.add_subplot()


def registry_bars(world, image: str, location: str, hosts: int = 1, *, mirror: bool = False, ax=None,
                  lang: str | None = None, rows=None):
    """A horizontal bar per registry: setup, download and extraction tail, in seconds.

    ``rows`` may give estimates already made by :func:`placement_estimates`.

    Returns
    -------
    matplotlib.axes.Axes
        Its bars carry ``gid`` ``"setup"``, ``"download"`` and ``"tail"``.

    Examples
    --------
    >>> import taxonomy as tx
    >>> ax = registry_bars(tx.World(), "nginx:1.27", "home", lang="en")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['docker.io', 'mcr.microsoft.com']
    """
    lang = i18n.resolve(lang)
    t = lambda key, **kw: i18n.text(key, lang=lang, **kw)  # noqa: E731
    rows = rows if rows is not None else placement_estimates(world, image, location, hosts, mirror)
    ax = _axes(ax, (0.25, 0.27))
    labels = [label for label, _ in rows]
    slow = [c.slowest for _, c in rows]
    setup = [e.setup + e.upstream for e in slow]
    download = [e.download for e in slow]
    tail = [e.extraction_tail for e in slow]
    y = list(range(len(rows)))
    ax.barh(y, setup, height=0.6, color=_COLOURS["setup"], label=t("network.chart.setup"), gid="setup")
    ax.barh(y, download, height=0.6, left=setup, color=_COLOURS["download"], label=t("network.chart.download"),
            gid="download")
    ax.barh(y, tail, height=0.6, left=[a + b for a, b in zip(setup, download)], color=_COLOURS["tail"],
            label=t("network.chart.tail"), gid="tail")
    top = max((c.total for _, c in rows), default=1.0) or 1.0
    for i, (_, c) in enumerate(rows):
        ax.text(c.total + top * 0.01, i, seconds(c.total, lang), va="center", fontsize=8)
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.18)
    ax.set_xlabel(t("network.chart.seconds"))
    ax.set_title(t("network.chart.bars_title", image=image, hosts=hosts, location=location_label(location, lang)),
                 fontsize=10)
    ax.legend(loc="upper center", bbox_to_anchor=(0.4, -0.18), ncol=3, fontsize=7, frameon=False)
    return ax


def hosts_curve(world, image: str, location: str, max_hosts: int = 100, *, mirror: bool = False, mark: int | None = None,
                ax=None, lang: str | None = None, skip_missing: bool = False):
    """Pull time against the number of hosts pulling at once, one line per registry.

    Returns
    -------
    matplotlib.axes.Axes
        One line per registry (its ``gid`` is the registry), in the order of
        :func:`placement_estimates`; with ``skip_missing``, registries that
        cannot be reached from ``location`` are left out.

    Examples
    --------
    >>> import taxonomy as tx
    >>> ax = hosts_curve(tx.World(), "alpine:3.20", "office", max_hosts=10, lang="en")
    >>> [line.get_gid() for line in ax.get_lines()]
    ['docker.io', 'mcr.microsoft.com']
    >>> [int(n) for n in ax.get_lines()[0].get_xdata()]
    [1, 2, 5, 10]
    """
    lang = i18n.resolve(lang)
    t = lambda key, **kw: i18n.text(key, lang=lang, **kw)  # noqa: E731
    counts = sorted({n for n in HOST_COUNTS if n <= max_hosts} | {max(1, min(max_hosts, mark or 1))})
    series: dict = {}
    for n in counts:
        for label, c in placement_estimates(world, image, location, n, mirror, [] if skip_missing else None):
            series.setdefault(label, []).append(c.total)
    ax = _axes(ax, (0.1, 0.16))
    for i, (label, totals) in enumerate(series.items()):
        ax.plot(counts, totals, marker="o", markersize=3, color=_LINES[i % len(_LINES)], label=label, gid=label)
    if mark is not None:
        ax.axvline(mark, color="#555555", linestyle="--", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_xticks(counts, [str(n) for n in counts])
    ax.minorticks_off()
    ax.set_xlabel(t("network.chart.hosts"))
    ax.set_ylabel(t("network.chart.seconds"))
    ax.set_title(t("network.chart.curve_title", image=image, location=location_label(location, lang)), fontsize=10)
    ax.legend(fontsize=7, frameon=False)
    return ax


def render_png(ax) -> bytes:
    """The figure of ``ax`` as PNG bytes."""
    from .draw import png_bytes
    return png_bytes(ax.figure, dpi=_DPI)


def _image_options(world) -> list:
    refs = {parse_reference(d["ref"]).familiar for _, d in world.graph.nodes(data=True)
            if d["kind"] == "tag" and d.get("host") is None}
    return sorted(refs)


class PlacementPanel(W.VBox):
    """Compare registries for a deployment: place, image, number of hosts, and the link's figures.

    Attributes
    ----------
    location : ipywidgets.Dropdown
        Where the hosts are.
    image : ipywidgets.Dropdown
        The image they pull (any registry tag of the world).
    hosts : ipywidgets.IntSlider
        How many hosts pull at the same time.
    registry : ipywidgets.Dropdown
        The registry whose link (from ``location``) the sliders show and change.
    bandwidth, rtt : ipywidgets.FloatLogSlider, ipywidgets.FloatSlider
        That link's bandwidth (Mbit/s) and round-trip time (ms); moving them
        calls ``world.set_link``.
    mirror : ipywidgets.Checkbox
        Add a Docker Hub pull-through mirror in ``location`` to the comparison.
    reset_button : ipywidgets.Button
        Give the link back its default figures.
    status, table : ipywidgets.HTML
        The last message, and the comparison table.
    bars, curve : ipywidgets.Image
        The two charts (PNG); ``alt`` holds their text alternative. Without
        matplotlib they stay empty and ``charts_note`` says why in one line.
    map : LiveMap
        The world: the hosts, and the registries grouped by placement (public, private cloud, on-premises).
    """

    def __init__(self, world, image: str = "nginx:1.27", location: str | None = None, hosts: int = 1,
                 lang: str | None = None):
        super().__init__()
        self.world = world
        self.lang = i18n.resolve(lang)
        t = self._t
        places = world.locations()
        if location is None:
            location = world.location_of(world.default_host) if world.default_host else places[0]
        options = _image_options(world)
        if image not in options:
            options = sorted([*options, image])
        registries = world.registries()
        self._syncing = False
        self.location = W.Dropdown(description=t("network.panel.location"), value=location,
                                   options=[(f"{p} ({location_label(p, self.lang)})", p) for p in places])
        self.image = W.Dropdown(description=t("network.panel.image"), options=options, value=image)
        self.hosts = W.IntSlider(description=t("network.panel.hosts"), min=1, max=300, value=hosts,
                                 continuous_update=False)
        self.registry = W.Dropdown(description=t("network.panel.link"), options=registries,
                                   value=registries[0] if registries else None)
        self.bandwidth = W.FloatLogSlider(description=t("network.panel.bandwidth"), base=10, min=0, max=5, step=0.01,
                                          value=100, continuous_update=False, readout_format=".4g")
        self.rtt = W.FloatSlider(description=t("network.panel.rtt"), min=0, max=300, step=0.1, value=10,
                                 continuous_update=False)
        self.mirror = W.Checkbox(description=t("network.panel.mirror"), value=False, indent=False)
        self.reset_button = W.Button(description=t("network.panel.reset"))
        self.status = W.HTML(value=_status("info", t("network.panel.ready")))
        self.table = W.HTML()
        self.bars = W.Image(format="png", layout=W.Layout(width="100%", max_width=f"{int(_FIGSIZE[0] * _DPI)}px"))
        self.curve = W.Image(format="png", layout=W.Layout(width="100%", max_width=f"{int(_FIGSIZE[0] * _DPI)}px"))
        self.alt = W.HTML()
        self.charts_note = W.HTML()
        from .livemap import LiveMap
        self.map = LiveMap(world, lang=self.lang, height=480)
        self.estimates: list = []
        for widget, handler in ((self.location, self.on_location), (self.registry, self.on_registry),
                                (self.image, self.on_change), (self.hosts, self.on_change),
                                (self.mirror, self.on_change), (self.bandwidth, self.on_link),
                                (self.rtt, self.on_link)):
            widget.observe(handler, names="value")
        self.reset_button.on_click(self.on_reset)
        self.children = (
            W.HBox([self.location, self.image, self.hosts]),
            W.HBox([self.registry, self.bandwidth, self.rtt, self.reset_button]),
            self.mirror, self.status, self.table, self.charts_note, self.bars, self.curve, self.alt, self.map,
        )
        self._sync_link()
        self.refresh()

    def _t(self, key, **values):
        return i18n.text(key, lang=self.lang, **values)

    def __repr__(self):
        return (f"PlacementPanel(image={self.image.value!r}, location={self.location.value!r}, "
                f"hosts={self.hosts.value}, fastest={self.fastest!r})")

    # -- state -------------------------------------------------------
    def totals(self) -> dict:
        """Source (registry or mirror) → seconds until the last host is ready, as last computed."""
        return {label: c.total for label, c in self.estimates}

    @property
    def fastest(self) -> str | None:
        """The source with the shortest rollout, as last computed."""
        totals = self.totals()
        return min(totals, key=lambda k: (totals[k], k)) if totals else None

    def _link_places(self):
        return self.location.value, self.world.location_of(self.registry.value)

    def _sync_link(self):
        """Show the chosen link's figures on the sliders without changing the world."""
        if self.registry.value is None:
            return
        try:
            link = self.world.link(*self._link_places())
        except TaxonomyError as err:
            self.status.value = _status("error", str(err))
            return
        self._syncing = True
        try:
            self.bandwidth.value = link.bandwidth
            self.rtt.value = link.rtt
        finally:
            self._syncing = False

    # -- handlers ----------------------------------------------------
    def on_location(self, change=None):
        """Another place for the hosts: show its link to the chosen registry, recompute."""
        self._sync_link()
        self.refresh()

    def on_registry(self, change=None):
        """Another registry's link on the sliders."""
        self._sync_link()

    def on_change(self, change=None):
        """Image, number of hosts or mirror changed: recompute and redraw."""
        self.refresh()

    def on_link(self, change=None):
        """A slider moved: set the link in the world (``world.set_link``), recompute."""
        if self._syncing or self.registry.value is None:
            return
        a, b = self._link_places()
        try:
            self.world.set_link(a, b, bandwidth=float(self.bandwidth.value), rtt=float(self.rtt.value))
        except TaxonomyError as err:
            self.status.value = _status("error", str(err))
            return
        if self.refresh():
            self.status.value = _status("ok", self._t("network.panel.changed", a=a, b=b,
                                                       bandwidth=number(self.bandwidth.value, self.lang),
                                                       rtt=number(self.rtt.value, self.lang)))

    def on_reset(self, button=None):
        """Give the chosen link its default figures back."""
        if self.registry.value is None:
            return
        a, b = self._link_places()
        try:
            self.world.reset_link(a, b)
        except TaxonomyError as err:
            self.status.value = _status("error", str(err))
            return
        self._sync_link()
        if self.refresh():
            self.status.value = _status("ok", self._t("network.panel.reset_done", a=a, b=b))

    def refresh(self) -> bool:
        """Recompute every estimate; redraw the table and both charts. False if nothing could be estimated."""
        image, place, n, mirror = self.image.value, self.location.value, self.hosts.value, self.mirror.value
        problems: list = []
        try:
            self.estimates = placement_estimates(self.world, image, place, n, mirror, problems)
        except TaxonomyError as err:     # the image itself is unknown
            problems = [err]
            self.estimates = []
        if not self.estimates:
            self.table.value = ""
            self.status.value = _status("error", str(problems[0]))
            return False
        from ..network.text import comparison_table
        self.table.value = comparison_table(self.estimates, self.lang)._repr_html_()
        missing = matplotlib_missing(self.lang)
        if missing:     # a JupyterLite site has no matplotlib: the table and the map still work
            self.charts_note.value = _status("info", missing)
        else:
            self.bars.value = render_png(registry_bars(self.world, image, place, n, mirror=mirror, lang=self.lang,
                                                       rows=self.estimates))
            self.curve.value = render_png(hosts_curve(self.world, image, place, max(n, 30), mirror=mirror, mark=n,
                                                      lang=self.lang, skip_missing=True))
        rows = "; ".join(self._t("network.chart.alt_row", source=label, total=seconds(c.total, self.lang))
                         for label, c in self.estimates)
        text = self._t("network.chart.alt", image=image, hosts=n, location=location_label(place, self.lang), rows=rows)
        self.bars_text = text   # not a tooltip: it breaks an Image view (ipywidgets#3860)
        self.alt.value = f'<details class="tx-alt"><summary>{html.escape(text[:60])}…</summary><p>{html.escape(text)}</p></details>'
        fastest = self.fastest
        summary = self._t("network.panel.summary", hosts=n, location=location_label(place, self.lang),
                          registry=fastest, total=seconds(self.totals()[fastest], self.lang))
        if problems:
            self.status.value = _status("error", f"{summary}; {problems[0]}")
        else:
            self.status.value = _status("info", summary)
        return True
