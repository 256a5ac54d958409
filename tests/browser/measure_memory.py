"""Measure one learner's memory: the JupyterLab server and its kernels while running the path.

Run it from the repository root (it is not a test; pytest only imports it)::

    .venv/bin/python tests/browser/measure_memory.py            # notebooks/en
    .venv/bin/python tests/browser/measure_memory.py --lang fr

It starts JupyterLab as the browser tests do (127.0.0.1, a token, this
environment), opens every notebook of the path in Chromium one after the
other, as a learner would, runs all its cells and leaves its kernel
running. A thread samples, every 0.2 s, the server's and each kernel's
resident memory (RSS) and unique memory (USS, what the process alone
costs: the figure to add up per learner). It prints a table and writes
``build/memory.json``. The sizing table of ``docs/classroom.md`` comes from
its output.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

try:
    from . import labkit          # imported by pytest, as tests/browser is a package
except ImportError:
    import labkit                 # run as a script: python tests/browser/measure_memory.py

MB = 1024 * 1024


class Sampler(threading.Thread):
    """Peak RSS and USS of the server and of each kernel, sampled until stopped."""

    def __init__(self, lab, period=0.2):
        super().__init__(daemon=True)
        self.lab, self.period = lab, period
        self.peak = {}          # pid -> {"rss":, "uss":}
        self.total_uss_peak = 0
        self.done = threading.Event()

    def run(self):
        import psutil

        server = psutil.Process(self.lab.proc.pid)
        while not self.done.is_set():
            total = 0
            for proc in [server] + server.children(recursive=True):
                try:
                    info = proc.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                p = self.peak.setdefault(proc.pid, {"rss": 0, "uss": 0})
                p["rss"], p["uss"] = max(p["rss"], info.rss), max(p["uss"], info.uss)
                total += info.uss
            self.total_uss_peak = max(self.total_uss_peak, total)
            self.done.wait(self.period)


def measure(lang: str) -> dict:
    from playwright.sync_api import sync_playwright

    notebooks = [p for p in labkit.learner_notebooks() if p.parent.name == lang]
    if not notebooks:
        raise SystemExit(f"no notebook under notebooks/{lang}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = tmp / "root"
        for nb in notebooks:
            labkit.copy_without_outputs(nb, root / nb.relative_to(labkit.NOTEBOOKS))
        lab = labkit.JupyterLab(root=root, home=tmp / "home").start()
        sampler = Sampler(lab)
        sampler.start()
        rows = []
        try:
            time.sleep(1.0)
            server_idle = sampler.peak[lab.proc.pid]["uss"]
            with sync_playwright() as pw:
                browser = labkit.launch_browser(pw)
                page = labkit.new_page(browser)
                for nb in notebooks:
                    rel = nb.relative_to(labkit.NOTEBOOKS).as_posix()
                    labkit.open_notebook(page, lab, rel)
                    seconds = labkit.run_all(page)
                    report = labkit.notebook_report(page, settle=10)
                    time.sleep(1.0)
                    new = [pid for pid in lab.kernel_pids() if pid not in {r["pid"] for r in rows}]
                    pid = new[-1] if new else None
                    peak = sampler.peak.get(pid, {"rss": 0, "uss": 0})
                    rows.append({"notebook": rel, "pid": pid, "seconds": round(seconds, 1),
                                 "kernel_rss_mb": round(peak["rss"] / MB), "kernel_uss_mb": round(peak["uss"] / MB),
                                 "problems": len(report.problems)})
                    print(f"{rel:40s} run {seconds:5.1f} s   kernel RSS {peak['rss'] / MB:5.0f} MB "
                          f"USS {peak['uss'] / MB:5.0f} MB", flush=True)
                browser.close()
        finally:
            sampler.done.set()
            sampler.join()
            server = sampler.peak.get(lab.proc.pid, {"rss": 0, "uss": 0})
            lab.stop()
    kernels_uss = [r["kernel_uss_mb"] for r in rows]
    result = {
        "lang": lang, "notebooks": rows,
        "server_idle_uss_mb": round(server_idle / MB),
        "server_peak_rss_mb": round(server["rss"] / MB), "server_peak_uss_mb": round(server["uss"] / MB),
        "kernel_peak_uss_mb": max(kernels_uss), "kernel_median_uss_mb": sorted(kernels_uss)[len(kernels_uss) // 2],
        "all_kernels_open_uss_mb": round(sampler.total_uss_peak / MB),
        "python": sys.version.split()[0],
    }
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    args = parser.parse_args(argv)
    missing = labkit.missing_tools()
    if missing:
        print("cannot measure without " + "; ".join(missing), file=sys.stderr)
        return 2
    result = measure(args.lang)
    print(f"server: idle USS {result['server_idle_uss_mb']} MB, peak RSS {result['server_peak_rss_mb']} MB, "
          f"peak USS {result['server_peak_uss_mb']} MB")
    print(f"kernels: median peak USS {result['kernel_median_uss_mb']} MB, largest {result['kernel_peak_uss_mb']} MB")
    print(f"server + every kernel left open: {result['all_kernels_open_uss_mb']} MB (USS, peak)")
    out = labkit.REPO / "build" / "memory.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"written {out.relative_to(labkit.REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
