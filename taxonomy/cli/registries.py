"""``docker login`` and ``docker logout``.

Examples
--------
>>> import taxonomy as tx
>>> print(tx.World().docker("docker login -u student -p student").output.splitlines()[-1])
Login Succeeded
"""

from __future__ import annotations

from ..errors import TaxonomyError
from ..ops.registries import login, logout
from ..results import CommandResult
from .answer import daemon, fail

__all__ = ["docker_login", "docker_logout"]


# -- auth ----------------------------------------------------------------
def docker_login(world, opts, rest, host):
    server = rest[0] if rest else None
    warn = "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n" if opts["password"] is not None else ""
    if opts["stdin"]:
        fail("the explorer has no standard input: use -u USER -p PASSWORD (never do that on a shared machine)")
    if opts["username"] is None or opts["password"] is None:
        fail("Error: Cannot perform an interactive login from a non TTY device")
    try:
        msg = login(world, server, opts["username"], opts["password"], host=host)
    except TaxonomyError as err:
        fail(warn + daemon(err))
    return CommandResult(0, warn + msg + "\n")


def docker_logout(world, opts, rest, host):
    try:
        return CommandResult(0, logout(world, rest[0] if rest else None, host=host) + "\n")
    except TaxonomyError as err:
        fail(daemon(err))
