"""Operations cost what they touch, not the world's size.

Measures `docker run` and `docker pull` latency in a world of 10,000
containers and 1,000 images against the same commands in a world of 10
containers and 10 images (same run), and reports the large world's memory.
Target: ratio <= 2x. Run: python benchmarks/bench_scale.py
"""
import os
import sys
import tracemalloc

sys.path.insert(0, os.path.dirname(__file__))
from _util import median_time, report  # noqa: E402

import taxonomy as tx  # noqa: E402
from taxonomy.content import FileEntry, Layer  # noqa: E402
from taxonomy.ops.store import ensure_image, set_host_tag, store_on_host  # noqa: E402


def make_world(n_images, n_containers, hosts=10):
    """A world with ``n_images`` distinct images on every host and ``n_containers`` spread over the hosts."""
    w = tx.World()
    names = ["laptop"] + [w.add_host(f"node-{i}") for i in range(1, hosts)]
    base = w.pull("alpine:3.20")
    with w.journal.transaction("bench images"):
        base_layer = w.layers("alpine:3.20")[0]
        for i in range(n_images):
            app = Layer.from_files([FileEntry(f"app/{i}.txt", f"app {i}\n".encode())])
            blob_layer = Layer(tar=b"", blob=w.blobs[base_layer["digest"]], digest=base_layer["digest"],
                               diff_id=base_layer["diff_id"])
            img = ensure_image(w, [(blob_layer, base_layer["nominal_size"], base_layer["created_by"]),
                                   (app, 1000 + i, f"COPY {i}.txt /app/")],
                                  config={"Cmd": ["sleep", "infinity"]}, history=[{}, {}], created=None)
            for h in names:
                hnode = f"host:{h}"
                store_on_host(w, hnode, img)
                set_host_tag(w, hnode, tx.parse_reference(f"app{i}:1"), img)
    per_host = n_containers // hosts
    for h in names:
        for j in range(per_host):
            w.run(f"app{j % n_images}:1", host=h, detach=True)
    w.journal.clear()
    return w


def measure(w):
    def run():
        assert w.docker("docker run -d alpine:3.20 sleep 1").exit_code == 0
        w.undo()

    def pull():
        r = w.docker("docker pull nginx:1.27")
        assert r.exit_code == 0 and "Pull complete" in r.output
        w.undo()
    return median_time(run, repeat=9, number=20), median_time(pull, repeat=9, number=20)


if __name__ == "__main__":
    small = make_world(10, 10)
    tracemalloc.start()
    big = make_world(1000, 10_000)
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"large world: {big.graph.number_of_nodes()} nodes, {big.graph.number_of_edges()} edges, "
          f"{len(big.containers('laptop'))} containers on laptop")
    s_run, s_pull = measure(small)
    b_run, b_pull = measure(big)
    report("docker run, 10,000 containers/1,000 images", b_run, "10 containers/10 images", s_run, target=2)
    report("docker pull, 10,000 containers/1,000 images", b_pull, "10 containers/10 images", s_pull, target=2)
    print(f"memory of the large world: {size / 1e6:.1f} MB (traced, peak while building {peak / 1e6:.1f} MB)")
