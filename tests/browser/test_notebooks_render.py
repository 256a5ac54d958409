"""Every notebook of the learning path, in a real JupyterLab in Chromium.

For each notebook under ``notebooks/`` (both languages; the Voilà apps in
``notebooks/app/`` are tested in ``test_voila.py``): open it without
outputs, Run All Cells from the Run menu, wait for the kernel to go idle,
then assert that no cell shows an error, that no widget failed to display
("Error displaying widget", or a JavaScript error box) and that every
widget output rendered. A screenshot of each is kept in
``build/screenshots/``.

The notebooks are found when the tests are collected, so a notebook added
to the path is tested with no change here.
"""

from __future__ import annotations

import pytest

from . import labkit

NOTEBOOKS = labkit.learner_notebooks()


def test_the_path_has_notebooks():
    assert NOTEBOOKS, f"no notebook found under {labkit.NOTEBOOKS}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[labkit.notebook_id(p) for p in NOTEBOOKS])
def test_notebook_runs_and_renders(notebook, lab, lab_page, blocked):
    page = lab_page
    rel = notebook.relative_to(labkit.NOTEBOOKS).as_posix()
    labkit.open_notebook(page, lab, rel)
    seconds = labkit.run_all(page)
    report = labkit.notebook_report(page)
    name = "notebook_" + labkit.notebook_id(notebook).replace("/", "_")
    labkit.screenshot(page, name)
    assert report.code_cells > 0, f"{rel} has no code cell"
    assert report.ok, f"{rel} (ran in {seconds:.1f} s):\n  " + "\n  ".join(report.problems)
    assert report.widgets_rendered == report.widget_outputs
