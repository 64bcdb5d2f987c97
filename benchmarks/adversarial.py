"""The adversarial linearity gate: inputs built to make a stage superlinear, timed at two sizes.

    python benchmarks/adversarial.py                  # every generator at 40,000 and 160,000 characters
    python benchmarks/adversarial.py --only open_marks,alternating_nesting --sizes 110000,440000,1100000
    python benchmarks/adversarial.py --stages         # the time of each pipeline stage, too

Each generator below makes one text of (about) a given size, built to hit one
weak spot: runs of straight marks, marks opened and never closed, no sentence
end, thousands of cue words, long name or capitalised-word chains, deeply
nested brackets, random mixtures of all of these. :func:`measure` times
``extract_quotes`` (the whole pipeline) on each generator's text at each size
and reports the time per byte at the larger size divided by the time per byte
at the smaller: a linear pipeline keeps it near 1 (or below: fixed costs weigh
more on small inputs); a quadratic one makes it about the size ratio (4).
:data:`LIMIT` (1.5) is the gate ``tests/test_adversarial_gate.py`` enforces.

Timing is made robust against a shared, noisy machine:

* CPU time of this process (``time.process_time``), not wall time, so other
  programs waiting for the same cores do not count;
* the best of ``repeats`` runs at each size (noise only ever adds time), the sizes
  taking turns so that a burst of load falls on both;
* a ratio over the limit is measured again (``confirm`` more rounds, keeping
  the best time seen at each size) before it is reported as a failure: a
  real superlinear cost fails every round, a burst of noise does not;
* a ratio still over the limit but under :data:`HARD_LIMIT` (2.5) is checked
  against a count that no load can change: the steps of Python (lines run,
  frames entered, C functions called) of one run at each size
  (:func:`python_steps`). A stage that loops over quotes or tokens once per
  quote or token makes that count grow as its time does; when the count grows
  no more than :data:`LIMIT`, the time's excess was the machine's. (A CI run
  once measured 1.51 on an input that reads 0.7 to 1.0 on every other run:
  its larger size alone was slowed, twelve times out of twelve.) A ratio over
  :data:`HARD_LIMIT` fails on time alone, so the work inside one C call (a
  regular expression that backtracks, a slice of all the words before each
  name) passes on a linear count only while its growth stays under it.

The gate reads two sizes, so a superlinear term that is small at 160,000
characters passes it; run this script by hand with a third, larger size
(``--sizes 40000,160000,640000``) before a release, as ``docs/benchmarks.md``
records (that run found a copy of every word before each name of a long name
chain: 1.39 at the gate's sizes, 2.8 at 640,000 characters).

The generators use a seeded ``random.Random``, so the same size gives the same
text. Nothing here copies corpus text: the words are made up.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from attrs import frozen

from quotex import extract_quotes

#: The gate: time per byte may grow at most this much from the smaller size to the larger.
LIMIT = 1.5
#: Over this growth the time alone fails the gate; between :data:`LIMIT` and this, Python's steps decide.
HARD_LIMIT = 2.5
#: The default sizes in characters (the gate's: big enough that a fixed cost or a timer tick is noise).
SIZES = (40_000, 160_000)

Generator = Callable[[int], str]

_NAMES = "Ana Berg Tomas Okafor Ingrid Lindqvist Kofi Tanaka Mei Moreau Rafael Salas Leila Nair".split()
_CUES = "said says told added argued warned insisted explained according to claimed".split()
_WORDS = "the plan will work because we have money and people to build it now harbour open".split()


def repeat(unit: str, size: int) -> str:
    """*unit* repeated until the text has *size* characters (cut there)."""
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def _cycle(units: Sequence[str], size: int) -> str:
    """The *units* one after the other, cycling, until *size* characters."""
    parts: list[str] = []
    total = 0
    for unit in itertools.cycle(units):
        if total >= size:
            break
        parts.append(unit)
        total += len(unit)
    return "".join(parts)[:size]


def straight_double_runs(size: int) -> str:
    """Runs of one to seven straight double marks glued to words (``""b``, ``'''c``-style runs),
    whole rounds of the seven only: a cut inside a round would change whether the marks pair up
    over the whole text (one quotation spanning it, which the attribution stage skips, or none),
    so the two gate sizes would time two kinds of input, not one input at two sizes."""
    units = [" " + '"' * k + w for k, w in zip(range(1, 8), _WORDS, strict=False)]
    return repeat("".join(units), size - size % len("".join(units)))


def straight_single_runs(size: int) -> str:
    """Runs of straight single marks and apostrophes: ``'a ''b 'c' don't``..."""
    units = [" " + "'" * k + w + "'" * (k % 3) for k, w in zip(range(1, 8), _WORDS, strict=False)]
    return _cycle(units, size)


def alternating_nesting(size: int) -> str:
    """Straight double and single marks opening in turn, never closing: ``"a 'b "c 'd`` ..."""
    return repeat(" \"word 'more", size)


def alternating_closed(size: int) -> str:
    """Alternating straight marks that do close: ``"a 'b' c" 'd "e" f'`` ..."""
    return repeat(" \"a 'b' c\" 'd \"e\" f'", size)


def open_marks(size: int) -> str:
    """Straight marks in opening position with no sentence end: ``Bob Smith said "word more "word more``."""
    return "Bob Smith said" + repeat(' "word more', size - 14)


def curly_open_marks(size: int) -> str:
    """Curly opening marks that never close, with sentence ends: ``“Yes. “No. “Maybe.``"""
    return repeat(" “Word more. ‘Yes", size)


def no_punctuation(size: int) -> str:
    """One paragraph of words with no punctuation and no line break (a scaled-down 5 MB case)."""
    rng = random.Random(1)
    return _cycle([rng.choice(_WORDS + _NAMES) + " " for _ in range(5000)], size)


def cue_words(size: int) -> str:
    """Thousands of reporting verbs in a row, with a quotation at each end."""
    middle = _cycle([c + " " for c in _CUES], size - 40)
    return '"Yes," ' + middle + ' "no," she said.'[: max(0, size - len(middle) - 7)]


def said_said(size: int) -> str:
    """``said said said`` after a quotation, then more of it."""
    return '"We will," ' + repeat("said ", size - 11)


def name_chains(size: int) -> str:
    """Long chains of names joined by commas and ``and``, as the subject of a cue."""
    rng = random.Random(2)
    chain = _cycle([f"{rng.choice(_NAMES)} {rng.choice(_NAMES)}, " for _ in range(2000)], size - 40)
    return '"It works," said ' + chain + "and Ana Berg."


def capitalised_runs(size: int) -> str:
    """One long run of capitalised words (a title or name that never ends), then a quotation."""
    rng = random.Random(3)
    run = _cycle([rng.choice(_NAMES) + " " for _ in range(3000)], size - 30)
    return run + 'said, "It works."'


def nested_brackets(size: int) -> str:
    """Brackets nested deeper and deeper, with quotation marks inside: ``(["(a ["(b``..."""
    depth = size // 3
    return ("(" * depth + '"a [' * (depth // 4) + ']" said Ana Berg' + ")" * depth)[:size]


def paragraph_marks(size: int) -> str:
    """Paragraphs each opening a quotation that runs on into the next (multi-paragraph quotes)."""
    return repeat('"We will build it now\n\n"and we will open it\n\n', size)


def mixture(size: int, *, seed: int = 0) -> str:
    """A seeded random mixture of marks, cues, names, brackets, punctuation and breaks."""
    rng = random.Random(seed)
    pieces = [*"\"“”‘’'«»()[]", "''", "``", ". ", ", ", "? ", "\n", "\n\n", " ", *_CUES, *_NAMES, *_WORDS]
    return _cycle([rng.choice(pieces) + rng.choice(("", " ")) for _ in range(20_000)], size)


def dropped_g_run(size: int) -> str:
    """A single quotation that never closes because every mark in it is a dropped *g*
    (``'We're brewin' the same ale and singin' ...``): the quotation's start stays open."""
    return repeat("They said. 'We're brewin' the same ale and singin' all night ", size)


def described_works(size: int) -> str:
    """One paragraph of speakers whose descriptions hold a work's title in marks
    (``Ana Berg, author of "The Flood Year," said ...``): many spans dropped from one list."""
    return repeat('Ana Berg, author of "Tide," said so. ', size)


def pronoun_gender_paragraph(size: int) -> str:
    """One paragraph of two-person sentences whose object pronoun tells a gender (``A missed the
    tram after B kept him talking. "Q," she said.``): the earlier sentences of a long paragraph."""
    return repeat(
        'Nino Kharaishvili missed the tram after Gitau Kamau kept him talking. "It was late," she said. ',
        size,
    )


def copular_quoted_intros(size: int) -> str:
    """One paragraph whose quotation never closes, full of sentences that introduce a person by a
    copula (``"Ana Berg is the harbour master of Port Elvaston. ...``): each name asks whether it
    stands inside a quotation (``copular_subjects``), and long appositions with unlisted roles."""
    return repeat(
        '"Ana Berg is the harbour master of Port Elvaston. Ivo Lund, duty hydrographer at the '
        "Western Isles Survey Office since 2015, texted reporters that the tide was late. ",
        size,
    )


def unlisted_role_credits(size: int) -> str:
    """Credits of an unlisted role before a given name no table lists, the credit not closing on
    the name (``said beekeeper Neema Mushi and her sister``): each asks whether the family name
    comes back as a person's elsewhere (``name_evidence``)."""
    return repeat('"We were lucky," said beekeeper Neema Mushi and her sister. ', size)


def naming_phrases(size: int) -> str:
    """Descriptions that give a name through a naming phrase (``a pensioner named NAME``,
    ``identified only as Mr NAME``), each asking which description the name belongs to."""
    return repeat(
        'One resident, a pensioner named Ilze Ozola, said: "Nobody came." The driver, identified '
        "only as Mr Rakoto, said the brakes had failed. ",
        size,
    )


def country_epithets(size: int) -> str:
    """People introduced with *of COUNTRY* and taken up by the nationality word (``the Pole``):
    each epithet reads the mentions before it (``epithets._from_country``)."""
    return repeat(
        'Yerlan Abdikarimov of Kazakhstan beat Ewa Nowak of Poland. "It was hard," the Pole said. ', size
    )


def document_asides(size: int) -> str:
    """Works with an *of* complement and an aside of who did them (``An audit of X, carried out by
    Y, found``), then taken up as *The audit said* (``work_asides``, ``documents``)."""
    return repeat(
        "An audit of the Kestrel Water Board, carried out by Fenwick & Co, found that bills were "
        "too high. The audit said the board had overcharged customers. ",
        size,
    )


def shown_predicates(size: int) -> str:
    """A second predicate's possessive and a person shown a thing (``then handed her notes to B,
    who showed C, a visiting engineer, the damage``): ``clause_gender``, ``showing``."""
    return repeat(
        "Sothea Chhim spoke first on Friday, then handed her notes to Hery Andrianarivelo, who "
        "showed Ilze Liepa, a visiting engineer, the damage. ",
        size,
    )


def relative_reports(size: int) -> str:
    """Reports inside the source phrase and adjunct credits in one endless sentence (``X, whose
    report warned of C1, who said C2, now says, as Y put it, "Q," and her point was that ...``):
    ``whose_clauses``, ``relative_subjects``, ``adjuncts``, ``copular_nouns``; no sentence end, so
    every look back is bounded by its own reach, not by the sentence."""
    return repeat(
        "Lagi Faleolo, whose report warned of the leak, who said the mast was unsafe, now says, as "
        'Tavita Vaka put it, "the ramp is fine," and her point was that the ferry, in her words, '
        "would sail, and the engineer who warned of the leak, Siosaia Taufa, said, ",
        size,
    )


def split_quotations(size: int) -> str:
    """Three-part quotations and scare quotes after credits, paragraph after paragraph:
    ``sieve._quotation_before``, ``introducers.elided_predicate``, ``quoting.scare_quote``."""
    return repeat(
        '"The bells go up," Maria Quispe said, "and then we rest," and then, after a pause: "It '
        'was a long year." She said it on Monday. The weir was declared "finished" in 2019. ',
        size,
    )


def kin_relations(size: int) -> str:
    """Relatives introduced and referred to by the relation, one family name throughout, no
    paragraph break: ``speakers.kinship`` (the relations read once, each reference bisects the
    latest; *the elder Sato* reads a bounded list of the name's bearers)."""
    return repeat(
        "Jun Sato and his daughter, Emi Sato, run the shop, and Keiko Sato runs the forge with her "
        'sons, Kenji Sato and Hiro Sato. "We fix clocks," her son said. "It is slow," the elder Sato '
        'said. His mother said the rent rose, and the father said, "We stay." ',
        size,
    )


def replies_and_epithets(size: int) -> str:
    """Round 31's readers in one endless paragraph: a reply after a sentence that told somebody
    something (``speakers.replies``: the sentence before only), a people's word no mention
    stated (``epithets.sole_person_before``: the latest 15 mentions), a described person after
    *questioned* (``person_objects``) and an age before a set-off name."""
    return repeat(
        'Ana Berg told Maria Lopez that the bridge was closed. "Then we swim," she replied. The '
        'skipper, 58-year-old Terje Haug, said the pier was old. "We gave them two gifts," the Dane '
        "said. Police questioned the port director, Tom Vance, for two hours. ",
        size,
    )


GENERATORS: dict[str, Generator] = {
    f.__name__: f
    for f in (
        straight_double_runs,
        straight_single_runs,
        alternating_nesting,
        alternating_closed,
        open_marks,
        curly_open_marks,
        no_punctuation,
        cue_words,
        said_said,
        name_chains,
        capitalised_runs,
        nested_brackets,
        paragraph_marks,
        mixture,
        dropped_g_run,
        described_works,
        pronoun_gender_paragraph,
        copular_quoted_intros,
        unlisted_role_credits,
        naming_phrases,
        country_epithets,
        document_asides,
        shown_predicates,
        relative_reports,
        split_quotations,
        kin_relations,
        replies_and_epithets,
    )
}


@frozen
class Result:
    """One generator's timing: best CPU seconds at each size, and the growth of time per byte."""

    name: str
    sizes: tuple[int, ...]
    seconds: tuple[float, ...]
    rounds: int
    #: Steps of Python of one run at each size; empty unless the time's growth needed confirming.
    steps: tuple[int, ...] = ()

    @property
    def growth(self) -> float:
        """Time per byte at the largest size / time per byte at the smallest."""
        return _growth(self.seconds, self.sizes)

    @property
    def step_growth(self) -> float | None:
        """Steps per byte at the largest size / steps per byte at the smallest, when counted."""
        return _growth(self.steps, self.sizes) if self.steps else None

    @property
    def passed(self) -> bool:
        """Whether the time's growth is within :data:`LIMIT`, or within :data:`HARD_LIMIT` with a
        count of Python steps that grows within :data:`LIMIT`."""
        if self.growth <= LIMIT:
            return True
        steps = self.step_growth
        return self.growth <= HARD_LIMIT and steps is not None and steps <= LIMIT


def _growth(amounts: Sequence[float], sizes: Sequence[int]) -> float:
    """Amount per byte at the largest size / amount per byte at the smallest."""
    small = amounts[0] / sizes[0]
    return (amounts[-1] / sizes[-1]) / small if small > 0 else float("inf")


def cpu_seconds(func: Callable[[], Any]) -> float:
    """CPU seconds of one call of *func*, with the cycle collector paused (its full collections
    grow as n log n and come at random moments: noise here, and not quotex's algorithm)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        func()
        return time.process_time() - start
    finally:
        gc.enable()


def python_steps(func: Callable[[], Any]) -> int:
    """How many steps of Python one call of *func* takes: the lines it runs, the frames it
    enters (a generator's every resumption among them: ``sys.settrace``) and the C functions it
    calls (``sys.setprofile``). A measure of work that the machine's load cannot change; the
    work inside one C call (a slice, a regular expression's match) is not in it."""
    count = 0

    def tracer(frame: object, event: str, arg: object) -> Any:
        nonlocal count
        count += 1
        return tracer

    def profiler(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(tracer)
    sys.setprofile(profiler)
    try:
        func()
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


def measure(
    name: str,
    generate: Generator,
    *,
    sizes: Sequence[int] = SIZES,
    repeats: int = 3,
    confirm: int = 3,
    run: Callable[[str], Any] = extract_quotes,
    clock: Callable[[Callable[[], Any]], float] = cpu_seconds,
) -> Result:
    """Time *run* on ``generate(size)`` for each size, the best of *repeats* passes, and of up to
    *confirm* further rounds of passes while the growth is over :data:`LIMIT`; a growth still
    over it but within :data:`HARD_LIMIT` is checked by counting Python's steps
    (:func:`python_steps`). *clock* times one call (a test passes a fake one).

    A pass times every size once, one after the other, so a burst of load from other programs
    falls on both sizes alike instead of on all the runs of one size.
    """
    texts = [generate(size) for size in sizes]
    run(texts[0][:1000])  # warm up: loading spaCy's tokenizer is not the text's cost
    real_sizes = tuple(len(t) for t in texts)
    best = [float("inf")] * len(texts)
    rounds = 0
    for _ in range(1 + confirm):
        rounds += 1
        for _ in range(repeats):
            for k, text in enumerate(texts):
                best[k] = min(best[k], clock(lambda text=text: run(text)))  # type: ignore[misc]
        if Result(name, real_sizes, tuple(best), rounds).growth <= LIMIT:
            break
    result = Result(name, real_sizes, tuple(best), rounds)
    if LIMIT < result.growth <= HARD_LIMIT:
        steps = tuple(python_steps(lambda text=text: run(text)) for text in texts)  # type: ignore[misc]
        result = attrs.evolve(result, steps=steps)
    return result


def stage_seconds(text: str) -> dict[str, float]:
    """CPU seconds of each pipeline stage on *text* (for finding which stage is superlinear)."""
    from quotex.attributions import attribute  # noqa: PLC0415 - only the --stages report needs the stages
    from quotex.lexicon import DEFAULT_LEXICON  # noqa: PLC0415
    from quotex.mentions import find_mentions  # noqa: PLC0415
    from quotex.quote_spans import find_quote_spans  # noqa: PLC0415
    from quotex.sentences import split_sentences  # noqa: PLC0415
    from quotex.speakers import build_records  # noqa: PLC0415
    from quotex.tokens import analysis_text, tokenize  # noqa: PLC0415

    lex = DEFAULT_LEXICON
    out: dict[str, Any] = {}

    def timed(stage: str, func: Callable[[], Any]) -> Any:
        start = time.process_time()
        value = func()
        out[stage] = time.process_time() - start
        return value

    tokens = timed("tokens", lambda: tokenize(text))
    spans = timed("quote_spans", lambda: find_quote_spans(analysis_text(text), lexicon=lex))
    sentences = timed("sentences", lambda: split_sentences(tokens, spans, cue_words=lex.verb_forms))
    mentions = timed("mentions", lambda: find_mentions(tokens, sentences, lexicon=lex))
    attributions = timed("attributions", lambda: attribute(tokens, spans, sentences, lexicon=lex))
    timed("speakers", lambda: build_records(tokens, attributions, mentions, lexicon=lex))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the gate over the generators and print a Markdown table; exit 1 when any fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--only", help="comma-separated generator names (default: all)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated sizes in chars")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument("--stages", action="store_true", help="also print each stage's time per size")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(GENERATORS)
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| input | " + " | ".join(f"{s:,} chars s" for s in sizes) + " | growth | gate |")
    print("|:---|" + "---:|" * (len(sizes) + 2))
    failed = 0
    for name in names:
        result = measure(name, GENERATORS[name], sizes=sizes, repeats=args.repeats)
        failed += not result.passed
        cells = " | ".join(f"{s:.3f}" for s in result.seconds)
        verdict = "ok" if result.passed else "FAIL"
        if result.step_growth is not None:
            verdict += f" (steps grew x{result.step_growth:.2f})"
        print(f"| {name} | {cells} | {result.growth:.2f} | {verdict} |", flush=True)
        if args.stages:
            for size in sizes:
                stages = stage_seconds(GENERATORS[name](size))
                print(f"|   {size:,}: " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()) + " |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
