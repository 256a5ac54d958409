"""How much a ``RUN`` layer weighs: a small, documented table of estimates.

The explorer runs no programs, so a ``RUN`` layer holds a short text that
describes the command, and carries a *nominal size* estimated here from the
package-manager commands it contains. The figures are typical sizes of what
these commands add to Debian and Alpine images; they teach orders of
magnitude, not exact bytes.

====================================  =====================================  ==============================
command                               nominal size added                     where (for efficiency)
====================================  =====================================  ==============================
``apt-get update``                    20 MB of package lists                 ``/var/lib/apt/lists``
``apt-get install`` / ``apt install`` 12 MB per package                      ``/usr/lib/<package>``
``apk add``                           2 MB per package                       ``/usr/lib/<package>``
``pip install -r …``                  45 MB                                  ``/usr/local/lib/python3/site-packages``
``pip install PKG …``                 8 MB per package                       ``…/site-packages/<package>``
``npm install`` / ``npm ci`` /        60 MB                                  ``<workdir>/node_modules``
``yarn install``
``dotnet restore``                    30 MB                                  ``/root/.nuget/packages``
``dotnet publish`` / ``dotnet build`` 15 MB                                  ``-o`` folder, else ``<workdir>/bin``
``go build`` / ``cargo build``        10 MB                                  ``<workdir>/target``
anything else                         1 kB                                   (the command's own file)
====================================  =====================================  ==============================

``rm -rf PATH…`` removes what an *earlier* command of the same ``RUN``
added under those paths, so ``apt-get update && … && rm -rf
/var/lib/apt/lists/*`` stores no package lists at all. In a *later*
``RUN`` the same ``rm`` only hides them: the bytes stay in the earlier
layer, which is what :func:`run_effects` lets the efficiency measure
(:mod:`taxonomy.ops.analysis`) show.

Examples
--------
>>> estimate_run("apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*")
24000000
>>> estimate_run("apt-get update")
20000000
>>> estimate_run("echo hi > /msg")
1000
>>> run_effects("apt-get update && apt-get install -y curl")
RunEffects(adds=(('/var/lib/apt/lists', 20000000), ('/usr/lib/curl', 12000000)), removes=())
>>> run_effects("rm -rf /var/lib/apt/lists/*").removes
('/var/lib/apt/lists',)
"""

from __future__ import annotations

import posixpath
import re
from typing import NamedTuple

from .. import limits, shellwords

__all__ = ["estimate_run", "run_effects", "RunEffects", "RUN_TABLE"]

MB = 1_000_000
RUN_TABLE = {
    "apt-lists": 20 * MB, "apt-package": 12 * MB, "apk-package": 2 * MB, "pip-requirements": 45 * MB,
    "pip-package": 8 * MB, "node-install": 60 * MB, "dotnet-restore": 30 * MB, "dotnet-publish": 15 * MB,
    "compile": 10 * MB, "other": 1000,
}
_SITE = "/usr/local/lib/python3/site-packages"


class RunEffects(NamedTuple):
    """What a ``RUN`` command leaves in its layer, as the table above models it.

    Attributes
    ----------
    adds : tuple of (path, bytes)
        What stays in the layer, in command order.
    removes : tuple of str
        Paths the command deletes (``rm``); they hide what *earlier layers* hold there.
    """

    adds: tuple
    removes: tuple


def _packages(words, start):
    return [w for w in words[start:] if not w.startswith("-") and "=" not in w or re.match(r"^[a-z0-9.+-]+=[\w.~:+-]+$", w)]


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix.rstrip("/") + "/") or prefix == "/"


def _removed_path(word: str, workdir: str) -> str:
    word = word.rstrip("*").rstrip("/") or "/"
    return posixpath.normpath(posixpath.join(workdir, word))


def _command_adds(words, workdir):
    prog = words[0].rsplit("/", 1)[-1]
    sub = words[1] if len(words) > 1 else ""
    if prog in ("apt-get", "apt") and sub == "update":
        return [("/var/lib/apt/lists", RUN_TABLE["apt-lists"])]
    if prog in ("apt-get", "apt") and sub == "install":
        return [(f"/usr/lib/{p.split('=')[0]}", RUN_TABLE["apt-package"]) for p in _packages(words, 2) or ["package"]]
    if prog == "apk" and sub == "add":
        return [(f"/usr/lib/{p.split('=')[0]}", RUN_TABLE["apk-package"]) for p in _packages(words, 2) or ["package"]]
    if prog in ("pip", "pip3") or (prog.startswith("python") and "pip" in words[1:3]):
        if "install" not in words:
            return []
        if "-r" in words or "--requirement" in words:
            return [(_SITE, RUN_TABLE["pip-requirements"])]
        i = words.index("install")
        return [(f"{_SITE}/{re.split('[=<>~!]', p)[0]}", RUN_TABLE["pip-package"])
                for p in _packages(words, i + 1) or ["package"]]
    if (prog == "npm" and sub in ("install", "ci", "i")) or (prog == "yarn" and sub in ("", "install")):
        return [(posixpath.join(workdir, "node_modules"), RUN_TABLE["node-install"])]
    if prog == "dotnet" and sub == "restore":
        return [("/root/.nuget/packages", RUN_TABLE["dotnet-restore"])]
    if prog == "dotnet" and sub in ("publish", "build"):
        out = next((words[i + 1] for i, w in enumerate(words[:-1]) if w in ("-o", "--output")), "bin")
        return [(posixpath.normpath(posixpath.join(workdir, out)), RUN_TABLE["dotnet-publish"])]
    if (prog == "go" and sub == "build") or (prog == "cargo" and sub == "build"):
        return [(posixpath.join(workdir, "target"), RUN_TABLE["compile"])]
    return []


_SEPARATORS = re.compile(r"&&|;|\|\||\n")
def _words(part: str) -> list[str]:
    """The words of a command as ``shlex.split`` gives them (linear: :mod:`taxonomy.shellwords`).

    An unclosed quote falls back to splitting at blanks, as before.

    Examples
    --------
    >>> _words('apt-get install -y "a b" c')
    ['apt-get', 'install', '-y', 'a b', 'c']
    """
    try:
        return shellwords.split(part)
    except ValueError:
        return part.split()


def _is_gone(path: str, gone: set) -> bool:
    """Whether ``path`` is at or under one of the removed paths (one set lookup per parent)."""
    if "/" in gone:
        return True
    while path and path != "/":
        if path in gone:
            return True
        path = posixpath.dirname(path)
    return False


def run_effects(command: str, workdir: str = "/") -> RunEffects:
    """What ``RUN command`` adds and removes, by the table above.

    Linear in the command's length; a command longer than
    :data:`taxonomy.limits.MAX_DOCKERFILE_LINE` is refused.

    Parameters
    ----------
    command : str
        The shell command (the text after ``RUN``).
    workdir : str
        The ``WORKDIR`` it runs in, for relative paths.

    Raises
    ------
    LimitExceeded
        For a command longer than ``MAX_DOCKERFILE_LINE`` characters.
    """
    if len(command) > limits.MAX_DOCKERFILE_LINE:
        raise limits.exceeded("MAX_DOCKERFILE_LINE", len(command), "the RUN command is too long",
                              "move the script into a file of the build context and COPY it")
    adds, removes = [], []
    for part in _SEPARATORS.split(command):
        words = [w for w in _words(part) if w not in ("sudo",)]
        if not words:
            continue
        if words[0].rsplit("/", 1)[-1] == "rm":
            gone = [_removed_path(w, workdir) for w in words[1:] if not w.startswith("-")]
            if gone:
                gone_set = set(gone)
                adds = [(p, n) for p, n in adds if not _is_gone(p, gone_set)]
            removes += gone
            continue
        adds += _command_adds(words, workdir)
    return RunEffects(tuple(adds), tuple(removes))


def estimate_run(command: str, workdir: str = "/") -> int:
    """Nominal size, in bytes, of the layer a ``RUN command`` makes."""
    return sum(n for _, n in run_effects(command, workdir).adds) or RUN_TABLE["other"]
