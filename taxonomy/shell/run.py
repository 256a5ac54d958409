"""The small shell: runs what a learner types inside a container, over the model's files.

It is honest about what it is. It never starts a real process: it interprets
a command line (see :mod:`~taxonomy.shell.parse`) and carries out the
programs it knows (``ls``, ``cat``, ``stat``, ``echo``, ``touch``, ``rm``,
``mkdir``, ``pwd``, ``cd``, ``env``, ``hostname``, ``whoami``, ``id``,
``uname``, ``ps``, ``sh -c``…) on the container's filesystem, with the
texts and exit codes of BusyBox (Alpine) or of coreutils, dash and bash
(Debian, Ubuntu). A program the image has but the model does not run
(``yarn install``, ``apk add curl``) is assumed to succeed, and a note says
so; a program the image lacks gets the shell's own "not found", exit 127.

Examples
--------
>>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
>>> from taxonomy.shell.context import Context
>>> fs = ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=alpine\\n"), "tmp": Entry("dir")}), clock=1)
>>> ctx = Context(fs, env={"PATH": "/bin", "HOME": "/root"}, hostname="a1b2c3d4e5f6")
>>> r = run(["sh", "-c", "cd /tmp && echo hello > greeting.txt; cat greeting.txt; ls nosuch || echo failed"], ctx)
>>> print(r.output, end="")
hello
ls: nosuch: No such file or directory
failed
>>> r.exit_code, fs.diff_lines()
(0, ['C /tmp', 'A /tmp/greeting.txt'])
>>> run(["bash"], ctx).not_found
'bash'
"""

from __future__ import annotations

import fnmatch
import posixpath
from dataclasses import dataclass

from ..errors import FilesystemError
from . import files, system
from .context import Context
from .files import Streams
from .parse import Command, ShellSyntaxError, parse
from .texts import shell_cannot_create, shell_cd_failed, shell_not_found

__all__ = ["ShellResult", "run", "run_script", "available", "MAX_DEPTH", "SHELLS"]

#: Most nested shells (``sh -c "sh -c …"``) the model follows.
MAX_DEPTH = 8
#: Programs that are shells, and which shell each is in each userland.
SHELLS = ("sh", "ash", "bash", "dash")

_FILE_PROGRAMS = {"ls": files.ls, "cat": files.cat, "stat": files.stat, "touch": files.touch, "rm": files.rm,
                  "mkdir": files.mkdir}
_SYSTEM_PROGRAMS = {"env": system.env, "printenv": system.printenv, "hostname": system.hostname,
                    "whoami": system.whoami, "id": system.id_, "uname": system.uname}
_IMPLEMENTED = {*_FILE_PROGRAMS, *_SYSTEM_PROGRAMS, "echo", "pwd", "ps", "true", "false", "sleep", "sh"}
#: What the userlands hold besides the programs above (they exist; the model does not run them).
_BUSYBOX_OTHERS = frozenset(
    "ash awk base64 basename cp chmod chown cut date dd df diff dirname du find free grep gunzip gzip head "
    "ifconfig ip kill less ln more mv netstat nc nslookup ping pwd readlink sed seq sort tail tar tee test top "
    "tr traceroute uniq vi wc wget which xargs yes apk".split())
_GNU_OTHERS = frozenset(
    "bash dash cp chmod chown cut date dd df diff dirname du find grep gzip gunzip head ln mv readlink sed seq "
    "sort tail tar tee test tr uniq wc which xargs yes basename awk mawk perl apt apt-get dpkg login su mount "
    "base64 sha256sum md5sum".split())


@dataclass(frozen=True)
class ShellResult:
    """What running a command gave.

    Attributes
    ----------
    exit_code : int
    output : str
        Standard output and error, interleaved as a terminal shows them.
    stdout, stderr : str
    notes : tuple of str
        Plain notes from the model ("the model does not run yarn …").
    cwd : str
        The working directory at the end (an interactive shell keeps it).
    not_found : str
        For :func:`run`: the program Docker could not start because the
        image lacks it ("" otherwise); Docker reports it, not the shell.
    truncated : bool
        The output hit :data:`~taxonomy.shell.files.MAX_OUTPUT_BYTES`.
    """

    exit_code: int
    output: str = ""
    stdout: str = ""
    stderr: str = ""
    notes: tuple = ()
    cwd: str = "/"
    not_found: str = ""
    truncated: bool = False


def available(name: str, ctx: Context) -> bool:
    """True if the image has program ``name`` (a path, or a name on ``PATH``).

    The model's image layers hold placeholders, not every binary, so a
    program counts as present if its file is there, if the program table
    says the image provides it, or if it belongs to the image's userland.
    """
    if "/" in name:
        e = ctx.fs.lookup(name, cwd=ctx.cwd)
        return e is not None and e.kind == "file"
    for d in ctx.env.get("PATH", "").split(":"):
        if d and ctx.fs.lookup(posixpath.join(d, name)) is not None:
            return True
    if name in ctx.programs:
        return True
    if ctx.flavor.busybox:
        return name in _IMPLEMENTED or name in _BUSYBOX_OTHERS
    if name == "ps":     # procps is not in Debian's or Ubuntu's base images
        return False
    return name in _IMPLEMENTED or name in _GNU_OTHERS


class _Shell:
    def __init__(self, ctx: Context, shell: str, *, script: bool, depth: int, io: Streams, notes: list):
        self.ctx, self.shell, self.script, self.depth = ctx, shell, script, depth
        self.io, self.notes = io, notes
        self.status = 0
        self.exited = False
        self.exported = set(ctx.env)
        self.vars = dict(ctx.env)

    # -- words ------------------------------------------------------------
    def _expand(self, word) -> list[str]:
        fields, cur, globbed, any_quoted = [], "", False, False
        for kind, text in word:
            if kind == "lit":
                cur += text
                any_quoted = True
            elif kind == "raw":
                cur += text
                globbed = globbed or any(c in text for c in "*?[")
            else:
                value = {"?": str(self.status), "$": "1", "#": "0", "0": self.shell}.get(text, self.vars.get(text, ""))
                if kind == "qvar":
                    cur += value
                    any_quoted = True
                else:
                    parts = value.split()
                    if not parts:
                        continue
                    if value[:1].isspace() and cur:
                        fields.append(cur)
                        cur = ""
                    cur += parts[0]
                    for p in parts[1:]:
                        fields.append(cur)
                        cur = p
                    if value[-1:].isspace():
                        fields.append(cur)
                        cur = ""
        if cur or any_quoted:
            fields.append(cur)
        if globbed:
            out = []
            for f in fields:
                out.extend(self._glob(f) if any(c in f for c in "*?[") else [f])
            return out
        return fields

    def _glob(self, pattern: str) -> list[str]:
        head, _, base = pattern.rpartition("/")
        where = head if pattern.startswith("/") or head else self.ctx.cwd
        try:
            names = self.ctx.fs.listdir(where or "/", cwd=self.ctx.cwd)
        except FilesystemError:
            return [pattern]
        hits = [n for n in names if fnmatch.fnmatchcase(n, base) and (base.startswith(".") or not n.startswith("."))]
        prefix = (head + "/") if head or pattern.startswith("/") else ""
        return [prefix + n for n in hits] or [pattern]

    # -- running --------------------------------------------------------------
    def run_text(self, text: str) -> int:
        try:
            script = parse(text)
        except ShellSyntaxError as err:
            self.io.err(f"{'bash' if self.shell == 'bash' else 'sh'}: syntax error: {err}")
            self.status = 2
            return 2
        for op, pipeline in script:
            if self.exited:
                break
            if (op == "&&" and self.status != 0) or (op == "||" and self.status == 0):
                continue
            if pipeline.background:
                self.notes.append("'&' runs a command in the background; the model runs it to the end first")
            self.status = self._pipeline(pipeline.commands)
        return self.status

    def _pipeline(self, commands) -> int:
        stdin, status = "", 0
        for i, cmd in enumerate(commands):
            last = i == len(commands) - 1
            sink = Streams(stdin, limit=self.io.limit - self.io.used)
            status = self._command(cmd, sink)
            for fd, text in sink.chunks:
                if fd == 1 and not last:
                    continue
                self.io.write(fd, text)
            if sink.truncated:
                self.io.truncated = True
            stdin = sink.text(1)
            if self.exited:
                break
        return status

    def _command(self, cmd: Command, io: Streams) -> int:
        words = [f for w in cmd.words for f in self._expand(w)]
        assigned = {name: "".join(self._expand(value) or [""]) for name, value in cmd.assignments}
        if not words:
            self.vars.update(assigned)
            return 0
        targets = []
        for op, target in cmd.redirects:
            if op in ("2>&1", ">&2", "1>&2"):
                targets.append((op, None))
                continue
            path = target if isinstance(target, str) else "".join(self._expand(target))
            if op == "<":
                try:
                    io.stdin = self.ctx.fs.read(path, cwd=self.ctx.cwd).decode("utf-8", "replace")
                except FilesystemError as err:
                    io.err(shell_cannot_create(self.shell, path, err.errno, script=self.script)[0]
                           .replace("can't create", "can't open").replace("cannot create", "cannot open"))
                    return 1 if self.shell in ("bash", "bash-as-sh") else 2
                continue
            try:
                if path != "/dev/null":
                    self.ctx.fs.write(path, b"", append=op.endswith(">>"), cwd=self.ctx.cwd, uid=self.ctx.uid,
                                      gid=self.ctx.gid)
            except FilesystemError as err:
                text, code = shell_cannot_create(self.shell, path, err.errno, script=self.script)
                io.err(text)
                return code
            targets.append((op, path))
        env = {k: v for k, v in self.vars.items() if k in self.exported}
        env.update(assigned)
        out = Streams(io.stdin, limit=io.limit)
        status = self._program(words, out, env)
        self._route(out, targets, io)
        return status

    def _route(self, out: Streams, targets, io: Streams):
        dest = {1: None, 2: None}     # None: the terminal; a path: that file
        for op, path in targets:
            if op in ("2>&1",):
                dest[2] = dest[1]
            elif op in (">&2", "1>&2"):
                dest[1] = dest[2]
            elif op.startswith("2"):
                dest[2] = path
            else:
                dest[1] = path
        for fd, text in out.chunks:
            where = dest[fd]
            if where is None:
                io.write(fd, text)
            elif where != "/dev/null":
                try:
                    self.ctx.fs.write(where, text.encode(), append=True, cwd=self.ctx.cwd)
                except FilesystemError as err:      # EFBIG: the file hit the model's size limit
                    io.err(f"{posixpath.basename(where)}: write error: {err.strerror}")
                    break
        if out.truncated:
            io.truncated = True

    def _program(self, words, io: Streams, env) -> int:
        name, args = words[0], words[1:]
        base = posixpath.basename(name)
        ctx = self.ctx
        if base == "cd" and name == "cd":
            return self._cd(args, io)
        if name == "exit":
            self.exited = True
            try:
                return int(args[0]) & 0xFF if args else self.status
            except ValueError:
                io.err(f"sh: exit: Illegal number: {args[0]}" if self.shell not in ("bash", "bash-as-sh")
                       else f"bash: exit: {args[0]}: numeric argument required")
                return 2
        if name == "export":
            for a in args:
                k, sep, v = a.partition("=")
                if sep:
                    self.vars[k] = v
                self.exported.add(k)
            return 0
        if name == "unset":
            for a in args:
                self.vars.pop(a, None)
                self.exported.discard(a)
            return 0
        if name in (":", "true"):
            return 0
        if name == "false":
            return 1
        if name == "pwd":
            io.out(ctx.cwd + "\n")
            return 0
        if name == "echo":
            return system.echo(ctx, args, io, shell=self.shell)
        if not available(name, ctx):
            io.err(shell_not_found(self.shell, name, script=self.script))
            return 127
        sub = Context(ctx.fs, env, ctx.hostname, ctx.flavor, ctx.cwd, ctx.uid, ctx.gid, ctx.tty, ctx.processes,
                      ctx.now, ctx.image_time, ctx.arch, ctx.programs)
        return _exec(base, words, sub, io, self.notes, depth=self.depth, script=self.script)

    def _cd(self, args, io: Streams) -> int:
        ctx = self.ctx
        target = args[0] if args else self.vars.get("HOME", "/")
        if target == "-":
            target = self.vars.get("OLDPWD", ctx.cwd)
        try:
            real, e = ctx.fs.resolve(target, cwd=ctx.cwd)
            errno = "ENOENT" if e is None else ("ENOTDIR" if e.kind != "dir" else "")
        except FilesystemError as err:
            errno = err.errno
        if errno:
            text, code = shell_cd_failed(self.shell, target, errno, script=self.script)
            io.err(text)
            return code
        self.vars["OLDPWD"] = ctx.cwd
        ctx.cwd = "/" + real
        self.vars["PWD"] = ctx.cwd
        return 0


def _which_shell(base: str, ctx: Context) -> str:
    if base == "bash":
        return "bash"
    if base == "dash":
        return "dash"
    return ctx.flavor.shell


def _exec(base: str, words, ctx: Context, io: Streams, notes: list, *, depth: int, script: bool) -> int:
    """Run a program that exists (a shell, a known utility, or one the model only names)."""
    args = words[1:]
    if base in SHELLS:
        if depth >= MAX_DEPTH:
            io.err(f"[model] more than {MAX_DEPTH} nested shells; the model stops here")
            return 2
        shell = _which_shell(base, ctx)
        if args[:1] == ["-c"] and len(args) >= 2:
            inner = _Shell(ctx, shell, script=True, depth=depth + 1, io=io, notes=notes)
            return inner.run_text(args[1])
        if not args:
            if io.stdin:
                inner = _Shell(ctx, shell, script=True, depth=depth + 1, io=io, notes=notes)
                return inner.run_text(io.stdin)
            return 0
        notes.append(f"the model does not read script files: '{' '.join(words)}' is assumed to succeed (exit code 0)")
        return 0
    if base in _FILE_PROGRAMS:
        return _FILE_PROGRAMS[base](ctx, args, io)
    if base in _SYSTEM_PROGRAMS:
        return _SYSTEM_PROGRAMS[base](ctx, args, io)
    if base == "ps":
        return system.ps(ctx, args, io, argv_self=tuple(words))
    if base == "echo":
        return system.echo(ctx, args, io, shell="ash" if ctx.flavor.busybox else "coreutils")
    if base == "pwd":
        io.out(ctx.cwd + "\n")
        return 0
    if base in ("true", ":"):
        return 0
    if base == "false":
        return 1
    if base == "sleep":
        notes.append(f"'{' '.join(words)}': the model does not wait; the command returns at once")
        return 0
    notes.append(f"the model does not run {base}: '{' '.join(words)}' is assumed to succeed (exit code 0)")
    return 0


def _result(io: Streams, status: int, notes: list, cwd: str, not_found: str = "") -> ShellResult:
    return ShellResult(status, io.text(), io.text(1), io.text(2), tuple(dict.fromkeys(notes)), cwd, not_found,
                       io.truncated)


def run(argv, ctx: Context, *, stdin: str = "") -> ShellResult:
    """Run ``argv`` as a container's process: ``docker run IMAGE ARGV…`` or ``docker exec CONTAINER ARGV…``.

    No shell reads ``argv`` (as with Docker's exec form): ``["ls", "/"]``
    runs ``ls``; ``["sh", "-c", "…"]`` runs the shell on the text. A
    program the image lacks sets :attr:`ShellResult.not_found` and exit code
    127, and prints nothing: Docker itself reports it.

    Examples
    --------
    >>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
    >>> ctx = Context(ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=debian\\n")})), env={"PATH": "/bin"})
    >>> r = run(["sh", "-c", "cat /nosuch; yarn"], ctx)
    >>> print(r.output, end="")
    cat: /nosuch: No such file or directory
    sh: 1: yarn: not found
    >>> r.exit_code
    127
    """
    io = Streams(stdin)
    notes: list[str] = []
    words = [str(w) for w in argv]
    if not words:
        return _result(io, 0, notes, ctx.cwd)
    if not available(words[0], ctx):
        return _result(io, 127, notes, ctx.cwd, not_found=words[0])
    status = _exec(posixpath.basename(words[0]), words, ctx, io, notes, depth=0, script=True)
    return _result(io, status, notes, ctx.cwd)


def run_script(text: str, ctx: Context, *, shell: str | None = None, interactive: bool = True) -> ShellResult:
    """Run one line typed at a shell prompt inside a container (``docker exec -it web sh``, then this).

    ``ctx.cwd`` is updated by ``cd``, so a prompt keeps its place from one
    line to the next.

    Examples
    --------
    >>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
    >>> ctx = Context(ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=alpine\\n"), "app": Entry("dir")})))
    >>> run_script("cd /app", ctx).exit_code, ctx.cwd
    (0, '/app')
    >>> print(run_script("cd /nosuch", ctx).output, end="")
    sh: cd: can't cd to /nosuch: No such file or directory
    """
    io = Streams()
    notes: list[str] = []
    sh = _Shell(ctx, shell or ctx.flavor.shell, script=not interactive, depth=0, io=io, notes=notes)
    status = sh.run_text(text)
    return _result(io, status, notes, ctx.cwd)
