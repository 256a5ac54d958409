"""The command line layer: ``docker …`` text in, Docker's answer out."""

from .commands import COMMANDS, execute
from .format import ellipsis, human_duration, human_size, table

__all__ = ["execute", "COMMANDS", "human_size", "human_duration", "table", "ellipsis"]
