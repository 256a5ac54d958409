"""The browser checks catch a broken widget, and pass again once it is repaired.

Two failures learners meet in JupyterLab, neither visible to nbval:

* a widget whose front-end module doesn't match (here a Terminal's status
  line asks for ``@jupyter-widgets/controls`` 99.0.0): the view fails and
  a JavaScript error box replaces it;
* a (trusted) notebook saved with widget outputs, reopened when their
  kernel is gone: "Error displaying widget: model not found".

Each is made on purpose in a scratch notebook, detected by
:func:`labkit.notebook_report` (the check every notebook of the path goes
through), then the notebook is restored and the same check passes.
"""

from __future__ import annotations

import nbformat

from . import labkit

SETUP = "import taxonomy as tx\nworld = tx.World()"


def _write(lab, name, sources, outputs=None, trusted=False):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    for cell, outs in zip(nb.cells, outputs or []):
        cell.outputs = outs
    if trusted:   # as if the learner had run it: JupyterLab renders its widget outputs
        from nbformat.sign import NotebookNotary
        NotebookNotary(data_dir=str(lab.home / "data")).sign(nb)
    path = lab.root / "scratch" / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path.relative_to(lab.root).as_posix()


def test_a_broken_widget_is_detected_then_the_repair_passes(lab, lab_page):
    page = lab_page
    broken = [SETUP, "terminal = tx.widgets.Terminal(world)",
              'terminal.status._view_module_version = "99.0.0"   # broken on purpose', "terminal"]
    path = _write(lab, "broken", broken)
    labkit.open_notebook(page, lab, path)
    labkit.run_all(page)
    report = labkit.notebook_report(page, settle=5)
    labkit.screenshot(page, "broken_widget_detected")
    failed = [p for p in report.problems if p.startswith("a widget failed in the browser")]
    assert failed, report.problems
    assert "99.0.0" in failed[0] and "is not registered" in failed[0]

    lab.shutdown_kernels()
    _write(lab, "broken", [s for s in broken if "broken on purpose" not in s])   # restored
    labkit.open_notebook(page, lab, path)
    labkit.run_all(page)
    report = labkit.notebook_report(page)
    assert report.ok, report.problems
    assert report.widget_outputs == report.widgets_rendered == 1


def test_model_not_found_is_detected(lab, lab_page):
    page = lab_page
    stale = nbformat.v4.new_output("display_data", data={
        "text/plain": "Terminal(host='laptop', commands=0, nodes=212)",
        labkit.WIDGET_MIME: {"version_major": 2, "version_minor": 0, "model_id": "0" * 32}})
    path = _write(lab, "stale", [SETUP, "tx.widgets.Terminal(world)"], outputs=[[], [stale]], trusted=True)
    labkit.open_notebook(page, lab, path)     # opened, not run: the saved output's model is in no kernel
    report = labkit.notebook_report(page, settle=5)
    assert any("Error displaying widget: model not found" in p for p in report.problems), report.problems

