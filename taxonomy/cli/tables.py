"""The docker commands the explorer knows: usage lines, descriptions and flag tables.

``COMMANDS`` maps a command to ``(usage, description, flags, min args, max args or None)``;
the flags map each spelling to ``(option name, "bool" | "str" | "list")`` for
:func:`taxonomy.cli.parse.parse_flags`. ``docker run`` and ``docker create`` share
``RUN_FLAGS``; ``SUBCOMMANDS`` maps ``docker image ls`` and friends to their short forms.

Examples
--------
>>> COMMANDS["pull"][0]
'docker pull [OPTIONS] NAME[:TAG|@DIGEST]'
>>> SUBCOMMANDS["image", "ls"], RUN_FLAGS["-d"]
('images', ('detach', 'bool'))
"""

from __future__ import annotations

__all__ = ["COMMANDS", "RUN_FLAGS", "SUBCOMMANDS"]


# name: (usage, description, flags, min args, max args or None)
COMMANDS = {
    "pull": ("docker pull [OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry",
             {"-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"), "-a": ("all", "bool"), "--all-tags": ("all", "bool"),
              "--platform": ("platform", "str"), "--estimate": ("estimate", "bool")}, 1, 1),
    "push": ("docker push [OPTIONS] NAME[:TAG]", "Upload an image to a registry",
             {"-q": ("quiet", "bool"), "--quiet": ("quiet", "bool")}, 1, 1),
    "tag": ("docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", {}, 2, 2),
    "images": ("docker images [OPTIONS] [REPOSITORY[:TAG]]", "List images",
               {"-a": ("all", "bool"), "--all": ("all", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
                "--digests": ("digests", "bool"), "--no-trunc": ("no_trunc", "bool")}, 0, 1),
    "rmi": ("docker rmi [OPTIONS] IMAGE [IMAGE...]", "Remove one or more images",
            {"-f": ("force", "bool"), "--force": ("force", "bool"), "--no-prune": ("no_prune", "bool")}, 1, None),
    "run": ("docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create and run a new container from an image", None, 1, None),
    "create": ("docker create [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create a new container", None, 1, None),
    "start": ("docker start [OPTIONS] CONTAINER [CONTAINER...]", "Start one or more stopped containers",
              {"-a": ("attach", "bool"), "--attach": ("attach", "bool"), "-i": ("interactive", "bool")}, 1, None),
    "stop": ("docker stop [OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers",
             {"-t": ("time", "str"), "--time": ("time", "str"), "-s": ("signal", "str"), "--signal": ("signal", "str")}, 1, None),
    "restart": ("docker restart [OPTIONS] CONTAINER [CONTAINER...]", "Restart one or more containers",
                {"-t": ("time", "str"), "--time": ("time", "str")}, 1, None),
    "rm": ("docker rm [OPTIONS] CONTAINER [CONTAINER...]", "Remove one or more containers",
           {"-f": ("force", "bool"), "--force": ("force", "bool"), "-v": ("volumes", "bool"), "--volumes": ("volumes", "bool")}, 1, None),
    "ps": ("docker ps [OPTIONS]", "List containers",
           {"-a": ("all", "bool"), "--all": ("all", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
            "-s": ("size", "bool"), "--size": ("size", "bool"), "--no-trunc": ("no_trunc", "bool")}, 0, 0),
    "logs": ("docker logs [OPTIONS] CONTAINER", "Fetch the logs of a container", {"-f": ("follow", "bool"), "--follow": ("follow", "bool")}, 1, 1),
    "login": ("docker login [OPTIONS] [SERVER]", "Authenticate to a registry",
              {"-u": ("username", "str"), "--username": ("username", "str"), "-p": ("password", "str"),
               "--password": ("password", "str"), "--password-stdin": ("stdin", "bool")}, 0, 1),
    "logout": ("docker logout [SERVER]", "Log out from a registry", {}, 0, 1),
    "inspect": ("docker inspect [OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on Docker objects",
                {"-f": ("format", "str"), "--format": ("format", "str"), "--type": ("type", "str")}, 1, None),
    "history": ("docker history [OPTIONS] IMAGE", "Show the history of an image",
                {"--no-trunc": ("no_trunc", "bool"), "-q": ("quiet", "bool"), "-H": ("human", "bool")}, 1, 1),
    "save": ("docker save [OPTIONS] IMAGE [IMAGE...]",
             "Save one or more images to a tar archive (streamed to STDOUT by default)",
             {"-o": ("output", "str"), "--output": ("output", "str"), "--platform": ("platform", "str")}, 1, None),
    "load": ("docker load [OPTIONS]", "Load an image from a tar archive or STDIN",
             {"-i": ("input", "str"), "--input": ("input", "str"), "-q": ("quiet", "bool"),
              "--quiet": ("quiet", "bool"), "--platform": ("platform", "str")}, 0, 0),
}


RUN_FLAGS = {
    "-d": ("detach", "bool"), "--detach": ("detach", "bool"), "--name": ("name", "str"),
    "-e": ("env", "list"), "--env": ("env", "list"), "-v": ("volume", "list"), "--volume": ("volume", "list"),
    "-p": ("publish", "list"), "--publish": ("publish", "list"), "--rm": ("rm", "bool"),
    "-i": ("interactive", "bool"), "--interactive": ("interactive", "bool"), "-t": ("tty", "bool"), "--tty": ("tty", "bool"),
    "--entrypoint": ("entrypoint", "str"), "--platform": ("platform", "str"), "-w": ("workdir", "str"),
    "--workdir": ("workdir", "str"), "--pull": ("pull", "str"), "--restart": ("restart", "str"),
}


SUBCOMMANDS = {  # "docker image ls" and friends
    ("image", "ls"): "images", ("image", "list"): "images", ("image", "rm"): "rmi", ("image", "pull"): "pull",
    ("image", "push"): "push", ("image", "tag"): "tag", ("image", "inspect"): "inspect", ("image", "history"): "history",
    ("container", "ls"): "ps", ("container", "list"): "ps", ("container", "run"): "run", ("container", "create"): "create",
    ("container", "start"): "start", ("container", "stop"): "stop", ("container", "restart"): "restart",
    ("container", "rm"): "rm", ("container", "logs"): "logs", ("container", "inspect"): "inspect",
}
