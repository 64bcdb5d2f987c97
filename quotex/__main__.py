"""``python -m quotex``: the same as the ``quotex`` command (see :mod:`quotex.cli`)."""

from quotex.cli import main

if __name__ == "__main__":  # spawned worker processes import this module too
    raise SystemExit(main())
