"""The columns ``docker ps`` and ``docker compose ps`` share: IMAGE, COMMAND, STATUS and PORTS.

Both listings import it from here, so neither imports the other.
"""

from __future__ import annotations

import json

from ..errors import InvalidReference
from ..reference import parse_reference
from .format import ellipsis, human_duration

__all__ = ["familiar_image", "ps_columns"]


def familiar_image(image: str) -> str:
    """An image column as Docker prints it: ``nginx:1.27`` for ``docker.io/library/nginx:1.27``, ids as they are."""
    try:
        return parse_reference(image).familiar if "/" in image or ":" in image else image
    except InvalidReference:
        return image


def ps_columns(world, d: dict, image_node: str, *, no_trunc: bool = False) -> tuple[str, str, str]:
    """The COMMAND, STATUS and PORTS columns of container ``d``, as ``docker ps`` and ``docker compose ps`` print them."""
    cmd = " ".join(d["command"])
    cmd = json.dumps(cmd if no_trunc else ellipsis(cmd, 20), ensure_ascii=False)
    if d["state"] == "running":
        status = "Up " + human_duration(world.now - d["started"])
    elif d["state"] == "exited":
        status = f"Exited ({d['exit_code']}) {human_duration(world.now - d['finished'])} ago"
    else:
        status = "Created"
    ports = []
    for cport, hport, proto in d["ports"]:
        if hport and d["state"] == "running":
            ports.append(f"0.0.0.0:{hport}->{cport}/{proto}")
        elif not hport:
            ports.append(f"{cport}/{proto}")
    if d["state"] == "running":
        exposed = world.graph.nodes[image_node]["config"].get("ExposedPorts") or {}
        ports += [p for p in sorted(exposed) if not any(p == f"{c}/{pr}" for c, _, pr in d["ports"])]
    return cmd, status, ", ".join(ports)
