"""Stage 5's records: the attribution of one quotation, and the named steps of the sieve tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from attrs import frozen

from quotex.records import QuoteKind


@frozen
class Attribution:
    """One quotation's attribution.

    ``parts``: content pieces as character ranges. ``source``: token range
    ``(first, last)`` of the source mention, or None. ``cue``: character range
    of the cue, or None. ``antecedent``: for the carry-over rules, the index,
    in the tuple :func:`~quotex.attributions.attribute` returns, of the earlier
    attribution whose speaker this one continues (always smaller than this
    one's own index; else -1).
    """

    parts: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    rule: str
    kind: QuoteKind
    antecedent: int = -1


#: What a rule finds: the attribution and the token range of its content.
Found = tuple[Attribution, int, int]

SiteT = TypeVar("SiteT")


@frozen
class Rule(Generic[SiteT]):
    """One named step of a sieve table.

    ``when(site)`` says whether the step applies; ``find(site)`` returns what it
    found, or None to let the next step try. A ``final`` step ends the table
    whenever it applies, found or not. ``gives`` lists the ``Attribution.rule``
    names the step can return (usually one).
    """

    name: str
    gives: tuple[str, ...]
    when: Callable[[SiteT], bool]
    find: Callable[[SiteT], Found | None]
    final: bool = False


@frozen
class Veto(Generic[SiteT]):
    """A named test that ends a table with no attribution when it holds."""

    name: str
    test: Callable[[SiteT], bool]


Step = Rule[SiteT] | Veto[SiteT]


#: (test or when, find or None for a veto, final) per step, for the loop below
_Compiled = tuple[tuple[Callable[[Any], bool], Callable[[Any], Found | None] | None, bool], ...]


#: compiled tables by ``id``: the tables are module-level constants, alive as long as this
#: dict (hashing a table of attrs records on every call would cost more than the sieve saves)
_COMPILED: dict[int, tuple[tuple[Step[Any], ...], _Compiled]] = {}


def _compile(steps: tuple[Step[Any], ...]) -> _Compiled:
    """*steps* as plain tuples, kept in :data:`_COMPILED` under the table's ``id``."""
    compiled = tuple(
        (step.test, None, True) if isinstance(step, Veto) else (step.when, step.find, step.final)
        for step in steps
    )
    _COMPILED[id(steps)] = (steps, compiled)
    return compiled


def run_steps(steps: tuple[Step[SiteT], ...], site: SiteT) -> Found | None:
    """The first finding of *steps* in order: vetoes stop, final rules end the table."""
    # (the sieve runs a table for every candidate cue: one dict look-up, then a plain loop)
    entry = _COMPILED.get(id(steps))
    compiled = entry[1] if entry is not None and entry[0] is steps else _compile(steps)
    for test, find, final in compiled:
        if test(site):
            if find is None:
                return None  # a veto
            found = find(site)
            if found is not None or final:
                return found
    return None
