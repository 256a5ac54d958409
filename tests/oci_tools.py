"""Shared helpers and fixtures of the OCI interop tests (real skopeo, umoci and registry).

Outside CI a test that needs a missing tool is skipped with the reason; in
CI (``CI=true``) it fails instead, because CI must run them all
(``scripts/install_system_packages.sh`` installs the Debian packages).

Use in a test module::

    from oci_tools import need, registry, auth_registry  # noqa: F401  (fixtures)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from taxonomy.oci import LocalRegistry

__all__ = ["IN_CI", "need", "run", "skopeo_json", "registry", "auth_registry", "AUTH_USER", "AUTH_PASSWORD",
           "AUTH_HTPASSWD"]

IN_CI = os.environ.get("CI") == "true"

#: The account of the registry with a login. The bcrypt hash (cost 5) of the
#: password was made once with ``crypt.crypt("s3cret", "$2b$05$taxonomyexplorersaltxu")``
#: (htpasswd -B gives an equivalent line), so the tests need no bcrypt library.
AUTH_USER = "student"
AUTH_PASSWORD = "s3cret"
AUTH_HTPASSWD = "student:$2b$05$taxonomyexplorersaltxup73x/OW7gSbagDMIKkm1S6O2CsTVu6q"


def need(*tools: str) -> None:
    """Skip the test (fail it in CI) unless every tool is on the PATH."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    reason = (f"{', '.join(missing)} not installed (Debian packages; scripts/install_system_packages.sh "
              "installs them)")
    if IN_CI:
        pytest.fail(f"CI must run the OCI interop tests: {reason}")
    pytest.skip(reason)


def run(*args, check: bool = True) -> subprocess.CompletedProcess:
    """Run a tool (no shell) and return the finished process; fail the test with its output if asked."""
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120)
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def skopeo_json(*args) -> dict:
    """``skopeo ARGS`` parsed as JSON (``inspect`` answers)."""
    return json.loads(run("skopeo", *args).stdout)


def _serve(**kw):
    need("docker-registry")
    reg = LocalRegistry(**kw).start()
    try:
        yield reg
    finally:
        reg.stop()


@pytest.fixture(scope="module")
def registry():
    """A real distribution registry on 127.0.0.1 (free port, temporary storage), stopped after the module."""
    yield from _serve()


@pytest.fixture(scope="module")
def auth_registry():
    """The same with htpasswd basic auth (user ``student``, password ``s3cret``)."""
    yield from _serve(htpasswd=AUTH_HTPASSWD)
