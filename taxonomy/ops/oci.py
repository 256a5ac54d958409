"""OCI image layouts and real registries (issue 8; being written)."""

__all__ = ["OciOps"]


class OciOps:
    """World methods for OCI interop."""
