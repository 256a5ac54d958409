"""`import taxonomy` against `import networkx`, each in fresh processes, same run.

Target: <= 1.5x. Run: python benchmarks/bench_import.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from _util import import_time, report  # noqa: E402

if __name__ == "__main__":
    nx = import_time("networkx", repeat=9)
    tx = import_time("taxonomy", repeat=9)
    report("import taxonomy", tx, "import networkx", nx, target=1.5)
