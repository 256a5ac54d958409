"""What one command changed, read from the world's journal, and what the map animates for it.

The journal records every change an operation makes (see
:mod:`taxonomy.journal`): add or remove a node or an edge, set an
attribute. :func:`change_set` reads one finished step, or one undone, and
says which graph nodes it touched. Its cost is the size of the step, never
the size of the world. :func:`transfers` turns the edges a pull or a push
added into what travels on the map: the layers that moved, and the ones
that were already there ("already exists").

:class:`Watcher` is how a panel learns what the last command did: it
remembers the journal's last step before, and afterwards returns the new
step's change set (or that of the step undone or redone).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> watch = Watcher(w)
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> c = watch.changes()
>>> c.label, c.verb, "container:laptop/web" in c.added
('docker run', 'run', True)
>>> len(c.stored["host:laptop"])   # the image and its 7 layers, all new on the laptop
8
>>> _ = w.undo()
>>> u = watch.changes()
>>> u.undo, "container:laptop/web" in u.removed
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ChangeSet", "change_set", "Watcher", "VERBS"]

#: Verbs the map animates, from the first word after ``docker`` in a step's label.
VERBS = ("pull", "push", "run", "create", "rm", "rmi", "build", "tag", "start", "stop", "kill", "volume", "commit")


@dataclass
class ChangeSet:
    """The graph nodes one step touched.

    Attributes
    ----------
    label : str
        The step's label (``docker run``).
    verb : str
        What the map animates: ``pull``, ``push``, ``run``, ``rm`` … or ``""``.
    nodes : tuple
        Every node added, removed, changed, or at an end of an edge added or removed.
    added, removed : tuple
        Nodes added and removed.
    stored : dict
        Host or repository → the layer and image nodes that arrived there (``stores`` edges added).
    undo : bool
        Whether the step was undone (its records played backwards).
    """

    label: str = ""
    verb: str = ""
    nodes: tuple = ()
    added: tuple = ()
    removed: tuple = ()
    stored: dict = field(default_factory=dict)
    undo: bool = False

    def to_dict(self) -> dict:
        """JSON-ready data (what the live map receives beside the new scene)."""
        return {"label": self.label, "verb": self.verb, "nodes": list(self.nodes), "added": list(self.added),
                "removed": list(self.removed), "stored": {k: list(v) for k, v in self.stored.items()},
                "undo": self.undo}


def _verb(label: str) -> str:
    words = label.replace("docker ", "", 1).split()
    if not words:
        return ""
    first = words[0]
    if first == "image" and len(words) > 1:
        first = words[1]
    if first == "container" and len(words) > 1:
        first = words[1]
    return first if first in VERBS else ""


def change_set(step, *, undo: bool = False) -> ChangeSet:
    """The change set of one journal step (``world.journal.done[-1]``).

    With ``undo=True``, the step's inverse records are read instead (what
    undoing it did), so added nodes count as removed and the other way round.
    """
    touched, added, removed, stored = {}, {}, {}, {}
    for forward, inverse in step.records:
        rec = inverse if undo else forward
        op = rec[0]
        if op in ("add_node", "restore_node"):
            added[rec[1]] = touched[rec[1]] = None
            removed.pop(rec[1], None)
        elif op == "remove_node":
            removed[rec[1]] = touched[rec[1]] = None
            added.pop(rec[1], None)
        elif op == "set":
            touched[rec[1]] = None
        elif op in ("add_edge", "remove_edge"):
            touched[rec[1]] = touched[rec[2]] = None
            if op == "add_edge" and len(rec) > 3 and rec[3].get("kind") == "stores":
                stored.setdefault(rec[1], {})[rec[2]] = None
    return ChangeSet(label=step.label, verb=_verb(step.label), nodes=tuple(touched), added=tuple(added),
                     removed=tuple(removed), stored={k: tuple(v) for k, v in stored.items()}, undo=undo)


class Watcher:
    """Tell what the world's last operation changed (through the journal's public history)."""

    def __init__(self, world):
        self.world = world
        self.mark()

    def mark(self):
        """Remember where the history stands now."""
        j = self.world.journal
        self._done = j.done[-1] if j.done else None
        self._undone = j.undone[-1] if j.undone else None

    def changes(self) -> ChangeSet | None:
        """The change set since :meth:`mark` (None if nothing changed), then mark again."""
        j = self.world.journal
        done = j.done[-1] if j.done else None
        undone = j.undone[-1] if j.undone else None
        out = None
        if undone is not None and undone is self._done and undone is not self._undone:
            out = change_set(undone, undo=True)     # the last step went back: an undo
        elif done is not None and done is not self._done:
            out = change_set(done)                  # a new step, or the undone one again: a redo
        self._done, self._undone = done, undone
        return out
