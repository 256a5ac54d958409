"""The challenge panel: play a level in a notebook, Learn Git Branching style.

``Challenge(level)`` shows the level's introduction next to what the goal
asks (each part ticked as soon as it is met), the goal world and the
learner's world drawn side by side, a docker terminal, a command counter
against par, and Hint, Undo, Reset and Show-solution buttons. When the
goal is met it says so, and the progress file is updated (atomically).

Like the other panels, its parts are public attributes and its handlers
are named methods that write into widget values, so it is driven without
a browser::

    ch = Challenge("web-server")
    ch.command.value = "docker run -d --name web -p 8080:80 nginx:1.27"
    ch.on_run()
    ch.solved, ch.message.value

Commands run on the host picked in ``host_picker`` (levels with several
hosts), or on the host named by a prompt: ``prod-1$ docker ps``. A
command the level disables is refused with a message and exit code 1,
and, like looking (``docker ps``) and failing, does not count.

Examples
--------
>>> import os, tempfile
>>> ch = Challenge("run-hello-world", lang="en", progress_path=os.path.join(tempfile.mkdtemp(), "p.json"))
>>> ch
Challenge(level='run-hello-world', moves=0, par=1, solved=False)
>>> ch.command.value = "docker run hello-world"
>>> ch.on_run()
>>> ch.solved, "Solved in 1 commands (par 1)!" in ch.message.value
(True, True)
"""

from __future__ import annotations

import html
import re

import ipywidgets as W

from .. import i18n
from ..errors import TaxonomyError
from ..levels import Attempt, Progress, get
from ..levels.schema import parse_step
from .common import alt_html, status_html
from .layout import describe
from .livemap import LiveMap
from .scene import COMPACT
from .terminal import Terminal

__all__ = ["Challenge", "markup"]

_CODE = re.compile(r"`([^`]+)`")
_EM = re.compile(r"\*([^*\s][^*]*)\*")


def markup(text: str) -> str:
    """A level's text as HTML: paragraphs at blank lines, `code` and *emphasis*; everything else escaped.

    Examples
    --------
    >>> markup("Run `docker ps`.\\n\\nThe *build context* <b>")
    '<p>Run <code>docker ps</code>.</p><p>The <em>build context</em> &lt;b&gt;</p>'
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for p in paragraphs:
        p = html.escape(" ".join(p.split()), quote=False)
        p = _EM.sub(r"<em>\1</em>", _CODE.sub(r"<code>\1</code>", p))
        out.append(f"<p>{p}</p>")
    return "".join(out)


def _alt(text: str, summary: str) -> str:
    return alt_html(text, summary)


class _LevelTerminal(Terminal):
    """The challenge's terminal: commands go through the level's rules, the drawing shows every host."""

    def __init__(self, challenge):
        self.challenge = challenge
        super().__init__(challenge.attempt.world, lang=challenge.lang, width=COMPACT, height=520)

    def on_run(self, button=None):
        """Run ``command.value`` as the level allows it, then update the challenge."""
        ch = self.challenge
        text = self.command.value.strip()
        if not text:
            self._info(i18n.text("levels.ui.type", lang=ch.lang))
            return
        prompt, command = parse_step(text)
        host = prompt or (ch.host_picker.value if ch.host_picker is not None else None) or self.world.default_host
        result = ch.attempt.run(command, host=host)
        shown = f"{host}$ {command}" if ch.host_picker is not None or prompt else f"$ {command}"
        self.commands.append(shown[2:] if shown.startswith("$ ") else shown)
        self.history.options = [(f"{i + 1:>3}  {c}", i) for i, c in enumerate(self.commands)]
        self._append(f"{shown}\n{result.output}")
        self.command.value = ""
        self.follow()
        if result.exit_code == 0:
            key = "levels.ui.changed" if self.changed else "levels.ui.unchanged"
            self._ok(i18n.text(key, lang=ch.lang))
        else:
            lines = [l for l in result.output.strip().splitlines() if l and not l.startswith("See 'docker")]
            self.status.value = status_html("error", i18n.text("levels.ui.exit", lang=ch.lang, code=result.exit_code,
                                                               message=(lines or [""])[-1]))
        ch.refresh()

    def on_undo(self, button=None):
        """Undo through the challenge (so the counter follows)."""
        self.challenge.on_undo()

    def on_redo(self, button=None):
        """Redo, then update the challenge."""
        super().on_redo()
        self.challenge.refresh()


class Challenge(W.VBox):
    """Play one level.

    Parameters
    ----------
    level : Level or str
        A level, or the id of a shipped one.
    lang : {"en", "fr"}, optional
        Language of labels, hints and feedback (the current one by default).
    progress_path : path, optional
        The progress file (see :class:`~taxonomy.levels.progress.Progress`
        for the default).

    Attributes
    ----------
    attempt : Attempt
        The level, the learner's world, moves, hints read.
    heading, introduction, goal : ipywidgets.HTML
        Title; the story and task; what the goal asks, part by part, ticked when met.
    goal_map, map : LiveMap
        The goal world (one way to reach it) and the learner's world, side by side and small;
        what the learner's world still lacks is dashed in red on the goal.
    terminal : Terminal
        Its ``command``, ``run_button``, ``output``, ``status`` and ``history`` are used here.
    host_picker : ipywidgets.Dropdown or None
        The host commands run on, for levels with several hosts.
    counter : ipywidgets.HTML
        Commands so far against par.
    hint_button, undo_button, reset_button, solution_button : ipywidgets.Button
    hints, solution, message : ipywidgets.HTML
        Hints read so far; the solution once asked for; the "solved" message.
    """

    def __init__(self, level, lang: str | None = None, progress_path=None):
        super().__init__()
        self.level = get(level)
        self.lang = i18n.resolve(lang)
        self.attempt = Attempt(self.level, self.lang)
        self.progress = Progress(progress_path)
        self._recorded = False
        t = self._t
        lv = self.level
        self.heading = W.HTML(f"<h3>{html.escape(lv.title[self.lang])}</h3><p>"
                              + html.escape(t("levels.ui.level_of", sequence=_sequence(lv, self.lang), order=lv.order))
                              + " · " + html.escape(t("levels.par", par=lv.par)) + "</p>")
        self.introduction = W.HTML(markup(lv.introduction[self.lang]), layout=W.Layout(width="50%"))
        self.goal = W.HTML(layout=W.Layout(width="50%"))
        self.goal_map = LiveMap(self.level.goal_world(), lang=self.lang, width=COMPACT, height=520)
        self.goal_alt = W.HTML()
        self.terminal = _LevelTerminal(self)
        self.terminal.run_button.description = t("levels.ui.run")
        hosts = self.attempt.world.hosts()
        self.host_picker = None
        if len(hosts) > 1:
            self.host_picker = W.Dropdown(description=t("levels.ui.host"), options=hosts, value=self.attempt.host)
        self.counter = W.HTML()
        self.hint_button = W.Button(description=t("levels.ui.hint"), icon="lightbulb-o")
        self.undo_button = W.Button(description=t("levels.ui.undo"), icon="undo")
        self.reset_button = W.Button(description=t("levels.ui.reset"), icon="refresh")
        self.solution_button = W.Button(description=t("levels.ui.solution"), icon="eye")
        self.hints = W.HTML()
        self.solution = W.HTML()
        self.message = W.HTML()
        notes = []
        if self.host_picker is not None:
            notes.append(t("levels.ui.hosts", hosts=", ".join(hosts)))
        if lv.disabled:
            notes.append(t("levels.ui.disabled", commands=", ".join(lv.disabled)))
        self.notes = W.HTML("".join(f"<p><small>{html.escape(n)}</small></p>" for n in notes))
        self.hint_button.on_click(self.on_hint)
        self.undo_button.on_click(self.on_undo)
        self.reset_button.on_click(self.on_reset)
        self.solution_button.on_click(self.on_solution)
        drawings = W.HBox([
            W.VBox([W.HTML(f"<b>{html.escape(t('levels.ui.goal_drawing'))}</b>"), self.goal_map, self.goal_alt],
                   layout=W.Layout(width="50%", min_width="620px")),
            W.VBox([W.HTML(f"<b>{html.escape(t('levels.ui.now'))}</b>"), self.terminal.map, self.terminal.alt],
                   layout=W.Layout(width="50%", min_width="620px")),
        ], layout=W.Layout(flex_flow="row wrap"))
        prompt = [self.host_picker] if self.host_picker is not None else []
        self.children = (
            self.heading,
            W.HBox([self.introduction, self.goal]),
            drawings,
            self.notes,
            W.HBox(prompt + [self.terminal.command, self.terminal.run_button]),
            W.HBox([self.hint_button, self.undo_button, self.reset_button, self.solution_button, self.counter]),
            self.terminal.status,
            self.message,
            self.hints,
            self.solution,
            self.terminal.output,
        )
        self._draw_goal()
        self.refresh()

    def __repr__(self) -> str:
        return (f"Challenge(level={self.level.id!r}, moves={self.moves}, par={self.level.par}, "
                f"solved={self.solved})")

    def _t(self, key, **values) -> str:
        return i18n.text(key, lang=self.lang, **values)

    # -- what tests and learners read -------------------------------------------
    @property
    def world(self):
        """The learner's world."""
        return self.attempt.world

    @property
    def moves(self) -> int:
        """Commands that changed the world so far."""
        return self.attempt.moves

    @property
    def solved(self) -> bool:
        return self.attempt.solved

    @property
    def command(self):
        """The command box (the terminal's)."""
        return self.terminal.command

    @property
    def run_button(self):
        """The Run button (the terminal's)."""
        return self.terminal.run_button

    @property
    def output(self):
        """The session so far (the terminal's)."""
        return self.terminal.output

    @property
    def status(self):
        """The status line (the terminal's)."""
        return self.terminal.status

    @property
    def map(self):
        """The live map of the learner's world."""
        return self.terminal.map

    # -- drawing and feedback -------------------------------------------------------
    def _draw_goal(self):
        text = describe(self.goal_map.world)
        self.goal_text = text
        self.goal_alt.value = _alt(text, self._t("levels.ui.goal_drawing"))

    def missing(self) -> list:
        """Graph nodes the goal map shows that the learner's map does not (yet): marked on the goal."""
        now = {e.id for e in self.terminal.map.current.elements}
        return sorted({e.node for e in self.goal_map.current.elements
                       if e.type in ("node", "box") and e.node and e.id not in now})

    def refresh(self):
        """Re-check the goal: tick its parts, update the counter, say "solved" and save progress."""
        verdict = self.attempt.verdict()
        self.goal_map.show(marks={n: "missing" for n in self.missing()})
        items = "".join(
            f'<li class="tx-{"met" if c.met else "missing"}" style="color:{"#1a7f37" if c.met else "#9a6700"}">'
            f'{"✓" if c.met else "✗"} {html.escape(c.description)}'
            + (f" <small>({html.escape(c.detail)})</small>" if c.detail else "") + "</li>"
            for c in verdict.checks)
        self.goal.value = f"<b>{html.escape(self._t('levels.ui.goal'))}</b><ul class='tx-goal'>{items}</ul>"
        moves, par = self.moves, self.level.par
        self.counter.value = f"<b class='tx-counter'>{html.escape(self._t('common.commands_vs_par', count=moves, par=par))}</b>"
        if not verdict.solved:
            self.message.value = ""
            self._recorded = False
            return
        key = "levels.ui.solved" if moves <= par else "levels.ui.solved_over_par"
        self.message.value = (f'<div class="tx-solved" role="status" style="color:#1a7f37"><b>'
                              f"{html.escape(self._t(key, count=moves, par=par))}</b></div>")
        if not self._recorded:
            self._recorded = True
            try:
                self.progress.record(self.level.id, moves=moves, par=par, hints=self.attempt.hints_shown,
                                     solution_shown=self.attempt.solution_shown)
            except TaxonomyError as err:
                self.terminal.status.value = status_html("error", str(err))

    # -- buttons --------------------------------------------------------------------
    def on_run(self, button=None):
        """Run the command in ``command.value``."""
        self.terminal.on_run()

    def on_hint(self, button=None):
        """Show the next hint (all read so far stay listed)."""
        hints = self.level.hints
        if not hints:
            self.hints.value = f"<p>{html.escape(self._t('levels.ui.no_hints'))}</p>"
            return
        self.attempt.hint()
        n = self.attempt.hints_shown
        items = "".join(f"<li>{markup(self._t('levels.ui.hint_n', n=i + 1, total=len(hints), text=h[self.lang]))}</li>"
                        for i, h in enumerate(hints[:n]))
        last = f"<p><small>{html.escape(self._t('levels.ui.last_hint'))}</small></p>" if n == len(hints) else ""
        self.hints.value = f"<ul class='tx-hints'>{items}</ul>{last}"

    def on_undo(self, button=None):
        """Undo the last change to the world; the counter goes back by one."""
        term = self.terminal
        done = self.attempt.undo()
        if done is None:
            term._info(self._t("levels.ui.nothing_to_undo"))
            return
        term.follow()
        message = self._t("levels.ui.undone", what=done)
        term._append(f"# {message}\n")
        term._ok(message)
        self.refresh()

    def on_reset(self, button=None):
        """Start the level again from its start world (hints read stay read)."""
        self.attempt.reset()
        term = self.terminal
        term.world = self.attempt.world
        term.map.bind(self.attempt.world)
        term.changed, term.commands = [], []
        term.history.options = []
        term.output.value = ""
        term._info(self._t("levels.ui.reset_done"))
        if self.host_picker is not None:
            self.host_picker.value = self.attempt.host
        term.redraw()
        self.refresh()

    def on_solution(self, button=None):
        """Show one solution (the progress file will say it was shown)."""
        lines = self.attempt.show_solution()
        self.solution.value = (f"<p>{html.escape(self._t('levels.ui.solution_intro', count=len(lines)))}</p>"
                               f"<pre class='tx-solution'>{html.escape(chr(10).join(lines))}</pre>")


def _sequence(level, lang):
    from ..levels import sequence_title
    return sequence_title(level.sequence, lang)
