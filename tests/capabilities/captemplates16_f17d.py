"""Development capabilities added on branch ``f17d`` in the seventeenth round: direct quotations.

* A title whose modifier is also a reporting verb's form (*state* in *state senator*, *state
  Rep.*, *State Sen.*; *planning* in *planning director*) before a name or after *the*: the
  phrase is the speaker, the modifier no verb. Before, ``"Q," state senator NAME said`` made
  *state* the cue and *senator NAME said* the speaker (a wrong speaker), and
  ``"Q," planning director NAME said`` or ``the state senator said`` credited nobody.

* A quotation that is the whole object of a verb of saying ends the content at its closing mark
  when an adjunct of the report follows: a clause of time or an adverb of frequency after any
  quotation (*chanted "Q" as it had for earlier speakers*, *said "Q" four times*, *, chanting "Q"
  until the mayor stepped in*), a preposition phrase or a manner adverb after one closed by its
  own punctuation (*yelled "Q!" at the mayor*): the content is the direct quotation alone (was:
  a mixed content running on to the sentence end). A quotation that opens a longer clause keeps
  it (*said "the levy" would pass*, *vowed to spend "whatever it takes" from ...*, *told "SHOW"
  on Friday that C*).
* A hyphened adverb of manner (*matter-of-factly*, *half-jokingly*) after the cue is no source:
  ``"Q," NAME, wearing ..., said matter-of-factly.`` credited the adverb, and ``"Q," said NAME
  matter-of-factly`` named the speaker *NAME matter-of-*.
* Brackets between the cue and its quotation are passed over, also when the tokenizer keeps the
  closing bracket and a colon one token (*NAME said (in a statement): "Q."*, *NAME told reporters
  after the vote (which she lost): "Q."*; was: nobody, or a content opening inside the brackets).

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND16_F17D` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Contains, Expect, named, sample

#: Speakers whose names read as persons.
NAMES = ("Rosalind Achterberg", "Tobiah Mwangi", "Elspeth Harrowgate", "Casimir Oduya", "Wilhelmina Stroud")
#: Titles whose first word is a reporting verb's form, with the word the title must keep.
TITLES = (
    ("state senator", "senator"),
    ("state Rep.", "Rep."),
    ("state treasurer", "treasurer"),
    ("former state senator", "senator"),
    ("planning director", "director"),
    ("city planning director", "director"),
    ("Vermont state senator", "senator"),
)
#: Verbs of saying after the name.
VERBS = ("said", "told reporters", "added", "wrote", "says", "warned")
#: Direct quotations (no final punctuation: the template adds it).
QUOTES = (
    "The ferry budget has to be settled before the spring sailings",
    "Nobody on the council saw the audit until Friday",
    "We will hold the hearing in Kendal whatever the weather",
    "The old bridge tolls never paid for the repairs",
)


def _capital(title: str) -> str:
    return title[:1].upper() + title[1:]


def modifier_titles() -> Iterator[Case]:
    """'"Q," TITLE NAME VERB.' / 'TITLE NAME VERB, "Q."' / '"Q," said TITLE NAME.' -> NAME's."""
    combos = itertools.product(range(len(TITLES)), NAMES, VERBS, QUOTES, range(len(MARKS)), range(3))
    for t, name, verb, quote, m, position in sample(combos, 150, "f17d-modifier-titles"):
        title, keep = TITLES[t]
        marks = MARKS[m]
        if position == 0:
            q = marks.q(quote + ",")
            text = f"{q} {title} {name} {verb}."
        elif position == 1:
            q = marks.q(quote + ".")
            text = f"{_capital(title)} {name} {verb}, {q}"
        else:
            q = marks.q(quote + ",")
            text = f"{q} said {title} {name}."
        yield Case("", f"position {position}", text, [Expect(q, "direct", name, title=Contains((keep,)))])


def modifier_role_only() -> Iterator[Case]:
    """'"Q," the state senator said.' -> the role phrase speaks (no name: nobody else)."""
    roles = ("state senator", "planning director", "state treasurer")
    verbs = ("said", "added", "warned", "wrote")
    combos = itertools.product(roles, verbs, QUOTES, range(2))
    for role, verb, quote, m in sample(combos, 60, "f17d-modifier-role"):
        marks = MARKS[m]
        q = marks.q(quote + ",")
        text = f"{q} the {role} {verb}."
        yield Case("", "role only", text, [Expect(q, "direct", role)])


def modifier_verbs_stay() -> Iterator[Case]:
    """A true verb stays one: 'Officials state that C.' / 'NAME will state that C.'."""
    clauses = ("the ferry budget is settled", "the audit reached the council on Friday")
    for name, clause in itertools.product(NAMES, clauses):
        expect = Expect(f"that {clause}", "indirect", name)
        yield Case("", "verb", f"{name} will state that {clause}.", [expect])


#: Verbs of saying whose object may be one quotation.
SAYING = ("said", "chanted", "yelled", "shouted", "wrote", "replied", "repeated")
#: Adjuncts that follow any quoted object: clauses of time, frequency.
CLAUSE_ADJUNCTS = (
    "as it had for earlier speakers",
    "four times",
    "until the mayor stepped in",
    "minutes after the count",
    "again",
    "when the plan was unveiled",
    "after the vote was called",
)
#: Adjuncts that follow a quotation closed by its own punctuation: place, addressee, manner.
PHRASE_ADJUNCTS = ("at the mayor", "during the budget debate", "to the crowd outside the hall", "loudly")
_GERUNDS = {"said": "saying", "wrote": "writing", "replied": "replying"}
#: Short quoted objects (no final punctuation).
SHOUTS = ("Save our ferry", "Not one more toll", "Kendal says no", "We want the audit")


def quoted_object_adjunct() -> Iterator[Case]:
    """'NAME VERB "Q" ADJUNCT.' / 'NAME marched, VERBing "Q!" ADJUNCT.' -> the quotation alone."""
    adjuncts = [(x, "") for x in CLAUSE_ADJUNCTS] + [(x, "!") for x in PHRASE_ADJUNCTS + CLAUSE_ADJUNCTS[:2]]
    combos = itertools.product(NAMES, SAYING, range(len(adjuncts)), SHOUTS, range(len(MARKS)), range(2))
    for name, verb, j, shout, m, participle in sample(combos, 200, "f17d-quoted-object"):
        adjunct, stop = adjuncts[j]
        q = MARKS[m].q(shout + stop)
        if participle:
            gerund = _GERUNDS.get(verb, verb[:-2] + "ing")
            text = f"{name} walked to the quay, {gerund} {q} {adjunct}."
        else:
            text = f"{name} {verb} {q} {adjunct}."
        yield Case("", f"participle {participle}", text, [Expect(q, "direct", name)])


def quoted_subject_goes_on() -> Iterator[Case]:
    """'NAME said "the levy" would pass.' / 'NAME vowed to spend "whatever it takes" from his
    savings.' / 'NAME told "Morning Talk" on Friday that C.' -> the whole clause, mixed."""
    for name, m in itertools.product(NAMES, range(2)):
        q = MARKS[m].q("the levy")
        clause = f"{q} would pass"
        yield Case("", "clause", f"{name} said {clause}.", [Expect(clause, "mixed", name)])
        q = MARKS[m].q("whatever it takes")
        phrase = f"to spend {q} from the family savings"
        yield Case("", "phrase", f"{name} vowed {phrase}.", [Expect(phrase, "mixed", name)])
        show, words = MARKS[m].q("Morning Talk"), MARKS[m].q("nobody knows")
        that = f"that {words} yet"
        yield Case("", "that", f"{name} told {show} on Friday {that}.", [Expect(that, "mixed", name)])


#: Hyphened adverbs of manner.
HYPHENED_ADVERBS = (
    "matter-of-factly",
    "half-jokingly",
    "good-naturedly",
    "light-heartedly",
    "half-heartedly",
)


def hyphened_adverb() -> Iterator[Case]:
    """'"Q," said NAME ADV.' / '"Q," NAME said ADV.' -> NAME; '"Q," said ADV the delegate.' /
    '"Q," NAME, wearing a cap reading "S", said ADV.' -> never the adverb."""
    combos = itertools.product(NAMES, HYPHENED_ADVERBS, QUOTES, range(2), range(3))
    for name, adverb, quote, m, form in sample(combos, 120, "f17d-hyphened-adverb"):
        q = MARKS[m].q(quote + ",")
        if form == 0:
            yield Case("", "after name", f"{q} said {name} {adverb}.", [Expect(q, "direct", name)])
        elif form == 1:
            yield Case("", "after cue", f"{q} {name} said {adverb}.", [Expect(q, "direct", name)])
        else:
            cap = MARKS[m].q("Vote Ferry")
            text = f"{q} {name}, wearing a cap reading {cap} and a red scarf, said {adverb}."
            yield Case("", "long subject", text, [], exact=False, wrong_speakers=[(q, adverb)])


#: Brackets after a cue (with what goes before them).
BRACKETS = (
    "(in a statement)",
    "(on Facebook)",
    "(in a letter to the board)",
    "after the vote (which she lost)",
    "on Monday (before the count)",
)
BRACKET_VERBS = ("said", "told reporters", "wrote", "added", "told the Gazette")


def bracketed_aside() -> Iterator[Case]:
    """'NAME VERB (ASIDE): "Q."' / 'NAME VERB (ASIDE), "Q."' -> NAME's, the quotation alone."""
    combos = itertools.product(NAMES, BRACKET_VERBS, BRACKETS, QUOTES, range(len(MARKS)), (":", ","))
    for name, verb, aside, quote, m, stop in sample(combos, 150, "f17d-bracketed-aside"):
        q = MARKS[m].q(quote + ".")
        text = f"{name} {verb} {aside}{stop} {q}"
        yield Case("", f"stop {stop}", text, [Expect(q, "direct", name)])


ROUND16_F17D: tuple[Capability, ...] = (
    named(
        "direct.bracketed_cue_aside",
        "1",
        'NAME said (in a statement): "Q." / told reporters after the vote (which she lost): "Q.": NAME\'s, '
        "the quotation alone (was: nobody / content from inside the brackets)",
        bracketed_aside,
    ),
    named(
        "speaker.hyphened_adverb_no_source",
        "1",
        '"Q," said NAME matter-of-factly / NAME, wearing ..., said matter-of-factly: NAME or nobody, '
        "never the adverb",
        hyphened_adverb,
    ),
    named(
        "direct.quoted_object_adjunct",
        "1",
        'NAME chanted "Q" as it had before / four times / "Q!" at the mayor: "Q" alone, direct (was: '
        "mixed, to the sentence end)",
        quoted_object_adjunct,
    ),
    named(
        "direct.quoted_subject_goes_on",
        "1",
        'NAME said "the levy" would pass / told "SHOW" on Friday that C: the clause, mixed',
        quoted_subject_goes_on,
    ),
    named(
        "speaker.verb_form_title_modifier",
        "1",
        '"Q," state senator / planning director NAME said.: NAME\'s (was: cue *state*, speaker '
        '"senator NAME said"; or nobody)',
        modifier_titles,
    ),
    named(
        "speaker.verb_form_title_role_only",
        "1",
        '"Q," the state senator said.: the role phrase speaks (was: nobody)',
        modifier_role_only,
    ),
    named(
        "speaker.verb_form_title_verb_stays",
        "1",
        "NAME will state that C.: *state* stays the cue",
        modifier_verbs_stay,
    ),
)
