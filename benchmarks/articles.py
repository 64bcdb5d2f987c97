"""Score quotex on whole articles with answer keys: one row per article, for held-out checks.

    python benchmarks/articles.py                       # every article of fixtures/articles
    python benchmarks/articles.py parish_fraud brake_plant --details
    python benchmarks/articles.py --dir KEYS/           # answer keys kept elsewhere

Each article is ``STEM.txt`` with its answer key ``STEM.json`` (format: ``fixtures/README.md``).
quotex runs on the text with the default settings and the key is matched by the rules of the
article tests (``tests/fixtures_loader.py``, the same functions):

* *found*: a required quote is overlapped by a prediction by at least half of the longer span;
* *speaker*: found, and the prediction's speaker is the key's (case and spacing ignored);
* *title*: the speaker right and the title right too (what a required-quote test checks);
* *xfail*: required quotes the key marks ``"expect": "fail"`` (known failures);
* *false*: predictions with a speaker that match no quote of the key (a spurious attribution,
  or a quote missing from the key); *not-quotes*: those among them that overlap a ``not_quote``
  (a scare quote, a title or a nickname credited to someone).

``--details`` lists every required quote that fails, with what went wrong, and every false
attribution. Exit status 0 (it reports; it does not judge).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtures_loader import (  # after sys.path.insert: the tests folder
    FIXTURES,
    Article,
    article_quote_problems,
    articles,
    credited_not_quotes,
    extract_cached,
    unmatched_credited,
)

from quotex import Quote

#: Column headers of the table, in order.
COLUMNS = ("article", "required", "found", "speaker", "title", "xfail", "false", "not-quotes", "predicted")


@frozen
class ArticleScore:
    """One article's counts (see the module docstring) and the lines ``--details`` prints."""

    stem: str
    required: int
    found: int
    speaker: int
    title: int
    xfail: int
    false: int
    not_quotes: int
    predicted: int
    details: tuple[str, ...]

    def row(self) -> tuple[str, ...]:
        counts = (self.found, self.speaker, self.title)
        cells = [f"`{self.stem}`", str(self.required), *(f"{n}/{self.required}" for n in counts)]
        return (*cells, str(self.xfail), str(self.false), str(self.not_quotes), str(self.predicted))


def _speaker(q: Quote) -> str:
    sp = q.speaker
    return "None" if sp is None else f"{sp.name!r} (title {sp.title!r})"


def score_article(article: Article, quotes: Sequence[Quote]) -> ArticleScore:
    """Count how *quotes* (quotex's output on *article*'s text) agree with its answer key."""
    required = [g for g in article.quotes if g.required]
    found = speaker = title = 0
    details = []
    for gold in required:
        problems = article_quote_problems(gold, quotes)
        found += not any(p.startswith("not found") for p in problems)
        speaker += not any(p.startswith(("not found", "speaker")) for p in problems)
        title += not problems
        if problems:
            flag = "xfail" if gold.expect == "fail" else "FAIL "
            details.append(f"{flag} {article.stem}:{gold.id}: " + "; ".join(problems))
    false = unmatched_credited(article, quotes)
    details += [f"false {article.stem}: {q.text[:70]!r} -> {_speaker(q)}" for q in false]
    return ArticleScore(
        stem=article.stem,
        required=len(required),
        found=found,
        speaker=speaker,
        title=title,
        xfail=sum(g.expect == "fail" for g in required),
        false=len(false),
        not_quotes=len(credited_not_quotes(article, quotes)),
        predicted=len(quotes),
        details=tuple(details),
    )


def table(scores: Sequence[ArticleScore]) -> str:
    """A Markdown table of *scores* with a total row."""
    counts = ("required", "found", "speaker", "title", "xfail", "false", "not_quotes", "predicted")
    total = ArticleScore("total", **{f: sum(getattr(s, f) for s in scores) for f in counts}, details=())
    rows = [COLUMNS, ("---",) + ("---:",) * (len(COLUMNS) - 1)]
    rows += [s.row() for s in scores] + [total.row()]
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 0 on success."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("stems", nargs="*", help="article stems to score (default: every key in --dir)")
    ap.add_argument("--dir", type=Path, default=FIXTURES / "articles", help="folder of STEM.txt + STEM.json")
    ap.add_argument("--details", action="store_true", help="list each failing quote and false attribution")
    args = ap.parse_args(argv)

    keys = {a.stem: a for a in articles(args.dir)}
    unknown = [s for s in args.stems if s not in keys]
    if unknown:
        ap.error(f"no answer key for {', '.join(unknown)} in {args.dir} (have: {', '.join(sorted(keys))})")
    chosen = [keys[s] for s in args.stems] if args.stems else list(keys.values())
    scores = [score_article(a, extract_cached(a.text)) for a in chosen]
    print(table(scores))
    if args.details:
        for s in scores:
            for line in s.details:
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
