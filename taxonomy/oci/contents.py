"""What an image layout holds: its images, verified, with their names.

:func:`layout_images` walks an opened :class:`~taxonomy.oci.layout.Layout`:
each entry of ``index.json`` (an image manifest, or an image index from
which the host's platform is chosen), or each image of an older ``docker
save`` archive's ``manifest.json``. Every blob it reaches is verified (see
:mod:`taxonomy.oci.verify`); the first problem raises, naming the blob.

An older ``docker save`` archive has no manifest, only a config and layer
tars; the image's manifest is then made here, as ``docker push`` would, from
the layers as they are (plain tars stay plain).

Examples
--------
>>> import os, tempfile, taxonomy as tx
>>> from taxonomy.oci.layout import read_layout
>>> w = tx.World()
>>> _ = w.pull("alpine:3.20")
>>> path = os.path.join(tempfile.mkdtemp(), "alpine")
>>> _ = w.export_oci("alpine:3.20", path)
>>> with read_layout(path) as layout:
...     found = layout_images(layout, "linux/amd64")
>>> found[0].names
('docker.io/library/alpine:3.20',)
>>> found[0].content.config_digest == w.image_of_ref("alpine:3.20")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..content import MEDIA_TYPES, Descriptor, canonical_json, sha256_digest
from ..errors import CorruptContent, InvalidArgument
from .layout import IMAGE_NAME, REF_NAME, Layout
from .verify import (INDEX_TYPES, MANIFEST_TYPES, MAX_JSON, ImageContent, LayerInfo, check_digest, load_image,
                     parse_json, platform_of, scan_layer, select_manifest)

__all__ = ["FoundImage", "layout_images"]

_HEX = re.compile(r"[a-f0-9]{64}")


@dataclass(frozen=True)
class FoundImage:
    """An image found in a layout: its verified content and the names it carries.

    ``names`` holds full references (``docker.io/library/app:1``) and bare
    tags (``1``) as the layout gives them.
    """

    content: ImageContent
    names: tuple


def _entry_names(desc: dict) -> tuple:
    ann = desc.get("annotations") or {}
    if not isinstance(ann, dict):
        return ()
    full, ref = ann.get(IMAGE_NAME), ann.get(REF_NAME)
    if isinstance(full, str) and full:
        return (full,)
    if isinstance(ref, str) and ref:
        return (ref,)
    return ()


def layout_images(layout: Layout, platform: str, *, known: Callable | None = None) -> list[FoundImage]:
    """Every image of ``layout`` for ``platform``, verified, in index order.

    Parameters
    ----------
    platform : str
        The importing host's ``os/arch``: an image index gives the manifest
        of this platform.
    known : callable, optional
        See :func:`taxonomy.oci.verify.load_image`.

    Raises
    ------
    CorruptContent, InvalidArgument, PlatformMismatch
    """
    found: dict[str, FoundImage] = {}
    if layout.kind == "oci":
        for desc in layout.index["manifests"]:
            if not isinstance(desc, dict):
                raise CorruptContent(f"index.json in {layout.where} has an entry that is not a descriptor")
            content = _oci_entry(layout, desc, platform, known)
            if content is None:
                continue
            _add(found, content, _entry_names(desc))
    else:
        for entry in layout.docker_manifest:
            content = _docker_entry(layout, entry)
            tags = entry.get("RepoTags") or []
            _add(found, content, tuple(t for t in tags if isinstance(t, str)))
    if not found:
        raise InvalidArgument(f"{layout.where} holds no image manifest; there is nothing to import")
    return list(found.values())


def _add(found, content, names):
    old = found.get(content.manifest_digest)
    if old is None:
        found[content.manifest_digest] = FoundImage(content, tuple(dict.fromkeys(names)))
    else:
        found[content.manifest_digest] = FoundImage(old.content, tuple(dict.fromkeys(old.names + names)))


def _oci_entry(layout, desc, platform, known):
    where = layout.where
    digest = check_digest(desc.get("digest"), f"index.json of {where}")
    size = desc.get("size")
    mtype = desc.get("mediaType")
    if mtype not in INDEX_TYPES + MANIFEST_TYPES:
        return None  # an artifact or signature, not an image
    index_bytes = index_digest = None
    if mtype in INDEX_TYPES:
        index_bytes, index_digest = layout.blob(digest, size, "image index"), digest
        index = parse_json(index_bytes, "image index", digest, where)
        child = select_manifest(index, platform, digest, where)
        if child.get("mediaType") in INDEX_TYPES:
            raise InvalidArgument(f"image index {digest} in {where} nests another index; the explorer reads one level")
        digest, size, mtype = check_digest(child.get("digest"), f"image index {index_digest}"), child.get("size"), child.get("mediaType")
    manifest = layout.blob(digest, size, "manifest")
    content = load_image(layout.blob, manifest, digest, mtype, where, known=known)
    if index_bytes is not None:
        content = ImageContent(content.manifest, content.manifest_digest, content.manifest_media_type, content.config,
                               content.config_digest, content.layers, content.platform, index_bytes, index_digest)
    return content


def _docker_entry(layout, entry) -> ImageContent:
    where = layout.where
    cpath, lpaths = entry.get("Config"), entry.get("Layers")
    if not isinstance(cpath, str) or not isinstance(lpaths, list) or not all(isinstance(p, str) for p in lpaths):
        raise CorruptContent(f"manifest.json in {where} has an image without Config or Layers; the archive is damaged")
    config = layout.file(cpath, MAX_JSON)
    if config is None:
        raise CorruptContent(f"config {cpath} is missing from {where}; the archive is incomplete - save it again")
    cdig = sha256_digest(config)
    named = _HEX.search(cpath)
    if named and f"sha256:{named.group(0)}" != cdig:
        raise CorruptContent(f"config sha256:{named.group(0)} in {where} is corrupt: its bytes hash to {cdig}; "
                             "the archive was changed or damaged - save it again")
    cfg = parse_json(config, "config", cdig, where)
    diff_ids = (cfg.get("rootfs") or {}).get("diff_ids")
    if not isinstance(diff_ids, list) or len(diff_ids) != len(lpaths):
        raise CorruptContent(f"config {cdig} in {where} does not list one diff_id per layer; the archive is damaged")
    history = [h for h in cfg.get("history") or [] if isinstance(h, dict) and not h.get("empty_layer")]
    layers, descs = [], []
    for i, p in enumerate(lpaths):
        blob = layout.file(p)
        if blob is None:
            raise CorruptContent(f"layer {p} is missing from {where}; the archive is incomplete - save it again")
        digest = sha256_digest(blob)
        named = _HEX.search(p)
        diff_id, tar_size, short = scan_layer(blob, digest, where)
        if named and f"sha256:{named.group(0)}" not in (digest, diff_id):
            raise CorruptContent(f"layer sha256:{named.group(0)} in {where} is corrupt: its bytes hash to {digest}; "
                                 "the archive was changed or damaged - save it again")
        if diff_id != diff_ids[i]:
            raise CorruptContent(f"layer {p} in {where} unpacks to {diff_id}, but config {cdig} expects "
                                 f"{diff_ids[i]}; the archive is damaged - save it again")
        mtype = MEDIA_TYPES["layer"] if blob[:2] == b"\x1f\x8b" else MEDIA_TYPES["layer_tar"]
        created_by = str(history[i].get("created_by", "")) if i < len(history) else ""
        layers.append(LayerInfo(digest, len(blob), mtype, diff_id, tar_size, created_by, blob, short))
        descs.append(Descriptor(mtype, digest, len(blob)))
    manifest = canonical_json({
        "schemaVersion": 2,
        "mediaType": MEDIA_TYPES["manifest"],
        "config": Descriptor.of(MEDIA_TYPES["config"], config).to_json(),
        "layers": [d.to_json() for d in descs],
    })
    return ImageContent(manifest, sha256_digest(manifest), MEDIA_TYPES["manifest"], config, cdig, tuple(layers),
                        platform_of(cfg))
