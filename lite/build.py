"""Build the course as one static site that runs offline: JupyterLite, Pyodide and every wheel, served from itself.

Run from the repository root (``make site`` does)::

    .venv/bin/python lite/build.py                 # → build/site/ and build/site.zip
    python -m http.server -d build/site 8000       # then open http://127.0.0.1:8000/lab/index.html

Any static web server works (an intranet, GitHub Pages, a USB stick with
``python -m http.server``): once built, the site fetches nothing from any
other host. The build itself downloads, once, into ``build/cache``:

1. Pyodide's core from npm (``npm pack pyodide@VERSION``, the version
   jupyterlite-pyodide-kernel expects), unpacked into ``static/pyodide/``;
2. the wheels ``lite/packages.py`` chooses (the kernel's, the library's
   and the widgets'), copied beside Pyodide's core with a lockfile that
   lists exactly them, and preloaded when a kernel starts, so the
   notebooks need no ``%pip`` cell;
3. then ``jupyter lite build`` with the notebooks of ``notebooks/`` (en,
   fr and the dashboard) without outputs, and the front-end extensions of
   this environment (ipywidgets' and anywidget's).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import packages  # noqa: E402  (lite/packages.py, beside this file)

REPO = Path(__file__).resolve().parents[1]
LITE = REPO / "lite"
BUILD = REPO / "build"
CACHE = BUILD / "cache"
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: Files of the npm package the site does not serve (types, source maps, demo consoles).
NOT_SERVED = ("*.map", "*.d.ts", "console*.html", "README.md")


def _run(cmd, **kwargs):
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def pyodide_version() -> str:
    """The Pyodide version the installed jupyterlite-pyodide-kernel expects."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    return PYODIDE_VERSION


def fetch_pyodide(version: str, cache: Path = CACHE) -> Path:
    """The npm tarball of ``pyodide@version`` (``npm pack`` checks its integrity), cached."""
    tarball = cache / f"pyodide-{version}.tgz"
    if not tarball.exists():
        cache.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit("npm is needed once, to fetch Pyodide's core (Debian: apt-get install npm)")
        _run([npm, "pack", "--silent", f"pyodide@{version}", "--pack-destination", cache])
    return tarball


def unpack_pyodide(tarball: Path, dest: Path) -> dict:
    """Pyodide's core into ``dest``; return its lockfile (``pyodide-lock.json``)."""
    import fnmatch

    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            name = member.name.removeprefix("package/")
            if member.isfile() and "/" not in name and not any(fnmatch.fnmatch(name, p) for p in NOT_SERVED):
                (dest / name).write_bytes(tar.extractfile(member).read())
    if not (dest / "pyodide.mjs").exists():
        raise SystemExit(f"no pyodide.mjs in {tarball}")
    return json.loads((dest / "pyodide-lock.json").read_text())


def copy_notebooks(dest: Path) -> int:
    """``notebooks/`` (the path in both languages and the dashboard) without outputs, for the Pyodide kernel."""
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
        nb.metadata["kernelspec"] = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
        target = dest / src.relative_to(REPO / "notebooks")
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, target)
        count += 1
    return count


def site_config(preload: list[str]) -> dict:
    """``lite/jupyter-lite.json`` with the kernel pointed at the site's own Pyodide and packages."""
    config = json.loads((LITE / "jupyter-lite.json").read_text())
    data = config.setdefault("jupyter-config-data", {})
    settings = data.setdefault("litePluginSettings", {}).setdefault(KERNEL_PLUGIN, {})
    settings["pyodideUrl"] = "./static/pyodide/pyodide.mjs"
    settings["disablePyPIFallback"] = True
    settings["loadPyodideOptions"] = {"packages": preload}
    # window.jupyterapp, as JupyterLab's --LabApp.expose_app_in_browser: the browser tests read the
    # notebook model through it (harmless for learners: one global in their own tab).
    data["exposeAppInBrowser"] = "true"
    return config


#: Settings of the site (JupyterLite's ``overrides.json``): every cell stays in the page (no
#: windowing; the notebooks are short), and no news check (it would reach the internet).
OVERRIDES = {
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
}


def zip_site(site: Path, archive: Path) -> Path:
    """The site as one zip (a top folder ``site/``), in a stable order."""
    archive.unlink(missing_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            z.write(path, f"{archive.stem}/{path.relative_to(site).as_posix()}")
    return archive


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build(output: Path = BUILD / "site", archive: Path | None = BUILD / "site.zip", cache: Path = CACHE) -> Path:
    """Build the site into ``output`` (and ``archive``, unless None); return ``output``."""
    started = time.monotonic()
    work = output.parent / f"{output.name}-work"
    shutil.rmtree(work, ignore_errors=True)
    lite_dir = work / "lite"
    lite_dir.mkdir(parents=True)
    version = pyodide_version()
    core = lite_dir / "static" / "pyodide"
    lock = unpack_pyodide(fetch_pyodide(version, cache), core)
    wheels = packages.resolve(lock, cache / "wheels", cache / "wheels")
    packages.write_lock(lock, wheels, core)
    preload = sorted({"micropip", "comm", *packages.KERNEL, *packages.LIBRARY})
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(site_config(preload), indent=2) + "\n")
    (lite_dir / "overrides.json").write_text(json.dumps(OVERRIDES, indent=2) + "\n")
    count = copy_notebooks(work / "contents")
    shutil.rmtree(output, ignore_errors=True)
    _run([sys.executable, "-m", "jupyter", "lite", "build", "--lite-dir", lite_dir, "--output-dir", output,
          "--contents", work / "contents", "--no-sourcemaps", "--no-libarchive",
          f"--LiteBuildConfig.cache_dir={work / '.cache'}"], cwd=work)
    for wheel in sorted(wheels, key=lambda w: w.name):
        print(f"  {wheel.path.name:<60} {wheel.path.stat().st_size / 1e3:>8.0f} kB  {wheel.origin}")
    if archive is not None:
        zip_site(output, archive)
    print(f"built {output}: Pyodide {version}, {count} notebooks, {len(wheels)} wheels, "
          f"{size_of(output) / 1e6:.1f} MB" + (f", {archive.name} {archive.stat().st_size / 1e6:.1f} MB" if archive
                                               else "") + f", in {time.monotonic() - started:.1f} s")
    return output


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=BUILD / "site", help="the site's folder (build/site)")
    parser.add_argument("--zip", type=Path, default=BUILD / "site.zip", help="the site as a zip (build/site.zip)")
    parser.add_argument("--no-zip", action="store_true", help="build the folder only")
    parser.add_argument("--cache", type=Path, default=CACHE, help="downloads kept between builds (build/cache)")
    args = parser.parse_args(argv)
    build(args.output.resolve(), None if args.no_zip else args.zip.resolve(), args.cache.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
