"""Stage 5's records: the attribution of one quotation, and the named steps of the sieve tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from attrs import frozen

from quotex.records import QuoteKind

if TYPE_CHECKING:
    from quotex.attributions.context import Context
    from quotex.quote_spans import QuoteSpan
    from quotex.sentences import Sentence


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


def compile_steps(steps: tuple[Step[SiteT], ...], name: str = "steps") -> Callable[[SiteT], Found | None]:
    """One function that runs the table *steps* as :func:`run_steps` does, made from the table.

    The table stays the source of truth; this is its fast form: one ``if`` per step,
    with no loop, no unpacking and no test of the step's type (the sieve runs a table
    for every candidate cue). The source is generated, as attrs generates ``__init__``.
    For the verb table it reads::

        def run(site):
            if when_0(site):          # Rule 'expected', final
                return find_0(site)
            if test_1(site):          # Veto 'phrasal_particle'
                return None
            ...
            if when_13(site):         # Rule 'content_then_cue'
                found = find_13(site)
                if found is not None:
                    return found
            ...
            return None
    """
    run: Callable[[SiteT], Found | None] = _generate(steps, name, ())
    return run


def _generate(steps: tuple[Step[Any], ...], name: str, gated: tuple[str, ...]) -> Callable[..., Found | None]:
    """The source of :func:`compile_steps`, compiled; a step named in *gated* runs only when
    ``keep[g]`` is true, *g* its name's index in *gated* (the function then takes ``keep``)."""
    namespace: dict[str, Any] = {}
    lines = ["def run(site, keep):" if gated else "def run(site):"]
    for n, step in enumerate(steps):
        comment = f"{type(step).__name__} {step.name!r}"
        gate = f"keep[{gated.index(step.name)}] and " if step.name in gated else ""
        if isinstance(step, Veto):
            namespace[f"test_{n}"] = step.test
            lines += [f"    if {gate}test_{n}(site):  # {comment}", "        return None"]
        elif step.final:
            namespace[f"when_{n}"], namespace[f"find_{n}"] = step.when, step.find
            lines += [f"    if {gate}when_{n}(site):  # {comment}, final", f"        return find_{n}(site)"]
        else:
            namespace[f"when_{n}"], namespace[f"find_{n}"] = step.when, step.find
            lines += [
                f"    if {gate}when_{n}(site):  # {comment}",
                f"        found = find_{n}(site)",
                "        if found is not None:",
                "            return found",
            ]
    lines.append("    return None")
    exec(compile("\n".join(lines), f"<steps {name}>", "exec"), namespace)
    run: Callable[..., Found | None] = namespace["run"]
    return run


#: How many cue forms :func:`compile_by_form` keeps (then it starts again): the forms come
#: from the lexicon, but a verb found by its frame ('signalled that') may be any word.
FORM_CACHE = 10_000


def compile_by_form(
    steps: tuple[Step[Any], ...],
    forms: Mapping[str, Callable[[str, str, str], bool]],
    name: str = "steps",
) -> Callable[[Any], Found | None]:
    """One function that runs the table *steps* as :func:`run_steps` does, for a site with a
    form (``low``, ``lemma``, ``vclass``: a verb cue): *forms* maps a step's name to a necessary
    condition on the form, and a step whose condition is false is passed over (a veto that
    cannot hold, a rule that cannot apply; the others run in their order, so the first finding
    is the same). The conditions are evaluated once per distinct form (a ``dict`` look-up per
    site after that); the table is compiled once, each such step behind a flag of the form's
    tuple of answers (``if keep[3] and test_7(site):``, a tuple index instead of a call)."""
    gated = tuple(step.name for step in steps if step.name in forms)
    tests = tuple(forms[g] for g in gated)
    run = _generate(steps, name, gated)
    by_form: dict[tuple[str, str, str], tuple[bool, ...]] = {}

    def run_by_form(site: Any) -> Found | None:
        form = (site.low, site.lemma, site.vclass)
        keep = by_form.get(form)
        if keep is None:
            if len(by_form) >= FORM_CACHE:
                by_form.clear()
            keep = by_form[form] = tuple(bool(test(*form)) for test in tests)
        return run(site, keep)

    return run_by_form


#: compiled tables by ``id``: the tables are module-level constants, alive as long as this
#: dict (hashing a table of attrs records on every call would cost more than the sieve saves)
_COMPILED: dict[int, tuple[tuple[Step[Any], ...], Callable[[Any], Found | None]]] = {}


def run_steps(steps: tuple[Step[SiteT], ...], site: SiteT) -> Found | None:
    """The first finding of *steps* in order: vetoes stop, final rules end the table."""
    entry = _COMPILED.get(id(steps))
    if entry is None or entry[0] is not steps:
        entry = _COMPILED[id(steps)] = (steps, compile_steps(steps))
    return entry[1](site)


class QuotationSite(Protocol):
    """What a rule of the quotation chain reads: the context, a quotation no cue claimed and
    its sentence (:class:`~quotex.attributions.quotation_rules.QuoteSite` has them)."""

    ctx: Context
    span: QuoteSpan
    s: Sentence


def direct_attribution(
    site: QuotationSite,
    source: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    rule: str,
    antecedent: int = -1,
) -> Attribution:
    """The quotation of *site* as one direct part with *source* and *cue*, credited by *rule*
    (*antecedent*: the earlier attribution whose speaker it continues, or -1)."""
    return Attribution(((site.span.start, site.span.end),), source, cue, rule, QuoteKind.DIRECT, antecedent)
