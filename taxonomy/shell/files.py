"""The file utilities of the small shell: ``ls``, ``cat``, ``stat``, ``touch``, ``rm``, ``mkdir``.

Each one reads and changes the container's filesystem only through
:class:`~taxonomy.containerfs.ContainerFS`, prints what the real program
prints (BusyBox's or GNU coreutils' format, chosen by the context's flavor)
and returns the real exit code.

Examples
--------
>>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
>>> from taxonomy.shell.context import Context
>>> from taxonomy.shell.texts import BUSYBOX, GNU
>>> fs = ContainerFS(ImageTree({"etc/motd": Entry(data=b"hi\\n")}))
>>> io = Streams()
>>> ls(Context(fs, flavor=GNU), ["nosuch"], io), io.text()
(2, "ls: cannot access 'nosuch': No such file or directory\\n")
>>> io = Streams()
>>> ls(Context(fs, flavor=BUSYBOX), ["nosuch"], io), io.text()
(1, 'ls: nosuch: No such file or directory\\n')
"""

from __future__ import annotations

import stat as _stat
import zlib

from ..containerfs.tree import Entry
from ..errors import FilesystemError
from .context import Context, format_time, groups, passwd

__all__ = ["Streams", "MAX_OUTPUT_BYTES", "ls", "cat", "stat", "touch", "rm", "mkdir", "mode_string"]

#: Most bytes one command may print. Real programs print what they like; the model
#: keeps a notebook readable and its memory bounded. Beyond it the output ends with
#: a note (see :meth:`Streams.write`).
MAX_OUTPUT_BYTES = 64 * 1024

_SIX_MONTHS = 182 * 24 * 3600


class Streams:
    """What a program writes: ordered (fd, text) chunks, bounded by :data:`MAX_OUTPUT_BYTES`."""

    def __init__(self, stdin: str = "", limit: int = MAX_OUTPUT_BYTES):
        self.stdin = stdin
        self.chunks: list[tuple[int, str]] = []
        self.limit = limit
        self.used = 0
        self.truncated = False

    def write(self, fd: int, text: str):
        """Write ``text`` to fd 1 or 2; past the limit, keep a note instead."""
        if not text or self.truncated:
            return
        size = len(text.encode("utf-8", "replace"))
        if self.used + size > self.limit:
            room = max(0, self.limit - self.used)
            text = text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore")
            self.chunks.append((fd, text))
            self.chunks.append((2, f"\n[model] output truncated: a command may print at most {self.limit} bytes "
                                   "here (Docker itself keeps it all)\n"))
            self.truncated = True
            self.used = self.limit
            return
        self.used += size
        self.chunks.append((fd, text))

    def out(self, text: str):
        """Write to standard output."""
        self.write(1, text)

    def err(self, text: str):
        """Write a line to standard error."""
        self.write(2, text if text.endswith("\n") else text + "\n")

    def text(self, fd: int | None = None) -> str:
        """Everything written (to one fd, or both in order)."""
        return "".join(t for f, t in self.chunks if fd is None or f == fd)


def _options(args, allowed: str, io: Streams, ctx: Context, prog: str):
    """Split flags from operands; return (flags, operands), or the exit code after printing the error."""
    flags, operands, done = set(), [], False
    for a in args:
        if done or not a.startswith("-") or a == "-":
            operands.append(a)
        elif a == "--":
            done = True
        else:
            for ch in a[1:]:
                if ch not in allowed:
                    text, code = ctx.flavor.bad_option(prog, "-" + ch)
                    io.err(text)
                    return code
                flags.add(ch)
    return flags, operands


def _operands(args, allowed: str, io: Streams, ctx: Context, prog: str, *, none_ok: str = ""):
    """:func:`_options` for a program that needs operands: the exit code after an error, else (flags, operands).

    With no operand, the program's "missing operand" text is printed, unless one of
    the flags in ``none_ok`` is given (``rm -f`` with nothing to remove succeeds).
    """
    parsed = _options(args, allowed, io, ctx, prog)
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    if not operands:
        if flags & set(none_ok):
            return 0
        text, code = ctx.flavor.missing_operand(prog)
        io.err(text)
        return code
    return parsed


def mode_string(e: Entry) -> str:
    """``drwxr-xr-x``-style permissions of an entry.

    Examples
    --------
    >>> mode_string(Entry("dir", mode=0o1777)), mode_string(Entry(mode=0o755))
    ('drwxrwxrwt', '-rwxr-xr-x')
    """
    kind = {"dir": _stat.S_IFDIR, "symlink": _stat.S_IFLNK}.get(e.kind, _stat.S_IFREG)
    return _stat.filemode(kind | e.mode)


def _blocks(e: Entry) -> int:
    """512-byte blocks a 4 KiB-block filesystem gives the entry."""
    if e.kind == "dir":
        return 8
    if e.kind == "symlink" or not e.data:
        return 0
    return -(-len(e.data) // 4096) * 8


def _inode(path: str) -> int:
    return 1_000_000 + zlib.crc32(path.encode()) % 9_000_000


def _names(ctx: Context):
    users, grps = passwd(ctx.fs), groups(ctx.fs)
    return (lambda uid: users[uid][0] if uid in users else str(uid)), \
        (lambda gid: grps[gid][0] if gid in grps else str(gid))


def _nlink(ctx: Context, path: str, e: Entry) -> int:
    if e.kind != "dir":
        return 1
    try:
        kids = ctx.fs.listdir("/" + path)
    except FilesystemError:
        return 2
    return 2 + sum(1 for k in kids if (ctx.fs.lookup("/" + "/".join(filter(None, [path, k])), follow=False)
                                       or Entry()).kind == "dir")


def _long_lines(ctx: Context, rows) -> list[str]:
    """``ls -l`` lines for (name, stored path, entry) rows."""
    user, group = _names(ctx)
    cells = []
    for name, path, e in rows:
        t = ctx.shown_time(e.mtime)
        when = format_time(t, "ls-recent" if abs(ctx.now - t) < _SIX_MONTHS else "ls-old")
        shown = name + (f" -> {e.target}" if e.kind == "symlink" else "")
        cells.append((mode_string(e), str(_nlink(ctx, path, e)), user(e.uid), group(e.gid), str(e.size), when, shown))
    if ctx.flavor.busybox:
        return [f"{m:<10} {n:>4} {u:<8} {g:<8} {s:>9} {w} {name}" for m, n, u, g, s, w, name in cells]
    wn, wu, wg, ws = (max((len(c[i]) for c in cells), default=0) for i in (1, 2, 3, 4))
    return [f"{m} {n:>{wn}} {u:<{wu}} {g:<{wg}} {s:>{ws}} {w} {name}" for m, n, u, g, s, w, name in cells]


def _columns(ctx: Context, names: list[str], width: int = 80) -> list[str]:
    """Names in columns down the page, as both ``ls`` print on a terminal."""
    if not names:
        return []
    if ctx.flavor.busybox:
        colw = max(len(n) for n in names) + 2
        ncols = max(1, width // colw)
        nrows = -(-len(names) // ncols)
        lines = []
        for r in range(nrows):
            row = [names[c * nrows + r] for c in range(ncols) if c * nrows + r < len(names)]
            lines.append("".join(n.ljust(colw) for n in row[:-1]) + row[-1])
        return lines
    for ncols in range(min(len(names), width // 3), 0, -1):   # GNU: as many columns as fit, each its own width
        nrows = -(-len(names) // ncols)
        cols = [names[c * nrows:(c + 1) * nrows] for c in range(ncols)]
        cols = [c for c in cols if c]
        widths = [max(len(n) for n in c) + 2 for c in cols]
        if sum(widths) - 2 <= width or ncols == 1:
            return ["".join(c[r].ljust(w) if i < len(cols) - 1 else c[r]
                            for i, (c, w) in enumerate(zip(cols, widths)) if r < len(c)).rstrip()
                    for r in range(nrows)]
    return names


def ls(ctx: Context, args, io: Streams) -> int:
    """``ls [-1aAlR] [PATH...]``: one name a line (or columns on a terminal), ``-l`` long format."""
    parsed = _options(args, "1aAlhdF", io, ctx, "ls")
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    code, files, dirs = 0, [], []
    for op in operands or ["."]:
        try:
            real, e = ctx.fs.resolve(op, cwd=ctx.cwd, follow="l" not in flags or op.endswith("/"))
        except FilesystemError as err:
            real, e = None, None
            errno = err.errno
        else:
            errno = "ENOENT"
        if e is None:
            text, c = ctx.flavor.missing("ls", op, errno)
            io.err(text)
            code = max(code, c)
        elif e.kind == "dir" and "d" not in flags:
            dirs.append((op, real))
        else:
            files.append((op, real, e))
    if files:
        if "l" in flags:
            io.out("".join(line + "\n" for line in _long_lines(ctx, files)))
        elif ctx.tty:
            io.out("".join(line + "\n" for line in _columns(ctx, [f[0] for f in files])))
        else:
            io.out("".join(f[0] + "\n" for f in files))
    for i, (op, real) in enumerate(dirs):
        if len(dirs) + len(files) > 1:
            io.out(("\n" if files or i else "") + f"{op}:\n")
        names = ctx.fs.listdir("/" + real)
        if not flags & {"a", "A"}:
            names = [n for n in names if not n.startswith(".")]
        rows = []
        if "a" in flags:
            rows.append((".", real, ctx.fs.lookup("/" + real)))
            parent = real.rpartition("/")[0]
            rows.append(("..", parent, ctx.fs.lookup("/" + parent)))
        for n in names:
            child = "/".join(filter(None, [real, n]))
            rows.append((n, child, ctx.fs.lookup("/" + child, follow=False)))
        if "l" in flags:
            io.out(f"total {sum(_blocks(e) for _, _, e in rows) // 2}\n")
            io.out("".join(line + "\n" for line in _long_lines(ctx, rows)))
        elif ctx.tty:
            io.out("".join(line + "\n" for line in _columns(ctx, [r[0] for r in rows])))
        else:
            io.out("".join(r[0] + "\n" for r in rows))
    return code


def cat(ctx: Context, args, io: Streams) -> int:
    """``cat [FILE...]``: the files' bytes (standard input without operands)."""
    if not args:
        io.out(io.stdin)
        return 0
    code = 0
    for op in args:
        if op == "-":
            io.out(io.stdin)
            continue
        try:
            io.out(ctx.fs.read(op, cwd=ctx.cwd).decode("utf-8", "replace"))
        except FilesystemError as err:
            if err.errno == "EISDIR":
                io.err(ctx.flavor.cat_directory(op))
            else:
                io.err(ctx.flavor.missing("cat", op, err.errno)[0])
            code = 1
    return code


def _file_type(e: Entry) -> str:
    if e.kind == "dir":
        return "directory"
    if e.kind == "symlink":
        return "symbolic link"
    return "regular empty file" if not e.data else "regular file"


def stat(ctx: Context, args, io: Streams) -> int:
    """``stat FILE...``: size, blocks, mode, owner and times, in the program's own layout."""
    parsed = _operands(args, "L", io, ctx, "stat")
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    user, group = _names(ctx)
    code = 0
    for op in operands:
        try:
            real, e = ctx.fs.resolve(op, cwd=ctx.cwd, follow="L" in flags)
            errno = "ENOENT"
        except FilesystemError as err:
            e, errno = None, err.errno
        if e is None:
            io.err(ctx.flavor.missing("stat", op, errno)[0])
            code = 1
            continue
        bb = ctx.flavor.busybox
        if e.kind == "symlink":
            name = f"'{op}' -> '{e.target}'" if bb else f"{op} -> {e.target}"
        else:
            name = op if (bb or op.replace("/", "").replace(".", "").replace("-", "").replace("_", "").isalnum()) \
                else f"'{op}'"
        t = format_time(ctx.shown_time(e.mtime))
        device = "4bh/75d" if bb else "0,75"
        links = _nlink(ctx, real, e)
        lines = [f"  File: {name}",
                 f"  Size: {e.size:<10}\tBlocks: {_blocks(e):<10} IO Block: 4096   {_file_type(e)}",
                 f"Device: {device}\tInode: {_inode(real):<{10 if bb else 11}} Links: {links}",
                 f"Access: ({e.mode & 0o7777:04o}/{mode_string(e)})  Uid: ({e.uid:5}/{user(e.uid):>8})   "
                 f"Gid: ({e.gid:5}/{group(e.gid):>8})",
                 f"Access: {t}", f"Modify: {t}", f"Change: {t}"]
        if not bb:
            lines.append(f" Birth: {t}")
        io.out("\n".join(lines) + "\n")
    return code


def touch(ctx: Context, args, io: Streams) -> int:
    """``touch FILE...``: create empty files or update their time."""
    parsed = _operands(args, "c", io, ctx, "touch")
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    code = 0
    for op in operands:
        try:
            if "c" in flags and not ctx.fs.exists(op, cwd=ctx.cwd):
                continue
            ctx.fs.touch(op, cwd=ctx.cwd, uid=ctx.uid, gid=ctx.gid)
        except FilesystemError as err:
            io.err(ctx.flavor.missing("touch", op, err.errno)[0])
            code = 1
    return code


def rm(ctx: Context, args, io: Streams) -> int:
    """``rm [-rf] PATH...``: remove; ``-f`` ignores missing paths, ``-r`` takes directories."""
    parsed = _operands(args, "rRfiv", io, ctx, "rm", none_ok="f")
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    recursive = bool(flags & {"r", "R"})
    code = 0
    for op in operands:
        try:
            real, e = ctx.fs.resolve(op, cwd=ctx.cwd, follow=False)
        except FilesystemError as err:
            real, e = "", None
            if "f" not in flags:
                io.err(ctx.flavor.missing("rm", op, err.errno)[0])
                code = 1
            continue
        if e is None:
            if "f" not in flags:
                io.err(ctx.flavor.missing("rm", op)[0])
                code = 1
            continue
        if real == "" and recursive:
            io.err(ctx.flavor.rm_root())
            code = 1
            continue
        if e.kind == "dir" and not recursive:
            io.err(ctx.flavor.rm_directory(op))
            code = 1
            continue
        try:
            ctx.fs.remove("/" + real, recursive=recursive)
        except FilesystemError as err:
            io.err(ctx.flavor.missing("rm", op, err.errno)[0])
            code = 1
    return code


def mkdir(ctx: Context, args, io: Streams) -> int:
    """``mkdir [-p] DIR...``."""
    parsed = _operands(args, "pv", io, ctx, "mkdir")
    if isinstance(parsed, int):
        return parsed
    flags, operands = parsed
    code = 0
    for op in operands:
        try:
            ctx.fs.mkdir(op, parents="p" in flags, cwd=ctx.cwd, uid=ctx.uid, gid=ctx.gid)
        except FilesystemError as err:
            io.err(ctx.flavor.missing("mkdir", op, err.errno)[0])
            code = 1
    return code

