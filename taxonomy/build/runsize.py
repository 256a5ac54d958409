"""How much a ``RUN`` layer weighs: a small, documented table of estimates.

The explorer runs no programs, so a ``RUN`` layer holds a short text that
describes the command, and carries a *nominal size* estimated here from the
package-manager commands it contains. The figures are typical sizes of what
these commands add to Debian and Alpine images; they teach orders of
magnitude, not exact bytes.

====================================  =====================================
command                               nominal size added
====================================  =====================================
``apt-get update``                    20 MB of package lists (0 if the same
                                      ``RUN`` removes ``/var/lib/apt/lists``)
``apt-get install`` / ``apt install`` 12 MB per package
``apk add``                           2 MB per package
``pip install -r …``                  45 MB
``pip install PKG …``                 8 MB per package
``npm install`` / ``npm ci`` /        60 MB
``yarn install``
``dotnet restore``                    30 MB
``dotnet publish`` / ``dotnet build`` 15 MB
``go build`` / ``cargo build``        10 MB
anything else                         1 kB
====================================  =====================================

Examples
--------
>>> estimate_run("apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*")
24000000
>>> estimate_run("apt-get update")
20000000
>>> estimate_run("echo hi > /msg")
1000
"""

from __future__ import annotations

import re
import shlex

__all__ = ["estimate_run", "RUN_TABLE"]

MB = 1_000_000
RUN_TABLE = {
    "apt-lists": 20 * MB, "apt-package": 12 * MB, "apk-package": 2 * MB, "pip-requirements": 45 * MB,
    "pip-package": 8 * MB, "node-install": 60 * MB, "dotnet-restore": 30 * MB, "dotnet-publish": 15 * MB,
    "compile": 10 * MB, "other": 1000,
}


def _packages(words, start):
    return [w for w in words[start:] if not w.startswith("-") and "=" not in w or re.match(r"^[a-z0-9.+-]+=[\w.~:+-]+$", w)]


def estimate_run(command: str) -> int:
    """Nominal size, in bytes, of the layer a ``RUN command`` makes."""
    total = 0
    parts = re.split(r"&&|;|\|\||\n", command)
    cleans_lists = "/var/lib/apt/lists" in command and "rm " in command
    for part in parts:
        try:
            words = shlex.split(part)
        except ValueError:
            words = part.split()
        words = [w for w in words if w not in ("sudo",)]
        if not words:
            continue
        prog = words[0].rsplit("/", 1)[-1]
        sub = words[1] if len(words) > 1 else ""
        if prog in ("apt-get", "apt") and sub == "update":
            total += 0 if cleans_lists else RUN_TABLE["apt-lists"]
        elif prog in ("apt-get", "apt") and sub == "install":
            total += RUN_TABLE["apt-package"] * max(1, len(_packages(words, 2)))
        elif prog == "apk" and sub == "add":
            total += RUN_TABLE["apk-package"] * max(1, len(_packages(words, 2)))
        elif prog in ("pip", "pip3") or (prog.startswith("python") and "pip" in words[1:3]):
            i = words.index("install") if "install" in words else -1
            if i >= 0:
                if "-r" in words or "--requirement" in words:
                    total += RUN_TABLE["pip-requirements"]
                else:
                    total += RUN_TABLE["pip-package"] * max(1, len(_packages(words, i + 1)))
        elif (prog == "npm" and sub in ("install", "ci", "i")) or (prog == "yarn" and sub in ("", "install")):
            total += RUN_TABLE["node-install"]
        elif prog == "dotnet" and sub == "restore":
            total += RUN_TABLE["dotnet-restore"]
        elif prog == "dotnet" and sub in ("publish", "build"):
            total += RUN_TABLE["dotnet-publish"]
        elif (prog == "go" and sub == "build") or (prog == "cargo" and sub == "build"):
            total += RUN_TABLE["compile"]
    return total or RUN_TABLE["other"]
