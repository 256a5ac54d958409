"""Read the live map in a page: wait for it, compare frames, find overlapping text, hover and click.

Used by the browser tests (JupyterLab, Voilà, JupyterLite). The map's root
(``.tx-map-root``) says in ``data-seq`` which change set it drew last and
in ``data-animating`` whether it is still moving, so a test waits for the
state it checks, never for a fixed time.
"""

from __future__ import annotations

__all__ = ["map_root", "wait_map", "wait_seq", "wait_still", "text_overlaps", "frames", "map_texts"]

#: The boxes of every ``<text>`` of a map, and the pairs that overlap by more than half a pixel.
_OVERLAPS = """root => {
  const ts = [...root.querySelectorAll('svg.tx-map text')]
    .filter(t => !t.closest('.tx-transient'))
    .map(t => ({r: t.getBoundingClientRect(), s: t.textContent}));
  const out = [];
  for (let i = 0; i < ts.length; i++) for (let j = i + 1; j < ts.length; j++) {
    const a = ts[i].r, b = ts[j].r;
    if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
      out.push(ts[i].s + ' / ' + ts[j].s);
  }
  return {count: ts.length, overlaps: out, smallest: Math.min(...ts.map(t => t.r.height))};
}"""


def map_root(scope, index: int = 0):
    """The ``index``-th live map inside a page or a locator."""
    return scope.locator(".tx-map-root").nth(index)


def wait_map(page, root, timeout: float = 60_000):
    """Wait until the map has drawn its SVG with at least one element; return its seq."""
    root.locator("svg.tx-map g.tx-el").first.wait_for(timeout=timeout)
    return int(root.get_attribute("data-seq"))


def wait_seq(page, root, seq: int, timeout: float = 60_000):
    """Wait until the map has drawn the change set ``seq`` (or a later one)."""
    page.wait_for_function("([el, seq]) => Number(el.dataset.seq) >= seq", arg=[root.element_handle(), seq],
                           timeout=timeout, polling=50)


def wait_still(page, root, timeout: float = 60_000):
    """Wait until nothing on the map moves any more (no animation, no transient blob)."""
    page.wait_for_function("el => el.dataset.animating === '0' && !el.querySelector('.tx-transient')",
                           arg=root.element_handle(), timeout=timeout, polling=100)


def text_overlaps(root) -> dict:
    """``count`` texts, the ``overlaps`` among them (empty when readable), the ``smallest`` text height."""
    return root.evaluate(_OVERLAPS)


def map_texts(root) -> list:
    """Every word drawn on the map, in order."""
    return root.evaluate("root => [...root.querySelectorAll('svg.tx-map text')].map(t => t.textContent)")


def frames(page, root, count: int = 6, every_ms: int = 150) -> list:
    """Screenshots (PNG bytes) of the map taken while it animates, one every ``every_ms``.

    Frames are taken only while ``data-animating`` is ``1``; the polling
    between them waits for the browser's next paint, not for a fixed time.
    """
    shots = []
    view = root.locator(".tx-map-view")
    for _ in range(count):
        if root.get_attribute("data-animating") != "1":
            break
        shots.append(view.screenshot())
        page.evaluate("ms => new Promise(r => setTimeout(() => requestAnimationFrame(() => r()), ms))", every_ms)
    return shots
