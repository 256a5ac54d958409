"""Compose projects, clusters and CI pipelines (issue 10; being written)."""

__all__ = ["LifecycleOps"]


class LifecycleOps:
    """World methods for Compose, clusters and pipelines."""
