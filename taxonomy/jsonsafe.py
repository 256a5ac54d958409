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

__all__ = ["depth"]

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
