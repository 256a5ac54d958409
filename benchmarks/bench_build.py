"""Build benchmarks (issue 3), each with its baseline measured in the same run.

1. A fully cached rebuild of a 20-instruction Dockerfile against its cold
   build (target <= 0.2x).
2. Hashing a 200 MB build context against hashlib.sha256 reading the same
   files (target <= 1.25x).

Run: python benchmarks/bench_build.py
"""
import hashlib
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from _util import median_time, report  # noqa: E402

import taxonomy as tx  # noqa: E402
from taxonomy.dockerfile.context import hash_tree  # noqa: E402

DOCKERFILE = "\n".join([
    "FROM python:3.12-slim", "WORKDIR /app", "ENV PYTHONDONTWRITEBYTECODE=1", "ENV PYTHONUNBUFFERED=1",
    "RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*",
    "COPY requirements.txt .", "RUN pip install -r requirements.txt", "COPY lib/ ./lib/", "COPY data/ ./data/",
    "COPY app.py .", "RUN python -m compileall .", "RUN useradd --create-home app", "USER app",
    "LABEL org.opencontainers.image.title=bench", "EXPOSE 8000", "VOLUME /app/state",
    "HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1", "STOPSIGNAL SIGTERM",
    'ENTRYPOINT ["python"]', 'CMD ["app.py"]',
])
CONTEXT = {"requirements.txt": "flask\n", "app.py": "print('hi')\n",
           **{f"lib/mod{i}.py": ("x = %d\n" % i) * 20000 for i in range(20)},
           **{f"data/blob{i}.bin": bytes([i]) * 400_000 for i in range(10)}}


def cold():
    w = tx.World()
    w.pull("python:3.12-slim")
    return w


if __name__ == "__main__":
    assert DOCKERFILE.count("\n") + 1 == 20
    worlds = []

    def cold_build():
        w = cold()
        r = w.build(DOCKERFILE, tag="bench:1", context=CONTEXT)
        assert not any(s.cached for s in r.steps)
        worlds.append(w)
    # world creation and the base pull are not part of the build: timed apart and subtracted
    setup = median_time(cold, repeat=5)
    cold_t = median_time(cold_build, repeat=5) - setup
    warm = worlds[-1]

    def cached_build():
        r = warm.build(DOCKERFILE, tag="bench:1", context=CONTEXT)
        assert all(s.cached for s in r.steps)
    cached_t = median_time(cached_build, repeat=5)
    report("fully cached rebuild (20 instructions)", cached_t, "cold build", cold_t, target=0.2)

    with tempfile.TemporaryDirectory() as root:
        chunk = os.urandom(1 << 20)
        for i in range(20):
            with open(os.path.join(root, f"f{i:02d}.bin"), "wb") as f:
                for _ in range(10):
                    f.write(chunk)
        os.makedirs(os.path.join(root, "src"))
        for i in range(200):
            with open(os.path.join(root, "src", f"m{i}.py"), "w") as f:
                f.write("pass\n" * 100)

        def plain():
            for dirpath, _, names in os.walk(root):
                for n in names:
                    h = hashlib.sha256()
                    with open(os.path.join(dirpath, n), "rb") as f:
                        while b := f.read(1 << 20):
                            h.update(b)
        ours = median_time(lambda: hash_tree(root), repeat=5)
        base = median_time(plain, repeat=5)
        report("hashing a 200 MB context", ours, "hashlib.sha256 over the same files", base, target=1.25)
