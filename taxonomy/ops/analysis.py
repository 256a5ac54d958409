"""Looking inside an image: its history layer by layer, and how efficient its layers are.

``docker history`` prints what Docker prints; :meth:`AnalysisOps.history`
gives the same steps with everything a learner may want next to them: the
layer's digest (what registries store), its diff_id (what the config
lists), its stored size and its nominal size.

:meth:`AnalysisOps.efficiency` measures, in the manner of the ``dive``
tool, how many bytes an image stores that its final filesystem no longer
shows. A layer is never changed by a later one; a later layer can only
*hide* a path, by writing it again (the bytes are **duplicated**) or by
deleting it (the bytes are **deleted**, but still downloaded with the
earlier layer). So::

    RUN apt-get update
    RUN apt-get install -y curl
    RUN rm -rf /var/lib/apt/lists/*

wastes the 20 MB of package lists the first layer stores, while the same
three commands joined by ``&&`` in one ``RUN`` store none.

What is measured, per layer:

* a layer made by ``COPY``/``ADD`` in the explorer: its real files and bytes;
* a layer made by ``RUN`` in the explorer: the paths and sizes the table in
  :mod:`taxonomy.dockerfile.runsize` gives for its command (the explorer runs no
  programs);
* any other layer (catalog base images): one block of its nominal size,
  whose paths are unknown, so later deletions in it are not counted.

``score = 1 - wasted / total``, where ``total`` is the sum of all layers'
sizes as measured above. dive computes a score of the same kind from real
file trees; ours is as exact as the sizes it is given.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> split = "FROM debian:bookworm\\nRUN apt-get update\\nRUN apt-get install -y curl\\nRUN rm -rf /var/lib/apt/lists/*"
>>> joined = "FROM debian:bookworm\\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"
>>> a = w.efficiency(w.build(split, tag="split").image)
>>> b = w.efficiency(w.build(joined, tag="joined").image)
>>> a.wasted, b.wasted
(20000000, 0)
>>> a.items[0].path, a.items[0].reason
('/var/lib/apt/lists', 'deleted')
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from .. import ids

__all__ = ["AnalysisOps", "HistoryEntry", "Efficiency", "Waste"]

_RUN_FILE = re.compile(r"^var/lib/taxonomy/run/[0-9a-f]+\.txt$")


@dataclass(frozen=True)
class HistoryEntry:
    """One step of an image's history, oldest first.

    Attributes
    ----------
    created_by : str
        The instruction (``RUN pip install -r requirements.txt``).
    created : str
        When the step ran (RFC 3339).
    empty_layer : bool
        True for steps that changed only the config (``ENV``, ``CMD`` …).
    digest, diff_id : str or None
        The layer's digest (compressed blob, as registries store it) and
        diff_id (uncompressed tar, as the config lists it); None for an
        empty layer.
    size : int
        The layer blob's real size in bytes (0 for an empty layer).
    nominal_size : int
        The size the layer stands for (what Docker would download).
    """

    created_by: str
    created: str
    empty_layer: bool
    digest: str | None = None
    diff_id: str | None = None
    size: int = 0
    nominal_size: int = 0


@dataclass(frozen=True)
class Waste:
    """Bytes one layer stores that a later layer hides."""

    path: str
    bytes: int
    reason: str          # "duplicated" or "deleted"
    layer: str           # created_by of the layer that stores the bytes
    hidden_by: str       # created_by of the layer that hides them


@dataclass(frozen=True)
class Efficiency:
    """A dive-style efficiency report (see the module docstring for the measure).

    Attributes
    ----------
    total : int
        Bytes stored in all layers, as measured.
    wasted : int
        Bytes stored but hidden in the final filesystem.
    items : tuple of Waste
        Largest first.
    """

    image: str
    total: int
    wasted: int
    items: tuple

    @property
    def score(self) -> float:
        """``1 - wasted / total`` (1.0 for an empty image)."""
        return 1.0 - self.wasted / self.total if self.total else 1.0

    def __str__(self) -> str:
        from ..cli.format import human_size
        lines = [f"efficiency: {self.score:.1%}", f"image size: {human_size(self.total)}",
                 f"potential wasted space: {human_size(self.wasted)}"]
        for w in self.items:
            lines.append(f"  {human_size(w.bytes):>8}  {w.path}  {w.reason} by: {w.hidden_by}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(f"<tr><td>{w.bytes:,}</td><td><code>{html.escape(w.path)}</code></td><td>{w.reason}</td>"
                       f"<td><code>{html.escape(w.layer)}</code></td><td><code>{html.escape(w.hidden_by)}</code></td></tr>"
                       for w in self.items)
        return (f"<p><b>efficiency {self.score:.1%}</b>: {self.wasted:,} of {self.total:,} bytes wasted</p>"
                "<table><tr><th>bytes</th><th>path</th><th>why</th><th>stored by</th><th>hidden by</th></tr>"
                f"{rows}</table>")


class AnalysisOps:
    """World methods that look inside an image without changing anything."""

    def history(self, image: str, host: str | None = None) -> list:
        """The image's steps, oldest first, with each layer's digest, diff_id and sizes.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> r = w.build("FROM alpine:3.20\\nCOPY a.txt /\\nCMD [\\"cat\\", \\"/a.txt\\"]", context={"a.txt": "hi\\n"})
        >>> [(h.created_by, h.empty_layer, h.nominal_size) for h in w.history(r.image)][-2:]
        [('COPY a.txt /', False, 3), ('CMD ["cat", "/a.txt"]', True, 0)]
        """
        img = self._resolve_local_image(image, self._host_node(host))
        d = self.graph.nodes[img]
        raw = json.loads(self.blobs[d["digest"]])
        layers = iter(d["layers"])
        out = []
        for h in raw.get("history", []):
            base = dict(created_by=h.get("created_by", ""), created=h.get("created", ""),
                        empty_layer=bool(h.get("empty_layer")))
            digest = None if base["empty_layer"] else next(layers, None)
            if digest is None:
                out.append(HistoryEntry(**base))
                continue
            ln = self.graph.nodes[ids.layer_id(digest)]
            out.append(HistoryEntry(**base, digest=digest, diff_id=ln["diff_id"], size=ln["size"],
                                    nominal_size=ln["nominal_size"]))
        return out

    def efficiency(self, image: str, host: str | None = None) -> Efficiency:
        """How many bytes the image's layers store that its final filesystem hides.

        See the module docstring for what is measured.
        """
        img = self._resolve_local_image(image, self._host_node(host))
        present: dict[str, tuple[int, str]] = {}   # path -> (bytes, created_by of the layer storing them)
        total, items = 0, []
        workdir = "/"
        for h in self.history(image, host):
            if h.created_by.startswith("WORKDIR "):
                workdir = h.created_by.split(" ", 1)[1]
            if h.empty_layer or h.digest is None:
                continue
            adds, removes = self._layer_effects(h, workdir)
            for gone in removes:
                for path in [p for p in present if p == gone or p.startswith(gone.rstrip("/") + "/")]:
                    size, by = present.pop(path)
                    items.append(Waste(path, size, "deleted", by, h.created_by))
            for path, size in adds:
                total += size
                if path in present:
                    old, by = present[path]
                    items.append(Waste(path, old, "duplicated", by, h.created_by))
                present[path] = (size, h.created_by)
        items.sort(key=lambda w: (-w.bytes, w.path))
        return Efficiency(img, total, sum(w.bytes for w in items), tuple(items))

    def _layer_effects(self, h: HistoryEntry, workdir: str):
        from ..dockerfile.runsize import run_effects   # the build package loads the Dockerfile parser: only when needed
        files = self._layer_files(h.digest)
        if any(_RUN_FILE.match(p) for p in files):
            text = h.created_by[4:] if h.created_by.startswith("RUN ") else h.created_by
            if text.startswith("["):
                try:
                    text = " ".join(json.loads(text))
                except ValueError:
                    pass
            effects = run_effects(text, workdir)
            own = [("/" + p, h.nominal_size) for p in files if _RUN_FILE.match(p)]
            return list(effects.adds) or own, list(effects.removes)
        sizes = [("/" + p, len(e.data)) for p, e in sorted(files.items()) if e.kind == "file"]
        if sum(n for _, n in sizes) == h.nominal_size:
            return sizes, []
        return [(f"(layer {h.digest[7:19]})", h.nominal_size)], []
