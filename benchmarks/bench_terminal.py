"""Benchmark: from a Terminal command to the updated live map, at class scale.

Run from the repository root::

    python benchmarks/bench_terminal.py

A Terminal shows the workshop world (taxonomy.views.workshop). Each run
sets ``command.value`` and calls the Run handler, which runs the docker
command, reads the journal's change set, computes the new scene and sets
the LiveMap's traitlets; the time is measured until ``on_run`` returns
with the new scene in place (see bench_map.py for the ratio to a PNG redraw). The
commands alternate ``docker run -d nginx:1.27`` and ``docker rm -f`` of
that container, so the world stays the same size. Target: median <= 150 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))

from taxonomy.views.widgets import Terminal  # noqa: E402
from taxonomy.views.workshop import workshop_world  # noqa: E402

RUNS = 20


def main(runs: int = RUNS) -> float:
    world = workshop_world()
    term = Terminal(world)
    times = []
    for i in range(runs + 2):
        command = f"docker run -d --name bench-{i // 2} nginx:1.27" if i % 2 == 0 else f"docker rm -f bench-{i // 2}"
        old = term.map.changes["seq"]
        t0 = time.perf_counter()
        term.command.value = command
        term.on_run()
        elapsed = time.perf_counter() - t0
        assert term.map.changes["seq"] == old + 1, "the map did not update"
        assert "exit code 0" in term.status.value, term.output.value[-300:]
        if i >= 2:  # the first two warm up imports and caches
            times.append(elapsed)
    med = statistics.median(times)
    print(f"workshop world: {len(term.map.current)} map elements ({len(world.graph)} nodes in the world), "
          f"scene {len(term.map.scene) // 1000} kB of JSON")
    print(f"Terminal command -> updated live map: median {med * 1000:.1f} ms over {len(times)} commands "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}); target <= 150 ms "
          f"{'OK' if med <= 0.150 else 'OVER TARGET'}")
    return med


if __name__ == "__main__":
    main()
