"""How a docker command answers: results, usage errors, daemon errors, and failing inside a transaction.

Every handler of :mod:`taxonomy.cli` builds its :class:`~taxonomy.results.CommandResult` with these
helpers, so the texts ("Error response from daemon: …", "See 'docker run --help'.") and the exit
codes are written once.

Examples
--------
>>> line("done"), line("done\\n")
('done\\n', 'done\\n')
>>> error("docker: no command given").exit_code
1
"""

from __future__ import annotations

from ..errors import TaxonomyError
from ..results import CommandResult
from .tables import COMMANDS

__all__ = ["line", "error", "usage_error", "Failed", "fail", "daemon"]


def line(text: str) -> str:
    """``text`` ending with exactly the newline a terminal line needs (one added if missing)."""
    return text if text.endswith("\n") else text + "\n"


def error(msg: str, code: int = 1, *, cmd: str | None = None) -> CommandResult:
    text = line(msg)
    if cmd:
        text += f"See 'docker {cmd} --help'.\n"
    return CommandResult(code, text)


def usage_error(cmd, message, code=125):
    usage, desc, *_ = COMMANDS[cmd] if cmd in COMMANDS else (f"docker {cmd}", "", None)
    return CommandResult(code, f"{message}\nSee 'docker {cmd} --help'.\n" if code == 125 else
                         f"{message}\nSee 'docker {cmd} --help'.\n\nUsage:  {usage}\n\n{desc}\n")


class Failed(Exception):
    """Carries a failed command's output out of the transaction (so it rolls back)."""

    def __init__(self, result: CommandResult):
        super().__init__(result.output)
        self.result = result


def fail(output: str, code: int = 1):
    raise Failed(CommandResult(code, line(output)))


def daemon(err: TaxonomyError) -> str:
    return f"Error response from daemon: {err}"
