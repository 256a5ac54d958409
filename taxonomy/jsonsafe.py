"""How deep a JSON text nests, measured without parsing it (so without recursion).

``json.loads`` recurses once per ``[`` or ``{``: a text nested 100,000
deep raises ``RecursionError``. :func:`depth` finds the nesting in one
linear pass (strings skipped by splitting at their quotes), so a reader can refuse a text before handing it to ``json``.

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

import json

from . import limits

__all__ = ["depth", "loads"]

_KEEP = bytes(range(256)).translate(None, b"[]{}")   # every byte but the brackets
_SAME = bytes.maketrans(b"{}", b"[]")


def depth(text, limit: int | None = None) -> int:
    """The deepest nesting of arrays and objects in a JSON text (bytes or str).

    Unbalanced text counts its unpaired ``[`` and ``{`` as nested (an upper
    bound). With ``limit``, counting stops just above it.
    """
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    # Outside strings: drop escaped backslashes, then escaped quotes; the rest splits at quotes, and every
    # other piece is outside a string (bytes operations only, no Python loop over characters).
    outside = b"".join(data.replace(b"\\\\", b"").replace(b'\\"', b"").split(b'"')[::2])
    brackets = outside.translate(_SAME, _KEEP)
    # Each pass removes the innermost pairs, so the passes count the nesting (C speed, no Python loop
    # over characters); what is left unpaired counts as deep as it could be.
    deepest = 0
    while brackets:
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):
            return deepest + brackets.count(b"[")
        brackets, deepest = shorter, deepest + 1
        if limit is not None and deepest > limit:
            return deepest
    return deepest


def loads(text, what: str = "the JSON text", limit: int | None = None, **options):
    """``json.loads`` that refuses, before parsing, a text nested deeper than ``limit``.

    ``limit`` defaults to :data:`taxonomy.limits.MAX_JSON_DEPTH`. The refusal
    is a :class:`~taxonomy.LimitExceeded`, which is also a ``ValueError``:
    code that handles ``json``'s own errors handles it too.

    Examples
    --------
    >>> loads(b'{"a": [1]}')
    {'a': [1]}
    >>> loads("[" * 5000 + "]" * 5000, "the manifest")
    Traceback (most recent call last):
        ...
    taxonomy.errors.LimitExceeded: the manifest nests too deep (more than 64; the limit MAX_JSON_DEPTH is 64); is it really what it should be? Real ones nest a few levels
    """
    limit = limits.MAX_JSON_DEPTH if limit is None else limit
    if depth(text, limit) > limit:
        raise limits.LimitExceeded("MAX_JSON_DEPTH", None, limit, f"{what} nests too deep",
                                   "is it really what it should be? Real ones nest a few levels")
    return json.loads(text, **options)
