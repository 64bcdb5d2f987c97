"""Golden cases from ``fixtures/``: short cases, negatives, known failures, articles.

The matching rules are defined in ``fixtures/README.md`` and implemented in
``tests/fixtures_loader.py``; parametrisation (with strict xfails for
``"expect": "fail"``) happens in ``tests/conftest.py``.
"""

from __future__ import annotations

from collections import Counter

from fixtures_loader import (
    EXPECT_VALUES,
    KINDS,
    PROVENANCES,
    Article,
    ArticleQuote,
    Case,
    NotQuote,
    article_quote_problems,
    articles,
    best_match,
    case_problems,
    credited_not_quotes,
    describe,
    extract_cached,
    golden_cases,
    known_failure_cases,
    negative_cases,
    norm,
    norm_title,
)


def test_golden(golden_case: Case) -> None:
    quotes = extract_cached(golden_case.text)
    problems = case_problems(golden_case, quotes)
    assert not problems, "\n".join([golden_case.comment, *problems, "predicted:", describe(quotes)])


def test_negative(negative_case: Case) -> None:
    quotes = extract_cached(negative_case.text)
    credited = [q for q in quotes if q.speaker is not None]
    assert not credited, f"{negative_case.comment}; credited:\n{describe(credited)}"


def test_known_failure(known_failure: Case) -> None:
    assert known_failure.expect == "fail", "a case that passes belongs in fixtures/golden/"
    quotes = extract_cached(known_failure.text)
    problems = case_problems(known_failure, quotes)
    assert not problems, "\n".join([known_failure.comment, *problems, "predicted:", describe(quotes)])


def test_article_required_quote(article_quote: tuple[Article, ArticleQuote]) -> None:
    """A required quote is found, with the right speaker and the right title."""
    article, gold = article_quote
    quotes = extract_cached(article.text)
    problems = article_quote_problems(gold, quotes)
    i = best_match((gold.start, gold.end), quotes)
    shown = describe([quotes[i]]) if i is not None else "  (nothing overlaps)"
    assert not problems, "\n".join([gold.note, *problems, "predicted:", shown])


def test_article_not_quote_unattributed(article_not_quote: tuple[Article, NotQuote]) -> None:
    """No scare quote, title or nickname is credited to a speaker."""
    article, not_quote = article_not_quote
    false = [q for n, q in credited_not_quotes(article, extract_cached(article.text)) if n == not_quote]
    assert not false, "\n".join(
        [not_quote.note, *(f"{not_quote.text} credited: {q!r} -> {q.speaker!r}" for q in false)]
    )


def test_article_offsets_slice_back(article: Article) -> None:
    for q in extract_cached(article.text):
        assert article.text[q.start : q.end] == q.text
        for span in (*q.parts, q.source, q.cue):
            if span is not None:
                assert article.text[span.start : span.end] == span.text


# --- the fixture data itself -------------------------------------------------------------


def test_fixture_cases_are_well_formed() -> None:
    cases = golden_cases() + negative_cases() + known_failure_cases()
    ids = Counter(c.id for c in cases)
    assert [i for i, n in ids.items() if n > 1] == []
    for c in cases:
        assert c.expect in EXPECT_VALUES, c.id
        assert c.source in PROVENANCES, c.id
        assert c.comment, c.id
        for e in c.expected:
            assert {"kind", "speaker"} <= set(e.checks), c.id
            assert e.checks["kind"] in KINDS, c.id
    assert all(c.expected == () for c in negative_cases())
    assert all(c.source != "hard-case" for c in golden_cases()), "hard cases go to known_failures.jsonl"
    assert all(c.expect == "fail" for c in known_failure_cases())
    assert len(golden_cases()) >= 100


def test_every_golden_group_has_cases() -> None:
    files = Counter(c.file for c in golden_cases())
    assert set(files) >= {"direct", "marks", "indirect", "mixed", "sources", "titles"}
    assert min(files.values()) >= 2


def test_article_keys_are_consistent(article: Article) -> None:
    """Each key text occurs once (or as ``occurrence`` says), ids are unique, titles agree."""
    for item in [*article.raw["quotes"], *article.raw["not_quotes"]]:
        if "occurrence" not in item:
            assert article.text.count(item["text"]) == 1, item["text"]
        assert item.get("expect", "pass") in EXPECT_VALUES, item["text"]
    assert len({q.id for q in article.quotes}) == len(article.quotes)
    titles = {norm(s["name"]): norm_title(s["title"]) for s in article.speakers}
    for q in article.quotes:
        assert q.expected.checks["kind"] in KINDS, q.id
        if q.speaker is None:  # nobody is credited (an interviewer's question): no title either
            assert q.title is None, q.id
        else:
            assert norm(q.speaker) in titles, f"{q.id}: {q.speaker!r} is not in the speakers list"
            assert norm_title(q.title) == titles[norm(q.speaker)], q.id
        for key in ("cue", "source"):
            value = q.expected.checks[key]
            assert value is None or (norm(value) or "") in (norm(article.text) or ""), (q.id, key)


def test_articles_are_wire_length() -> None:
    arts = articles()
    assert {a.stem for a in arts} >= {"harbor_strike"}
    assert len(arts) >= 3
    for a in arts:
        assert 600 <= len(a.text.split()) <= 1500, a.stem


def test_every_attribution_rule_has_a_golden_case() -> None:
    """Each rule of the sieve (``quotex.attributions.RULES``) is pinned by a passing golden case."""
    from quotex.attributions import RULES

    pinned = {
        e.checks["rule"]
        for c in golden_cases()
        if c.expect == "pass"
        for e in c.expected
        if "rule" in e.checks
    }
    assert set(RULES) <= pinned, f"rules without a golden case: {sorted(set(RULES) - pinned)}"


def test_every_known_failure_says_why() -> None:
    """A strict xfail needs a reason: every "expect": "fail" item carries a comment or note."""
    silent = [c.id for c in golden_cases() if c.expect == "fail" and not c.comment.strip()]
    silent += [
        f"{art.stem}:{q.id}"
        for art in articles()
        for q in art.quotes
        if q.expect == "fail" and not q.note.strip()
    ]
    silent += [
        f"{art.stem}:{n.text}"
        for art in articles()
        for n in art.not_quotes
        if n.expect == "fail" and not n.note.strip()
    ]
    assert silent == []
