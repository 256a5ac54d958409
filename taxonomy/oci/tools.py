"""Running the real OCI tools (skopeo, umoci) from a notebook, safely.

Checking the explorer's images with independent tools is the proof that
they are real. These helpers run a tool with a list of arguments (never
through a shell) and return a :class:`ToolResult`. When the tool is not
installed the result says so and is marked ``skipped``: a notebook cell
shows the note instead of failing.

Examples
--------
>>> r = run_tool("no-such-oci-tool", "inspect", "oci:./x")
>>> r.skipped, r.ok
(True, False)
>>> print(r)
skipped: no-such-oci-tool is not installed here (on Debian: apt-get install no-such-oci-tool)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import Mapping

__all__ = ["Skipped", "ToolResult", "MadeLayout", "have", "missing", "run_tool", "skopeo", "umoci", "umoci_layout", "TOOLS"]


class Skipped:
    """A stand-in for something that could not run: every attribute and call gives itself back.

    It prints its reason, is false in a condition, iterates as empty, and
    has ``skipped = True``.

    Examples
    --------
    >>> s = Skipped("skopeo is not installed")
    >>> s.push("app:1").digest, list(s.layers), bool(s)
    (skipped: skopeo is not installed, [], False)
    """

    skipped = True

    def __init__(self, reason: str):
        self.reason = reason

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self

    def __call__(self, *args, **kw):
        return self

    def __iter__(self):
        return iter(())

    def __bool__(self):
        return False

    def __str__(self):
        return f"skipped: {self.reason}"

    __repr__ = __str__

#: The tools the explorer can check its images with.
TOOLS = ("skopeo", "umoci", "docker-registry")


@dataclass(frozen=True)
class ToolResult:
    """What a tool printed, its exit code, and whether it was skipped."""

    tool: str
    args: tuple
    exit_code: int
    stdout: str
    stderr: str = ""
    skipped: bool = False

    @property
    def output(self) -> str:
        """Everything the tool printed (standard output, then errors)."""
        return self.stdout + self.stderr

    @property
    def ok(self) -> bool:
        """True when the tool ran and exited 0."""
        return not self.skipped and self.exit_code == 0

    @property
    def json(self):
        """The output parsed as JSON (None if skipped, failed or not JSON)."""
        if not self.ok:
            return None
        try:
            return json.loads(self.stdout)
        except ValueError:
            return None

    def __str__(self) -> str:
        return self.output

    def _repr_pretty_(self, p, cycle):  # what a notebook shows
        p.text(self.output)


def have(tool: str) -> bool:
    """Whether ``tool`` is installed (on the PATH)."""
    return shutil.which(tool) is not None


def missing(program: str, package: str) -> str:
    """Why ``program`` can't run here, in one line: not installed, or in a browser tab.

    In the browser (JupyterLite's Pyodide kernel) no program can start, so
    the line says that and where to run the cell instead.

    >>> missing("skopeo", "skopeo")
    'skopeo is not installed here (on Debian: apt-get install skopeo)'
    """
    if sys.platform == "emscripten":
        return (f"{program} is a separate program and a browser tab cannot start one; "
                f"run this notebook in JupyterLab (make lab) to see this step")
    return f"{program} is not installed here (on Debian: apt-get install {package})"


def run_tool(tool: str, *args, timeout: float = 300) -> ToolResult:
    """Run ``tool args…`` without a shell; return its output and exit code.

    Paths are passed as given (``os.fspath``); nothing is interpreted.
    """
    args = tuple(os.fspath(a) for a in args)
    exe = shutil.which(tool)
    if exe is None:
        return ToolResult(tool, args, 127, "skipped: " + missing(tool, tool),
                          "", skipped=True)
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return ToolResult(tool, args, done.returncode, done.stdout, done.stderr)


def skopeo(*args, timeout: float = 300) -> ToolResult:
    """Run ``skopeo args…`` (e.g. ``skopeo("inspect", "oci:./app:1")``)."""
    return run_tool("skopeo", *args, timeout=timeout)


def umoci(*args, timeout: float = 300) -> ToolResult:
    """Run ``umoci args…`` (e.g. ``umoci("unpack", "--rootless", "--image", "./app:1", "./bundle")``)."""
    return run_tool("umoci", *args, timeout=timeout)


@dataclass(frozen=True)
class MadeLayout:
    """An image layout made by a real tool (see :func:`umoci_layout`), or why it was not made."""

    path: str
    tag: str
    steps: tuple

    @property
    def skipped(self) -> bool:
        return any(r.skipped for r in self.steps)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(r.ok for r in self.steps)

    def load_into(self, world, host: str | None = None, **kw):
        """``world.import_oci(self.path, host, **kw)``, or a skipped stand-in if the layout was not made."""
        if not self.ok:
            return Skipped(str(self).removeprefix("skipped: "))
        return world.import_oci(self.path, host, **kw)

    def __str__(self) -> str:
        for r in self.steps:
            if r.skipped:
                return r.output
            if not r.ok:
                return f"{r.tool} {' '.join(r.args)} failed ({r.exit_code}): {r.output.strip()}"
        return f"OCI image layout made by umoci at {self.path} (tag {self.tag})"

    def _repr_pretty_(self, p, cycle):
        p.text(str(self))


def umoci_layout(path, files: Mapping[str, str | bytes], *, tag: str = "v1", cmd=None) -> MadeLayout:
    """Make a new image with umoci (init, new, one insert per file, config): a layout made by a real tool.

    Parameters
    ----------
    path : path-like
        The layout folder to create (it must not exist).
    files : mapping
        Path inside the image (``"srv/site/index.html"``) to content.
    cmd : list of str, optional
        The image's ``Cmd``.

    Examples
    --------
    >>> made = umoci_layout("/nonexistent/x", {"a.txt": "a"}) if not have("umoci") else None
    >>> made is None or made.skipped
    True
    """
    path = os.fspath(path)
    if not have("umoci"):
        return MadeLayout(path, tag, (run_tool("umoci"),))
    steps = [umoci("init", "--layout", path), umoci("new", "--image", f"{path}:{tag}")]
    with tempfile.TemporaryDirectory(prefix="taxonomy-umoci-") as src:
        for i, (inner, data) in enumerate(sorted(files.items())):
            if not all(r.ok for r in steps):
                break
            local = os.path.join(src, f"file{i}")
            with open(local, "wb") as f:
                f.write(data.encode() if isinstance(data, str) else bytes(data))
            steps.append(umoci("insert", "--rootless", "--image", f"{path}:{tag}", local, "/" + inner.strip("/")))
    if cmd and all(r.ok for r in steps):
        args = [a for c in cmd for a in ("--config.cmd", c)]
        steps.append(umoci("config", "--image", f"{path}:{tag}", *args))
    return MadeLayout(path, tag, tuple(steps))
