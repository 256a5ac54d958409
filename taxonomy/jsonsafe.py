"""How deep a JSON text nests, measured without parsing it (so without recursion).

``json.loads`` recurses once per ``[`` or ``{``: a text nested 100,000
deep raises ``RecursionError``. :func:`depth` finds the nesting in one
linear pass (strings are skipped by a regular expression that cannot
backtrack), so a reader can refuse a text before handing it to ``json``.

Examples
--------
>>> depth(b'{"a": [1, {"b": "[[[["}]}')
3
>>> depth("[" * 5000 + "]" * 5000)
5000
>>> depth(b"42")
0
"""

from __future__ import annotations

import itertools
import re

__all__ = ["depth"]

_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_KEEP = bytes(range(256)).translate(None, b"[]{}")   # every byte but the brackets
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def depth(text) -> int:
    """The deepest nesting of arrays and objects in a JSON text (bytes or str).

    Unbalanced or malformed text gives some number; ``json`` then reports
    the syntax error itself.
    """
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    brackets = _STRINGS.sub(b"", data).translate(None, _KEEP)
    if not brackets:
        return 0
    return max(0, max(itertools.accumulate(_STEP[b] for b in brackets)))
