"""Views of a world: a drawing (matplotlib) and panels (ipywidgets).

Nothing here is imported by ``import taxonomy``: ``tx.draw`` and
``tx.widgets`` load this package on first use. :mod:`~taxonomy.views.layout`
(positions, traces, text alternatives) needs neither matplotlib nor
ipywidgets; :mod:`~taxonomy.views.draw` imports matplotlib inside its
functions; :mod:`~taxonomy.views.widgets` imports ipywidgets.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy.views import layout, trace
>>> w = tx.World()
>>> len(layout(w)) == len(w.graph) - 71   # layers are not drawn by default
True
"""

from .layout import describe, label, layout, trace

__all__ = ["layout", "trace", "describe", "label"]
