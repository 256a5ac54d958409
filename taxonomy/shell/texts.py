"""What the programs say: BusyBox's texts in Alpine, GNU coreutils', dash's and bash's in Debian and Ubuntu.

The same mistake reads differently in the two families, and learners copy
both into search engines, so each text is the program's own (from the
BusyBox 1.37 and coreutils 9 sources, dash 0.5.12 and bash 5.2):

===========  ===========================================  =====  ===================================================  =====
program      BusyBox (Alpine)                             exit   coreutils / dash / bash (Debian, Ubuntu)             exit
===========  ===========================================  =====  ===================================================  =====
ls           ``ls: x: No such file or directory``         1      ``ls: cannot access 'x': No such file or directory``  2
cat          ``cat: can't open 'x': No such file ...``    1      ``cat: x: No such file or directory``                1
stat         ``stat: can't stat 'x': No such file ...``   1      ``stat: cannot statx 'x': No such file ...``         1
rm           ``rm: can't remove 'x': No such file ...``   1      ``rm: cannot remove 'x': No such file ...``          1
mkdir        ``mkdir: can't create directory 'x': ...``   1      ``mkdir: cannot create directory 'x': File exists``  1
touch        ``touch: x: No such file or directory``      1      ``touch: cannot touch 'x': No such file ...``        1
not found    ``sh: x: not found``                         127    ``sh: 1: x: not found`` / ``bash: x: command ...``   127
===========  ===========================================  =====  ===================================================  =====

Examples
--------
>>> BUSYBOX.missing("ls", "x")
('ls: x: No such file or directory', 1)
>>> GNU.missing("ls", "x")
("ls: cannot access 'x': No such file or directory", 2)
>>> shell_not_found("dash", "yarn", script=True)
'sh: 1: yarn: not found'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import FilesystemError

__all__ = ["Flavor", "BUSYBOX", "GNU", "GNU_BASH", "quote", "strerror", "shell_not_found", "shell_cd_failed",
           "shell_cannot_create", "KERNEL_RELEASE", "KERNEL_VERSION"]

#: The kernel the model's containers report (Docker Desktop's LinuxKit VM of late 2025;
#: on a Linux host a container shares the host's kernel, whatever it is).
KERNEL_RELEASE = "6.10.14-linuxkit"
KERNEL_VERSION = "#1 SMP PREEMPT_DYNAMIC Thu Oct 24 19:30:56 UTC 2024"


def strerror(errno: str) -> str:
    """The C library's message for an errno name.

    Examples
    --------
    >>> strerror("ENOTDIR")
    'Not a directory'
    """
    return FilesystemError.STRERROR.get(errno, errno)


def quote(name: str) -> str:
    """Quote a file name as coreutils does in messages (``'x'``; ``"it's"`` with a quote inside).

    Examples
    --------
    >>> quote("a b"), quote("it's")
    ("'a b'", '"it\\'s"')
    """
    if "'" in name:
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"'{name}'"


@dataclass(frozen=True)
class Flavor:
    """The userland of an image: ``busybox`` (Alpine, BusyBox images) or ``gnu`` (Debian, Ubuntu)."""

    name: str
    shell: str            # what /bin/sh is: "ash" or "dash"

    @property
    def busybox(self) -> bool:
        """True for BusyBox's userland."""
        return self.name == "busybox"

    def missing(self, prog: str, path: str, errno: str = "ENOENT") -> tuple[str, int]:
        """The message and exit code of ``prog`` failing on ``path``."""
        err = strerror(errno)
        if self.busybox:
            table = {
                "ls": (f"ls: {path}: {err}", 1),
                "cat": (f"cat: can't open '{path}': {err}", 1),
                "stat": (f"stat: can't stat '{path}': {err}", 1),
                "rm": (f"rm: can't remove '{path}': {err}", 1),
                "mkdir": (f"mkdir: can't create directory '{path}': {err}", 1),
                "touch": (f"touch: {path}: {err}", 1),
            }
        else:
            q = quote(path)
            table = {
                "ls": (f"ls: cannot access {q}: {err}", 2),
                "cat": (f"cat: {path}: {err}", 1),
                "stat": (f"stat: cannot statx {q}: {err}", 1),
                "rm": (f"rm: cannot remove {q}: {err}", 1),
                "mkdir": (f"mkdir: cannot create directory {q}: {err}", 1),
                "touch": (f"touch: cannot touch {q}: {err}", 1),
            }
        return table.get(prog, (f"{prog}: {path}: {err}", 1))

    def cat_directory(self, path: str) -> str:
        """``cat DIR``: BusyBox reports a read error, coreutils names the file."""
        return "cat: read error: Is a directory" if self.busybox else f"cat: {path}: Is a directory"

    def rm_directory(self, path: str) -> str:
        """``rm DIR`` without ``-r``."""
        return f"rm: '{path}' is a directory" if self.busybox else f"rm: cannot remove {quote(path)}: Is a directory"

    def rm_root(self) -> str:
        """``rm -rf /``: both refuse."""
        if self.busybox:
            return "rm: can't remove '/'"
        return "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe"

    def missing_operand(self, prog: str) -> tuple[str, int]:
        """A program called without the operand it needs (``rm``, ``mkdir``, ``touch``, ``cat`` is fine)."""
        if self.busybox:
            return (f"BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: {prog} "
                    + {"rm": "[-irf] FILE...", "mkdir": "[-m MODE] [-p] DIRECTORY...", "touch": "[-c] [-d DATE] [-t DATE] [-r FILE] FILE...",
                       "stat": "[-ltf] [-c FMT] FILE..."}.get(prog, "[OPTIONS]"), 1)
        return (f"{prog}: missing operand\nTry '{prog} --help' for more information.", 1)

    def bad_option(self, prog: str, option: str) -> tuple[str, int]:
        """An option the program lacks (``ls -Q`` in BusyBox)."""
        if self.busybox:
            return (f"{prog}: unrecognized option: {option.lstrip('-')[:1]}\n"
                    f"BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.", 1)
        return (f"{prog}: invalid option -- '{option.lstrip('-')[:1]}'\nTry '{prog} --help' for more information.",
                2 if prog == "ls" else 1)

    def unknown_user(self, uid: int) -> str:
        """``whoami`` for a uid that /etc/passwd lacks."""
        return f"whoami: unknown uid {uid}" if self.busybox else f"whoami: cannot find name for user ID {uid}"


BUSYBOX = Flavor("busybox", "ash")
GNU = Flavor("gnu", "dash")
#: Oracle Linux, Fedora, RHEL (the ``mysql`` image): GNU tools, and ``/bin/sh`` is bash.
GNU_BASH = Flavor("gnu", "bash-as-sh")


def _prefix(shell: str, script: bool, builtin: str = "") -> str:
    if shell in ("bash", "bash-as-sh"):     # Oracle Linux's /bin/sh is bash, and names itself "sh"
        name = "sh" if shell == "bash-as-sh" else "bash"
        return f"{name}: " + ("line 1: " if script else "") + (f"{builtin}: " if builtin else "")
    if shell == "dash":
        return "sh: 1: " + (f"{builtin}: " if builtin else "")
    # BusyBox ash names the builtin, then the line when not reading a terminal.
    return "sh: " + (f"{builtin}: " if builtin else "") + ("line 1: " if script and builtin else "")


def shell_not_found(shell: str, prog: str, *, script: bool) -> str:
    """What a shell says for a program it cannot find (exit code 127).

    Examples
    --------
    >>> shell_not_found("ash", "bash", script=True)
    'sh: bash: not found'
    >>> shell_not_found("bash", "yarn", script=False)
    'bash: yarn: command not found'
    """
    if shell in ("bash", "bash-as-sh"):
        return _prefix(shell, script) + f"{prog}: command not found"
    return _prefix(shell, script) + f"{prog}: not found"


def shell_cd_failed(shell: str, path: str, errno: str, *, script: bool) -> tuple[str, int]:
    """``cd`` into a missing place: the text and the exit status (2 in ash and dash, 1 in bash).

    Examples
    --------
    >>> shell_cd_failed("ash", "/nosuch", "ENOENT", script=True)
    ("sh: cd: line 1: can't cd to /nosuch: No such file or directory", 2)
    >>> shell_cd_failed("dash", "/nosuch", "ENOENT", script=True)
    ("sh: 1: cd: can't cd to /nosuch", 2)
    """
    if shell in ("bash", "bash-as-sh"):
        return _prefix(shell, script, "cd") + f"{path}: {strerror(errno)}", 1
    if shell == "dash":
        return _prefix(shell, script, "cd") + f"can't cd to {path}", 2
    return _prefix(shell, script, "cd") + f"can't cd to {path}: {strerror(errno)}", 2


def shell_cannot_create(shell: str, path: str, errno: str, *, script: bool) -> tuple[str, int]:
    """A ``>`` redirection that cannot open its file.

    Examples
    --------
    >>> shell_cannot_create("ash", "/nosuch/x", "ENOENT", script=True)
    ("sh: can't create /nosuch/x: nonexistent directory", 2)
    >>> shell_cannot_create("dash", "/nosuch/x", "ENOENT", script=True)
    ('sh: 1: cannot create /nosuch/x: Directory nonexistent', 2)
    """
    if shell in ("bash", "bash-as-sh"):
        return _prefix(shell, script) + f"{path}: {strerror(errno)}", 1
    if shell == "dash":
        why = "Directory nonexistent" if errno in ("ENOENT", "ENOTDIR") else strerror(errno)
        return _prefix(shell, script) + f"cannot create {path}: {why}", 2
    why = "nonexistent directory" if errno in ("ENOENT", "ENOTDIR") else strerror(errno)
    return _prefix(shell, script) + f"can't create {path}: {why}", 2
