"""Build a JupyterLite site of the learning path: static files, no server, the library as a wheel.

Run from the repository root::

    .venv/bin/python lite/build.py                  # → build/lite/site
    .venv/bin/python lite/build.py --pyodide pyodide-314.0.6.tgz   # Pyodide's core from the site
                                                    # (npm pack pyodide@314.0.6), not the CDN
    python -m http.server -d build/lite/site 8000   # then open http://127.0.0.1:8000/lab/

Steps:

1. a wheel of this project (``pip wheel --no-deps .``) and the pure-Python
   wheels of what it needs in the browser (networkx, docker-image-py,
   ipywidgets), at the versions installed here, in ``build/lite/wheels``;
2. a copy of ``notebooks/`` whose first code cell is preceded by one
   ``%pip install`` cell (the browser kernel installs the wheels from the
   site itself, not from PyPI);
3. ``jupyter lite build`` with ``lite/jupyter-lite.json``, the wheels as
   piplite wheels, the notebooks as contents, into ``build/lite/site``.

What runs in the browser (Pyodide) and what needs its CDN is in
``docs/classroom.md``: PyYAML and matplotlib are Pyodide packages that the
standard build loads from the Pyodide CDN at run time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LITE = REPO / "lite"
OUT = REPO / "build" / "lite"
#: Pure-Python distributions the library needs in the browser, beyond what
#: Pyodide's own distribution has (PyYAML, matplotlib and numpy are there).
BROWSER_WHEELS = ("networkx", "docker-image-py", "ipywidgets")
#: Put first in every notebook of the site.
INSTALL_CELL = "%pip install -q docker-taxonomy-explorer " + " ".join(BROWSER_WHEELS)


def _run(cmd, **kwargs):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def build_wheels(dest: Path) -> list[Path]:
    """This project's wheel and the browser's pure wheels, at the versions installed here."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    pip = [sys.executable, "-m", "pip"]
    _run(pip + ["wheel", "--quiet", "--no-deps", "--wheel-dir", dest, REPO])
    pins = [f"{name}=={metadata.version(name)}" for name in BROWSER_WHEELS]
    _run(pip + ["download", "--quiet", "--no-deps", "--only-binary=:all:", "--dest", dest, *pins])
    wheels = sorted(dest.glob("*.whl"))
    impure = [w.name for w in wheels if not w.name.endswith("-none-any.whl")]
    if impure:
        raise SystemExit(f"not pure-Python wheels, Pyodide can't install them: {impure}")
    return wheels


def copy_notebooks(dest: Path) -> int:
    """``notebooks/`` without outputs, each with the ``%pip install`` cell first."""
    import nbformat

    shutil.rmtree(dest, ignore_errors=True)
    count = 0
    for src in sorted((REPO / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in src.parts:
            continue
        nb = nbformat.read(src, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        first_code = next((i for i, c in enumerate(nb.cells) if c.cell_type == "code"), len(nb.cells))
        nb.cells.insert(first_code, nbformat.v4.new_code_cell(INSTALL_CELL))
        nb.metadata["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
        target = dest / src.relative_to(REPO / "notebooks")
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        count += 1
    return count


def stage_pyodide(source: Path, dest: Path) -> Path:
    """A Pyodide distribution laid out as ``jupyter lite build --pyodide`` wants it.

    ``source`` is a ``.tar.bz2`` release (given as is), a folder holding
    ``pyodide.mjs`` (such as the npm package's ``package/``), or the npm
    tarball (``npm pack pyodide@314.0.6``). The addon wants a folder
    ``pyodide`` holding a folder ``pyodide``, as the release tarball unpacks.
    """
    import tarfile

    if source.name.endswith(".tar.bz2"):
        return source
    inner = dest / "pyodide" / "pyodide"
    shutil.rmtree(dest, ignore_errors=True)
    if source.is_dir() and (source / "pyodide.mjs").exists():
        shutil.copytree(source, inner)
    elif source.name.endswith((".tgz", ".tar.gz")):
        with tarfile.open(source) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith("package/")]
            for m in members:
                m.name = m.name[len("package/"):]
            tar.extractall(inner, members=members, filter="data")
    else:
        raise SystemExit(f"{source} is neither a Pyodide .tar.bz2, a folder with pyodide.mjs, nor the npm tarball")
    if not (inner / "pyodide.mjs").exists():
        raise SystemExit(f"no pyodide.mjs in {source}")
    return dest / "pyodide"


def build(pyodide: str | None = None, output: Path = OUT / "site") -> Path:
    """Build the site into ``output``; return it."""
    started = time.monotonic()
    wheels = build_wheels(OUT / "wheels")
    contents = OUT / "contents"
    count = copy_notebooks(contents)
    shutil.rmtree(output, ignore_errors=True)
    cmd = [sys.executable, "-m", "jupyter", "lite", "build", "--lite-dir", LITE, "--output-dir", output,
           "--contents", contents, "--no-sourcemaps", f"--LiteBuildConfig.cache_dir={OUT / '.cache'}"]
    for wheel in wheels:
        cmd += ["--piplite-wheels", wheel]
    if pyodide:
        cmd += ["--pyodide", stage_pyodide(Path(pyodide).resolve(), OUT / "pyodide-dist")]
    _run(cmd, cwd=OUT)
    print(f"built {output}: {count} notebooks, {len(wheels)} wheels, "
          f"in {time.monotonic() - started:.1f} s")
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyodide", help="a Pyodide distribution (folder or .tar.bz2) to serve from the site "
                                          "instead of the CDN")
    parser.add_argument("--output", type=Path, default=OUT / "site")
    args = parser.parse_args(argv)
    build(args.pyodide, args.output.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
