"""Docker's ways of printing: tables, human sizes and human durations.

These follow the docker CLI's own helpers (``go-units`` for sizes and
durations, ``tabwriter`` with a padding of 3 for tables), so that the
explorer's output lines up like Docker's.

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

__all__ = ["human_size", "human_duration", "table", "ellipsis"]


def _fmt_g(value: float, precision: int) -> str:
    return f"{value:.{precision}g}"


def human_size(size: float, precision: int = 3) -> str:
    """Size in decimal units, 3 significant digits, as ``docker images`` prints it."""
    units = ["B", "kB", "MB", "GB", "TB", "PB"]
    size = float(size)
    i = 0
    while size >= 1000 and i < len(units) - 1:
        size /= 1000
        i += 1
    return f"{_fmt_g(size, precision)}{units[i]}"


def human_duration(seconds: float) -> str:
    """A duration as Docker words it ("About a minute", "3 hours", "2 weeks")."""
    s = int(seconds)
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return f"{s} seconds"
    minutes = s // 60
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return f"{minutes} minutes"
    hours = int(s / 3600 + 0.5)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return f"{hours} hours"
    if hours < 24 * 7 * 2:
        return f"{hours // 24} days"
    if hours < 24 * 30 * 2:
        return f"{hours // 24 // 7} weeks"
    if hours < 24 * 365 * 2:
        return f"{hours // 24 // 30} months"
    return f"{hours // 24 // 365} years"


def ellipsis(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, the last one an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


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
