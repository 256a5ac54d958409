"""The network lab: where registries and hosts stand, and how long a pull takes.

The source material's second reason for a private registry is network
latency: keep images close to where they run. This package lets learners
measure that claim in the model:

* :mod:`~taxonomy.network.locations`: the places (home, office, data
  centre, two cloud regions, the internet) and the default links between
  them, each figure with its source;
* :mod:`~taxonomy.network.pullmodel`: the pull-time formula, as on a slide;
* :mod:`~taxonomy.network.access`: who may pull what (confidentiality);
* :mod:`~taxonomy.network.text`: tables and the lines ``docker pull
  --estimate`` prints;
* :mod:`~taxonomy.network.scenario`: the start world of the placement
  exercises.

The world's side (``world.set_link``, ``world.estimate_pull`` …) is
:mod:`taxonomy.ops.network`; the charts and the panel are in
:mod:`taxonomy.views.network`.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> w.estimate_pull("hello-world").missing
1
>>> tx.network.MAX_CONCURRENT_DOWNLOADS
3
"""

from .access import PullAccess, pull_access
from .locations import LOCATIONS, SOURCES, Link
from .pullmodel import (EXTRACT_RATE, MAX_CONCURRENT_DOWNLOADS, SETUP_ROUND_TRIPS, TCP_WINDOW, ClassPullEstimate,
                        LayerEstimate, PullEstimate, pull_timeline)
from .scenario import placement_world
from .text import pull_estimate_lines

__all__ = [
    "LOCATIONS",
    "SOURCES",
    "Link",
    "MAX_CONCURRENT_DOWNLOADS",
    "SETUP_ROUND_TRIPS",
    "TCP_WINDOW",
    "EXTRACT_RATE",
    "LayerEstimate",
    "PullEstimate",
    "ClassPullEstimate",
    "pull_timeline",
    "PullAccess",
    "pull_access",
    "placement_world",
    "pull_estimate_lines",
]
