"""The start world of the registry-placement exercises (notebook 05).

:func:`placement_world` builds, through the public API only, a small
company: a developer's ``laptop`` at home that has made an app image
``shop:1`` (a small app on top of ``python:3.12``) and, by mistake, pushed it to a
*public* Docker Hub repository; an Azure Container Registry in
``cloud-europe`` and a Docker Trusted Registry in the ``datacenter``; a
production host ``prod-01`` in the data centre and a visitor's laptop
``guest``. Nobody but ``laptop`` is logged in anywhere.

Examples
--------
>>> w = placement_world()
>>> w.hosts(), w.registries()
(['guest', 'laptop', 'prod-01'], ['contoso.azurecr.io', 'docker.io', 'dtr.contoso.local', 'mcr.microsoft.com'])
>>> w.location_of("prod-01"), w.location_of("dtr.contoso.local")
('datacenter', 'datacenter')
>>> w.who_can_pull("student/shop:1").allowed     # the leak
('guest', 'laptop', 'prod-01')
>>> w.undo() is None                              # a fresh start: no history
True
"""

from __future__ import annotations
from ..ops.build import build
from ..ops.images import push, tag
from ..ops.kit import add_account, add_host, add_registry
from ..ops.registries import login

__all__ = ["placement_world", "APP", "DOCKERFILE", "CONTEXT", "ACR", "DTR", "ACCOUNT"]

#: The app image the exercises move around, and what it is built on.
APP = ("shop:1", "python:3.12")
#: How ``shop:1`` is built: a small app on top of ``python:3.12``.
DOCKERFILE = 'FROM python:3.12\nCOPY shop.py /app/shop.py\nCMD ["python", "/app/shop.py"]\n'
CONTEXT = {"shop.py": "print('Welcome to the shop!')\n"}
#: The two private registries: (domain, kind, label).
ACR = ("contoso.azurecr.io", "private-cloud", "Azure Container Registry")
DTR = ("dtr.contoso.local", "on-premises", "Docker Trusted Registry")
#: The account that exists on every registry (user, password).
ACCOUNT = ("student", "student")


def placement_world():
    """A new world for the registry-placement exercises (see the module docstring)."""
    from ..world import World
    world = World()
    user, password = ACCOUNT
    for domain, kind, label in (ACR, DTR):
        add_registry(world, domain, kind=kind, label=label)
        add_account(world, domain, user, password)
    add_host(world, "prod-01", location="datacenter")
    add_host(world, "guest", location="home")
    app, base = APP
    build(world, DOCKERFILE, tag=app, context=CONTEXT, host="laptop")
    tag(world, app, f"{user}/{app}", host="laptop")
    login(world, "docker.io", user, password, host="laptop")
    push(world, f"{user}/{app}", host="laptop")
    world.journal.clear()
    return world
