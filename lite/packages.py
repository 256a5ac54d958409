"""What the browser kernel installs, and where each wheel comes from: the site's Pyodide packages.

The site serves Pyodide's core (the ``pyodide`` npm package) and, beside it
in ``static/pyodide/``, every wheel the kernel and the library load, listed
in the site's own ``pyodide-lock.json``. Nothing comes from a CDN or PyPI
at run time. The wheels are chosen here, at build time:

* the kernel's own packages (micropip, IPython, jedi and what they need) at
  the versions Pyodide's lockfile names, as PyPI's pure wheels of those
  versions; the lockfile entry keeps Pyodide's name and dependencies and
  gets the copied file's sha256 (Pyodide's hashes are of its own copies);
* the library (this checkout, built as a wheel), the widgets (ipywidgets,
  jupyterlab_widgets, anywidget, psygnal, comm) and what they require, at
  the versions installed in the build environment, following each wheel's
  ``Requires-Dist`` as Pyodide's environment evaluates it;
* two replacements for compiled packages, which have no browser build
  outside Pyodide's CDN: PyYAML as a pure wheel made from its own sdist
  without libyaml (PyYAML's ``SafeLoader``/``SafeDumper`` are pure Python;
  only the optional ``CSafeLoader`` is compiled), and ``regex`` (needed by
  docker-image-py) as ``lite/shims/regex``, the calls docker-image-py makes,
  on the standard ``re``;
* requirements the browser does without (:data:`SKIP`), each with why.

Only pure-Python wheels (``*-none-any.whl``) are accepted; anything else
stops the build with its name.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from email.parser import Parser
from importlib import metadata
from pathlib import Path

__all__ = ["KERNEL", "LIBRARY", "SKIP", "Wheel", "resolve", "write_lock", "build_wheel_file", "canonical"]

#: What jupyterlite-pyodide-kernel's worker loads from Pyodide's lockfile
#: (its ``initPackageManager`` and ``initKernel``).
KERNEL = ("micropip", "ipython", "jedi")
#: The library and the widgets its notebooks display.
LIBRARY = ("docker-taxonomy-explorer", "ipywidgets", "anywidget")
#: Requirements that the browser does without, and why.
SKIP = {
    "jupyterlab": "the site is itself JupyterLab (JupyterLite); the kernel never imports it",
    "matplotlib": "compiled (no browser build outside Pyodide's CDN); the live map draws SVG without it",
    "numpy": "compiled, needed only by matplotlib",
    "widgetsnbextension": "the classic Notebook's front-end; JupyterLite uses jupyterlab_widgets' extension",
    "httpx": "the real-registry client needs a network socket, which a browser tab has not",
    "pexpect": "IPython's shell escapes; a browser kernel has no processes",
}
#: Pyodide's environment, for the markers of ``Requires-Dist`` (Pyodide 314: CPython 3.14).
PYODIDE_MARKERS = {
    "python_version": "3.14", "python_full_version": "3.14.2", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "sys_platform": "emscripten",
    "platform_system": "Emscripten", "platform_machine": "wasm32", "os_name": "posix", "extra": "",
}
SHIMS = Path(__file__).resolve().parent / "shims"
REPO = Path(__file__).resolve().parents[1]


def canonical(name: str) -> str:
    """A distribution name normalised as PEP 503 says (``PyYAML`` → ``pyyaml``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Wheel:
    """One wheel the site serves, and its entry in the site's lockfile."""

    name: str                       # canonical name, the lockfile key
    version: str
    path: Path
    origin: str                     # where it came from, for the build's report
    depends: list = field(default_factory=list)
    lock_entry: dict | None = None  # Pyodide's own entry, when the package is in its lockfile

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def entry(self) -> dict:
        """This wheel's ``pyodide-lock.json`` entry."""
        base = dict(self.lock_entry or {"name": self.name, "install_dir": "site", "package_type": "package",
                                        "unvendored_tests": False})
        base.update(file_name=self.path.name, version=self.version, sha256=self.sha256,
                    depends=sorted(self.depends), imports=base.get("imports") or _imports(self.path))
        return base


def _imports(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        tops = {n.split("/")[0] for n in z.namelist() if not n.split("/")[0].endswith((".dist-info", ".data"))}
    return sorted(t[:-3] if t.endswith(".py") else t for t in tops if t.isidentifier() or t.endswith(".py"))


def _requires(wheel: Path) -> list[str]:
    """The canonical names a wheel requires in Pyodide's environment (no extras)."""
    from packaging.requirements import Requirement

    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        msg = Parser().parsestr(z.read(meta).decode("utf-8"))
    names = []
    for line in msg.get_all("Requires-Dist") or []:
        req = Requirement(line)
        if req.marker is None or req.marker.evaluate(PYODIDE_MARKERS):
            names.append(canonical(req.name))
    return names


def _pip(*args) -> None:
    cmd = [sys.executable, "-m", "pip", *map(str, args)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        errors = [line for line in done.stderr.splitlines() if "is ignored" not in line]
        raise SystemExit(f"failed: {' '.join(cmd)}\n" + "\n".join(errors[-20:]))


def _cached(cache: Path, name: str, version: str, suffix: str) -> Path | None:
    """The file of ``name`` ``version`` ending in ``suffix`` already in ``cache``, if any."""
    for path in sorted(cache.iterdir()):
        dist, _, rest = path.name.partition("-")
        if canonical(dist) == canonical(name) and path.name.endswith(suffix) and (
                rest.startswith(version + "-") or rest == version + suffix):
            return path
    return None


def _download(cache: Path, pins: dict[str, str]) -> dict[str, Path]:
    """PyPI's pure wheel of each ``name: version`` (for CPython 3.14), cached in ``cache``."""
    missing = {n: v for n, v in pins.items() if _cached(cache, n, v, ".whl") is None}
    if missing:
        print(f"  downloading {len(missing)} wheels from PyPI: {', '.join(sorted(missing))}", flush=True)
        _pip("download", "--quiet", "--no-deps", "--only-binary=:all:", "--python-version", "3.14",
             "--implementation", "py", "--abi", "none", "--platform", "any", "--dest", cache, *(f"{n}=={v}" for n, v in sorted(missing.items())))
    found = {n: _cached(cache, n, v, ".whl") for n, v in pins.items()}
    impure = [p.name for p in found.values() if p is None or not p.name.endswith("-none-any.whl")]
    if impure:
        raise SystemExit(f"not pure-Python wheels, a browser kernel can't install them: {impure}")
    return found


def build_wheel_file(dest: Path, name: str, version: str, files: dict[str, bytes], summary: str) -> Path:
    """Write a pure wheel (``py3-none-any``) holding ``files``, byte for byte the same on every build."""
    dist = f"{re.sub(r'[-_.]+', '_', name)}-{version}"
    info = f"{dist}.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {summary}\n".encode()
    wheel_meta = b"Wheel-Version: 1.0\nGenerator: lite/packages.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    tops = sorted({a.split("/")[0].removesuffix(".py") for a in files})
    entries = dict(sorted(files.items()))
    entries[f"{info}/METADATA"] = meta
    entries[f"{info}/WHEEL"] = wheel_meta
    entries[f"{info}/top_level.txt"] = ("\n".join(tops) + "\n").encode()
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for arc, data in entries.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        writer.writerow([arc, f"sha256={digest}", len(data)])
    writer.writerow([f"{info}/RECORD", "", ""])
    entries[f"{info}/RECORD"] = record.getvalue().encode()
    path = dest / f"{dist}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in entries.items():
            z.writestr(zipfile.ZipInfo(arc, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return path


def _fetch_sdist(cache: Path, name: str, version: str) -> Path:
    """PyPI's sdist of ``name`` ``version``, checked against the sha256 PyPI publishes.

    (``pip download --no-binary`` would build the package's metadata first,
    which for PyYAML means installing Cython: minutes, for a file of 136 kB.)
    """
    import urllib.request

    print(f"  downloading the {name} {version} sdist from PyPI", flush=True)
    wanted = f"{canonical(name).replace('-', '_')}-{version}.tar.gz"
    index = urllib.request.Request(f"https://pypi.org/simple/{canonical(name)}/",
                                   headers={"Accept": "application/vnd.pypi.simple.v1+json"})  # PEP 691
    with urllib.request.urlopen(index, timeout=60) as r:  # noqa: S310 - PyPI's index
        files = json.load(r)["files"]
    sdist = next((f for f in files if f["filename"].lower() == wanted), None)
    if sdist is None:
        raise SystemExit(f"PyPI lists no {wanted}")
    with urllib.request.urlopen(sdist["url"], timeout=120) as r:  # noqa: S310 - PyPI's file host
        data = r.read()
    if hashlib.sha256(data).hexdigest() != sdist["hashes"]["sha256"]:
        raise SystemExit(f"{sdist['filename']}: sha256 differs from PyPI's; not using it")
    path = cache / sdist["filename"]
    path.write_bytes(data)
    return path


def pure_pyyaml(cache: Path, dest: Path, version: str) -> Path:
    """PyYAML ``version`` as a pure wheel, made from PyPI's sdist: ``lib/yaml/*.py`` without libyaml.

    ``yaml/__init__.py`` imports the compiled ``CSafeLoader`` inside
    ``try``; without it PyYAML is its pure-Python self (``safe_load``,
    ``compose``, ``SafeDumper``), the same code a desktop runs when libyaml
    is absent.
    """
    sdist = _cached(cache, "pyyaml", version, ".tar.gz") or _fetch_sdist(cache, "PyYAML", version)
    files = {}
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            parts = member.name.split("/")
            if member.isfile() and parts[1:3] == ["lib", "yaml"] and parts[-1].endswith(".py") and len(parts) == 4:
                files[f"yaml/{parts[3]}"] = tar.extractfile(member).read()
    if "yaml/__init__.py" not in files or "yaml/constructor.py" not in files:
        raise SystemExit(f"{sdist.name} has no lib/yaml/*.py: not PyYAML's sdist layout")
    return build_wheel_file(dest, "PyYAML", version, files,
                            "YAML parser and emitter for Python (pure Python, built from the sdist without libyaml)")


def regex_shim(dest: Path) -> Path:
    """``lite/shims/regex`` as the wheel ``regex-over-re``."""
    files = {f"regex/{p.name}": p.read_bytes() for p in sorted((SHIMS / "regex").glob("*.py"))}
    return build_wheel_file(dest, "regex-over-re", "1.0", files,
                            "The calls docker-image-py makes to regex, on the standard re (browser site only)")


def project_wheel(dest: Path) -> Path:
    """This checkout as a wheel (``pip wheel --no-deps .``)."""
    for old in dest.glob("docker_taxonomy_explorer-*.whl"):
        old.unlink()
    _pip("wheel", "--quiet", "--no-deps", "--wheel-dir", dest, REPO)
    return next(dest.glob("docker_taxonomy_explorer-*.whl"))


def _installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        raise SystemExit(f"{name} is not installed in the build environment; the site ships the version "
                         f"installed there: pip install -e '.[site]'") from None


def resolve(lock: dict, cache: Path, dest: Path) -> list[Wheel]:
    """Every wheel the site serves, in ``dest``: :data:`KERNEL` and :data:`LIBRARY` and all they need."""
    cache.mkdir(parents=True, exist_ok=True)
    dest.mkdir(parents=True, exist_ok=True)
    packages = {canonical(k): v for k, v in lock["packages"].items()}
    shipped: dict[str, Wheel] = {}

    # The kernel: Pyodide's versions and Pyodide's dependencies.
    queue, kernel = list(KERNEL), {}
    while queue:
        name = canonical(queue.pop())
        if name in kernel:
            continue
        kernel[name] = packages[name]
        queue += kernel[name]["depends"]
    for name, path in _download(cache, {n: e["version"] for n, e in kernel.items()}).items():
        entry = kernel[name]
        shipped[name] = Wheel(name, entry["version"], path, "PyPI, at Pyodide's version", entry["depends"], entry)

    # The library: the build environment's versions; each wheel's own requirements.
    project = project_wheel(cache)
    shipped["docker-taxonomy-explorer"] = Wheel("docker-taxonomy-explorer", _installed_version(
        "docker-taxonomy-explorer"), project, "this checkout")
    level = [n for n in LIBRARY if n not in shipped]
    pending = [shipped["docker-taxonomy-explorer"]]
    while level or pending:
        pins = {}
        for name in level:
            if name in shipped or name in SKIP:
                continue
            if name == "pyyaml":
                shipped[name] = Wheel(name, _installed_version("PyYAML"), pure_pyyaml(
                    cache, cache, _installed_version("PyYAML")), "built from PyPI's sdist, without libyaml")
                pending.append(shipped[name])
            elif name == "regex":
                shipped[name] = Wheel("regex-over-re", "1.0", regex_shim(cache), "lite/shims/regex")
                pending.append(shipped[name])
            else:
                pins[name] = _installed_version(name)
        for name, path in _download(cache, pins).items():
            shipped[name] = Wheel(name, pins[name], path, "PyPI, at the build environment's version")
            pending.append(shipped[name])
        level = []
        for wheel in pending:
            if wheel.lock_entry is None:
                needs = [n for n in _requires(wheel.path) if n not in SKIP]
                wheel.depends = ["regex-over-re" if n == "regex" else n for n in needs]
                level += [n for n in needs if n not in shipped]
        pending = []
    return list(shipped.values())


def write_lock(lock: dict, wheels: list[Wheel], pyodide_dir: Path) -> Path:
    """Copy the wheels next to Pyodide's core and write a lockfile that lists exactly them."""
    import shutil

    out = {"info": lock["info"], "packages": {}}
    for wheel in sorted(wheels, key=lambda w: w.name):
        target = pyodide_dir / wheel.path.name
        shutil.copyfile(wheel.path, target)
        key = canonical(wheel.name)
        out["packages"][key] = Wheel(key, wheel.version, target, wheel.origin, wheel.depends, wheel.lock_entry).entry()
        out["packages"][key]["depends"] = [canonical(d) for d in out["packages"][key]["depends"]]
    known = set(out["packages"])
    for key, entry in out["packages"].items():
        unknown = set(entry["depends"]) - known
        if unknown:
            raise SystemExit(f"{key} depends on {sorted(unknown)}, which the site does not serve")
    path = pyodide_dir / "pyodide-lock.json"
    path.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    return path
