"""Drive JupyterLab and Voilà in Debian's Chromium with Playwright, for the browser tests.

Used by ``conftest.py``, the tests beside it and ``measure_memory.py``.
Importing it loads neither Playwright nor JupyterLab (pytest imports
every module here for ``--doctest-modules``): those are imported inside
the functions that need them.

What it knows, measured on Debian 12 with JupyterLab 4 and ipywidgets 8
(see ``/docs/classroom.md``):

* Chromium is Debian's ``/usr/bin/chromium``; Playwright never downloads a
  browser. It starts with :data:`CHROMIUM_ARGS`.
* JupyterLab runs from this Python environment on 127.0.0.1 with a token,
  ``--allow-root`` as root, and its own settings, workspaces, data and
  runtime folders, so a developer's own Jupyter setup can't change a run.
* Every request the page makes outside 127.0.0.1 is refused, so a pass
  shows that the explorer works offline.
* "Run All Cells" goes through the Run menu, as a learner would; the run
  is over when the kernel is idle and no prompt shows ``[*]``.
* A widget that fails in the browser shows "Error displaying widget"
  (its model is missing) or an ``.jupyter-widgets-error-widget`` box with
  the JavaScript error (its view failed): both are reported.

Examples
--------
>>> offline_url("http://127.0.0.1:8888/lab")
False
>>> offline_url("https://fonts.googleapis.com/css")
True
>>> notebook_id(Path("notebooks/en/01_images.ipynb"), Path("notebooks"))
'en/01_images'
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "REPO", "NOTEBOOKS", "APP_DIR", "SCREENSHOTS", "DOC_IMAGES", "CHROMIUM", "CHROMIUM_ARGS",
    "missing_tools", "free_port", "learner_notebooks", "notebook_id", "copy_without_outputs",
    "JupyterLab", "Voila", "launch_browser", "new_page", "offline_url", "open_notebook", "run_all",
    "notebook_report", "Report", "code_cell", "screenshot",
]

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
#: Notebooks that are apps (served by Voilà), not steps of the learning path.
APP_DIR = NOTEBOOKS / "app"
#: Test artifacts (gitignored).
SCREENSHOTS = REPO / "build" / "screenshots"
#: Pictures the README uses; refreshed when ``TX_DOC_IMAGES=1``.
DOC_IMAGES = REPO / "docs" / "images"
CHROMIUM = os.environ.get("TX_CHROMIUM", "/usr/bin/chromium")
#: Measured on this kind of machine: without the background-networking flags
#: Chromium keeps trying to reach Google's hosts, which are unreachable here.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Generous limits for a 2-core CI machine; a healthy run needs a fraction.
OPEN_TIMEOUT_MS = 90_000
RUN_TIMEOUT_MS = int(os.environ.get("TX_RUN_TIMEOUT_MS", 240_000))
SETTLE_TIMEOUT_S = 20.0


def missing_tools() -> list[str]:
    """What the browser tests need and this machine lacks (empty when all is there)."""
    missing = []
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing.append(f"Chromium ({CHROMIUM}; Debian package 'chromium', see scripts/install_system_packages.sh)")
    for module, pip_name in (("playwright", "playwright"), ("jupyterlab", "jupyterlab")):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"the Python package {pip_name} (pip install -e '.[test,browser,site]')")
    return missing


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def learner_notebooks(root: Path = NOTEBOOKS) -> list[Path]:
    """Every notebook of the learning path (``notebooks/**/*.ipynb`` but the apps), sorted."""
    return sorted(p for p in root.rglob("*.ipynb")
                  if APP_DIR not in p.parents and ".ipynb_checkpoints" not in p.parts)


def notebook_id(path: Path, root: Path = NOTEBOOKS) -> str:
    """A notebook's test id: its path under ``root`` without ``.ipynb``."""
    return path.relative_to(root).with_suffix("").as_posix()


def copy_without_outputs(src: Path, dst: Path) -> Path:
    """Copy a notebook without outputs or prompts, and with a Python 3 kernelspec.

    Stored prompts would end the wait for "Run All" early, and a notebook
    without a kernelspec opens a kernel chooser instead of a kernel.
    """
    import nbformat

    nb = nbformat.read(src, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    dst.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dst)
    return dst


def _get(url: str, timeout: float = 2.0) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as r:   # noqa: S310 - loopback only
        return r.read()


def _wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[2:4]} exited with code {proc.returncode} before serving {url}; "
                               f"its log ({log}) ends with:\n{log.read_text()[-3000:]}")
        try:
            _get(url)
            return
        except urllib.error.HTTPError:
            return          # it answers, if only to say "not here"
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered {url} within {timeout:.0f} s; log ({log}):\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)        # Jupyter shuts its kernels down on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


#: JupyterLab user settings for tests: every cell stays in the page (no
#: windowing), and no news or update checks (they'd reach the internet and
#: cover the notebook with a notification).
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                       "checkForUpdates": False},
    "@jupyterlab/extensionmanager-extension/plugin.jupyterlab-settings": {"enabled": False},
}


@dataclass
class JupyterLab:
    """A JupyterLab server on 127.0.0.1 serving ``root``, started by :meth:`start`.

    Its settings, workspaces, config, data and runtime folders live in
    ``home`` (a temporary folder), not in the user's ``~/.jupyter``.
    """

    root: Path
    home: Path
    port: int = 0
    token: str = ""
    proc: subprocess.Popen | None = None
    log: Path | None = None

    def start(self, timeout: float = 120.0) -> "JupyterLab":
        import secrets

        self.port = self.port or free_port()
        self.token = self.token or secrets.token_hex(16)
        for name, value in LAB_SETTINGS.items():
            path = self.home / "settings" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value))
        env = dict(os.environ)
        for var, sub in (("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
                         ("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                         ("JUPYTER_RUNTIME_DIR", "runtime")):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(self.home / sub)
        env.pop("JUPYTER_PATH", None)
        env["TAXONOMY_PROGRESS"] = str(self.home / "progress.json")   # not the user's own progress
        env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
        cmd = [sys.executable, "-m", "jupyterlab", "--no-browser",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}",
               "--LabApp.expose_app_in_browser=True",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")            # JupyterLab refuses to start as root without it
        self.log = self.home / "jupyterlab.log"
        self.proc = subprocess.Popen(cmd, stdout=self.log.open("wb"), stderr=subprocess.STDOUT, env=env,
                                     cwd=self.root, start_new_session=True)
        _wait_http(self.api("status"), self.proc, self.log, timeout)
        return self

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, what: str) -> str:
        return f"{self.base}/api/{what}?token={self.token}"

    def url(self, path: str) -> str:
        """The address that opens ``path`` (relative to ``root``) in a fresh workspace."""
        return f"{self.base}/lab/tree/{path}?reset&token={self.token}"

    def sessions(self) -> list[dict]:
        return json.loads(_get(self.api("sessions")))

    def kernel_pids(self) -> list[int]:
        """Process ids of the kernels this server started (its child processes)."""
        import psutil

        return [c.pid for c in psutil.Process(self.proc.pid).children(recursive=True)
                if "ipykernel" in " ".join(c.cmdline())]

    def shutdown_kernels(self) -> None:
        """End every session and kernel, so the next notebook starts from nothing."""
        for s in self.sessions():
            req = urllib.request.Request(f"{self.base}/api/sessions/{s['id']}?token={self.token}", method="DELETE")
            try:
                urllib.request.urlopen(req, timeout=15).read()   # noqa: S310 - loopback only
            except urllib.error.HTTPError:
                pass   # already gone

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)


@dataclass
class Voila:
    """``voila NOTEBOOK`` on 127.0.0.1, started by :meth:`start`."""

    notebook: Path
    home: Path
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None

    def start(self, timeout: float = 120.0) -> "Voila":
        self.port = self.port or free_port()
        env = dict(os.environ)
        for var, sub in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                         ("JUPYTER_RUNTIME_DIR", "runtime")):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
            env[var] = str(self.home / sub)
        cmd = [sys.executable, "-m", "voila", str(self.notebook), "--no-browser", f"--port={self.port}",
               "--Voila.ip=127.0.0.1"]
        self.log = self.home / "voila.log"
        self.proc = subprocess.Popen(cmd, stdout=self.log.open("wb"), stderr=subprocess.STDOUT, env=env,
                                     cwd=self.notebook.parent, start_new_session=True)
        _wait_http(f"http://127.0.0.1:{self.port}/voila/static/", self.proc, self.log, timeout)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)


def offline_url(url: str) -> bool:
    """Whether a request leaves this machine (anything but 127.0.0.1 and inline data)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return False
    return parts.hostname not in ("127.0.0.1", "localhost")


def launch_browser(playwright):
    """Debian's Chromium, headless, with the measured arguments."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def new_page(browser, blocked: list | None = None, width: int = 1500, height: int = 1400):
    """A page in a fresh context that refuses every request leaving 127.0.0.1.

    The refused addresses are appended to ``blocked`` (when given), and
    JavaScript errors and console errors are kept in ``page.tx_console``.
    """
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)

    def route(r):
        if offline_url(r.request.url):
            if blocked is not None:
                blocked.append(r.request.url)
            r.abort()
        else:
            r.continue_()

    context.route("**/*", route)
    page = context.new_page()
    page.tx_console = []
    page.on("console", lambda m: page.tx_console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.tx_console.append(f"page error: {e}"))
    return page


_KERNEL_READY = """() => {
  const p = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const ctx = p && p.sessionContext;
  const kernel = ctx && ctx.isReady && ctx.session && ctx.session.kernel;
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  return !!(kernel && kernel.status === 'idle' && kernel.connectionStatus === 'connected'
            && ind && ind.dataset.status === 'idle' && p.content.widgets.length);
}"""


def open_notebook(page, lab: JupyterLab, path: str) -> None:
    """Open ``path`` in a fresh workspace and wait until its kernel is started, connected and idle.

    (The execution indicator alone says "idle" before the kernel exists.)
    """
    page.goto(lab.url(path))
    page.wait_for_function(_KERNEL_READY, timeout=OPEN_TIMEOUT_MS, polling=200)
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")   # room for the panels


_RUN_OVER = """() => {
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  if (!ind || ind.dataset.status !== 'idle') return false;
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  if (prompts.some(p => p.textContent.includes('*'))) return false;
  const stopped = document.querySelector('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
  return prompts.length === 0 || prompts.every(p => /\\[\\d+\\]/.test(p.textContent)) || !!stopped;
}"""


_STARTED = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
  .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def run_all(page) -> float:
    """Run All Cells through the Run menu; wait until it is over. Returns the seconds it took.

    It is over when the kernel is idle and no prompt shows ``[*]``: either
    every code cell has a number, or a cell failed and stopped the run.
    """
    start = time.monotonic()
    for attempt in (1, 2):
        page.click(".lm-MenuBar-itemLabel:text-is('Run')")
        page.click(".lm-Menu-itemLabel:text-is('Run All Cells')")
        try:
            page.wait_for_function(_STARTED, timeout=30_000, polling=100)
            break
        except Exception:   # playwright's TimeoutError: the menu click was lost; try once more
            if attempt == 2:
                raise
    page.wait_for_function(_RUN_OVER, timeout=RUN_TIMEOUT_MS, polling=200)
    return time.monotonic() - start


_REPORT = """() => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  const cells = [];
  if (panel && panel.content && panel.content.model) {
    for (const cell of panel.content.model.cells) {
      if (cell.type !== 'code') { cells.push({type: cell.type, outputs: []}); continue; }
      cells.push({type: 'code', count: cell.executionCount, source: cell.sharedModel.getSource(),
                  outputs: cell.outputs.toJSON()});
    }
  }
  const areas = [...document.querySelectorAll('.jp-Notebook .jp-Cell')].map(c =>
    [...c.querySelectorAll(':scope .jp-OutputArea-output')].map(o => ({
       widget: !!o.querySelector(':scope > .jupyter-widgets'),
       height: (o.querySelector(':scope > .jupyter-widgets') || o).getBoundingClientRect().height,
       text: o.innerText.slice(0, 400)})));
  // A failed view shows "Click to show javascript error."; the click puts the message in.
  document.querySelectorAll('.jupyter-widgets-error-widget.icon-error').forEach(
    e => e.parentElement && e.parentElement.onclick && e.parentElement.onclick());
  const broken = [...document.querySelectorAll('.jupyter-widgets-error-widget')].map(
    e => (e.querySelector('pre') || e).textContent.split('\\n')
           .filter(l => l && !l.startsWith('[Open Browser Console')).slice(0, 3).join(' | '));
  const pageText = document.querySelector('.jp-Notebook') ? document.querySelector('.jp-Notebook').innerText : '';
  return {cells, areas, broken, notFound: (pageText.match(/Error displaying widget[^\\n]*/g) || [])};
}"""

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


@dataclass
class Report:
    """What a notebook shows after a run: its problems, and its widget areas counted."""

    problems: list = field(default_factory=list)
    widget_outputs: int = 0
    widgets_rendered: int = 0
    code_cells: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _first_line(source: str) -> str:
    return (source.strip().splitlines() or [""])[0][:60]


def notebook_report(page, settle: float = SETTLE_TIMEOUT_S) -> Report:
    """Check the open notebook: errors in outputs, widgets that failed or never rendered.

    Widgets render asynchronously, so while some widget output has not
    rendered yet the check repeats, for ``settle`` seconds at most.
    """
    deadline = time.monotonic() + settle
    while True:
        raw = page.evaluate(_REPORT)
        report = _report(raw)
        waiting = any(p.endswith("did not render") for p in report.problems)
        if not waiting or time.monotonic() > deadline:
            return report
        page.wait_for_timeout(250)


def _report(raw: dict) -> Report:
    rep = Report()
    if not raw["cells"]:
        rep.problems.append("could not read the notebook model (is window.jupyterapp exposed?)")
        return rep
    for index, (cell, areas) in enumerate(zip(raw["cells"], raw["areas"]), 1):
        if cell["type"] != "code":
            continue
        rep.code_cells += 1
        where = f"cell {index} ({_first_line(cell['source'])!r})"
        if cell["count"] is None and cell["source"].strip():
            rep.problems.append(f"{where} did not run")
        for out in cell["outputs"]:
            if out["output_type"] == "error":
                rep.problems.append(f"{where} raised {out['ename']}: {out['evalue']}")
            elif out["output_type"] == "stream" and out["name"] == "stderr" and "Traceback" in str(out["text"]):
                rep.problems.append(f"{where} printed a traceback: {str(out['text'])[-300:]}")
        wanted = sum(1 for o in cell["outputs"] if WIDGET_MIME in o.get("data", {}))
        shown = sum(1 for a in areas if a["widget"])
        rep.widget_outputs += wanted
        rep.widgets_rendered += min(shown, wanted)
        if shown < wanted:
            rep.problems.append(f"{where}: {wanted - shown} of {wanted} widget area(s) did not render")
    # (only this problem may still resolve itself: widgets render asynchronously)
    for text in raw["broken"]:
        rep.problems.append(f"a widget failed in the browser: {text}")
    for text in raw["notFound"]:
        rep.problems.append(f"the page shows {text!r}")
    return rep


def code_cell(page, index: int):
    """The locator of the ``index``-th cell (0-based, counting every cell)."""
    return page.locator(".jp-Notebook .jp-Cell").nth(index)


def screenshot(target, name: str, doc: str | None = None, full_page: bool = False) -> Path:
    """Save a PNG of a page or locator as ``build/screenshots/NAME.png``.

    With ``TX_DOC_IMAGES=1`` in the environment, also copy it to
    ``docs/images/DOC.png`` for the README.
    """
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    if full_page:
        target.screenshot(path=str(path), full_page=True)
    else:
        target.screenshot(path=str(path))
    if doc and os.environ.get("TX_DOC_IMAGES") == "1":
        DOC_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOC_IMAGES / f"{doc}.png")
    return path
