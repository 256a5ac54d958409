"""Benchmark: the live map's cost per command, against a full PNG redraw, and the workshop world's scene.

Run from the repository root::

    python benchmarks/bench_map.py

1. A Terminal on a world of about 500 nodes. Each command (``docker run -d``
   then ``docker rm -f`` of that container, so the world keeps its size) is
   timed from ``on_run`` to the change set *sent*: the docker command runs,
   the journal's step becomes a change set, the new scene is computed and
   set on the LiveMap's traitlets, and the message is serialised as JSON (what
   the kernel would send to the browser). Baseline, measured in the same run
   on the same world: a full PNG redraw of its map with matplotlib (Agg,
   ``tx.draw`` to PNG), what a panel that sends pictures pays per command.
   Targets: median <= 20 ms, and <= 0.2x the PNG redraw.
2. The scene of the workshop world (30 hosts, 300 containers): median <= 50 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))

from taxonomy.views.draw import render_png  # noqa: E402
from taxonomy.views.scene import scene  # noqa: E402
from taxonomy.views.terminal import Terminal  # noqa: E402
from taxonomy.views.workshop import workshop_world  # noqa: E402

RUNS = 30


def _world_of_about(nodes: int = 500):
    hosts = 8
    while True:
        w = workshop_world(hosts=hosts, containers=hosts * 6, images=95)
        if len(w.graph) >= nodes or hosts > 40:
            return w
        hosts += 2


def command_to_change_set(world, runs: int = RUNS, *, term=None, serialise: bool = True) -> list:
    """Seconds per Terminal command until its change set is on the map (and, with ``serialise``, as JSON)."""
    term = term if term is not None else Terminal(world)
    times = []
    for i in range(runs + 2):
        command = f"docker run -d --name bench-{i // 2} nginx:1.27" if i % 2 == 0 else f"docker rm -f bench-{i // 2}"
        seq = term.map.changes["seq"]
        t0 = time.perf_counter()
        term.command.value = command
        term.on_run()
        if serialise:
            json.dumps({"scene": term.map.scene, "changes": term.map.changes})
        elapsed = time.perf_counter() - t0
        assert term.map.changes["seq"] == seq + 1, "no change set was sent"
        assert "exit code 0" in term.status.value, term.output.value[-300:]
        if i >= 2:   # the first two warm up imports and caches
            times.append(elapsed)
    return times


def png_redraw(world, runs: int = 7) -> list:
    render_png(world)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_png(world)
        times.append(time.perf_counter() - t0)
    return times


def workshop_scene(runs: int = 15) -> tuple:
    w = workshop_world()
    scene(w)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        s = scene(w)
        times.append(time.perf_counter() - t0)
    return len(w.graph), len(s), times


def main() -> dict:
    world = _world_of_about(500)
    live = statistics.median(command_to_change_set(world))
    png = statistics.median(png_redraw(world))
    ratio = live / png
    nodes, elements, times = workshop_scene()
    ws = statistics.median(times)
    print(f"world: {len(world.graph)} nodes; map: {len(scene(world))} elements")
    print(f"Terminal command -> change set sent: median {live * 1000:.1f} ms (target <= 20 ms: "
          f"{'met' if live <= 0.020 else 'NOT met'})")
    print(f"full PNG redraw of the same map (matplotlib, Agg): median {png * 1000:.1f} ms")
    print(f"ratio {ratio:.3f}x (target <= 0.2x: {'met' if ratio <= 0.2 else 'NOT met'})")
    print(f"workshop world ({nodes} nodes, {elements} elements): scene median {ws * 1000:.1f} ms "
          f"(target <= 50 ms: {'met' if ws <= 0.050 else 'NOT met'})")
    return {"live": live, "png": png, "ratio": ratio, "workshop_scene": ws}


if __name__ == "__main__":
    main()
