"""HTML views of quotes: :func:`render` one article, :func:`render_many` many, :func:`show` in a notebook.

:mod:`quotex.display.markup` escapes text and nests highlights (one boundary
sweep), :mod:`quotex.display.page` builds the pages, :mod:`quotex.display.cli`
is the ``quotex render`` command. Standard library only; docs/render.md.
"""

from __future__ import annotations

from quotex.display.page import Rendered, render, render_many, show

__all__ = ["Rendered", "render", "render_many", "show"]
