"""Benchmark: tx.draw of the workshop world against nx.draw, to PNG at 100 dpi.

Run from the repository root::

    python benchmarks/bench_draw.py

Both drawings use the same graph (the nodes tx.draw shows and the edges
between them), the same positions (taxonomy.views.layout.layout), the same
figure size (11 x 7 in), a fresh Figure with an Agg canvas each run, and
the same ``savefig(format="png", dpi=100)``. ``nx.draw`` gets
``arrows=False`` (no direction shown, one LineCollection); tx.draw shows
direction with arrowheads, one collection per kind, labels, column
headings and a legend. The runs are interleaved and the medians compared.
Target: tx.draw takes at most twice as long.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))

import networkx as nx  # noqa: E402

from taxonomy.views.draw import draw, new_figure  # noqa: E402
from taxonomy.views.layout import layout  # noqa: E402
from taxonomy.views.workshop import workshop_world  # noqa: E402

RUNS = 15
FIGSIZE = (11.0, 7.0)
DPI = 100


def _png(ax, compress_level=None) -> bytes:
    buf = io.BytesIO()
    kwargs = {} if compress_level is None else {"pil_kwargs": {"compress_level": compress_level}}
    ax.figure.savefig(buf, format="png", dpi=DPI, **kwargs)
    return buf.getvalue()


def compare(world, pos, graph, runs, compress_level=None) -> dict:
    """Median seconds of tx.draw and nx.draw to PNG, runs interleaved."""

    def ours():
        return _png(draw(world, new_figure(FIGSIZE, DPI)), compress_level)

    def networkx():
        ax = new_figure(FIGSIZE, DPI)
        nx.draw(graph, pos, ax=ax, arrows=False)
        return _png(ax, compress_level)

    ours(), networkx()  # warm up: imports, font cache
    times = {"tx.draw": [], "nx.draw": []}
    for _ in range(runs):
        for name, fn in (("tx.draw", ours), ("nx.draw", networkx)):
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {k: statistics.median(v) for k, v in times.items()}


def main(runs: int = RUNS) -> float:
    world = workshop_world()
    pos = layout(world)
    graph = world.graph.subgraph(pos)
    print(f"workshop world: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges drawn "
          f"({len(world.graph)} nodes in the world), {FIGSIZE[0]:g}x{FIGSIZE[1]:g} in at {DPI} dpi, median of {runs}")
    ratio = None
    for level, what in ((None, "savefig defaults (zlib level 6)"), (1, "zlib level 1, as the widgets use")):
        med = compare(world, pos, graph, runs, level)
        r = med["tx.draw"] / med["nx.draw"]
        ratio = r if ratio is None else ratio
        print(f"PNG with {what}:")
        print(f"  tx.draw (arrowheads, labels, legend): {med['tx.draw'] * 1000:7.1f} ms")
        print(f"  nx.draw(arrows=False):                {med['nx.draw'] * 1000:7.1f} ms")
        print(f"  ratio: {r:.2f}x (target <= 2x) {'OK' if r <= 2 else 'OVER TARGET'}")
    return ratio


if __name__ == "__main__":
    main()
