"""Forty-second held-out round: capabilities written at commit ``743e617d`` by a helper (``hcap48``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout42data.py``: thirty invented people of Faroese, Yoruba,
Sindhi, Ladino, Quechua, Tongan, Uyghur, Breton, Amharic, Kazakh, Tamil, Basque, Hmong, Shona and Icelandic
origin, each with a gender and an age; fourteen more of those origins whose surnames end in -an, -er or -ed
or are English words (*Morvan*, *Murugan*, *Winther*, *Hammer*, *Mohammed*, *Her*, *Pole*, *Dam*, *Gumbo*)
and four with an apostrophe (*Fusitu'a*, *Ma'asi*, *Ch'aska Mamani*, *Mo'unga*); straight, curly, British
single marks, guillemets and German low-high marks; invented towns, firms, bodies with multi-part names,
universities, hospitals and institutes, long titles written before a name, role nouns no lexicon lists
(*farrier*, *luthier*, *glazier*, *net mender*, *kiln operator*, *piano tuner*), groups for counted sources,
documents with authors, an invented agency, *Northlight*, with datelines and staff, and songs, films, plays,
nicknames and scare words) as a BEHAVIOURAL set over the eight failure groups of the trust issue; a
capability's group is its issue group. Most cases hold several sentences, and many put a paragraph break
between them.

1. open-class cue verbs of manner, sound, gesture and writing (`grumbled`, `chirped`, `deadpanned`,
   `scrawled on the whiteboard`, `messaged a colleague`, `rasped`, `drawled`, `sniffed`, `harrumphed`,
   `jotted in the margin`, `hollered`, `croaked`, `blurted`, `griped`, `enthused`, `emailed a neighbour`) in
   the past and the present, after (`"C," NAME VERBED.`, `"C," VERBED NAME, a CRAFT.`, `"C," VERBS NAME,
   AGE.`, `"C," NAME VERBED. "C2."`, a pronoun after a paragraph break) and before the quotation (`NAME
   VERBED: "C."`, `NAME VERBED, "C."`, `After the vote, NAME VERBED:`, `NAME VERBED as the meeting ended:`,
   `Asked about TOPIC, NAME VERBED:`, a split sentence `"C1," NAME VERBED, "C2."`); surnames of risky shapes
   on second reference (`"C," Her said.`, `Pole messaged a colleague: "C."`, `"C," chirped Morvan.`, two of
   them in one paragraph);
2. counted and quantified speakers beside a named person who says nothing (`Two GROUP were blunt. "C," one
   said. "C2," another added.`, `Of the three GROUP ..., two said C. "C2," a third said.`, `A and B ...
   Both said C.` (both or the pair, never one of them), `Some GROUP said C. Others said C2.`, `Several GROUP
   said C.`, `One of them, NAME, said:`, `Neither would say whether C.` (no report, no speaker), `Most of the
   GROUP said C, but one, NAME, VERBED: "C2."`);
3. colon credits and transcripts: roundup lines (`NAME, ROLE at BODY: "C."`, `NAME (CRAFT, AGE): "C."`, a
   vox pop of two, `NAME, POST at FIRM, on TOPIC:`, `On TOPIC, NAME, a CRAFT:`, a pull quote `"C." - NAME,
   a CRAFT`, `Heard at the meeting:` lines) under a heading (`We asked people in TOWN about TOPIC.`), and
   interviews after an introduced interviewee (`Q:` / `A:` pairs, labels in capitals after the full name,
   `INTERVIEWER:`, the reporter's own surname label, two interviewees, a mixed-case surname label): answers
   their speaker's, questions no one's or the interviewer's;
4. pronouns and nominal anaphora, with `wrong_speakers` in every case: two or three people of different or
   the same gender (`"C," PRONOUN_B said.` after `A, a CRAFT, and B, a CRAFT2, both spoke`; `A met B on the
   quay.`; `B disagreed.` between paragraphs; surnames for two of one gender; `A, B and C met the council`;
   a paragraph naming another person last; `A told B that C. "C2," PRONOUN said.` with both of one gender:
   A or no speaker; `B asked A whether C.`), descriptions (`the 55-year-old`, `the piano tuner`, `the
   company`, `the senator`, `the harbour master` introduced by another's sentence, `the mayor`, `A sued FIRM.
   "C," the company said in a statement.`), objects and mentions (`A told B: "C."`, `"C," A told B.`, `A
   thanked B for ...`, `A accused B of ...`, B named inside A's quotation, `A's lawyer said`, `Her lawyer,
   B, said`, `Asked about B, A VERBED:`);
5. speaker-name hygiene: long titles before the name (`Deputy regional fisheries commissioner NAME`,
   `Senior assistant district water officer NAME`, `Regional director of public health NAME`, lower-case
   after the quotation and after `According to`), `NAME of BODY`, bodies with multi-part names (`the
   Ministry of Water and Sanitation`, `the Department of Roads, Bridges and Ferries`, `the Office of the
   Ombudsman for Children and Young People`) then their short name, and documents that credit an author (`A
   memo from NAME to NAME2 said`, `The report, written by NAME for BODY, said`, `A letter signed by NAME and
   sent to NAME2 said:`, `An email from NAME, ROLE, to parents said`: NAME or the document, never NAME2);
6. titles whole with their affiliation, checked with `Contains`: `a senior lecturer in hydrology at the
   University of Saltmere`, `FIRM's head of network planning, NAME,` (post and firm), `Former TOWN deputy
   mayor NAME` (*former* kept), `a farrier from Ravensgill`, `The town's only net mender, NAME,`, `NAME,
   POST at FIRM, told reporters:`;
7. datelines and bylines (`KERVALLEN, Dunmark (Northlight) - `, with a date or an em dash, `By STAFF`, `By
   STAFF and STAFF2`, `By STAFF, Northlight correspondent`, `By STAFF` / `TOWN correspondent`, `STAFF
   contributed reporting.`, `Additional reporting by STAFF in TOWN.`, `Writing by STAFF; editing by
   STAFF2.`, `STAFF reported from TOWN.`): never a speaker, never inside a quotation;
8. British single marks around contractions (with the curly apostrophe inside curly single marks), the
   British comma outside the marks (`'C', NAME said.`), inner quotations in the other marks (the outer
   quotation only), names with an apostrophe as speaker and as a colleague who says nothing, and negative
   controls: songs, films, plays and novels, nicknames and scare words in marks beside a named person
   (`NAME sang "SONG"`, `The film "FILM", by NAME, opens`, `known on the quay as "NICK"`, `The council called
   the closure "SCARE"` (the council's or no one's), `NAME's favourite song is "SONG".`), and beside a real
   quotation (`"C," said NAME, who wrote the song "SONG".`).

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a split
quotation as one quotation with its credit inside or as its two parts; a transcript answer with or without
its full stop, as direct or indirect (the record format defines kinds by marks; a transcript line is
verbatim speech without them); an antecedent two people of one gender share as the subject's or no one's;
a group phrase under its accepted spellings (`one`, `one of them`, `one fisherman`); a document or its author;
titles with `Contains`.

Run once at 743e617d (``capreport.py --heldout --show 300 heldout42.NAME ...``, quotex frozen at
``/tmp/base39``): **3,087 of 3,721 (0.830)**. The failures were then read for template and key bugs only; no
key was changed to make quotex right where a careful reader would not accept its reading. Fixed:

* key: `"C," NAME VERBED. "C2."` (`open_verbs_after` shape 5, `single_nested_marks` shape 7) demanded two
  quotations; the record format's own example (``docs/json.md``: `"A," she said. "B."` has two parts) makes it
  one split quotation with the credit inside, and either reading is now accepted (`open_verbs_after` .812 ->
  .944, `single_nested_marks` .886 -> 1.000);
* key: `A thanked B for X.` and `A accused B of X.` (`objects_and_mentions` shapes 2 and 3,
  `nominal_anaphora` shape 5) were exact; thanking and accusing are speech acts a careful reader may list as
  A's report (round 41's stance tolerance), so a quotation inside that sentence is now tolerated as A's or no
  one's, never B's (`objects_and_mentions` .739 -> .878, `nominal_anaphora` .788 -> .924);
* key: `The council called the closure "SCARE"` tolerated only the marked word; the council's mixed report
  `the closure "SCARE"` is an equally right reading and is now tolerated as the council's or no one's
  (`mark_controls` .851 -> 1.000).

After the fixes: **3,253 of 3,721 (0.874)**. Calls the lead may judge: the roundup heading `We asked people
in TOWN about TOPIC.` is keyed as no quotation (quotex reports TOPIC as an unattributed indirect quotation;
it is in all 164 of `colon_roundups`' failures; three also miss a title); `A told B that C. "C2," PRONOUN
said.` with A and B of one gender accepts A or no speaker; `Neither would say whether C.` tolerates an
unattributed quotation; `NAME, its POST, did not comment.` is keyed as no report.

| capability | group | cases | first run | after the fixes |
|---|---|---|---|---|
| `heldout42.open_verbs_after` | 1 | 250 | 0.812 | 0.944 |
| `heldout42.open_verbs_before` | 1 | 250 | 0.912 | 0.912 |
| `heldout42.surname_shapes` | 1 | 248 | 0.984 | 0.984 |
| `heldout42.counted_sources` | 2 | 248 | 0.738 | 0.738 |
| `heldout42.colon_roundups` | 3 | 250 | 0.344 | 0.344 |
| `heldout42.interview_transcripts` | 3 | 250 | 1.000 | 1.000 |
| `heldout42.pronoun_turns` | 4 | 250 | 0.636 | 0.636 |
| `heldout42.nominal_anaphora` | 4 | 250 | 0.788 | 0.924 |
| `heldout42.objects_and_mentions` | 4 | 245 | 0.739 | 0.878 |
| `heldout42.long_titles` | 5 | 244 | 0.967 | 0.967 |
| `heldout42.bodies_documents` | 5 | 247 | 0.846 | 0.846 |
| `heldout42.titles_affiliations` | 6 | 245 | 0.947 | 0.947 |
| `heldout42.datelines_bylines` | 7 | 249 | 1.000 | 1.000 |
| `heldout42.single_nested_marks` | 8 | 246 | 0.886 | 1.000 |
| `heldout42.mark_controls` | 8 | 249 | 0.851 | 1.000 |
| **heldout42** (all 15) | | 3,721 | 0.830 (3,087) | 0.874 (3,253) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout42data import (
    ACCUSE42,
    AGENCY42,
    ALL_MARKS42,
    APOS_QUOTES42,
    APOSTROPHE42,
    BODIES42,
    CLAUSES42,
    CRAFTS42,
    DATELINES42,
    DATES42,
    DAYS42,
    DOUBLE_MARKS42,
    FIRMS42,
    GROUPS42,
    NICKNAMES42,
    OPEN42,
    PAPERS42,
    PEOPLE42,
    PRETITLES42,
    QUESTIONS42,
    QUOTES42,
    ROLES42,
    SCARE42,
    SINGLE_MARKS42,
    SPLITS42,
    STAFF42,
    TOPICS42,
    TOWNS42,
    TRICKY42,
    WORKS42,
    Mark42,
    Person42,
    Verb42,
)
from heldout_kit import alts as _alts
from heldout_kit import cap as _cap
from heldout_kit import found_quote as _found_quote
from heldout_kit import k as _k
from heldout_kit import one_of as _one_of
from heldout_kit import other_person
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span
from heldout_kit import tolerate as _tolerate
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

PersonSpec = Person42 | NameSpec


# --- shared helpers -----------------------------------------------------------------------------------------


def _names(p: PersonSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person42) else p


def _d(content: str, p: PersonSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    """A direct quotation of *p* (a person, or accepted names)."""
    kind = "person" if isinstance(p, Person42) else ANY
    return Expect(content, "direct", _names(p), title, kind, occurrence=occurrence)


def _i(content: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause of *p* (a person, or accepted names)."""
    kind = "person" if isinstance(p, Person42) else ANY
    return Expect(content, "indirect", _names(p), title, kind)


def _that(text: str, clause: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title)


def _line(text: str, answer: str, p: PersonSpec) -> Expect:
    """A transcript line without marks (`A: C.`): the answer with or without its full stop, of *p*; its kind
    as quotex gives it when it is direct or indirect (the record format defines kinds by marks, and a
    transcript line is verbatim speech without them)."""
    content = _one_of(text, (answer, answer.rstrip(".?!")))
    found = _found_quote(text, content)
    kind = found.kind.value if found is not None and found.kind.value in ("direct", "indirect") else "direct"
    return Expect(content, kind, _names(p), ANY, "person" if isinstance(p, Person42) else ANY)


def _or_none(text: str, e: Expect) -> Expect:
    """*e*, or the same quotation with no speaker when quotex gave it none (an ambiguous antecedent, where a
    careful reader may decline to name one)."""
    found = _found_quote(text, e.content, e.occurrence)
    if found is not None and found.speaker is None:
        return Expect(e.content, e.kind, None, occurrence=e.occurrence)
    return e


def _split(text: str, first: str, second: str, p: Person42) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside (the record format's own example),
    or its two quotations, each NAME's."""
    return _alts(text, [_d(_span(text, first, second), p)], [_d(first, p), _d(second, p)])


def _stance(text: str, obj: str, actor: Person42) -> list[Expect]:
    """`A thanked B for X.`, `A accused B of X.`: a speech act a careful reader may list as A's report (from
    B's name to the full stop); tolerated as A's or no one's, never B's."""
    start = text.index(obj)
    return _tolerate(text, text[start : text.index(".", start) + 1], (actor.full,))


def _combos(
    pool: Sequence[Person42], shapes: int, marks: Sequence[Mark42] = ALL_MARKS42
) -> Iterator[tuple[Person42, int, Mark42, int]]:
    return itertools.product(pool, range(shapes), marks, range(len(QUOTES42)))


def _other(p: Person42, step: int, *, gender: str | None = None, avoid: Sequence[Person42] = ()) -> Person42:
    return other_person(PEOPLE42, p, step, gender=gender, avoid=avoid)


def _opp(p: Person42) -> str:
    return "m" if p.gender == "f" else "f"


def _q(r: int, n: int = 0) -> str:
    return QUOTES42[(r + n) % len(QUOTES42)]


def _clause(k: int, n: int = 0) -> str:
    return CLAUSES42[(k + n) % len(CLAUSES42)]


def _verb(k: int, *, tail: bool = True) -> Verb42:
    """An open cue verb; one without a tail (`scrawled on the whiteboard`) when *tail* is false (an inverted
    credit cannot carry one)."""
    pool = OPEN42 if tail else tuple(v for v in OPEN42 if not v.tail)
    return pool[k % len(pool)]


def _sep(k: int) -> str:
    """Between two sentences: a space, or a paragraph break."""
    return "\n\n" if k % 3 == 1 else " "


def _craft(k: int) -> tuple[str, str]:
    return CRAFTS42[k % len(CRAFTS42)]


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout42.{name}", group, description, unique_texts(gen))


# --- group 1: open-class cue verbs --------------------------------------------------------------------------


def open_verbs_after() -> Iterator[Case]:
    """Open cue verbs of manner, sound, gesture and writing after the quotation: `"C," NAME VERBED.`,
    `"C," VERBED NAME, a CRAFT.`, `NAME, a CRAFT, had waited all morning. "C," PRONOUN VERBED.`, the present
    tense of features (`"C," NAME VERBS.`, `"C," VERBS NAME, AGE.`), `"C," NAME VERBED. "C2."` (the second
    quotation NAME's too), `"C," NAME VERBED after the meeting on DAY.` and a pronoun after a paragraph
    break (`"C," NAME VERBED.` / `"C2," PRONOUN VERBED2.`): every quotation NAME's."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-after"):
        k = _k(PEOPLE42.index(p), shape, r)
        v, vi = _verb(k), _verb(k, tail=False)
        qc, q2c, q2s = m.q(_q(r) + ","), m.q(_q(r, 5) + ","), m.q(_q(r, 5) + ".")
        craft, noun = _craft(k)
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} {p.full} {v.past}{v.tail}."
            expects = [_d(qc, p)]
        elif shape == 1:
            text = f"{qc} {vi.past} {p.full}, {craft}."
            expects = [_d(qc, p, Contains(noun))]
        elif shape == 2:
            text = f"{p.full}, {craft}, had waited all morning.{_sep(k)}{qc} {p.pronoun} {v.past}{v.tail}."
            expects = [_d(qc, p)]
        elif shape == 3:
            text = f"{qc} {p.full} {v.present}{v.tail}."
            expects = [_d(qc, p)]
        elif shape == 4:
            text = f"{qc} {vi.present} {p.full}, {p.age}."
            expects = [_d(qc, p)]
        elif shape == 5:
            text = f"{qc} {p.full} {v.past}{v.tail}. {q2s}"
            expects = _split(text, qc, q2s, p)
        elif shape == 6:
            text = f"{qc} {p.full} {v.past}{v.tail} after the meeting on {DAYS42[k % 7]}."
            expects = [_d(qc, p)]
        else:
            v2 = _verb(k + 5)
            text = f"{qc} {p.full} {v.past}{v.tail}.\n\n{q2c} {p.pronoun} {v2.past}{v2.tail}."
            expects = [_d(qc, p), _d(q2c, p)]
        yield Case("", f"ho42-after-{shape}", text, expects)


def open_verbs_before() -> Iterator[Case]:
    """Open cue verbs before the quotation: `NAME VERBED: "C."`, the present `NAME VERBS: "C."`, `NAME
    VERBED, "C."`, `After the vote, NAME VERBED: "C."`, a split sentence `"C1," NAME VERBED, "C2."` (one
    quotation with its credit inside, or its two parts, NAME's), `NAME VERBED as the meeting ended: "C."`,
    `Asked about TOPIC, NAME VERBED: "C."` and `NAME, a CRAFT, left early. PRONOUN VERBED: "C."`."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-before"):
        k = _k(PEOPLE42.index(p), shape, r)
        v, vi = _verb(k), _verb(k, tail=False)
        qs = m.q(_q(r) + ".")
        craft, _ = _craft(k)
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} {v.past}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 1:
            text = f"{p.full} {v.present}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 2:
            text = f"{p.full} {vi.past}, {qs}"
            expects = [_d(qs, p)]
        elif shape == 3:
            text = f"After the vote, {p.full} {v.past}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 4:
            first, rest = SPLITS42[k % len(SPLITS42)]
            q1, q2 = m.q(first + ","), m.q(rest + ".")
            text = f"{q1} {p.full} {vi.past}, {q2}"
            expects = _alts(text, [_d(_span(text, q1, q2), p)], [_d(q1, p), _d(q2, p)])
        elif shape == 5:
            text = f"{p.full} {v.past}{v.tail} as the meeting ended: {qs}"
            expects = [_d(qs, p)]
        elif shape == 6:
            text = f"Asked about {_pick(TOPICS42, k)}, {p.full} {v.past}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        else:
            text = (
                f"{p.full}, {craft}, left the meeting early.{_sep(k)}{_cap(p.pronoun)} {v.past}{v.tail}: {qs}"
            )
            expects = [_d(qs, p)]
        yield Case("", f"ho42-before-{shape}", text, expects)


def surname_shapes() -> Iterator[Case]:
    """Surnames that end in -an, -er or -ed or are English words (*Morvan*, *Murugan*, *Winther*, *Hammer*,
    *Mohammed*, *Her*, *Pole*, *Dam*, *Gumbo*) on second reference beside an open cue verb: `FULL, a CRAFT,
    spoke after the meeting. "C," SURNAME VERBED.`, `"C," VERBED SURNAME.`, `SURNAME VERBED: "C."`, `"C,"
    said SURNAME.`, `SURNAME said C.`, on first reference `"C," FULL VERBED.` and `FULL, AGE, VERBED: "C."`,
    and two such people in one paragraph (`"C," A VERBED. "C2," B said.`, each their own): the full name."""
    for p, shape, m, r in sample(_combos(TRICKY42, 8), 250, "ho42-surname"):
        k = _k(TRICKY42.index(p), shape, r)
        v, vi = _verb(k), _verb(k, tail=False)
        qc, qs, q2c = m.q(_q(r) + ","), m.q(_q(r) + "."), m.q(_q(r, 7) + ",")
        craft, _ = _craft(k)
        intro = f"{p.full}, {craft}, spoke after the meeting.{_sep(k)}"
        clause = _clause(k)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{intro}{qc} {p.last} {v.past}{v.tail}."
            expects = [_d(qc, p)]
        elif shape == 1:
            text = f"{intro}{qc} {vi.past} {p.last}."
            expects = [_d(qc, p)]
        elif shape == 2:
            text = f"{intro}{p.last} {v.past}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 3:
            text = f"{intro}{qc} said {p.last}."
            expects = [_d(qc, p)]
        elif shape == 4:
            text = f"{intro}{p.last} said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 5:
            text = f"{qc} {p.full} {v.past}{v.tail}."
            expects = [_d(qc, p)]
        elif shape == 6:
            text = f"{p.full}, {p.age}, {v.past}{v.tail}: {qs}"
            expects = [_d(qs, p)]
        else:
            o = TRICKY42[(TRICKY42.index(p) + 1 + k % 5) % len(TRICKY42)]
            text = (
                f"{p.full} and {o.full} both work on the quay.{_sep(k)}{qc} {p.last} {v.past}{v.tail}. "
                f"{q2c} {o.last} said."
            )
            expects = [_d(qc, p), _d(q2c, o)]
            wrong = [(qc, o.full), (q2c, p.full)]
        yield Case("", f"ho42-surname-{shape}", text, expects, wrong_speakers=wrong)


# --- group 2: unnamed, counted and quantified speakers ------------------------------------------------------


def _group(k: int) -> tuple[str, str, str]:
    """A group: its plural phrase (`fishermen on the quay`), its head noun (`fishermen`) and its singular."""
    plural, singular = GROUPS42[k % len(GROUPS42)]
    return plural, plural.split()[0], singular


def counted_sources() -> Iterator[Case]:
    """Counted and quantified speakers beside a named person who does not speak: `NAME had promised a reply.
    Two GROUP were blunt. "C," one said. "C2," another added.` (*one*, *another*), `Of the three GROUP who
    spoke to the paper, two said C. "C2," a third said.` (*two*, *a third*), `A and B both run stalls. Both
    said C.` (both, or the pair; never one of them), `Some GROUP said C. Others said C2.`, `Several GROUP said
    C.`, `Two GROUP were asked about TOPIC. One of them, NAME, said: "C."` (NAME), `A and B were at the
    meeting. Neither would say whether C.` (no report, never either of them) and `Most of the GROUP said C,
    but one, NAME, VERBED: "C2."` (the group phrase, then NAME)."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-counted"):
        k = _k(PEOPLE42.index(p), shape, r)
        o = _other(p, k)
        plural, noun, singular = _group(k)
        qc, q2c, qs = m.q(_q(r) + ","), m.q(_q(r, 3) + ","), m.q(_q(r) + ".")
        c1, c2 = _clause(k), _clause(k, 5)
        sep = _sep(k)
        expects: list[Expect]
        people: tuple[Person42, ...] = (p,)
        if shape == 0:
            text = (
                f"{p.full}, who chairs the harbour board, had promised a reply.{sep}Two {plural} were blunt. "
                f"{qc} one said. {q2c} another added."
            )
            ones = ("one", "one of them", f"one {singular}", f"one of the {noun}")
            expects = [_d(qc, ones), _d(q2c, ("another", f"another {singular}", "another of them"))]
        elif shape == 1:
            text = (
                f"{p.full} had called the meeting.{sep}Of the three {plural} who spoke to the paper, "
                "two said "
                f"{c1}. {q2c} a third said."
            )
            twos = ("two", "two of them", f"two {noun}", f"two of the {noun}")
            expects = [_that(text, c1, twos), _d(q2c, ("a third", "third", f"a third {singular}"))]
        elif shape == 2:
            people = (p, o)
            text = f"{p.full} and {o.full} both run stalls on the square.{sep}Both said {c1}."
            both = ("both", "both of them", f"{p.full}; {o.full}", f"{o.full}; {p.full}")
            expects = [_that(text, c1, both)]
        elif shape == 3:
            text = f"{p.full} said nothing.{sep}Some {plural} said {c1}. Others said {c2}."
            expects = [
                _that(text, c1, ("some", f"some {plural}", f"some {noun}")),
                _that(text, c2, ("others",)),
            ]
        elif shape == 4:
            text = f"{p.full} had left by then.{sep}Several {plural} said {c1}."
            expects = [_that(text, c1, ("several", f"several {plural}", f"several {noun}"))]
        elif shape == 5:
            text = (
                f"Two {plural} were asked about {_pick(TOPICS42, k)}.{sep}One of them, {p.full}, said: {qs}"
            )
            expects = [_d(qs, p)]
            people = ()
        elif shape == 6:
            people = (p, o)
            text = f"{p.full} and {o.full} were at the meeting.{sep}Neither would say whether {c1}."
            expects = _tolerate(text, f"Neither would say whether {c1}.")
        else:
            v = _verb(k)
            q2 = m.q(_q(r, 3) + ".")
            text = f"Most of the {plural} said {c1}, but one, {p.full}, {v.past}{v.tail}: {q2}"
            most = ("most", f"most of the {plural}", f"most of the {noun}")
            expects = [_that(text, c1, most), _d(q2, p)]
            people = ()
        wrong = _wrong(expects, people)
        if shape == 7:
            wrong = [(c1, p.full)]
        yield Case("", f"ho42-counted-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: colon credits, roundups and transcripts -------------------------------------------------------


def _role(k: int) -> tuple[str, tuple[str, ...]]:
    return ROLES42[k % len(ROLES42)]


def colon_roundups() -> Iterator[Case]:
    """Credits before a colon, as roundups print them: `NAME, ROLE at BODY: "C."` (title with its body),
    `NAME (CRAFT, AGE): "C."`, a vox pop of two (`A, AGE, CRAFT: "C1."` / `B, AGE, CRAFT: "C2."`), `NAME, POST
    at FIRM, on TOPIC: "C."`, `On TOPIC, NAME, CRAFT: "C."`, two lines `A (CRAFT): "C1."` / `B (CRAFT): "C2."`
    under one heading, a pull quote `"C." - NAME, CRAFT`, and `Heard at the meeting:` with `NAME: "C."`
    lines: each quotation its own line's person, never the other one's."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-roundup"):
        k = _k(PEOPLE42.index(p), shape, r)
        o = _other(p, k)
        qs, q2s = m.q(_q(r) + "."), m.q(_q(r, 4) + ".")
        (craft, noun), (_, noun2) = _craft(k), _craft(k + 3)
        role, parts = _role(k)
        topic, town = _pick(TOPICS42, k), _pick(TOWNS42, k)
        head = f"We asked people in {town} about {topic}.\n\n"
        expects: list[Expect]
        if shape == 0:
            text = f"{head}{p.full}, {role}: {qs}"
            expects = [_d(qs, p, Contains(parts))]
        elif shape == 1:
            text = f"{head}{p.full} ({noun}, {p.age}): {qs}"
            expects = [_d(qs, p, Contains(noun))]
        elif shape == 2:
            text = f"{head}{p.full}, {p.age}, {noun}: {qs}\n\n{o.full}, {o.age}, {noun2}: {q2s}"
            expects = [_d(qs, p, Contains(noun)), _d(q2s, o, Contains(noun2))]
        elif shape == 3:
            f = FIRMS42[k % len(FIRMS42)]
            post = f.posts[k % 2]
            text = f"{head}{p.full}, {post} at {f.name}, on {topic}: {qs}"
            expects = [_d(qs, p, Contains(post))]
        elif shape == 4:
            text = f"On {topic}, {p.full}, {craft}: {qs}"
            expects = [_d(qs, p, Contains(noun))]
        elif shape == 5:
            text = f"What the traders said:\n{p.full} ({noun}): {qs}\n{o.full} ({noun2}): {q2s}"
            expects = [_d(qs, p, Contains(noun)), _d(q2s, o, Contains(noun2))]
        elif shape == 6:
            text = f"{qs} - {p.full}, {craft}"
            if k % 2:
                text = f"{head}{qs} \u2014 {p.full}, {craft}"
            expects = [_d(qs, p, Contains(noun))]
        else:
            text = f"Heard at the meeting:\n\n{p.full}: {qs}\n\n{o.full}: {q2s}"
            expects = [_d(qs, p), _d(q2s, o)]
        if text.startswith(head):
            expects += _tolerate(text, head)
        wrong = _wrong(expects, (p, o))
        yield Case("", f"ho42-roundup-{shape}", text, expects, wrong_speakers=wrong)


def interview_transcripts() -> Iterator[Case]:
    """An interviewee introduced with a full name, then transcript lines without marks: `Q: QUESTION` / `A:
    C.` (one pair, two pairs, or on single lines), labels in capitals after the full name was given (`FULL
    NAME IN CAPITALS: C.`, `INTERVIEWER: Q` / `SURNAME: C.`), the reporter's own label (`STAFF SURNAME: Q` /
    `SURNAME: C.`), two interviewees (`A_SURNAME: C1.` / `B_SURNAME: C2.`), and a mixed-case surname label:
    each answer its speaker's, with the line's full stop or without, kind direct or indirect; the questions
    never the interviewee's (no speaker or the interviewer)."""
    for p, shape, _m, r in sample(_combos(PEOPLE42, 8, ALL_MARKS42[:1]), 250, "ho42-transcript"):
        k = _k(PEOPLE42.index(p), shape, r)
        o = _other(p, k)
        craft, _ = _craft(k)
        paper, staff = _pick(PAPERS42, k), _pick(STAFF42, k)
        a1, a2 = _q(r) + ".", _q(r, 6) + "."
        q1, q2 = _pick(QUESTIONS42, k), _pick(QUESTIONS42, k + 1)
        intro = f"{p.full}, {craft}, spoke to the {paper} about {_pick(TOPICS42, k)}."
        intro += " The interview has been edited."
        brk = "\n" if shape == 4 else "\n\n"
        asked: list[str] = [q1]
        if shape in (0, 4):
            text = f"{intro}\n\nQ: {q1}{brk}A: {a1}"
            answers = [(a1, p)]
        elif shape == 1:
            text = f"{intro}\n\nQ: {q1}\n\nA: {a1}\n\nQ: {q2}\n\nA: {a2}"
            answers, asked = [(a1, p), (a2, p)], [q1, q2]
        elif shape == 2:
            text = f"{intro}\n\nQ: {q1}\n\n{p.full.upper()}: {a1}"
            answers = [(a1, p)]
        elif shape == 3:
            text = f"{intro}\n\nINTERVIEWER: {q1}\n\n{p.last.upper()}: {a1}"
            answers = [(a1, p)]
        elif shape == 5:
            intro = f"{p.full}, {craft}, spoke to {staff} of the {paper}."
            text = f"{intro}\n\n{staff.split()[-1].upper()}: {q1}\n\n{p.last.upper()}: {a1}"
            answers = [(a1, p)]
        elif shape == 6:
            intro = f"{p.full}, {craft}, and {o.full} spoke to the {paper} together."
            text = f"{intro}\n\nQ: {q1}\n\n{p.last.upper()}: {a1}\n\n{o.last.upper()}: {a2}"
            answers = [(a1, p), (a2, o)]
        else:
            text = f"{intro}\n\nQ: {q1}\n\n{p.last}: {a1}"
            answers = [(a1, p)]
        expects = [_line(text, a, who) for a, who in answers]
        interviewer = (staff, staff.split()[-1], "interviewer") if shape == 5 else ("interviewer",)
        for question in asked:
            expects += _tolerate(text, question, interviewer)
        wrong = _wrong(expects, (p, o))
        yield Case("", f"ho42-transcript-{shape}", text, expects, wrong_speakers=wrong)


# --- group 4: pronouns and nominal anaphora -----------------------------------------------------------------


def pronoun_turns() -> Iterator[Case]:
    """Pronouns among two or three people: `A, a CRAFT, and B, a CRAFT2, both spoke. "C," PRONOUN_B said.`
    (B, the only one of that gender), `A met B on the quay. "C," PRONOUN_A VERBED.`, `A said C.` / `B
    disagreed.` / `"C2," PRONOUN_A said.` over paragraph breaks, two of one gender told apart by surname (`A
    said C. "C2," C_SURNAME added.`), three people (`A, B and C met the council. A said C1. B was less sure.
    "C2," PRONOUN_B said.`), a pronoun after a paragraph that names another person last, `A told B that C.
    "C2," PRONOUN said.` with both of one gender (A, the subject, or no speaker: never B) and `B asked A
    whether C. "C2," PRONOUN_A replied.` (the question B's or no one's; the reply A's)."""
    for a, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-pronoun"):
        k = _k(PEOPLE42.index(a), shape, r)
        b = _other(a, k, gender=_opp(a))
        c = _other(a, k + 3, gender=a.gender, avoid=(b,))
        qc, q2c = m.q(_q(r) + ","), m.q(_q(r, 5) + ",")
        (craft, _), (craft2, _) = _craft(k), _craft(k + 3)
        c1 = _clause(k)
        sep = _sep(k)
        day = DAYS42[k % 7]
        expects: list[Expect]
        people: tuple[Person42, ...] = (a, b)
        if shape == 0:
            text = (
                f"{a.full}, {craft}, and {b.full}, {craft2}, both spoke on {day}.{sep}{qc} {b.pronoun} said."
            )
            expects = [_d(qc, b)]
        elif shape == 1:
            v = _verb(k)
            text = f"{a.full} met {b.full} on the quay on {day}.{sep}{qc} {a.pronoun} {v.past}{v.tail}."
            expects = [_d(qc, a)]
        elif shape == 2:
            text = f"{a.full} said {c1}.\n\n{b.full} disagreed.\n\n{q2c} {a.pronoun} said."
            expects = [_that(text, c1, a), _d(q2c, a)]
        elif shape == 3:
            people = (a, c)
            text = (
                f"{a.full} and {c.full} both sit on the harbour board.{sep}{a.last} said {c1}. "
                f"{q2c} {c.last} added."
            )
            expects = [_that(text, c1, a), _d(q2c, c)]
        elif shape == 4:
            people = (a, b, c)
            text = (
                f"{a.full}, {b.full} and {c.full} met the council on {day}.{sep}{a.last} said {c1}. "
                f"{b.last} was less sure. {q2c} {b.pronoun} said."
            )
            expects = [_that(text, c1, a), _d(q2c, b)]
        elif shape == 5:
            text = (
                f"{qc} {a.full} said.\n\nThe council has asked {b.full}, {craft2}, to look at the plans.\n\n"
                f"{q2c} {a.pronoun} added."
            )
            expects = [_d(qc, a), _d(q2c, a)]
        elif shape == 6:
            people = (a, c)
            text = f"{a.full} told {c.full} on {day} that {c1}.{sep}{q2c} {a.pronoun} said."
            expects = [_that(text, c1, a), _or_none(text, _d(q2c, a))]
        else:
            question = f"whether {c1}"
            text = f"{b.full} asked {a.full} {question}.{sep}{q2c} {a.pronoun} replied."
            expects = [*_tolerate(text, question, (b.full,)), _d(q2c, a)]
        wrong = _wrong(expects, people)
        yield Case("", f"ho42-pronoun-{shape}", text, expects, wrong_speakers=wrong)


def nominal_anaphora() -> Iterator[Case]:
    """Second references by description: `A, AGE, and B, AGE2, ... "C," the AGE-year-old said.`, `A, a
    CRAFT, and B, a CRAFT2, ... "C," the CRAFT2_NOUN VERBED.` (B), `FIRM said C. A, its POST, did not comment.
    "C2," the company said.` (the firm), `A, a senator for TOWN, and B, a CRAFT, toured ... "C," the senator
    said.`, `B introduced A, the new harbour master, ... "C," the harbour master said.` (A, not the subject
    B), `Mayor A thanked B ... "C," the mayor said.`, a description after two paragraph breaks (`A, AGE, has
    worked as ...` / `B, POSS neighbour, ...` / `"C," the AGE-year-old said.`) and `A sued FIRM. "C," the
    company said in a statement.` (the firm, never A)."""
    for a, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-nominal"):
        k = _k(PEOPLE42.index(a), shape, r)
        b = _other(a, k)
        if b.age == a.age:
            b = _other(a, k + 1)
        qc = m.q(_q(r) + ",")
        (craft, _), (craft2, noun2) = _craft(k), _craft(k + 3)
        f = FIRMS42[k % len(FIRMS42)]
        c1 = _clause(k)
        sep = _sep(k)
        day, town = DAYS42[k % 7], _pick(TOWNS42, k)
        firm = (f.name,)
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{a.full}, {a.age}, and {b.full}, {b.age}, run the ferry kiosk.{sep}"
                f"{qc} the {a.age}-year-old said."
            )
            expects = [_d(qc, a)]
        elif shape == 1:
            v = _verb(k)
            text = (
                f"{a.full}, {craft}, and {b.full}, {craft2}, watched the vote.{sep}"
                f"{qc} the {noun2} {v.past}{v.tail}."
            )
            expects = [_d(qc, b)]
        elif shape == 2:
            text = (
                f"{f.name} said on {day} {c1}. {a.full}, its {f.posts[k % 2]}, did not comment.{sep}"
                f"{qc} the company said."
            )
            expects = [_that(text, c1, firm), _d(qc, firm)]
        elif shape == 3:
            text = (
                f"{a.full}, a senator for {town}, and {b.full}, {craft2}, toured the flood barrier "
                f"on {day}.{sep}"
                f"{qc} the senator said."
            )
            expects = [_d(qc, a)]
        elif shape == 4:
            text = (
                f"{b.full} introduced {a.full}, the new harbour master, at the meeting on {day}.{sep}"
                f"{qc} the harbour master said."
            )
            expects = [_d(qc, a)]
        elif shape == 5:
            text = (
                f"Mayor {a.full} thanked {b.full}, {craft2}, for repairing the town clock.{sep}"
                f"{qc} the mayor said."
            )
            expects = [*_stance(text, b.full, a), _d(qc, a)]
        elif shape == 6:
            text = (
                f"{a.full}, {a.age}, has worked as a {_craft(k)[1]} in {town} for years.\n\n"
                f"{b.full}, {a.poss} neighbour, helped clear the yard.\n\n{qc} the {a.age}-year-old said."
            )
            expects = [_d(qc, a)]
        else:
            text = f"{a.full} sued {f.name} on {day}.{sep}{qc} the company said in a statement."
            expects = [_d(qc, (*firm, "statement", "a statement"))]
        wrong = _wrong(expects, (a, b))
        yield Case("", f"ho42-nominal-{shape}", text, expects, wrong_speakers=wrong)


def objects_and_mentions() -> Iterator[Case]:
    """People who are spoken to, about or for, never the speaker: `A told B: "C."`, `"C," A told B.`, `A
    thanked B for the loan of a boat. "C," PRONOUN_A said.`, `A accused B of DOING. "C," PRONOUN_A said.`, B
    named inside A's quotation (`"B promised us C," A said.`), an unnamed lawyer (`A's lawyer said C.`: the
    lawyer, never A), a named one (`A was not in court on DAY. POSS lawyer, B, said C.`: B) and `Asked about
    B, A VERBED: "C."` (A): the object, the person mentioned or the client never speaks."""
    for a, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-object"):
        k = _k(PEOPLE42.index(a), shape, r)
        b = _other(a, k, gender=_opp(a))
        qs, qc = m.q(_q(r) + "."), m.q(_q(r) + ",")
        c1 = _clause(k)
        sep = _sep(k)
        day = DAYS42[k % 7]
        expects: list[Expect]
        if shape == 0:
            text = f"{a.full} told {b.full}: {qs}"
            expects = [_d(qs, a)]
        elif shape == 1:
            text = f"{qc} {a.full} told {b.full}."
            expects = [_d(qc, a)]
        elif shape == 2:
            text = f"{a.full} thanked {b.full} for the loan of a boat.{sep}{qc} {a.pronoun} said."
            expects = [*_stance(text, b.full, a), _d(qc, a)]
        elif shape == 3:
            text = f"{a.full} accused {b.full} of {_pick(ACCUSE42, k)}.{sep}{qc} {a.pronoun} said."
            expects = [*_stance(text, b.full, a), _d(qc, a)]
        elif shape == 4:
            inner = m.q(f"{b.full} promised us a new footbridge and we are still waiting,")
            text = f"{inner} {a.full} said."
            expects = [_d(inner, a)]
        elif shape == 5:
            text = f"{a.full} did not attend the hearing.{sep}{_poss(a.full)} lawyer said {c1}."
            lawyer = (f"{_poss(a.full)} lawyer", "lawyer", f"lawyer for {a.full}", f"{a.poss} lawyer")
            expects = [_that(text, c1, lawyer)]
        elif shape == 6:
            text = f"{a.full} was not in court on {day}.{sep}{_cap(a.poss)} lawyer, {b.full}, said {c1}."
            expects = [_that(text, c1, b)]
        else:
            v = _verb(k)
            text = f"Asked about {b.full}, {a.full} {v.past}{v.tail}: {qs}"
            expects = [_d(qs, a)]
        wrong = _wrong(expects, (a, b))
        yield Case("", f"ho42-object-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: speaker-name hygiene --------------------------------------------------------------------------


def _bare(name: str) -> str:
    """A body's name without its leading article."""
    return name[4:] if name.startswith("the ") else name


def long_titles() -> Iterator[Case]:
    """Long titles before a name and `of` affiliations after it, which belong to no speaker's name:
    `PRETITLE NAME said C.` (`Deputy regional fisheries commissioner NAME`), `"C," said pretitle NAME.`,
    `NAME of BODY said C.`, `"C," said NAME of BODY.`, `PRETITLE NAME, AGE, told reporters: "C."`, `According
    to pretitle NAME, C.`, `"C," pretitle NAME said.` and `PRETITLE NAME, who was appointed in YEAR, said C.`:
    the speaker is NAME alone; the title holds the pre-title's core."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-longtitle"):
        k = _k(PEOPLE42.index(p), shape, r)
        pre, part = PRETITLES42[k % len(PRETITLES42)]
        low = pre[0].lower() + pre[1:]
        body, _ = BODIES42[k % len(BODIES42)]
        qs, qc = m.q(_q(r) + "."), m.q(_q(r) + ",")
        c1 = _clause(k)
        title = Contains(part)
        expects: list[Expect]
        if shape == 0:
            text = f"{pre} {p.full} said {c1}."
            expects = [_that(text, c1, p, title)]
        elif shape == 1:
            text = f"{qc} said {low} {p.full}."
            expects = [_d(qc, p, title)]
        elif shape == 2:
            text = f"{p.full} of {body} said {c1}."
            expects = [_that(text, c1, p)]
        elif shape == 3:
            text = f"{qc} said {p.full} of {body}."
            expects = [_d(qc, p)]
        elif shape == 4:
            text = f"{pre} {p.full}, {p.age}, told reporters: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 5:
            text = f"According to {low} {p.full}, {c1}."
            expects = [_i(c1, p, title)]
        elif shape == 6:
            text = f"{qc} {low} {p.full} said."
            expects = [_d(qc, p, title)]
        else:
            year = 2015 + k % 9
            text = f"{pre} {p.full}, who was appointed in {year}, said {c1}."
            expects = [_that(text, c1, p, title)]
        wrong = [(e.content, f"{pre} {p.full}") for e in expects]
        wrong += [(e.content, f"{low} {p.full}") for e in expects]
        yield Case("", f"ho42-longtitle-{shape}", text, expects, wrong_speakers=wrong)


def bodies_documents() -> Iterator[Case]:
    """Bodies with multi-part names and documents that credit an author: `BODY said on DAY C.`, `"C," BODY
    said in a statement.`, `In a statement, BODY said C.`, `BODY said C. "C2," SHORT said.` (the body's whole
    name both times: *the Ministry of Water and Sanitation*, *the Department of Roads, Bridges and Ferries*),
    `A memo from NAME to NAME2 said C.` (NAME or the memo, never NAME2), `The report, written by NAME for
    BODY, said C.` (the report, NAME or the body), `A letter signed by NAME and sent to NAME2 said: "C."` and
    `An email from NAME, ROLE, to parents said C.` (NAME or the document)."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 284, "ho42-body"):
        k = _k(PEOPLE42.index(p), shape, r)
        o = _other(p, k)
        body, short = BODIES42[k % len(BODIES42)]
        bodies = (body, _bare(body))
        qs, qc = m.q(_q(r) + "."), m.q(_q(r, 2) + ",")
        c1 = _clause(k)
        day = DAYS42[k % 7]
        expects: list[Expect]
        people: tuple[Person42, ...] = (p, o)
        if shape == 0:
            text = f"{_cap(body)} said on {day} {c1}."
            expects = [_that(text, c1, bodies)]
        elif shape == 1:
            text = f"{qc} {body} said in a statement."
            expects = [_d(qc, (*bodies, "statement", "a statement"))]
        elif shape == 2:
            text = f"In a statement, {body} said {c1}."
            expects = [_that(text, c1, (*bodies, "statement", "a statement"))]
        elif shape == 3:
            text = f"{_cap(body)} said {c1}.{_sep(k)}{qc} {short} said."
            expects = [_that(text, c1, bodies), _d(qc, bodies)]
        elif shape == 4:
            text = f"A memo from {p.full} to {o.full} said {c1}."
            expects = [_that(text, c1, (p.full, "memo", "a memo", f"memo from {p.full}"))]
        elif shape == 5:
            text = f"The report, written by {p.full} for {body}, said {c1}."
            expects = [_that(text, c1, (p.full, "report", "the report", *bodies))]
        elif shape == 6:
            text = f"A letter signed by {p.full} and sent to {o.full} said: {qs}"
            expects = [_d(qs, (p.full, "letter", "a letter", f"letter signed by {p.full}"))]
        else:
            role, _ = _role(k)
            text = f"An email from {p.full}, {role}, to parents said {c1}."
            expects = [_that(text, c1, (p.full, "email", "an email", f"email from {p.full}"))]
        wrong = _wrong(expects, people)
        yield Case("", f"ho42-body-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: titles whole with their affiliation -----------------------------------------------------------


def titles_affiliations() -> Iterator[Case]:
    """Titles kept whole with their affiliation: `NAME, ROLE at BODY, said C.` (`a senior lecturer in
    hydrology at the University of Saltmere`), `"C," said NAME, ROLE at BODY.`, `FIRM's POST, NAME, said C.`
    (post and firm), `Former TOWN deputy mayor NAME said C.` (*former* kept), `NAME, a CRAFT from TOWN, said:
    "C."` (a role noun no lexicon lists: *farrier*, *luthier*, *glazier*, *net mender*), `"C," said NAME, a
    CRAFT.`, `The town's only CRAFT, NAME, said C.` and `NAME, POST at FIRM, told reporters: "C."`."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 254, "ho42-title"):
        k = _k(PEOPLE42.index(p), shape, r)
        role, parts = _role(k)
        craft, noun = _craft(k)
        f = FIRMS42[k % len(FIRMS42)]
        post = f.posts[k % 2]
        town = _pick(TOWNS42, k)
        qs, qc = m.q(_q(r) + "."), m.q(_q(r) + ",")
        c1 = _clause(k)
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {role}, said {c1}."
            expects = [_that(text, c1, p, Contains(parts))]
        elif shape == 1:
            text = f"{qc} said {p.full}, {role}."
            expects = [_d(qc, p, Contains(parts))]
        elif shape == 2:
            text = f"{_poss(f.name)} {post}, {p.full}, said {c1}."
            expects = [_that(text, c1, p, Contains((post, f.name)))]
        elif shape == 3:
            text = f"Former {town} deputy mayor {p.full} said {c1}."
            expects = [_that(text, c1, p, Contains(("former", "deputy mayor")))]
        elif shape == 4:
            text = f"{p.full}, {craft}, said: {qs}"
            expects = [_d(qs, p, Contains(noun))]
        elif shape == 5:
            text = f"{qc} said {p.full}, {craft}."
            expects = [_d(qc, p, Contains(noun))]
        elif shape == 6:
            text = f"The town's only {noun}, {p.full}, said {c1}."
            expects = [_that(text, c1, p, Contains(noun))]
        else:
            text = f"{p.full}, {post} at {f.name}, told reporters: {qs}"
            expects = [_d(qs, p, Contains((post, f.name)))]
        yield Case("", f"ho42-title-{shape}", text, expects)


# --- group 7: datelines and bylines -------------------------------------------------------------------------


def _dateline(k: int) -> tuple[str, str]:
    """A dateline (`KERVALLEN, Dunmark (Northlight) - ` or `SALTMERE, June 18 (Northlight) \u2014 `) and its
    place."""
    place, country = DATELINES42[k % len(DATELINES42)]
    where = country if k % 2 else DATES42[k % len(DATES42)]
    dash = "-" if k % 3 else "\u2014"
    return f"{place}, {where} ({AGENCY42}) {dash} ", place


def datelines_bylines() -> Iterator[Case]:
    """Stories framed by a dateline (`KERVALLEN, Dunmark (Northlight) - `), a byline (`By STAFF`, `By STAFF
    and STAFF2`, `By STAFF, Northlight correspondent`, `By STAFF` / `TOWN correspondent`) or a closing credit
    (`STAFF contributed reporting.`, `Additional reporting by STAFF in TOWN.`, `Writing by STAFF; editing by
    STAFF2.`, `STAFF reported from TOWN.`), around ordinary reports (`"C," said NAME, a CRAFT.`, `NAME said on
    DAY C.`, `"C," NAME said. "C2," PRONOUN added.`, `NAME, a CRAFT, said: "C."`, two speakers): the dateline,
    the agency and the staff are never a speaker and never inside a quotation."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-dateline"):
        k = _k(PEOPLE42.index(p), shape, r)
        o = _other(p, k)
        dl, place = _dateline(k)
        s1, s2 = _pick(STAFF42, k), _pick(STAFF42, k + 1)
        craft, _ = _craft(k)
        qs, qc, q2c = m.q(_q(r) + "."), m.q(_q(r) + ","), m.q(_q(r, 4) + ",")
        c1 = _clause(k)
        town = _pick(TOWNS42, k)
        staff = (s1, s2)
        expects: list[Expect]
        if shape == 0:
            text = f"By {s1}\n\n{dl}{qc} said {p.full}, {craft}."
            expects = [_d(qc, p)]
        elif shape == 1:
            text = f"{dl}{p.full} said on {DAYS42[k % 7]} {c1}.\n\n{s1} contributed reporting."
            expects = [_that(text, c1, p)]
        elif shape == 2:
            text = f"By {s1} and {s2}\n\n{dl}{qc} {p.full} said. {q2c} {p.pronoun} added."
            expects = [_d(qc, p), _d(q2c, p)]
        elif shape == 3:
            text = f"{dl}{p.full}, {craft}, said: {qs}\n\nAdditional reporting by {s1} in {town}."
            expects = [_d(qs, p)]
        elif shape == 4:
            text = f"By {s1}, {AGENCY42} correspondent\n\n{dl}{qc} {p.full} said."
            expects = [_d(qc, p)]
        elif shape == 5:
            v = _verb(k)
            text = f"{dl}{qc} {p.full} {v.past}{v.tail}.\n\nWriting by {s1}; editing by {s2}."
            expects = [_d(qc, p)]
        elif shape == 6:
            text = f"{dl}{p.full} said {c1}.\n\n{q2c} said {o.full}, {craft}.\n\n{s1} reported from {town}."
            expects = [_that(text, c1, p), _d(q2c, o)]
        else:
            text = f"By {s1}\n{town} correspondent\n\n{qc} {p.full} said. {o.full} said {c1}."
            expects = [_d(qc, p), _that(text, c1, o)]
        forbidden = (f"({AGENCY42})", place, *staff)
        wrong = _wrong_to(expects, staff) + _wrong(expects, (p, o))
        yield Case("", f"ho42-dateline-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 8: single marks, nested marks, apostrophes and marks that quote no one ---------------------------


def _apos(k: int) -> str:
    return APOS_QUOTES42[k % len(APOS_QUOTES42)]


def single_nested_marks() -> Iterator[Case]:
    """British single marks holding apostrophes (`'We can't wait another winter,' NAME said.`, with the curly
    apostrophe inside curly single marks), an inner quotation in the other marks (`"She told us 'not this
    year' and we believed her," NAME said.`, `'He told us "not this year" ...'`: the outer quotation only,
    the inner one no one's), names with an apostrophe (`'C,' said Losaline Fusitu'a.`, `Ch'aska Mamani, a
    CRAFT, said: 'C.'`), the British comma outside the marks (`'C', NAME said.`), an apostrophe-named
    colleague who does not speak (`FUSITU'A's colleague, NAME, said: 'C.'`), double marks around contractions
    and a continuation in single marks (`'C,' NAME said. 'C2.'`)."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8, SINGLE_MARKS42), 258, "ho42-single"):
        k = _k(PEOPLE42.index(p), shape, r)
        ap = APOSTROPHE42[k % len(APOSTROPHE42)]
        craft, _ = _craft(k)
        apostrophe = m.close
        said = _apos(k).replace("'", apostrophe)
        qc, qs = m.q(said + ","), m.q(_q(r) + ".")
        dm = DOUBLE_MARKS42[k % len(DOUBLE_MARKS42)]
        expects: list[Expect]
        people: tuple[Person42, ...] = (p,)
        inner = ""
        if shape == 0:
            text = f"{qc} {p.full} said."
            expects = [_d(qc, p)]
        elif shape == 1:
            inner = m.q("not this year")
            outer = dm.q(f"{_cap(p.pronoun)} told us {inner} and we believed {p.obj},")
            o = _other(p, k, gender=p.gender)
            text = f"{outer} {o.full} said."
            expects = [_d(outer, o)]
            people = (p, o)
        elif shape == 2:
            inner = dm.q("not this year")
            outer = m.q(f"{_cap(p.pronoun)} told us {inner} and we believed {p.obj},")
            o = _other(p, k, gender=p.gender)
            text = f"{outer} {o.full} said."
            expects = [_d(outer, o)]
            people = (p, o)
        elif shape == 3:
            text = f"{m.q(_q(r) + ',')} said {ap.full}."
            expects = [_d(m.q(_q(r) + ","), ap)]
            people = (ap,)
        elif shape == 4:
            text = f"{ap.full}, {craft}, said: {qs}"
            expects = [_d(qs, ap)]
            people = (ap,)
        elif shape == 5:
            bare = m.q(_q(r))
            text = f"{bare}, {p.full} said."
            expects = [_d(bare, p)]
        elif shape == 6:
            text = (
                f"{ap.full} has run the ferry kiosk since 2009.{_sep(k)}"
                f"{_poss(ap.last)} colleague, {p.full}, said: {qs}"
            )
            expects = [_d(qs, p)]
            people = (p, ap)
        else:
            # a continuation keeps the marks of the quotation it continues
            mm = dm if k % 2 else m
            first = dm.q(_apos(k) + ",") if k % 2 else m.q(_q(r) + ",")
            second = mm.q(_q(r, 5) + ".")
            text = f"{first} {p.full} said. {second}"
            expects = _split(text, first, second, p)
        if inner:
            expects += _tolerate(text, inner)
        wrong = _wrong(expects, people)
        yield Case("", f"ho42-single-{shape}", text, expects, wrong_speakers=wrong)


def mark_controls() -> Iterator[Case]:
    """Marks that quote no one, beside a named person who says nothing: `NAME sang "SONG" at the festival on
    DAY.`, `The film "FILM", directed by NAME, opens in TOWN on DAY.`, `NAME, known on the quay as "NICK", has
    fished here since YEAR.`, `The council called the closure "SCARE", but NAME has waited two years.` (the
    council's word, or no one's; never NAME's), `NAME read from "NOVEL" at the library on DAY.`, `NAME's
    favourite song is "SONG".` (no quotation), and beside a real one: `"C," said NAME, who wrote "SONG".` and
    `"C," NAME said, before the choir sang "SONG".` (NAME's quotation only; the title no one's)."""
    for p, shape, m, r in sample(_combos(PEOPLE42, 8), 250, "ho42-control"):
        k = _k(PEOPLE42.index(p), shape, r)
        fits = {0: ("song",), 1: ("film", "play"), 4: ("novel", "play"), 7: ("song",)}.get(shape)
        works = [w for w in WORKS42 if fits is None or w[0] in fits]
        kind, work = works[k % len(works)]
        title = m.q(work)
        qc = m.q(_q(r) + ",")
        day, town = DAYS42[k % 7], _pick(TOWNS42, k)
        marked = title
        expects: list[Expect] = []
        if shape == 0:
            text = f"{p.full} sang {title} at the festival on {day}."
        elif shape == 1:
            text = f"The {kind} {title}, by {p.full}, opens in {town} on {day}."
        elif shape == 2:
            marked = m.q(_pick(NICKNAMES42, k))
            text = f"{p.full}, known on the quay as {marked}, has fished here since {1990 + k % 20}."
        elif shape == 3:
            marked = m.q(_pick(SCARE42, k))
            text = f"The council called the closure {marked}, but {p.full} has waited two years."
            expects = _tolerate(text, f"the closure {marked}", ("council", "the council"))
        elif shape == 4:
            text = f"{p.full} read from the {kind} {title} at the library in {town} on {day}."
        elif shape == 5:
            text = f"{_poss(p.full)} favourite {kind} is {title}."
        elif shape == 6:
            text = f"{qc} said {p.full}, who wrote the {kind} {title}."
            expects = [_d(qc, p)]
        else:
            text = f"{qc} {p.full} said, before the choir sang {title}."
            expects = [_d(qc, p)]
        wrong = [(marked, p.full)]
        yield Case("", f"ho42-control-{shape}", text, expects, wrong_speakers=wrong)


HELD_OUT_42 = (
    _named("open_verbs_after", "1", '"C," NAME grumbled; "C," chirped NAME; present tense', open_verbs_after),
    _named(
        "open_verbs_before", "1", 'NAME deadpanned: "C"; NAME scrawled on the whiteboard:', open_verbs_before
    ),
    _named("surname_shapes", "1", '"C," Her said; Pole messaged; Morvan, Mohammed, Hammer', surname_shapes),
    _named(
        "counted_sources", "2", "one said; another added; a third; both; neither would say", counted_sources
    ),
    _named("colon_roundups", "3", 'NAME, ROLE: "C"; NAME (CRAFT, AGE): "C"; pull quotes', colon_roundups),
    _named("interview_transcripts", "3", "Q:/A: lines; NAME IN CAPITALS: answers", interview_transcripts),
    _named(
        "pronoun_turns",
        "4",
        "pronouns among two or three people; told B that; asked A whether",
        pronoun_turns,
    ),
    _named(
        "nominal_anaphora",
        "4",
        "the 52-year-old; the senator; the company; the harbour master",
        nominal_anaphora,
    ),
    _named(
        "objects_and_mentions",
        "4",
        "A told B; thanked; accused; B in the quotation; her lawyer",
        objects_and_mentions,
    ),
    _named("long_titles", "5", "Deputy regional fisheries commissioner NAME; NAME of BODY", long_titles),
    _named(
        "bodies_documents", "5", "the Ministry of Water and Sanitation; a memo from NAME", bodies_documents
    ),
    _named(
        "titles_affiliations",
        "6",
        "senior lecturer in hydrology at UNIVERSITY; a farrier",
        titles_affiliations,
    ),
    _named(
        "datelines_bylines",
        "7",
        "TOWN, Country (Northlight) -; By STAFF; contributed reporting",
        datelines_bylines,
    ),
    _named(
        "single_nested_marks",
        "8",
        "'C,' she said; inner quotations; Fusitu'a; 'C', NAME said",
        single_nested_marks,
    ),
    _named("mark_controls", "8", "songs, films, nicknames and scare words in marks", mark_controls),
)
