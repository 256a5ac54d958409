import subprocess
import sys


def test_import_taxonomy_is_light():
    heavy = ('matplotlib', 'ipywidgets', 'httpx', 'IPython', 'yaml')
    code = f"import sys, taxonomy; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_the_magics_module_does_not_import_ipython_either():
    # the extension gets the shell it is given; importing the module for its plain functions stays light
    code = "import sys, taxonomy.magics, taxonomy.mistakes; print('IPython' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
