"""Platforms: the ``os/architecture[/variant]`` an image is built for and a host runs.

One tag of a multi-arch image names an *image index* (a "manifest list"),
which lists one manifest per platform. A host pulling the tag gets the
manifest for its own platform, or Docker's error when there is none:
``no matching manifest for linux/arm64/v8 in the manifest list entries``.

Platforms are compared in their normal form, as containerd writes them:
``arm64`` means ``arm64/v8``, ``arm`` means ``arm/v7``, and ``amd64`` has no
variant.

Examples
--------
>>> normalize("linux/arm64")
'linux/arm64/v8'
>>> normalize("Linux/x86_64")
'linux/amd64'
>>> as_descriptor_platform("linux/arm64")
(('architecture', 'arm64'), ('os', 'linux'), ('variant', 'v8'))
>>> matches("linux/arm64", "linux/arm64/v8"), matches("linux/amd64", "windows/amd64")
(True, False)
"""

from __future__ import annotations

from .errors import InvalidArgument

__all__ = ["DEFAULT", "normalize", "matches", "split", "as_descriptor_platform", "display"]

#: The platform of a host or build when none is given.
DEFAULT = "linux/amd64"

_ARCH_ALIASES = {"x86_64": "amd64", "x86-64": "amd64", "aarch64": "arm64", "armhf": "arm", "armel": "arm"}
_DEFAULT_VARIANT = {"arm64": "v8", "arm": "v7"}


def split(platform: str) -> tuple[str, str, str | None]:
    """``(os, architecture, variant or None)`` of a platform, normalised.

    Raises
    ------
    InvalidArgument
        For text that is not ``os/arch`` or ``os/arch/variant``.
    """
    parts = str(platform).strip().lower().split("/")
    if len(parts) not in (2, 3) or not all(parts):
        raise InvalidArgument(f"invalid platform {platform!r}: write it as os/arch[/variant], e.g. 'linux/arm64'")
    os_, arch = parts[0], _ARCH_ALIASES.get(parts[1], parts[1])
    variant = parts[2] if len(parts) == 3 else _DEFAULT_VARIANT.get(arch)
    if arch == "amd64" and variant == "v1":
        variant = None
    return os_, arch, variant


def normalize(platform: str) -> str:
    """The normal form of a platform (``linux/arm64`` → ``linux/arm64/v8``)."""
    os_, arch, variant = split(platform)
    return f"{os_}/{arch}/{variant}" if variant else f"{os_}/{arch}"


def matches(a: str, b: str) -> bool:
    """True when two platforms are the same once normalised."""
    return normalize(a) == normalize(b)


def as_descriptor_platform(platform: str) -> tuple:
    """The ``platform`` object of an OCI index entry, as sorted pairs."""
    os_, arch, variant = split(platform)
    pairs = [("architecture", arch), ("os", os_)]
    if variant:
        pairs.append(("variant", variant))
    return tuple(pairs)


def display(platform: str) -> str:
    """The platform as BuildKit's logs show it (``linux/arm64``, without the implied ``v8``).

    Examples
    --------
    >>> display("linux/arm64/v8"), display("linux/arm/v7")
    ('linux/arm64', 'linux/arm/v7')
    """
    os_, arch, variant = split(platform)
    return f"{os_}/{arch}" if arch == "arm64" and variant == "v8" or not variant else f"{os_}/{arch}/{variant}"
