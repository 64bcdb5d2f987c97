"""HTML views of quotes: :func:`render` one article, :func:`render_many` many, :func:`show` in a notebook.

:mod:`quotex.display.markup` escapes text and nests highlights (one boundary
sweep), :mod:`quotex.display.page` builds the pages; the ``quotex render`` command
is :mod:`quotex.cli.render`. Standard library only; docs/render.md.
"""

from __future__ import annotations

from quotex.display.page import Rendered, render, render_many, show

__all__ = ["Rendered", "render", "render_many", "show"]
