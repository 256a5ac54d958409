"""What the offline site puts in place of compiled packages works like the real thing, tested on the desktop.

The browser kernel has neither libyaml (PyYAML's optional C loader) nor
``regex`` (needed by docker-image-py): the site ships PyYAML's pure-Python
code and ``lite/shims/regex`` instead (``lite/packages.py``). Here the
library's own tests run under those same conditions in a subprocess, so a
difference shows up without a browser: the reference grammar with
``regex`` replaced by the shim, and levels, the glossary and Compose with
PyYAML's C extension hidden.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHIMS = REPO / "lite" / "shims"


def _pytest_under(prelude: str, *tests: str) -> subprocess.CompletedProcess:
    code = prelude + "\nimport pytest\nsys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', *sys.argv[1:]]))"
    return subprocess.run([sys.executable, "-c", code, *tests], capture_output=True, text=True, cwd=REPO,
                          timeout=600)


def test_the_reference_grammar_passes_its_tests_on_the_regex_shim():
    prelude = (f"import sys; sys.path.insert(0, {str(SHIMS)!r}); import regex\n"
               f"assert regex.__file__.startswith({str(SHIMS)!r}), regex.__file__\n"
               "import docker_image.regexp as g; assert g.regex is regex")
    done = _pytest_under(prelude, "tests/test_reference.py")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.splitlines()[-1]


def test_levels_glossary_and_compose_pass_their_tests_on_pure_python_yaml():
    prelude = ("import sys; sys.modules['yaml._yaml'] = None\n"   # what the browser lacks: libyaml's binding
               "import yaml; assert not yaml.__with_libyaml__")
    done = _pytest_under(prelude, "tests/test_levels.py", "tests/test_glossary.py", "tests/test_compose.py")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.splitlines()[-1]


def test_tx_oci_loads_on_first_use_from_a_fresh_import():
    code = "import taxonomy as tx; print(tx.oci.LocalRegistry.__name__, tx.oci.tools.missing('skopeo', 'skopeo'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "LocalRegistry skopeo is not installed here (on Debian: apt-get install skopeo)"
