"""``regex`` for the browser site: the few calls docker-image-py makes, on the standard ``re``.

docker-image-py (the Docker reference grammar the library uses) imports
``regex``, a compiled package with no browser (WebAssembly) build outside
Pyodide's CDN. It calls only ``regex.compile(pattern, regex.ASCII)`` and the
compiled pattern's ``match``/``fullmatch``/``search``, and one of its
patterns uses the POSIX class ``[[:xdigit:]]``, which ``re`` does not know.
This module translates the POSIX classes inside a bracket expression into
``re`` ranges and hands everything else to ``re`` unchanged. It is built
into the site only (lite/build.py); a desktop install uses the real
``regex``. The site's tests run the reference grammar's whole test file
through it.

>>> compile("[[:xdigit:]]{4}", ASCII).fullmatch("beef") is not None
True
>>> compile("[[:xdigit:]]", ASCII).fullmatch("g") is None
True
"""

import re as _re

__all__ = ["compile", "ASCII", "A", "IGNORECASE", "I", "error", "Pattern", "Match"]

ASCII = A = _re.ASCII
IGNORECASE = I = _re.IGNORECASE
error = _re.error
Pattern = _re.Pattern
Match = _re.Match

#: POSIX classes, as ASCII ranges (Go's regexp and ``regex`` with ASCII agree on these).
_POSIX = {
    "alnum": "0-9A-Za-z", "alpha": "A-Za-z", "digit": "0-9", "xdigit": "0-9A-Fa-f",
    "lower": "a-z", "upper": "A-Z", "space": r" \t\n\r\f\v", "word": "0-9A-Za-z_",
}
_CLASS = _re.compile(r"\[:(\^?)([a-z]+):\]")


def _translate(pattern: str) -> str:
    def one(found):
        if found.group(1) or found.group(2) not in _POSIX:
            raise NotImplementedError(f"POSIX class {found.group(0)!r} is not translated for the browser")
        return _POSIX[found.group(2)]

    return _CLASS.sub(one, pattern)


def compile(pattern, flags=0):  # noqa: A001 - the name regex gives it
    """``re.compile`` of ``pattern`` with its POSIX classes translated."""
    return _re.compile(_translate(pattern) if isinstance(pattern, str) else pattern, flags)
