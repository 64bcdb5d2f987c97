"""Posts stated in the sentence after a quotation's credit: *"C," Ana Berg told the Courier.
She is the chief economist at the Fenwick Trust.*

A report often quotes a person first and says who they are in the next sentence, with a pronoun
for the subject. The predicate is read as a name's copular sentence is
(:func:`quotex.mentions.copular_subjects.pronoun_post`); it is the speaker's post when the
pronoun agrees with the speaker's gender and no other person the credit's sentence names could
be meant.

Input: the resolver, the attributions and each one's entity (-1 when none); output: the
resolver's entities, a title given in place to each speaker who had none. Called by
:func:`quotex.speakers.resolve.resolve_speakers` before the speakers are made.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions import Attribution
from quotex.lexicon import Lexicon
from quotex.mentions.copular_subjects import pronoun_post
from quotex.mentions.work_titles import closed_title
from quotex.speakers.salience import Resolver


def later_posts(
    res: Resolver, attributions: Sequence[Attribution], entities: Sequence[int], lexicon: Lexicon
) -> None:
    """Give each person who speaks with no title the post a *He*/*She* copular sentence right
    after the credit states (see module docstring)."""
    sentences = res.table.sentences
    tokens = res.tokens
    for att, e in zip(attributions, entities, strict=True):
        if e < 0:
            continue
        ent = res.ents[e]
        if ent.kind != "person" or ent.titles or ent.body_evidence:
            continue
        end = bisect.bisect_right(tokens.starts, att.parts[-1][1] - 1) - 1  # (the content's last token)
        if att.source is not None and att.source[1] > end:
            end = att.source[1]  # ('"C," Ana Berg told the Courier.': the credit after the content)
        si = res.table.locate(end)[0]
        if si + 1 >= len(sentences):
            continue
        t_first, t_last, gender = pronoun_post(tokens, sentences[si + 1], lexicon)
        if gender is None or ent.gender not in (None, gender) or _rival(res, e, gender, si):
            continue
        title = closed_title(tokens.text, tokens.starts[t_first], tokens.ends[t_last])
        res.ents[e] = attrs.evolve(ent, titles=(title,))


def _rival(res: Resolver, e: int, gender: str, si: int) -> bool:
    """Does sentence *si* name, outside a quotation, a person other than entity *e* whom the
    pronoun of *gender* could mean (gender unknown or agreeing)?"""
    sent = res.table.sentences[si]
    starts = res.mention_starts
    for k in range(bisect.bisect_left(starts, sent.first), bisect.bisect_right(starts, sent.last)):
        other = res.table.of_mention[k]
        if other == e or k in res.quoted:
            continue
        ent = res.ents[other]
        if ent.kind == "person" and not ent.body_evidence and ent.gender in (None, gender):
            return True
    return False
