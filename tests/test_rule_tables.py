"""The sieve's tables: how they run, and that RULES, docs/rules.md, the confidence table and the
golden pins all agree with them (none can drift); the attribution package's size limits."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from fixtures_loader import golden_cases

from quotex.attributions import RULES
from quotex.attributions.cue_rules import TRIGGERS
from quotex.attributions.model import Attribution, Found, Rule, Veto, compile_by_form, run_steps
from quotex.attributions.quotation_rules import QUOTATION_STEPS, UNCLAIMED_RULES
from quotex.attributions.sites import SUBJECT_FINDERS
from quotex.attributions.step_forms import VERB_STEP_FORMS
from quotex.attributions.verb_rules import VERB_STEPS
from quotex.confidence import RULE_PRECISION
from quotex.records import QuoteKind

ROOT = Path(__file__).parents[1]
RULES_MD = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def _found(rule: str) -> Found:
    return Attribution(((0, 1),), None, None, rule, QuoteKind.DIRECT), 0, 0


def _never(site: int) -> bool:
    return False


def _always(site: int) -> bool:
    return True


def _finds_nothing(site: int) -> Found | None:
    return None


class TestRunSteps:
    def test_first_rule_that_finds_wins(self) -> None:
        steps = (
            Rule("skipped", ("a",), _never, lambda s: _found("a")),
            Rule("empty", ("b",), _always, _finds_nothing),
            Rule("hit", ("c",), _always, lambda s: _found("c")),
            Rule("later", ("d",), _always, lambda s: _found("d")),
        )
        got = run_steps(steps, 0)
        assert got is not None and got[0].rule == "c"

    def test_veto_ends_the_table(self) -> None:
        steps: tuple[Veto[int] | Rule[int], ...] = (
            Veto("not_here", lambda s: s == 1),
            Rule("hit", ("c",), _always, lambda s: _found("c")),
        )
        assert run_steps(steps, 1) is None
        got = run_steps(steps, 2)
        assert got is not None and got[0].rule == "c"

    def test_final_rule_ends_the_table_even_when_it_finds_nothing(self) -> None:
        steps = (
            Rule("final", ("a",), _always, _finds_nothing, final=True),
            Rule("hit", ("c",), _always, lambda s: _found("c")),
        )
        assert run_steps(steps, 0) is None


class _Form:
    """A site with a form, as :func:`compile_by_form` reads it."""

    def __init__(self, low: str, lemma: str = "say", vclass: str = "speech") -> None:
        self.low, self.lemma, self.vclass = low, lemma, vclass


class TestCompileByForm:
    def test_a_step_whose_form_cannot_hold_is_left_out(self) -> None:
        calls: list[str] = []

        def veto(site: _Form) -> bool:
            calls.append(site.low)
            return True

        steps: tuple[Veto[_Form] | Rule[_Form], ...] = (
            Veto("plural", veto),
            Rule("hit", ("c",), lambda s: True, lambda s: _found("c")),
        )
        run = compile_by_form(steps, {"plural": lambda low, lemma, vclass: low.endswith("s")})
        assert run(_Form("says")) is None and calls == ["says"]  # (the veto ran and held)
        got = run(_Form("said"))
        assert got is not None and got[0].rule == "c" and calls == ["says"]  # (not called for 'said')

    def test_a_rule_whose_form_cannot_apply_is_left_out(self) -> None:
        steps: tuple[Rule[_Form], ...] = (
            Rule("asked", ("a",), lambda s: True, lambda s: _found("a"), final=True),
            Rule("hit", ("c",), lambda s: True, lambda s: _found("c")),
        )
        run = compile_by_form(steps, {"asked": lambda low, lemma, vclass: low == "asked"})
        asked, said = run(_Form("asked")), run(_Form("said"))
        assert asked is not None and asked[0].rule == "a"
        assert said is not None and said[0].rule == "c"

    def test_every_form_condition_names_a_verb_step(self) -> None:
        assert set(VERB_STEP_FORMS) <= {step.name for step in VERB_STEPS}

    def test_the_verb_trigger_runs_by_form(self) -> None:
        verb = next(t for t in TRIGGERS if t.name == "verb")
        assert verb.forms is VERB_STEP_FORMS and verb.run.__name__ == "run_by_form"


def _table_rules() -> list[str]:
    names = [n for t in TRIGGERS for step in t.steps if isinstance(step, Rule) for n in step.gives]
    return list(dict.fromkeys([*names, *UNCLAIMED_RULES]))


def _documented_rules() -> list[str]:
    """The ``### `rule` `` headings of the two rule sections of docs/rules.md, in order."""
    start = RULES_MD.index("## Rules that start from a cue")
    end = RULES_MD.index("### Not quotations")
    return re.findall(r"(?m)^### `(\w+)`$", RULES_MD[start:end])


def test_rules_are_read_from_the_tables_in_order() -> None:
    assert list(RULES) == _table_rules()
    assert RULES[0] == "according_to" and RULES[-1] == "unattributed"


def test_docs_headings_follow_the_rules() -> None:
    assert _documented_rules() == list(RULES)


def test_confidence_keys_are_rules() -> None:
    assert {rule for rule, _ in RULE_PRECISION} <= set(RULES)


def test_every_rule_is_pinned_by_a_golden_case() -> None:
    pinned = {
        e.checks["rule"]
        for c in golden_cases()
        if c.expect == "pass"
        for e in c.expected
        if "rule" in e.checks
    }
    assert set(RULES) <= pinned


def _step_names() -> list[str]:
    steps = [step.name for t in TRIGGERS for step in t.steps]
    return [
        *steps,
        *(t.name for t in TRIGGERS),
        *(f.name for f in SUBJECT_FINDERS),
        *(q.name for q in QUOTATION_STEPS),
    ]


def test_every_step_is_documented() -> None:
    missing = [name for name in _step_names() if f"`{name}`" not in RULES_MD]
    assert missing == []


@pytest.mark.parametrize(
    "table",
    [t.steps for t in TRIGGERS] + [SUBJECT_FINDERS, QUOTATION_STEPS],
    ids=[t.name for t in TRIGGERS] + ["subject_finders", "quotation_steps"],
)
def test_step_names_are_unique_within_a_table(table: tuple[object, ...]) -> None:
    names = [step.name for step in table]  # type: ignore[attr-defined]
    assert len(names) == len(set(names))


def test_verb_table_gives_only_known_rules() -> None:
    gives = {n for step in VERB_STEPS if isinstance(step, Rule) for n in step.gives}
    assert gives <= set(RULES)
    assert (
        sum(isinstance(step, Veto) for step in VERB_STEPS) == 38
    )  # (h12a: 3; f17d, g21det: 1; 42: 2; 43: 1; 50: 2; 51: 4; 53: 1)


#: The packages held to small modules and functions (mentions and speakers were one module of
#: 1,468 and 1,858 lines each).
PACKAGES = tuple(ROOT / "quotex" / name for name in ("attributions", "mentions", "speakers"))
MAX_MODULE_LINES = 620
MAX_FUNCTION_LINES = 120


@pytest.mark.parametrize(
    "path",
    sorted(p for package in PACKAGES for p in package.glob("*.py")),
    ids=lambda p: p.parent.name + "/" + p.name,
)
def test_rule_modules_stay_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    lines = text.splitlines()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef) and node.end_lineno is not None:
            length = node.end_lineno - node.lineno + 1
            body = "\n".join(lines[node.lineno - 1 : node.end_lineno])
            # a walker may be longer when it says why
            assert length <= MAX_FUNCTION_LINES or "A walker" in body, f"{node.name}: {length} lines"
