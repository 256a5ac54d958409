"""``docker compose up | ps | down`` on the command line.

Global options come before the subcommand (``docker compose -p shop up
-d``); each subcommand has its own flags. Output and exit codes are
Compose's: the progress lines of :class:`~taxonomy.compose.ComposeResult`,
a ``NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS`` table for ``ps``, and
exit code 1 with Compose's message for any error (a failed command changes
nothing).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
>>> r = compose(w, ["up", "-d"])
>>> r.exit_code, r.output.splitlines()[-1]
(0, ' ✔ Container app-cache-1  Started')
>>> print(compose(w, ["ps", "--format", "{{.Name}}"]).output, end="")
app-cache-1
>>> compose(w, ["down", "--nope"]).output.splitlines()[0]
'unknown flag: --nope'
"""

from __future__ import annotations

import json

from ..content import short_id
from ..errors import BuildError, InvalidArgument, InvalidReference, NotFound, TaxonomyError
from ..compose.verbs import compose_down, compose_ps, compose_up
from ..results import CommandResult
from .answer import line
from .format import human_duration, table
from .parse import UsageError, parse_flags
from .ps import familiar_image, ps_columns


__all__ = ["compose", "USAGE"]

USAGE = """
Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
  -f, --file stringArray           Compose configuration files
  -p, --project-name string        Project name

Commands:
  down        Stop and remove containers, networks
  ps          List containers
  up          Create and start containers

Run 'docker compose COMMAND --help' for more information on a command.
"""

_GLOBAL = {"-f": ("file", "list"), "--file": ("file", "list"), "-p": ("project", "str"),
           "--project-name": ("project", "str")}
_SUB = {
    "up": ({"-d": ("detach", "bool"), "--detach": ("detach", "bool"), "--build": ("build", "bool"),
            "--remove-orphans": ("remove_orphans", "bool")},
           "Usage:  docker compose up [OPTIONS] [SERVICE...]\n\nCreate and start containers\n"),
    "ps": ({"-a": ("all", "bool"), "--all": ("all", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
            "--format": ("format", "str")},
           "Usage:  docker compose ps [OPTIONS] [SERVICE...]\n\nList containers\n"),
    "down": ({"-v": ("volumes", "bool"), "--volumes": ("volumes", "bool"),
              "--remove-orphans": ("remove_orphans", "bool")},
             "Usage:  docker compose down [OPTIONS] [SERVICES]\n\nStop and remove containers, networks\n"),
}


def _fail(message: str) -> CommandResult:
    return CommandResult(1, line(message))


def _split_global(args):
    """Global options up to the subcommand; the rest is the subcommand's."""
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] not in ("-h", "--help"):
        flag = args[i].split("=", 1)[0]
        i += 1 if "=" in args[i] or flag not in _GLOBAL else 2
    return args[:i], args[i:]


def compose(world, args, host: str | None = None) -> CommandResult:
    """Run ``docker compose ARGS`` (the words after ``compose``) on ``world``.

    Never raises for bad input: every problem becomes Compose's message and
    exit code 1.
    """
    head, rest = _split_global(list(args))
    try:
        gopts, extra = parse_flags(head, _GLOBAL)
    except UsageError as err:
        return _fail(str(err))
    if not rest or rest[0] in ("-h", "--help", "help"):
        return CommandResult(0, USAGE)
    sub, sargs = rest[0], rest[1:]
    if sub not in _SUB:
        return _fail(f'unknown docker command: "compose {sub}"')
    spec, usage = _SUB[sub]
    if "--help" in sargs or "-h" in sargs:
        return CommandResult(0, "\n" + usage)
    try:
        opts, names = parse_flags(sargs, spec)
    except UsageError as err:
        return _fail(str(err))
    if names:
        return _fail(f"the explorer runs whole projects: 'docker compose {sub}' without service names "
                     f"(got {' '.join(names)})")
    if len(gopts["file"]) > 1:
        return _fail("the explorer reads one Compose file: give -f once")
    file = gopts["file"][0] if gopts["file"] else None
    kw = {"file": file, "project": gopts["project"]}
    try:
        if sub == "up":
            r = compose_up(world, host, detach=opts["detach"], build=opts["build"],
                                 remove_orphans=opts["remove_orphans"], **kw)
            return CommandResult(0, r.output)
        if sub == "down":
            return CommandResult(0, compose_down(world, host, volumes=opts["volumes"],
                                                       remove_orphans=opts["remove_orphans"], **kw).output)
        rows = compose_ps(world, host, all=opts["all"], **kw)
    except (InvalidArgument, InvalidReference) as err:
        return _fail(str(err))
    except BuildError as err:
        return _fail(f"failed to solve: {err}")
    except NotFound as err:
        text = str(err)
        return _fail(text if text.startswith(("no configuration file", "open ", "failed to solve", "external volume"))
                     else f"Error response from daemon: {text}")
    except TaxonomyError as err:
        return _fail(f"Error response from daemon: {err}")
    return CommandResult(0, _ps_text(world, rows, opts))


def _ps_text(world, rows, opts) -> str:
    if opts["quiet"]:
        return "".join(short_id(r["id"]) + "\n" for r in rows)
    fmt = opts["format"]
    if fmt in ("json",):
        return "".join(json.dumps({"Name": r["name"], "Service": r["service"], "State": r["state"]}) + "\n" for r in rows)
    if fmt is not None:
        fields = {"{{.Name}}": "name", "{{.Service}}": "service", "{{.State}}": "state", "{{.Image}}": "image"}
        out = []
        for r in rows:
            text = fmt
            for k, v in fields.items():
                text = text.replace(k, str(r[v]))
            out.append(text)
        return "".join(line + "\n" for line in out)
    table_rows = []
    for r in rows:
        cmd, status, ports = ps_columns(world, r, r["image_node"])
        table_rows.append([r["name"], familiar_image(r["image"]), cmd, r["service"],
                           human_duration(world.now - r["created"]) + " ago", status, ports])
    return table(["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"], table_rows) + "\n"
