"""Places and the links between them: the default map of the network lab.

Every host and registry stands somewhere. The lab knows six places:

============== =========================================================
location       what it stands for
============== =========================================================
home           a developer's home, behind a residential broadband line
office         an office LAN, with one internet line for everybody
datacenter     the company's on-premises data centre
cloud-europe   a public-cloud region in Europe (say Azure West Europe)
cloud-us       a public-cloud region in the USA (say Azure East US)
internet       the public internet, where Docker Hub's CDN answers
============== =========================================================

Home, office and data centre are in Europe, near ``cloud-europe``.

A **link** between two places has a *bandwidth* (Mbit/s), a *round-trip
time* (RTT, ms) and says whether it is *shared*: the bandwidth of a shared
link (an office's internet line) is divided between the hosts of that place
that pull across it at the same time; an unshared link (a switch port, a
cloud VM's network card, each learner's own home line) gives every host the
whole bandwidth. A link from a place to itself is its local network.

Every default figure comes from a source named in :data:`SOURCES` (and in
``docs/network.md``). A world can change any link (``world.set_link``); the
defaults here never change.

Examples
--------
>>> link = default_link("cloud-europe", "datacenter")
>>> link.bandwidth, link.rtt, link.shared, link.source
(650.0, 15.0, True, 'vpn_gateway')
>>> default_link("office", "office").bandwidth
1000.0
>>> default_location(kind="registry", registry_kind="private-cloud", name="contoso.azurecr.io")
'cloud-europe'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "LOCATIONS",
    "SOURCES",
    "Link",
    "DEFAULT_LINKS",
    "DEFAULT_UPLINKS",
    "HOST_LOCATION",
    "REGISTRY_LOCATIONS",
    "MIRROR_UPLINK",
    "UPLINK_SOURCES",
    "default_link",
    "default_location",
    "default_uplink",
    "pair",
]

#: The default places, in the order the lab lists them.
LOCATIONS = ("home", "office", "datacenter", "cloud-europe", "cloud-us", "internet")

#: Where each default figure comes from (the full citations are in docs/network.md;
#: the texts shown to learners are the ``network.source.<id>`` catalogue keys).
SOURCES = {
    "ethernet_1g": "IEEE 802.3ab (1000BASE-T): Gigabit Ethernet, 1,000 Mbit/s per switch port; "
                   "RTT on one switched LAN well under 1 ms",
    "ethernet_10g": "IEEE 802.3an (10GBASE-T) / SFP+: 10 Gbit/s server ports in a data centre; "
                    "RTT inside one data centre about 0.2 ms",
    "azure_vm": "Azure Dsv5-series sizes: Standard_D4s_v5 has 12,500 Mbps expected network bandwidth; "
                "Azure availability zones are linked with a round-trip latency under 2 ms",
    "broadband": "Ookla Speedtest Global Index: worldwide fixed-broadband median about 79 Mbit/s down and "
                 "9 ms latency (Q1 2023); France 333 Mbit/s (October 2025). Rounded to 100 Mbit/s",
    "europe_rtt": "Azure network round-trip latency statistics (October 2019): 3 ms to 28 ms between "
                  "Azure regions in Europe",
    "transatlantic": "Physics: Amsterdam-Virginia is about 6,200 km; light in fibre covers about "
                     "200,000 km/s, so at least 62 ms there and back; real cable routes give about 80 ms",
    "vpn_gateway": "Azure VPN Gateway SKUs: VpnGw1 carries about 650 Mbps in aggregate, shared by all "
                   "traffic through the site-to-site tunnel",
    "office_line": "Assumption: a 500 Mbit/s business fibre line shared by the whole office "
                   "(change it to your own line with world.set_link)",
    "company_wan": "Assumption: a 1 Gbit/s line between the office and the data centre in the same city, "
                   "and the data centre's 1 Gbit/s internet transit",
    "cloud_cdn": "Assumption: about 1 Gbit/s from a cloud VM to a nearby CDN edge, 5 ms away",
    "cdn": "Docker Hub serves layer blobs from CDNs (Cloudflare; Amazon CloudFront too since May 2026), "
           "so no single uplink is shared by all its clients",
    "acr_premium": "Azure Container Registry SKU limits (table of 2019-2024): Premium download bandwidth "
                   "100 MBps (800 Mbit/s), given as a minimum estimate",
    "world": "Set in this world with world.set_link",
}


@dataclass(frozen=True)
class Link:
    """A link between two places.

    Attributes
    ----------
    a, b : str
        The two places (sorted; the same place twice for a local network).
    bandwidth : float
        Mbit/s, as network speeds are quoted (1 Mbit/s = 125,000 bytes/s).
    rtt : float
        Round-trip time in milliseconds.
    shared : bool
        Whether the hosts of one place pulling across it at once divide its
        bandwidth between them.
    source : str
        A key of :data:`SOURCES`: where the figures come from
        (``"world"`` once changed with ``world.set_link``).
    """

    a: str
    b: str
    bandwidth: float
    rtt: float
    shared: bool
    source: str

    @property
    def bytes_per_second(self) -> float:
        """The bandwidth in bytes per second."""
        return self.bandwidth * 125_000.0

    @property
    def seconds(self) -> float:
        """The round-trip time in seconds."""
        return self.rtt / 1000.0


def pair(a: str, b: str) -> tuple:
    """The two places of a link, sorted: links are the same both ways.

    Examples
    --------
    >>> pair("office", "datacenter")
    ('datacenter', 'office')
    """
    return (a, b) if a <= b else (b, a)


def _row(a, b, bandwidth, rtt, shared, source):
    x, y = pair(a, b)
    return (x, y), Link(x, y, float(bandwidth), float(rtt), bool(shared), source)


#: The default links: (place, place) sorted -> Link. Figures and their sources:
DEFAULT_LINKS = dict([
    # Local networks (a host and a registry in the same place).
    _row("home", "home", 1000, 1, False, "ethernet_1g"),                 # Gigabit Ethernet at home
    _row("office", "office", 1000, 0.5, False, "ethernet_1g"),           # switched Gigabit LAN
    _row("datacenter", "datacenter", 10_000, 0.2, False, "ethernet_10g"),  # 10 GbE server ports
    _row("cloud-europe", "cloud-europe", 12_500, 1, False, "azure_vm"),  # D4s_v5 NIC, zones < 2 ms
    _row("cloud-us", "cloud-us", 12_500, 1, False, "azure_vm"),
    # From home: each learner's own broadband line (never shared between homes).
    _row("home", "internet", 100, 15, False, "broadband"),        # CDN edge a few ms past the ISP
    _row("home", "office", 100, 20, False, "broadband"),          # VPN over the home line
    _row("home", "datacenter", 100, 20, False, "broadband"),
    _row("home", "cloud-europe", 100, 25, False, "broadband"),
    _row("home", "cloud-us", 100, 100, False, "transatlantic"),   # 80 ms across + the home line
    # From the office: one line for everybody.
    _row("office", "internet", 500, 10, True, "office_line"),
    _row("office", "datacenter", 1000, 5, True, "company_wan"),
    _row("office", "cloud-europe", 500, 20, True, "office_line"),
    _row("office", "cloud-us", 500, 95, True, "transatlantic"),
    # From the data centre: a site-to-site VPN to each cloud, internet transit.
    _row("datacenter", "cloud-europe", 650, 15, True, "vpn_gateway"),
    _row("datacenter", "cloud-us", 650, 90, True, "vpn_gateway"),
    _row("datacenter", "internet", 1000, 10, True, "company_wan"),
    # Between clouds and to the internet: each VM has its own network card.
    _row("cloud-europe", "cloud-us", 12_500, 80, False, "transatlantic"),
    _row("cloud-europe", "internet", 1000, 5, False, "cloud_cdn"),
    _row("cloud-us", "internet", 1000, 5, False, "cloud_cdn"),
])

#: Where a host stands when nothing else is said: a developer's laptop at home.
HOST_LOCATION = "home"

#: Where a registry stands when nothing else is said, by registry kind.
REGISTRY_LOCATIONS = {"public": "internet", "private-cloud": "cloud-europe", "on-premises": "datacenter"}

#: What a registry can send to all its clients at once (Mbit/s), by kind;
#: None means no shared limit (a CDN: every client reaches its own edge).
DEFAULT_UPLINKS = {
    "public": None,            # Docker Hub and MCR serve layers from CDNs
    "private-cloud": 800.0,    # Azure Container Registry Premium: 100 MBps download bandwidth
    "on-premises": 10_000.0,   # one registry server with a 10 GbE port (IEEE 802.3an)
}

#: The uplink of a pull-through mirror given as a place: one registry:2
#: server with a 10 GbE port.
MIRROR_UPLINK = 10_000.0

#: Where each uplink figure comes from (keys of :data:`SOURCES`).
UPLINK_SOURCES = {"public": "cdn", "private-cloud": "acr_premium", "on-premises": "ethernet_10g"}


def default_link(a: str, b: str) -> Link | None:
    """The default link between two places, or None if there is none."""
    return DEFAULT_LINKS.get(pair(a, b))


def default_location(*, kind: str, registry_kind: str | None = None, name: str | None = None) -> str:
    """Where a host or registry stands when its ``location`` is not set.

    Hosts are at ``home``; registries by kind: public ones (Docker Hub,
    MCR) on the ``internet``, private cloud registries in ``cloud-europe``,
    on-premises ones in the ``datacenter``.

    Examples
    --------
    >>> default_location(kind="host"), default_location(kind="registry", registry_kind="public")
    ('home', 'internet')
    """
    if kind == "host":
        return HOST_LOCATION
    return REGISTRY_LOCATIONS.get(registry_kind or "public", "internet")


def default_uplink(registry_kind: str | None) -> float | None:
    """The shared uplink (Mbit/s) of a registry of this kind, None for no limit.

    Examples
    --------
    >>> default_uplink("private-cloud"), default_uplink("public")
    (800.0, None)
    """
    return DEFAULT_UPLINKS.get(registry_kind or "public")
