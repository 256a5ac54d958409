"""Fixtures of the browser tests: one JupyterLab server and one Chromium for the whole session.

Outside CI the tests skip, with the reason, when Chromium or Playwright is
missing; with ``CI=true`` they fail instead, so CI can't pass without
having run them.
"""

from __future__ import annotations

import os
import time

import pytest

from . import labkit

IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def browser_tools():
    """Skip (or, in CI, fail) when Chromium or Playwright is missing."""
    missing = labkit.missing_tools()
    if missing:
        message = "browser tests need " + "; ".join(missing)
        if IN_CI:
            pytest.fail(message + " (CI=true: they must run in CI)", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def lab_root(tmp_path_factory):
    """A temporary copy of the learning path's notebooks, without outputs: JupyterLab's root."""
    root = tmp_path_factory.mktemp("lab") / "root"
    root.mkdir()
    for nb in labkit.learner_notebooks():
        labkit.copy_without_outputs(nb, root / nb.relative_to(labkit.NOTEBOOKS))
    return root


@pytest.fixture(scope="session")
def lab(browser_tools, lab_root, tmp_path_factory):
    """One JupyterLab server for the session, from this environment, on 127.0.0.1 with a token."""
    server = labkit.JupyterLab(root=lab_root, home=tmp_path_factory.mktemp("lab-home"))
    started = time.monotonic()
    try:
        server.start()
    except RuntimeError as err:
        pytest.fail(f"JupyterLab did not start: {err}", pytrace=False)
    print(f"\nJupyterLab {server.base} ready in {time.monotonic() - started:.1f} s")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser(browser_tools):
    """One headless Debian Chromium for the session, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        chromium = labkit.launch_browser(pw)
    except Exception as err:   # a launch failure is a set-up failure, reported with its cause
        pw.stop()
        pytest.fail(f"Chromium ({labkit.CHROMIUM}) did not start: {err}", pytrace=False)
    yield chromium
    chromium.close()
    pw.stop()


@pytest.fixture
def blocked():
    """Requests the page tried to send off this machine (all refused)."""
    return []


@pytest.fixture
def page(browser, blocked):
    """A fresh page that can reach 127.0.0.1 only."""
    p = labkit.new_page(browser, blocked)
    yield p
    p.context.close()


@pytest.fixture
def lab_page(lab, page):
    """A page for JupyterLab; every kernel is shut down afterwards."""
    yield page
    lab.shutdown_kernels()
