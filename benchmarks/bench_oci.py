"""Export and import of a 10-layer image against `skopeo copy oci:A oci:B` of the same layout, same run.

The image is built in the explorer: FROM scratch and ten COPY steps of
256 kB each (real bytes, so every layer is about 256 kB of gzip). The
baseline copies the exported layout with skopeo, which also reads,
verifies and writes every blob. Run: python benchmarks/bench_oci.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from _util import median_time, report  # noqa: E402

import taxonomy as tx  # noqa: E402

LAYERS, SIZE = 10, 256 * 1024


def ten_layer_world():
    context = {f"f{i}.bin": bytes((i * 37 + j * 11) % 251 for j in range(SIZE)) for i in range(LAYERS)}
    dockerfile = "FROM scratch\n" + "".join(f"COPY f{i}.bin /data/\n" for i in range(LAYERS))
    w = tx.World()
    w.build(dockerfile, tag="bench:10", context=context)
    return w


if __name__ == "__main__":
    work = tempfile.mkdtemp(prefix="bench-oci-")
    try:
        w = ten_layer_world()
        layout = os.path.join(work, "A")
        out = w.export_oci("bench:10", layout)
        print(f"image: {LAYERS} layers, {out.blobs} blobs, {out.size / 1e6:.2f} MB in the layout")
        export = median_time(lambda: w.export_oci("bench:10", layout), repeat=7)
        export_tar = median_time(lambda: w.export_oci("bench:10", os.path.join(work, "A.tar")), repeat=7)

        def load():
            fresh = tx.World.empty()
            fresh.add_host("laptop")
            fresh.import_oci(layout)
        load_time = median_time(load, repeat=7)
        if shutil.which("skopeo") is None:
            print(f"export (folder): {export * 1000:.2f} ms; export (tar): {export_tar * 1000:.2f} ms; "
                  f"import: {load_time * 1000:.2f} ms")
            print("skopeo is not installed: no baseline (on Debian: apt-get install skopeo)")
            sys.exit(0)

        def skopeo_copy():
            target = os.path.join(work, "B")
            shutil.rmtree(target, ignore_errors=True)
            subprocess.run(["skopeo", "copy", "-q", f"oci:{layout}:10", f"oci:{target}:10"], check=True,
                           capture_output=True)
        baseline = median_time(skopeo_copy, repeat=7)
        report("export_oci (folder)", export, "skopeo copy oci:A oci:B", baseline)
        report("export_oci (tar)", export_tar, "skopeo copy oci:A oci:B", baseline)
        report("import_oci (verify every blob and layer tar)", load_time, "skopeo copy oci:A oci:B", baseline)
    finally:
        shutil.rmtree(work, ignore_errors=True)
