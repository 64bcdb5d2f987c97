"""Shared test set-up: fixture files become parametrize lists with readable ids.

A test that takes one of these arguments runs once per fixture item:

* ``golden_case``: every line of ``fixtures/golden/*.jsonl`` (id ``<file>:<label>``);
* ``negative_case``: every line of ``fixtures/negative.jsonl``;
* ``known_failure``: every line of ``fixtures/known_failures.jsonl``;
* ``article``: every article with its answer key (id ``<stem>``);
* ``article_quote``: every ``required`` quote of every answer key, as an
  ``(article, quote)`` pair (id ``<stem>:<quote id>``);
* ``article_not_quote``: every ``not_quote`` of every answer key, as an
  ``(article, not_quote)`` pair (id ``<stem>:<its text>``).

Items marked ``"expect": "fail"`` become strict xfails, so a fixed case turns the
suite red until its flag is flipped.
"""

from __future__ import annotations

import pytest
from fixtures_loader import Case, articles, golden_cases, known_failure_cases, negative_cases
from hypothesis import settings

# Hypothesis: a small, fast default for every run; `--hypothesis-profile=thorough` to explore.
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=2_000, deadline=None)
settings.load_profile("default")


def _marks(expect: str, reason: str) -> list[pytest.MarkDecorator]:
    if expect == "fail":
        return [pytest.mark.xfail(strict=True, reason=reason)]
    return []


def _case_params(cases: list[Case]) -> list[object]:
    return [pytest.param(c, id=c.id, marks=_marks(c.expect, c.comment)) for c in cases]


def _article_quote_params() -> list[object]:
    params: list[object] = []
    for art in articles():
        for q in art.quotes:
            if q.required:
                params.append(pytest.param((art, q), id=f"{art.stem}:{q.id}", marks=_marks(q.expect, q.note)))
    return params


def _article_not_quote_params() -> list[object]:
    return [
        pytest.param((art, n), id=f"{art.stem}:{n.text}", marks=_marks(n.expect, n.note))
        for art in articles()
        for n in art.not_quotes
    ]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    if "golden_case" in names:
        metafunc.parametrize("golden_case", _case_params(golden_cases()))
    if "negative_case" in names:
        metafunc.parametrize("negative_case", _case_params(negative_cases()))
    if "known_failure" in names:
        metafunc.parametrize("known_failure", _case_params(known_failure_cases()))
    if "article" in names:
        metafunc.parametrize("article", [pytest.param(a, id=a.stem) for a in articles()])
    if "article_quote" in names:
        metafunc.parametrize("article_quote", _article_quote_params())
    if "article_not_quote" in names:
        metafunc.parametrize("article_not_quote", _article_not_quote_params())
