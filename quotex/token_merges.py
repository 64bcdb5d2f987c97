"""Runs of tokens read as one token (a helper of the stages that read a word the tokenizer split).

Input: a :class:`~quotex.tokens.Tokens` table and the runs to join. Output: the table with each
run one token, annotation kept (:func:`merge_tokens`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from quotex.tokens import Tokens

__all__ = ["merge_tokens"]


def merge_tokens(tokens: Tokens, merge: Mapping[int, int], skip: Collection[int] = ()) -> Tokens:
    """*tokens* with tokens ``a..merge[a]`` one token for each key *a*, and each token of *skip*
    dropped (read as part of the token before it). A joined token's word is the text it spans;
    its annotation is its last token's (its entity start its first's), and dependency heads
    follow the tokens they pointed to."""
    n = len(tokens.words)
    new_of = list(range(n))  # old index -> new index
    take: list[tuple[int, int]] = []  # (first, last) old tokens of each new token
    i = 0
    while i < n:
        if i in skip:
            new_of[i] = len(take) - 1
            i += 1
            continue
        last = merge.get(i, i)
        for j in range(i, last + 1):
            new_of[j] = len(take)
        take.append((i, last))
        i = last + 1
    text = tokens.text
    heads = [new_of[tokens.heads[b]] for _, b in take] if len(tokens.heads) else []
    return Tokens(
        text,
        [tokens.starts[a] for a, _ in take],
        [tokens.ends[b] for _, b in take],
        tuple(text[tokens.starts[a] : tokens.ends[b]] for a, b in take),
        tuple(tokens.tags[b] for _, b in take) if tokens.tags else (),
        tuple(tokens.deps[b] for _, b in take) if tokens.deps else (),
        heads,
        tuple(tokens.ents[b] for _, b in take) if tokens.ents else (),
        tuple(tokens.ent_starts[a] for a, _ in take) if tokens.ent_starts else (),
    )
