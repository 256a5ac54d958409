"""Journaled changes to the world's graph: all-or-nothing operations, undo and redo.

Every change to a :class:`~taxonomy.World` goes through the few primitives of
:class:`Journal` (add or remove a node or an edge, set an attribute). Each
primitive records how to undo itself. An operation runs inside
:meth:`Journal.transaction`: if it raises, the records are played backwards
and the world is exactly as it was; if it succeeds, its records become one
step of the history that :meth:`Journal.undo` and :meth:`Journal.redo` walk.

This costs what the operation touches, never the size of the world, which is
why a ``docker run`` in a world of 10,000 containers is as fast as in a world
of ten.

Attribute values are treated as immutable: code never changes a stored list
or dict in place, it stores a new one with :meth:`Journal.set`.

Examples
--------
>>> import networkx as nx
>>> j = Journal(nx.DiGraph())
>>> with j.transaction("add a"):
...     j.add_node("a", kind="host")
>>> try:
...     with j.transaction("add b, then fail"):
...         j.add_node("b", kind="host")
...         raise RuntimeError("boom")
... except RuntimeError:
...     pass
>>> sorted(j.graph)
['a']
>>> j.undo()
'add a'
>>> sorted(j.graph), j.redo(), sorted(j.graph)
([], 'add a', ['a'])
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

import networkx as nx

__all__ = ["Journal", "Step"]

_MISSING = object()


@dataclass
class Step:
    """One finished operation: its label and its (forward, inverse) records."""

    label: str
    records: list = field(default_factory=list)


class Journal:
    """Apply and record changes to a graph.

    Parameters
    ----------
    graph : networkx.DiGraph
        The graph to change. Graph-level attributes (``graph.graph``) hold
        world settings and counters and are journaled too.
    history_limit : int
        How many steps :meth:`undo` can go back.
    """

    def __init__(self, graph: nx.DiGraph, history_limit: int = 200):
        self.graph = graph
        self.history_limit = history_limit
        self._records: list | None = None
        self._label = ""
        self.done: list[Step] = []
        self.undone: list[Step] = []

    # -- transactions -------------------------------------------------
    @property
    def active(self) -> bool:
        """Whether a transaction is open."""
        return self._records is not None

    @contextmanager
    def transaction(self, label: str):
        """Run a block as one all-or-nothing step.

        Nested transactions join the outermost one, so a ``docker run`` that
        pulls, creates and starts is undone in one step.
        """
        if self._records is not None:
            # A nested step joins the outer one, but a failure inside it
            # still undoes its own part, so a caller may catch and go on.
            mark = len(self._records)
            try:
                yield
            except BaseException:
                part, self._records[mark:] = self._records[mark:], []
                self._rollback(part)
                raise
            return
        self._records, self._label = [], label
        try:
            yield
        except BaseException:
            records, self._records = self._records, None
            self._rollback(records)
            raise
        records, self._records = self._records, None
        if records:
            self.done.append(Step(label, records))
            del self.done[:-self.history_limit]
            self.undone.clear()

    def _rollback(self, records):
        for _forward, inverse in reversed(records):
            self._apply(inverse)

    def _record(self, forward, inverse):
        if self._records is None:
            raise RuntimeError("world changes must happen inside a transaction")
        self._records.append((forward, inverse))
        self._apply(forward)

    def undo(self) -> str | None:
        """Undo the last step and return its label (None if nothing to undo)."""
        if not self.done:
            return None
        step = self.done.pop()
        self._rollback(step.records)
        self.undone.append(step)
        return step.label

    def redo(self) -> str | None:
        """Redo the last undone step and return its label (None if nothing)."""
        if not self.undone:
            return None
        step = self.undone.pop()
        for forward, _inverse in step.records:
            self._apply(forward)
        self.done.append(step)
        return step.label

    def clear(self):
        """Forget the history."""
        self.done.clear()
        self.undone.clear()

    # -- primitives ---------------------------------------------------
    def add_node(self, node, **attrs):
        """Add a new node (it must not exist)."""
        if node in self.graph:
            raise RuntimeError(f"node {node!r} already exists")
        self._record(("add_node", node, attrs), ("remove_node", node))

    def remove_node(self, node):
        """Remove a node and its edges."""
        g = self.graph
        saved = (
            dict(g.nodes[node]),
            [(u, dict(d)) for u, _, d in g.in_edges(node, data=True)],
            [(v, dict(d)) for _, v, d in g.out_edges(node, data=True)],
        )
        self._record(("remove_node", node), ("restore_node", node, saved))

    def set(self, node, key, value):
        """Set one attribute of a node."""
        old = self.graph.nodes[node].get(key, _MISSING)
        self._record(("set", node, key, value), ("set", node, key, old))

    def set_graph(self, key, value):
        """Set one graph-level attribute."""
        old = self.graph.graph.get(key, _MISSING)
        self._record(("set_graph", key, value), ("set_graph", key, old))

    def add_edge(self, u, v, **attrs):
        """Add an edge, or replace the attributes of an existing one."""
        g = self.graph
        old = dict(g.edges[u, v]) if g.has_edge(u, v) else _MISSING
        inverse = ("remove_edge", u, v) if old is _MISSING else ("add_edge", u, v, old)
        self._record(("add_edge", u, v, attrs), inverse)

    def remove_edge(self, u, v):
        """Remove an existing edge."""
        self._record(("remove_edge", u, v), ("add_edge", u, v, dict(self.graph.edges[u, v])))

    def _apply(self, rec):
        g = self.graph
        op = rec[0]
        if op == "add_node":
            g.add_node(rec[1], **rec[2])
        elif op == "remove_node":
            g.remove_node(rec[1])
        elif op == "restore_node":
            node, (attrs, ins, outs) = rec[1], rec[2]
            g.add_node(node, **attrs)
            for u, d in ins:
                g.add_edge(u, node, **d)
            for v, d in outs:
                g.add_edge(node, v, **d)
        elif op == "set":
            if rec[3] is _MISSING:
                g.nodes[rec[1]].pop(rec[2], None)
            else:
                g.nodes[rec[1]][rec[2]] = rec[3]
        elif op == "set_graph":
            if rec[2] is _MISSING:
                g.graph.pop(rec[1], None)
            else:
                g.graph[rec[1]] = rec[2]
        elif op == "add_edge":
            if g.has_edge(rec[1], rec[2]):
                g.edges[rec[1], rec[2]].clear()
            g.add_edge(rec[1], rec[2], **rec[3])
        elif op == "remove_edge":
            g.remove_edge(rec[1], rec[2])
        else:  # pragma: no cover - programming error
            raise AssertionError(op)
