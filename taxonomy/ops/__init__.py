"""Operations: the verbs that change a world, one topic per module.

Each module holds a mixin of :class:`taxonomy.World`. Every public method
runs in one journal transaction, so it applies whole or raises a
:class:`~taxonomy.TaxonomyError` and leaves the world as it was.
"""
