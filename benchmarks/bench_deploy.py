"""Deploying costs what it does: linear in replicas placed and hosts that pull.

Deploys 100 replicas of nginx:1.27 across a 30-host cluster, against 1
replica on the same cluster, in the same run (each timed on a fresh deploy,
undone afterwards; the best of several runs is kept, as the machine is
shared). It prints both times and their ratio, and the *work
ratio*: journal records written (every node, edge and attribute change:
each container created, each layer a host pulls).

A replica's records cost more than a pulled layer's, so 1 replica (mostly
pull records) and 100 (mostly container records) differ in time per
record. Linearity is therefore checked at the margin too: 200 replicas on
the same 30 hosts (the same pulls, twice the containers) must cost the same
time per record as 100, within 1.25x.

Run: python benchmarks/bench_deploy.py
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from _util import report  # noqa: E402

import taxonomy as tx  # noqa: E402

HOSTS, REPLICAS = 30, 100


def make_world():
    w = tx.World()
    w.add_cluster("prod", HOSTS, location="westeurope")
    w.journal.clear()
    return w


def measure(w, replicas, repeat=9):
    """Seconds (best of ``repeat``: the least disturbed run on a shared machine) and journal records of one deploy."""
    times, records = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        r = w.deploy("nginx:1.27", replicas=replicas, cluster="prod", name="web")
        times.append(time.perf_counter() - t)
        assert sum(r.placement.values()) == replicas and len(r.pulled) == min(replicas, HOSTS)
        records = len(w.journal.done[-1].records)
        w.undo()
    return min(times), records


if __name__ == "__main__":
    w = make_world()
    measure(w, 1, repeat=2)                      # warm caches (imports, layer file listings)
    one, rec_one = measure(w, 1, repeat=15)
    many, rec_many = measure(w, REPLICAS)
    double, rec_double = measure(w, 2 * REPLICAS, repeat=7)
    ratio = report(f"deploy {REPLICAS} replicas on {HOSTS} hosts", many, "deploy 1 replica", one)
    print(f"work: {rec_many} journal records against {rec_one}; work ratio {rec_many / rec_one:.2f}x; "
          f"time per record {many / rec_many * 1e6:.1f} us against {one / rec_one * 1e6:.1f} us")
    margin = (double / rec_double) / (many / rec_many)
    print(f"linearity: {2 * REPLICAS} replicas took {double * 1e3:.2f} ms for {rec_double} records, "
          f"{double / rec_double * 1e6:.1f} us per record; per-record ratio to {REPLICAS} replicas {margin:.2f} "
          f"(target <= 1.25: {'met' if margin <= 1.25 else 'NOT met'})")
