"""The public records of a parsed Dockerfile: instructions, stages, health checks, sources.

Plain frozen data (``frontend/dockerfile/instructions/commands.go`` in BuildKit), what pass 2
produces and pass 3 reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .common import DEFAULT_SHELL, _Fail
from .heredoc import Heredoc, _must_heredoc
from .flags import _BFlags, _flag_spec

__all__ = ["Instruction", "Stage", "HealthCheck", "Source", "ExpandedInstruction", "source_kind"]


# ---------------------------------------------------------------------------
# public records
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Instruction:
    """One instruction of a Dockerfile, as BuildKit's parser reads it.

    Attributes
    ----------
    cmd : str
        The keyword in upper case (``"RUN"``), however it was written.
    args : tuple of str
        The arguments after parsing, before any substitution:

        * ``RUN CMD ENTRYPOINT SHELL``: the JSON array's items, or the whole
          shell-form text as one string;
        * ``COPY ADD VOLUME``: the JSON items, or the words split at blanks;
        * ``FROM EXPOSE``: the words; ``ARG``: the words (``NAME=value``);
        * ``ENV LABEL``: name, value, name, value... with quotes still in the
          values (``ENV K V`` legacy form: the whole rest is the value);
        * ``HEALTHCHECK``: the type (``CMD``/``NONE``) then the command;
        * ``ONBUILD``: the trigger text (``"RUN echo hi"``);
        * ``MAINTAINER USER WORKDIR STOPSIGNAL``: the rest of the line.
    json_form : bool
        True if the arguments were a JSON array.
    flags : tuple of str
        The ``--flags`` as written, quotes removed (``"--from=build"``).
    original : str
        The instruction's text, continuation lines joined and comments
        inside the continuation removed, as BuildKit keeps it.
    line, end_line : int
        The 1-based first and last line (a heredoc body counts).
    heredocs : tuple of Heredoc
        The here-documents, in order (empty for most instructions).
    inner : Instruction or None
        For ``ONBUILD``: the trigger instruction, parsed (None if the trigger
        is itself invalid; Docker only finds out when a child image is built).

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_instruction
    >>> i = parse_instruction('COPY --from=build --chown=app:app ["a b", "/c/"]')
    >>> i.cmd, i.args, i.json_form, i.flags
    ('COPY', ('a b', '/c/'), True, ('--from=build', '--chown=app:app'))
    >>> i.flag_values
    {'from': 'build', 'chown': 'app:app'}
    >>> parse_instruction("env A=1 B='x y'").pairs
    (('A', '1'), ('B', "'x y'"))
    """

    cmd: str
    args: tuple[str, ...]
    json_form: bool
    flags: tuple[str, ...]
    original: str
    line: int
    end_line: int
    heredocs: tuple[Heredoc, ...] = ()
    inner: "Instruction | None" = None

    def __str__(self) -> str:
        return self.original

    @property
    def pairs(self) -> tuple[tuple[str, str | None], ...]:
        """``(name, value)`` pairs of ``ENV``, ``LABEL`` (raw text) and ``ARG`` (value None if absent)."""
        if self.cmd in ("ENV", "LABEL"):
            return tuple(zip(self.args[::2], self.args[1::2]))
        if self.cmd == "ARG":
            return tuple((a.split("=", 1)[0], a.split("=", 1)[1]) if "=" in a else (a, None) for a in self.args)
        return ()

    @property
    def flag_values(self) -> dict[str, object]:
        """The flags by name: a string, True/False for switches, a tuple for ``--mount``/``--exclude``."""
        spec = _flag_spec(self)
        try:
            return _BFlags(self.flags, spec).parse(self.cmd) if spec is not None else {}
        except _Fail:  # pragma: no cover - flags were checked when parsed
            return {}

    @property
    def remote_sources(self) -> tuple[str, ...]:
        """For ``ADD``/``COPY``: the sources that are URLs or git repositories (see :func:`source_kind`)."""
        if self.cmd not in ("ADD", "COPY") or len(self.args) < 2:
            return ()
        return tuple(s for s in self.args[:-1] if _must_heredoc(s) is None and source_kind(s) != "local")


@dataclass(frozen=True)
class Stage:
    """One build stage: a ``FROM`` and the instructions up to the next ``FROM``.

    Attributes
    ----------
    index : int
        0 for the first stage.
    name : str or None
        The ``AS`` name, in lower case (stage names are case-insensitive).
    base : str
        The ``FROM`` image text after substituting the global ``ARG`` s
        (``"alpine:3.19"``, ``"scratch"``, or an earlier stage's name).
    platform : str or None
        The ``--platform=`` value after substitution.
    instructions : tuple of Instruction
        The instructions after the ``FROM``.
    from_instruction : Instruction
        The ``FROM`` itself.
    base_stage : int or None
        The index of the earlier stage ``base`` names, if it names one.
    """

    index: int
    name: str | None
    base: str
    platform: str | None
    instructions: tuple[Instruction, ...]
    from_instruction: Instruction
    base_stage: int | None = None

    @property
    def display_name(self) -> str:
        """The name BuildKit shows: the ``AS`` name, else ``stage-<index>``."""
        return self.name or f"stage-{self.index}"


class HealthCheck(NamedTuple):
    """A ``HEALTHCHECK`` as it goes into the image config (durations in nanoseconds, 0 = default).

    ``test`` is ``("NONE",)``, ``("CMD", exe, args...)`` or ``("CMD-SHELL", command)``.
    """

    test: tuple[str, ...]
    interval: int = 0
    timeout: int = 0
    start_period: int = 0
    start_interval: int = 0
    retries: int = 0


class Source(NamedTuple):
    """One source of ``COPY``/``ADD`` after substitution.

    ``kind`` is ``"local"`` (a path in the build context or the ``--from``
    stage), ``"url"`` (``http://``/``https://``), ``"git"`` (a git repository:
    the builder raises "ADD from a URL is not available offline" for these
    two) or ``"heredoc"`` (``path`` is the file name, ``content`` the text).
    """

    kind: str
    path: str
    content: str | None = None


@dataclass(frozen=True)
class ExpandedInstruction:
    """An instruction after Docker's substitution, with the state a builder needs.

    Produced by :func:`expand_stage` / :meth:`Dockerfile.expand`. Fields that
    do not apply to the instruction are empty or None.

    Attributes
    ----------
    cmd : str
        The keyword (``"COPY"``).
    line : int
        The instruction's first line.
    args : tuple of str
        The arguments after substitution: for ``COPY``/``ADD`` the sources
        and the destination (heredoc markers such as ``<<EOF`` unchanged);
        for ``ENV``/``LABEL`` name, value, name, value...; for ``ARG`` the
        ``NAME=value`` the stage ends up with (``NAME`` alone if unset); for
        ``EXPOSE`` the words after substitution; ``VOLUME``, ``WORKDIR``,
        ``USER``, ``STOPSIGNAL`` substituted. ``RUN``, ``CMD``,
        ``ENTRYPOINT``, ``SHELL``, ``HEALTHCHECK``, ``MAINTAINER`` and
        ``ONBUILD`` are not substituted (the shell, or a later build, does it).
    flags : dict
        The parsed flags: strings (``chown``, ``chmod``, ``checksum``
        substituted; ``from`` as written), True/False for switches
        (``link``), tuples for ``mount``/``exclude``.
    pairs : tuple of (str, str or None)
        ``ENV``/``LABEL``/``ARG`` assignments after substitution.
    sources : tuple of Source
        ``COPY``/``ADD`` sources, in order, heredoc files included.
    dest : str or None
        ``COPY``/``ADD`` destination.
    ports : tuple of str
        ``EXPOSE``: ``"80/tcp"``, ``"53/udp"``, ranges expanded.
    argv : tuple of str or None
        ``RUN``/``CMD``/``ENTRYPOINT``: what is executed, the shell prepended
        for the shell form (a single ``RUN <<EOF`` heredoc becomes the
        script text, or ``/dev/pipes/EOF`` when it starts with ``#!``, as
        BuildKit runs it).
    healthcheck : HealthCheck or None
        ``HEALTHCHECK``.
    from_stage : int or None
        ``COPY --from``: the index of the stage copied from ...
    from_image : str or None
        ... or the image, when the value names no stage.
    env : dict
        The image's ``ENV`` after this instruction (``PATH`` always set).
    scope : dict
        The variables visible to this instruction: what ``$VAR`` expanded
        from, and the environment a ``RUN`` gets (image env + ARGs + ENVs).
    build_args : dict
        The ``ARG`` s declared in this stage so far, with their values.
    workdir : str
        The working directory after this instruction.
    shell : tuple of str
        The shell after this instruction.
    """

    cmd: str
    line: int
    args: tuple[str, ...] = ()
    flags: dict = field(default_factory=dict, hash=False)
    pairs: tuple[tuple[str, str | None], ...] = ()
    sources: tuple[Source, ...] = ()
    dest: str | None = None
    ports: tuple[str, ...] = ()
    argv: tuple[str, ...] | None = None
    healthcheck: HealthCheck | None = None
    from_stage: int | None = None
    from_image: str | None = None
    env: dict = field(default_factory=dict, hash=False)
    scope: dict = field(default_factory=dict, hash=False)
    build_args: dict = field(default_factory=dict, hash=False)
    workdir: str = "/"
    shell: tuple[str, ...] = DEFAULT_SHELL


def source_kind(src: str) -> str:
    """What an ``ADD``/``COPY`` source is: ``"git"``, ``"url"`` or ``"local"``.

    As BuildKit decides it (``gitutil.ParseGitRef`` is tried first): a git
    repository is a ``git://`` or ``ssh://`` URL, ``user@host:path``, or an
    ``http(s)://`` URL whose path ends in ``.git``; any other ``http://`` or
    ``https://`` text is a URL; everything else is a local path.

    Examples
    --------
    >>> from taxonomy.dockerfile import source_kind
    >>> [source_kind(s) for s in ("https://example.com/a.tgz", "https://github.com/moby/moby.git#v1",
    ...                           "git@github.com:moby/moby", "./src")]
    ['url', 'git', 'git', 'local']
    """
    if src.startswith("./") or src.startswith("../"):
        return "local"
    base = src.split("#", 1)[0]
    if re.match(r"(git|ssh)://", base) or re.match(r"[A-Za-z0-9_.+-]+@[A-Za-z0-9.-]+:", base):
        return "git"
    if base.startswith(("http://", "https://")):
        path = re.sub(r"^https?://[^/]*", "", base).split("?", 1)[0]
        return "git" if path.endswith(".git") else "url"
    return "local"
