"""Locations, links and pull-time estimates: the world's side of the network lab.

Every host and registry has a ``location`` (a place such as ``office`` or
``cloud-europe``, see :mod:`taxonomy.network.locations`). Links between
places have a bandwidth and a round-trip time; a world starts with the
documented defaults and may change any of them with :func:`set_link`,
which goes through the journal like every operation (undo, save and load
keep it). With those, :func:`estimate_pull` says how long a
``docker pull`` would take (see :mod:`taxonomy.network.pullmodel` for the
formula) and :func:`estimate_class_pull` how long a whole class
or cluster takes when it pulls at once.

Estimates only look: they never change the world.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> w.location_of("laptop"), w.location_of("docker.io")
('home', 'internet')
>>> est = w.estimate_pull("nginx:1.27", "laptop")
>>> est.missing, est.bandwidth, round(est.total, 1)
(7, 100.0, 6.7)
>>> w.set_link("home", "internet", bandwidth=1000)
>>> round(w.estimate_pull("nginx:1.27", "laptop").total, 1)   # now extraction dominates
2.3
>>> w.undo()
'set link home-internet'
"""

from __future__ import annotations

from dataclasses import replace

from .. import ids
from .. import platforms as _platforms
from .. import i18n
from ..errors import Conflict, InvalidArgument, NotFound, TaxonomyError


__all__ = [
    "locations",
    "add_location",
    "location_of",
    "set_location",
    "link",
    "links",
    "set_link",
    "reset_link",
    "uplink",
    "set_uplink",
    "estimate_pull",
    "estimate_class_pull",
    "compare_registries",
    "who_can_pull", "estimate_for_pull",
]

_LINKS = "network_links"          # graph attribute: "a|b" -> {"bandwidth", "rtt", "shared"}
_PLACES = "network_locations"     # graph attribute: added places -> {"label"}


def _key(a: str, b: str) -> str:
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    return "|".join(_loc.pair(a, b))


def _number(value, what: str, *, positive: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise InvalidArgument(f"{what} must be a number, not {value!r}")
    if positive and value <= 0 or not positive and value < 0 or value == float("inf"):
        bound = "greater than 0" if positive else "0 or more"
        raise InvalidArgument(f"{what} must be {bound} and finite, not {value!r}")
    return float(value)


# -- places ------------------------------------------------------
def locations(world) -> list[str]:
    """The places of this world: the six defaults, then those added.

    Examples
    --------
    >>> import taxonomy as tx
    >>> tx.World().locations()
    ['home', 'office', 'datacenter', 'cloud-europe', 'cloud-us', 'internet']
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    return [*_loc.LOCATIONS, *sorted(world.graph.graph.get(_PLACES, {}))]


def add_location(world, name: str, *, label: str | None = None) -> str:
    """Add a place (a branch office, another cloud region); return its name.

    It has no links yet: give it some with :meth:`set_link`.

    Raises
    ------
    InvalidArgument
        A malformed name.
    Conflict
        The place exists.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_location("lyon-office")
    'lyon-office'
    >>> w.set_link("lyon-office", "internet", bandwidth=200, rtt=12, shared=True)
    >>> w.link("internet", "lyon-office").bandwidth
    200.0
    """
    import re
    if not isinstance(name, str) or not re.match(r"^[a-z0-9][a-z0-9-]{0,40}$", name):
        raise InvalidArgument(f"invalid location name {name!r}: use lowercase letters, digits and '-' "
                              "(e.g. 'lyon-office')")
    if name in locations(world):
        raise Conflict(f"the location {name!r} already exists")
    places = dict(world.graph.graph.get(_PLACES, {}))
    places[name] = {"label": str(label) if label else name}
    with world.journal.transaction(f"add location {name}"):
        world.journal.set_graph(_PLACES, places)
    return name


def _check_location(world, location) -> str:
    if not isinstance(location, str) or location not in locations(world):
        raise NotFound(f"unknown location {location!r}; the locations are: {', '.join(locations(world))} "
                       "(add one with world.add_location)")
    return location


def _place_node(world, node_or_name: str) -> str:
    """The node of a host or registry named ``node_or_name`` (or given by its node id)."""
    g = world.graph
    if isinstance(node_or_name, str) and node_or_name in g and g.nodes[node_or_name]["kind"] in ("host", "registry"):
        return node_or_name
    if not isinstance(node_or_name, str):
        raise InvalidArgument(f"name a host or a registry, not {node_or_name!r}")
    found = [n for n in (ids.host_id(node_or_name), ids.registry_id(node_or_name)) if n in g]
    if len(found) == 2:
        raise InvalidArgument(f"{node_or_name!r} is both a host and a registry; "
                              f"say 'host:{node_or_name}' or 'registry:{node_or_name}'")
    if not found:
        raise NotFound(f"no host or registry named {node_or_name!r}; the hosts are: {', '.join(world.hosts()) or 'none'}; "
                       f"the registries are: {', '.join(world.registries()) or 'none'}")
    return found[0]


def location_of(world, node_or_name: str) -> str:
    """Where a host or registry stands: its ``location``, or the default for it.

    Hosts stand at ``home`` by default; registries by kind: public ones on
    the ``internet``, private cloud ones in ``cloud-europe``, on-premises
    ones in the ``datacenter``.
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    d = world.graph.nodes[_place_node(world, node_or_name)]
    return d.get("location") or _loc.default_location(kind=d["kind"], registry_kind=d.get("registry_kind"),
                                                      name=d["name"])


def set_location(world, node_or_name: str, location: str) -> None:
    """Move a host or a registry to another place.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.set_location("laptop", "office")
    >>> w.location_of("laptop")
    'office'
    """
    node = _place_node(world, node_or_name)
    _check_location(world, location)
    with world.journal.transaction(f"set location {world.graph.nodes[node]['name']} {location}"):
        world.journal.set(node, "location", location)


# -- links -------------------------------------------------------
def link(world, a: str, b: str):
    """The link between two places (the same place twice: its local network).

    Returns
    -------
    taxonomy.network.locations.Link

    Raises
    ------
    NotFound
        An unknown place, or two places with no link between them.
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    _check_location(world, a)
    _check_location(world, b)
    x, y = _loc.pair(a, b)
    row = world.graph.graph.get(_LINKS, {}).get(_key(a, b))
    if row is not None:
        return _loc.Link(x, y, float(row["bandwidth"]), float(row["rtt"]), bool(row["shared"]), "world")
    link = _loc.default_link(a, b)
    if link is None:
        raise NotFound(f"no link between {x!r} and {y!r}; give one with "
                       f"world.set_link({x!r}, {y!r}, bandwidth=MBIT_S, rtt=MS)")
    return link


def links(world):
    """Every link of this world, with its figures and their source, as a table.

    Examples
    --------
    >>> import taxonomy as tx
    >>> table = tx.World().links()
    >>> table.rows[0][:5]
    ('home', 'home', '1000', '1', 'no')
    >>> len(table.links)
    20
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    from ..network.text import links_table
    found = {}
    places = locations(world)
    for i, a in enumerate(places):
        for b in places[i:]:
            try:
                found[_loc.pair(a, b)] = link(world, a, b)
            except NotFound:
                continue
    order = {p: i for i, p in enumerate(places)}
    shown = [l if order[l.a] <= order[l.b] else replace(l, a=l.b, b=l.a) for l in found.values()]
    return links_table(sorted(shown, key=lambda l: (order[l.a], order[l.b])))


def set_link(world, a: str, b: str, *, bandwidth: float | None = None, rtt: float | None = None,
             shared: bool | None = None) -> None:
    """Change the link between two places; what is not given stays as it is.

    Parameters
    ----------
    a, b : str
        Two places (the same twice for a place's local network).
    bandwidth : float, optional
        Mbit/s, more than 0.
    rtt : float, optional
        Round-trip time in ms, 0 or more.
    shared : bool, optional
        Whether the hosts of one place divide the bandwidth.

    Raises
    ------
    NotFound, InvalidArgument

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.set_link("office", "internet", bandwidth=1000)
    >>> l = w.link("office", "internet")
    >>> l.bandwidth, l.rtt, l.shared, l.source
    (1000.0, 10.0, True, 'world')
    >>> w.set_link("office", "internet", rtt=-1)
    Traceback (most recent call last):
    ...
    taxonomy.errors.InvalidArgument: the round-trip time (ms) must be 0 or more and finite, not -1
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    _check_location(world, a)
    _check_location(world, b)
    try:
        current = link(world, a, b)
    except NotFound:
        if bandwidth is None or rtt is None:
            x, y = _loc.pair(a, b)
            raise InvalidArgument(f"there is no link between {x!r} and {y!r} yet: give both bandwidth= and rtt=") from None
        current = None
    if shared is not None and not isinstance(shared, bool):
        raise InvalidArgument(f"shared must be True or False, not {shared!r}")
    row = {
        "bandwidth": _number(bandwidth, "the bandwidth (Mbit/s)", positive=True) if bandwidth is not None else current.bandwidth,
        "rtt": _number(rtt, "the round-trip time (ms)", positive=False) if rtt is not None else current.rtt,
        "shared": shared if shared is not None else (current.shared if current else False),
    }
    links = dict(world.graph.graph.get(_LINKS, {}))
    links[_key(a, b)] = row
    with world.journal.transaction(f"set link {'-'.join(_loc.pair(a, b))}"):
        world.journal.set_graph(_LINKS, links)


def reset_link(world, a: str, b: str) -> None:
    """Give a link back its default figures (or remove a link the world added).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.set_link("home", "internet", bandwidth=30)
    >>> w.reset_link("home", "internet")
    >>> w.link("home", "internet").bandwidth
    100.0
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    _check_location(world, a)
    _check_location(world, b)
    links = dict(world.graph.graph.get(_LINKS, {}))
    if _key(a, b) not in links:
        return
    del links[_key(a, b)]
    with world.journal.transaction(f"reset link {'-'.join(_loc.pair(a, b))}"):
        world.journal.set_graph(_LINKS, links)


# -- registry uplinks --------------------------------------------
def uplink(world, registry: str) -> float | None:
    """What a registry can send to all its clients at once, Mbit/s (None: no shared limit).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_registry("contoso.azurecr.io")
    'contoso.azurecr.io'
    >>> w.uplink("contoso.azurecr.io"), w.uplink("docker.io")
    (800.0, None)
    """
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    d = world.graph.nodes[world.registry_node(registry)]
    if "uplink" in d:
        return d["uplink"]
    return _loc.default_uplink(d.get("registry_kind"))


def set_uplink(world, registry: str, mbps: float | None) -> None:
    """Set a registry's uplink in Mbit/s (None: no shared limit, as a CDN).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_registry("contoso.azurecr.io")
    'contoso.azurecr.io'
    >>> w.set_uplink("contoso.azurecr.io", 480)   # ACR Standard: 60 MBps
    >>> w.uplink("contoso.azurecr.io")
    480.0
    """
    node = world.registry_node(registry)
    value = None if mbps is None else _number(mbps, "the uplink (Mbit/s)", positive=True)
    with world.journal.transaction(f"set uplink {registry}"):
        world.journal.set(node, "uplink", value)


# -- estimates ---------------------------------------------------
def _pull_layers(world, image: str, host_node: str | None, *, fresh: bool = False, platform: str | None = None):
    from ..network.lookup import pull_layers
    return pull_layers(world, image, host_node, fresh=fresh, platform=platform)


def _source(world, registry: str, mirror: str | None):
    """(source name, its location, its uplink) of the registry or mirror the hosts pull from."""
    from ..network import locations as _loc   # the network model loads on first use, not at import taxonomy
    world.registry_node(registry)
    if mirror is None:
        return registry, location_of(world, registry), uplink(world, registry)
    if registry != "docker.io":
        raise InvalidArgument(f"Docker uses registry mirrors only for Docker Hub images (registry-mirrors in "
                              f"daemon.json); {registry} is not Docker Hub: pull from it directly or put a "
                              "registry closer to the hosts")
    if ids.registry_id(mirror) in world.graph:
        return mirror, location_of(world, mirror), uplink(world, mirror)
    if mirror in locations(world):
        return f"mirror@{mirror}", mirror, _loc.MIRROR_UPLINK
    raise NotFound(f"unknown mirror {mirror!r}: give a location (e.g. 'office') or a registry of this world")


def _estimate(world, name, registry, layers, *, host, host_location, mirror, warm, on_link, pulling):
    from ..network import pullmodel as _pm   # the network model loads on first use, not at import taxonomy
    source, source_location, source_uplink = _source(world, registry, mirror)
    path = link(world, host_location, source_location)
    b = _pm.per_host_bandwidth(link=path.bandwidth, shared=path.shared, on_link=on_link, uplink=source_uplink,
                               pulling=pulling)
    rtt = path.seconds
    upstream = 0.0
    if mirror is not None and not warm:
        # A cold mirror first fetches, once, what it serves: from the registry to the mirror's place.
        up_link = link(world, source_location, location_of(world, registry))
        up_b = _pm.per_host_bandwidth(link=up_link.bandwidth, shared=up_link.shared, on_link=1,
                                      uplink=uplink(world, registry), pulling=1)
        cold = [(d, s, False) for d, s, present in layers if not present]
        fetched = _pm.pull_timeline(cold, rtt=up_link.seconds, bandwidth=up_b * 125_000.0,
                                    start=_pm.setup_time(up_link.seconds), extract_rate=None)
        upstream = fetched.downloads_end if cold else 0.0
    setup = _pm.setup_time(rtt)
    timeline = _pm.pull_timeline(layers, rtt=rtt, bandwidth=b * 125_000.0, start=setup + upstream)
    return _pm.PullEstimate(
        image=name, host=host, host_location=host_location, registry=registry, source=source,
        source_location=source_location, mirror=mirror, rtt=path.rtt, link=path.bandwidth, shared=path.shared,
        uplink=source_uplink, on_link=on_link, pulling=pulling, bandwidth=b, setup=setup, upstream=upstream,
        layers=timeline.layers, total=timeline.total, downloads_end=timeline.downloads_end)


def estimate_pull(world, image: str, host: str | None = None, registry: str | None = None,
                  mirror: str | None = None, *, warm: bool = True, platform: str | None = None):
    """How long ``docker pull image`` would take on ``host``, layer by layer. Changes nothing.

    Parameters
    ----------
    image : str
        A reference (``nginx:1.27``): looked up in its registry, or among
        the host's own images (an image built but not pushed yet).
    host : str, optional
        The host pulling (default: the default host). Layers it already
        has cost nothing.
    registry : str, optional
        The registry to pull from, if not the one the image's name
        points to: "what if this image were in that registry?".
    mirror : str, optional
        A pull-through mirror between the host and Docker Hub: a
        location (a mirror there with a 10 GbE port) or a registry of
        the world. Docker uses mirrors for Docker Hub images only.
    warm : bool
        Whether the mirror already holds the layers (otherwise it
        fetches them from the registry first).
    platform : str, optional
        For a multi-arch image, the platform whose manifest is pulled
        (default: the host's), as ``docker pull --platform``.

    Returns
    -------
    taxonomy.network.pullmodel.PullEstimate

    Raises
    ------
    InvalidReference, NotFound, InvalidArgument, PlatformMismatch

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("nginx:1.27")
    >>> est = w.estimate_pull("python:3.12-slim")
    >>> est.present, est.missing      # the debian base layer is already there
    (1, 3)
    """
    hnode = world.host_node(host)
    name, domain, layers = _pull_layers(world, image, hnode, platform=platform)
    registry = domain if registry is None else registry
    hname = world.graph.nodes[hnode]["name"]
    return _estimate(world, name, registry, layers, host=hname, host_location=location_of(world, hnode),
                          mirror=mirror, warm=warm, on_link=1, pulling=1)


def estimate_class_pull(world, image: str, hosts, registry: str | None = None, mirror: str | None = None, *,
                        location: str | None = None, warm: bool = True, platform: str | None = None):
    """How long it takes ``hosts`` pulling ``image`` at the same moment. Changes nothing.

    Parameters
    ----------
    image : str
    hosts : int or list of str
        A number of new hosts (with no layers yet) at ``location``, or
        the names of hosts of this world (each with its own layers and
        place).
    registry, mirror, warm
        As for :meth:`estimate_pull`. With a mirror, the hosts share the
        mirror's uplink; a cold mirror fetches the layers once.
    location : str, optional
        Where the new hosts are (default: the default host's place).
    platform : str, optional
        The platform of the new hosts (default ``linux/amd64``), or of
        every named host (default: each host's own).

    Returns
    -------
    taxonomy.network.pullmodel.ClassPullEstimate

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> one = w.estimate_class_pull("python:3.12", 1, location="office")
    >>> thirty = w.estimate_class_pull("python:3.12", 30, location="office")
    >>> round(one.total), round(thirty.total), round(thirty.slowest.bandwidth, 1)
    (12, 189, 16.7)
    """
    from ..network import pullmodel as _pm   # the network model loads on first use, not at import taxonomy
    from ..network.text import class_notes
    if isinstance(hosts, bool) or not isinstance(hosts, (int, list, tuple)):
        raise InvalidArgument(f"hosts must be a number of hosts or a list of host names, not {hosts!r}")
    if isinstance(hosts, int):
        if hosts < 1:
            raise InvalidArgument(f"the number of hosts must be at least 1, not {hosts}")
        place = _check_location(world, location) if location is not None else location_of(world, world.host_node(None))
        lookup = world.host_node(None) if world.default_host is not None else None
        name, domain, layers = _pull_layers(world, image, lookup, fresh=True,
                                                 platform=platform or _platforms.DEFAULT)
        registry = domain if registry is None else registry
        est = _estimate(world, name, registry, layers, host=None, host_location=place, mirror=mirror, warm=warm,
                             on_link=hosts, pulling=hosts)
        return _pm.ClassPullEstimate(name, est.source, hosts, (est,), (hosts,),
                                     class_notes(registry, mirror, hosts))
    if not hosts:
        raise InvalidArgument("give at least one host name")
    if location is not None:
        raise InvalidArgument("location= is for a number of new hosts; named hosts pull from where they stand")
    nodes = [world.host_node(h) for h in hosts]
    if len(set(nodes)) != len(nodes):
        raise InvalidArgument("a host is named twice; each host pulls once")
    places = [location_of(world, n) for n in nodes]
    estimates = []
    for n, place in zip(nodes, places):
        name, domain, layers = _pull_layers(world, image, n, platform=platform)
        reg = domain if registry is None else registry
        estimates.append(_estimate(world, name, reg, layers, host=world.graph.nodes[n]["name"], host_location=place,
                                        mirror=mirror, warm=warm, on_link=places.count(place),
                                        pulling=len(nodes)))
    first = estimates[0]
    return _pm.ClassPullEstimate(first.image, first.source, len(nodes), tuple(estimates), (1,) * len(nodes),
                                 class_notes(first.registry, mirror, len(nodes)))


def compare_registries(world, image: str, location: str | None = None, hosts: int = 1,
                       registries=None):
    """Pull ``image`` onto ``hosts`` new hosts at ``location`` from each registry: a table of estimates.

    Each registry is asked "what if the image were here?", so the
    comparison is about places and uplinks, not about what was pushed.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_registry("contoso.azurecr.io", kind="private-cloud")
    'contoso.azurecr.io'
    >>> w.add_registry("dtr.contoso.local", kind="on-premises")
    'dtr.contoso.local'
    >>> table = w.compare_registries("nginx:1.27", location="datacenter")
    >>> table.fastest
    'dtr.contoso.local'
    """
    from ..network.text import comparison_table
    names = list(registries) if registries is not None else world.registries()
    if not names:
        raise InvalidArgument("no registry to compare: add one with world.add_registry, or name some")
    rows = [(r, estimate_class_pull(world, image, hosts, registry=r, location=location)) for r in names]
    return comparison_table(rows)


def who_can_pull(world, reference: str):
    """Which hosts may pull ``reference`` from its registry, and what Docker says to the others.

    Looks only: nothing is pulled. The answer depends on the registry's
    kind (private registries need a login even to pull), on private
    repositories, and on each host's logins.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.add_host("guest")
    >>> w.who_can_pull("nginx:1.27").allowed
    ('guest', 'laptop')
    """
    from ..network.access import pull_access
    return pull_access(world, reference)


def estimate_for_pull(world, reference: str, host: str | None = None, lang: str | None = None,
                      platform: str | None = None) -> list:
    """The ``[model]`` estimate lines for ``docker pull --estimate REFERENCE``, computed before the pull.

    Never raises for a learner's mistake: a reference or place the model
    cannot estimate gives one ``[model] no estimate: …`` line, and the pull
    itself then answers as Docker does.

    Examples
    --------
    >>> import taxonomy as tx
    >>> print(*estimate_for_pull(tx.World(), "nosuch:1", lang="en"))
    [model] no estimate: no image nosuch:1 in registry docker.io nor on host 'laptop'; check the name, or build or push it first
    """
    from ..network.text import pull_estimate_lines   # the network model loads on first use, not at import taxonomy
    try:
        return pull_estimate_lines(estimate_pull(world, reference, host, platform=platform), lang)
    except TaxonomyError as err:
        return [i18n.text("network.pull.no_estimate", lang=lang, reason=str(err))]
