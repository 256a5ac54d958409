"""What a container's main process does, simulated.

The explorer runs no programs. When a container starts, this module decides,
from its command line alone, what a learner would see:

* long-running servers (nginx, redis-server, postgres, httpd, ``sleep``,
  ``tail -f``, an interactive shell started with ``-it``) keep running;
* ``hello-world`` prints its well-known greeting and exits 0;
* ``echo …`` prints its arguments and exits 0; ``true`` exits 0 and
  ``false`` exits 1;
* ``cat FILE`` prints a file of the image, read from its real layers;
* ``postgres`` without ``POSTGRES_PASSWORD`` exits 1 with the image's
  real message;
* anything else exits 0 with a short note that the model does not run
  programs.

Examples
--------
>>> simulate(["echo", "hello", "world"]).output
'hello world\\n'
>>> simulate(["nginx", "-g", "daemon off;"]).state
'running'
>>> simulate(["python", "app.py"]).exit_code
0
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from . import shellwords
from .limits import MAX_OUTPUT_BYTES

__all__ = ["Outcome", "simulate", "SERVERS", "HELLO_WORLD", "container_name"]

#: Programs that keep running until stopped.
SERVERS = frozenset({
    "nginx", "redis-server", "postgres", "httpd", "httpd-foreground", "mysqld", "mongod", "apache2-foreground",
    "php-fpm", "gunicorn", "uvicorn", "flask", "caddy", "traefik", "registry", "memcached", "rabbitmq-server",
})
_SHELLS = frozenset({"sh", "bash", "ash", "zsh", "python", "python3", "node", "irb", "dotnet"})

HELLO_WORLD = """
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

"""

_PG_NO_PASSWORD = """Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
"""


@dataclass(frozen=True)
class Outcome:
    """How a simulated process ends: still running, or exited with a code and output."""

    state: str
    exit_code: int | None
    output: str
    note: str = ""


def _capped(outcome: Outcome, size: int | None = None) -> Outcome:
    """Keep at most :data:`~taxonomy.limits.MAX_OUTPUT_BYTES` of a program's output, and say so in its note.

    Examples
    --------
    >>> from taxonomy import limits
    >>> out = _capped(Outcome("exited", 0, "x" * (limits.MAX_OUTPUT_BYTES + 10)))
    >>> len(out.output) == limits.MAX_OUTPUT_BYTES, out.note.split(";")[0]
    (True, 'output truncated: the program printed 1048586 bytes, the explorer keeps the first 1048576 (limit MAX_OUTPUT_BYTES)')
    """
    data = outcome.output.encode("utf-8", "surrogatepass")
    size = len(data) if size is None else max(size, len(data))
    if len(data) <= MAX_OUTPUT_BYTES and size <= MAX_OUTPUT_BYTES:
        return outcome
    kept = data[:MAX_OUTPUT_BYTES].decode("utf-8", "ignore")
    note = (f"output truncated: the program printed {size} bytes, the explorer keeps the first {MAX_OUTPUT_BYTES} "
            "(limit MAX_OUTPUT_BYTES); pipe it through head or tail to see a part")
    return Outcome(outcome.state, outcome.exit_code, kept, note)


def _base(word: str) -> str:
    return posixpath.basename(word)


def simulate(argv: Sequence[str], env: Mapping[str, str] | None = None, *, interactive: bool = False,
             read_file: Callable[[str], bytes | None] | None = None) -> Outcome:
    """Decide what the process ``argv`` does when its container starts.

    Parameters
    ----------
    argv : sequence of str
        Entrypoint followed by command, as Docker joins them.
    env : mapping
        The container's environment.
    interactive : bool
        Started with ``-i`` (and usually ``-t``): shells wait for input.
    read_file : callable, optional
        Reads a file of the image's filesystem (for ``cat``).
    """
    env = dict(env or {})
    args = [a for a in argv]
    # Entry-point wrappers hand over to the real program.
    while args and _base(args[0]) in ("docker-entrypoint.sh", "tini", "dumb-init", "--") :
        args = args[1:]
    if not args:
        return Outcome("exited", 0, "")
    prog = _base(args[0])
    if prog == "hello":
        return Outcome("exited", 0, HELLO_WORLD)
    if prog in ("sh", "bash", "ash") and len(args) >= 3 and args[1] == "-c":
        try:
            inner = shellwords.split(args[2])
        except ValueError:
            inner = []
        if inner and _base(inner[0]) in ("echo", "true", "false", "cat", "sleep", "hostname"):
            return simulate(inner, env, interactive=interactive, read_file=read_file)
    if prog == "postgres" and not env.get("POSTGRES_PASSWORD") and env.get("POSTGRES_HOST_AUTH_METHOD") != "trust":
        return Outcome("exited", 1, _PG_NO_PASSWORD)
    if prog in SERVERS:
        return Outcome("running", None, "")
    if prog == "sleep":
        return Outcome("running", None, "")
    if prog == "tail" and any(a in ("-f", "-F") for a in args[1:]):
        return Outcome("running", None, "")
    if prog == "echo":
        words = args[1:]
        newline = True
        if words and words[0] == "-n":
            newline, words = False, words[1:]
        return _capped(Outcome("exited", 0, " ".join(words) + ("\n" if newline else "")))
    if prog == "true":
        return Outcome("exited", 0, "")
    if prog == "false":
        return Outcome("exited", 1, "")
    if prog == "cat" and read_file is not None and len(args) > 1:
        out, code, size = [], 0, 0
        for path in args[1:]:
            data = read_file(path)
            if data is None:
                out.append(f"cat: can't open '{path}': No such file or directory\n")
                code = 1
            else:
                size += len(data)
                out.append(data[:MAX_OUTPUT_BYTES + 4].decode("utf-8", "replace"))   # never decode more than shown
        return _capped(Outcome("exited", code, "".join(out)), size)
    if prog == "dotnet" and len(args) > 1 and args[1].endswith(".dll"):
        return Outcome("running", None, "")
    if prog in _SHELLS and len(args) == 1:
        if interactive:
            return Outcome("running", None, "")
        return Outcome("exited", 0, "", note="no input: without -it the program reads nothing and exits")
    return Outcome("exited", 0, "", note=f"the explorer does not run programs: '{' '.join(args)}' is assumed to succeed, exit code 0")


# Docker's name generator (moby/pkg/namesgenerator): "adjective_surname".
_LEFT = ("admiring", "adoring", "affectionate", "agitated", "amazing", "angry", "awesome", "beautiful", "blissful",
         "bold", "boring", "brave", "busy", "charming", "clever", "compassionate", "competent", "condescending",
         "confident", "cool", "cranky", "crazy", "dazzling", "determined", "distracted", "dreamy", "eager", "ecstatic",
         "elastic", "elated", "elegant", "eloquent", "epic", "exciting", "fervent", "festive", "flamboyant", "focused",
         "friendly", "frosty", "funny", "gallant", "gifted", "goofy", "gracious", "great", "happy", "hardcore",
         "heuristic", "hopeful", "hungry", "infallible", "inspiring", "intelligent", "interesting", "jolly", "jovial",
         "keen", "kind", "laughing", "loving", "lucid", "magical", "modest", "musing", "mystifying", "naughty",
         "nervous", "nice", "nifty", "nostalgic", "objective", "optimistic", "peaceful", "pedantic", "pensive",
         "practical", "priceless", "quirky", "quizzical", "recursing", "relaxed", "reverent", "romantic", "sad",
         "serene", "sharp", "silly", "sleepy", "stoic", "strange", "stupefied", "suspicious", "sweet", "tender",
         "thirsty", "trusting", "unruffled", "upbeat", "vibrant", "vigilant", "vigorous", "wizardly", "wonderful",
         "xenodochial", "youthful", "zealous", "zen")
_RIGHT = ("agnesi", "albattani", "allen", "archimedes", "ardinghelli", "babbage", "banach", "bardeen", "bartik",
          "bell", "benz", "bhabha", "blackburn", "bohr", "booth", "borg", "bose", "brahmagupta", "brattain", "brown",
          "carson", "cerf", "chandrasekhar", "chaplygin", "chatelet", "clarke", "colden", "curie", "darwin",
          "davinci", "diffie", "dijkstra", "dirac", "driscoll", "dubinsky", "easley", "einstein", "elion", "euclid",
          "euler", "faraday", "fermat", "fermi", "feynman", "franklin", "galileo", "gates", "goldberg", "goldstine",
          "goodall", "hamilton", "hawking", "heisenberg", "hermann", "hertz", "hodgkin", "hofstadter", "hoover",
          "hopper", "hypatia", "jackson", "jang", "jennings", "jepsen", "johnson", "joliot", "kalam", "kepler",
          "khorana", "knuth", "kowalevski", "lalande", "lamarr", "lamport", "leakey", "leavitt", "lovelace",
          "lumiere", "mahavira", "margulis", "mayer", "mccarthy", "mcclintock", "meitner", "mendel", "merkle",
          "mirzakhani", "montalcini", "moore", "morse", "napier", "nash", "neumann", "newton", "nightingale",
          "nobel", "noether", "noyce", "pascal", "pasteur", "perlman", "pike", "poincare", "ptolemy", "raman",
          "ramanujan", "ride", "ritchie", "rosalind", "sammet", "shannon", "shaw", "shirley", "shockley", "sinoussi",
          "snyder", "spence", "stonebraker", "swanson", "swartz", "tesla", "thompson", "torvalds", "turing",
          "varahamihira", "visvesvaraya", "volhard", "wescoff", "wiles", "williams", "wilson", "wing", "wozniak",
          "wright", "wu", "yalow", "yonath")


def container_name(container_id: str, attempt: int = 0) -> str:
    """Docker-style random name, derived from the container id (so it is deterministic).

    Like Docker, it never gives ``boring_wozniak`` and adds a digit on retries.

    Examples
    --------
    >>> container_name("0" * 64) == container_name("0" * 64)
    True
    >>> "_" in container_name("ab" * 32)
    True
    """
    h = hashlib.sha256(f"{container_id}/{attempt}".encode()).digest()
    name = f"{_LEFT[h[0] % len(_LEFT)]}_{_RIGHT[int.from_bytes(h[1:3], 'big') % len(_RIGHT)]}"
    if name == "boring_wozniak":
        return container_name(container_id, attempt + 100)
    return name + (str(h[3] % 10) if attempt else "")
