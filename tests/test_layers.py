"""The layers of DESIGN.md are a contract: ``lint-imports`` checks it (see pyproject.toml).

vocabulary <- model <- operations <- command line <- facade <- lessons <- views, interop
(``taxonomy.oci``) beside, imported by nothing below the facade, and no circle between sibling
modules. A lower layer that imports a higher one fails here, with import-linter's chain of imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def test_the_import_contracts_hold():
    if not LINT_IMPORTS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"lint-imports is not installed next to {sys.executable}; install requirements.txt's test tools")
        pytest.skip("lint-imports (import-linter) is not installed: pip install 'import-linter>=2.1,<3'")
    run = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_contract_names_every_layer_of_the_design():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for module in ("taxonomy.views", "taxonomy.levels", "taxonomy.world", "taxonomy.cli", "taxonomy.ops",
                   "taxonomy.model", "taxonomy.errors", "taxonomy.oci"):
        assert f'"{module}' in text or f" {module} " in text or f"{module} :" in text, module
