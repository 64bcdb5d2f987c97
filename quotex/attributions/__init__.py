"""Stage 5, attributions: tokens + quote spans + sentences -> tuple[Attribution, ...].

Input: the token table, the quote spans (stage 2), the sentences (stage 3)
and a lexicon. Output: one :class:`Attribution` per quotation, in text
order: its content pieces, the source mention (a token range), the cue, the
kind and the name of the rule that fired.

An ordered sieve of named steps, kept as tables (every rule is in
``docs/rules.md`` with an example; :data:`RULES` is read from the tables):

Rules that start from a cue word, tried for each candidate left to right
(:data:`~quotex.attributions.cue_rules.TRIGGERS`: a source preposition, a
colon, a reporting verb (:data:`~quotex.attributions.verb_rules.VERB_STEPS`),
a cue noun):

1. ``according_to``: ``According to X, C.`` / ``C, according to X.``
2. ``cue_before_content``: ``X said (on Tuesday) (that) C.`` / ``X told Reuters: "C."``
   / ``X, who has told Y that C, ...`` / ``X called it "C"`` (naming verbs need a
   quotation) / ``Said X: "C."`` / ``X: "C."`` / ``Asked whether C, ...`` (no source).
3. ``expected``: ``X is expected to C`` / ``X is said to C``: a view held by nobody
   named (source None; the content is the subject and the infinitive).
4. ``cue_after_content``: ``C, X said.`` / ``"C," said X, a spokesman.`` /
   ``C, she said, D.`` (two content parts).
5. ``stance``: a verb of stance or appeal with its object: ``X rejected the offer``,
   ``X urged Y to leave`` (kept apart: users who want speech only drop it).
6. ``participial``: ``X urged ..., saying C.`` (the source is the clause's subject).
7. ``cue_noun``: ``X's claim that C``.

A verb's source is found once, by the ordered fallback
:data:`~quotex.attributions.sites.SUBJECT_FINDERS`; with a dependency parse
(``nlp=`` or a parsed ``Doc``) the verb's ``nsubj`` is one of its steps, and
its ``ccomp``/``xcomp`` the content wherever the rules find none. One
precedence step, :func:`~quotex.attributions.sieve.prefer_trailing_attribution`,
lets a trailing ``C, X said`` outrank a verb of stance inside its content.

Rules for quotations left without a cue in their sentence
(:data:`~quotex.attributions.quotation_rules.QUOTATION_STEPS`):

8. ``quoted_fragment``: ``X has long cast Y as "C"``: a quoted fragment of three
   words or more inside a sentence no cue claimed belongs to the sentence's subject
   (a person, pronoun or organisation); the content is the clause after its verb.
9. ``dash_credit``: ``"C." ― Jane Doe`` (a quotation credited by a dash).
10. ``split_quote``: ``"A," he said. "B."``: joins the previous quotation of the
    paragraph (one quote, two parts) when only its attribution stands between
    them; otherwise a quote of its own with the same speaker (also after a
    reported clause of the same paragraph).
11. ``paragraph_carryover``: a paragraph that opens with a quotation and holds
    nothing else continues the previous paragraph's quoted speaker, or the
    speaker of a paragraph ending in ``said:``. A quotation that runs on over
    several paragraphs (no closing mark, next paragraph opens with a mark) is
    one quote with one part per paragraph.
12. ``unattributed``: a sentence-like quotation with no speaker (speaker None).

Short quotations that no rule claims (scare quotes, titles of works,
nicknames) are not returned.
"""

from __future__ import annotations

from quotex.attributions.cue_rules import TRIGGERS
from quotex.attributions.model import Attribution, Rule
from quotex.attributions.quotation_rules import UNCLAIMED_RULES
from quotex.attributions.sieve import attribute

__all__ = ["RULES", "Attribution", "attribute"]


def _rule_names() -> tuple[str, ...]:
    """Every ``Attribution.rule`` name the tables can give, in the order they are tried."""
    names = [name for t in TRIGGERS for step in t.steps if isinstance(step, Rule) for name in step.gives]
    return tuple(dict.fromkeys([*names, *UNCLAIMED_RULES]))


#: Rule names in sieve order, read from the step tables.
RULES: tuple[str, ...] = _rule_names()
