"""Panels for notebooks (ipywidgets 8): explore, type docker commands, build, push and pull.

Each panel is an ``ipywidgets.VBox`` subclass, shown by leaving it as the
last expression of a cell. Its parts are public attributes and its
handlers are named methods (``on_run``, ``on_undo`` …) that write their
results into widget values, so a test, or a curious learner, can drive a
panel without a browser::

    term = tx.widgets.Terminal(world)
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    term.output.value      # what docker printed
    term.image.value       # the new drawing, PNG bytes

A problem the learner causes (a :class:`~taxonomy.TaxonomyError`) is shown
in the panel's ``status`` line (CSS class ``tx-error``); any other exception
is a bug and is raised. The drawing has a text alternative: the panel's
``text`` attribute and the ``alt`` pane hold :func:`~taxonomy.views.layout.describe`.

Examples
--------
>>> import taxonomy as tx
>>> term = Terminal(tx.World())
>>> term.command.value = "docker pull alpine:3.20"
>>> term.on_run()
>>> term.output.value.splitlines()[:2]
['$ docker pull alpine:3.20', '3.20: Pulling from library/alpine']
>>> term
Terminal(host='laptop', commands=1, nodes=221)
"""

from __future__ import annotations

import html
import warnings

import ipywidgets as W

from .. import i18n
from ..content import short_id
from ..errors import InvalidArgument, TaxonomyError
from .draw import render_png
from .lifecycle import LifecyclePanel
from .network import PlacementPanel
from .layout import KIND_ORDER, describe, label

try:  # the glossary is written separately; fall back to short definitions
    from ..glossary import glossary as _glossary
except ImportError:
    _glossary = None

__all__ = ["Explorer", "Terminal", "BuildPanel", "RegistryPanel", "LifecyclePanel", "PlacementPanel", "definition", "parse_context", "DEFINITIONS"]

#: Short definitions used when :mod:`taxonomy.glossary` is not available.
DEFINITIONS = {
    "registry": "A registry is a service that stores images in repositories and hands them out: "
                "public like Docker Hub, or private like an Azure Container Registry.",
    "repository": "A repository is a collection of related images in a registry, "
                  "usually versions of one app, told apart by their tags.",
    "tag": "A tag is a movable name for an image (nginx:1.27); the image's digest names it forever.",
    "image": "An image is a static, immutable representation of an app, its configuration and its "
             "dependencies: a stack of layers and a config.",
    "layer": "A layer is one set of filesystem changes, made by one Dockerfile step; "
             "images that share a layer store it once.",
    "container": "A container is an instance of an image running on a host; one image gives many containers.",
    "host": "A Docker host is a machine running the Docker engine: it stores images and runs containers.",
    "volume": "A volume is storage that belongs to the host; it outlives the containers that mount it.",
}

_FIGSIZE, _DPI = (11.0, 7.0), 80
_ATTRS = {   # which attributes the details pane shows, per kind
    "registry": ("name", "label", "registry_kind", "require_login", "location"),
    "repository": ("name", "registry", "private"),
    "tag": ("ref", "host"),
    "image": ("digest", "manifest_digest", "nominal_size", "platform", "created"),
    "layer": ("digest", "diff_id", "size", "nominal_size", "created_by"),
    "container": ("name", "id", "state", "exit_code", "host", "image", "command"),
    "host": ("name", "platform", "location", "logins"),
    "volume": ("name", "host", "anonymous", "mountpoint"),
}


def definition(kind: str, lang: str = "en") -> str:
    """The glossary definition of a node kind (built-in text without the glossary module).

    Examples
    --------
    >>> definition("tag").split(";")[0]
    'A tag is a movable name for an image (nginx:1.27)'
    """
    if _glossary is not None:
        try:
            entry = _glossary(kind, lang)
        except TaxonomyError:
            entry = None
        if entry:
            return str(getattr(entry, "definition", entry))
    return DEFINITIONS.get(kind, kind)


def parse_context(text: str) -> dict:
    """Read build-context files from text: ``path: one line`` or ``path:`` then lines indented by two spaces.

    Raises
    ------
    InvalidArgument
        A line that is neither a file header nor indented content.

    Examples
    --------
    >>> parse_context("app.txt: hello\\nindex.html:\\n  <h1>Hi</h1>\\n  <p>there</p>\\n")
    {'app.txt': 'hello\\n', 'index.html': '<h1>Hi</h1>\\n<p>there</p>\\n'}
    """
    files: dict[str, list[str]] = {}
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("  ") and current is not None:
            files[current].append(line[2:])
        elif not line.strip():
            if current is not None:
                files[current].append("")
        elif ":" in line and not line[0].isspace():
            path, _, rest = line.partition(":")
            current = path.strip()
            files[current] = [rest[1:] if rest.startswith(" ") else rest] if rest.strip() else []
        else:
            raise InvalidArgument(f"context line {number} ({line.strip()!r}) is not 'path: content' "
                                  "nor content indented by two spaces under a 'path:' line")
    out = {}
    for path, lines in files.items():
        while lines and lines[-1] == "":
            lines.pop()
        out[path] = "\n".join(lines) + "\n" if lines else ""
    return out


def _status(kind: str, message: str) -> str:
    role = ' role="alert"' if kind == "error" else ""
    return f'<div class="tx-status tx-{kind}"{role}>{html.escape(message)}</div>'


def _short(image: str) -> str:
    return short_id(image.rsplit(":", 1)[-1])


def _snapshot(world):
    g = world.graph
    return {n: dict(d) for n, d in g.nodes(data=True)}, set(g.edges())


def _changes(before, world) -> list:
    """Nodes added, changed, or with an edge added or removed between two existing nodes."""
    nodes, edges = before
    g = world.graph
    out = [n for n, d in g.nodes(data=True) if nodes.get(n) != d]
    now = set(g.edges())
    for u, v in now ^ edges:
        out += [x for x in (u, v) if x in nodes and x in g]
    return list(dict.fromkeys(out))


class _Panel(W.VBox):
    """What the panels share: a world, a drawing with its text alternative, a status line."""

    def __init__(self, world, host=None, lang: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.world = world
        self.host = host
        self.lang = i18n.resolve(lang)
        self.status = W.HTML(value=_status("info", self._t("ready")))
        self.image = W.Image(format="png", layout=W.Layout(width="100%", max_width=f"{int(_FIGSIZE[0] * _DPI)}px"))
        self.alt = W.HTML()
        self.changed: list = []
        self.highlighted = None

    def _t(self, key: str, **values) -> str:
        """This panel's text for ``widgets.<key>`` in its language."""
        return i18n.text(f"widgets.{key}", lang=self.lang, **values)

    def _ok(self, message: str):
        self.status.value = _status("ok", message)

    def _info(self, message: str):
        self.status.value = _status("info", message)

    def _error(self, err):
        self.status.value = _status("error", str(err))

    def _draw_options(self) -> dict:
        return {"host": self.host}

    def redraw(self):
        """Render the drawing again (PNG in ``image.value``) and its text alternative."""
        opts = self._draw_options()
        self.image.value = render_png(self.world, figsize=_FIGSIZE, dpi=_DPI, highlight=self.highlighted,
                                      changed=self.changed, **opts)
        text = describe(self.world, opts.get("kinds"), opts.get("host"), layers=opts.get("layers", False))
        self.text = text   # the text alternative (a tooltip on an Image breaks its view: ipywidgets#3860)
        self.alt.value = (f'<details class="tx-alt"><summary>{html.escape(self._t("alt_summary"))}</summary>'
                          f"<pre>{html.escape(text)}</pre></details>")

    def _nodes(self) -> int:
        return self.world.graph.number_of_nodes()


# -- Explorer ----------------------------------------------------------------
def _option_label(world, node) -> str:
    d = world.graph.nodes[node]
    kind = d["kind"]
    if kind == "tag":
        where = d["host"] if d.get("host") else "registry"
        return f"tag: {d['ref']} ({where})"
    if kind in ("container", "volume"):
        return f"{kind}: {label(world, node)} ({d['host']})"
    if kind == "repository":
        return f"repository: {d['name']}"
    if kind == "registry":
        return f"registry: {d['name']} ({d.get('label') or d['name']})"
    return f"{kind}: {label(world, node)}"


def _fmt(key, value):
    if key in ("nominal_size",):
        from ..cli.format import human_size
        return f"{human_size(value)} (nominal: what such content weighs in the real world)"
    if key == "size":
        return f"{value} bytes (the model's real compressed blob)"
    if key == "image":
        return _short(value)
    if key == "command" and isinstance(value, tuple):
        return " ".join(value)
    if key == "logins":
        return ", ".join(f"{u}@{r}" for r, u in sorted(value.items())) or "none"
    return str(value)


class Explorer(_Panel):
    """Browse a world: filter kinds, pick a node, read what it is, trace where it comes from.

    Attributes
    ----------
    kind_boxes : dict of str to ipywidgets.Checkbox
        One per kind; layers start unticked.
    host_picker : ipywidgets.Dropdown
        All hosts, or one.
    picker : ipywidgets.Dropdown
        Every node, by a readable label; the value is the node id.
    details : ipywidgets.HTML
        The picked node's definition, attributes and neighbours.
    trace_button, clear_button : ipywidgets.Button
    image : ipywidgets.Image
        The drawing (PNG).
    alt : ipywidgets.HTML
        Its text alternative.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.run("nginx:1.27", name="web", detach=True)
    >>> ex = Explorer(w)
    >>> ex.picker.value = "container:laptop/web"
    >>> ex.on_trace()
    >>> ex.highlighted
    'container:laptop/web'
    >>> "running" in ex.details.value
    True
    """

    def __init__(self, world, lang: str | None = None):
        super().__init__(world, lang=lang)
        self.kind_boxes = {k: W.Checkbox(value=k != "layer", description=self._t(f"kind.{k}"), indent=False,
                                         layout=W.Layout(width="auto")) for k in KIND_ORDER}
        self.host_picker = W.Dropdown(description=self._t("host"), options=self._host_options(), value="")
        self.picker = W.Dropdown(description=self._t("node"), options=[], layout=W.Layout(width="60%"))
        self.trace_button = W.Button(description=self._t("trace"), tooltip=self._t("trace_tip"))
        self.clear_button = W.Button(description=self._t("clear"), tooltip=self._t("clear_tip"))
        self.details = W.HTML(layout=W.Layout(width="34%", min_width="16em"))
        self.image.layout.width = "66%"
        for box in self.kind_boxes.values():
            box.observe(self.on_kinds, names="value")
        self.host_picker.observe(self.on_host, names="value")
        self.picker.observe(self.on_pick, names="value")
        self.trace_button.on_click(self.on_trace)
        self.clear_button.on_click(self.on_clear)
        self.children = (
            W.HBox(list(self.kind_boxes.values())),
            W.HBox([self.host_picker, self.picker, self.trace_button, self.clear_button]),
            self.status,
            W.HBox([self.image, self.details]),   # drawing on the left, details on the right
            self.alt,
        )
        self.refresh()

    def __repr__(self):
        return f"Explorer(kinds={list(self.kinds)}, picked={self.picker.value!r}, nodes={self._nodes()})"

    @property
    def kinds(self) -> tuple:
        """The kinds ticked."""
        return tuple(k for k, box in self.kind_boxes.items() if box.value)

    def _host_options(self):
        # "" stands for all hosts: a Dropdown shows None as an empty choice
        return [(self._t("all_hosts"), "")] + [(h, h) for h in self.world.hosts()]

    def _draw_options(self):
        return {"kinds": self.kinds, "host": self.host_picker.value or None}

    def refresh(self):
        """Re-read the world: node list, details and drawing."""
        g = self.world.graph
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        nodes = sorted(g, key=lambda n: (order[g.nodes[n]["kind"]], _option_label(self.world, n)))
        picked = self.picker.value
        with self.picker.hold_trait_notifications():
            self.picker.options = [(_option_label(self.world, n), n) for n in nodes]
            self.picker.value = picked if picked in g else None
        if self.highlighted is not None and self.highlighted not in g:
            self.highlighted = None
        self.on_pick()
        self.redraw()

    def on_kinds(self, change=None):
        """A kind box was (un)ticked: redraw."""
        if not self.kinds:
            self._info(self._t("tick_a_kind"))
        self.redraw()

    def on_host(self, change=None):
        """Another host was chosen: redraw."""
        self.redraw()

    def on_pick(self, change=None):
        """Show the picked node's definition, attributes and neighbours."""
        node = self.picker.value
        if node is None:
            self.details.value = f"<p>{html.escape(self._t('pick_to_read'))}</p>"
            return
        g = self.world.graph
        d = g.nodes[node]
        kind = d["kind"]
        rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(_fmt(k, d[k]))}</td></tr>"
                       for k in _ATTRS[kind] if d.get(k) is not None)
        if kind == "image":
            rows += f"<tr><th>layers</th><td>{len(d['layers'])}</td></tr>"
        outs = [f"{e['kind']} → {_option_label(self.world, v)}" for v, e in sorted(g.succ[node].items())]
        ins = [f"{_option_label(self.world, u)} → {e['kind']}" for u, e in sorted(g.pred[node].items())]
        items = "".join(f"<li>{html.escape(x)}</li>" for x in (outs + ins)[:40])
        more = f"<li>{self._t('and_more', count=len(outs) + len(ins) - 40)}</li>" if len(outs) + len(ins) > 40 else ""
        self.details.value = (
            f'<div class="tx-details"><h4>{html.escape(_option_label(self.world, node))}</h4>'
            f"<p>{html.escape(definition(kind, self.lang))}</p>"
            f"<table>{rows}</table><p>{html.escape(self._t('neighbours'))}</p><ul>{items}{more}</ul></div>")

    def on_trace(self, button=None):
        """Highlight the path of the picked node on the drawing."""
        node = self.picker.value
        if node is None:
            self._info(self._t("pick_first"))
            return
        self.highlighted = node
        self._ok(self._t("traced", what=_option_label(self.world, node)))
        self.redraw()

    def on_clear(self, button=None):
        """Remove the highlight."""
        self.highlighted = None
        self._info(self._t("ready"))
        self.redraw()


# -- Terminal ------------------------------------------------------------------
class Terminal(_Panel):
    """A docker prompt: type a command, read Docker's answer, watch the drawing change.

    Attributes
    ----------
    command : ipywidgets.Text
        The command line; Enter runs it.
    run_button, undo_button, redo_button, replay_button : ipywidgets.Button
    output : ipywidgets.Textarea
        The session so far (``$ command`` then Docker's output), read-only.
    history : ipywidgets.Select
        Commands run, oldest first; Replay runs the one selected (or the last).
    status : ipywidgets.HTML
        Exit code, or the label of what Undo/Redo did.
    image, alt
        The drawing (changed nodes ringed with dashes) and its text alternative.
    """

    max_lines = 400

    def __init__(self, world, host=None, lang: str | None = None):
        super().__init__(world, host, lang)
        self.command = W.Text(placeholder="docker run -d --name web nginx:1.27", description="$",
                              layout=W.Layout(width="70%"))
        self.run_button = W.Button(description=self._t("run"), button_style="primary", tooltip=self._t("run_tip"))
        self.undo_button = W.Button(description=self._t("undo"), tooltip=self._t("undo_tip"))
        self.redo_button = W.Button(description=self._t("redo"), tooltip=self._t("redo_tip"))
        self.replay_button = W.Button(description=self._t("replay"), tooltip=self._t("replay_tip"))
        self.output = W.Textarea(value="", disabled=True, rows=12, layout=W.Layout(width="100%"))
        self.history = W.Select(options=[], rows=6, description=self._t("history"), layout=W.Layout(width="100%"))
        self.commands: list[str] = []
        with warnings.catch_warnings():   # ipywidgets 8 deprecates on_submit but it is Enter-only
            warnings.simplefilter("ignore", DeprecationWarning)
            self.command.on_submit(self.on_submit)
        self.run_button.on_click(self.on_run)
        self.undo_button.on_click(self.on_undo)
        self.redo_button.on_click(self.on_redo)
        self.replay_button.on_click(self.on_replay)
        self.children = (
            W.HBox([self.command, self.run_button]),
            W.HBox([self.undo_button, self.redo_button, self.replay_button]),
            self.status, self.output, self.history, self.image, self.alt,
        )
        self.redraw()

    def __repr__(self):
        host = self.host if self.host is not None else self.world.default_host
        return f"Terminal(host={host!r}, commands={len(self.commands)}, nodes={self._nodes()})"

    def on_submit(self, widget=None):
        """Enter in the command box: run it."""
        self.on_run()

    def on_run(self, button=None):
        """Run the command in ``command.value`` and show its output and the changed drawing."""
        text = self.command.value.strip()
        if not text:
            self._info(self._t("type_a_command"))
            return
        before = _snapshot(self.world)
        try:
            result = self.world.docker(text, host=self.host)
        except TaxonomyError as err:
            self._error(err)
            return
        self.commands.append(text)
        self.history.options = [(f"{i + 1:>3}  {c}", i) for i, c in enumerate(self.commands)]
        self._append(f"$ {text}\n{result.output}")
        self.command.value = ""
        self.changed = _changes(before, self.world)
        if result.exit_code == 0:
            self._ok(self._t("exit_ok", count=len(self.changed)))
        else:
            first = (result.output.strip().splitlines() or [""])[0]
            self.status.value = _status("error", self._t("exit_error", code=result.exit_code, first_line=first))
        self.redraw()

    def _append(self, text: str):
        lines = (self.output.value + text).splitlines()[-self.max_lines:]
        self.output.value = "\n".join(lines) + "\n"

    def _step(self, what: str):
        before = _snapshot(self.world)
        done = self.world.undo() if what == "undo" else self.world.redo()
        if done is None:
            self._info(self._t(f"nothing_to_{what}"))
            return
        self.changed = _changes(before, self.world)
        self._append(f"# {what}: {done}\n")
        self._ok(self._t("undone" if what == "undo" else "redone", what=done))
        self.redraw()

    def on_undo(self, button=None):
        """Undo the world's last change (``world.undo()``)."""
        self._step("undo")

    def on_redo(self, button=None):
        """Redo the last undone change (``world.redo()``)."""
        self._step("redo")

    def on_replay(self, button=None):
        """Run the selected history command again (the last one if none is selected)."""
        if not self.commands:
            self._info(self._t("nothing_to_replay"))
            return
        index = self.history.value if self.history.value is not None else len(self.commands) - 1
        self.command.value = self.commands[index]
        self.on_run()


# -- BuildPanel ----------------------------------------------------------------
_DOCKERFILE = 'FROM alpine:3.20\nCOPY app.txt /app/app.txt\nCMD ["cat", "/app/app.txt"]\n'


class BuildPanel(_Panel):
    """Build an image from a Dockerfile and a small build context.

    Attributes
    ----------
    dockerfile : ipywidgets.Textarea
    context : ipywidgets.Textarea
        Files of the build context: ``path: one line``, or ``path:`` then
        lines indented by two spaces (see :func:`parse_context`).
    tag : ipywidgets.Text
        The name to give the image (``-t``), may be empty.
    build_button : ipywidgets.Button
    build_log : ipywidgets.Textarea
        BuildKit-style log of the last build.
    steps : ipywidgets.HTML
        One line per step, ``CACHED`` or built.
    result
        What ``world.build`` returned last (``.image``, ``.log``, ``.steps``).
    """

    def __init__(self, world, host=None, lang: str | None = None):
        super().__init__(world, host, lang)
        self.dockerfile = W.Textarea(value=_DOCKERFILE, rows=8, description=self._t("dockerfile"),
                                     layout=W.Layout(width="100%"))
        self.context = W.Textarea(value="app.txt: Hello from my first image!\n", rows=4, description=self._t("context"),
                                  layout=W.Layout(width="100%"))
        self.tag = W.Text(value="student/hello:1", description=self._t("tag"))
        self.build_button = W.Button(description=self._t("build"), button_style="primary", tooltip="docker build -t TAG .")
        self.build_log = W.Textarea(value="", disabled=True, rows=10, layout=W.Layout(width="100%"))
        self.steps = W.HTML()
        self.result = None
        self.build_button.on_click(self.on_build)
        self.children = (self.dockerfile, self.context, W.HBox([self.tag, self.build_button]), self.status,
                         self.steps, self.build_log)

    def __repr__(self):
        return f"BuildPanel(tag={self.tag.value!r}, built={_short(self.result.image) if self.result else None!r})"

    def on_build(self, button=None):
        """Build ``dockerfile`` with ``context`` and ``tag``; show the log and the steps."""
        try:
            files = parse_context(self.context.value)
            kwargs = {"tag": self.tag.value.strip() or None, "context": files}
            if self.host is not None:
                kwargs["host"] = self.host
            result = self.world.build(self.dockerfile.value, **kwargs)
        except TaxonomyError as err:
            self._error(err)
            return
        self.result = result
        self.build_log.value = "\n".join(result.log) + ("\n" if result.log else "")
        steps = list(result.steps)
        cached = sum(1 for s in steps if s.cached)
        items = "".join(f"<li>{'CACHED ' if s.cached else ''}{html.escape(_step_text(s))}</li>" for s in steps)
        self.steps.value = f'<ol class="tx-steps">{items}</ol>'
        named = self._t("built_as", tag=self.tag.value.strip()) if self.tag.value.strip() else ""
        self._ok(self._t("built", image=_short(result.image), named=named, steps=len(steps), cached=cached))


def _step_text(step) -> str:
    for attr in ("text", "instruction"):
        value = getattr(step, attr, None)
        if value:
            return str(value)
    return str(step)


# -- RegistryPanel ---------------------------------------------------------------
_MOVED = ("Pull complete", "Pushed")


class RegistryPanel(_Panel):
    """Log in to registries, and push and pull between hosts and registries.

    Attributes
    ----------
    host_picker, registry_picker : ipywidgets.Dropdown
    user : ipywidgets.Text
    password : ipywidgets.Password
    login_button, logout_button : ipywidgets.Button
    reference : ipywidgets.Combobox
        An image name; its options are the host's images and the chosen
        registry's tags.
    pull_button, push_button : ipywidgets.Button
    layers : ipywidgets.HTML
        The last transfer, layer by layer: moved, or already there.
    image, alt
        The drawing (what the transfer changed ringed with dashes).
    """

    def __init__(self, world, host=None, lang: str | None = None):
        super().__init__(world, lang=lang)
        hosts = world.hosts()
        self.host_picker = W.Dropdown(description=self._t("host"), options=hosts,
                                      value=host if host is not None else world.default_host)
        self.registry_picker = W.Dropdown(description=self._t("registry"), options=world.registries(), value="docker.io"
                                          if "docker.io" in world.registries() else None)
        self.user = W.Text(description=self._t("user"), placeholder="student")
        self.password = W.Password(description=self._t("password"))
        self.login_button = W.Button(description=self._t("login"), tooltip="docker login")
        self.logout_button = W.Button(description=self._t("logout"), tooltip="docker logout")
        self.reference = W.Combobox(description=self._t("image"), placeholder="nginx:1.27", ensure_option=False,
                                    layout=W.Layout(width="60%"))
        self.pull_button = W.Button(description=self._t("pull"), tooltip=self._t("pull_tip"))
        self.push_button = W.Button(description=self._t("push"), tooltip=self._t("push_tip"))
        self.layers = W.HTML()
        self.login_button.on_click(self.on_login)
        self.logout_button.on_click(self.on_logout)
        self.pull_button.on_click(self.on_pull)
        self.push_button.on_click(self.on_push)
        self.host_picker.observe(self.on_choose, names="value")
        self.registry_picker.observe(self.on_choose, names="value")
        self.children = (
            W.HBox([self.host_picker, self.registry_picker]),
            W.HBox([self.user, self.password, self.login_button, self.logout_button]),
            W.HBox([self.reference, self.pull_button, self.push_button]),
            self.status, self.layers, self.image, self.alt,
        )
        self._refresh_refs()
        self.redraw()

    def __repr__(self):
        return (f"RegistryPanel(host={self.host_picker.value!r}, registry={self.registry_picker.value!r}, "
                f"nodes={self._nodes()})")

    def _draw_options(self):
        return {"host": None}

    def _refresh_refs(self):
        g = self.world.graph
        host, registry = self.host_picker.value, self.registry_picker.value
        local = self.world.images(host) if host is not None else []
        remote = sorted(d["ref"] for _, d in g.nodes(data=True)
                        if d["kind"] == "tag" and d.get("host") is None and d["ref"].startswith(f"{registry}/"))
        self.reference.options = list(dict.fromkeys(r for r in local + remote if not r.startswith("<none>")))

    def on_choose(self, change=None):
        """Another host or registry: refresh the image names offered."""
        self._refresh_refs()

    def on_login(self, button=None):
        """``docker login`` the chosen host to the chosen registry."""
        try:
            msg = self.world.login(self.registry_picker.value, self.user.value, self.password.value,
                                   host=self.host_picker.value)
        except TaxonomyError as err:
            self._error(err)
            return
        self.password.value = ""
        self._ok(self._t("logged_in", message=msg, host=self.host_picker.value, registry=self.registry_picker.value,
                         user=self.user.value))

    def on_logout(self, button=None):
        """``docker logout`` the chosen host from the chosen registry."""
        try:
            msg = self.world.logout(self.registry_picker.value, host=self.host_picker.value)
        except TaxonomyError as err:
            self._error(err)
            return
        self._ok(msg)

    def _transfer(self, verb):
        ref, host = self.reference.value.strip(), self.host_picker.value
        if not ref:
            self._info(self._t(f"name_an_image_{verb}"))
            return
        before = _snapshot(self.world)
        try:
            result = (self.world.pull if verb == "pull" else self.world.push)(ref, host=host)
        except TaxonomyError as err:
            self._error(err)
            return
        self.changed = _changes(before, self.world)
        self.layers.value = _layer_table(result.layers, verb, self._t)
        moved = [l for l in result.layers if l.status in _MOVED]
        from ..cli.format import human_size
        where = f"{host} → {result.repository}" if verb == "push" else f"{result.reference} → {host}"
        self._ok(self._t(f"moved_{verb}", where=where, moved=len(moved),
                         size=human_size(sum(l.nominal_size for l in moved)), kept=len(result.layers) - len(moved)))
        self._refresh_refs()
        self.redraw()

    def on_pull(self, button=None):
        """``docker pull`` the named image onto the chosen host."""
        self._transfer("pull")

    def on_push(self, button=None):
        """``docker push`` the named image from the chosen host to its registry."""
        self._transfer("push")


def _layer_table(layers, verb, t) -> str:
    from ..cli.format import human_size
    rows = []
    for l in layers:
        moved = l.status in _MOVED
        what = t("moved") if moved else t("already_there")
        rows.append(f'<tr class="tx-{"moved" if moved else "kept"}"><td><code>{short_id(l.digest)}</code></td>'
                    f"<td>{html.escape(l.status)}</td><td>{what}</td><td>{human_size(l.nominal_size)}</td></tr>")
    head = "".join(f"<th>{html.escape(t(k))}</th>" for k in ("col_layer", "col_docker_says", "col_transfer", "col_nominal"))
    return (f'<table class="tx-layers"><caption>{html.escape(t(f"layers_caption_{verb}"))}</caption>'
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def __getattr__(name):
    # The challenge panel builds on Terminal, so it is imported on first use (no import cycle).
    if name == "Challenge":
        from .challenge import Challenge
        return Challenge
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
