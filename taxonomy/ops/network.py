"""Locations, links and pull-time estimates (issue 6; being written)."""

__all__ = ["NetworkOps"]


class NetworkOps:
    """World methods for the network model."""
