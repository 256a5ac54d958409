"""A learner's hands on the panels and their live map, in a real JupyterLab in Chromium.

Each test writes a small notebook into the server's (temporary) root, runs
it, then acts as a learner would: picks a node in the Explorer, types a
docker command and presses Enter in the Terminal, hovers and clicks the
map, clicks Build. It asserts what the page shows afterwards, waiting for
that state (Playwright's ``expect`` and ``wait_for_function``), never for a
fixed time, and keeps screenshots of the main views in
``build/screenshots/`` (copied to ``docs/images/`` for the README with
``TX_DOC_IMAGES=1``).
"""

from __future__ import annotations

import re

import nbformat
import pytest

from . import labkit, mapkit

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


def readable(root):
    """No two words of the map overlap, and none is smaller than 11 px."""
    found = mapkit.text_overlaps(root)
    assert found["count"] > 5 and found["overlaps"] == [], found["overlaps"][:5]
    assert found["smallest"] >= 11 - 0.5, found


def test_explorer_pick_a_node_shows_its_details(lab, lab_page):
    page = lab_page
    path = write_notebook(lab, "explorer", SETUP,
                          'world.docker("docker run -d --name web -p 8080:80 nginx:1.27").exit_code',
                          "tx.widgets.Explorer(world)")
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 2).locator(".jp-OutputArea-output")
    root = mapkit.map_root(panel)
    mapkit.wait_map(page, root)
    readable(root)
    details = panel.locator(".widget-html").filter(has_text="Pick a node")
    assert "Pick a node to read about it." in details.inner_text()

    picker = panel.locator(".widget-dropdown").filter(has=page.locator("label", has_text="Node")).locator("select")
    # ipywidgets shows the options' spaces as no-break spaces
    labels = [t.strip().replace("\xa0", " ") for t in picker.evaluate("s => [...s.options].map(o => o.textContent)")]
    assert labels[:2] == ["container: web (laptop)", "image: nginx:1.27 (image cd276e6db3fb)"]
    assert len(labels) < 40                     # what the map shows, not 220 catalogue entries
    picker.select_option(index=0)
    header = panel.locator(".tx-details h4")
    expect(header).to_have_text("container: web (laptop)", timeout=20_000)
    text = panel.locator(".tx-details").inner_text()
    assert "A container is an instance of an image" in text and "running" in text
    expect(root.locator("g.tx-selected")).to_have_attribute("data-id", "container:laptop/web", timeout=20_000)

    panel.locator("button", has_text="Trace").click()
    expect(panel.locator(".tx-status")).to_contain_text("traced container: web", timeout=20_000)
    expect(root.locator("g.tx-mark-traced").first).to_be_visible(timeout=20_000)
    mapkit.wait_still(page, root)
    readable(root)
    assert root.locator("g.tx-el[data-id^='summary:']").count() == 0     # only the path is drawn
    labkit.screenshot(panel, "explorer_traced", doc="browser_explorer")


def test_terminal_enter_runs_a_docker_command_and_the_map_moves(lab, lab_page):
    page = lab_page
    path = write_notebook(lab, "terminal", SETUP, "tx.widgets.Terminal(world)")
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 1).locator(".jp-OutputArea-output")
    root = mapkit.map_root(panel)
    seq = mapkit.wait_map(page, root)
    readable(root)
    output = panel.locator("textarea").first
    assert output.input_value() == ""
    assert root.locator("g.tx-el[data-id='container:laptop/web']").count() == 0

    command = panel.locator("input[placeholder^='docker run']")
    command.fill("docker run -d --name web -p 8080:80 nginx:1.27")
    command.press("Enter")
    mapkit.wait_seq(page, root, seq + 1)
    shots = mapkit.frames(page, root, count=6)
    assert len(set(shots)) >= 3, f"the map did not animate ({len(set(shots))} distinct frames)"
    expect(output).to_have_value(re.compile("Status: Downloaded newer image for nginx:1.27"), timeout=30_000)
    assert output.input_value().startswith("$ docker run -d --name web -p 8080:80 nginx:1.27\n"
                                           "Unable to find image 'nginx:1.27' locally")
    # the status line is an HTML widget whose inner element is replaced: wait for the new text
    expect(panel.locator(".tx-status")).to_contain_text("exit code 0", timeout=30_000)
    assert panel.locator(".tx-status").inner_text().startswith("✔")
    assert command.input_value() == ""          # the prompt is ready for the next command
    mapkit.wait_still(page, root)
    web = root.locator("g.tx-el[data-id='container:laptop/web']")
    expect(web).to_have_count(1)
    assert "running" in web.text_content()
    image = root.locator("g.tx-el.tx-kind-image[data-id^='host:laptop|image:']")
    assert "nginx:1.27" in image.text_content()
    hub = root.locator("g.tx-el.tx-kind-image[data-id^='repository:docker.io/library/nginx|image:']")
    assert image.text_content().split("image ")[-1].strip() in hub.text_content()     # the same digest in both places
    verbs = mapkit.map_texts(root)
    assert "pull" in verbs and "run" in verbs
    assert any(t.endswith("more repositories") for t in verbs)
    readable(root)
    labkit.screenshot(root.locator(".tx-map-view"), "map_after_docker_run_web", doc="map_docker_run_web")

    web.hover()                                   # hover: the glossary's line
    tip = panel.locator(".tx-map-tip")
    expect(tip).to_be_visible(timeout=10_000)
    assert tip.inner_text().startswith("web — A container is an instance of an image")
    web.click()                                   # click: Python learns the selection and sends the details
    details = panel.locator(".tx-map-details")
    expect(details).to_be_visible(timeout=20_000)
    expect(details.locator("h4")).to_have_text("container web")
    assert "running" in details.inner_text()
    labkit.screenshot(panel, "terminal_after_commands", doc="browser_terminal")

    root.locator("g.tx-el[data-id='summary:registry:docker.io']").click()     # a summary opens on a click
    expect(root.locator("g.tx-el[data-id='repository:docker.io/library/alpine']")).to_have_count(1, timeout=20_000)
    mapkit.wait_still(page, root)
    readable(root)

    command.fill("docker ps")
    command.press("Enter")
    expect(output).to_have_value(re.compile(r"\$ docker ps"), timeout=30_000)
    assert "0.0.0.0:8080->80/tcp" in output.input_value()
    assert "web" in output.input_value().split("$ docker ps", 1)[1]

    command.fill("docker rmi nginx:1.27")                   # a learner's mistake: shown, not raised
    command.press("Enter")
    expect(panel.locator(".tx-status")).to_contain_text("exit code 1", timeout=30_000)
    assert panel.locator(".tx-status").inner_text().startswith("✖")


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
    root = mapkit.map_root(build)
    expect(root.locator("g.tx-kind-layer.tx-mark-base").first).to_be_visible(timeout=30_000)
    build.locator("button", has_text="Build").click()          # again: every step comes from the cache
    expect(status).to_contain_text("1 cached", timeout=30_000)
    expect(root.locator("g.tx-kind-layer.tx-mark-cached")).to_have_count(1, timeout=30_000)
    assert "CACHED" in root.locator("g.tx-kind-layer.tx-mark-cached").text_content()
    mapkit.wait_still(page, root)
    readable(root)
    labkit.screenshot(build, "build_panel_built", doc="browser_build")

    command = term.locator("input[placeholder^='docker run']")   # the same world, seen from the Terminal
    command.fill("docker images")
    command.press("Enter")
    output = term.locator("textarea").first
    expect(output).to_have_value(re.compile(r"\$ docker images"), timeout=30_000)
    rows = output.input_value().splitlines()
    assert any(r.split()[:2] == ["student/hello", "1"] for r in rows), rows

    build.locator("textarea").first.fill("FROMM alpine:3.20\n")     # a failed build clears the old log
    build.locator("button", has_text="Build").click()
    expect(status).to_contain_text("unknown instruction", timeout=30_000)
    assert status.inner_text().startswith("✖")
    assert build.locator("textarea").last.input_value() == ""


LEVEL = "one-image-many-containers"


def test_challenge_hint_undo_and_solve(lab, lab_page):
    from taxonomy.levels import get

    solution = [step.command for step in get(LEVEL).solution]
    assert len(solution) >= 2 and all(step.host is None for step in get(LEVEL).solution)
    page = lab_page
    path = write_notebook(lab, "challenge", "import taxonomy as tx",
                          f'tx.widgets.Challenge("{LEVEL}", lang="en", progress_path="progress.json")')
    run_clean(page, lab, path)
    panel = labkit.code_cell(page, 1).locator(".jp-OutputArea-output")
    goal, now = mapkit.map_root(panel, 0), mapkit.map_root(panel, 1)
    mapkit.wait_map(page, goal)
    mapkit.wait_map(page, now)
    readable(goal)
    readable(now)
    assert goal.locator("g.tx-mark-missing").count() >= 1        # the goal shows what is still missing
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
    expect(goal.locator("g.tx-kind-container.tx-mark-missing")).to_have_count(0, timeout=30_000)
    mapkit.wait_still(page, now)
    labkit.screenshot(panel, "challenge_solved", doc="browser_challenge")
    assert (lab.root / "scratch" / "progress.json").exists()     # progress saved beside the notebook


def test_french_notebook_shows_french_words_on_the_map(lab, lab_page):
    page = lab_page
    run_clean(page, lab, "fr/00_start_here.ipynb")
    roots = page.locator(".tx-map-root")
    expect(roots.first).to_be_visible(timeout=60_000)
    for i in range(roots.count()):
        root = roots.nth(i)
        mapkit.wait_map(page, root)
        words = mapkit.map_texts(root)
        assert "Hôtes Docker" in words and "Registres" in words, words[:10]
        assert "Docker hosts" not in words and "Registries" not in words
        readable(root)
    labkit.screenshot(roots.first.locator(".tx-map-view"), "map_french", doc="map_french")
