"""Development capabilities added on branch ``h28gen`` in the twenty-sixth round: gender
evidence the text itself gives, for names no first-name table lists.

* *A missed the last ferry after B kept him waiting. "Q," she said.*: the object pronoun of
  B's clause is not B (binding principle B), so it is A, the only other person: A is a man and
  *she* is B.
* *A and B met at the depot. Mr A left early. "Q," she said.*: an honorific at a later mention
  gives A's gender, so *she* is B; *Ms B keeps the books. "Q," he said.* is A.
* *A lent her car to B. "Q," she said.*: a possessive whose only antecedent in its clause is the
  subject gives the subject's gender.
* *A, a sportswoman, sat beside B. "Q," she said.*: a gendered role noun in apposition.
* Guards: no evidence at all keeps quotex's answer (the subject or none, never B); *A told B
  that he ...* states nobody's gender; a possessive of a judged object (*thanked B for his
  help*) stays B's; a census first name outweighs a possessive (*Mary Okafor lent his car*).

Every name is made up from given names of several cultures that neither the census lists nor
the registrations hold. ``captemplates.py`` adds
:data:`ROUND25_H28GEN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons whose first names no table lists (Mongolian, Setswana, Shona, Uzbek, Japanese, Maori,
#: Swahili, Mozambican Portuguese, Turkish, Zulu, Kazakh, Tibetan).
#: (Round 44: given names the world name counts list, world_names.py, were replaced by unlisted
#: Bhutanese, Mongolian, Japanese and Tongan ones, so the cases still test a name of no gender.)
NAMES = (
    "Tserenpil Bataar",
    "Kagiso Molefe",
    "Ruvimbo Chikore",
    "Farrukh Mirzo",
    "Hikaru Hasegawa",
    "Rangi Tipene",
    "Litia Mwakasege",
    "Ilídio Tembe",
    "Nandin Karataş",
    "Sonam Dlamini",
    "Aigerim Seitkali",
    "Tsering Dhondup",
)
#: Quotations (with no final mark).
QUOTES = (
    "The road up the pass was shut for most of the winter",
    "We have asked the council three times and heard nothing",
    "Nobody told us the timetable had changed",
    "I will be back at the market on Saturday",
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
DAYS = ("Monday", "Tuesday", "Friday")
OBJECT = {"m": "him", "f": "her"}
SUBJECT = {"m": "he", "f": "she"}
POSSESSIVE = {"m": "his", "f": "her"}
OTHER = {"m": "f", "f": "m"}


def _pairs() -> list[tuple[str, str]]:
    return [(a, b) for a, b in itertools.permutations(NAMES, 2) if a.split()[-1] != b.split()[-1]]


def _quote(quote: str, op: str, cl: str, pro: str) -> tuple[str, str]:
    content = f"{op}{quote},{cl}"
    return content, f"{content} {pro} said."


#: Sentences where the object pronoun of B's clause can only be A: ({a}, {b}, {obj}).
OBJECT_FRAMES = (
    "{a} missed the last ferry on {day} after {b} kept {obj} waiting at the pier.",
    "{a} was late on {day} because {b} had asked {obj} to stay behind.",
    "When {a} reached the clinic on {day}, {b} greeted {obj} at the door.",
    "{a} phoned twice on {day}, but {b} told {obj} to wait.",
)


def object_pronoun() -> Iterator[Case]:
    """'A missed the ferry after B kept him waiting. "Q," she said.' -> B; '..., he said.' -> A."""
    combos = itertools.product(_pairs(), OBJECT_FRAMES, ("m", "f"), (True, False), QUOTES, MARKS)
    for (a, b), frame, g, other, quote, (op, cl) in sample(combos, 320, "h28gen-object"):
        pro = SUBJECT[OTHER[g]] if other else SUBJECT[g]
        content, tail = _quote(quote, op, cl, pro)
        day = DAYS[len(a) % 3]
        text = f"{frame.format(a=a, b=b, obj=OBJECT[g], day=day)} {tail}"
        yield Case("", "object", text, [Expect(content, "direct", b if other else a)], exact=False)


HONORIFICS = {"m": ("Mr", "Mr."), "f": ("Ms", "Mrs", "Miss", "Ms.")}
#: Second sentences with the honorific on one of the two: ({hon}, {last}).
LATER_FRAMES = ("{hon} {last} left early.", "{hon} {last} had brought the maps.")


def honorific_later() -> Iterator[Case]:
    """'A and B met at the depot. Mr A left early. "Q," she said.' -> B (either one titled)."""
    combos = itertools.product(_pairs(), LATER_FRAMES, ("m", "f"), (0, 1), QUOTES, MARKS)
    for (a, b), frame, g, which, quote, (op, cl) in sample(combos, 300, "h28gen-honorific"):
        titled, other = (a, b) if which == 0 else (b, a)
        hon = HONORIFICS[g][len(a) % len(HONORIFICS[g])]
        content, tail = _quote(quote, op, cl, SUBJECT[OTHER[g]])
        day = DAYS[len(b) % 3]
        first = f"{a} and {b} met at the depot on {day}."
        text = f"{first} {frame.format(hon=hon, last=titled.split()[-1])} {tail}"
        yield Case("", "honorific", text, [Expect(content, "direct", other)], exact=False)


def honorific_first() -> Iterator[Case]:
    """'A runs the kitchen. Ms B keeps the books. "Q," he said.' -> A."""
    combos = itertools.product(_pairs(), ("m", "f"), QUOTES, MARKS)
    for (a, b), g, quote, (op, cl) in sample(combos, 200, "h28gen-honfirst"):
        hon = HONORIFICS[g][len(b) % len(HONORIFICS[g])]
        content, tail = _quote(quote, op, cl, SUBJECT[OTHER[g]])
        text = f"{a} runs the kitchen. {hon} {b} keeps the books. {tail}"
        yield Case("", "honfirst", text, [Expect(content, "direct", a)], exact=False)


#: The subject's possessive: ({a}, {b}, {pos}).
POSSESSIVE_FRAMES = (
    "{a} lent {pos} car to {b} on {day}.",
    "{a} sold {pos} boat to {b} on {day}.",
    "{a} left {pos} notes with {b} on {day}.",
    "{a} showed {pos} drawings to {b} on {day}.",
)


def subject_possessive() -> Iterator[Case]:
    """'A lent her car to B. "Q," she said.' -> A; '..., he said.' -> B."""
    combos = itertools.product(_pairs(), POSSESSIVE_FRAMES, ("m", "f"), (True, False), QUOTES, MARKS)
    for (a, b), frame, g, other, quote, (op, cl) in sample(combos, 300, "h28gen-possessive"):
        pro = SUBJECT[OTHER[g]] if other else SUBJECT[g]
        content, tail = _quote(quote, op, cl, pro)
        day = DAYS[len(a) % 3]
        text = f"{frame.format(a=a, b=b, pos=POSSESSIVE[g], day=day)} {tail}"
        yield Case("", "possessive", text, [Expect(content, "direct", b if other else a)], exact=False)


#: Gendered role nouns (Merriam-Webster and the Oxford English Dictionary give each one gender).
ROLES = {
    "f": ("sportswoman", "horsewoman", "policewoman", "widow", "stateswoman", "actress", "businesswoman"),
    "m": ("sportsman", "horseman", "policeman", "widower", "statesman", "nobleman", "businessman"),
}


def role_noun() -> Iterator[Case]:
    """'A, a sportswoman, sat beside B. "Q," she said.' -> A; '..., he said.' -> B."""
    roles = [(g, r) for g in ("m", "f") for r in ROLES[g]]
    combos = itertools.product(_pairs(), roles, (True, False), QUOTES, MARKS)
    for (a, b), (g, role), other, quote, (op, cl) in sample(combos, 300, "h28gen-role"):
        pro = SUBJECT[OTHER[g]] if other else SUBJECT[g]
        content, tail = _quote(quote, op, cl, pro)
        text = f"{a}, a {role}, sat beside {b} at the hearing. {tail}"
        yield Case("", "role", text, [Expect(content, "direct", b if other else a)], exact=False)


def guard_no_evidence() -> Iterator[Case]:
    """'A met B at the depot. "Q," she said.' / 'A told B that he would stay. "Q," she said.'
    -> never B: nothing states either gender, quotex keeps the subject or abstains (guard)."""
    leads = (
        "{a} met {b} at the depot on {day}.",
        "{a} told {b} on {day} that {p} would stay.",
        "{a} said on {day} that {b} had asked if {p} could stay.",
    )
    combos = itertools.product(_pairs(), leads, ("m", "f"), ("m", "f"), QUOTES, MARKS)
    for (a, b), lead, g, h, quote, (op, cl) in sample(combos, 240, "h28gen-gnone"):
        content, tail = _quote(quote, op, cl, SUBJECT[h])
        text = f"{lead.format(a=a, b=b, p=SUBJECT[g], day=DAYS[len(a) % 3])} {tail}"
        yield Case("", "gnone", text, [], exact=False, wrong_speakers=[(content, b)])


def guard_judged_object() -> Iterator[Case]:
    """'A thanked B for his help. "Q," she said.' -> A: the possessive is the judged B's (guard)."""
    combos = itertools.product(_pairs(), ("m", "f"), ("thanked", "praised", "blamed"), QUOTES, MARKS)
    for (a, b), g, verb, quote, (op, cl) in sample(combos, 200, "h28gen-gjudged"):
        content, tail = _quote(quote, op, cl, SUBJECT[OTHER[g]])
        text = f"{a} {verb} {b} for {POSSESSIVE[g]} work on the bridge. {tail}"
        yield Case("", "gjudged", text, [Expect(content, "direct", a)], exact=False)


#: Persons whose first name the census lists give one gender: (name, gender).
CENSUS_NAMES = (("Mary Okafor", "f"), ("David Mensah", "m"), ("Helen Baptiste", "f"), ("George Adeyemi", "m"))


def guard_census_name() -> Iterator[Case]:
    """'Mary Okafor lent his car to B. "Q," she said.' -> Mary Okafor: a census first name
    outweighs a possessive of its sentence, which may be another man's (guard)."""
    combos = itertools.product(CENSUS_NAMES, NAMES, POSSESSIVE_FRAMES[:3], QUOTES, MARKS)
    for (a, g), b, frame, quote, (op, cl) in sample(combos, 160, "h28gen-gcensus"):
        content, tail = _quote(quote, op, cl, SUBJECT[g])
        text = f"{frame.format(a=a, b=b, pos=POSSESSIVE[OTHER[g]], day=DAYS[len(b) % 3])} {tail}"
        yield Case("", "gcensus", text, [Expect(content, "direct", a)], exact=False)


ROUND25_H28GEN: tuple[Capability, ...] = (
    named(
        "pronoun.object_pronoun_genders_other",
        "4",
        "A missed the ferry after B kept him waiting. 'Q,' she said.: him is A (not B's own"
        " clause subject), so she is B; 'he said' is A",
        object_pronoun,
    ),
    named(
        "pronoun.honorific_later_mention_gender",
        "4",
        "A and B met at the depot. Mr A left early. 'Q,' she said.: the honorific genders A, she is B",
        honorific_later,
    ),
    named(
        "pronoun.honorific_first_mention_other",
        "4",
        "A runs the kitchen. Ms B keeps the books. 'Q,' he said.: he is A",
        honorific_first,
    ),
    named(
        "pronoun.subject_possessive_gender",
        "4",
        "A lent her car to B. 'Q,' she said.: her is the subject's, she is A; 'he said' is B",
        subject_possessive,
    ),
    named(
        "pronoun.gendered_role_apposition",
        "4",
        "A, a sportswoman, sat beside B. 'Q,' she said.: A; 'he said' is B",
        role_noun,
    ),
    named(
        "guards.h28gen_no_gender_evidence",
        "4",
        "A met B at the depot / A told B that he would stay. 'Q,' she said.: never B (the subject"
        " A or no speaker; guard)",
        guard_no_evidence,
    ),
    named(
        "guards.h28gen_judged_object_possessive",
        "4",
        "A thanked B for his work. 'Q,' she said.: A, the possessive is B's (guard)",
        guard_judged_object,
    ),
    named(
        "guards.h28gen_census_name_over_possessive",
        "4",
        "Mary Okafor lent his car to B. 'Q,' she said.: Mary Okafor, the census first name"
        " outweighs the possessive (guard)",
        guard_census_name,
    ),
)
