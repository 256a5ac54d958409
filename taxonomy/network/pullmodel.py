"""How long ``docker pull`` takes: the pull-time model, as a formula on a slide.

::

    total        = setup + downloads, then extraction
    setup        = 5 x RTT     TCP and TLS handshakes (2), GET /v2/ (1), token (1), manifest (1)
    layers       only those the host lacks, bottom first, at most 3 at a time
      waiting    = time queued for a free download slot + 1 x RTT (the request)
      transfer   = size / rate,   rate = min(b / layers downloading now, window / RTT)
      extraction = size / 40 MB/s, once the layer is downloaded and the one below it extracted
    b            = min(link / hosts sharing the link, registry uplink / hosts pulling at once)

Where the pieces come from:

* **setup**: before any layer moves, the client opens a TCP connection and
  a TLS session (about one round trip each with TLS 1.3), asks ``GET /v2/``
  and gets a ``401`` naming the token service, fetches a token (anonymous
  for public images), then the manifest. The image config is fetched while
  the layers download, so it adds no wait here.
* **only missing layers**: a layer the host already has (from any image)
  is not fetched: Docker prints ``Already exists`` and it costs nothing.
* **3 at a time**: Docker's daemon downloads at most
  ``max-concurrent-downloads`` layers at once, 3 by default. The others wait
  in order for a free slot.
* **rate**: layers downloading at the same moment share the host's
  bandwidth ``b`` equally; one TCP connection can never go faster than its
  window divided by the RTT (Linux allows a receive window up to 6 MiB by
  default: 6 MiB / 80 ms is about 630 Mbit/s). This is why several
  downloads at once help on long links.
* **extraction**: each layer is decompressed and unpacked after its
  download, one at a time from the bottom up (a layer applies on top of
  the one below it), while later layers are still downloading. 40 MB of
  compressed layer per second was measured with ``tar xzf`` on the
  project's 2-core machine.
* **b**: a host gets the whole bandwidth of its link, unless the link is
  shared (an office's internet line): then the hosts of that place pulling
  at once divide it. A registry's uplink (what it can send to everybody at
  once, e.g. 800 Mbit/s for an Azure Container Registry Premium) is divided
  between all the hosts pulling from it.

The model is deterministic and knows nothing else: no packet loss, no TCP
slow start, no disk contention, no retries (see ``docs/network.md``).

Examples
--------
>>> MB = 1_000_000
>>> layers = [("sha256:a", 30 * MB, False), ("sha256:b", 10 * MB, True), ("sha256:c", 20 * MB, False)]
>>> timeline = pull_timeline(layers, rtt=0.010, bandwidth=100 * 125_000, start=setup_time(0.010))
>>> [round(l.transfer, 2) for l in timeline.layers]
[4.0, 0.0, 3.2]
>>> timeline.layers[1].status, round(timeline.total, 2)
('Already exists', 5.31)
>>> per_host_bandwidth(link=500, shared=True, on_link=10, uplink=None, pulling=10)
50.0
>>> per_host_bandwidth(link=12_500, shared=False, on_link=30, uplink=800, pulling=30)
26.666666666666668
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "MAX_CONCURRENT_DOWNLOADS",
    "SETUP_ROUND_TRIPS",
    "REQUEST_ROUND_TRIPS",
    "TCP_WINDOW",
    "EXTRACT_RATE",
    "LayerEstimate",
    "Timeline",
    "PullEstimate",
    "ClassPullEstimate",
    "setup_time",
    "stream_cap",
    "per_host_bandwidth",
    "pull_timeline",
]

#: Docker's ``max-concurrent-downloads`` default (dockerd, daemon.json).
MAX_CONCURRENT_DOWNLOADS = 3

#: Round trips before the first layer request: TCP handshake, TLS 1.3
#: handshake, ``GET /v2/`` (answered 401), token, manifest.
SETUP_ROUND_TRIPS = 5

#: Round trips from a layer's request to its first byte.
REQUEST_ROUND_TRIPS = 1

#: The largest TCP receive window Linux grows to by default (``tcp_rmem``
#: max, 6 MiB, Documentation/networking/ip-sysctl.rst up to Linux 6.15).
TCP_WINDOW = 6 * 1024 * 1024

#: Bytes of compressed layer extracted per second: ``tar xzf`` of a 236 MB
#: gzip (710 MB of Debian 12 libraries) took 4.9-8.9 s on the project's
#: 2-core machine, 27-48 MB/s; rounded to 40 MB/s.
EXTRACT_RATE = 40_000_000

_EPS = 1e-12


def setup_time(rtt: float, round_trips: int = SETUP_ROUND_TRIPS) -> float:
    """Seconds before the first layer request: ``round_trips`` x RTT (in seconds).

    Examples
    --------
    >>> round(setup_time(0.015), 3)
    0.075
    """
    return round_trips * rtt


def stream_cap(rtt: float, window: float = TCP_WINDOW) -> float:
    """Bytes per second one TCP connection can carry at most: window / RTT.

    Examples
    --------
    >>> round(stream_cap(0.080) * 8 / 1e6)   # Mbit/s over 80 ms
    629
    >>> stream_cap(0.0)
    inf
    """
    return window / rtt if rtt > 0 else float("inf")


def per_host_bandwidth(*, link: float, shared: bool, on_link: int, uplink: float | None, pulling: int) -> float:
    """The bandwidth ``b`` one host gets (same unit as ``link`` and ``uplink``).

    Parameters
    ----------
    link : float
        The bandwidth of the host's link to the registry.
    shared : bool
        Whether the hosts of one place divide that link.
    on_link : int
        Hosts pulling across this link at once.
    uplink : float or None
        What the registry can send to everybody at once; None for no limit.
    pulling : int
        Hosts pulling from the registry at once.
    """
    b = link / max(on_link, 1) if shared else link
    if uplink is not None:
        b = min(b, uplink / max(pulling, 1))
    return b


@dataclass(frozen=True)
class LayerEstimate:
    """One layer's part of a pull. Times are seconds from the start of the pull.

    Attributes
    ----------
    digest : str
    size : int
        Nominal (compressed) bytes of the layer.
    present : bool
        The host already has it: nothing is fetched and every time is 0.
    queued : float
        Time waiting for one of the download slots.
    request : float
        The request's round trip(s), before the first byte.
    transfer : float
        First byte to last byte.
    extraction : float
        Time spent unpacking it.
    downloaded_at, extracted_at : float
        When its last byte arrives, and when it is unpacked.
    """

    digest: str
    size: int
    present: bool
    queued: float = 0.0
    request: float = 0.0
    transfer: float = 0.0
    extraction: float = 0.0
    downloaded_at: float = 0.0
    extracted_at: float = 0.0

    @property
    def waiting(self) -> float:
        """Queued plus the request's round trip: from the start of downloads to the first byte."""
        return self.queued + self.request

    @property
    def status(self) -> str:
        """Docker's word for it: ``Pull complete`` or ``Already exists``."""
        return "Already exists" if self.present else "Pull complete"


@dataclass(frozen=True)
class Timeline:
    """The layers of a pull and when it ends (see :func:`pull_timeline`)."""

    layers: tuple
    total: float
    downloads_end: float


def pull_timeline(layers, *, rtt: float, bandwidth: float, start: float = 0.0,
                  concurrency: int = MAX_CONCURRENT_DOWNLOADS, window: float = TCP_WINDOW,
                  extract_rate: float | None = EXTRACT_RATE,
                  request_round_trips: int = REQUEST_ROUND_TRIPS) -> Timeline:
    """Play the downloads and extractions of one host's pull.

    Parameters
    ----------
    layers : sequence of (digest, size, present)
        Bottom layer first; ``size`` in bytes; present layers are skipped.
    rtt : float
        Round-trip time, seconds.
    bandwidth : float
        The host's bandwidth ``b``, bytes per second.
    start : float
        When the first request may go (the setup time).
    concurrency : int
        Download slots (``max-concurrent-downloads``).
    window : float
        TCP window in bytes: one download goes at most ``window / rtt``.
    extract_rate : float or None
        Bytes extracted per second; None for no extraction (a registry
        mirror storing blobs).

    Returns
    -------
    Timeline
        Per-layer :class:`LayerEstimate` and the time the pull ends.

    Examples
    --------
    Two layers of 10 MB over 80 Mbit/s with no latency: together they share
    the link, so both end at 2 s; one at a time, the first ends at 1 s.

    >>> MB = 1_000_000
    >>> two = [("a", 10 * MB, False), ("b", 10 * MB, False)]
    >>> [l.downloaded_at for l in pull_timeline(two, rtt=0, bandwidth=10 * MB, extract_rate=None).layers]
    [2.0, 2.0]
    >>> [l.downloaded_at for l in pull_timeline(two, rtt=0, bandwidth=10 * MB, concurrency=1, extract_rate=None).layers]
    [1.0, 2.0]
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if bandwidth <= 0:
        raise ValueError("bandwidth must be positive")
    cap = stream_cap(rtt, window)
    request = request_round_trips * rtt
    todo = [i for i, (_, _, present) in enumerate(layers) if not present]
    sizes = {i: float(layers[i][1]) for i in todo}
    sent, first_byte, done = {}, {}, {}
    requesting: dict = {}   # i -> time its first byte arrives
    flowing: dict = {}      # i -> bytes still to come
    queue = list(todo)
    t = start

    def fill(now):
        while queue and len(requesting) + len(flowing) < concurrency:
            i = queue.pop(0)
            sent[i] = now
            requesting[i] = now + request

    fill(t)
    while requesting or flowing:
        # Between two events every flowing download goes at the same rate.
        rate = min(cap, bandwidth / len(flowing)) if flowing else 0.0
        waits = {("flow", i): left / rate for i, left in flowing.items()}
        waits.update({("request", i): max(when - t, 0.0) for i, when in requesting.items()})
        step = min(waits.values())
        ending = [key for key, wait in waits.items() if wait <= step * (1 + 1e-9) + _EPS]
        t += step
        for i in flowing:
            flowing[i] -= rate * step
        for phase, i in ending:   # at least one event ends each round, so the loop always ends
            if phase == "flow":
                del flowing[i]
                done[i] = t
            else:
                del requesting[i]
                first_byte[i] = t
                if sizes[i] <= 0:
                    done[i] = t
                else:
                    flowing[i] = sizes[i]
        fill(t)
    out, extracted = [], start
    downloads_end = max(done.values(), default=start)
    for i, (digest, size, present) in enumerate(layers):
        if present:
            out.append(LayerEstimate(digest, int(size), True))
            continue
        took = size / extract_rate if extract_rate else 0.0
        begin = max(done[i], extracted)
        extracted = begin + took
        out.append(LayerEstimate(digest, int(size), False, queued=sent[i] - start, request=first_byte[i] - sent[i],
                                 transfer=done[i] - first_byte[i], extraction=took,
                                 downloaded_at=done[i], extracted_at=extracted))
    total = extracted if todo else start
    return Timeline(tuple(out), total, downloads_end)


@dataclass(frozen=True)
class PullEstimate:
    """The estimated time of one host's ``docker pull``, layer by layer.

    Attributes
    ----------
    image : str
        The image, as Docker names it (``nginx:1.27``).
    host : str or None
        The host (None for one of ``n`` identical new hosts).
    host_location : str
    registry : str
        The registry the image comes from.
    source : str
        Where the layers come from: the registry, or the mirror.
    source_location : str
    mirror : str or None
        The pull-through mirror used, if any.
    rtt : float
        Round-trip time to the source, ms.
    link : float
        Bandwidth of the link to the source, Mbit/s.
    shared : bool
        Whether that link is shared by the hosts of the place.
    uplink : float or None
        The source's uplink, Mbit/s (None: no shared limit).
    on_link, pulling : int
        Hosts pulling across the same link, and from the same source, at once.
    bandwidth : float
        ``b``: what this host gets, Mbit/s.
    setup : float
        Seconds of round trips before the first layer request.
    upstream : float
        Seconds a cold mirror spends fetching the layers from the registry first.
    layers : tuple of LayerEstimate
        Bottom first.
    total : float
        Seconds from ``docker pull`` to the image being ready.
    downloads_end : float
        When the last byte arrives.
    concurrency : int
        Download slots used (Docker's default 3).
    """

    image: str
    host: str | None
    host_location: str
    registry: str
    source: str
    source_location: str
    mirror: str | None
    rtt: float
    link: float
    shared: bool
    uplink: float | None
    on_link: int
    pulling: int
    bandwidth: float
    setup: float
    upstream: float
    layers: tuple
    total: float
    downloads_end: float
    concurrency: int = MAX_CONCURRENT_DOWNLOADS

    @property
    def missing(self) -> int:
        """How many layers are fetched."""
        return sum(1 for l in self.layers if not l.present)

    @property
    def present(self) -> int:
        """How many layers the host already has."""
        return sum(1 for l in self.layers if l.present)

    @property
    def downloaded(self) -> int:
        """Nominal bytes fetched (the layers the host lacks)."""
        return sum(l.size for l in self.layers if not l.present)

    @property
    def download(self) -> float:
        """Seconds from the first layer request to the last byte."""
        return max(self.downloads_end - self.setup - self.upstream, 0.0)

    @property
    def extraction_tail(self) -> float:
        """Seconds of extraction left after the last byte arrived."""
        return max(self.total - self.downloads_end, 0.0)

    def __repr__(self) -> str:
        who = self.host if self.host is not None else "a new host"
        return (f"PullEstimate({self.image!r} to {who} at {self.host_location} from {self.source}: "
                f"{self.total:.3g} s, {self.missing} layer(s) to fetch, {self.present} already there)")

    def __str__(self) -> str:
        from .text import estimate_text
        return estimate_text(self)

    def _repr_html_(self) -> str:
        from .text import estimate_html
        return estimate_html(self)


@dataclass(frozen=True)
class ClassPullEstimate:
    """Many hosts pulling the same image at once from one source.

    Attributes
    ----------
    image : str
    source : str
        The registry, or the mirror, the hosts pull from.
    hosts : int
        How many hosts pull at once.
    estimates : tuple of PullEstimate
        One per host, or one standing for ``hosts`` identical new hosts.
    counts : tuple of int
        How many hosts each estimate stands for.
    notes : tuple of str
        Remarks in the learner's language (Docker Hub's pull limits).
    """

    image: str
    source: str
    hosts: int
    estimates: tuple
    counts: tuple
    notes: tuple = ()

    @property
    def total(self) -> float:
        """Seconds until the last host has the image: the rollout time."""
        return max(e.total for e in self.estimates)

    @property
    def downloaded(self) -> int:
        """Nominal bytes sent to all the hosts together."""
        return sum(e.downloaded * c for e, c in zip(self.estimates, self.counts))

    @property
    def slowest(self) -> PullEstimate:
        """The estimate of the host that finishes last."""
        return max(self.estimates, key=lambda e: e.total)

    def __repr__(self) -> str:
        return f"ClassPullEstimate({self.image!r}, {self.hosts} host(s) from {self.source}: {self.total:.3g} s)"

    def __str__(self) -> str:
        from .text import class_text
        return class_text(self)

    def _repr_html_(self) -> str:
        from .text import class_html
        return class_html(self)
