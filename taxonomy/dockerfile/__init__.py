"""Building images from real Dockerfiles: reading the Dockerfile and ``.dockerignore``.

The Dockerfile parser is a port of BuildKit's, one module per part of it:

* :mod:`~taxonomy.dockerfile.dockerfile`: the entry points (:func:`parse_dockerfile`,
  :func:`parse_instruction`, :class:`Dockerfile`) and how the three passes fit;
* :mod:`~taxonomy.dockerfile.parser`: pass 1, lines to nodes (directives, continuations, heredocs);
* :mod:`~taxonomy.dockerfile.instructions` and :mod:`~taxonomy.dockerfile.flags`: pass 2, nodes
  to checked instructions and their ``--flags``;
* :mod:`~taxonomy.dockerfile.expand`: pass 3, ``ARG``/``ENV`` substitution while building a stage;
* :mod:`~taxonomy.dockerfile.lexer`: the shell lexer (quotes, escapes, ``$VAR``);
* :mod:`~taxonomy.dockerfile.heredoc` and :mod:`~taxonomy.dockerfile.records`: the records;
* :mod:`~taxonomy.dockerfile.common`: constants, Go look-alikes and BuildKit's error texts.

Beside it: :mod:`~taxonomy.dockerfile.dockerignore` (which context files a build sees),
:mod:`~taxonomy.dockerfile.context` (the build context) and :mod:`~taxonomy.dockerfile.runsize`
(what a ``RUN`` adds).
"""

from .dockerfile import *  # noqa: F401,F403
from .dockerfile import __all__ as _dockerfile_all
from .dockerignore import *  # noqa: F401,F403
from .dockerignore import __all__ as _dockerignore_all

__all__ = [*_dockerfile_all, *_dockerignore_all]
