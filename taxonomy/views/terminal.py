"""The Terminal panel: type a docker command, read Docker's answer, watch the map move.

Its parts are public attributes and its handlers named methods that write
into widget values, so it is driven without a browser::

    term = Terminal(world)
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    term.output.value        # what docker printed
    term.map.changes         # what the map animates: the container grows out of its image

Examples
--------
>>> import taxonomy as tx
>>> term = Terminal(tx.World(), lang="en")
>>> term.command.value = "docker pull alpine:3.20"
>>> term.on_run()
>>> term.output.value.splitlines()[:2]
['$ docker pull alpine:3.20', '3.20: Pulling from library/alpine']
>>> term.map.changes["transfers"][0]["verb"]
'pull'
>>> term
Terminal(host='laptop', commands=1, nodes=221)
"""

from __future__ import annotations

import warnings

import ipywidgets as W

from ..errors import TaxonomyError
from .common import MapPanel, status_html

__all__ = ["Terminal"]


class Terminal(MapPanel):
    """A docker prompt on a world, above its live map.

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
        Exit code (✔ or ✖), or what Undo/Redo did.
    map : LiveMap
        The world, animated after each command.
    changed : list
        Graph nodes the last command touched (from the journal).
    """

    max_lines = 400

    def __init__(self, world, host=None, lang: str | None = None, **kwargs):
        super().__init__(world, host, lang, **kwargs)
        self.command = W.Text(placeholder="docker run -d --name web nginx:1.27", description="$",
                              layout=W.Layout(width="70%"))
        self.run_button = W.Button(description=self._t("run"), button_style="primary", tooltip=self._t("run_tip"))
        self.undo_button = W.Button(description=self._t("undo"), tooltip=self._t("undo_tip"))
        self.redo_button = W.Button(description=self._t("redo"), tooltip=self._t("redo_tip"))
        self.replay_button = W.Button(description=self._t("replay"), tooltip=self._t("replay_tip"))
        self.output = W.Textarea(value="", disabled=True, rows=10, layout=W.Layout(width="100%"))
        self.history = W.Select(options=[], rows=5, description=self._t("history"), layout=W.Layout(width="100%"))
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
            self.status, self.output, self.map, self.history, self.alt,
        )

    def __repr__(self):
        host = self.host if self.host is not None else self.world.default_host
        return f"Terminal(host={host!r}, commands={len(self.commands)}, nodes={self._nodes()})"

    def on_submit(self, widget=None):
        """Enter in the command box: run it."""
        self.on_run()

    def on_run(self, button=None):
        """Run the command in ``command.value``; show its output, its exit code, and the map's change."""
        text = self.command.value.strip()
        if not text:
            self._info(self._t("type_a_command"))
            return
        try:
            result = self.world.docker(text, host=self.host)
        except TaxonomyError as err:
            self._error(err)
            return
        self.commands.append(text)
        self.history.options = [(f"{i + 1:>3}  {c}", i) for i, c in enumerate(self.commands)]
        self._append(f"$ {text}\n{result.output}")
        self.command.value = ""
        self.follow()
        if result.exit_code == 0:
            self._ok(self._t("exit_ok", count=len(self.changed)))
        else:
            first = (result.output.strip().splitlines() or [""])[0]
            self.status.value = status_html("error", self._t("exit_error", code=result.exit_code, first_line=first))

    def _append(self, text: str):
        lines = (self.output.value + text).splitlines()[-self.max_lines:]
        self.output.value = "\n".join(lines) + "\n"

    def _step(self, what: str):
        done = self.world.undo() if what == "undo" else self.world.redo()
        if done is None:
            self._info(self._t(f"nothing_to_{what}"))
            return
        self.follow()
        self._append(f"# {what}: {done}\n")
        self._ok(self._t("undone" if what == "undo" else "redone", what=done))

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
