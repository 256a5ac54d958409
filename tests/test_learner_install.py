"""The learner's install, as the README gives it for any operating system, without make.

``requirements.txt`` (what Binder and hubs install) and ``pyproject.toml``'s
``[project] dependencies`` (what ``pip install .`` installs) are the same
list: what a learner's kernel and JupyterLab need, nothing for tests or
building. The slow test makes that environment from nothing, as a learner
on macOS, Windows or Debian would: a fresh venv, ``pip install -r
requirements.txt .``, then checks its size (at most 250 MB) and runs
notebook 00 in a kernel of that environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
IN_CI = os.environ.get("CI") == "true"
#: The issue's target for the learner's environment, in bytes of files (10^6 bytes a MB).
LEARNER_MAX_BYTES = 250_000_000
#: Switch on when the live map (anywidget, SVG) replaces matplotlib in the panels (the map
#: branch). Until then notebook 00's first panel needs matplotlib, which a learner no longer
#: installs: a run that stops exactly there, on that one error, is an expected failure.
LIVE_MAP = False


def _requirements() -> list[str]:
    lines = (REPO / "requirements.txt").read_text().splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def _name(spec: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", spec).group(0)).lower()


def test_requirements_txt_is_pyprojects_learner_list():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert sorted(_requirements()) == sorted(project["dependencies"])
    tools = {_name(s) for group in project["optional-dependencies"].values() for s in group}
    learner = {_name(s) for s in _requirements()}
    for tool in ("pytest", "nbval", "hypothesis", "playwright", "voila", "jupyterlite-core", "matplotlib"):
        assert tool in tools and tool not in learner, tool


def _tree_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def learner_venv(tmp_path_factory):
    """A fresh venv with what the README tells a learner to install, and nothing else."""
    root = tmp_path_factory.mktemp("learner") / "venv"
    venv.EnvBuilder(with_pip=True).create(root)
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                           "-r", str(REPO / "requirements.txt"), str(REPO)],
                          capture_output=True, text=True, timeout=1200)
    if done.returncode:
        message = "pip could not install the learner's requirements:\n" + done.stderr[-2000:]
        if IN_CI:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return root, python


def test_the_learner_environment_is_lean(learner_venv):
    root, python = learner_venv
    size = _tree_bytes(root)
    print(f"\nlearner venv: {size / 1e6:.0f} MB in files")
    assert size <= LEARNER_MAX_BYTES, f"the learner's environment is {size / 1e6:.0f} MB (target 250 MB)"
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True,
                            check=True).stdout.lower()
    for tool in ("pytest", "playwright", "voila", "jupyterlite-core", "hypothesis", "nbval", "matplotlib"):
        assert f"\n{tool}==" not in "\n" + listed, f"{tool} is a test or build tool, not a learner need"
    lab = subprocess.run([str(python), "-m", "jupyterlab", "--version"], capture_output=True, text=True, timeout=120)
    assert lab.returncode == 0 and re.fullmatch(r"4\.\d+\.\d+", lab.stdout.strip()), lab.stdout + lab.stderr


def test_notebook_00_runs_in_the_learner_environment(learner_venv, tmp_path):
    root, python = learner_venv
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "TAXONOMY_PROGRESS": str(tmp_path / "progress.json"), "JUPYTER_PLATFORM_DIRS": "1",
           "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_DATA_DIR": str(tmp_path / "data"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    env.pop("JUPYTER_PATH", None)
    done = subprocess.run([str(python), "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                           "--ExecutePreprocessor.kernel_name=python3", "--ExecutePreprocessor.timeout=300",
                           "--output-dir", str(work), str(REPO / "notebooks" / "en" / "00_start_here.ipynb")],
                          capture_output=True, text=True, cwd=work, env=env, timeout=900)
    errors = re.sub(r"\x1b\[[0-9;]*m", "", done.stderr)      # nbconvert colours its traceback
    if done.returncode and not LIVE_MAP and "ModuleNotFoundError: No module named 'matplotlib'" in errors:
        pytest.xfail("notebook 00's panels draw with matplotlib until the live map is merged")
    assert done.returncode == 0, errors[-3000:]
    assert (work / "00_start_here.ipynb").exists()
