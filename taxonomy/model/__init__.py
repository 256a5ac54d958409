"""The model layer: the world's graph, blobs and journal, and its read-only queries.

See :mod:`taxonomy.model.world`. The model imports no operation, no command line and no view;
:class:`taxonomy.World` (the facade the notebooks use) extends :class:`World` with the verbs.
"""

from .world import REGISTRY_KINDS, START_TIME, World

__all__ = ["World", "START_TIME", "REGISTRY_KINDS"]
