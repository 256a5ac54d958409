"""Docker's ways of printing: tables, human sizes and human durations.

These follow the docker CLI's own helpers (``go-units`` for sizes and
durations, see :mod:`taxonomy.units`; ``tabwriter`` with a padding of 3 for
tables, see :mod:`taxonomy.tabwriter`), so that the explorer's output lines up like Docker's.

Examples
--------
>>> human_size(192_400_000), human_size(7_830_000), human_size(13_256), human_size(0)
('192MB', '7.83MB', '13.3kB', '0B')
>>> human_duration(1), human_duration(45), human_duration(60), human_duration(3 * 3600)
('1 second', '45 seconds', 'About a minute', '3 hours')
>>> print(table(["A", "LONG HEADER"], [["x", "y"]]))
A         LONG HEADER
x         y
"""

from __future__ import annotations

from ..tabwriter import table
from ..units import human_duration, human_size

__all__ = ["human_size", "human_duration", "table", "ellipsis"]


def ellipsis(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, the last one an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"
