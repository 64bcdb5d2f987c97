"""Development capabilities added on branch ``f15p`` in the fifteenth round: references to
the speaker.

* ``THE WITNESS:`` is the person the introduction says a hearing heard from, questioned, or
  who testified; with nobody so introduced it stays the role.
* A possessor (*B's anger*) keeps its person in view for a later *he*/*she* against an older
  name after *of*.
* *the older/younger ROLE* is the oldest/youngest of the persons with a stated age; with no
  ages, the description stays.
* A description in a paragraph's first sentence (*A fire inspector told ...*) is the person the
  next paragraph introduces with a title holding its role noun and modifiers; a bare *the
  inspector*, another role or another modifier names nobody forward.
* A quote paragraph's *she said* after a paragraph that ends on another woman as subject after
  a fronted adverbial (*On the bridge in May, B had ...*) is that woman's.
* *Y rejected his claim that C*: the claim is the possessor's, never the subject's.
* *C1, according to X, who said C2*: both reports are X's, and an anonymous source keeps its
  *with knowledge of* phrase.
* *A man in a jersey, who gave his name only as N, said ...*: the description is N, and so is a
  later *he*.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND14_F15P` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: Women and men whose first names the census lists give one gender.
WOMEN = ("Rosalind Achterkamp", "Beatrix Ngata", "Philippa Dorrington", "Margaret Oyelowo-Finch")
MEN = ("Desmond Vantreight", "Alistair Ebuka", "Theodore Quillfeather", "Leopold Marangoni")
#: Quotations (no final punctuation).
QUOTES = (
    "The pumps were never tested",
    "Nobody told the tenants anything",
    "We will rebuild the pier by spring",
    "That decision was made in a hurry",
)
#: Introductions of a witness: (frame with NAME, does it give the witness role).
WITNESS_INTROS = (
    ("Later the committee heard from Dr. NAME, a hydrologist at Tarnbrook University.", True),
    ("The committee then questioned NAME, a director of Saltmarsh Ferries.", True),
    ("NAME, a hydrologist at Tarnbrook University, who testified on Thursday, was calm.", True),
    ("NAME, who testified on Thursday, was calm.", True),
    ("NAME, a hydrologist at Tarnbrook University, watched from the gallery.", False),
)


def witness_label() -> Iterator[Case]:
    """'INTRO. / THE CHAIR: Q / THE WITNESS: A' -> the witness the intro names, else the role."""
    combos = itertools.product(WOMEN + MEN, range(len(WITNESS_INTROS)), range(len(QUOTES)))
    for name, i, k in sample(combos, 120, "f15p-witness"):
        frame, gives = WITNESS_INTROS[i]
        chair = WOMEN[(WOMEN.index(name) + 1) % len(WOMEN)] if name in WOMEN else WOMEN[0]
        q1 = "Was the water safe to drink?"
        a1 = QUOTES[k] + "."
        text = (
            f"The harbour committee met on Thursday, chaired by {chair}. {frame.replace('NAME', name)}"
            f"\n\nTHE CHAIR: {q1}\n\nTHE WITNESS: {a1}"
        )
        expects = [Expect(q1, "direct", chair), Expect(a1, "direct", name if gives else "the witness")]
        yield Case("", "gives" if gives else "none", text, expects, wrong_speakers=[(a1, chair)])


def possessor_in_view() -> Iterator[Case]:
    """'W visited the family of Capt. M1, who died at sea. That visit drew M2's anger, and he
    said "C."' -> M2 (the possessor in this sentence), never M1."""
    combos = itertools.product(WOMEN, MEN, MEN, range(len(QUOTES)), DOUBLE_MARKS)
    for w, m1, m2, k, marks in sample(combos, 80, "f15p-possessor"):
        if m1 == m2:
            continue
        quote = marks.q(QUOTES[k] + ".")
        text = (
            f"{w} visited the family of Capt. {m1}, who died at sea in 2004. That visit drew"
            f" {m2}'s anger, and he said: {quote}"
        )
        yield Case("", marks.name, text, [Expect(quote, "direct", m2)], wrong_speakers=[(quote, m1)])


#: Roles for 'the older ROLE'.
ROLES = ("engineer", "inspector", "surveyor")


def compared_age() -> Iterator[Case]:
    """'A, 61, and B, 44, met. The older/younger ROLE said C.' -> the one of that age; with no
    ages stated, the description stays (neither person)."""
    pairs = [(a, b) for a, b in itertools.product(WOMEN, WOMEN) if a != b]
    combos = itertools.product(pairs, ROLES, ("older", "younger"), ("ages", "no ages"))
    for (a, b), role, cmp_, ages in sample(combos, 120, "f15p-age"):
        left = f"{a}, 61," if ages == "ages" else a
        right = f"{b}, 44," if ages == "ages" else b
        content = "the sensors could not hear a cracked weld"
        text = f"{left} and {right} met for lunch in Leith. The {cmp_} {role} said {content}."
        if ages == "ages":
            who, other = (a, b) if cmp_ == "older" else (b, a)
            yield Case("", ages, text, [Expect(content, "indirect", who)], wrong_speakers=[(content, other)])
        else:
            yield Case(
                "",
                ages,
                text,
                [Expect(content, "indirect", f"{cmp_} {role}")],
                wrong_speakers=[(content, a), (content, b)],
            )


#: (lede source, next paragraph's apposition, is it the same person).
CATAPHORA = (
    ("A fire inspector", "a senior inspector with the Leith Fire Service", True),
    ("A harbour pilot", "a senior pilot with the Leith Harbour Board", True),
    ("The head of the trust that runs the port", "chief executive of the Leith Port Trust", True),
    ("A fire inspector", "a spokeswoman for the Leith Fire Service", False),
    ("A district judge", "a circuit judge in Leith", False),
)


def cataphora() -> Iterator[Case]:
    """'LEITH — DESCRIPTION told the inquiry that C. / NAME, APPOSITION, was the first witness.'
    -> NAME when the apposition holds the description's role and modifiers, else the
    description."""
    combos = itertools.product(WOMEN + MEN, range(len(CATAPHORA)), (True, False))
    for name, i, dateline in sample(combos, 120, "f15p-cataphora"):
        source, apposition, same = CATAPHORA[i]
        content = "that every alarm on the upper floors had been switched off"
        lead = "LEITH — " if dateline else ""
        text = f"{lead}{source} told the inquiry on Tuesday {content}.\n\n{name}, {apposition}, was the first"
        text += " witness."
        speaker = name if same else " ".join(source.split()[1:])
        wrong = [] if same else [(content, name)]
        yield Case(
            "",
            "same" if same else "other",
            text,
            [Expect(content, "indirect", speaker)],
            wrong_speakers=wrong,
        )


#: Fronted adverbials before the second woman's sentence.
ADVERBIALS = ("On the bridge in May", "At the hearing on Monday", "During the storm", "After the vote")


def centre_across_paragraph() -> Iterator[Case]:
    """'A laughed. "C1," she said. / She is probably right. ADVERBIAL, B had one last piece of
    advice. / "C2," she said.' -> B (the subject the paragraph before ends on)."""
    pairs = [(a, b) for a, b in itertools.product(WOMEN, WOMEN) if a != b]
    combos = itertools.product(pairs, ADVERBIALS, range(len(QUOTES)), DOUBLE_MARKS)
    for (a, b), adv, k, marks in sample(combos, 100, "f15p-centre"):
        q1 = marks.q(QUOTES[k] + ",")
        q2 = marks.q(QUOTES[(k + 1) % len(QUOTES)] + ",")
        text = (
            f"{a} laughed. {q1} she said.\n\nShe is probably right. {adv}, {b} had one last piece"
            f" of advice for the crew.\n\n{q2} she said."
        )
        yield Case(
            "",
            adv.split()[0],
            text,
            [Expect(q1, "direct", a), Expect(q2, "direct", b)],
            wrong_speakers=[(q2, a)],
        )


#: Verbs that reject a report, and reporting nouns.
REJECTING = ("rejected", "dismissed", "disputed", "denied")
REPORT_NOUNS = ("claim", "assertion", "suggestion")


def rejected_claim() -> Iterator[Case]:
    """'M spoke first. W VERB his NOUN that C.' -> M (the claim's possessor), never W; with two
    men, also never the subject."""
    combos = itertools.product(MEN, WOMEN + MEN, REJECTING, REPORT_NOUNS)
    for m, other, verb, noun in sample(combos, 120, "f15p-claim"):
        if m == other:
            continue
        content = "that the islands had walked away from the talks"
        text = f"{m} spoke first on Monday. {other} {verb} his {noun} {content}."
        yield Case(
            "", verb, text, [Expect(content, "indirect", m)], exact=False, wrong_speakers=[(content, other)]
        )


#: Sources after 'according to' with a relative clause: (phrase, speaker name).
RELATIVE_SOURCES = (
    ("a person with knowledge of the discussions", "person with knowledge of the discussions"),
    ("an official with direct knowledge of the matter", "official with direct knowledge of the matter"),
    ("a person familiar with the talks", "person familiar with the talks"),
)


def according_to_who() -> Iterator[Case]:
    """'C1, according to X, who said C2.' -> both X's (a name, or an anonymous source's phrase)."""
    named_sources = [(n, n) for n in WOMEN + MEN]
    combos = itertools.product(list(RELATIVE_SOURCES) + named_sources, range(len(QUOTES)))
    for (phrase, speaker), k in sample(combos, 80, "f15p-according"):
        c1 = QUOTES[k]
        c2 = "the club would want more than 8 million pounds"
        text = f"{c1}, according to {phrase}, who said {c2}."
        yield Case(
            "",
            "name" if phrase == speaker else "phrase",
            text,
            [Expect(c1, "indirect", speaker), Expect(c2, "indirect", speaker)],
        )


#: Relative clauses by which a described person gives a name ({p}: his/her, {r}: himself/herself),
#: and one that names somebody else (no name given: the description stays).
NAMING_CLAUSES = (
    ("who gave {p} name only as {n}", True),
    ("who identified {r} as {n}", True),
    ("who gave {p} first name, {n}", True),
    ("who called {o} a liar", False),
)
#: Described people: (description, pronoun, reflexive, first name).
DESCRIBED = (
    ("A man in a faded jersey", "his", "himself", "Derrick"),
    ("A woman at the ferry gate", "her", "herself", "Marta"),
    ("A driver in a yellow coat", "his", "himself", "Tomasz"),
)


def self_named() -> Iterator[Case]:
    """'A man in a jersey, who gave his name only as N, said C1. "C2," he said.' -> N for both;
    'who called OTHER a liar': the description for both, never OTHER."""
    combos = itertools.product(DESCRIBED, NAMING_CLAUSES, DOUBLE_MARKS, MEN)
    for (desc, p, r, n), (clause, gives), marks, other in sample(combos, 80, "f15p-self-named"):
        pron = "he" if p == "his" else "she"
        c1 = "the queue had been longer than last year"
        q2 = marks.q("I have not missed a game since 1998,")
        text = f"{desc}, {clause.format(p=p, r=r, n=n, o=other)}, said {c1}. {q2} {pron} said."
        who = n if gives else " ".join(desc.split()[1:])
        described = (who, desc.split()[1])  # (a later 'he': the description or its head noun)
        expects = [Expect(c1, "indirect", who), Expect(q2, "direct", who if gives else described)]
        wrong = [(c1, other), (q2, other)]
        yield Case("", "gives" if gives else "other", text, expects, wrong_speakers=wrong)


ROUND14_F15P: tuple[Capability, ...] = (
    named(
        "label.witness_introduced",
        "2",
        "INTRO (heard from / questioned / who testified). THE CHAIR: Q / THE WITNESS: A: the witness, else"
        " the role",
        witness_label,
    ),
    named(
        "pronoun.possessor_in_view",
        "2",
        'W visited the family of Capt. M1. That visit drew M2\'s anger, and he said "C".: M2, never M1',
        possessor_in_view,
    ),
    named(
        "nominal.compared_age",
        "2",
        "A, 61, and B, 44, met. The older/younger ROLE said C.: by age; no ages: the description",
        compared_age,
    ),
    named(
        "nominal.cataphora_next_paragraph",
        "2",
        "A fire inspector told ... / NAME, a senior inspector ..., was ...: NAME; another role or modifier:"
        " the description",
        cataphora,
    ),
    named(
        "pronoun.centre_across_paragraph",
        "2",
        '"C1," she said (A). / ... ADVERBIAL, B had ... / "C2," she said.: B',
        centre_across_paragraph,
    ),
    named(
        "cue_noun.rejected_claim",
        "2",
        "M spoke. W/M2 rejected his claim that C.: M (the possessor), never the subject",
        rejected_claim,
    ),
    named(
        "relative.according_to_who",
        "2",
        "C1, according to X, who said C2.: both X's (a name or an anonymous source's phrase)",
        according_to_who,
    ),
    named(
        "nominal.self_named",
        "2",
        'A man in a jersey, who gave his name as N, said C1. "C2," he said.: N; no name: the description',
        self_named,
    ),
)
