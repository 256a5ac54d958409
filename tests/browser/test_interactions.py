"""A learner's hands on the panels, in a real JupyterLab in Chromium.

Each test writes a small notebook into the server's (temporary) root, runs
it, then acts as a learner would: picks a node in the Explorer, types a
docker command and presses Enter in the Terminal, clicks Build. It asserts
what the page shows afterwards (new text, a new drawing, a new image), and
keeps screenshots of the main views in ``build/screenshots/`` (copied to
``docs/images/`` for the README with ``TX_DOC_IMAGES=1``).
"""

from __future__ import annotations

import importlib.util
import re

import nbformat
import pytest

from . import labkit

try:
    from playwright.sync_api import expect
except ImportError:   # the fixtures skip (outside CI) or fail (in CI) and say why
    expect = None

SETUP = "import taxonomy as tx\nworld = tx.World()"


def write_notebook(lab, name: str, *sources: str) -> str:
    """Write a notebook of code cells into the server's root; return its path there."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    path = lab.root / "scratch" / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path.relative_to(lab.root).as_posix()


def run_clean(page, lab, path: str) -> labkit.Report:
    labkit.open_notebook(page, lab, path)
    labkit.run_all(page)
    report = labkit.notebook_report(page)
    assert report.ok, f"{path}:\n  " + "\n  ".join(report.problems)
    return report


def drawing_src(panel) -> str:
    """The address of a panel's drawing (a new blob: address after every redraw)."""
    return panel.locator(".widget-image img, img.widget-image").first.get_attribute("src")


def wait_drawing_loaded(page, panel):
    panel.locator(".widget-image img, img.widget-image").first.wait_for()
    handle = panel.locator(".widget-image img, img.widget-image").first.element_handle()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=handle, timeout=20_000)


def test_explorer_pick_a_node_shows_its_details(lab, lab_page):
    page = lab_page
    path = write_notebook(lab, "explorer", SETUP,
                          'world.docker("docker run -d --name web -p 8080:80 nginx:1.27").exit_code',
                          "tx.widgets.Explorer(world)")
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 2).locator(".jp-OutputArea-output")
    wait_drawing_loaded(page, panel)
    details = panel.locator(".widget-html").filter(has_text="Pick a node")
    assert "Pick a node to read about it." in details.inner_text()

    picker = panel.locator(".widget-dropdown").filter(has=page.locator("label", has_text="Node")).locator("select")
    # ipywidgets shows the options' spaces as no-break spaces
    labels = [t.strip() for t in picker.evaluate("s => [...s.options].map(o => o.textContent)")]
    shown = next((label for label in labels if label.replace("\xa0", " ").startswith("container: web")), labels)
    picker.select_option(label=shown)
    target = shown.replace("\xa0", " ")
    header = panel.locator(".tx-details h4")
    header.wait_for(timeout=20_000)
    assert header.inner_text() == target
    text = panel.locator(".tx-details").inner_text()
    assert "A container is an instance of an image" in text
    assert "running" in text

    before = drawing_src(panel)
    panel.locator("button", has_text="Trace").click()
    page.wait_for_function("([el, old]) => el.getAttribute('src') !== old",
                           arg=[panel.locator(".widget-image img, img.widget-image").first.element_handle(), before],
                           timeout=20_000)
    wait_drawing_loaded(page, panel)
    assert panel.locator(".tx-status").inner_text().startswith("traced container: web")
    labkit.screenshot(panel, "explorer_traced", doc="browser_explorer")


def test_terminal_enter_runs_a_docker_command(lab, lab_page):
    page = lab_page
    path = write_notebook(lab, "terminal", SETUP, "tx.widgets.Terminal(world)")
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 1).locator(".jp-OutputArea-output")
    wait_drawing_loaded(page, panel)
    before = drawing_src(panel)
    output = panel.locator("textarea").first
    assert output.input_value() == ""

    command = panel.locator("input[placeholder^='docker run']")
    command.fill("docker run -d --name web -p 8080:80 nginx:1.27")
    command.press("Enter")
    page.wait_for_function("el => el.value.includes('Status: Downloaded newer image for nginx:1.27')",
                           arg=output.element_handle(), timeout=30_000)
    text = output.input_value()
    assert text.startswith("$ docker run -d --name web -p 8080:80 nginx:1.27\n"
                           "Unable to find image 'nginx:1.27' locally")
    assert "exit code 0" in panel.locator(".tx-status").inner_text()
    assert command.input_value() == ""          # the prompt is ready for the next command
    page.wait_for_function("([el, old]) => el.getAttribute('src') !== old",
                           arg=[panel.locator(".widget-image img, img.widget-image").first.element_handle(), before],
                           timeout=20_000)
    wait_drawing_loaded(page, panel)

    command.fill("docker ps")
    command.press("Enter")
    page.wait_for_function("el => el.value.includes('$ docker ps')", arg=output.element_handle(), timeout=30_000)
    assert "0.0.0.0:8080->80/tcp" in output.input_value()
    assert "web" in output.input_value().split("$ docker ps", 1)[1]

    command.fill("docker rmi nginx:1.27")                   # a learner's mistake: shown, not raised
    command.press("Enter")
    page.wait_for_function("el => el.value.includes('$ docker rmi nginx:1.27')", arg=output.element_handle(),
                           timeout=30_000)
    assert "exit code 1" in panel.locator(".tx-status").inner_text()
    labkit.screenshot(panel, "terminal_after_commands", doc="browser_terminal")


def test_build_panel_click_build_gives_a_new_image(lab, lab_page):
    page = lab_page
    path = write_notebook(lab, "build", SETUP, "tx.widgets.BuildPanel(world)", "tx.widgets.Terminal(world)")
    run_clean(page, lab, path)
    build = labkit.code_cell(page, 1).locator(".jp-OutputArea-output")
    term = labkit.code_cell(page, 2).locator(".jp-OutputArea-output")
    assert build.locator(".tx-steps").count() == 0

    build.locator("button", has_text="Build").click()
    status = build.locator(".tx-status")    # (an HTML widget: its inner element is replaced on change)
    expect(status).to_contain_text("built image", timeout=30_000)
    assert " as student/hello:1: " in status.inner_text()
    assert build.locator(".tx-steps li").count() >= 1
    log = build.locator("textarea").last.input_value()
    assert "naming to docker.io/student/hello:1" in log or "student/hello:1" in log
    labkit.screenshot(build, "build_panel_built", doc="browser_build")

    command = term.locator("input[placeholder^='docker run']")   # the same world, seen from the Terminal
    command.fill("docker images")
    command.press("Enter")
    output = term.locator("textarea").first
    page.wait_for_function("el => el.value.includes('$ docker images')", arg=output.element_handle(),
                           timeout=30_000)
    rows = output.input_value().splitlines()
    assert any(r.split()[:2] == ["student/hello", "1"] for r in rows), rows


LEVEL = "one-image-many-containers"


def test_challenge_hint_undo_and_solve(lab, lab_page):
    if importlib.util.find_spec("taxonomy.views.challenge") is None:
        pytest.skip("taxonomy.views.challenge does not exist yet (tx.widgets.Challenge, issue 7)")
    from taxonomy.levels import get

    solution = [step.command for step in get(LEVEL).solution]
    assert len(solution) >= 2 and all(step.host is None for step in get(LEVEL).solution)
    page = lab_page
    path = write_notebook(lab, "challenge", "from taxonomy.views.challenge import Challenge",
                          f'Challenge("{LEVEL}", lang="en", progress_path="progress.json")')
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 1).locator(".jp-OutputArea-output")
    wait_drawing_loaded(page, panel)
    counter = panel.locator(".tx-counter")
    expect(counter).to_have_text("0 commands (par 2)")
    assert panel.locator(".tx-solved").count() == 0

    panel.locator("button", has_text="Hint").click()
    expect(panel.locator(".tx-hints li")).to_have_count(1, timeout=20_000)

    command = panel.locator(".widget-text input").first
    output = panel.locator("textarea").first
    command.fill(solution[0])
    command.press("Enter")
    expect(counter).to_have_text("1 commands (par 2)", timeout=30_000)
    assert output.input_value().startswith(f"$ {solution[0]}\n")
    panel.locator("button", has_text="Undo").click()
    expect(counter).to_have_text("0 commands (par 2)", timeout=30_000)

    for step in solution:
        command.fill(step)
        command.press("Enter")
        expect(output).to_have_value(re.compile(re.escape(f"$ {step}")), timeout=30_000)
    expect(panel.locator(".tx-solved")).to_contain_text("Solved in 2 commands (par 2)", timeout=30_000)
    labkit.screenshot(panel, "challenge_solved", doc="browser_challenge")
    assert (lab.root / "scratch" / "progress.json").exists()     # progress saved beside the notebook
