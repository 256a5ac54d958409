"""Real OCI interop: image layouts on disk and real registries.

The explorer's images are real: every blob is real bytes with a real
sha256. This package lets them leave the model and real images come in:

- :mod:`~taxonomy.oci.layout` writes and reads OCI image layouts (folders
  or tar archives, as skopeo, umoci, buildah and ``docker save`` make);
- :mod:`~taxonomy.oci.contents` finds the images of a layout, verified;
- :mod:`~taxonomy.oci.verify` checks digests, sizes, manifests and layer tars;
- :mod:`~taxonomy.oci.client` talks to a real registry (the OCI
  distribution API, over ``httpx``), and :mod:`~taxonomy.oci.errors` maps
  its error codes to the explorer's errors;
- :mod:`~taxonomy.oci.local` runs a real registry on 127.0.0.1, and
  :mod:`~taxonomy.oci.tools` runs skopeo and umoci to check images.

The world's verbs are ``world.export_oci``, ``world.import_oci`` (or
``tx.World.import_oci(path)`` for a new world), ``world.connect_registry``,
``world.remote_pull`` and ``world.remote_push`` (see
:mod:`taxonomy.ops.oci`), and ``docker save`` / ``docker load``.

Examples
--------
>>> import taxonomy as tx, tempfile, os
>>> w = tx.World()
>>> _ = w.pull("alpine:3.20")
>>> path = os.path.join(tempfile.mkdtemp(), "alpine")
>>> exported = w.export_oci("alpine:3.20", path)
>>> w2 = tx.World.import_oci(path)
>>> w2.image_of_ref("alpine:3.20") == w.image_of_ref("alpine:3.20")
True
"""

from .client import RegistryClient, insecure_rule, is_loopback, split_url
from .contents import FoundImage, layout_images
from .errors import error_from_response
from .layout import Layout, read_layout, write_layout
from .local import LocalRegistry, Skipped
from .tools import MadeLayout, ToolResult, have, run_tool, skopeo, umoci, umoci_layout
from .verify import ImageContent, LayerInfo, scan_layer, verify_blob

__all__ = [
    "RegistryClient",
    "split_url",
    "is_loopback",
    "insecure_rule",
    "error_from_response",
    "FoundImage",
    "layout_images",
    "Layout",
    "read_layout",
    "write_layout",
    "LocalRegistry",
    "Skipped",
    "ToolResult",
    "have",
    "run_tool",
    "skopeo",
    "umoci",
    "umoci_layout",
    "MadeLayout",
    "ImageContent",
    "LayerInfo",
    "scan_layer",
    "verify_blob",
]
