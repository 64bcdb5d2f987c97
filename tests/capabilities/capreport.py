"""Print the capability pass rates, and optionally record them as the new floors.

Usage (from the repository root)::

    python tests/capabilities/capreport.py                  # development capabilities
    python tests/capabilities/capreport.py --heldout        # held-out ones too
    python tests/capabilities/capreport.py --show 10 cue.open_after   # ten failures of one
    python tests/capabilities/capreport.py --all --write-floors       # ratchet floors.json

Input: the templates in this folder. Output: one line per capability (passed/total and
rate) with its first failures, on stdout; with ``--write-floors``, ``floors.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from capkit import FLOORS, Capability, load_floors, run
from captemplates import CAPABILITIES
from heldout_rounds import HELD_OUT_ALL


def main(argv: list[str] | None = None) -> int:
    """Run the capabilities named on the command line (default: all development ones)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="capability names (default: all selected)")
    parser.add_argument(
        "--heldout", action="store_true", help="the held-out capabilities (every round in heldout_rounds.py)"
    )
    parser.add_argument("--all", action="store_true", help="development and held-out capabilities")
    parser.add_argument("--show", type=int, default=2, help="failures to print per capability")
    parser.add_argument("--write-floors", action="store_true", help="record the rates in floors.json")
    args = parser.parse_args(argv)
    held_out = HELD_OUT_ALL
    pool: tuple[Capability, ...] = held_out if args.heldout else CAPABILITIES
    if args.all:
        pool = CAPABILITIES + held_out
    chosen = [c for c in pool if not args.names or c.name in args.names]
    floors = load_floors() if FLOORS.exists() else {}
    passed = total = 0
    for cap in chosen:
        result = run(cap)
        passed, total = passed + result.passed, total + result.total
        print(result.report(args.show))
        if args.write_floors:
            entry = dict(floors.get(cap.name, {}))
            entry["floor"] = math.floor(result.rate * 1000) / 1000
            if result.rate > 0:
                entry.pop("xfail", None)
            elif "xfail" not in entry:
                entry["xfail"] = f"{cap.description}: not handled yet"
            floors[cap.name] = entry
    print(f"TOTAL {passed}/{total} = {passed / max(total, 1):.3f}")
    if args.write_floors:
        FLOORS.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
