"""Columns as Go's ``tabwriter`` lays them out in the docker CLI (``docker images``, ``docker ps``).

Every table the explorer prints (the command line's, the network lab's) goes through :func:`table`.

Examples
--------
>>> print(table(["A", "LONG HEADER"], [["x", "y"]]))
A         LONG HEADER
x         y
>>> print(table(["LINK", "RTT"], [["home-internet", "15 ms"]], minwidth=0))
LINK            RTT
home-internet   15 ms
"""

from __future__ import annotations

__all__ = ["table"]


def table(header, rows, *, minwidth: int = 10, padding: int = 3) -> str:
    """Lay out columns as Go's tabwriter does in the docker CLI.

    Every column but the last is padded to ``max(minwidth, widest + padding)``.
    """
    rows = [list(map(str, r)) for r in rows]
    allrows = [list(header)] + rows
    n = len(header)
    widths = [max(minwidth, max(len(r[i]) for r in allrows) + padding) for i in range(n - 1)]
    lines = []
    for r in allrows:
        cells = [r[i].ljust(widths[i]) for i in range(n - 1)] + [r[n - 1]]
        lines.append("".join(cells).rstrip())
    return "\n".join(lines)
