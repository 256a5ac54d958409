"""The whole course as one static site, offline: ``lite/build.py`` builds it, Chromium runs it.

The site is served from 127.0.0.1 by Python's static file server, and the
page refuses (and records) every request to any other host, as on a
classroom network without internet or a USB stick. What this shows:

* the site carries Pyodide's core and every wheel its kernel loads, each
  listed in its own lockfile with the file's sha256, all pure Python;
* every notebook of the path, in English and in French, and the dashboard,
  open, start their kernel and run every cell with no error output and no
  broken widget, and no request ever leaves the machine;
* the library works in the browser kernel: a ``docker run`` answers,
  YAML levels and Compose files load (pure-Python PyYAML), reference
  parsing works (docker-image-py on the ``regex`` shim), and what needs a
  separate program (skopeo, umoci, the registry) says so in one line;
* the Terminal panel answers a ``docker run`` typed into it and, once the
  live map is in ``taxonomy.views`` (:data:`LIVE_MAP`), the map shows it.

The site is built once per session (downloads cached in ``build/cache``).
"""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from . import labkit, sitekit

#: Switch on when the live map (an anywidget, SVG) replaces the matplotlib drawing in the panels
#: (the map branch). Until then the panels can't draw in the browser (matplotlib has no browser
#: build offline): a notebook that stops exactly there, on that one error, is an expected failure,
#: and the Terminal check stops at the panel's construction. Once True, any problem fails.
LIVE_MAP = False
MATPLOTLIB_MISSING = "ModuleNotFoundError: No module named 'matplotlib'"

NOTEBOOKS = [labkit.notebook_id(p) for p in labkit.learner_notebooks()] + ["app/dashboard"]


@pytest.fixture(scope="session")
def site(browser_tools, tmp_path_factory):
    pytest.importorskip("jupyterlite_core", reason="jupyterlite-core is not installed (pip install -e '.[site]')")
    root = tmp_path_factory.mktemp("site")
    started = __import__("time").monotonic()
    sitekit.build_site(root / "site", root / "site.zip")
    print(f"\nsite built in {__import__('time').monotonic() - started:.0f} s")
    return root / "site"


@pytest.fixture(scope="session")
def server(site):
    with sitekit.StaticServer(site) as httpd:
        yield httpd.base


@pytest.fixture
def lite_page(browser):
    """A fresh browser context per notebook: no kernel, widget or cache state carries over from the last one."""
    blocked: list = []
    page = labkit.new_page(browser, blocked)
    page.tx_blocked = blocked
    yield page
    page.context.close()


def test_the_site_serves_pyodide_and_every_wheel_itself(site):
    files = sitekit.site_files(site)
    settings, lock = files["settings"], files["lock"]
    assert settings["pyodideUrl"] == "./static/pyodide/pyodide.mjs"
    assert settings["disablePyPIFallback"] is True
    core = site / "static" / "pyodide"
    assert (core / "pyodide.mjs").exists() and (core / "pyodide.asm.wasm").exists()
    for name, entry in lock["packages"].items():
        wheel = core / entry["file_name"]
        assert wheel.exists(), f"the lockfile lists {entry['file_name']} ({name}), which the site lacks"
        assert entry["file_name"].endswith("-none-any.whl"), f"{name} is not pure Python"
        assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"], name
        assert set(entry["depends"]) <= set(lock["packages"]), f"{name} depends on what the site lacks"
    preload = settings["loadPyodideOptions"]["packages"]
    assert {"docker-taxonomy-explorer", "ipywidgets", "anywidget", "micropip"} <= set(preload) <= set(lock["packages"])
    assert {"pyyaml", "networkx", "docker-image-py", "regex-over-re", "psygnal", "jupyterlab-widgets"} <= set(
        lock["packages"])
    assert not {"numpy", "matplotlib"} & set(lock["packages"])
    extensions = {e["name"] for e in files["config"]["federated_extensions"]}
    assert {"@jupyter-widgets/jupyterlab-manager", "anywidget"} <= extensions
    served = {p.relative_to(site / "files").with_suffix("").as_posix() for p in (site / "files").rglob("*.ipynb")}
    assert set(NOTEBOOKS) <= served
    with zipfile.ZipFile(site.parent / "site.zip") as z:
        names = set(z.namelist())
    assert {"site/index.html", "site/static/pyodide/pyodide.mjs", "site/jupyter-lite.json"} <= names


def test_the_library_runs_in_the_browser_kernel(server, lite_page):
    sitekit.open_lite(lite_page, server, "en/00_start_here.ipynb")
    code = "\n".join([
        "import sys, taxonomy as tx",
        "print(sys.platform)",
        "world = tx.World()",
        "r = world.docker('docker run -d --name web nginx:1.27')",
        "print(r.exit_code, len(r.output.strip().splitlines()[-1]))",
        "print(tx.parse_reference('nginx'), tx.parse_reference('r.example:5000/a/b@sha256:' + 'ab' * 32).domain)",
        "print(len(tx.levels.levels()) >= 15, tx.glossary('conteneur').key)",
        "world.write_files({'compose.yaml': 'services:\\n  cache:\\n    image: redis:7\\n'})",
        "print(world.docker('docker compose up -d').exit_code)",
        "print(tx.oci.skopeo('inspect', 'oci:/tmp/x:1'))",
        "print(tx.oci.LocalRegistry().start())",
        "import yaml; print(yaml.__with_libyaml__)",
    ])
    result = sitekit.execute(lite_page, code)
    assert result["status"] == "ok", result["output"]
    lines = result["output"].splitlines()
    assert lines[0] == "emscripten"
    assert lines[1] == "0 64"                      # the new container id, Docker's last line for run -d
    assert lines[2] == "docker.io/library/nginx:latest r.example:5000"   # docker-image-py on the regex shim
    assert lines[3] == "True container"            # YAML levels and the glossary, read by pure PyYAML
    assert lines[4] == "0"                         # docker compose up, from a YAML compose file
    assert "a browser tab cannot start one" in lines[5] and "skopeo" in lines[5]
    assert "a browser tab cannot start one" in lines[6] and "docker-registry" in lines[6]
    assert lines[7] == "False"                     # PyYAML without libyaml
    assert not lite_page.tx_blocked, f"requests left the machine: {lite_page.tx_blocked}"


def _expected_without_live_map(report) -> bool:
    """The notebook stopped at a panel's drawing, on matplotlib only (what the map branch removes)."""
    raised = [p for p in report.problems if " raised " in p]
    others = [p for p in report.problems if " raised " not in p and not p.endswith("did not run")]
    return len(raised) == 1 and raised[0].endswith(MATPLOTLIB_MISSING) and not others


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_notebook_runs_offline(server, lite_page, notebook):
    sitekit.open_lite(lite_page, server, f"{notebook}.ipynb")
    sitekit.run_all_lite(lite_page)
    report = labkit.notebook_report(lite_page)
    assert not lite_page.tx_blocked, f"{notebook} asked for files off this machine: {lite_page.tx_blocked}"
    if not LIVE_MAP and report.problems and _expected_without_live_map(report):
        pytest.xfail(f"{notebook}: the panels draw with matplotlib until the live map is merged")
    assert report.ok, f"{notebook} in the offline site:\n" + "\n".join(report.problems)
    assert report.code_cells and report.widgets_rendered == report.widget_outputs


def test_the_terminal_answers_docker_run(server, lite_page):
    sitekit.open_lite(lite_page, server, "app/dashboard.ipynb")
    sitekit.run_all_lite(lite_page)
    report = labkit.notebook_report(lite_page)
    if not LIVE_MAP and _expected_without_live_map(report) and "Terminal" in report.problems[0]:
        pytest.xfail("the Terminal panel draws with matplotlib until the live map is merged")
    box = lite_page.locator(".jupyter-widgets input[type=text][placeholder^='docker run']").first
    box.fill("docker run -d --name web nginx:1.27")
    box.press("Enter")
    lite_page.wait_for_function("""() => [...document.querySelectorAll('.jupyter-widgets textarea')]
        .some(t => t.value.includes('$ docker run -d --name web nginx:1.27') && /\\n[0-9a-f]{64}\\n/.test(t.value))""",
                                timeout=60_000, polling=200)
    if LIVE_MAP:
        lite_page.wait_for_function("""() => [...document.querySelectorAll('.jp-Notebook svg text')]
            .some(t => t.textContent.trim() === 'web' && t.getBoundingClientRect().width > 0)""",
                                    timeout=30_000, polling=200)
    labkit.screenshot(lite_page, "site_terminal")
    assert not lite_page.tx_blocked, lite_page.tx_blocked
