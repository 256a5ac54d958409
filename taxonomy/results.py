"""What operations give back: small records that the command line prints.

Operations return data, not text. :mod:`taxonomy.cli` turns these records
into the lines the docker CLI prints, and notebooks can read their fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["LayerStatus", "PullResult", "PushResult", "RemoveResult", "RunResult", "CommandResult"]


@dataclass(frozen=True)
class LayerStatus:
    """One layer's fate in a pull or push: ``Pull complete``, ``Already exists`` …"""

    digest: str
    status: str
    nominal_size: int = 0


@dataclass(frozen=True)
class PullResult:
    """The outcome of a pull.

    Attributes
    ----------
    reference : str
        The full reference pulled (``docker.io/library/nginx:1.27``).
    familiar : str
        Docker's short form (``nginx:1.27``).
    image : str
        The image id (config digest).
    digest : str
        The manifest digest, as ``Digest:`` prints it.
    layers : tuple of LayerStatus
        Bottom layer first.
    up_to_date : bool
        True when the host already had this image under this name.
    """

    reference: str
    familiar: str
    image: str
    digest: str
    layers: tuple
    up_to_date: bool
    default_tag: bool = False

    @property
    def downloaded(self) -> int:
        """Nominal bytes downloaded (layers the host lacked)."""
        return sum(l.nominal_size for l in self.layers if l.status == "Pull complete")


@dataclass(frozen=True)
class PushResult:
    """The outcome of a push: per-layer status and the pushed manifest digest."""

    reference: str
    repository: str
    tag: str
    digest: str
    size: int
    layers: tuple
    default_tag: bool = False


@dataclass(frozen=True)
class RemoveResult:
    """What ``rmi`` did: ``Untagged: …`` and ``Deleted: …`` lines, in order."""

    untagged: tuple = ()
    deleted: tuple = ()
    events: tuple = ()


@dataclass(frozen=True)
class RunResult:
    """The outcome of creating (and maybe starting) a container."""

    container: str
    id: str
    state: str
    exit_code: int | None
    output: str
    pull: PullResult | None = None


@dataclass(frozen=True)
class CommandResult:
    """What ``world.docker(...)`` gives: the exit code and the printed text.

    Examples
    --------
    >>> r = CommandResult(0, "Login Succeeded\\n")
    >>> r.ok, str(r)
    (True, 'Login Succeeded\\n')
    """

    exit_code: int
    output: str
    command: str = ""
    changed: tuple = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        """True when the exit code is 0."""
        return self.exit_code == 0

    def __str__(self) -> str:
        return self.output
