"""Small timing helpers shared by the benchmark scripts."""

import statistics
import subprocess
import sys
import time


def median_time(fn, repeat=7, number=1):
    """Median wall time of ``fn()`` over ``repeat`` runs of ``number`` calls, in seconds per call."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t) / number)
    return statistics.median(times)


def import_time(module, repeat=7):
    """Median time to import ``module`` in a fresh interpreter, in seconds."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(repeat)]
    return statistics.median(times)


def report(label, value, baseline_label, baseline, target=None, unit="ms", scale=1000):
    ratio = value / baseline if baseline else float("inf")
    verdict = "" if target is None else (f"  (target <= {target}x: {'met' if ratio <= target else 'NOT met'})")
    print(f"{label}: {value * scale:.2f} {unit}; {baseline_label}: {baseline * scale:.2f} {unit}; ratio {ratio:.2f}x{verdict}")
    return ratio
