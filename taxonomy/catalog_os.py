"""The real text files of the catalog's base images: ``/etc/os-release``, ``/etc/passwd``, ``/etc/group``…

A container's shell reads them: ``cat /etc/os-release`` shows the release,
``id`` and ``whoami`` look the user up in ``/etc/passwd`` and
``/etc/group``, ``ls -l`` names owners from them. Their content is what the
official images ship (Alpine's ``alpine-baselayout``, Debian's and Ubuntu's
``base-passwd``, Oracle Linux's ``setup``), as of the catalog's snapshot.

Examples
--------
>>> files = dict(alpine_files("3.22.0"))
>>> files["etc/alpine-release"]
'3.22.0\\n'
>>> files["etc/passwd"].splitlines()[0]
'root:x:0:0:root:/root:/bin/sh'
"""

from __future__ import annotations

__all__ = ["alpine_files", "debian_files", "ubuntu_files", "oraclelinux_files", "with_user"]

_ALPINE_PASSWD = """root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
"""

_ALPINE_GROUP = """root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin,adm
adm:x:4:root,adm,daemon
tty:x:5:
disk:x:6:root,adm
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
console:x:17:
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
"""

_DEBIAN_PASSWD = """root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
"""

_DEBIAN_GROUP = """root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
"""


def alpine_files(version: str) -> tuple:
    """``/etc/os-release``, ``/etc/alpine-release``, ``/etc/passwd`` and ``/etc/group`` of Alpine ``version``."""
    minor = ".".join(version.split(".")[:2])
    release = (f'NAME="Alpine Linux"\nID=alpine\nVERSION_ID={version}\nPRETTY_NAME="Alpine Linux v{minor}"\n'
               'HOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n')
    return (("etc/os-release", release), ("etc/alpine-release", version + "\n"),
            ("etc/passwd", _ALPINE_PASSWD), ("etc/group", _ALPINE_GROUP))


def debian_files(major: str, codename: str, point: str) -> tuple:
    """The same files of Debian ``major`` (``"12"``, ``"bookworm"``, point release ``"12.11"``)."""
    release = (f'PRETTY_NAME="Debian GNU/Linux {major} ({codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="{major}"\n'
               f'VERSION="{major} ({codename})"\nVERSION_CODENAME={codename}\nID=debian\n'
               'HOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\n'
               'BUG_REPORT_URL="https://bugs.debian.org/"\n')
    return (("etc/os-release", release), ("etc/debian_version", point + "\n"),
            ("etc/passwd", _DEBIAN_PASSWD), ("etc/group", _DEBIAN_GROUP))


def ubuntu_files(version: str, point: str, codename: str, name: str) -> tuple:
    """Ubuntu's files (``"24.04"``, ``"24.04.2"``, ``"noble"``, ``"Noble Numbat"``); 24.04 adds the ``ubuntu`` user."""
    release = (f'PRETTY_NAME="Ubuntu {point} LTS"\nNAME="Ubuntu"\nVERSION_ID="{version}"\n'
               f'VERSION="{point} LTS ({name})"\nVERSION_CODENAME={codename}\nID=ubuntu\nID_LIKE=debian\n'
               'HOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\n'
               'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\n'
               'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n'
               f'UBUNTU_CODENAME={codename}\nLOGO=ubuntu-logo\n')
    passwd = _DEBIAN_PASSWD
    group = _DEBIAN_GROUP
    if version >= "24.04":
        passwd += "ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n"
        group += "ubuntu:x:1000:\n"
    return (("etc/os-release", release), ("etc/passwd", passwd), ("etc/group", group))


def oraclelinux_files(version: str) -> tuple:
    """Oracle Linux ``version`` (``"9.6"``), the base of the official ``mysql`` images."""
    major = version.split(".")[0]
    release = (f'NAME="Oracle Linux Server"\nVERSION="{version}"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\n'
               f'VARIANT_ID="server"\nVERSION_ID="{version}"\nPLATFORM_ID="platform:el{major}"\n'
               f'PRETTY_NAME="Oracle Linux Server {version}"\nANSI_COLOR="0;31"\n'
               f'CPE_NAME="cpe:/o:oracle:linux:{major}:{version.split(".")[1]}:server"\n'
               'HOME_URL="https://linux.oracle.com/"\n')
    passwd = ("root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\n"
              "daemon:x:2:2:daemon:/sbin:/sbin/nologin\nadm:x:3:4:adm:/var/adm:/sbin/nologin\n"
              "lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\n"
              "shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\n"
              "mail:x:8:12:mail:/var/spool/mail:/sbin/nologin\noperator:x:11:0:operator:/root:/sbin/nologin\n"
              "games:x:12:100:games:/usr/games:/sbin/nologin\nftp:x:14:50:FTP User:/var/ftp:/sbin/nologin\n"
              "nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n")
    group = ("root:x:0:\nbin:x:1:\ndaemon:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmem:x:8:\n"
             "kmem:x:9:\nwheel:x:10:\ncdrom:x:11:\nmail:x:12:\nman:x:15:\ndialout:x:18:\nfloppy:x:19:\n"
             "games:x:20:\ntape:x:33:\nvideo:x:39:\nftp:x:50:\nlock:x:54:\naudio:x:63:\nusers:x:100:\n"
             "nobody:x:65534:\n")
    return (("etc/os-release", release), ("etc/oracle-release", f"Oracle Linux Server release {version}\n"),
            ("etc/passwd", passwd), ("etc/group", group))


def with_user(base: tuple, passwd_line: str, group_line: str) -> tuple:
    """``/etc/passwd`` and ``/etc/group`` of ``base`` with one user added (a ``useradd`` layer's files).

    Examples
    --------
    >>> files = dict(with_user(alpine_files("3.21.3"), "node:x:1000:1000::/home/node:/bin/sh", "node:x:1000:node"))
    >>> files["etc/passwd"].splitlines()[-1]
    'node:x:1000:1000::/home/node:/bin/sh'
    >>> sorted(files)
    ['etc/group', 'etc/passwd']
    """
    files = dict(base)
    return (("etc/passwd", files["etc/passwd"] + passwd_line + "\n"),
            ("etc/group", files["etc/group"] + group_line + "\n"))
