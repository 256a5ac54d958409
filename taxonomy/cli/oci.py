"""``docker save`` and ``docker load``: images to and from tar archives on disk.

``docker save -o FILE IMAGE...`` writes the images as an OCI image layout
in a tar archive (what Docker 25 and later write, with the older
``manifest.json`` beside it); ``docker load -i FILE`` reads such an archive,
or one made by skopeo, umoci or buildah, and prints ``Loaded image: …``.
The file is a real file on this computer, so real tools can open it.

The explorer has no standard input or output stream to redirect, so
``docker save`` without ``-o`` and ``docker load`` without ``-i`` answer as
Docker does when they are attached to a terminal.

The archive work is interop (:mod:`taxonomy.oci.archive`), which nothing below
the facade imports: the handlers receive it as ``archive``, an object with
``export_oci(world, images, path, host=..., tar=...)`` and
``import_oci(world, path, host=...)``, and :meth:`taxonomy.World.docker` passes it.

Examples
--------
>>> import taxonomy as tx, tempfile, os
>>> from taxonomy.oci import archive
>>> w = tx.World()
>>> _ = w.pull("alpine:3.20")
>>> path = os.path.join(tempfile.mkdtemp(), "alpine.tar")
>>> r = docker_save(w, {"output": path}, ["alpine:3.20"], None, archive=archive)
>>> r.exit_code, os.path.exists(path)
(0, True)
>>> _ = w.rmi("alpine:3.20")
>>> print(docker_load(w, {"input": path, "quiet": False}, [], None, archive=archive).output, end="")
Loaded image: alpine:3.20
>>> print(docker_save(w, {"output": None}, ["alpine:3.20"], None, archive=archive).output, end="")
cowardly refusing to save to a terminal. Use the -o flag or redirect
"""

from __future__ import annotations

from ..errors import InvalidReference, NotFound, TaxonomyError
from ..results import CommandResult
from .answer import line

__all__ = ["docker_save", "docker_load"]


def docker_save(world, opts, rest, host, *, archive) -> CommandResult:
    """``docker save [-o FILE] IMAGE...``: write an OCI archive (nothing is printed on success)."""
    output = opts.get("output")
    if not output:
        return CommandResult(1, "cowardly refusing to save to a terminal. Use the -o flag or redirect\n")
    if opts.get("platform"):
        return CommandResult(1, "the explorer saves the host's platform only; leave out --platform\n")
    try:
        archive.export_oci(world, list(rest), output, host=host, tar=True)
    except InvalidReference as err:
        return CommandResult(1, line(str(err)))
    except NotFound as err:
        message = str(err)
        if message.startswith("No such image") or message.startswith("no such host"):
            return CommandResult(1, line(f"Error response from daemon: {message}"))
        return CommandResult(1, line(f"failed to save image: {message}"))
    except TaxonomyError as err:
        return CommandResult(1, line(f"failed to save image: {err}"))
    return CommandResult(0, "")


def docker_load(world, opts, rest, host, *, archive) -> CommandResult:
    """``docker load [-i FILE] [-q]``: read an image archive; print ``Loaded image: …``."""
    path = opts.get("input")
    if not path:
        return CommandResult(1, "requested load from stdin, but stdin is empty\n")
    if opts.get("platform"):
        return CommandResult(1, "the explorer loads the host's platform only; leave out --platform\n")
    try:
        result = archive.import_oci(world, path, host=host)
    except NotFound as err:
        return CommandResult(1, line(str(err)))
    except TaxonomyError as err:
        return CommandResult(1, line(f"Error response from daemon: {err}"))
    return CommandResult(0, result.output)
