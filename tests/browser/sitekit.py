"""The offline site in Chromium: build it, serve it on 127.0.0.1, open a notebook, run code in its kernel.

Used by ``test_jupyterlite.py`` and ``benchmarks/bench_site.py``. The site
is ``lite/build.py``'s output, served by Python's own static file server
(what an instructor does with a USB stick), and opened in a page that
refuses every request leaving 127.0.0.1 (:func:`labkit.new_page`).

Examples
--------
>>> lite_url("http://127.0.0.1:8000", "en/00_start_here.ipynb")
'http://127.0.0.1:8000/lab/index.html?path=en/00_start_here.ipynb'
"""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from . import labkit

__all__ = ["BUILD_SCRIPT", "build_site", "StaticServer", "lite_url", "open_lite", "run_all_lite", "execute",
           "KERNEL_TIMEOUT_MS", "site_files"]

BUILD_SCRIPT = labkit.REPO / "lite" / "build.py"
#: A Pyodide kernel starts in 12-40 s on a busy 2-core machine; generous.
KERNEL_TIMEOUT_MS = 180_000


def build_site(output: Path, archive: Path | None = None, timeout: float = 900) -> Path:
    """Run ``lite/build.py`` into ``output`` (downloads cached in ``build/cache``); return ``output``."""
    cmd = [sys.executable, str(BUILD_SCRIPT), "--output", str(output)]
    cmd += ["--zip", str(archive)] if archive else ["--no-zip"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=labkit.REPO, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"lite/build.py failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return output


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm",
                      ".mjs": "text/javascript", ".js": "text/javascript", ".json": "application/json"}

    def log_message(self, *args):
        pass


class StaticServer:
    """``python -m http.server`` for ``folder`` on 127.0.0.1 (a free port), in a thread."""

    def __init__(self, folder: Path):
        handler = functools.partial(_Handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> "StaticServer":
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def lite_url(base: str, path: str) -> str:
    """The address that opens notebook ``path`` in the site's JupyterLab."""
    return f"{base}/lab/index.html?path={path}"


def open_lite(page, base: str, path: str) -> float:
    """Open ``path`` and wait until its Pyodide kernel is started and idle; return the seconds it took."""
    start = time.monotonic()
    page.goto(lite_url(base, path), timeout=labkit.OPEN_TIMEOUT_MS)
    page.wait_for_function(labkit._KERNEL_READY, timeout=KERNEL_TIMEOUT_MS, polling=200)
    return time.monotonic() - start


_RUN_OVER = """() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  if (!panel || !ind) return false;
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  if (prompts.some(p => p.textContent.includes('*'))) return false;
  const cells = [...panel.content.model.cells].filter(c => c.type === 'code' && c.sharedModel.getSource().trim());
  // After an error JupyterLite's indicator may stay "busy": a failed cell ends the run by itself.
  const failed = cells.some(c => c.outputs.toJSON().some(o => o.output_type === 'error'));
  return failed || (ind.dataset.status === 'idle' && cells.every(c => c.executionCount !== null));
}"""


def run_all_lite(page, timeout_ms: int = labkit.RUN_TIMEOUT_MS) -> float:
    """Run All Cells through the Run menu; wait until every cell ran or one failed. Returns seconds."""
    start = time.monotonic()
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
    page.wait_for_function(_RUN_OVER, timeout=timeout_ms, polling=200)
    return time.monotonic() - start


_EXECUTE = """async (code) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel.sessionContext.session.kernel;
  const out = [];
  const future = kernel.requestExecute({code, store_history: false});
  future.onIOPub = (msg) => {
    const c = msg.content;
    if (msg.header.msg_type === 'stream') out.push(c.text);
    else if (msg.header.msg_type === 'error') out.push(`${c.ename}: ${c.evalue}`);
    else if (c.data && c.data['text/plain']) out.push(c.data['text/plain'] + '\\n');
  };
  const reply = await future.done;
  return {status: reply.content.status, output: out.join('')};
}"""


def execute(page, code: str) -> dict:
    """Run ``code`` in the open notebook's kernel (not in a cell); return ``{status, output}``."""
    return page.evaluate(_EXECUTE, code)


def site_files(site: Path) -> dict:
    """The site's kernel settings and its lockfile (what the kernel will load, from where)."""
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    settings = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    lock = json.loads((site / "static" / "pyodide" / "pyodide-lock.json").read_text())
    return {"config": config, "settings": settings, "lock": lock}
