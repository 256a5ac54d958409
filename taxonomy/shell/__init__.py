"""The small, honest shell that runs inside the model's containers.

* :func:`run` runs a container's process (``docker run IMAGE CMD``,
  ``docker exec CONTAINER CMD``); :func:`run_script` runs a line typed at a
  prompt inside a container;
* :class:`Context` is what the programs see (filesystem, environment, user,
  host name, processes); :func:`container_environment` builds Docker's
  environment;
* texts and exit codes are BusyBox's in Alpine images and coreutils', dash's
  and bash's in Debian and Ubuntu ones (:mod:`~taxonomy.shell.texts`).

Examples
--------
>>> from taxonomy.containerfs import ContainerFS, ImageTree, Entry
>>> from taxonomy.shell import Context, run
>>> ctx = Context(ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=alpine\\n")})))
>>> print(run(["ls", "/nosuch"], ctx).output, end="")
ls: /nosuch: No such file or directory
"""

from .context import Context, Process, container_environment, flavor_of
from .files import MAX_OUTPUT_BYTES, Streams
from .parse import ShellSyntaxError, parse
from .run import ShellResult, available, run, run_script
from .texts import BUSYBOX, GNU, Flavor

__all__ = ["run", "run_script", "available", "ShellResult", "Context", "Process", "container_environment",
           "flavor_of", "Flavor", "BUSYBOX", "GNU", "MAX_OUTPUT_BYTES", "Streams", "parse", "ShellSyntaxError"]
