"""The small shell's programs about the system: ``echo``, ``env``, ``hostname``, ``whoami``, ``id``, ``uname``, ``ps``.

Examples
--------
>>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
>>> from taxonomy.shell.context import Context
>>> from taxonomy.shell.files import Streams
>>> from taxonomy.shell.texts import GNU
>>> fs = ContainerFS(ImageTree({"etc/passwd": Entry(data=b"root:x:0:0:root:/root:/bin/bash\\n"),
...                             "etc/group": Entry(data=b"root:x:0:\\n")}))
>>> io = Streams()
>>> id_(Context(fs, flavor=GNU), [], io), io.text()
(0, 'uid=0(root) gid=0(root) groups=0(root)\\n')
"""

from __future__ import annotations

import posixpath

from .context import Context, env_lines, format_time, groups, passwd
from .files import Streams
from .texts import KERNEL_RELEASE, KERNEL_VERSION

__all__ = ["echo", "env", "printenv", "hostname", "whoami", "id_", "uname", "ps"]

_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "a": "\a", "b": "\b", "r": "\r", "v": "\v", "f": "\f"}


def _unescape(text: str) -> tuple[str, bool]:
    out, i, stop = [], 0, False
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "c":
                stop = True
                break
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out), stop


def echo(ctx: Context, args, io: Streams, *, shell: str = "ash") -> int:
    """``echo [-n] [-e] WORD...``; dash's builtin ``echo`` always reads backslash escapes."""
    newline, escapes = True, shell == "dash"
    while args and args[0] in ("-n", "-e", "-E", "-ne", "-en") and not (shell == "dash" and args[0] != "-n"):
        newline = newline and "n" not in args[0]
        escapes = escapes or "e" in args[0][1:]
        args = args[1:]
    text = " ".join(args)
    if escapes:
        text, stop = _unescape(text)
        if stop:
            newline = False
    io.out(text + ("\n" if newline else ""))
    return 0


def env(ctx: Context, args, io: Streams) -> int:
    """``env``: the environment, one ``NAME=value`` a line (with ``NAME=value`` operands added)."""
    shown = dict(ctx.env)
    for a in args:
        if "=" in a and not a.startswith("="):
            k, _, v = a.partition("=")
            shown[k] = v
    io.out(env_lines(shown))
    return 0


def printenv(ctx: Context, args, io: Streams) -> int:
    """``printenv [NAME...]``: exit 1 if a name is unset."""
    if not args:
        io.out(env_lines(ctx.env))
        return 0
    code = 0
    for name in args:
        if name in ctx.env:
            io.out(ctx.env[name] + "\n")
        else:
            code = 1
    return code


def hostname(ctx: Context, args, io: Streams) -> int:
    """``hostname``: the container's host name (its short id by default)."""
    io.out(ctx.hostname + "\n")
    return 0


def _user(ctx: Context):
    users = passwd(ctx.fs)
    return users.get(ctx.uid, (None, ctx.gid, "/"))[0]


def whoami(ctx: Context, args, io: Streams) -> int:
    """``whoami``: the user's name from ``/etc/passwd``."""
    name = _user(ctx)
    if name is None:
        io.err(ctx.flavor.unknown_user(ctx.uid))
        return 1
    io.out(name + "\n")
    return 0


def id_(ctx: Context, args, io: Streams) -> int:
    """``id``: uid, gid and groups, from ``/etc/passwd`` and ``/etc/group``."""
    users = passwd(ctx.fs)
    names = [a for a in args if not a.startswith("-")]
    if names:
        found = next(((uid, gid) for uid, (n, gid, _) in users.items() if n == names[0]), None)
        if found is None:
            io.err(f"id: unknown user {names[0]}" if ctx.flavor.busybox else f"id: '{names[0]}': no such user")
            return 1
        ctx = Context(ctx.fs, ctx.env, ctx.hostname, ctx.flavor, ctx.cwd, found[0], found[1])
    name = _user(ctx)
    grps = groups(ctx.fs)

    def label(num, known):
        return f"{num}({known})" if known is not None else str(num)
    gname = grps.get(ctx.gid, (None,))[0]
    extra = [g for g, (_, members) in grps.items() if name and name in members and g != ctx.gid]
    ids = [label(ctx.gid, gname)] + [label(g, grps[g][0]) for g in extra]
    if "-u" in args:
        io.out(f"{ctx.uid}\n")
    elif "-un" in args or ("-u" in args and "-n" in args):
        io.out(f"{name or ctx.uid}\n")
    else:
        io.out(f"uid={label(ctx.uid, name)} gid={label(ctx.gid, gname)} groups={','.join(ids)}\n")
    return 0


def uname(ctx: Context, args, io: Streams) -> int:
    """``uname [-asnrvmo]``: the kernel the container shares with its host."""
    os_name = "Linux" if ctx.flavor.busybox else "GNU/Linux"
    fields = {"s": "Linux", "n": ctx.hostname, "r": KERNEL_RELEASE, "v": KERNEL_VERSION, "m": ctx.arch, "o": os_name}
    wanted = "".join(a[1:] for a in args if a.startswith("-"))
    if "a" in wanted:
        wanted = "snrvmo" if ctx.flavor.busybox else "snrvmpio"
    fields.update(p=ctx.arch if not ctx.flavor.busybox else "unknown", i=ctx.arch)
    order = [k for k in "snrvmpio" if k in (wanted or "s")]
    bad = [c for c in wanted if c not in "snrvmpio"]
    if bad:
        text, code = ctx.flavor.bad_option("uname", "-" + bad[0])
        io.err(text)
        return code
    io.out(" ".join(fields[k] for k in order) + "\n")
    return 0


def _comm(argv) -> str:
    return posixpath.basename(argv[0]) if argv else "?"


def ps(ctx: Context, args, io: Streams, *, argv_self=("ps",)) -> int:
    """``ps``: the container's processes (PID 1 is its main process), BusyBox's or procps' layout."""
    tty = "pts/0" if ctx.tty else "?"
    procs = list(ctx.processes)
    next_pid = max((p.pid for p in procs), default=0) + 6
    from .context import Process
    procs.append(Process(next_pid, tuple(argv_self), _user(ctx) or str(ctx.uid), ctx.now, tty))
    if ctx.flavor.busybox:
        io.out("PID   USER     TIME  COMMAND\n")
        for p in procs:
            io.out(f"{p.pid:>5} {p.user[:8]:<8} {'0:00':>5} {' '.join(p.argv)}\n")
        return 0
    opts = "".join(a.lstrip("-") for a in args)
    if "f" in opts and "e" in opts or opts in ("ef",):
        io.out("UID          PID    PPID  C STIME TTY          TIME CMD\n")
        for p in procs:
            stime = format_time(p.started or ctx.now, "ls-recent")[-5:]
            ppid = 0 if p.pid == 1 else (p.pid - 6 if p is procs[-1] and len(procs) > 1 else 0)
            io.out(f"{p.user[:8]:<8} {p.pid:>7} {ppid:>7}  0 {stime} {p.tty:<8} 00:00:00 {' '.join(p.argv)}\n")
        return 0
    if "a" in opts and "u" in opts:
        io.out("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
        for p in procs:
            start = format_time(p.started or ctx.now, "ls-recent")[-5:]
            state = "Rs" if p is procs[-1] else "Ss"
            io.out(f"{p.user[:8]:<8} {p.pid:>7}  0.0  0.0      0     0 {p.tty:<8} {state:<4} {start}   0:00 "
                   f"{' '.join(p.argv)}\n")
        return 0
    io.out("    PID TTY          TIME CMD\n")
    for p in procs:
        if "e" in opts or "A" in opts or p.tty == tty:
            io.out(f"{p.pid:>7} {p.tty:<8} 00:00:00 {_comm(p.argv)}\n")
    return 0
