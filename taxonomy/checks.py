"""Checked answers: a :class:`Verdict` made of :class:`Check` results.

Exercises in the notebooks and challenge levels both end the same way: the
learner acts on a world, then a library call looks at the world and says
what is met and what is missing. That call never raises on an unsolved
world; it returns a :class:`Verdict`, which prints as a short list and
renders as HTML in a notebook.

Examples
--------
>>> v = Verdict((Check("image nginx:1.27 is on host laptop", True),
...              Check("a container runs nginx:1.27", False, "run: docker run -d nginx:1.27")))
>>> v.solved
False
>>> print(v)
✗ Not yet
  ✓ image nginx:1.27 is on host laptop
  ✗ a container runs nginx:1.27 (run: docker run -d nginx:1.27)
>>> [c.description for c in v.missing]
['a container runs nginx:1.27']

A verdict may carry *advice*: what a recognised mistake needs changed (see
:mod:`taxonomy.mistakes`), shown after the parts.

>>> print(Verdict((Check("a container named hello exists", False),),
...               advice=("Options go before the image. Write: docker run --name hello hello-world",)))
✗ Not yet
  ✗ a container named hello exists
  → Options go before the image. Write: docker run --name hello hello-world
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from . import i18n

__all__ = ["Check", "Verdict"]


@dataclass(frozen=True)
class Check:
    """One part of a goal and whether the world meets it.

    Attributes
    ----------
    description : str
        The goal part, in the learner's language.
    met : bool
    detail : str
        What was found, or a nudge towards the next step, when useful.
    """

    description: str
    met: bool
    detail: str = ""

    def __str__(self) -> str:
        mark = "✓" if self.met else "✗"
        return f"{mark} {self.description}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class Verdict:
    """Whether a goal is reached, part by part.

    Attributes
    ----------
    checks : tuple of Check
    title : str
        What was checked (an exercise or level title), may be empty.
    lang : str
        The language of the headline; ``None`` means the current language.
    advice : tuple of str
        What to change, for mistakes recognised in the world (may be empty).
    """

    checks: tuple
    title: str = ""
    lang: str | None = None
    advice: tuple = ()

    @property
    def solved(self) -> bool:
        """True when every part is met (and there is at least one part)."""
        return bool(self.checks) and all(c.met for c in self.checks)

    @property
    def met(self) -> tuple:
        return tuple(c for c in self.checks if c.met)

    @property
    def missing(self) -> tuple:
        return tuple(c for c in self.checks if not c.met)

    def __bool__(self) -> bool:
        return self.solved

    def headline(self) -> str:
        key = "common.solved" if self.solved else "common.not_yet"
        return ("✓ " if self.solved else "✗ ") + i18n.text(key, lang=self.lang)

    def __str__(self) -> str:
        colon = " : " if i18n.resolve(self.lang) == "fr" else ": "   # French typography: a space before the colon
        head = self.headline() + (f"{colon}{self.title}" if self.title else "")
        return "\n".join([head, *("  " + str(c) for c in self.checks), *("  → " + a for a in self.advice)])

    def _repr_pretty_(self, printer, cycle) -> None:
        # IPython's plain-text display (and nbval's text/plain): the short list, not the dataclass repr
        printer.text(str(self))

    def _repr_html_(self) -> str:
        colour = "#1a7f37" if self.solved else "#9a6700"
        items = "".join(
            f"<li style='color:{'#1a7f37' if c.met else '#cf222e'}'>{html.escape(str(c))}</li>"
            for c in self.checks)
        colon = " : " if i18n.resolve(self.lang) == "fr" else ": "
        title = f"{colon}{html.escape(self.title)}" if self.title else ""
        advice = "".join(f"<p style='margin:0.2em 0 0 1.2em'>→ {html.escape(a)}</p>" for a in self.advice)
        return (f"<div class='tx-verdict'><b style='color:{colour}'>{html.escape(self.headline())}{title}</b>"
                f"<ul>{items}</ul>{advice}</div>")
