"""Reading YAML safely: ``safe_load`` with bounds on size, nesting and aliases.

``yaml.safe_load`` builds no Python objects but plain data, yet it trusts
its input's shape: a document nested 10,000 deep raises ``RecursionError``,
an alias inside its own anchor (``&a [*a]``) gives a list that contains
itself, and nine anchors that each repeat the previous one nine times (the
"billion laughs") give a document that a program walking it visits a
billion times. This module reads YAML with PyYAML's pure-Python
``SafeLoader`` (the one that also runs in the browser) and refuses, with a
:class:`~taxonomy.LimitExceeded`, a document:

* larger than :data:`~taxonomy.limits.MAX_YAML_BYTES`;
* nested deeper than :data:`~taxonomy.limits.MAX_YAML_DEPTH`, aliases
  followed (checked while composing, before any recursion can run deep);
* whose nodes, every alias expanded, number more than
  :data:`~taxonomy.limits.MAX_YAML_NODES` (counted once per shared node,
  so the count itself is linear in the file);
* or in which an alias refers to a node that contains it.

Examples
--------
>>> from taxonomy import yamlsafe
>>> yamlsafe.safe_load("a: &x [1, 2]\\nb: *x\\n")
{'a': [1, 2], 'b': [1, 2]}
>>> laughs = "a: &a [x, x, x, x, x, x, x, x, x]\\n" + "".join(
...     f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\\n" for i in range(8))
>>> yamlsafe.safe_load(laughs)
Traceback (most recent call last):
    ...
taxonomy.errors.LimitExceeded: the YAML document, every alias expanded, has too many nodes (more than 200000; the limit MAX_YAML_NODES is 200000); write the repeated parts out, or use fewer aliases of aliases
>>> yamlsafe.safe_load("a: &a [*a]")
Traceback (most recent call last):
    ...
taxonomy.errors.LimitExceeded: the alias *a (line 1) is inside its own anchor: the YAML document would never end (more than 200000; the limit MAX_YAML_NODES is 200000); remove the alias, or point it at another node
"""

from __future__ import annotations

from . import limits

__all__ = ["safe_load", "compose_and_load", "check_graph"]


def _loader_class():
    import yaml   # only when YAML is read: ``import taxonomy`` stays light

    class _BoundedLoader(yaml.SafeLoader):
        """``SafeLoader`` whose composer counts its nesting (aliases do not nest: they are checked later)."""

        def __init__(self, stream):
            super().__init__(stream)
            self._depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                return super().compose_node(parent, index)
            self._depth += 1
            anchor = self.peek_event().anchor
            try:
                if self._depth > limits.MAX_YAML_DEPTH:
                    mark = self.peek_event().start_mark
                    raise limits.exceeded("MAX_YAML_DEPTH", None, f"the YAML document nests too deep (line "
                                          f"{mark.line + 1})", "flatten it: real files nest a few levels")
                node = super().compose_node(parent, index)
                if anchor:
                    node._anchor = anchor   # for messages about this anchor's aliases
                return node
            finally:
                self._depth -= 1

    return _BoundedLoader


def check_graph(root) -> int:
    """Check a composed node graph: no alias cycle, bounded depth and expanded size; return that size.

    Iterative (no recursion), and linear in the number of distinct nodes.
    """
    import yaml
    if root is None:
        return 0
    size: dict = {}     # id(node) -> expanded node count
    depth: dict = {}    # id(node) -> expanded depth
    active: set = set()
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            kids = _children(node, yaml)
            n = 1 + sum(size[id(k)] for k in kids)
            d = 1 + max((depth[id(k)] for k in kids), default=0)
            if n > limits.MAX_YAML_NODES:
                raise limits.exceeded("MAX_YAML_NODES", None, "the YAML document, every alias expanded, has too "
                                      "many nodes", "write the repeated parts out, or use fewer aliases of aliases")
            if d > limits.MAX_YAML_DEPTH:
                raise limits.exceeded("MAX_YAML_DEPTH", None, "the YAML document, its aliases followed, nests too "
                                      "deep", "use fewer aliases of aliases")
            size[key], depth[key] = n, d
            continue
        if key in size:
            continue
        if key in active:
            raise _cycle(node)
        active.add(key)
        stack.append((node, True))
        for kid in _children(node, yaml):
            if id(kid) in active:
                raise _cycle(kid)
            if id(kid) not in size:
                stack.append((kid, False))
    return size[id(root)]


def _cycle(node):
    return limits.exceeded("MAX_YAML_NODES", None, f"the alias *{_anchor_name(node)} (line {node.start_mark.line + 1}) "
                           "is inside its own anchor: the YAML document would never end",
                           "remove the alias, or point it at another node")


def _children(node, yaml):
    if isinstance(node, yaml.MappingNode):
        return [x for pair in node.value for x in pair]
    if isinstance(node, yaml.SequenceNode):
        return node.value
    return ()


def _anchor_name(node) -> str:
    return getattr(node, "_anchor", None) or "…"


def _check_size(text) -> None:
    if len(text) > limits.MAX_YAML_BYTES:
        raise limits.exceeded("MAX_YAML_BYTES", len(text), "the YAML document is too large",
                              "split it into smaller files")


def compose_and_load(text: str):
    """Parse ``text`` once; return ``(data, node)``: the plain data and the composed node (for line numbers).

    Raises
    ------
    LimitExceeded
        For a document beyond a bound (see the module's text).
    yaml.YAMLError
        For text that is not YAML.
    """
    _check_size(text)
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        check_graph(node)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    return data, node


def safe_load(text: str):
    """``yaml.safe_load`` with the bounds of this module (see :func:`compose_and_load`)."""
    return compose_and_load(text)[0]
