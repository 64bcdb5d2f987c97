"""``python -m quotex``: the same as the ``quotex`` command (see :mod:`quotex.cli`)."""

from quotex.cli import main

raise SystemExit(main())
