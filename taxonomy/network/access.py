"""Who may pull what: the confidentiality half of choosing a registry.

The source material gives two reasons for a private registry: network
latency, and confidentiality. :func:`pull_access` answers the second for one
image reference: for every host of the world, would ``docker pull`` be
allowed, and if not, what would Docker answer? It looks only; nothing is
pulled.

The rules are Docker's and the registries' (see ``docs/simplifications.md``):

* a **public** registry (Docker Hub) lets anyone pull a public repository;
  a *private* repository only to the accounts with rights on it, after
  ``docker login``;
* a **private registry** (``private-cloud`` such as an Azure Container
  Registry, ``on-premises`` such as a Docker Trusted Registry) needs a
  login even to pull;
* logins are per host, as the docker CLI keeps them in ``config.json``.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.add_registry("contoso.azurecr.io", kind="private-cloud")
>>> w.add_account("contoso.azurecr.io", "deploy", "s3cret")
>>> _ = w.pull("alpine:3.20"); _ = w.tag("alpine:3.20", "contoso.azurecr.io/app:1")
>>> _ = w.login("contoso.azurecr.io", "deploy", "s3cret"); _ = w.push("contoso.azurecr.io/app:1")
>>> _ = w.add_host("guest")
>>> access = w.who_can_pull("contoso.azurecr.io/app:1")
>>> access.allowed
('laptop',)
>>> print(access.denied["guest"])
Error response from daemon: Head "https://contoso.azurecr.io/v2/app/manifests/1": unauthorized: authentication required
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import i18n
from ..errors import Denied, NotFound, Unauthorized
from ..reference import parse_reference
from .text import NetTable
from ..ops.images import remote_image
from ..ops.registries import logged_in

__all__ = ["PullAccess", "pull_access"]


@dataclass(frozen=True)
class PullAccess(NetTable):
    """Who may pull one reference: a table (host, allowed, what Docker says).

    Attributes
    ----------
    reference : str
        The full reference asked about.
    allowed : tuple of str
        Hosts whose ``docker pull`` would succeed.
    denied : dict
        Host → Docker's error for the others.
    """

    reference: str = ""
    allowed: tuple = ()
    denied: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"PullAccess({self.reference!r}, allowed={list(self.allowed)})"

    def can(self, host: str) -> bool:
        """Whether ``host`` may pull the reference."""
        return host in self.allowed


def pull_access(world, reference: str, lang: str | None = None) -> PullAccess:
    """For each host of ``world``: may it pull ``reference``, and if not, Docker's message.

    Raises
    ------
    InvalidReference
        A malformed reference.
    """
    lang = i18n.resolve(lang)
    ref = parse_reference(reference)
    allowed, denied, rows = [], {}, []
    for host in world.hosts():
        node = world.host_node(host)
        try:
            remote_image(world, node, ref)
        except (Unauthorized, Denied, NotFound) as err:
            denied[host] = f"Error response from daemon: {err}"
            rows.append((host, logged_in(world, ref.domain, host) or "—", i18n.text("network.no", lang=lang),
                         denied[host]))
            continue
        allowed.append(host)
        rows.append((host, logged_in(world, ref.domain, host) or "—", i18n.text("network.yes", lang=lang),
                     i18n.text("network.access.ok", lang=lang)))
    headings = tuple(i18n.text(f"network.col.{k}", lang=lang) for k in ("host", "login", "allowed", "docker_says"))
    caption = i18n.text("network.access.caption", lang=lang, reference=ref.familiar)
    return PullAccess(headings, tuple(rows), caption, str(ref), tuple(allowed), denied)
