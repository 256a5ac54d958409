"""Benchmark: each notebook's execution time against an empty notebook's, in the same run.

Run from the repository root::

    python benchmarks/bench_notebooks.py                 # every notebook in notebooks/en and notebooks/fr
    python benchmarks/bench_notebooks.py --repeat 5 notebooks/en/01_images.ipynb

Each notebook is executed with nbclient (a new kernel each time, as nbval
does), and so is a notebook with one ``pass`` cell: that is the floor, the
cost of starting and stopping a kernel. The figure is the median time of a
notebook minus the fastest floor run next to it. Target: each notebook at most 3 s above
the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import report  # noqa: E402

TARGET_S = 3.0


def _execute(nb, folder) -> float:
    import nbclient
    t = time.perf_counter()
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(folder)}}).execute()
    return time.perf_counter() - t


def _load(path: Path | None):
    import nbformat
    if path is None:
        return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")]), ROOT / "notebooks"
    return nbformat.read(str(path), as_version=4), path.parent


def _time_pair(path: Path, repeat: int) -> tuple[float, float]:
    """The notebook's median time and the empty notebook's fastest, run in turn so both see the same machine.

    The floor is the fastest empty run: some kernel shutdowns wait about 3 s
    more for no reason of ours, and a slow floor would flatter the notebooks.
    """
    mine, floor = [], []
    for _ in range(repeat):
        floor.append(_execute(*_load(None)))
        mine.append(_execute(*_load(path)))
    return statistics.median(mine), min(floor)


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(p for lang in ("en", "fr")
                                     for p in (ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb"))
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    _execute(*_load(None))   # warm-up: the first kernel start of a run pays for cold caches
    above = {}
    for path in paths:
        value, floor = _time_pair(path, args.repeat)
        label = str(path.relative_to(ROOT)) if path.is_absolute() else str(path)
        report(label, value, "empty notebook (kernel start and stop)", floor, unit="s", scale=1)
        above[label] = value - floor
        print(f"    above the floor: {value - floor:.2f} s (target <= {TARGET_S:.0f} s: "
              f"{'met' if value - floor <= TARGET_S else 'NOT met'})")
    worst = max(above, key=above.get)
    print(f"worst: {worst}, {above[worst]:.2f} s above the floor; "
          f"{sum(v <= TARGET_S for v in above.values())}/{len(above)} notebooks meet the target")
    return above


if __name__ == "__main__":
    main()
