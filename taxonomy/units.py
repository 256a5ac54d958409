"""Sizes and durations in words, as Docker's ``go-units`` library writes them.

The daemon, the CLI and every report of the explorer use the same two helpers, so they live in
the vocabulary (the command line re-exports them from :mod:`taxonomy.cli.format`).

Examples
--------
>>> human_size(192_400_000), human_size(7_830_000), human_size(13_256), human_size(0)
('192MB', '7.83MB', '13.3kB', '0B')
>>> human_duration(1), human_duration(45), human_duration(60), human_duration(3 * 3600)
('1 second', '45 seconds', 'About a minute', '3 hours')
"""

from __future__ import annotations

__all__ = ["human_size", "human_duration"]


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
