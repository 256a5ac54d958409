"""The starting kit's catalog: well-known official images, as data.

Each image is a stack of *layer recipes* and a runtime config. A recipe says
what the layer stands for (``created_by``), how much such a layer weighs in
the real world (its *nominal size*, the compressed size published for the
official image on linux/amd64, rounded) and a few small, honest files that
stand in for the real content. Related tags share recipes, so they share
layers, exactly as ``nginx:1.27`` and ``python:3.12-slim`` share the
``debian:bookworm-slim`` base layer on Docker Hub.

The catalog is a snapshot of Docker Hub and the Microsoft Artifact Registry
as of June 2025 (``latest`` is what it pointed to then). Layer structure
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

__all__ = ["Recipe", "ImageSpec", "RECIPES", "CATALOG", "SNAPSHOT_DATE", "UNPACK_RATIO", "LINUX", "variant_recipe"]

SNAPSHOT_DATE = "2025-06-01T00:00:00Z"

#: On-disk (unpacked) size of a layer relative to its compressed size. The
#: official images unpack to 2.3-2.9 times their download size; the model
#: uses one ratio for all (a simplification named in the docs).
UNPACK_RATIO = 2.6

KB, MB = 1000, 1000 * 1000


@dataclass(frozen=True)
class Recipe:
    """What a layer stands for: its command, nominal size and placeholder files."""

    created_by: str
    nominal_size: int
    files: tuple = ()


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
    return Recipe(created_by, nominal, files)


def _os_release(name, version_id, pretty):
    return (("etc/os-release", f'PRETTY_NAME="{pretty}"\nNAME="{name}"\nVERSION_ID="{version_id}"\n'),)


_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

RECIPES: dict[str, Recipe] = {
    # -- operating-system bases -------------------------------------
    "hello": Recipe("COPY hello / # buildkit", 2_459, (("hello", "placeholder for the static 'hello' program of hello-world\n"),)),
    "busybox-1.36": Recipe("BusyBox 1.36.1 (glibc), Debian 12", 2_220 * KB, (("bin/busybox", "placeholder for busybox 1.36.1\n"),)),
    "busybox-1.37": Recipe("BusyBox 1.37.0 (glibc), Debian 12", 2_150 * KB, (("bin/busybox", "placeholder for busybox 1.37.0\n"),)),
    "alpine-3.20": Recipe("ADD alpine-minirootfs-3.20.6-x86_64.tar.gz / # buildkit", 3_630 * KB, _os_release("Alpine Linux", "3.20.6", "Alpine Linux v3.20")),
    "alpine-3.21": Recipe("ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit", 3_640 * KB, _os_release("Alpine Linux", "3.21.3", "Alpine Linux v3.21")),
    "alpine-3.22": Recipe("ADD alpine-minirootfs-3.22.0-x86_64.tar.gz / # buildkit", 3_800 * KB, _os_release("Alpine Linux", "3.22.0", "Alpine Linux v3.22")),
    "debian-bookworm": Recipe("# debian.sh --arch 'amd64' out/ 'bookworm' '@1747699200'", 48_490 * KB, _os_release("Debian GNU/Linux", "12", "Debian GNU/Linux 12 (bookworm)")),
    "debian-bookworm-slim": Recipe("# debian.sh --arch 'amd64' out/ 'bookworm' '@1747699200' --slim", 28_230 * KB, _os_release("Debian GNU/Linux", "12", "Debian GNU/Linux 12 (bookworm) slim")),
    "ubuntu-22.04": Recipe("ADD file:ubuntu-jammy-oci-amd64-root.tar.gz in / ", 29_540 * KB, _os_release("Ubuntu", "22.04", "Ubuntu 22.04.5 LTS")),
    "ubuntu-24.04": Recipe("ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ", 29_720 * KB, _os_release("Ubuntu", "24.04", "Ubuntu 24.04.2 LTS")),
    # -- buildpack-deps (the base of the full python and node images) --
    "bpd-curl": Recipe("RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget && rm -rf /var/lib/apt/lists/*", 24_060 * KB),
    "bpd-scm": Recipe("RUN apt-get update && apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/*", 64_390 * KB),
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
    "node-group": Recipe("RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit", 3_320),
    "node-20": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v20.19.2/node-v20.19.2-linux-x64.tar.xz\" ... # buildkit", 48_470 * KB, (("usr/local/bin/node", "placeholder for Node.js 20.19.2\n"),)),
    "node-22": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v22.16.0/node-v22.16.0-linux-x64.tar.xz\" ... # buildkit", 56_410 * KB, (("usr/local/bin/node", "placeholder for Node.js 22.16.0\n"),)),
    "node-24": Recipe("RUN /bin/sh -c ARCH= && ... curl -fsSLO --compressed \"https://nodejs.org/dist/v24.1.0/node-v24.1.0-linux-x64.tar.xz\" ... # buildkit", 58_900 * KB, (("usr/local/bin/node", "placeholder for Node.js 24.1.0\n"),)),
    "node-20-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v20.19.2-linux-x64-musl.tar.xz # buildkit", 42_320 * KB, (("usr/local/bin/node", "placeholder for Node.js 20.19.2 (musl)\n"),)),
    "node-22-alpine": Recipe("RUN /bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ ... node-v22.16.0-linux-x64-musl.tar.xz # buildkit", 49_950 * KB, (("usr/local/bin/node", "placeholder for Node.js 22.16.0 (musl)\n"),)),
    "node-yarn": Recipe("RUN /bin/sh -c set -ex && ... curl -fsSLO --compressed \"https://yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz\" ... # buildkit", 1_250 * KB),
    "node-yarn-alpine": Recipe("RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar && ... yarn-v1.22.22.tar.gz ... # buildkit", 1_260 * KB),
    "node-entrypoint": Recipe("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", 450, (("usr/local/bin/docker-entrypoint.sh", "#!/bin/sh\n# placeholder for node's docker-entrypoint.sh\nexec \"$@\"\n"),)),
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
