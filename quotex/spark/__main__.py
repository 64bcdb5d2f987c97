"""``python -m quotex.spark INPUT OUTPUT``: see :mod:`quotex.spark.cli`."""

import sys

from quotex.spark.cli import main

sys.exit(main())
