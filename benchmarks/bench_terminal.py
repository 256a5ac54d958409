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

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))

from taxonomy.views.widgets import Terminal  # noqa: E402
from taxonomy.views.workshop import workshop_world  # noqa: E402

from bench_map import command_to_change_set  # noqa: E402  (the same timed loop, without the JSON step)

RUNS = 20


def main(runs: int = RUNS) -> float:
    world = workshop_world()
    term = Terminal(world)
    times = command_to_change_set(world, runs, term=term, serialise=False)
    med = statistics.median(times)
    print(f"workshop world: {len(term.map.current)} map elements ({len(world.graph)} nodes in the world), "
          f"scene {len(term.map.scene) // 1000} kB of JSON")
    print(f"Terminal command -> updated live map: median {med * 1000:.1f} ms over {len(times)} commands "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}); target <= 150 ms "
          f"{'OK' if med <= 0.150 else 'OVER TARGET'}")
    return med


if __name__ == "__main__":
    main()
