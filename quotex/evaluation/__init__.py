"""Scoring quote extraction against gold annotations.

:mod:`quotex.evaluation.metrics` holds the pure metrics (re-exported here),
:mod:`quotex.evaluation.corpus` reads gold and prediction files, and
:mod:`quotex.evaluation.cli` is the ``quotex evaluate`` command. The core
pipeline never imports this package.
"""

from __future__ import annotations

from quotex.evaluation.metrics import (
    E2E_MIN,
    GROUPS,
    KINDS,
    METRICS,
    PRF,
    ROLES,
    THRESHOLDS,
    Accuracy,
    Annotation,
    DocumentScore,
    ErrorCase,
    Evaluation,
    GoldDocument,
    Scores,
    Spans,
    content_kind,
    evaluate,
    normalise_spans,
    score_document,
)

__all__ = [
    "E2E_MIN",
    "GROUPS",
    "KINDS",
    "METRICS",
    "PRF",
    "ROLES",
    "THRESHOLDS",
    "Accuracy",
    "Annotation",
    "DocumentScore",
    "ErrorCase",
    "Evaluation",
    "GoldDocument",
    "Scores",
    "Spans",
    "content_kind",
    "evaluate",
    "normalise_spans",
    "score_document",
]
