"""Every bound the explorer puts on what it reads, in one place.

A learner pastes a Dockerfile from the web, an instructor shares a level
file, a registry we do not control answers a request: each reader of such
input stops at a named bound below, and a breach raises
:class:`~taxonomy.LimitExceeded`, naming the bound, the value reached and
what to do. The algorithms behind the readers are linear in their input
(or in their output, for variable expansion), so a bound on the input is
also a bound on time and memory.

Each value is generous for real use: the comment beside it says what real
files and registries need, so a bound is met only by input made to hurt.

Examples
--------
>>> from taxonomy import limits
>>> limits.MAX_MANIFEST_BYTES
4194304
>>> err = limits.exceeded("MAX_YAML_DEPTH", 150, "the YAML document nests too deep",
...                       "flatten the document")
>>> print(err)
the YAML document nests too deep (150; the limit MAX_YAML_DEPTH is 100); flatten the document
>>> sorted(limits.LIMITS)[:3]
['MAX_COMMAND_LINE', 'MAX_CONTEXT_PATH', 'MAX_COPY_BYTES']
"""

from __future__ import annotations

from .errors import LimitExceeded

__all__ = [
    "LIMITS",
    "exceeded",
    "MAX_DOCKERFILE_BYTES",
    "MAX_DOCKERFILE_LINE",
    "MAX_EXPANSION_BYTES",
    "MAX_EXPANSION_DEPTH",
    "MAX_PATTERN_STEPS",
    "MAX_DOCKERIGNORE_PATTERNS",
    "MAX_DOCKERIGNORE_PATTERN_LENGTH",
    "MAX_DOCKERIGNORE_COST",
    "MAX_CONTEXT_PATH",
    "MAX_COPY_BYTES",
    "MAX_YAML_BYTES",
    "MAX_YAML_DEPTH",
    "MAX_YAML_NODES",
    "MAX_WORLD_BYTES",
    "MAX_WORLD_DEPTH",
    "MAX_WORLD_ITEMS",
    "MAX_JSON_DEPTH",
    "MAX_MANIFEST_BYTES",
    "MAX_UNKNOWN_BLOB_BYTES",
    "MAX_LAYER_UNPACKED_BYTES",
    "REGISTRY_DEADLINE",
    "REGISTRY_MIN_RATE",
    "MAX_REGISTRY_PAGES",
    "MAX_COMMAND_LINE",
    "MAX_OUTPUT_BYTES",
    "MAX_RUN_WORDS",
]

KiB, MiB, GiB = 1024, 1024 * 1024, 1024 * 1024 * 1024

# -- Dockerfile -------------------------------------------------------------------------------
#: Bytes of a Dockerfile. Real ones are a few kB; the largest in public
#: repositories (generated, with long inline scripts) stay under 1 MiB.
MAX_DOCKERFILE_BYTES = 4 * MiB
#: Characters of one logical line (continuation lines joined). A long ``RUN``
#: with an inline script is a few kB; 1 MiB is a thousand times that.
MAX_DOCKERFILE_LINE = 1 * MiB
#: Characters one ``$VAR`` / ``${VAR}`` expansion of a word may produce. Paths,
#: versions and flag lists are short; 1 MiB is room for any real value, and
#: stops the ``ARG A2=${A1}${A1}`` doubling after 20 lines instead of never.
MAX_EXPANSION_BYTES = 1 * MiB
#: Nesting of ``${A:-${B:-…}}`` defaults. Real Dockerfiles nest two or three deep.
MAX_EXPANSION_DEPTH = 100
#: Steps matching one ``${VAR#pattern}`` / ``${VAR/pattern/…}`` with two ``*`` or
#: more may take (a step is one pattern token at one character). Real patterns
#: (``${V%%.*}``, ``${F#*/}``) take a few hundred.
MAX_PATTERN_STEPS = 2_000_000

# -- build context ----------------------------------------------------------------------------
#: Patterns of a ``.dockerignore``. Real files hold tens; a few hundred is a lot.
MAX_DOCKERIGNORE_PATTERNS = 10_000
#: Characters of one pattern (a path is at most 4,096 on Linux, PATH_MAX).
MAX_DOCKERIGNORE_PATTERN_LENGTH = 4 * KiB
#: Work one build's matching may do: a pattern tested against a path counts 1,
#: or its length times its ``**`` groups when it needs the automaton (two
#: quantifiers or more). 50,000 files against 100 simple patterns fit; a
#: pattern test takes about a microsecond, so the bound is a few seconds.
MAX_DOCKERIGNORE_COST = 5_000_000
#: Characters of a path in a build context (Linux's PATH_MAX).
MAX_CONTEXT_PATH = 4 * KiB
#: Bytes of one file a ``COPY`` reads: the model keeps every layer's bytes in
#: memory. Application sources and small assets fit easily.
MAX_COPY_BYTES = 64 * MiB

# -- YAML (level files, compose.yaml) -----------------------------------------------------------
#: Bytes of a YAML document. Level files are 2-10 kB, compose files rarely 100 kB.
MAX_YAML_BYTES = 4 * MiB
#: Nesting of mappings and sequences, aliases followed. Compose files nest
#: about 6 deep, level files 5; 100 leaves room for any hand-written file.
MAX_YAML_DEPTH = 100
#: Nodes of the document with every alias expanded (what a program walking
#: it visits). A level has a few hundred, a large compose file a few
#: thousand; a "billion laughs" of nine anchors has a billion.
MAX_YAML_NODES = 200_000

# -- saved worlds ---------------------------------------------------------------------------------
#: Bytes of a saved world. A class-sized world (300 hosts, each with nginx
#: pulled and a container running) saves to 2.1 MB: the model's blobs are small.
MAX_WORLD_BYTES = 16 * MiB
#: Nesting of the saved JSON. The format itself nests 7 deep; node
#: attributes (port maps, environment lists) add 3 or 4.
MAX_WORLD_DEPTH = 64
#: Nodes plus edges plus blobs of a saved world: that class-sized world
#: has about 5,300.
MAX_WORLD_ITEMS = 200_000

#: Nesting of any other JSON read (manifests, configs, registry answers, the
#: JSON form of ``CMD [...]``, progress files). Real ones nest 5 deep at most.
MAX_JSON_DEPTH = 64

# -- registries and OCI layouts ----------------------------------------------------------------------
#: Bytes of a manifest, image index or config (containerd's and the
#: distribution registry's own bound, 4 MiB; real ones are a few kB).
MAX_MANIFEST_BYTES = 4 * MiB
#: Bytes of a blob whose size no descriptor gives (an upload answer, an
#: error body): registries send small JSON there.
MAX_UNKNOWN_BLOB_BYTES = 4 * MiB
#: Bytes of a layer's tar once decompressed (checked on import, and when its
#: files are read in memory). The explorer's own layers are small;
#: debian:bookworm's one layer unpacks to 117 MB, alpine's to 8 MB. 256 MiB
#: unpacks in a second or two, so a compression bomb (1 MB that unpacks to
#: 1 GiB) stops early; the very largest layers of build images are refused.
MAX_LAYER_UNPACKED_BYTES = 256 * MiB
#: Seconds one registry call may take in all (connect, login, redirects,
#: every byte), beside the time its blob needs at ``REGISTRY_MIN_RATE``. A
#: manifest or a tag list takes milliseconds, a few hundred over a slow
#: link; a server that drips bytes is cut off here.
REGISTRY_DEADLINE = 8.0
#: Bytes per second a blob must at least arrive (or leave) at: 256 KiB/s is a
#: poor mobile link. A 50 MB layer may take 200 s more than the deadline.
REGISTRY_MIN_RATE = 256 * KiB
#: Pages of ``_catalog`` or ``tags/list`` (1,000 entries each by default).
MAX_REGISTRY_PAGES = 1000

#: Characters of one command line given to ``world.docker(...)``: Linux's
#: ARG_MAX (2 MiB), beyond which a real shell answers "Argument list too long".
MAX_COMMAND_LINE = 2 * MiB

# -- simulated programs ----------------------------------------------------------------------------------
#: Bytes a simulated program (``cat``, ``echo``) may print. A terminal shows
#: a few thousand lines; Docker's ``docker logs`` keeps everything, but a
#: notebook cell holding 1 GiB of text freezes the browser.
MAX_OUTPUT_BYTES = 1 * MiB
#: Words of one ``RUN`` command the size estimate reads (a long ``apt-get
#: install`` names a hundred packages).
MAX_RUN_WORDS = 100_000

#: Every bound above, by name.
LIMITS = {name: value for name, value in dict(globals()).items() if name.startswith(("MAX_", "REGISTRY_"))}


def exceeded(name: str, value, what: str, advice: str) -> LimitExceeded:
    """The error for a breach of the bound ``name``: ``raise exceeded(...)``.

    Parameters
    ----------
    name : str
        A key of :data:`LIMITS`.
    value : int, float or None
        What the input reached, or None when reading stopped at the bound.
    what : str
        The input, in the learner's terms ("the Dockerfile is too large").
    advice : str
        What to do.
    """
    return LimitExceeded(name, value, LIMITS[name], what, advice)
