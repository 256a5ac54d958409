"""A real registry on this machine, for workshops, notebooks and tests.

Docker's tutorials have long used a local registry (``docker run -d -p
5000:5000 registry:2``). Without Docker, the same program runs from
Debian's ``docker-registry`` package as ``docker-registry serve
config.yml``. :class:`LocalRegistry` writes a throw-away config (address
``127.0.0.1`` and a free port, storage in a temporary folder), starts it,
waits until it answers, and stops it and removes its files when done.

When ``docker-registry`` is not installed nothing fails: the object says
it is skipped, and :meth:`LocalRegistry.connect` gives a stand-in whose
every answer says so, so a notebook still runs from top to bottom.

Examples
--------
>>> import taxonomy as tx
>>> registry = LocalRegistry(binary="no-such-registry-program").start()
>>> registry.skipped
True
>>> print(registry)
skipped: no-such-registry-program is not installed here (on Debian: apt-get install docker-registry)
>>> remote = registry.connect(tx.World())
>>> print(remote.catalog())
skipped: no-such-registry-program is not installed here (on Debian: apt-get install docker-registry)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import weakref

from ..errors import RegistryError
from .remote import connect_registry
from .tools import Skipped, missing

__all__ = ["LocalRegistry", "Skipped", "free_port"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc, folder):
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


class LocalRegistry:
    """The distribution registry, run from its binary on 127.0.0.1.

    Parameters
    ----------
    htpasswd : str, optional
        Lines of an htpasswd file (``user:$2y$…``, bcrypt): the registry then
        asks for a basic login.
    binary : str
        The program to run.

    Attributes
    ----------
    url : str or None
        ``http://127.0.0.1:PORT`` once started.
    address : str
        ``127.0.0.1:PORT``, the domain to put in image names (a placeholder
        ``127.0.0.1:5000`` when skipped).
    skipped : bool
        True when the program is not installed.
    """

    def __init__(self, *, htpasswd: str | None = None, binary: str = "docker-registry"):
        self.binary, self.htpasswd = binary, htpasswd
        self.url: str | None = None
        self.port: int | None = None
        self.folder: str | None = None
        self.proc = None
        self._finalizer = None

    @property
    def available(self) -> bool:
        """Whether the registry program is installed."""
        return shutil.which(self.binary) is not None

    @property
    def skipped(self) -> bool:
        return not self.available

    @property
    def reason(self) -> str:
        return missing(self.binary, "docker-registry")

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}" if self.port else "127.0.0.1:5000"

    def __str__(self):
        if self.skipped:
            return f"skipped: {self.reason}"
        return f"registry at {self.url}" if self.url else "registry (not started)"

    __repr__ = __str__

    def _config(self, port: int) -> str:
        lines = ["version: 0.1", "log:", "  level: error", "  accesslog:", "    disabled: true", "storage:",
                 "  filesystem:", f"    rootdirectory: {os.path.join(self.folder, 'data')}", "  delete:",
                 "    enabled: true", "http:", f"  addr: 127.0.0.1:{port}", "  secret: taxonomy-local-registry"]
        if self.htpasswd:
            path = os.path.join(self.folder, "htpasswd")
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.htpasswd.rstrip("\n") + "\n")
            lines += ["auth:", "  htpasswd:", "    realm: taxonomy-registry", f"    path: {path}"]
        return "\n".join(lines) + "\n"

    def start(self, timeout: float = 15.0) -> "LocalRegistry":
        """Start the registry and wait until it answers; return ``self``.

        Does nothing (and stays ``skipped``) when the program is missing.

        Raises
        ------
        RegistryError
            The program exited or did not answer in time (its log is shown).
        """
        if self.skipped or self.proc is not None:
            return self
        self.folder = tempfile.mkdtemp(prefix="taxonomy-registry-")
        last = ""
        for _ in range(3):  # a free port can be taken between the check and the start
            port = free_port()
            config = os.path.join(self.folder, "config.yml")
            with open(config, "w", encoding="utf-8") as f:
                f.write(self._config(port))
            log = open(os.path.join(self.folder, "registry.log"), "wb")
            self.proc = subprocess.Popen([shutil.which(self.binary), "serve", config], stdout=log,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            log.close()
            self._finalizer = weakref.finalize(self, _stop, self.proc, self.folder)
            if self._wait(port, timeout):
                self.port, self.url = port, f"http://127.0.0.1:{port}"
                return self
            with open(os.path.join(self.folder, "registry.log"), "rb") as f:
                last = f.read()[-2000:].decode("utf-8", "replace")
            self._finalizer.detach()
            _stop(self.proc, None)
            self.proc = None
        shutil.rmtree(self.folder, ignore_errors=True)
        raise RegistryError(f"the local registry ({self.binary}) did not start: {last.strip() or 'no output'}")

    def _wait(self, port: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v2/", timeout=1).close()
                return True
            except urllib.error.HTTPError:
                return True  # 401: it answers, and wants a login
            except OSError:
                time.sleep(0.02)
        return False

    def stop(self) -> None:
        """Stop the registry and remove its files."""
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None
        self.proc, self.url, self.port = None, None, None

    def connect(self, world, **kw):
        """``world.connect_registry(self.url, **kw)``, or a :class:`Skipped` stand-in."""
        if self.skipped:
            return Skipped(self.reason)
        if self.url is None:
            self.start()
        return connect_registry(world, self.url, **kw)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
