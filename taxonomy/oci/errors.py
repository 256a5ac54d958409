"""A real registry's errors, as the explorer's error types.

A registry that refuses a request answers with an HTTP status and, in its
body, a list of errors with a *code* and a *message* (the OCI distribution
spec's error codes). The docker CLI prints them as ``code in lowercase:
message``, e.g. ``manifest unknown: manifest unknown``. The explorer keeps
that text, adds what was being done and the next step, and raises the
:mod:`taxonomy.errors` type that fits:

================================================ ====================
registry code                                    explorer error
================================================ ====================
NAME_UNKNOWN, MANIFEST_UNKNOWN, BLOB_UNKNOWN,     NotFound
BLOB_UPLOAD_UNKNOWN
UNAUTHORIZED                                     Unauthorized
DENIED                                           Denied
TOOMANYREQUESTS and every other code             RegistryError
================================================ ====================

Examples
--------
>>> err = error_from_response(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}',
...                           doing="GET http://127.0.0.1:5000/v2/app/manifests/1")
>>> type(err).__name__, str(err).split(" (")[0]
('NotFound', 'manifest unknown: manifest unknown')
>>> type(error_from_response(429, b'{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}', doing="x")).__name__
'RegistryError'
"""

from __future__ import annotations

import json

from .. import jsonsafe
from ..errors import Denied, NotFound, RegistryError, TaxonomyError, Unauthorized

__all__ = ["CODE_ERRORS", "error_from_response", "registry_codes"]

#: The error type each registry code maps to (others give RegistryError).
CODE_ERRORS = {
    "NAME_UNKNOWN": NotFound,
    "MANIFEST_UNKNOWN": NotFound,
    "BLOB_UNKNOWN": NotFound,
    "BLOB_UPLOAD_UNKNOWN": NotFound,
    "UNAUTHORIZED": Unauthorized,
    "DENIED": Denied,
    "TOOMANYREQUESTS": RegistryError,
}

_STATUS_ERRORS = {401: Unauthorized, 403: Denied, 404: NotFound}

_NEXT = {
    NotFound: "check the name and tag with the registry's catalog and tags lists",
    Unauthorized: "connect with username= and password= (world.connect_registry(url, username=..., password=...))",
    Denied: "this account may not do that here; ask the registry's owner for rights",
    RegistryError: "wait and try again, or ask the registry's owner",
}


def registry_codes(body: bytes) -> list[tuple[str, str]]:
    """The ``(code, message)`` pairs of a registry's error body ([] if it has none).

    Examples
    --------
    >>> registry_codes(b'{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}')
    [('DENIED', 'requested access to the resource is denied')]
    >>> registry_codes(b'<html>oops</html>')
    []
    """
    try:
        doc = jsonsafe.loads(body or b"null", "the registry's error")
    except (UnicodeDecodeError, ValueError):
        return []
    errors = doc.get("errors") if isinstance(doc, dict) else None
    if not isinstance(errors, list):
        return []
    out = []
    for e in errors:
        if isinstance(e, dict) and isinstance(e.get("code"), str):
            out.append((e["code"], str(e.get("message") or "")))
    return out


def error_from_response(status: int, body: bytes, *, doing: str, reason: str = "") -> TaxonomyError:
    """Turn a registry's error answer into the matching explorer error.

    Parameters
    ----------
    status : int
        The HTTP status code.
    body : bytes
        The answer's body (the registry's JSON error list, or anything).
    doing : str
        What was being done (``"GET http://…/v2/app/manifests/1"``), to show.
    """
    codes = registry_codes(body)
    if codes:
        code, message = codes[0]
        cls = CODE_ERRORS.get(code, RegistryError)
        words = code.replace("_", " ").lower()
        text = f"{words}: {message}" if message else words
    else:
        cls = _STATUS_ERRORS.get(status, RegistryError)
        if status == 401:
            text = "unauthorized: authentication required"
        elif status == 403:
            text = "denied: requested access to the resource is denied"
        elif status == 404:
            text = "not found"
        elif status == 429:
            text = "toomanyrequests: too many requests"
        else:
            text = f"received unexpected HTTP status: {status} {reason}".rstrip()
    return cls(f"{text} ({doing}); {_NEXT[cls]}")
