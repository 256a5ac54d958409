"""Registry accounts: login and logout, and private repositories.

A host remembers one login per registry, as the docker CLI's
``config.json`` does. Docker Hub lets anyone pull public repositories; a
private registry (an Azure Container Registry, a Docker Trusted Registry)
needs a login even to pull, which is the source material's first reason to
choose one: confidentiality.
"""

from __future__ import annotations

from .. import ids
from ..errors import InvalidArgument, NotFound, Unauthorized

__all__ = ["reachable_registry", "login", "logout", "logged_in", "set_private", "DOCKER_HUB_ALIASES"]

#: Names that all mean Docker Hub to ``docker login``.
DOCKER_HUB_ALIASES = ("docker.io", "index.docker.io", "registry-1.docker.io", "https://index.docker.io/v1/")


def _registry_domain(server: str | None) -> str:
    if not server or server in DOCKER_HUB_ALIASES:
        return "docker.io"
    for prefix in ("https://", "http://"):
        if server.startswith(prefix):
            server = server[len(prefix):]
    return server.rstrip("/")


def reachable_registry(world, domain: str) -> str:
    """The node of the registry at ``domain``, or NotFound with the daemon's words for an unknown host.

    Examples
    --------
    >>> import taxonomy as tx
    >>> reachable_registry(tx.World(), "docker.io")
    'registry:docker.io'
    >>> try:
    ...     reachable_registry(tx.World(), "nosuch.example")
    ... except tx.NotFound as err:
    ...     print(err)
    Get "https://nosuch.example/v2/": dial tcp: lookup nosuch.example: no such host
    """
    rnode = ids.registry_id(domain)
    if rnode not in world.graph:
        raise NotFound(f'Get "https://{domain}/v2/": dial tcp: lookup {domain}: no such host')
    return rnode


def login(world, registry: str | None, username: str, password: str, host: str | None = None) -> str:
    """Log a host in to a registry; return ``"Login Succeeded"``.

    Raises
    ------
    Unauthorized
        Wrong user name or password.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.login("docker.io", "student", "student")
    'Login Succeeded'
    >>> try:
    ...     w.login("docker.io", "student", "wrong")
    ... except tx.Unauthorized as err:
    ...     print(err)
    unauthorized: incorrect username or password
    """
    hnode = world.host_node(host)
    domain = _registry_domain(registry)
    rnode = reachable_registry(world, domain)
    if not username:
        raise InvalidArgument("Error: Cannot perform an interactive login from a non TTY device; give -u USER and -p PASSWORD")
    account = world.graph.nodes[rnode]["accounts"].get(username)
    if account is None or account["password"] != password:
        raise Unauthorized("unauthorized: incorrect username or password")
    logins = dict(world.graph.nodes[hnode]["logins"])
    logins[domain] = username
    with world.journal.transaction(f"login {domain}"):
        world.tick()
        world.journal.set(hnode, "logins", logins)
    return "Login Succeeded"


def logout(world, registry: str | None = None, host: str | None = None) -> str:
    """Forget a host's login to a registry; return Docker's message.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.logout()
    'Not logged in to https://index.docker.io/v1/'
    """
    hnode = world.host_node(host)
    domain = _registry_domain(registry)
    shown = "https://index.docker.io/v1/" if domain == "docker.io" else domain
    logins = dict(world.graph.nodes[hnode]["logins"])
    if domain not in logins:
        return f"Not logged in to {shown}"
    del logins[domain]
    with world.journal.transaction(f"logout {domain}"):
        world.tick()
        world.journal.set(hnode, "logins", logins)
    return f"Removing login credentials for {shown}"


def logged_in(world, registry: str, host: str | None = None) -> str | None:
    """The user a host is logged in as on a registry, or None."""
    return world.graph.nodes[world.host_node(host)]["logins"].get(_registry_domain(registry))


def set_private(world, repository: str, private: bool = True) -> None:
    """Make a registry repository private (only accounts with rights may pull) or public.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20"); _ = w.tag("alpine:3.20", "student/secret:1")
    >>> _ = w.login("docker.io", "student", "student"); _ = w.push("student/secret:1")
    >>> w.set_private("docker.io/student/secret")
    >>> w.graph.nodes["repository:docker.io/student/secret"]["private"]
    True
    """
    from ..reference import parse_reference
    node = ids.repository_id(parse_reference(repository).name)
    if node not in world.graph:
        raise NotFound(f"no such repository: {repository!r}; push an image to it first")
    with world.journal.transaction(f"set private {repository}"):
        world.journal.set(node, "private", bool(private))
