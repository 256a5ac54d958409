"""The JupyterLite site: ``lite/build.py`` builds it here, and Chromium loads it offline.

The site is static files served from 127.0.0.1; every request that leaves
the machine is refused, as on a classroom network without internet. What
this shows, and the limit it states:

* the site builds, with this project's wheel and the pure wheels it needs
  in its own package index (``pypi/all.json``);
* offline, JupyterLite's interface loads, lists both languages'
  notebooks and opens one;
* the Python kernel does not start offline: the standard build loads
  Pyodide itself (``pyodide.mjs``, then micropip, PyYAML and matplotlib)
  from the Pyodide CDN. The test asserts that this is the one thing
  missing: the kernel's request for Pyodide on the CDN, refused.
"""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading

import pytest

from . import labkit

BUILD = labkit.REPO / "lite" / "build.py"


@pytest.fixture(scope="module")
def lite_site(tmp_path_factory):
    pytest.importorskip("jupyterlite_core", reason="jupyterlite-core is not installed (see requirements.txt)")
    pytest.importorskip("jupyterlite_pyodide_kernel", reason="jupyterlite-pyodide-kernel is not installed")
    site = tmp_path_factory.mktemp("lite") / "site"
    done = subprocess.run([sys.executable, str(BUILD), "--output", str(site)], capture_output=True, text=True,
                          cwd=labkit.REPO, timeout=600)
    assert done.returncode == 0, f"lite/build.py failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return site


@pytest.fixture(scope="module")
def lite_server(lite_site):
    handler = functools.partial(_QuietHandler, directory=str(lite_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                      ".mjs": "text/javascript", ".js": "text/javascript", ".json": "application/json"}

    def log_message(self, *args):
        pass


def test_the_site_carries_the_library_as_a_wheel(lite_site):
    index = json.loads((lite_site / "pypi" / "all.json").read_text())
    assert {"docker-taxonomy-explorer", "networkx", "docker-image-py", "ipywidgets"} <= set(index)
    contents = {p.relative_to(lite_site / "files").as_posix() for p in (lite_site / "files").rglob("*.ipynb")}
    assert {p.relative_to(labkit.NOTEBOOKS).as_posix() for p in labkit.learner_notebooks()} <= contents
    first = json.loads((lite_site / "files" / sorted(contents)[0]).read_text())
    code = [c for c in first["cells"] if c["cell_type"] == "code"]
    assert "".join(code[0]["source"]).startswith("%pip install -q docker-taxonomy-explorer")


def test_the_site_opens_offline_up_to_the_pyodide_cdn(lite_server, page, blocked):
    notebook = labkit.notebook_id(labkit.learner_notebooks()[0]) + ".ipynb"
    page.goto(f"{lite_server}/lab/index.html?path={notebook}", timeout=120_000)
    page.wait_for_selector(".jp-LabShell", timeout=120_000)
    page.wait_for_function("() => document.querySelectorAll('.jp-Notebook .jp-Cell').length >= 3",
                           timeout=120_000)                         # the notebook opened, offline
    page.wait_for_function("() => document.body.innerText.includes('Python (Pyodide)')", timeout=60_000)
    for _ in range(120):       # the kernel asks for Pyodide on its CDN (refused): up to 60 s
        if any(_pyodide_cdn(url) for url in blocked):
            break
        page.wait_for_timeout(500)
    labkit.screenshot(page, "jupyterlite_offline", doc="jupyterlite_offline")
    assert any(_pyodide_cdn(url) for url in blocked), f"no request for Pyodide on its CDN: {blocked}"
    others = [url for url in blocked if not _pyodide_cdn(url)]
    assert not others, f"the site asked for more than Pyodide off this machine: {others}"


def _pyodide_cdn(url: str) -> bool:
    return url.startswith("https://cdn.jsdelivr.net/pyodide/")
