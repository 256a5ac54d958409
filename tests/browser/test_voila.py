"""The projector dashboard (``notebooks/app/dashboard.ipynb``) served as an app by Voilà.

Voilà runs the notebook and shows its widgets without code. The test
opens it in Chromium (every request outside 127.0.0.1 refused), checks
that both panels rendered their live maps as SVG with no overlapping text
and no cell failed, then types a command in the Terminal and checks that
its map animates and ends in the new state, and that the Explorer follows.
"""

from __future__ import annotations

import re

import pytest

from . import labkit, mapkit

try:
    from playwright.sync_api import expect
except ImportError:   # the fixtures skip (outside CI) or fail (in CI) and say why
    expect = None

DASHBOARD = labkit.APP_DIR / "dashboard.ipynb"


@pytest.fixture(scope="module")
def voila(browser_tools, tmp_path_factory):
    pytest.importorskip("voila", reason="Voilà is not installed (pip install -r requirements.txt)")
    server = labkit.Voila(notebook=DASHBOARD, home=tmp_path_factory.mktemp("voila-home"))
    try:
        server.start()
    except RuntimeError as err:
        pytest.fail(f"Voilà did not start: {err}", pytrace=False)
    yield server
    server.stop()


def test_dashboard_renders_and_responds_under_voila(voila, page, blocked):
    page.goto(voila.url, timeout=120_000)
    command = page.locator("input[placeholder^='docker run']")
    command.wait_for(timeout=120_000)                       # Voilà shows the page once the notebook has run
    panels = page.locator(".jp-OutputArea-output > .jupyter-widgets")
    expect(panels).to_have_count(2, timeout=60_000)         # the Terminal and the Explorer
    text = page.locator("body").inner_text()
    assert "Error displaying widget" not in text
    assert "There was an error when executing cell" not in text and "Traceback" not in text
    assert page.locator(".jupyter-widgets-error-widget").count() == 0
    term_map, explorer_map = mapkit.map_root(page, 0), mapkit.map_root(page, 1)
    seq = mapkit.wait_map(page, term_map)
    mapkit.wait_map(page, explorer_map)
    for root in (term_map, explorer_map):
        found = mapkit.text_overlaps(root)
        assert found["count"] > 5 and found["overlaps"] == [] and found["smallest"] >= 10.5, found

    command.fill("docker run -d --name web -p 8080:80 nginx:1.27")
    command.press("Enter")
    mapkit.wait_seq(page, term_map, seq + 1)
    shots = mapkit.frames(page, term_map, count=6)
    assert len(set(shots)) >= 3, f"the map did not animate ({len(set(shots))} distinct frames)"
    mapkit.wait_still(page, term_map)
    expect(term_map.locator("g.tx-el[data-id='container:laptop/web']")).to_have_count(1, timeout=30_000)
    expect(explorer_map.locator("g.tx-el[data-id='container:laptop/web']")).to_have_count(1, timeout=30_000)
    web = term_map.locator("g.tx-el[data-id='container:laptop/web']")
    web.hover()
    expect(page.locator(".tx-map-tip").first).to_contain_text("A container is an instance of an image", timeout=10_000)
    web.click()
    expect(page.locator(".tx-map-details").first).to_contain_text("container web", timeout=20_000)
    expect(page.locator("textarea").first).to_have_value(
        re.compile(r"Status: Downloaded newer image for nginx:1\.27"), timeout=60_000)
    picker = page.locator(".widget-dropdown").filter(has=page.locator("label", has_text="Node")).locator("select")
    page.wait_for_function("s => [...s.options].some(o => o.textContent.replace(/\\u00a0/g, ' ')"
                           ".startsWith('container: web'))", arg=picker.element_handle(), timeout=30_000)
    expect(page.locator(".tx-status").first).to_contain_text("exit code 0", timeout=30_000)
    labkit.screenshot(page, "voila_dashboard", doc="voila_dashboard", full_page=True)
    # Only Voilà's icon font is asked for off this machine (refused; the icons fall back to nothing).
    assert all("127.0.0.1" not in url for url in blocked)


def test_dashboard_renders_at_the_voila_url_of_a_jupyter_server(lab, lab_page):
    """The address a Binder or hub link uses: ``/voila/render/…`` on the learner's own server."""
    pytest.importorskip("voila", reason="Voilà is not installed (pip install -r requirements.txt)")
    page = lab_page
    labkit.copy_without_outputs(DASHBOARD, lab.root / "app" / "dashboard.ipynb")
    page.goto(f"{lab.base}/voila/render/app/dashboard.ipynb?token={lab.token}", timeout=120_000)
    page.locator("input[placeholder^='docker run']").wait_for(timeout=120_000)
    expect(page.locator(".jp-OutputArea-output > .jupyter-widgets")).to_have_count(2, timeout=60_000)
    assert page.locator(".jupyter-widgets-error-widget").count() == 0
    assert "Error displaying widget" not in page.locator("body").inner_text()
