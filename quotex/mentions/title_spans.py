"""Mentions inside a person's title: 'Ana Roe, head cooper at | the Quarrymoor Cider Works |, ...'.

A body named in the title written after a person's name belongs to the title; lists of persons,
relative pronouns and pronoun statements read past it to the person.

Input: the words, the mentions (with their title spans) and a mention's index. Output: a mention
index.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.mentions.find import Mention


def title_holder(words: Sequence[str], mentions: Sequence[Mention], p: int) -> int:
    """Mention *p*, or the person's mention up to three before it whose title after the name holds
    it ('Ana Roe, head cooper at | the Quarrymoor Cider Works |, and ...': Ana Roe's)."""
    inner = mentions[p]
    for i in range(p - 1, max(-1, p - 4), -1):
        m = mentions[i]
        if (
            m.last + 1 < m.title_first <= inner.first
            and inner.last <= m.title_last
            and words[m.last + 1] == ","
        ):
            return i  # (a title set off by a comma after the name)
    return p


def after_title(mentions: Sequence[Mention], j: int) -> int:
    """The first mention after mention *j* that is not inside *j*'s title after its name."""
    m, n = mentions[j], j + 1
    while (
        n < len(mentions) and m.last < m.title_first <= mentions[n].first and mentions[n].last <= m.title_last
    ):
        n += 1
    return n
