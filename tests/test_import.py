import subprocess
import sys


def test_import_taxonomy_is_light():
    code = "import sys, taxonomy; print(sorted(m for m in ('matplotlib', 'ipywidgets', 'httpx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
