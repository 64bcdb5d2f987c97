"""The linear-time gate (docs/pipeline.md, "Cost"): every adversarial input of
``benchmarks/adversarial.py`` costs the same time per byte at 4x the size, within 1.5x.

Marked ``slow`` (about 20 CPU seconds) but run by the plain
``python -m pytest`` and in CI; ``-m "not slow"`` leaves it out while developing.
Times are CPU seconds of this process, the best of several runs, and a failing
ratio is measured again before it fails (see the benchmark module): a quadratic
stage grows about 4x and fails every round, noise does not; a ratio between 1.5 and 2.5 fails
only when the count of Python's steps grows past 1.5 too (a count no load can change).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotex import extract_quotes

ADVERSARIAL = Path(__file__).parents[1] / "benchmarks" / "adversarial.py"

#: Gate sizes in characters: 4x apart, big enough that the fixed cost of a call is small.
SIZES = (40_000, 160_000)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("adversarial", ADVERSARIAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["adversarial"] = module  # attrs needs the module registered to build its classes
    spec.loader.exec_module(module)
    return module


adversarial = _load()


@pytest.mark.slow
@pytest.mark.parametrize("name", list(adversarial.GENERATORS))
def test_time_per_byte_stays_flat(name: str) -> None:
    result = adversarial.measure(name, adversarial.GENERATORS[name], sizes=SIZES, repeats=3, confirm=3)
    assert result.passed, (
        f"{name}: time per byte grew x{result.growth:.2f} from {result.sizes[0]:,} to "
        f"{result.sizes[-1]:,} chars (CPU s {result.seconds}, {result.rounds} rounds; Python steps "
        f"{result.steps or 'not counted'}); "
        f"python benchmarks/adversarial.py --only {name} --stages shows the stage"
    )


#: Pieces the repeated units below are drawn from: marks of every style, cues, names, breaks.
PIECES = ['"', "'", "“", "”", "‘", "’", "«", "»", "(", "[", ")", "]", ". ", ", ", ": ", "\n", "\n\n", " "]
PIECES += ["said ", "told ", "according to ", "Ana Berg ", "the minister ", "Yes ", "we will "]

#: A short random pattern that repeated thousands of times must stay linear.
units = st.lists(st.sampled_from(PIECES), min_size=2, max_size=12).map("".join)


@pytest.mark.slow
@settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(units)
def test_repeated_random_units_stay_linear(unit: str) -> None:
    """Hypothesis draws a short unit of marks, cues and breaks; the unit repeated to each size
    is timed (derandomized: the same units every run, so the gate is reproducible)."""
    result = adversarial.measure(
        f"repeat {unit!r}", lambda size: adversarial.repeat(unit, size), sizes=SIZES, repeats=3, confirm=3
    )
    assert result.passed, f"{unit!r} repeated: time per byte grew x{result.growth:.2f} ({result.seconds})"


def test_generators_make_the_size_asked_for() -> None:
    for name, generate in adversarial.GENERATORS.items():
        text = generate(10_000)
        assert 9_000 <= len(text) <= 10_000, name
        assert generate(10_000) == text, f"{name} is not deterministic"


def test_open_marks_is_the_reported_case() -> None:
    text = adversarial.open_marks(1_000)
    assert text.startswith('Bob Smith said "word more "word more')
    extract_quotes(text)  # and the pipeline takes it


def test_growth_flags_a_quadratic_cost() -> None:
    """The measure itself: a run whose time grows with the square of the size fails the gate.
    (Sizes that take tens to hundreds of milliseconds, best of three: at a fraction of a
    millisecond the clock's resolution and a busy machine hid the square.)"""

    def quadratic(text: str) -> int:
        n = len(text) // 400
        return sum(i * j for i in range(n) for j in range(n))

    result = adversarial.measure(
        "square", lambda size: "x" * size, sizes=(200_000, 800_000), repeats=3, confirm=0, run=quadratic
    )
    assert result.growth > 2.5 and not result.passed


def test_a_step_count_confirms_a_moderate_growth_before_it_fails() -> None:
    """Between LIMIT and HARD_LIMIT the time alone does not fail: linear steps pass (the machine
    slowed the larger size), steps that grow as the time does fail, and past HARD_LIMIT the
    time fails whatever the count."""
    sizes, moderate = (1_000, 4_000), (1.0, 4 * 1.8)
    assert adversarial.Result("load", sizes, moderate, 4, steps=(100, 400)).passed
    assert not adversarial.Result("loop", sizes, moderate, 4, steps=(100, 800)).passed
    assert not adversarial.Result("uncounted", sizes, moderate, 4).passed
    assert not adversarial.Result("regex", sizes, (1.0, 4 * 3.0), 4, steps=(100, 400)).passed
    assert adversarial.Result("flat", sizes, (1.0, 4 * 1.2), 1).passed


def test_python_steps_count_a_generator_loop_over_pairs() -> None:
    """Every resumption of a generator is a step: 4x the words, 16x the steps."""

    def pairs(text: str) -> int:
        words = text.split()
        return sum(1 for a in words for b in words if a < b)

    small, large = (adversarial.python_steps(lambda n=n: pairs("w " * n)) for n in (50, 200))
    assert 14 < large / small < 17


def test_measure_counts_steps_only_for_a_moderate_growth() -> None:
    """A flat run is not counted; a moderate growth is, and the steps decide."""

    def flat(text: str) -> int:
        return text.count("x")

    result = adversarial.measure(
        "flat", lambda size: "x" * size, sizes=(200_000, 800_000), confirm=0, run=flat
    )
    assert result.steps == () and result.passed

    def loop(text: str) -> int:  # linear steps; the time grows as the machine slows (simulated)
        return sum(1 for _ in range(len(text) // 100))

    slowed = iter([0.10, 0.72] * 8)  # 1.8x per byte at 4x the size, every round
    result = adversarial.measure(
        "slowed",
        lambda size: "x" * size,
        sizes=(4_000, 16_000),
        confirm=1,
        run=loop,
        clock=lambda _: next(slowed),
    )
    assert result.steps and result.step_growth is not None and result.step_growth < 1.1 and result.passed
