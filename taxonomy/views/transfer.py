"""The BuildPanel (a Dockerfile becomes an image, its layer stack drawn) and the RegistryPanel (push and pull).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> b = BuildPanel(w, lang="en")
>>> b.on_build()
>>> b.map.focus.startswith("image:sha256:")
True
>>> [e.sub.split(" · ")[0] for e in b.map.current.by_type("node") if e.kind == "layer"][:2]   # bottom first
['base image', '27 B']
>>> b.on_build()                       # the same build again: every step comes from the cache
>>> [e.sub.split(" · ")[0] for e in b.map.current.by_type("node") if e.kind == "layer"][:2]
['base image', 'CACHED']
>>> r = RegistryPanel(w, lang="en")
>>> r.reference.value = "nginx:1.27"
>>> r.on_pull()
>>> r.map.changes["transfers"][0]["verb"], "Pull complete" in r.layers.value
('pull', True)
"""

from __future__ import annotations

import html

import ipywidgets as W

from ..errors import InvalidArgument, TaxonomyError
from .common import MapPanel
from .scene import size_text, short

__all__ = ["BuildPanel", "RegistryPanel", "parse_context"]

_DOCKERFILE = 'FROM alpine:3.20\nCOPY app.txt /app/app.txt\nCMD ["cat", "/app/app.txt"]\n'
_MOVED = ("Pull complete", "Pushed")


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


def _step_text(step) -> str:
    for attr in ("text", "instruction"):
        value = getattr(step, attr, None)
        if value:
            return str(value)
    return str(step)


class BuildPanel(MapPanel):
    """Build an image from a Dockerfile and a small build context; see its layer stack, cached steps marked.

    Attributes
    ----------
    dockerfile, context : ipywidgets.Textarea
        The Dockerfile; the files of the build context (see :func:`parse_context`).
    tag : ipywidgets.Text
        The name to give the image (``-t``), may be empty.
    build_button : ipywidgets.Button
    build_log : ipywidgets.Textarea
        BuildKit-style log of the last build (emptied when a build fails).
    steps : ipywidgets.HTML
        One line per step, ``CACHED`` or built.
    map : LiveMap
        The built image's layer stack beside the images that share its layers; cached layers marked.
    result
        What ``world.build`` returned last (``.image``, ``.log``, ``.steps``), None after a failure.
    """

    def __init__(self, world, host=None, lang: str | None = None, **kwargs):
        super().__init__(world, host, lang, height=460, **kwargs)
        self.dockerfile = W.Textarea(value=_DOCKERFILE, rows=6, description=self._t("dockerfile"),
                                     layout=W.Layout(width="100%"))
        self.context = W.Textarea(value="app.txt: Hello from my first image!\n", rows=3, description=self._t("context"),
                                  layout=W.Layout(width="100%"))
        self.tag = W.Text(value="student/hello:1", description=self._t("tag"))
        self.build_button = W.Button(description=self._t("build"), button_style="primary", tooltip="docker build -t TAG .")
        self.build_log = W.Textarea(value="", disabled=True, rows=8, layout=W.Layout(width="100%"))
        self.steps = W.HTML()
        self.result = None
        self.build_button.on_click(self.on_build)
        self.children = (self.dockerfile, self.context, W.HBox([self.tag, self.build_button]), self.status,
                         self.steps, self.map, self.build_log)

    def __repr__(self):
        return f"BuildPanel(tag={self.tag.value!r}, built={short(self.result.image) if self.result else None!r})"

    def on_build(self, button=None):
        """Build ``dockerfile`` with ``context`` and ``tag``; show the log, the steps and the layer stack."""
        try:
            files = parse_context(self.context.value)
            kwargs = {"tag": self.tag.value.strip() or None, "context": files}
            if self.host is not None:
                kwargs["host"] = self.host
            result = self.world.build(self.dockerfile.value, **kwargs)
        except TaxonomyError as err:
            self.result = None
            self.build_log.value = ""          # a failed build leaves no old log to be mistaken for its own
            self.steps.value = ""
            self._error(err)
            return
        self.result = result
        self.build_log.value = "\n".join(result.log) + ("\n" if result.log else "")
        steps = list(result.steps)
        cached = sum(1 for s in steps if s.cached)
        items = "".join(f"<li>{'CACHED ' if s.cached else ''}{html.escape(_step_text(s))}</li>" for s in steps)
        self.steps.value = f'<ol class="tx-steps">{items}</ol>'
        named = self._t("built_as", tag=self.tag.value.strip()) if self.tag.value.strip() else ""
        self._ok(self._t("built", image=short(result.image), named=named, steps=len(steps), cached=cached))
        node = f"image:{result.image}"
        if node in self.world.graph:
            marks = {f"layer:{s.layer}": "cached" for s in steps if s.cached and getattr(s, "layer", None)}
            made = {getattr(s, "layer", None) for s in steps}
            marks.update({f"layer:{d}": "base" for d in self.world.graph.nodes[node]["layers"] if d not in made})
            self.map.marks = marks
            self.map.focus = node
        if self.follow() is None:       # an all-cached rebuild changes nothing, but the marks are new
            self.map.refresh()


class RegistryPanel(MapPanel):
    """Log in to registries, and push and pull between hosts and registries; the map shows what moves.

    Attributes
    ----------
    host_picker, registry_picker : ipywidgets.Dropdown
    user : ipywidgets.Text
    password : ipywidgets.Password
    login_button, logout_button : ipywidgets.Button
    reference : ipywidgets.Combobox
        An image name; its options are the host's images and the chosen registry's tags.
    pull_button, push_button : ipywidgets.Button
    layers : ipywidgets.HTML
        The last transfer, layer by layer: moved, or already there.
    map : LiveMap
        Layers travel on it from the registry to the host (pull) or up (push).
    """

    def __init__(self, world, host=None, lang: str | None = None, **kwargs):
        super().__init__(world, lang=lang, **kwargs)
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
            self.status, self.map, self.layers, self.alt,
        )
        self._refresh_refs()

    def __repr__(self):
        return (f"RegistryPanel(host={self.host_picker.value!r}, registry={self.registry_picker.value!r}, "
                f"nodes={self._nodes()})")

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
        self.follow()

    def on_logout(self, button=None):
        """``docker logout`` the chosen host from the chosen registry."""
        try:
            msg = self.world.logout(self.registry_picker.value, host=self.host_picker.value)
        except TaxonomyError as err:
            self._error(err)
            return
        self._ok(msg)
        self.follow()

    def _transfer(self, verb):
        ref, host = self.reference.value.strip(), self.host_picker.value
        if not ref:
            self._info(self._t(f"name_an_image_{verb}"))
            return
        try:
            result = (self.world.pull if verb == "pull" else self.world.push)(ref, host=host)
        except TaxonomyError as err:
            self._error(err)
            return
        self.follow()
        self.layers.value = _layer_table(result.layers, verb, self._t)
        moved = [l for l in result.layers if l.status in _MOVED]
        where = f"{host} → {result.repository}" if verb == "push" else f"{result.reference} → {host}"
        self._ok(self._t(f"moved_{verb}", where=where, moved=len(moved),
                         size=size_text(sum(l.nominal_size for l in moved)), kept=len(result.layers) - len(moved)))
        self._refresh_refs()

    def on_pull(self, button=None):
        """``docker pull`` the named image onto the chosen host."""
        self._transfer("pull")

    def on_push(self, button=None):
        """``docker push`` the named image from the chosen host to its registry."""
        self._transfer("push")


def _layer_table(layers, verb, t) -> str:
    rows = []
    for l in layers:
        moved = l.status in _MOVED
        what = t("moved") if moved else t("already_there")
        rows.append(f'<tr class="tx-{"moved" if moved else "kept"}"><td><code>{short(l.digest)}</code></td>'
                    f"<td>{html.escape(l.status)}</td><td>{what}</td><td>{size_text(l.nominal_size)}</td></tr>")
    head = "".join(f"<th>{html.escape(t(k))}</th>" for k in ("col_layer", "col_docker_says", "col_transfer", "col_nominal"))
    return (f'<table class="tx-layers"><caption>{html.escape(t(f"layers_caption_{verb}"))}</caption>'
            f"<tr>{head}</tr>{''.join(rows)}</table>")
