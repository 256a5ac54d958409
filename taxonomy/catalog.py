"""The starting kit's catalog: well-known official images, as data.

Each image is a stack of *layer recipes* and a runtime config. A recipe says
what the layer stands for (``created_by``), how much such a layer weighs in
the real world (its *nominal size*, the compressed size published for the
official image on linux/amd64, rounded) and a few small, honest files that
stand in for the real content. Related tags share recipes, so they share
layers, exactly as ``nginx:1.27`` and ``python:3.12-slim`` share the
``debian:bookworm-slim`` base layer on Docker Hub.

The catalog is a snapshot of Docker Hub and the Microsoft Artifact Registry
as of June 2025 (``latest`` is what it pointed to then), plus ``postgres:18``
from November 2025 (see ``docs/catalog.md``). Layer structure
and sizes follow the published images closely, not byte for byte: the
model's layers hold placeholders, not the real binaries (see
``docs/simplifications.md``).

Examples
--------
>>> from taxonomy.catalog import CATALOG, RECIPES
>>> "nginx" in {spec.repository.split("/")[-1] for spec in CATALOG}
True
>>> RECIPES["debian-bookworm-slim"].nominal_size
28230000
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalog_os import alpine_files, debian_files, oraclelinux_files, ubuntu_files, with_user

__all__ = ["Recipe", "ImageSpec", "RECIPES", "CATALOG", "TUTORIAL_CATALOG", "SNAPSHOT_DATE", "UNPACK_RATIO", "LINUX",
           "variant_recipe", "recipe_entries"]

SNAPSHOT_DATE = "2025-06-01T00:00:00Z"

#: On-disk (unpacked) size of a layer relative to its compressed size. The
#: official images unpack to 2.3-2.9 times their download size; the model
#: uses one ratio for all (a simplification named in the docs).
UNPACK_RATIO = 2.6

KB, MB = 1000, 1000 * 1000


@dataclass(frozen=True)
class Recipe:
    """What a layer stands for: its command, nominal size and placeholder files.

    ``dirs`` are (path, mode) directories the layer holds even when empty
    (``tmp`` with mode 1777), ``links`` (path, target) its symbolic links
    (``bin`` to ``usr/bin`` in merged-/usr distributions), and ``real``
    (path, text) the distribution's real files (``/etc/os-release``,
    ``/etc/passwd``) and more placeholders, which replace same-named
    ``files``. These three appear only in the layer made by
    :func:`recipe_entries`: a world that builds catalog layers from ``files``
    alone keeps the bytes (and digests) it had before they were added.
    """

    created_by: str
    nominal_size: int
    files: tuple = ()
    dirs: tuple = ()
    links: tuple = ()
    real: tuple = ()


#: The platforms of the official Linux images in the model (the real ones list more).
LINUX = ("linux/amd64", "linux/arm64/v8")
_WINDOWS = "windows/amd64"
#: Layers of the Linux .NET images that the Windows (Nano Server) variants replace by one base layer.
_LINUX_ONLY = frozenset({"debian-bookworm-slim", "dotnet-runtime-deps", "dotnet-app-user", "dotnet-runtime-link", "sdk-tools"})


@dataclass(frozen=True)
class ImageSpec:
    """One image of the catalog and the tags that point to it.

    With several ``platforms``, its tags name an image index with one
    manifest per platform; the first platform's image is the one the
    catalog draws.
    """

    registry: str
    repository: str
    tags: tuple
    layers: tuple
    config: dict = field(default_factory=dict)
    created: str = "2025-05-20T00:00:00Z"
    platforms: tuple = LINUX

    def layers_for(self, platform: str) -> tuple:
        """The recipe names of the image's layers on ``platform``.

        Examples
        --------
        >>> spec = next(s for s in CATALOG if s.repository == "dotnet/aspnet" and "8.0" in s.tags)
        >>> spec.layers_for("windows/amd64")
        ('nanoserver-ltsc2022', 'dotnet-runtime-8.0', 'aspnet-8.0')
        """
        if platform.startswith("windows/"):
            return ("nanoserver-ltsc2022",) + tuple(n for n in self.layers if n not in _LINUX_ONLY)
        return self.layers


_ARCH_WORDS = (("x86_64", "aarch64"), ("amd64", "arm64"), ("linux-x64", "linux-arm64"), ("Linux.x64", "Linux.arm64"))


def variant_recipe(name: str, platform: str) -> Recipe:
    """The recipe of layer ``name`` built for ``platform``.

    linux/amd64 is the catalog's own recipe. Another platform's layer holds
    the same files marked with the platform (so its bytes and digest differ)
    and stands for a size taken from the amd64 one: arm64 builds of these
    images are typically a few percent smaller, modelled as 4 %; Windows
    layers are the amd64 sizes (a simplification named in the docs).

    Examples
    --------
    >>> variant_recipe("alpine-3.20", "linux/arm64/v8").created_by
    'ADD alpine-minirootfs-3.20.6-aarch64.tar.gz / # buildkit'
    >>> variant_recipe("alpine-3.20", "linux/arm64/v8").nominal_size
    3484800
    """
    base = RECIPES[name]
    if platform == "linux/amd64":
        return base
    created_by = base.created_by
    if platform.startswith("linux/arm64"):
        for a, b in _ARCH_WORDS:
            created_by = created_by.replace(a, b)
        nominal = max(1, round(base.nominal_size * 0.96))
    else:
        created_by = created_by.replace("linux-x64", "win-x64").replace("Linux.x64", "Windows.x64")
        nominal = base.nominal_size
    files = tuple((p, f"{text.rstrip()} [{platform}]\n") for p, text in base.files)
    # Real files (os-release, passwd) stay as they are: the layer's marker file names the platform.
    return Recipe(created_by, nominal, files, base.dirs, base.links, base.real)


def recipe_entries(name: str, platform: str = "linux/amd64") -> list:
    """The entries of layer ``name`` on ``platform``: its files, directories, links and marker file.

    The marker ``usr/share/taxonomy/layers/NAME.txt`` says what the layer
    stands for. A world makes each catalog layer from this list
    (:meth:`taxonomy.content.Layer.from_files`).

    Examples
    --------
    >>> paths = {e.path: e.kind for e in recipe_entries("alpine-3.22")}
    >>> paths["tmp"], paths["etc/os-release"]
    ('dir', 'file')
    >>> {e.path: e.target for e in recipe_entries("debian-bookworm") if e.kind == "symlink"}["bin"]
    'usr/bin'
    """
    from .content import FileEntry
    recipe = variant_recipe(name, platform)
    real = dict(recipe.real)
    files = [FileEntry(p, t.encode()) for p, t in recipe.files if p not in real]
    files += [FileEntry(p, t.encode()) for p, t in recipe.real]
    files += [FileEntry(d, kind="dir", mode=m) for d, m in recipe.dirs]
    files += [FileEntry(p, kind="symlink", target=t, mode=0o777) for p, t in recipe.links]
    files.append(FileEntry(f"usr/share/taxonomy/layers/{name}.txt",
                           (f"layer: {name}\ncreated_by: {recipe.created_by}\nnominal_size: {recipe.nominal_size}\n"
                            + ("" if platform == "linux/amd64" else f"platform: {platform}\n")
                            + "This small file stands in for the real content of the layer.\n").encode()))
    return files


def _os_release(name, version_id, pretty):
    return (("etc/os-release", f'PRETTY_NAME="{pretty}"\nNAME="{name}"\nVERSION_ID="{version_id}"\n'),)


def _busybox_users():
    return (
        ("etc/passwd", "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\n"
                       "bin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\n"
                       "mail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\n"
                       "operator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n"),
        ("etc/group", "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\n"
                      "mail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\n"
                      "audio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\n"
                      "staff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n"))


_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# The top of each distribution's root filesystem, as its minimal root tarball holds it.
_FHS = (("dev", 0o755), ("etc", 0o755), ("home", 0o755), ("media", 0o755), ("mnt", 0o755), ("opt", 0o755),
        ("proc", 0o555), ("root", 0o700), ("run", 0o755), ("srv", 0o755), ("sys", 0o555), ("tmp", 0o1777),
        ("usr", 0o755), ("usr/bin", 0o755), ("usr/lib", 0o755), ("usr/local", 0o755), ("usr/local/bin", 0o755),
        ("usr/local/lib", 0o755), ("usr/local/sbin", 0o755), ("usr/sbin", 0o755), ("usr/share", 0o755),
        ("var", 0o755), ("var/cache", 0o755), ("var/lib", 0o755), ("var/log", 0o755), ("var/tmp", 0o1777))
_ALPINE_DIRS = _FHS + (("bin", 0o755), ("lib", 0o755), ("sbin", 0o755), ("media/cdrom", 0o755),
                       ("media/floppy", 0o755), ("media/usb", 0o755), ("var/spool", 0o755))
_MERGED_USR_DIRS = _FHS + (("boot", 0o755), ("usr/lib64", 0o755), ("usr/games", 0o755), ("usr/include", 0o755),
                           ("usr/src", 0o755), ("var/backups", 0o755), ("var/mail", 0o2775),
                           ("var/opt", 0o755), ("var/spool", 0o755))
_MERGED_USR_LINKS = (("bin", "usr/bin"), ("lib", "usr/lib"), ("lib64", "usr/lib64"), ("sbin", "usr/sbin"))
_YARN_BINS = (("usr/local/bin/yarn", "placeholder for yarn 1.22.22 (a link to /opt/yarn-v1.22.22/bin/yarn)\n"),
              ("usr/local/bin/yarnpkg", "placeholder for yarnpkg 1.22.22 (a link to /opt/yarn-v1.22.22/bin/yarnpkg)\n"))


_NODE_TOOLS = tuple((f"usr/local/bin/{tool}", f"placeholder for {tool} (a link into /usr/local/lib/node_modules)\n")
                    for tool in ("corepack", "npm", "npx"))


def _node_bins(version, musl=False):
    build = " (musl)" if musl else ""
    return (("usr/local/bin/node", f"placeholder for Node.js {version}{build}\n"),) + _NODE_TOOLS


_NODE_ALPINE_USER = with_user(alpine_files("3.21.3"), "node:x:1000:1000:Linux User,,,:/home/node:/bin/sh", "node:x:1000:node")

RECIPES: dict[str, Recipe] = {
    # -- operating-system bases -------------------------------------
    "hello": Recipe("COPY hello / # buildkit", 2_459, (("hello", "placeholder for the static 'hello' program of hello-world\n"),)),
    "busybox-1.36": Recipe("BusyBox 1.36.1 (glibc), Debian 12", 2_220 * KB, (("bin/busybox", "placeholder for busybox 1.36.1\n"),), real=_busybox_users()),
    "busybox-1.37": Recipe("BusyBox 1.37.0 (glibc), Debian 12", 2_150 * KB, (("bin/busybox", "placeholder for busybox 1.37.0\n"),), real=_busybox_users()),
    "alpine-3.20": Recipe("ADD alpine-minirootfs-3.20.6-x86_64.tar.gz / # buildkit", 3_630 * KB, _os_release("Alpine Linux", "3.20.6", "Alpine Linux v3.20"), _ALPINE_DIRS, real=alpine_files("3.20.6")),
    "alpine-3.21": Recipe("ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit", 3_640 * KB, _os_release("Alpine Linux", "3.21.3", "Alpine Linux v3.21"), _ALPINE_DIRS, real=alpine_files("3.21.3")),
    "alpine-3.22": Recipe("ADD alpine-minirootfs-3.22.0-x86_64.tar.gz / # buildkit", 3_800 * KB, _os_release("Alpine Linux", "3.22.0", "Alpine Linux v3.22"), _ALPINE_DIRS, real=alpine_files("3.22.0")),
    "debian-bookworm": Recipe("# debian.sh --arch 'amd64' out/ 'bookworm' '@1747699200'", 48_490 * KB, _os_release("Debian GNU/Linux", "12", "Debian GNU/Linux 12 (bookworm)"), _MERGED_USR_DIRS, _MERGED_USR_LINKS, real=debian_files("12", "bookworm", "12.11")),
    "debian-bookworm-slim": Recipe("# debian.sh --arch 'amd64' out/ 'bookworm' '@1747699200' --slim", 28_230 * KB, _os_release("Debian GNU/Linux", "12", "Debian GNU/Linux 12 (bookworm) slim"), _MERGED_USR_DIRS, _MERGED_USR_LINKS, real=debian_files("12", "bookworm", "12.11")),
    "ubuntu-22.04": Recipe("ADD file:ubuntu-jammy-oci-amd64-root.tar.gz in / ", 29_540 * KB, _os_release("Ubuntu", "22.04", "Ubuntu 22.04.5 LTS"), _MERGED_USR_DIRS, _MERGED_USR_LINKS, real=ubuntu_files("22.04", "22.04.5", "jammy", "Jammy Jellyfish")),
    "ubuntu-24.04": Recipe("ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ", 29_720 * KB, _os_release("Ubuntu", "24.04", "Ubuntu 24.04.2 LTS"), _MERGED_USR_DIRS, _MERGED_USR_LINKS, real=ubuntu_files("24.04", "24.04.2", "noble", "Noble Numbat")),
    # -- buildpack-deps (the base of the full python and node images) --
    "bpd-curl": Recipe("RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget && rm -rf /var/lib/apt/lists/*", 24_060 * KB),
    "bpd-scm": Recipe("RUN apt-get update && apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/*", 64_390 * KB,
                      real=(("usr/bin/ps", "placeholder for procps 4.0.2 ps\n"), ("usr/bin/git", "placeholder for git 2.39.5\n"))),
    "bpd-build": Recipe("RUN apt-get update && apt-get install -y --no-install-recommends autoconf automake bzip2 dpkg-dev file g++ gcc make ... && rm -rf /var/lib/apt/lists/*", 211_300 * KB),
    # -- nginx ---------------------------------------------------------
    "nginx-1.27-install": Recipe("RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx ... apt-get install nginx=1.27.5-1~bookworm ... # buildkit", 41_880 * KB, (("usr/sbin/nginx", "placeholder for nginx 1.27.5\n"),)),
    "nginx-1.28-install": Recipe("RUN /bin/sh -c set -x && groupadd --system --gid 101 nginx ... apt-get install nginx=1.28.0-1~bookworm ... # buildkit", 41_950 * KB, (("usr/sbin/nginx", "placeholder for nginx 1.28.0\n"),)),
    "nginx-entrypoint": Recipe("COPY docker-entrypoint.sh / # buildkit", 628, (("docker-entrypoint.sh", "#!/bin/sh\n# placeholder for nginx's docker-entrypoint.sh\nexec \"$@\"\n"),)),
    "nginx-10-listen": Recipe("COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit", 956, (("docker-entrypoint.d/10-listen-on-ipv6-by-default.sh", "#!/bin/sh\n# placeholder\n"),)),
    "nginx-15-resolvers": Recipe("COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit", 404, (("docker-entrypoint.d/15-local-resolvers.envsh", "#!/bin/sh\n# placeholder\n"),)),
    "nginx-20-templates": Recipe("COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit", 1_210, (("docker-entrypoint.d/20-envsubst-on-templates.sh", "#!/bin/sh\n# placeholder\n"),)),
    "nginx-30-workers": Recipe("COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit", 1_400, (("docker-entrypoint.d/30-tune-worker-processes.sh", "#!/bin/sh\n# placeholder\n"),)),
    "nginx-alpine-install": Recipe("RUN /bin/sh -c set -x && addgroup -g 101 -S nginx ... apk add nginx=1.27.5-r1 # buildkit", 1_800 * KB, (("usr/sbin/nginx", "placeholder for nginx 1.27.5 (musl)\n"),)),
    "nginx-alpine-njs": Recipe("RUN /bin/sh -c set -x && apk add --no-cache curl ca-certificates nginx-module-njs ... # buildkit", 15_600 * KB),
    # -- httpd ---------------------------------------------------------
    "httpd-deps": Recipe("RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates libaprutil1-ldap libldap2 ... # buildkit", 6_410 * KB),
    "httpd-2.4": Recipe("RUN /bin/sh -c set -eux; ... ./configure --prefix=\"$HTTPD_PREFIX\" --enable-mods-shared=reallyall --enable-mpms-shared=all; make install # buildkit", 23_040 * KB, (("usr/local/apache2/bin/httpd", "placeholder for Apache httpd 2.4.63\n"),)),
    "httpd-foreground": Recipe("COPY httpd-foreground /usr/local/bin/ # buildkit", 295, (("usr/local/bin/httpd-foreground", "#!/bin/sh\n# placeholder\nexec httpd -DFOREGROUND \"$@\"\n"),)),
    # -- python --------------------------------------------------------
    "python-deps": Recipe("RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev; rm -rf /var/lib/apt/lists/* # buildkit", 6_160 * KB),
    "python-3.12": Recipe("RUN /bin/sh -c set -eux; wget -O python.tar.xz \"https://www.python.org/ftp/python/3.12.10/Python-3.12.10.tar.xz\"; ... make install # buildkit", 25_800 * KB, (("usr/local/bin/python3.12", "placeholder for CPython 3.12.10\n"),)),
    "python-3.13": Recipe("RUN /bin/sh -c set -eux; wget -O python.tar.xz \"https://www.python.org/ftp/python/3.13.3/Python-3.13.3.tar.xz\"; ... make install # buildkit", 26_700 * KB, (("usr/local/bin/python3.13", "placeholder for CPython 3.13.3\n"),)),
    "python-links": Recipe("RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do ln -svT \"$src\" \"/usr/local/bin/${src%3}\"; done # buildkit", 249, (("usr/local/bin/python", "python3 (link)\n"),)),
    "python-slim-deps": Recipe("RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata; rm -rf /var/lib/apt/lists/* # buildkit", 3_510 * KB),
    "python-3.12-slim": Recipe("RUN /bin/sh -c set -eux; savedAptMark=...; wget -O python.tar.xz ...Python-3.12.10.tar.xz; ... make install; apt-mark auto '.*' > /dev/null # buildkit", 12_910 * KB, (("usr/local/bin/python3.12", "placeholder for CPython 3.12.10 (slim)\n"),)),
    "python-3.13-slim": Recipe("RUN /bin/sh -c set -eux; savedAptMark=...; wget -O python.tar.xz ...Python-3.13.3.tar.xz; ... make install; apt-mark auto '.*' > /dev/null # buildkit", 13_600 * KB, (("usr/local/bin/python3.13", "placeholder for CPython 3.13.3 (slim)\n"),)),
    "python-alpine-deps": Recipe("RUN /bin/sh -c set -eux; apk add --no-cache ca-certificates tzdata; # buildkit", 460 * KB),
    "python-3.12-alpine": Recipe("RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps ...; wget ...Python-3.12.10.tar.xz; ... make install # buildkit", 12_540 * KB, (("usr/local/bin/python3.12", "placeholder for CPython 3.12.10 (musl)\n"),)),
    # -- node ----------------------------------------------------------
    "node-group": Recipe("RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit", 3_320,
                         real=with_user(debian_files("12", "bookworm", "12.11"), "node:x:1000:1000::/home/node:/bin/bash", "node:x:1000:")),
    "node-20": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v20.19.2/node-v20.19.2-linux-x64.tar.xz\" ... # buildkit", 48_470 * KB, (("usr/local/bin/node", "placeholder for Node.js 20.19.2\n"),), real=_NODE_TOOLS),
    "node-22": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v22.16.0/node-v22.16.0-linux-x64.tar.xz\" ... # buildkit", 56_410 * KB, (("usr/local/bin/node", "placeholder for Node.js 22.16.0\n"),), real=_NODE_TOOLS),
    "node-24": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v24.1.0/node-v24.1.0-linux-x64.tar.xz\" ... # buildkit", 58_900 * KB, (("usr/local/bin/node", "placeholder for Node.js 24.1.0\n"),), real=_NODE_TOOLS),
    "node-20-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v20.19.2-linux-x64-musl.tar.xz # buildkit", 42_320 * KB, (("usr/local/bin/node", "placeholder for Node.js 20.19.2 (musl)\n"),), real=_NODE_TOOLS + _NODE_ALPINE_USER),
    "node-22-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v22.16.0-linux-x64-musl.tar.xz # buildkit", 49_950 * KB, (("usr/local/bin/node", "placeholder for Node.js 22.16.0 (musl)\n"),), real=_NODE_TOOLS + _NODE_ALPINE_USER),
    "node-yarn": Recipe("RUN /bin/sh -c set -ex && ... curl -fsSLO --compressed \"https://yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz\" ... # buildkit", 1_250 * KB, real=_YARN_BINS),
    "node-yarn-alpine": Recipe("RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar && ... yarn-v1.22.22.tar.gz ... # buildkit", 1_260 * KB, real=_YARN_BINS),
    "node-entrypoint": Recipe("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 450, (("usr/local/bin/docker-entrypoint.sh", "#!/bin/sh\n# placeholder for node's docker-entrypoint.sh\nexec \"$@\"\n"),)),
    "node-18": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v18.20.8/node-v18.20.8-linux-x64.tar.xz\" ... # buildkit", 46_100 * KB, _node_bins("18.20.8")),
    "node-18-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v18.20.8-linux-x64-musl.tar.xz # buildkit", 40_010 * KB, _node_bins("18.20.8", musl=True) + _NODE_ALPINE_USER),
    "node-24-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v24.1.0-linux-x64-musl.tar.xz # buildkit", 51_600 * KB, _node_bins("24.1.0", musl=True) + _NODE_ALPINE_USER),
    # -- redis ---------------------------------------------------------
    "redis-user": Recipe("RUN /bin/sh -c set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis # buildkit", 1_100),
    "redis-7.4": Recipe("RUN /bin/sh -c set -eux; ... wget -O redis.tar.gz \"https://download.redis.io/releases/redis-7.4.4.tar.gz\"; make install # buildkit", 12_880 * KB, (("usr/local/bin/redis-server", "placeholder for Redis 7.4.4\n"),)),
    "redis-8.0": Recipe("RUN /bin/sh -c set -eux; ... wget -O redis.tar.gz \"https://github.com/redis/redis/archive/refs/tags/8.0.2.tar.gz\"; make install # buildkit", 38_600 * KB, (("usr/local/bin/redis-server", "placeholder for Redis 8.0.2\n"),)),
    "redis-8.0-alpine": Recipe("RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps ...; redis-8.0.2; make install # buildkit", 20_300 * KB, (("usr/local/bin/redis-server", "placeholder for Redis 8.0.2 (musl)\n"),)),
    "redis-data": Recipe("RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit", 97),
    "redis-entrypoint": Recipe("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 1_600, (("usr/local/bin/docker-entrypoint.sh", "#!/bin/sh\n# placeholder for redis's docker-entrypoint.sh\nexec \"$@\"\n"),)),
    # -- postgres ------------------------------------------------------
    "pg-deps": Recipe("RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends gnupg less libnss-wrapper xz-utils zstd; ... locales # buildkit", 13_500 * KB),
    "pg-16": Recipe("RUN /bin/sh -c set -ex; ... apt-get install -y --no-install-recommends postgresql-16=16.9-1.pgdg120+1 # buildkit", 105_300 * KB, (("usr/lib/postgresql/16/bin/postgres", "placeholder for PostgreSQL 16.9\n"),)),
    "pg-17": Recipe("RUN /bin/sh -c set -ex; ... apt-get install -y --no-install-recommends postgresql-17=17.5-1.pgdg120+1 # buildkit", 108_200 * KB, (("usr/lib/postgresql/17/bin/postgres", "placeholder for PostgreSQL 17.5\n"),)),
    "pg-17-alpine": Recipe("RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps ...; postgresql-17.5; make install-world # buildkit", 99_700 * KB, (("usr/local/bin/postgres", "placeholder for PostgreSQL 17.5 (musl)\n"),)),
    "pg-entrypoint": Recipe("COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit", 4_550, (("usr/local/bin/docker-entrypoint.sh", "#!/bin/sh\n# placeholder for postgres's docker-entrypoint.sh\nexec \"$@\"\n"),)),
    "debian-trixie-slim": Recipe("# debian.sh --arch 'amd64' out/ 'trixie' '@1763337600' --slim", 29_750 * KB, debian_files("13", "trixie", "13.2"), _MERGED_USR_DIRS, _MERGED_USR_LINKS),
    "pg18-deps": Recipe("RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends gnupg less libnss-wrapper xz-utils zstd; ... locales # buildkit", 14_200 * KB),
    "pg-18": Recipe("RUN /bin/sh -c set -ex; ... apt-get install -y --no-install-recommends postgresql-18=18.1-1.pgdg13+1 # buildkit", 112_400 * KB, (("usr/lib/postgresql/18/bin/postgres", "placeholder for PostgreSQL 18.1\n"),)),
    # -- mysql (Oracle Linux based, as the official image) -------------
    "oraclelinux-9-slim": Recipe("ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit", 44_800 * KB, oraclelinux_files("9.6"), _MERGED_USR_DIRS, _MERGED_USR_LINKS),
    "mysql-user": Recipe("RUN /bin/sh -c set -eux; groupadd --system --gid 999 mysql; useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit", 1_500,
                         with_user(oraclelinux_files("9.6"), "mysql:x:999:999::/var/lib/mysql:/bin/bash", "mysql:x:999:")),
    "mysql-gosu": Recipe("RUN /bin/sh -c set -eux; arch=\"$(uname -m)\"; ... curl -fL -o /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$arch\"; ... # buildkit", 1_000 * KB, (("usr/local/bin/gosu", "placeholder for gosu 1.17\n"),)),
    "mysql-deps": Recipe("RUN /bin/sh -c set -eux; microdnf install -y bzip2 gzip openssl xz zstd findutils; microdnf clean all # buildkit", 4_900 * KB),
    "mysql-repo-key": Recipe("RUN /bin/sh -c set -eux; key='BCA4 3417 C3B4 85DD 128E C6D4 B7B3 B788 A8D3 785C'; ... rpm --import \"$GNUPGHOME/mysql.key\" # buildkit", 1_600),
    "mysql-8.0": Recipe("RUN /bin/sh -c set -eu; ... microdnf install -y \"mysql-community-server-minimal-$MYSQL_VERSION\"; ... # buildkit", 62_300 * KB, (("usr/sbin/mysqld", "placeholder for MySQL Community Server 8.0.42\n"),)),
    "mysql-conf": Recipe("RUN /bin/sh -c set -eu; { echo '[mysqld]'; echo 'skip-host-cache'; echo 'skip-name-resolve'; ... } > /etc/my.cnf.d/docker.cnf # buildkit", 890),
    "mysql-shell": Recipe("RUN /bin/sh -c set -eux; microdnf install -y \"mysql-shell-$MYSQL_SHELL_VERSION\"; microdnf clean all; mysqlsh --version # buildkit", 116_500 * KB, (("usr/bin/mysqlsh", "placeholder for MySQL Shell 8.0.42\n"), ("usr/bin/mysql", "placeholder for the mysql client 8.0.42\n"))),
    "mysql-entrypoint": Recipe("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 5_300, (("usr/local/bin/docker-entrypoint.sh", "#!/bin/bash\n# placeholder for mysql's docker-entrypoint.sh\nexec \"$@\"\n"),)),
    "mysql-compat-link": Recipe("RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit", 34),
    # -- nicolaka/netshoot -------------------------------------------------
    "netshoot-tools": Recipe("RUN /bin/sh -c set -ex && apk update && apk upgrade && apk add --no-cache apache2-utils bash bind-tools bird bridge-utils busybox-extras conntrack-tools curl dhcping drill ethtool file fping iftop iperf iperf3 iproute2 ipset iptables iptraf-ng iputils ipvsadm jq libc6-compat liboping ltrace mtr net-snmp-tools netcat-openbsd nftables ngrep nmap nmap-nping nmap-scripts openssl py3-pip py3-setuptools scapy socat speedtest-cli openssh strace tcpdump tcptraceroute tshark util-linux vim git zsh websocat swaks perl-crypt-ssleay perl-net-ssleay # buildkit", 148_700 * KB,
                             (("usr/bin/dig", "placeholder for BIND 9.18 dig\n"), ("usr/bin/nslookup", "placeholder for BIND 9.18 nslookup\n"),
                              ("bin/zsh", "placeholder for zsh 5.9\n"), ("usr/bin/curl", "placeholder for curl 8.12\n"))),
    "netshoot-binaries": Recipe("COPY --from=fetcher /tmp/ctop /usr/local/bin/ctop ... /tmp/calicoctl /usr/local/bin/calicoctl ... /tmp/termshark /usr/local/bin/termshark # buildkit", 52_300 * KB),
    "netshoot-ohmyzsh": Recipe("RUN /bin/sh -c curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh | sh # buildkit", 3_150 * KB),
    "netshoot-zsh-plugins": Recipe("RUN /bin/sh -c git clone https://github.com/zsh-users/zsh-autosuggestions ${ZSH_CUSTOM:-~/.oh-my-zsh/custom}/plugins/zsh-autosuggestions # buildkit", 190 * KB),
    "netshoot-p10k": Recipe("RUN /bin/sh -c git clone --depth=1 https://github.com/romkatv/powerlevel10k.git ${ZSH_CUSTOM:-$HOME/.oh-my-zsh/custom}/themes/powerlevel10k # buildkit", 4_300 * KB),
    "netshoot-zshrc": Recipe("COPY zshrc .zshrc # buildkit", 1_200, (("root/.zshrc", "# placeholder for netshoot's zshrc\n"),)),
    "netshoot-motd": Recipe("COPY motd motd # buildkit", 1_500, (("root/motd", "placeholder for netshoot's welcome banner\n"),)),
    # -- Docker's own tutorial images ------------------------------------
    "welcome-site": Recipe("COPY --from=build /app/build /usr/share/nginx/html # buildkit", 660 * KB, (("usr/share/nginx/html/index.html", "<!doctype html><title>Welcome to Docker</title><!-- placeholder for the React build -->\n"),)),
    "getting-started-site": Recipe("COPY --from=build /app/site /usr/share/nginx/html # buildkit", 3_420 * KB, (("usr/share/nginx/html/index.html", "<!doctype html><title>Getting Started</title><!-- placeholder for the mkdocs site -->\n"),)),
    "getting-started-app": Recipe("COPY --from=app-zip-creator /app.zip /usr/share/nginx/html/assets/app.zip # buildkit", 3_600 * KB),
    # -- eclipse-temurin (Ubuntu 22.04 based) -----------------------------
    "temurin-locale": Recipe("RUN /bin/sh -c set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tzdata curl wget fontconfig ca-certificates p11-kit binutils tzdata locales; echo \"en_US.UTF-8 UTF-8\" >> /etc/locale.gen; locale-gen en_US.UTF-8; rm -rf /var/lib/apt/lists/* # buildkit", 19_800 * KB),
    "temurin-21-jdk": Recipe("RUN /bin/sh -c set -eux; ... curl -LfsSo /tmp/openjdk.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.7%2B6/OpenJDK21U-jdk_x64_linux_hotspot_21.0.7_6.tar.gz; ... # buildkit", 157_600 * KB, (("opt/java/openjdk/bin/java", "placeholder for Temurin 21.0.7+6 (JDK)\n"), ("opt/java/openjdk/bin/jshell", "placeholder for jshell 21.0.7\n"))),
    "temurin-21-jre": Recipe("RUN /bin/sh -c set -eux; ... curl -LfsSo /tmp/openjdk.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.7%2B6/OpenJDK21U-jre_x64_linux_hotspot_21.0.7_6.tar.gz; ... # buildkit", 53_900 * KB, (("opt/java/openjdk/bin/java", "placeholder for Temurin 21.0.7+6 (JRE)\n"),)),
    "temurin-21.0.2-jdk": Recipe("RUN /bin/sh -c set -eux; ... curl -LfsSo /tmp/openjdk.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.2%2B13/OpenJDK21U-jdk_x64_linux_hotspot_21.0.2_13.tar.gz; ... # buildkit", 156_900 * KB, (("opt/java/openjdk/bin/java", "placeholder for Temurin 21.0.2+13 (JDK)\n"), ("opt/java/openjdk/bin/jshell", "placeholder for jshell 21.0.2\n"))),
    "temurin-21.0.2-jre": Recipe("RUN /bin/sh -c set -eux; ... curl -LfsSo /tmp/openjdk.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.2%2B13/OpenJDK21U-jre_x64_linux_hotspot_21.0.2_13.tar.gz; ... # buildkit", 53_400 * KB, (("opt/java/openjdk/bin/java", "placeholder for Temurin 21.0.2+13 (JRE)\n"),)),
    "temurin-entrypoint": Recipe("COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit", 2_300, (("__cacert_entrypoint.sh", "#!/usr/bin/env bash\n# placeholder for eclipse-temurin's entrypoint.sh\nexec \"$@\"\n"),)),
    # -- .NET (mcr.microsoft.com) ---------------------------------------
    "dotnet-runtime-deps": Recipe("RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g && rm -rf /var/lib/apt/lists/*", 3_530 * KB),
    "dotnet-app-user": Recipe("RUN /bin/sh -c groupadd --gid=$APP_UID app && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app", 1_040),
    "dotnet-runtime-8.0": Recipe("RUN /bin/sh -c dotnet_version=8.0.16 && curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Runtime/$dotnet_version/dotnet-runtime-$dotnet_version-linux-x64.tar.gz ...", 31_020 * KB, (("usr/share/dotnet/dotnet", "placeholder for the .NET 8.0.16 runtime\n"),)),
    "dotnet-runtime-9.0": Recipe("RUN /bin/sh -c dotnet_version=9.0.5 && curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Runtime/$dotnet_version/dotnet-runtime-$dotnet_version-linux-x64.tar.gz ...", 32_180 * KB, (("usr/share/dotnet/dotnet", "placeholder for the .NET 9.0.5 runtime\n"),)),
    "dotnet-runtime-link": Recipe("RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet", 160),
    "aspnet-8.0": Recipe("RUN /bin/sh -c aspnetcore_version=8.0.16 && curl -fSL --output aspnetcore.tar.gz https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$aspnetcore_version/aspnetcore-runtime-$aspnetcore_version-linux-x64.tar.gz ...", 10_340 * KB, (("usr/share/dotnet/shared/Microsoft.AspNetCore.App/8.0.16/README", "placeholder for ASP.NET Core 8.0.16\n"),)),
    "aspnet-9.0": Recipe("RUN /bin/sh -c aspnetcore_version=9.0.5 && curl -fSL --output aspnetcore.tar.gz https://builds.dotnet.microsoft.com/dotnet/aspnetcore/Runtime/$aspnetcore_version/aspnetcore-runtime-$aspnetcore_version-linux-x64.tar.gz ...", 10_810 * KB, (("usr/share/dotnet/shared/Microsoft.AspNetCore.App/9.0.5/README", "placeholder for ASP.NET Core 9.0.5\n"),)),
    "sdk-tools": Recipe("RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl git libatomic1 wget && rm -rf /var/lib/apt/lists/*", 17_600 * KB),
    "sdk-8.0": Recipe("RUN /bin/sh -c dotnet_sdk_version=8.0.409 && curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Sdk/$dotnet_sdk_version/dotnet-sdk-$dotnet_sdk_version-linux-x64.tar.gz ... && dotnet help", 163_900 * KB, (("usr/share/dotnet/sdk/8.0.409/README", "placeholder for the .NET SDK 8.0.409\n"),)),
    "sdk-9.0": Recipe("RUN /bin/sh -c dotnet_sdk_version=9.0.300 && curl -fSL --output dotnet.tar.gz https://builds.dotnet.microsoft.com/dotnet/Sdk/$dotnet_sdk_version/dotnet-sdk-$dotnet_sdk_version-linux-x64.tar.gz ... && dotnet help", 171_300 * KB, (("usr/share/dotnet/sdk/9.0.300/README", "placeholder for the .NET SDK 9.0.300\n"),)),
    "sdk-powershell-8.0": Recipe("RUN /bin/sh -c powershell_version=7.4.10 && curl -fSL --output PowerShell.Linux.x64.$powershell_version.nupkg ... && dotnet tool install --add-source / --tool-path /usr/share/powershell --version $powershell_version PowerShell.Linux.x64", 27_500 * KB),
    "nanoserver-ltsc2022": Recipe("Apply image 10.0.20348.3692 (Windows Nano Server LTSC 2022)", 121_480 * KB, (("Windows/System32/ntdll.dll", "placeholder for Windows Nano Server LTSC 2022\n"),)),
    "sdk-powershell-9.0": Recipe("RUN /bin/sh -c powershell_version=7.5.1 && curl -fSL --output PowerShell.Linux.x64.$powershell_version.nupkg ... && dotnet tool install --add-source / --tool-path /usr/share/powershell --version $powershell_version PowerShell.Linux.x64", 28_300 * KB),
}

_DEBIAN_CMD = {"Env": [_PATH], "Cmd": ["bash"]}
_ALPINE_CMD = {"Env": [_PATH], "Cmd": ["/bin/sh"]}
_NGINX = {
    "Env": [_PATH, "NGINX_VERSION=1.27.5", "NJS_VERSION=0.8.10", "PKG_RELEASE=1~bookworm"],
    "Entrypoint": ["/docker-entrypoint.sh"], "Cmd": ["nginx", "-g", "daemon off;"],
    "ExposedPorts": {"80/tcp": {}}, "StopSignal": "SIGQUIT",
    "Labels": {"maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"},
}
_NGINX_LAYERS = ("nginx-entrypoint", "nginx-10-listen", "nginx-15-resolvers", "nginx-20-templates", "nginx-30-workers")
_HTTPD = {"Env": [_PATH.replace("PATH=", "PATH=/usr/local/apache2/bin:"), "HTTPD_PREFIX=/usr/local/apache2", "HTTPD_VERSION=2.4.63"],
          "WorkingDir": "/usr/local/apache2", "Cmd": ["httpd-foreground"], "ExposedPorts": {"80/tcp": {}}, "StopSignal": "SIGWINCH"}


def _python(version):
    return {"Env": [_PATH, "LANG=C.UTF-8", f"PYTHON_VERSION={version}"], "Cmd": ["python3"]}


def _node(version):
    return {"Env": [_PATH, f"NODE_VERSION={version}", "YARN_VERSION=1.22.22"],
            "Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["node"]}


def _redis(version):
    return {"Env": [_PATH, f"REDIS_VERSION={version}"], "Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["redis-server"],
            "WorkingDir": "/data", "Volumes": {"/data": {}}, "ExposedPorts": {"6379/tcp": {}}}


def _postgres(major, version):
    return {"Env": [_PATH.replace("PATH=", f"PATH=/usr/lib/postgresql/{major}/bin:"), "LANG=en_US.utf8",
                    f"PG_MAJOR={major}", f"PG_VERSION={version}", "PGDATA=/var/lib/postgresql/data"],
            "Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["postgres"], "StopSignal": "SIGINT",
            "Volumes": {"/var/lib/postgresql/data": {}}, "ExposedPorts": {"5432/tcp": {}}}


def _postgres18(version):
    # ``ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin`` puts the server's directory last; from 18 on,
    # PGDATA is a versioned directory under the volume /var/lib/postgresql.
    return {"Env": [f"{_PATH}:/usr/lib/postgresql/18/bin", "GOSU_VERSION=1.19", "LANG=en_US.utf8", "PG_MAJOR=18",
                    f"PG_VERSION={version}", "PGDATA=/var/lib/postgresql/18/docker"],
            "Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["postgres"], "StopSignal": "SIGINT",
            "Volumes": {"/var/lib/postgresql": {}}, "ExposedPorts": {"5432/tcp": {}}}


_MYSQL = {"Env": [_PATH, "GOSU_VERSION=1.17", "MYSQL_MAJOR=8.0", "MYSQL_VERSION=8.0.42-1.el9",
                  "MYSQL_SHELL_VERSION=8.0.42-1.el9"],
          "Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["mysqld"], "Volumes": {"/var/lib/mysql": {}},
          "ExposedPorts": {"3306/tcp": {}, "33060/tcp": {}}}
_MYSQL_LAYERS = ("oraclelinux-9-slim", "mysql-user", "mysql-gosu", "mysql-deps", "mysql-repo-key", "mysql-8.0",
                 "mysql-conf", "mysql-shell", "mysql-entrypoint", "mysql-compat-link")
_NETSHOOT = {"Env": [_PATH, "HOSTNAME=netshoot"], "WorkingDir": "/root", "User": "root", "Cmd": ["zsh"]}
_NETSHOOT_LAYERS = ("alpine-3.22", "netshoot-tools", "netshoot-binaries", "netshoot-ohmyzsh", "netshoot-zsh-plugins",
                    "netshoot-p10k", "netshoot-zshrc", "netshoot-motd")


def _temurin(version_tag):
    return {"Env": ["JAVA_HOME=/opt/java/openjdk", "LANG=en_US.UTF-8", "LANGUAGE=en_US:en", "LC_ALL=en_US.UTF-8",
                    f"JAVA_VERSION={version_tag}",
                    "PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            "Entrypoint": ["/__cacert_entrypoint.sh"], "Cmd": ["jshell"]}


def _dotnet(version, aspnet=False, sdk=False):
    env = [_PATH, "APP_UID=1654", "ASPNETCORE_HTTP_PORTS=8080", "DOTNET_RUNNING_IN_CONTAINER=true",
           f"DOTNET_VERSION={version}"]
    cfg = {"Env": env, "Cmd": ["bash"] if sdk else None, "ExposedPorts": {"8080/tcp": {}}}
    if aspnet:
        env.append(f"ASPNET_VERSION={version}")
    return cfg


_BPD = ("debian-bookworm", "bpd-curl", "bpd-scm", "bpd-build")
_RUNTIME_8 = ("debian-bookworm-slim", "dotnet-runtime-deps", "dotnet-app-user", "dotnet-runtime-8.0", "dotnet-runtime-link")
_RUNTIME_9 = ("debian-bookworm-slim", "dotnet-runtime-deps", "dotnet-app-user", "dotnet-runtime-9.0", "dotnet-runtime-link")

_SDK_8 = _RUNTIME_8 + ("aspnet-8.0", "sdk-tools", "sdk-8.0", "sdk-powershell-8.0")
_DOTNET = LINUX + (_WINDOWS,)

CATALOG: tuple[ImageSpec, ...] = (
    ImageSpec("docker.io", "library/hello-world", ("latest", "linux"), ("hello",), {"Env": [_PATH], "Cmd": ["/hello"]}, "2025-01-21T23:32:32Z"),
    ImageSpec("docker.io", "library/busybox", ("1.36", "1.36.1"), ("busybox-1.36",), {"Env": [_PATH], "Cmd": ["sh"]}, "2024-09-26T21:31:42Z"),
    ImageSpec("docker.io", "library/busybox", ("latest", "1.37", "1.37.0"), ("busybox-1.37",), {"Env": [_PATH], "Cmd": ["sh"]}, "2024-09-26T21:31:42Z"),
    ImageSpec("docker.io", "library/alpine", ("3.20", "3.20.6"), ("alpine-3.20",), _ALPINE_CMD, "2025-02-14T03:28:36Z"),
    ImageSpec("docker.io", "library/alpine", ("3.21", "3.21.3"), ("alpine-3.21",), _ALPINE_CMD, "2025-02-14T03:28:36Z"),
    ImageSpec("docker.io", "library/alpine", ("latest", "3", "3.22", "3.22.0"), ("alpine-3.22",), _ALPINE_CMD, "2025-05-30T17:14:00Z"),
    ImageSpec("docker.io", "library/debian", ("latest", "12", "bookworm"), ("debian-bookworm",), _DEBIAN_CMD),
    ImageSpec("docker.io", "library/debian", ("12-slim", "bookworm-slim"), ("debian-bookworm-slim",), _DEBIAN_CMD),
    ImageSpec("docker.io", "library/ubuntu", ("22.04", "jammy"), ("ubuntu-22.04",), {"Env": [_PATH], "Cmd": ["/bin/bash"]}, "2025-04-08T10:37:00Z"),
    ImageSpec("docker.io", "library/ubuntu", ("latest", "24.04", "noble"), ("ubuntu-24.04",), {"Env": [_PATH], "Cmd": ["/bin/bash"]}, "2025-05-29T04:21:00Z"),
    ImageSpec("docker.io", "library/nginx", ("latest", "1.27", "1.27.5", "mainline"), ("debian-bookworm-slim", "nginx-1.27-install") + _NGINX_LAYERS, _NGINX, "2025-04-16T17:01:00Z"),
    ImageSpec("docker.io", "library/nginx", ("1.28", "1.28.0", "stable"), ("debian-bookworm-slim", "nginx-1.28-install") + _NGINX_LAYERS,
              dict(_NGINX, Env=[_PATH, "NGINX_VERSION=1.28.0", "NJS_VERSION=0.8.10", "PKG_RELEASE=1~bookworm"]), "2025-04-23T17:01:00Z"),
    ImageSpec("docker.io", "library/nginx", ("alpine", "1.27-alpine", "mainline-alpine"), ("alpine-3.21", "nginx-alpine-install") + _NGINX_LAYERS + ("nginx-alpine-njs",),
              dict(_NGINX, Env=[_PATH, "NGINX_VERSION=1.27.5", "NJS_VERSION=0.8.10", "PKG_RELEASE=1"]), "2025-04-16T17:01:00Z"),
    ImageSpec("docker.io", "library/httpd", ("latest", "2.4", "2"), ("debian-bookworm-slim", "httpd-deps", "httpd-2.4", "httpd-foreground"), _HTTPD, "2025-04-28T20:32:00Z"),
    ImageSpec("docker.io", "library/python", ("3.12", "3.12.10", "3.12-bookworm"), _BPD + ("python-deps", "python-3.12", "python-links"), _python("3.12.10")),
    ImageSpec("docker.io", "library/python", ("3.12-slim", "3.12-slim-bookworm"), ("debian-bookworm-slim", "python-slim-deps", "python-3.12-slim", "python-links"), _python("3.12.10")),
    ImageSpec("docker.io", "library/python", ("3.12-alpine", "3.12-alpine3.22"), ("alpine-3.22", "python-alpine-deps", "python-3.12-alpine", "python-links"), _python("3.12.10")),
    ImageSpec("docker.io", "library/python", ("latest", "3", "3.13", "3.13.3", "3.13-bookworm"), _BPD + ("python-deps", "python-3.13", "python-links"), _python("3.13.3")),
    ImageSpec("docker.io", "library/python", ("3.13-slim", "slim", "3.13-slim-bookworm"), ("debian-bookworm-slim", "python-slim-deps", "python-3.13-slim", "python-links"), _python("3.13.3")),
    ImageSpec("docker.io", "library/node", ("20", "20.19.2", "20-bookworm"), _BPD + ("node-group", "node-20", "node-yarn", "node-entrypoint"), _node("20.19.2")),
    ImageSpec("docker.io", "library/node", ("20-alpine", "20.19.2-alpine"), ("alpine-3.21", "node-20-alpine", "node-yarn-alpine", "node-entrypoint"), _node("20.19.2")),
    ImageSpec("docker.io", "library/node", ("22", "lts", "22.16.0", "22-bookworm"), _BPD + ("node-group", "node-22", "node-yarn", "node-entrypoint"), _node("22.16.0")),
    ImageSpec("docker.io", "library/node", ("22-alpine", "lts-alpine", "22.16.0-alpine"), ("alpine-3.21", "node-22-alpine", "node-yarn-alpine", "node-entrypoint"), _node("22.16.0")),
    ImageSpec("docker.io", "library/node", ("latest", "24", "current", "24.1.0"), _BPD + ("node-group", "node-24", "node-yarn", "node-entrypoint"), _node("24.1.0")),
    ImageSpec("docker.io", "library/redis", ("7", "7.4", "7.4.4"), ("debian-bookworm-slim", "redis-user", "redis-7.4", "redis-data", "redis-entrypoint"), _redis("7.4.4")),
    ImageSpec("docker.io", "library/redis", ("latest", "8", "8.0", "8.0.2"), ("debian-bookworm-slim", "redis-user", "redis-8.0", "redis-data", "redis-entrypoint"), _redis("8.0.2")),
    ImageSpec("docker.io", "library/redis", ("alpine", "8-alpine", "8.0-alpine"), ("alpine-3.21", "redis-user", "redis-8.0-alpine", "redis-data", "redis-entrypoint"), _redis("8.0.2")),
    ImageSpec("docker.io", "library/postgres", ("16", "16.9"), ("debian-bookworm-slim", "pg-deps", "pg-16", "pg-entrypoint"), _postgres(16, "16.9-1.pgdg120+1")),
    ImageSpec("docker.io", "library/postgres", ("latest", "17", "17.5"), ("debian-bookworm-slim", "pg-deps", "pg-17", "pg-entrypoint"), _postgres(17, "17.5-1.pgdg120+1")),
    ImageSpec("docker.io", "library/postgres", ("alpine", "17-alpine"), ("alpine-3.21", "pg-17-alpine", "pg-entrypoint"), _postgres(17, "17.5")),
    ImageSpec("mcr.microsoft.com", "dotnet/runtime", ("8.0",), _RUNTIME_8, _dotnet("8.0.16"), platforms=_DOTNET),
    ImageSpec("mcr.microsoft.com", "dotnet/runtime", ("9.0",), _RUNTIME_9, _dotnet("9.0.5"), platforms=_DOTNET),
    ImageSpec("mcr.microsoft.com", "dotnet/aspnet", ("8.0",), _RUNTIME_8 + ("aspnet-8.0",), _dotnet("8.0.16", aspnet=True), platforms=_DOTNET),
    ImageSpec("mcr.microsoft.com", "dotnet/aspnet", ("9.0",), _RUNTIME_9 + ("aspnet-9.0",), _dotnet("9.0.5", aspnet=True), platforms=_DOTNET),
    ImageSpec("mcr.microsoft.com", "dotnet/sdk", ("8.0",), _SDK_8, _dotnet("8.0.16", aspnet=True, sdk=True), platforms=_DOTNET),
    ImageSpec("mcr.microsoft.com", "dotnet/sdk", ("9.0",), _RUNTIME_9 + ("aspnet-9.0", "sdk-tools", "sdk-9.0", "sdk-powershell-9.0"), _dotnet("9.0.5", aspnet=True, sdk=True), platforms=_DOTNET),
    # Windows-only tags: pulling them on a Linux host fails with "no matching manifest".
    ImageSpec("mcr.microsoft.com", "dotnet/aspnet", ("8.0-nanoserver-ltsc2022",), _RUNTIME_8 + ("aspnet-8.0",), _dotnet("8.0.16", aspnet=True), platforms=(_WINDOWS,)),
    ImageSpec("mcr.microsoft.com", "dotnet/sdk", ("8.0-nanoserver-ltsc2022",), _SDK_8, _dotnet("8.0.16", aspnet=True, sdk=True), platforms=(_WINDOWS,)),
)

#: The images of Docker's "Get started" workshop and "Docker concepts" guides (issue 16; see
#: docs/catalog.md). A world should load them after :data:`CATALOG` once it builds catalog layers with
#: :func:`recipe_entries`; until then it loads :data:`CATALOG` alone, whose bytes are unchanged.
TUTORIAL_CATALOG: tuple[ImageSpec, ...] = (
    ImageSpec("docker.io", "library/node", ("18", "18.20.8", "18-bookworm", "hydrogen"), _BPD + ("node-group", "node-18", "node-yarn", "node-entrypoint"), _node("18.20.8"), "2025-03-27T21:30:00Z"),
    ImageSpec("docker.io", "library/node", ("18-alpine", "18.20.8-alpine", "hydrogen-alpine"), ("alpine-3.21", "node-18-alpine", "node-yarn-alpine", "node-entrypoint"), _node("18.20.8"), "2025-03-27T21:30:00Z"),
    ImageSpec("docker.io", "library/node", ("24-alpine", "alpine", "current-alpine", "24.1.0-alpine"), ("alpine-3.21", "node-24-alpine", "node-yarn-alpine", "node-entrypoint"), _node("24.1.0"), "2025-05-21T00:12:00Z"),
    ImageSpec("docker.io", "library/mysql", ("8.0", "8.0.42", "8.0-oracle", "8.0.42-oracle"), _MYSQL_LAYERS, _MYSQL, "2025-04-15T22:44:00Z"),
    ImageSpec("docker.io", "library/postgres", ("18", "18.1", "18-trixie"), ("debian-trixie-slim", "pg18-deps", "pg-18", "pg-entrypoint"), _postgres18("18.1-1.pgdg13+1"), "2025-11-13T20:10:00Z"),
    ImageSpec("docker.io", "nicolaka/netshoot", ("latest", "v0.14"), _NETSHOOT_LAYERS, _NETSHOOT, "2025-06-02T18:40:00Z"),
    ImageSpec("docker.io", "docker/welcome-to-docker", ("latest",), ("alpine-3.21", "nginx-alpine-install") + _NGINX_LAYERS + ("welcome-site",),
              dict(_NGINX, Env=[_PATH, "NGINX_VERSION=1.27.5", "PKG_RELEASE=1"]), "2025-04-30T15:20:00Z"),
    ImageSpec("docker.io", "docker/getting-started", ("latest",), ("alpine-3.21", "nginx-alpine-install") + _NGINX_LAYERS + ("getting-started-site", "getting-started-app"),
              dict(_NGINX, Env=[_PATH, "NGINX_VERSION=1.27.5", "PKG_RELEASE=1"]), "2025-03-10T16:05:00Z"),
    ImageSpec("docker.io", "library/eclipse-temurin", ("21-jdk-jammy", "21.0.7_6-jdk-jammy"), ("ubuntu-22.04", "temurin-locale", "temurin-21-jdk", "temurin-entrypoint"), _temurin("jdk-21.0.7+6"), "2025-04-25T21:36:00Z"),
    ImageSpec("docker.io", "library/eclipse-temurin", ("21-jre-jammy", "21.0.7_6-jre-jammy"), ("ubuntu-22.04", "temurin-locale", "temurin-21-jre", "temurin-entrypoint"), dict(_temurin("jdk-21.0.7+6"), Cmd=None), "2025-04-25T21:36:00Z"),
    ImageSpec("docker.io", "library/eclipse-temurin", ("21.0.2_13-jdk-jammy",), ("ubuntu-22.04", "temurin-locale", "temurin-21.0.2-jdk", "temurin-entrypoint"), _temurin("jdk-21.0.2+13"), "2024-02-02T01:10:00Z"),
    ImageSpec("docker.io", "library/eclipse-temurin", ("21.0.2_13-jre-jammy",), ("ubuntu-22.04", "temurin-locale", "temurin-21.0.2-jre", "temurin-entrypoint"), dict(_temurin("jdk-21.0.2+13"), Cmd=None), "2024-02-02T01:10:00Z"),
)
