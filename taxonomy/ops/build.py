"""Building images from Dockerfiles (filled in by the build work)."""

__all__ = ["BuildOps"]


class BuildOps:
    """Mixin of :class:`taxonomy.World` with ``build``."""
