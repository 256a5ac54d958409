"""Bounds cost nothing on real input: the readers before and after "bounded by construction", in one run.

The code before (commit 8a6075f: main as the bounds branch merged it, without the bounds) is exported
from git into a temporary folder, and the same workloads run in fresh
interpreters against it and against this checkout, alternately, so both
see the same machine. Times are CPU times of the measuring process
(``time.process_time``): the workloads are single-threaded, and CPU time is
what other users of a shared machine disturb least.

* building a 200-line Dockerfile (ARG, ENV, LABEL, RUN with package installs, COPY, WORKDIR);
* loading every shipped level file;
* saving and loading a class-sized world (40 hosts, each with images and a container);
* matching a .dockerignore of 12 patterns against a 50,000-file build context.

Target: after / before <= 1.1 for each.

Run: ``python benchmarks/bench_bounds.py`` from the repository root.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: The code just before the bounds: main as merged into the bounds branch (the dockerfile package split,
#: without any of the bounds). Another revision: ``python benchmarks/bench_bounds.py REV``.
BEFORE = sys.argv[1] if len(sys.argv) > 1 else "8a6075f"
TARGET = 1.1
ROUNDS = 5

WORKLOAD = r'''
import json, os, statistics, sys, time
sys.path.insert(0, sys.argv[1])
import taxonomy as tx
try:
    from taxonomy.dockerfile.context import Context
except ImportError:
    from taxonomy.build.context import Context
from taxonomy import levels


def median(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return [statistics.median(times), min(times)]


out = {}
lines = ["FROM alpine:3.20", "ARG BASE=/srv", "ENV APP_HOME=${BASE}/app"]
for i in range(197):
    k = i % 7
    if k == 0:
        lines.append(f"ARG V{i}=${{APP_HOME}}/v{i}")
    elif k == 1:
        lines.append(f"ENV E{i}=\"${{V{i - 1}:-none}}\" F{i}=${{E{i - 1}:-x}}")
    elif k == 2:
        lines.append(f"LABEL org.example.l{i}=\"value ${{V{i - 2}}}\"")
    elif k == 3:
        lines.append(f"RUN apt-get update && apt-get install -y curl git pkg{i} && rm -rf /var/lib/apt/lists/*")
    elif k == 4:
        lines.append(f"COPY app{i % 5}.py ${{APP_HOME}}/")
    elif k == 5:
        lines.append(f"WORKDIR ${{APP_HOME}}/w{i}")
    else:
        lines.append(f"RUN echo step {i} > /tmp/s{i} && pip install flask==3.0 requests")
files = {"Dockerfile": "\n".join(lines) + "\n", **{f"app{i}.py": f"print({i})\n" for i in range(5)}}
w = tx.World()
w.write_files(files)
assert w.docker("docker build -t bench:1 .").exit_code == 0
out["build a 200-line Dockerfile"] = median(lambda: w.docker("docker build --no-cache -t bench:1 ."), 7)

folder = os.path.join(sys.argv[1], "taxonomy", "levels")
texts = []
for dirpath, _, names in os.walk(folder):
    texts += [open(os.path.join(dirpath, n), encoding="utf-8").read() for n in sorted(names) if n.endswith(".yaml")]
assert len(texts) >= 15, folder
out["load every shipped level"] = median(lambda: [levels.loads(t) for t in texts], 5)

c = tx.World()
for i in range(40):
    c.add_host(f"pc{i}")
    c.docker("docker pull nginx:1.27", host=f"pc{i}")
    c.docker("docker run -d --name web -p 8080:80 -v data:/data nginx:1.27", host=f"pc{i}")
path = os.path.join(sys.argv[2], "world.json")
out["save a class-sized world"] = median(lambda: c.save(path), 5)
out["load a class-sized world"] = median(lambda: tx.World.load(path), 5)

ctx = {".dockerignore": "\n".join([".git", "**/*.pyc", "**/__pycache__", "node_modules", "*.log", "!keep.log",
                                   "build/", "dist/**", "**/.DS_Store", "docs/*.md", "tmp*", "**/test_*.py"])}
for i in range(50_000):
    ctx[f"src/pkg{i % 50}/sub{i % 7}/mod{i}.{('py', 'pyc', 'txt', 'log', 'md')[i % 5]}"] = ""
out["match .dockerignore over 50,000 files"] = median(lambda: Context.from_mapping(ctx), 3)
print(json.dumps(out))
'''


def _export_before(folder: str) -> str:
    """The package as it was at ``BEFORE``, exported with git archive (no worktree, nothing written to the repository)."""
    archive = os.path.join(folder, "before.tar")
    subprocess.run(["git", "-C", ROOT, "archive", "-o", archive, BEFORE, "taxonomy"], check=True)
    target = os.path.join(folder, "before")
    os.makedirs(target)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target


def _measure(root: str, scratch: str) -> dict:
    env = dict(os.environ, PYTHONPATH=root)
    done = subprocess.run([sys.executable, "-c", WORKLOAD, root, scratch], capture_output=True, text=True, env=env,
                          cwd=scratch)
    if done.returncode:
        raise SystemExit(f"workload failed for {root}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        before_root = _export_before(scratch)
        runs = {"before": [], "after": []}
        for _ in range(ROUNDS):
            runs["before"].append(_measure(before_root, scratch))
            runs["after"].append(_measure(ROOT, scratch))
    print(f"bounds benchmark: {BEFORE} (before) against this checkout (after), {ROUNDS} alternating runs each; "
          "best time (the estimator timeit recommends on a shared machine), median in brackets")
    worst = 0.0
    for name in runs["before"][0]:
        b = min(r[name][1] for r in runs["before"])
        a = min(r[name][1] for r in runs["after"])
        bm = statistics.median(r[name][0] for r in runs["before"])
        am = statistics.median(r[name][0] for r in runs["after"])
        ratio = a / b
        worst = max(worst, ratio)
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"{name}: before {b * 1000:.1f} ms ({bm * 1000:.1f}), after {a * 1000:.1f} ms ({am * 1000:.1f}), "
              f"ratio {ratio:.2f}x (median ratio {am / bm:.2f}x; target <= {TARGET}x: {verdict})")
    print(f"worst ratio {worst:.2f}x")


if __name__ == "__main__":
    main()
