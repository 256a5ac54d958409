"""Building images from real Dockerfiles: reading the Dockerfile and ``.dockerignore``.

See :mod:`taxonomy.dockerfile.dockerfile` (the parser, BuildKit's rules and
messages) and :mod:`taxonomy.dockerfile.dockerignore` (which context files a build
sees).
"""

from .dockerfile import *  # noqa: F401,F403
from .dockerfile import __all__ as _dockerfile_all
from .dockerignore import *  # noqa: F401,F403
from .dockerignore import __all__ as _dockerignore_all

__all__ = [*_dockerfile_all, *_dockerignore_all]
