"""The level tool: ``python -m taxonomy.levels validate FILE…`` and ``python -m taxonomy.levels list``.

``validate`` reads each file against the schema, then plays its solution
(see :mod:`taxonomy.levels.validate`). It prints ``FILE:LINE: message``
for every problem and ``FILE: ok`` for a valid file, and exits 0 when
every file is valid, 1 otherwise (2 for a usage error).

Examples
--------
>>> main(["list"]) == 0  # doctest: +ELLIPSIS
1. Images and containers (basics)
...
True
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["main"]


def main(argv=None) -> int:
    """Run the tool with ``argv`` (``sys.argv[1:]`` by default); return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m taxonomy.levels",
                                     description="Check challenge level files, or list the shipped levels.")
    sub = parser.add_subparsers(dest="action", required=True)
    v = sub.add_parser("validate", help="check level files: schema, start, solution, goal and par")
    v.add_argument("files", nargs="+", metavar="FILE")
    ls = sub.add_parser("list", help="list the shipped levels by sequence")
    ls.add_argument("--lang", default="en", choices=("en", "fr"))
    args = parser.parse_args(argv)
    if args.action == "list":
        from .library import overview
        print(overview(args.lang))
        return 0
    from .validate import validate_files
    failed = 0
    for path, problems in validate_files(args.files).items():
        if problems:
            failed += 1
            for p in problems:
                print(p)
        else:
            print(f"{path}: ok")
    if failed:
        print(f"{failed} of {len(args.files)} file(s) have problems", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
