import subprocess
import sys


def _loaded(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_import_taxonomy_is_light():
    heavy = ('matplotlib', 'ipywidgets', 'anywidget', 'httpx', 'IPython', 'yaml')
    code = f"import sys, taxonomy; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    assert _loaded(code) == "[]"


def test_the_magics_module_does_not_import_ipython_either():
    # the extension gets the shell it is given; importing the module for its plain functions stays light
    code = "import sys, taxonomy.magics, taxonomy.mistakes; print('IPython' in sys.modules)"
    assert _loaded(code) == "False"


def test_the_live_map_and_the_panels_need_no_matplotlib():
    code = ("import sys, taxonomy as tx; w = tx.World(); m = tx.widgets.LiveMap(w); "
            "w.docker('docker run -d --name web nginx:1.27'); m.follow(); m._repr_mimebundle_(); "
            "t = tx.widgets.Terminal(w); t.command.value = 'docker ps'; t.on_run(); tx.widgets.Explorer(w); "
            "print(sorted(m for m in ('matplotlib', 'numpy') if m in sys.modules))")
    assert _loaded(code) == "[]"
