"""Operations: the verbs that change a world, one topic per module.

Each verb is a function whose first parameter is the world it acts on, a
:class:`taxonomy.model.World` (``images.pull(world, "nginx")``), as networkx
passes its graph and SimPy its environment. Every public verb runs in one
journal transaction, so it applies whole or raises a
:class:`~taxonomy.TaxonomyError` and leaves the world as it was. They read the
world through the model's public queries (``world.host_node(...)``,
``world.resolve_local_image(...)``) and write through :mod:`taxonomy.ops.store`.
:class:`taxonomy.World` binds every verb as a method (``world.pull("nginx")``).

Modules: :mod:`~taxonomy.ops.kit` (hosts, registries, accounts, the starting
kit), :mod:`~taxonomy.ops.store` (the journaled writes verbs are made of),
:mod:`~taxonomy.ops.images`, :mod:`~taxonomy.ops.containers`,
:mod:`~taxonomy.ops.volumes`, :mod:`~taxonomy.ops.registries`,
:mod:`~taxonomy.ops.build`, :mod:`~taxonomy.ops.analysis`,
:mod:`~taxonomy.ops.network`, :mod:`~taxonomy.ops.orchestrator` and
:mod:`~taxonomy.ops.pipeline`; the Compose verbs are :mod:`taxonomy.compose.verbs`.
"""
