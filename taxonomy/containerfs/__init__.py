"""A container's filesystem: image layers, a writable layer, mounts, ``docker cp``.

* :mod:`~taxonomy.containerfs.tree`: entries, real layer tars read in full,
  an image's layers merged (:class:`ImageTree`), trees as plain values;
* :mod:`~taxonomy.containerfs.union`: :class:`ContainerFS`, copy-on-write,
  whiteouts, ``docker diff`` and ``docker commit``;
* :mod:`~taxonomy.containerfs.mounts`: volumes, bind mounts (``readonly``)
  and the files Docker itself mounts;
* :mod:`~taxonomy.containerfs.mountspec`: ``--mount`` and ``-v`` values read as Docker reads them;
* :mod:`~taxonomy.containerfs.copy`: ``docker cp`` both ways.

Everything takes plain data and returns plain data, so an operation can keep a
container's writable layer and a volume's files as node attributes, and undo
and redo restore them like any other attribute.

Examples
--------
>>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
>>> fs = ContainerFS(ImageTree({"etc/alpine-release": Entry(data=b"3.22.0\\n")}), clock=1)
>>> fs.mkdir("/app")
>>> fs.write("/app/greeting.txt", b"hello\\n")
>>> fs.diff_lines()
['A /app', 'A /app/greeting.txt']
>>> layer = fs.commit()
>>> layer.digest == fs.commit().digest
True
"""

from .copy import Archive, archive_path, copied_text, extract, host_fs, tar_stream_size
from .tree import (Entry, ImageTree, entries_from_files, image_tree, layer_entries, merge_layers, tree_from_value,
                   tree_value)
from .mounts import Mount, runtime_mounts
from .mountspec import MountSpec, MountSpecError, parse_mount, parse_volume
from .union import EMPTY_LAYER_TAR, MAX_FILE_BYTES, ContainerFS

__all__ = [
    "Entry", "ImageTree", "image_tree", "layer_entries", "entries_from_files", "merge_layers", "tree_value", "tree_from_value",
    "ContainerFS", "Mount", "runtime_mounts", "EMPTY_LAYER_TAR", "MAX_FILE_BYTES",
    "Archive", "archive_path", "extract", "host_fs", "tar_stream_size", "copied_text",
    "MountSpec", "MountSpecError", "parse_mount", "parse_volume",
]
