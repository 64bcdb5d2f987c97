"""Forty-sixth held-out round: capabilities written at commit ``a31c5b41`` by a helper (``hcap52``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout46data.py``: thirty invented people of Castilian Spanish,
German, Swedish, Danish, Croatian, Bulgarian, Slovak, Egyptian, Emirati, Israeli Hebrew, Thai, Javanese,
Burmese, Kannada and Mandarin Chinese origin, each with a gender and an age; twenty-two people of those
origins (and one Manx) whose names must be kept whole (*Carmen de la Fuente*, *Friedrich von Ahlen*, *Greta
van der Heyden*, *Noura al-Mazrouei*, *Hamdan bin Khalifa*, *Yasmin El-Sherbiny*, *Ewan MacCrennan*,
*Ana-Marija Kovačić-Horvat*, *Ze'ev Ben-Tzur*, *K.S. Raghavendra*, *Tomas Axelsson Jr.*, *Rafael Ibarra III*,
*Wang Xiulan*, *Chen Guoqiang*, *Sutarmi*, *Budiono*, *Thida Aung*, *Ulla Storm*, *Konrad Wolf*, *Noa Gold*,
*Mads Winter*, *Anja Frost*); straight and curly double marks; twelve roles with their affiliation (after the
name, before it, and a short reference), country pre-titles, `of`/`at`/`for` chains, two roles,
former/acting/interim titles; quotations, contractions, quotations naming another person, questions and
exclamations, reported clauses, fragments and narrative sentences; an invented newspaper, news service,
staff, towns and headlines) as a METAMORPHIC round: each capability takes one family of base cases (a
quotation, a report or a mixed quotation with its credit, the speaker's name and title known) and applies ONE
kind of perturbation a careful reader knows does not change who said what (invariance) or changes it in a
known way (directional). Every case checks the content, the speaker's canonical full name AND the title
(`Contains` of the role noun and its affiliation; of the chamber for `Sen.`/`Rep.`; of *deputy* for
`OTHER's deputy, NAME`), with `wrong_speakers` for every other person; most cases add a second person's own
quotation (`"C," said OTHER, ROLE2.`) that must stay theirs. A capability's group is its issue group.

1. words between the parts of a credit: adverbs (`said quietly`, `later said`, `NAME, ROLE, however, said:`,
   `a visibly tired NAME`, `said simply that`, `also said`, `had earlier told reporters that`, `Speaking
   afterwards, NAME said:`) (`credit_adverbs`); parentheticals (`NAME (pictured), ROLE, said:`, `NAME, 47,
   ROLE, said`, `Sen. NAME (D-Ore.)`, `Rep. NAME, R-Texas,`, `ROLE since 2019`, `and a mother of three`,
   `NAME, 58, who is ROLE,`, `NAME (ROLE) said`, `in remarks first reported by the Ketterby Courier`)
   (`credit_parentheticals`); prepositional phrases (`said at a news conference in TOWN on DAY that`, `said
   by phone from TOWN`, `told reporters outside the town hall on DAY`, `In a statement on DAY, NAME said:`,
   `said in an email to the Ketterby Courier`, `said after the vote, standing outside the council chamber`)
   (`credit_phrases`);
2. the cue's tense, aspect, mood and voice (says, has said, had said, is now saying, would later say, will
   tell the board on Monday, told reporters, has told reporters, was/is quoted as saying, reportedly said,
   said again, repeated, has long said, went on to say; after, before and with a reported clause), with the
   negative forms as controls (`did not say that C`, `has never said that C`, `would not say that C`)
   (`cue_tense`); hedged credits (`was quoted by the Ketterby Courier as saying that`, `According to NAME,`,
   `is understood to have told the board that`, `was heard to say:`, `is said to have told colleagues`) and
   controls that credit nothing (`did not say whether C`, `declined to say whether C`, `never said that C`,
   `Nobody expects NAME to say that C`, `was asked on DAY whether C`) (`cue_modality`);
3. the credit's position: before, after, inside (`"C1," NAME said, "and c2."`, `"C1," NAME said. "C2."`),
   as a sentence of its own (`NAME did not mince words. "C."`, `Few were as blunt as NAME. "C."`), in the
   next paragraph (`"C."` / `Those were the words of NAME, ROLE, on DAY.`), ending the paragraph before
   (`NAME said on DAY:` / `"C."`), a mixed quotation and a report before its credit (`C, NAME, ROLE,
   said.`); control: a lone quotation with nobody named is no one's (`credit_position`);
4. distractors: another person in the credit's relative clause, as the addressee (`told OTHER, ROLE2, at
   the meeting`, `in a letter to OTHER`), as the subject of the reported clause (`said OTHER had known
   ...`), in a possessive (`OTHER's deputy, NAME, said:`), in a participle or fronted phrase (`responding to
   criticism from OTHER`, `Speaking alongside OTHER, ROLE2, NAME, ROLE, said:`, `Unlike OTHER,`), after the
   cue (`said after meeting OTHER`) (`distractors_credit`); named inside the quotation, in the sentence or
   paragraph before or after, quoted just before, inside the speaker's report, after the cue (`said of
   OTHER`, `said, pointing to OTHER across the room`) (`distractors_context`);
5. second references after a person of the other gender spoke: surname, `Ms./Mr. SURNAME`, pronoun, role
   noun (`the economist said`, `said the economist`), age (`the 47-year-old`), `According to SURNAME,`,
   `SURNAME added that` (`second_references`); a pronoun that only one of two people can take, of different
   genders or of the same gender where only one spoke (`B left before the vote. A stayed to the end. "C," she
   said.`, `A spoke for twenty minutes; B did not speak at all.`, `B declined to comment. "C," A said. "C2,"
   she added.`, `"C," he told her.`, `She told him that C.`) (`gender_pronouns`);
6. typography: straight and curly apostrophes in contractions inside straight or curly marks, no-break
   spaces inside the name and after `Ms.`, spaced and closed em dashes and spaced en dashes around the title,
   `...` and `…` inside the quotation, double spaces, a question or exclamation before the credit (`asked`),
   single marks nested in double ones, CRLF paragraphs; control: `The so-called "rescue" package was
   announced in May.` is no quotation (`typography_marks`); ALL-CAPS bylines, datelines (`KETTERBY, Monday
   —`, `CORVELL (Tidings News) —`, `CORVELL --`) and headlines before the lede, a line break inside a
   quotation, a quotation over two paragraphs continued with an opening mark, a credit ending its paragraph
   with a colon, and text hard-wrapped at sixty columns (`typography_breaks`);
7. name shapes kept whole on first and second reference (`de la Fuente said`, `De la Fuente added:`, `Ms.
   de la Fuente said`, `Ze’ev Ben-Tzur` curled with curly marks, `Raghavendra's reply was blunt:`, `The
   mayor of Ketterby, NAME, said`) (`name_shapes`);
8. title shapes kept whole with their affiliation: `Valdorian Deputy Finance Minister NAME said`, `said
   Telerian Ambassador to the United Nations NAME`, `head of research at the Institute for Coastal Studies at
   Wrenfield University`, two roles, former/acting/interim, `NAME was named ROLE in March. "C," she said.`,
   `The principal of Hollins Cross Academy, NAME, said`, `Saltmarsh Ferry Company managing director NAME
   said:`, `NAME, who chairs the Ketterby planning committee, said:` (`title_shapes`);
9. directional: the same two people with their parts swapped between cases (`"C," S told O.`, `O was told
   by S that C.`, `S said of O:`, `S replied to O:`, `S quoted O as saying "C."` (the words are O's), `In a
   letter to O, ROLE2, S, ROLE, wrote:`, `O put a question to S. "C," SURNAME_S replied.`, `O was criticised
   by S, who said that C.`) (`directional_roles`).

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a split
quotation as one quotation with its credit inside or as its two parts; a quotation over two paragraphs as one
quotation or its two paragraphs; a mixed clause with or without *that*; a name with a straight or a curled
apostrophe. The controls (no quotation or no speaker) are `cue_tense` (negative cues), `cue_modality` shapes
5-9, `credit_position` (a lone quotation), `typography_marks` (a scare term) and the headlines, bylines and
datelines of `typography_breaks`.

Run once at a31c5b41 (``capreport.py --heldout --show 300 heldout46.NAME ...``, quotex frozen at
``/tmp/base39``): **3,384 of 3,752 (0.902)**. The failures were then read for template and key bugs only; no
key was changed to make quotex right where a careful reader would not accept its reading. Fixed:

* key: `NAME, a lawyer for the families and a former Ketterby councillor, said` was keyed as needing both
  roles in the title; two appositions, each with its article, are two titles and the record prints the first
  written (``docs/json.md``), so the first role with its affiliation (*lawyer*, *families*) is required and
  the second may follow it (`title_shapes` .796 -> .832).

After the fix: **3,393 of 3,752 (0.904)**. Calls the lead may judge: `B declined to comment.` (*to comment*
reported as B's; 33 cases of `gender_pronouns`, as in round 45) and the control `Nobody expects NAME, ROLE,
to say that C.` (credited to *Nobody*; 30 cases of `cue_modality`) are keyed as no quotation; without those
cases 3,456 of 3,752 (0.921). Besides: a line break inside a quotation splits it in two, the first part no
one's (36); text hard-wrapped at sixty columns loses the name across the break (`said Lucía\nBarrientos` ->
*Lucía*; 26); `NAME (pictured), ROLE, said` and `NAME (ROLE) said` give no title (35); `NAME, who chairs the
X planning committee, said` gives no title (25) and `NAME was named ROLE in March.` none (2); `responding to
criticism from OTHER` and `pointing to OTHER across the room` come out as reports (52); `Speaking alongside
OTHER, ROLE2, NAME, ROLE, said:` and `In a letter to OTHER, ROLE2, NAME, ROLE, wrote:` give the speaker
OTHER's title (22); `Few were as blunt as NAME, ROLE. "C."` leaves the quotation unattributed (22 of 22);
`Telerian Ambassador to the United Nations NAME` takes *United Nations NAME* or the title as the name (15);
`She told him that C.` after `B spoke to A` goes to B (12); a pronoun after a paragraph about a person of the
other gender goes to that person (`"C," she said.`, `She added:`; 16); an ALL-CAPS headline's verb makes a
report (`HOSPITAL WARD PLAN DELAYED AGAIN` -> *DELAYED AGAIN*; 5).

| capability | group | cases | first run | key-fixed |
|---|---|---|---|---|
| `heldout46.credit_adverbs` | 1 | 250 | 1.000 | 1.000 |
| `heldout46.credit_parentheticals` | 6 | 250 | 0.848 | 0.848 |
| `heldout46.credit_phrases` | 1 | 250 | 1.000 | 1.000 |
| `heldout46.cue_tense` | 1 | 250 | 1.000 | 1.000 |
| `heldout46.cue_modality` | 1 | 250 | 0.880 | 0.880 |
| `heldout46.credit_position` | 3 | 250 | 0.896 | 0.896 |
| `heldout46.distractors_credit` | 4 | 252 | 0.853 | 0.853 |
| `heldout46.distractors_context` | 4 | 250 | 0.904 | 0.904 |
| `heldout46.second_references` | 4 | 250 | 0.932 | 0.932 |
| `heldout46.gender_pronouns` | 4 | 250 | 0.748 | 0.748 |
| `heldout46.typography_marks` | 8 | 250 | 0.992 | 0.992 |
| `heldout46.typography_breaks` | 7 | 250 | 0.732 | 0.732 |
| `heldout46.name_shapes` | 5 | 250 | 1.000 | 1.000 |
| `heldout46.title_shapes` | 6 | 250 | 0.796 | 0.832 |
| `heldout46.directional_roles` | 4 | 250 | 0.948 | 0.948 |
| **heldout46** (all 15) | | 3,752 | 0.902 (3,384) | 0.904 (3,393) |
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Callable, Iterator, Sequence

from capkit import Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout46data import (
    ADVERBS46,
    BETWEEN46,
    CHAINS46,
    CLAUSES46,
    CONTRACTED46,
    DAYS46,
    HEADLINES46,
    MARKS46,
    MIXED46,
    NAMING46,
    NARRATIVE46,
    PAPER46,
    PEOPLE46,
    PRETITLES46,
    QUESTIONS46,
    QUOTES46,
    ROLES46,
    SERVICE46,
    SHAPES46,
    STAFF46,
    TAGS46,
    TEMPORAL46,
    TOWNS46,
    TWO_ROLES46,
    Role46,
)
from heldout_kit import Mark, Person, PersonSpec, other_person
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _i
from heldout_kit import span as _span
from heldout_kit import that_report as _that
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

# --- shared helpers -----------------------------------------------------------------------------------------


def _split(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE46, p, step, gender=gender, avoid=avoid)


def _opp(p: Person) -> str:
    return "m" if p.gender == "f" else "f"


def _hon(p: Person) -> str:
    return "Ms." if p.gender == "f" else "Mr."


def _title(role: Role46) -> Contains:
    """The title a key checks: the role noun and its affiliation."""
    return Contains(role.parts)


def _role(k: int) -> Role46:
    return ROLES46[k % len(ROLES46)]


def _roles(k: int) -> tuple[Role46, Role46]:
    """Two different roles."""
    return _role(k), _role(k + 5)


def _bare(role: Role46) -> str:
    """A role after the name without its article (`mayor of Ketterby`)."""
    for art in ("the ", "a "):
        if role.after.startswith(art):
            return role.after[len(art) :]
    return role.after


def _qt(n: int) -> str:
    return QUOTES46[n % len(QUOTES46)]


def _cl(n: int) -> str:
    return CLAUSES46[n % len(CLAUSES46)]


def _nar(n: int) -> str:
    return NARRATIVE46[n % len(NARRATIVE46)]


def _lc(text: str) -> str:
    """A quotation's first letter in lower case (it continues a sentence), unless it is *I*."""
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def _curly(m: Mark) -> bool:
    return m.open != '"'


def _ws(text: str, content: str) -> str:
    """*content* as it stands in *text* when the text was hard-wrapped (a space may be a line break)."""
    pattern = re.escape(content).replace("\\ ", r"\s+")
    found = re.search(pattern, text)
    if found is None:
        raise ValueError(f"{content!r} not in {text!r}")
    return found.group(0)


def _b_line(b: Person, rb: Role46, m: Mark, n: int) -> tuple[str, Expect]:
    """The second person's own quotation (`"C," said FULL, ROLE.`) and its key."""
    qb = m.q(_qt(n) + ",")
    return f"{qb} said {b.full}, {rb.after}.", _d(qb, b, _title(rb))


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    wrong = [*_wrong(expects, people), *_wrong_to(expects, others)]
    return Case("", template, text, list(expects), forbidden=tuple(forbidden), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout46.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, reps: int = 2) -> Iterator[tuple[Person, int, Mark, int]]:
    return itertools.product(PEOPLE46, range(shapes), MARKS46, range(reps))


def _slots(a: Person, shape: int, r: int) -> tuple[int, Role46, Role46, str, str, str]:
    """The filler index, two roles, a clause, a day and a town for a case."""
    k = _k(PEOPLE46.index(a), shape, r)
    ra, rb = _roles(k)
    return k, ra, rb, _cl(k), _pick(DAYS46, k), _pick(TOWNS46, k)


# --- 1. words between the parts of a credit -----------------------------------------------------------------


def credit_adverbs() -> Iterator[Case]:
    """Adverbs inside a credit: `"C," FULL, ROLE, said quietly.`, `"C," FULL, ROLE, later said.`, `FULL, ROLE,
    however, said: "C."`, `"C," said a visibly tired FULL, ROLE.`, `FULL, ROLE, said simply that C.`, `FULL,
    ROLE, also said C.`, `"C1," FULL, ROLE, said. "C2," SURNAME added firmly.`, `FULL, ROLE, had earlier told
    reporters that C.`, `Speaking afterwards, FULL, ROLE, said: "C."`; a second person's quotation after it.
    Key: the adverb changes nothing; the speaker's full name (never *visibly tired*), the title with its role
    noun and affiliation, on every quotation; never the other person."""
    for a, shape, m, r in sample(_combos(9), 250, "ho46-adv"):
        k, ra, rb, c, _day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        adv = _pick(ADVERBS46, k)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 1) + ",")
        between = _pick(BETWEEN46, k).replace("her", a.poss)
        who = f"{a.full}, {ra.after},"
        expects: list[Expect]
        if shape == 0:
            first, expects = f"{q1} {who} said {adv}.", [_d(q1, a, ta)]
        elif shape == 1:
            first, expects = f"{q1} {who} later said.", [_d(q1, a, ta)]
        elif shape == 2:
            first, expects = f"{who} {between}, said: {q1s}", [_d(q1s, a, ta)]
        elif shape == 3:
            first, expects = f"{q1} said a visibly tired {a.full}, {ra.after}.", [_d(q1, a, ta)]
        elif shape == 4:
            first, expects = f"{who} said simply that {c}.", []
        elif shape == 5:
            first, expects = f"{who} also said {c}.", []
        elif shape == 6:
            first = f"{q1} {who} said. {q2} {a.last} added {adv}."
            expects = [_d(q1, a, ta), _d(q2, a, ta)]
        elif shape == 7:
            first, expects = f"{who} had earlier told reporters that {c}.", []
        else:
            first, expects = f"Speaking afterwards, {who} said: {q1s}", [_d(q1s, a, ta)]
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(_nar(k) if r else "", first, b_line)
        if shape in (4, 5, 7):
            expects = [_that(text, c, a, ta)]
        yield _case(f"ho46-adv-{shape}", text, [*expects, b_exp], (a, b))


def credit_parentheticals() -> Iterator[Case]:
    """Parentheticals inside a credit: `FULL (pictured), ROLE, said: "C."`, `"C," FULL, AGE, ROLE, said.`,
    `"C," said Sen. FULL (D-Ore.).`, `"C," FULL, ROLE since 2019, said.`, `FULL, ROLE, and a mother of three,
    said C.`, `"C," said FULL, ROLE, in remarks first reported by the Ketterby Courier.`, `FULL, AGE, who is
    ROLE, said: "C."`, `Rep. FULL, R-Texas, said C.`, `"C," FULL (ROLE without its article) said.`; a second
    person's quotation after it. Key: the full name without the parenthetical, the age, the tag or the
    chamber; the title with its role noun and affiliation (`Sen.`/`Rep.`: the chamber); the newspaper never
    a speaker."""
    for a, shape, m, r in sample(_combos(9), 250, "ho46-par"):
        k, ra, rb, c, _day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta: TitleSpec = _title(ra)
        chamber, party, state = TAGS46[k % len(TAGS46)]
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        expects: list[Expect] = []
        if shape == 0:
            first = f"{a.full} (pictured), {ra.after}, said: {q1s}"
            expects = [_d(q1s, a, ta)]
        elif shape == 1:
            first, expects = f"{q1} {a.full}, {a.age}, {ra.after}, said.", [_d(q1, a, ta)]
        elif shape == 2:
            ta = Contains(chamber[:3])
            first, expects = f"{q1} said {chamber} {a.full} ({party}-{state}).", [_d(q1, a, ta)]
        elif shape == 3:
            first, expects = f"{q1} {a.full}, {ra.after} since 2019, said.", [_d(q1, a, ta)]
        elif shape == 4:
            first = f"{a.full}, {ra.after}, and a {a.kin('mother', 'father')} of three, said {c}."
        elif shape == 5:
            first = f"{q1} said {a.full}, {ra.after}, in remarks first reported by {PAPER46}."
            expects = [_d(q1, a, ta)]
        elif shape == 6:
            first, expects = f"{a.full}, {a.age}, who is {ra.after}, said: {q1s}", [_d(q1s, a, ta)]
        elif shape == 7:
            ta = Contains(chamber[:3])
            first = f"{chamber} {a.full}, {party}-{state}, said {c}."
        else:
            first, expects = f"{q1} {a.full} ({_bare(ra)}) said.", [_d(q1, a, ta)]
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(_nar(k) if r else "", first, b_line)
        if shape in (4, 7):
            expects = [_that(text, c, a, ta)]
        others = ("Ketterby Courier", PAPER46)
        yield _case(f"ho46-par-{shape}", text, [*expects, b_exp], (a, b), others)


def credit_phrases() -> Iterator[Case]:
    """Prepositional phrases inside a credit: `FULL, ROLE, said at a news conference in TOWN on DAY that C.`,
    `"C," FULL, ROLE, said by phone from TOWN.`, `"C," FULL, ROLE, told reporters outside the town hall on
    DAY.`, `In a statement on DAY, FULL, ROLE, said: "C."`, `At a meeting in TOWN on DAY night, FULL, ROLE,
    said C.`, `"C," FULL, ROLE, said in an email to the Ketterby Courier.`, `FULL, ROLE, said during a visit
    to TOWN on DAY: "C."`, `"C," FULL, ROLE, said after the vote, standing outside the council chamber.`,
    `FULL, ROLE, said by phone from TOWN on DAY that C.`; a second person's quotation after it. Key: no part
    of the phrase in the quotation or the name; the newspaper and the towns never speakers."""
    for a, shape, m, r in sample(_combos(9), 250, "ho46-php"):
        k, ra, rb, c, day, town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        direct = {
            1: f"{q1} {who} said by phone from {town}.",
            2: f"{q1} {who} told reporters outside the town hall on {day}.",
            3: f"In a statement on {day}, {who} said: {q1s}",
            5: f"{q1} {who} said in an email to {PAPER46}.",
            6: f"{who} said during a visit to {town} on {day}: {q1s}",
            7: f"{q1} {who} said after the vote, standing outside the council chamber.",
        }
        reports = {
            0: f"{who} said at a news conference in {town} on {day} that {c}.",
            4: f"At a meeting in {town} on {day} night, {who} said {c}.",
            8: f"{who} said by phone from {town} on {day} that {c}.",
        }
        first = direct.get(shape) or reports[shape]
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(_nar(k) if r else "", first, b_line)
        quote = q1s if shape in (3, 6) else q1
        expects = [_that(text, c, a, ta) if shape in reports else _d(quote, a, ta)]
        others = ("Ketterby Courier", PAPER46, town)
        yield _case(f"ho46-php-{shape}", text, [*expects, b_exp], (a, b), others)


# --- 2. tense, aspect, mood and voice of the cue ------------------------------------------------------------

#: Cue forms: the form, and whether it can stand after a quotation (`"C," FULL, ROLE, CUE.`).
_CUES = (
    ("said", True),
    ("says", True),
    ("has said", True),
    ("had said", True),
    ("told reporters", True),
    ("has told reporters", True),
    ("reportedly said", True),
    ("said again", True),
    ("repeated", True),
    ("added", True),
    ("has long said", True),
    ("is now saying", False),
    ("would later say", False),
    ("will tell the board on Monday", False),
    ("was quoted as saying", False),
    ("is quoted as saying", False),
    ("went on to say", False),
)

#: Negative cue forms a reader knows report nothing (controls).
_NEGATIVE = ("did not say", "has never said", "would not say")


def cue_tense() -> Iterator[Case]:
    """The cue in every tense, aspect, mood and voice: after the quotation (`"C," FULL, ROLE, has said.`,
    `... had said`, `... reportedly said`, `... said again`, `... repeated`, `... has long said`), before it
    (`FULL, ROLE, would later say: "C."`, `FULL, ROLE, was quoted as saying "C."`, `... will tell the board on
    Monday: "C."`, `... is now saying: "C."`) and with a reported clause (`FULL, ROLE, is quoted as saying
    that C.`, `... went on to say that C.`); a second person's quotation after it. Key: the same quotation,
    speaker and title whatever the form (a future or hypothetical-looking *would later say* or *will tell the
    board* still credits the words to the speaker). Controls: `FULL, ROLE, did not say that C.`, `has never
    said that C`, `would not say that C` report nothing (no quotation; only the second person's)."""
    pool = [
        (a, cue, form, m)
        for a in PEOPLE46
        for cue, post in (*_CUES, *((n, False) for n in _NEGATIVE))
        for form in ("post", "pre", "report")
        for m in MARKS46
        if (form != "post" or post) and (cue not in _NEGATIVE or form == "report")
    ]
    for a, cue, form, m in sample(pool, 250, "ho46-tense"):
        k = _k(PEOPLE46.index(a), [c for c, _ in _CUES].index(cue) if cue not in _NEGATIVE else 20, len(form))
        ra, rb = _roles(k)
        b = _other(a, k)
        ta = _title(ra)
        c = _cl(k)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        if form == "post":
            first = f"{q1} {who} {cue}."
        elif form == "pre":
            colon = "" if "quoted as" in cue else ":"
            first = f"{who} {cue}{colon} {q1s}"
        else:
            first = f"{who} {cue} that {c}."
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(first, b_line)
        expects: list[Expect]
        if cue in _NEGATIVE:
            expects = []
        elif form == "report":
            expects = [_that(text, c, a, ta)]
        else:
            expects = [_d(q1 if form == "post" else q1s, a, ta)]
        tag = "neg" if cue in _NEGATIVE else form
        yield _case(f"ho46-tense-{tag}", text, [*expects, b_exp], (a, b))


def cue_modality() -> Iterator[Case]:
    """Hedged and second-hand credits and the forms that credit nothing: `FULL, ROLE, was quoted by the
    Ketterby Courier as saying that C.`, `According to FULL, ROLE, C.`, `FULL, ROLE, is understood to have
    told the board that C.`, `FULL, ROLE, was heard to say: "C."`, `"C," FULL, ROLE, is said to have told
    colleagues.`; a second person's quotation after it. Key: the hedge keeps the words the speaker's (the
    newspaper never the speaker). Controls (no quotation of the first person; only the second person's):
    `FULL, ROLE, did not say whether C.`, `FULL, ROLE, declined to say whether C.`, `FULL, ROLE, never said
    that C.` (the writer says it was not said), `Nobody expects FULL, ROLE, to say that C.`, `FULL, ROLE, was
    asked on DAY whether C.` (a question put to the person, not an answer)."""
    for a, shape, m, r in sample(_combos(10), 250, "ho46-mod"):
        k, ra, rb, c, day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        sentences = (
            f"{who} was quoted by {PAPER46} as saying that {c}.",
            f"According to {who} {c}.",
            f"{who} is understood to have told the board that {c}.",
            f"{who} was heard to say: {q1s}",
            f"{q1} {who} is said to have told colleagues.",
            f"{who} did not say whether {c}.",
            f"{who} declined to say whether {c}.",
            f"{who} never said that {c}.",
            f"Nobody expects {who} to say that {c}.",
            f"{who} was asked on {day} whether {c}.",
        )
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(_nar(k) if r else "", sentences[shape], b_line)
        expects: list[Expect]
        if shape in (0, 2):
            expects = [_that(text, c, a, ta)]
        elif shape == 1:
            expects = [_i(c, a, ta)]
        elif shape == 3:
            expects = [_d(q1s, a, ta)]
        elif shape == 4:
            expects = [_d(q1, a, ta)]
        else:
            expects = []
        others = ("Ketterby Courier", PAPER46, "board")
        yield _case(f"ho46-mod-{shape}", text, [*expects, b_exp], (a, b), others)


# --- 3. the credit's position -------------------------------------------------------------------------------


def credit_position() -> Iterator[Case]:
    """The credit before, after and inside the quotation, and in a sentence or paragraph of its own: `FULL,
    ROLE, said: "C."`, `"C," FULL, ROLE, said.`, `"C1," FULL, ROLE, said, "and c2."`, `"C1," FULL, ROLE, said.
    "C2."`, `FULL, ROLE, did not mince words. "C."`, `Few were as blunt as FULL, ROLE. "C."`, `"C."` then
    `Those were the words of FULL, ROLE, on DAY.` in the next paragraph, `FULL, ROLE, said CLAUSE "X."`, `C,
    FULL, ROLE, said.` (a report before its credit), `FULL, ROLE, said on DAY:` then `"C."` in the next
    paragraph; a second person's quotation after it. Key: the same speaker and title wherever the credit
    stands; a split quotation as one quotation with its credit inside or as its two parts. Control: a lone
    quotation with nobody named anywhere (`"C."` then a narrative paragraph) is no one's."""
    for a, shape, m, r in sample(_combos(11), 250, "ho46-pos"):
        k, ra, rb, c, day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        expects: list[Expect] = []
        paras: list[str]
        if shape == 0:
            paras, expects = [f"{who} said: {q1s}"], [_d(q1s, a, ta)]
        elif shape == 1:
            paras, expects = [f"{q1} {who} said."], [_d(q1, a, ta)]
        elif shape == 2:
            paras = [f"{q1} {who} said, {m.q('and ' + _lc(_qt(k + 1)) + '.')}"]
        elif shape == 3:
            paras = [f"{q1} {who} said. {m.q(_qt(k + 1) + '.')}"]
        elif shape == 4:
            paras, expects = [f"{who} did not mince words. {q1s}"], [_d(q1s, a, ta)]
        elif shape == 5:
            paras, expects = [f"Few were as blunt as {a.full}, {ra.after}. {q1s}"], [_d(q1s, a, ta)]
        elif shape == 6:
            paras = [q1s, f"Those were the words of {a.full}, {ra.after}, on {day}."]
            expects = [_d(q1s, a, ta)]
        elif shape == 7:
            before, frag = MIXED46[k % len(MIXED46)]
            paras = [f"{who} said {before} {m.q(frag + '.')}"]
        elif shape == 8:
            paras = [f"{_cap(c)}, {who} said."]
            expects = []
        elif shape == 9:
            paras, expects = [f"{who} said on {day}:", q1s], [_d(q1s, a, ta)]
        else:
            text = _article(q1s, _nar(k), _nar(k + 1))
            yield _case("ho46-pos-control", text, [_d(q1s, None)], (a,))
            continue
        text = _article(*paras, b_line)
        if shape == 2:
            expects = _split(text, q1, m.q("and " + _lc(_qt(k + 1)) + "."), a, ta)
        elif shape == 3:
            expects = _split(text, q1, m.q(_qt(k + 1) + "."), a, ta)
        elif shape == 7:
            before, frag = MIXED46[k % len(MIXED46)]
            expects = [_mixed(text, f"{before} {m.q(frag + '.')}", a, ta)]
        elif shape == 8:
            expects = [_i(_cap(c), a, ta)]
        yield _case(f"ho46-pos-{shape}", text, [*expects, b_exp], (a, b))


# --- 4. distractors -----------------------------------------------------------------------------------------


def distractors_credit() -> Iterator[Case]:
    """Another person inside the credit: in a relative clause (`FULL, ROLE, who replaced OTHER in May, said:
    "C."`), as the addressee (`"C," FULL, ROLE, told OTHER, ROLE2, at the meeting.`, `FULL, ROLE, said in a
    letter to OTHER that C.`), as the subject of the reported clause (`FULL, ROLE, said OTHER had known about
    the problem for months.`, `... said OTHER would be asked to resign.`), in a possessive (`OTHER's deputy,
    FULL, said: "C."`), in a participle phrase (`FULL, ROLE, responding to criticism from OTHER, said:`,
    `Speaking alongside OTHER, ROLE2, FULL, ROLE, said:`), after the cue (`"C," FULL, ROLE, said after meeting
    OTHER on DAY.`) and in a fronted phrase (`Unlike OTHER, FULL, ROLE, said C.`). Key: the speaker is the
    subject of the cue, never OTHER (OTHER says nothing in these cases)."""
    for a, shape, m, r in sample(_combos(10), 268, "ho46-dcr"):
        k, ra, rb, c, day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta: TitleSpec = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        clause = c
        if shape == 0:
            first = f"{who} who replaced {b.full} in May, said: {q1s}"
        elif shape == 1:
            first = f"{q1} {who} told {b.full}, {rb.after}, at the meeting."
        elif shape == 2:
            clause = f"{b.full} had known about the problem for months"
            first = f"{who} said {clause}."
        elif shape == 3:
            ta = Contains("deputy")
            first = f"{_poss(b.full)} deputy, {a.full}, said: {q1s}"
        elif shape == 4:
            first = f"{who} said in a letter to {b.full} that {c}."
        elif shape == 5:
            first = f"{who} responding to criticism from {b.full}, said: {q1s}"
        elif shape == 6:
            first = f"{q1} {who} said after meeting {b.full} on {day}."
        elif shape == 7:
            first = f"Unlike {b.full}, {who} said {c}."
        elif shape == 8:
            first = f"Speaking alongside {b.full}, {rb.after}, {who} said: {q1s}"
        else:
            clause = f"{b.full} would be asked to resign"
            first = f"{who} said {clause}."
        text = _article(_nar(k) if r else "", first)
        if shape in (2, 4, 7, 9):
            expects = [_that(text, clause, a, ta)]
        elif shape in (1, 6):
            expects = [_d(q1, a, ta)]
        else:
            expects = [_d(q1s, a, ta)]
        yield _case(f"ho46-dcr-{shape}", text, expects, (a, b))


def distractors_context() -> Iterator[Case]:
    """Another person around the credit: named inside the quotation (`"OTHER has been saying the same thing
    for months," FULL, ROLE, said.`, `FULL, ROLE, said: "I spoke to OTHER on Friday and nothing has
    changed."`), in the sentence before (`OTHER, ROLE2, chaired the meeting on DAY. "C," FULL, ROLE, said.`,
    a paragraph before: `OTHER, ROLE2, was not at the meeting.`) or after (`... OTHER, ROLE2, left before the
    vote.`), speaking just before (`"C2," said OTHER, ROLE2.` then `"C," said FULL, ROLE.`), inside the
    speaker's report (`FULL, ROLE, said she had spoken to OTHER about the plan.`) and after the cue (`"C,"
    FULL, ROLE, said of OTHER.`, `... said, pointing to OTHER across the room.`). Key: each quotation its
    credited speaker's, never the person named in or beside it."""
    for a, shape, m, r in sample(_combos(9), 252, "ho46-dcx"):
        k, ra, rb, _c, day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta, tb = _title(ra), _title(rb)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        named_q = NAMING46[k % len(NAMING46)].format(other=b.full)
        who = f"{a.full}, {ra.after},"
        bfull = f"{b.full}, {rb.after},"
        expects: list[Expect]
        if shape == 0:
            qn = m.q(named_q + ",")
            paras, expects = [f"{qn} {who} said."], [_d(qn, a, ta)]
        elif shape == 1:
            qn = m.q(named_q + ".")
            paras, expects = [f"{who} said: {qn}"], [_d(qn, a, ta)]
        elif shape == 2:
            paras = [f"{bfull} chaired the meeting on {day}. {q1} {who} said."]
            expects = [_d(q1, a, ta)]
        elif shape == 3:
            paras = [f"{q1} {who} said. {bfull} left before the vote."]
            expects = [_d(q1, a, ta)]
        elif shape == 4:
            qb = m.q(_qt(k + 3) + ",")
            paras = [f"{qb} said {b.full}, {rb.after}.", f"{q1} said {a.full}, {ra.after}."]
            expects = [_d(qb, b, tb), _d(q1, a, ta)]
        elif shape == 5:
            clause = f"{a.pronoun} had spoken to {b.full} about the plan"
            text = _article(_nar(k), f"{who} said {clause}.")
            yield _case(f"ho46-dcx-{shape}", text, [_that(text, clause, a, ta)], (a, b))
            continue
        elif shape == 6:
            paras, expects = [f"{q1} {who} said of {b.full}."], [_d(q1, a, ta)]
        elif shape == 7:
            paras = [f"{bfull} was not at the meeting.", f"{who} said: {q1s}"]
            expects = [_d(q1s, a, ta)]
        else:
            paras = [f"{q1} {who} said, pointing to {b.full} across the room."]
            expects = [_d(q1, a, ta)]
        text = _article(_nar(k) if r else "", *paras)
        yield _case(f"ho46-dcx-{shape}", text, expects, (a, b))


# --- 5. second references -----------------------------------------------------------------------------------


def second_references() -> Iterator[Case]:
    """Later references that keep the speaker: `FULL, AGE, ROLE, said C1.`, then a person of the other gender
    quoted (`"C," said OTHER, ROLE2.`) and a narrative sentence, then the first back by surname (`"C2,"
    SURNAME said.`, `"C2," SURNAME told reporters.`, `SURNAME added that C2.`, `According to SURNAME, C2.`),
    honorific (`"C2," Ms. SURNAME said.`), pronoun (`"C2," she said.`, `She added: "C2."`), role noun (`"C2,"
    the economist said.`, `"C2," said the economist.`) or age (`"C2," the 47-year-old said.`). Key: every
    quotation the first person's full name with the title of the introduction, never the other's."""
    for a, shape, m, r in sample(_combos(10), 250, "ho46-ref"):
        k, ra, rb, c, _day, _town = _slots(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        if b.age == a.age:
            b = _other(a, k + 1, gender=_opp(a))
        ta = _title(ra)
        c2 = _cl(k + 3)
        q2, q2s = m.q(_qt(k + 1) + ","), m.q(_qt(k + 1) + ".")
        last = (
            f"{q2} {a.last} said.",
            f"{q2} {_hon(a)} {a.last} said.",
            f"{q2} {a.pronoun} said.",
            f"{q2} {ra.short} said.",
            f"{q2} the {a.age}-year-old said.",
            f"{_cap(a.last)} added that {c2}.",
            f"According to {a.last}, {c2}.",
            f"{q2} {a.last} told reporters.",
            f"{_cap(a.pronoun)} added: {q2s}",
            f"{q2} said {ra.short}.",
        )[shape]
        b_line, b_exp = _b_line(b, rb, m, k + 4)
        text = _article(f"{a.full}, {a.age}, {ra.after}, said {c}.", b_line, _nar(k) if r else "", last)
        expects = [_that(text, c, a, ta), b_exp]
        if shape == 5:
            expects.append(_that(text, c2, a, ta))
        elif shape == 6:
            expects.append(_i(c2, a, ta))
        else:
            expects.append(_d(q2s if shape == 8 else q2, a, ta))
        yield _case(f"ho46-ref-{shape}", text, expects, (a, b))


def gender_pronouns() -> Iterator[Case]:
    """A pronoun that only one of two people can take: of different genders (`A, ROLE, and B, ROLE2, both
    spoke at the meeting. "C," she said.`, `B, ROLE2, introduced A, ROLE. "C," she said.`, `"C2," said B.
    A disagreed. "C," she said.`, `"C," she told him.`, `She told him that C.`, a paragraph of B between
    A's quotation and `"C3," she said.`) or of the same gender where only one spoke (`B left before the vote.
    A stayed to the end. "C," she said.`, `A spoke for twenty minutes; B did not speak at all.`, `B declined
    to comment. "C," A said. "C2," she added.`). Key: the pronoun's person by full name and title, never
    the other."""
    for a, shape, m, r in sample(_combos(9), 252, "ho46-gen"):
        k, ra, rb, c, day, _town = _slots(a, shape, r)
        same = shape in (3, 7, 8)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        ta, tb = _title(ra), _title(rb)
        q1, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 1) + ",")
        qb = m.q(_qt(k + 3) + ",")
        pa = a.pronoun
        wa, wb = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        expects: list[Expect] = [_d(q1, a, ta)]
        if shape == 0:
            paras = [f"{wa} and {wb} both spoke at the meeting. {q1} {pa} said."]
        elif shape == 1:
            paras = [f"{wb} introduced {a.full}, {ra.after}. {q1} {pa} said."]
        elif shape == 2:
            paras = [f"{qb} said {b.full}, {rb.after}. {wa} disagreed. {q1} {pa} said."]
            expects.append(_d(qb, b, tb))
        elif shape == 3:
            paras = [f"{wb} left before the vote. {wa} stayed to the end. {q1} {pa} said."]
        elif shape == 4:
            paras = [f"{wa} and {wb} spoke by phone on {day}. {q1} {pa} told {b.obj}."]
        elif shape == 5:
            paras = [f"{wb} spoke to {a.full}, {ra.after}, on {day}. {_cap(pa)} told {b.obj} that {c}."]
        elif shape == 6:
            paras = [
                f"{q1} said {a.full}, {ra.after}.",
                f"{wb} was less sure. {qb} {b.pronoun} said.",
                f"{q2} {pa} said.",
            ]
            expects += [_d(qb, b, tb), _d(q2, a, ta)]
        elif shape == 7:
            paras = [f"{wa} spoke for twenty minutes; {wb} did not speak at all. {q1} {pa} said."]
        else:
            paras = [f"{wb} declined to comment. {q1} {wa} said. {q2} {pa} added."]
            expects.append(_d(q2, a, ta))
        text = _article(_nar(k) if r else "", *paras)
        if shape == 5:
            expects = [_that(text, c, a, ta)]
        yield _case(f"ho46-gen-{shape}", text, expects, (a, b))


# --- 6. typography ------------------------------------------------------------------------------------------


def typography_marks() -> Iterator[Case]:
    """What an editor's system does to marks and spaces: contractions with straight or curly apostrophes
    inside straight or curly marks, a no-break space inside the name (`Maja\u00a0Ekholm`, `Ms.\u00a0Ekholm`),
    spaced and closed em dashes and spaced en dashes around the title (`FULL \u2014 ROLE \u2014 said:`,
    `FULL\u2014ROLE\u2014said.`), an ellipsis inside the quotation (`...` or `\u2026`), double spaces
    after commas and stops, a question or exclamation before the credit (`"Who is going to pay?" FULL, ROLE,
    asked.`), single marks nested inside double ones, paragraphs separated by CRLF; a second person's
    quotation after it. Key: the content exactly as written (marks included), the speaker and title as
    without the perturbation. Control: a scare term in marks in a narrative sentence (`The so-called "rescue"
    package was announced in May.`) is no quotation."""
    for a, shape, m, r in sample(_combos(11), 250, "ho46-tym"):
        k, ra, rb, c, _day, _town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 1) + ",")
        who = f"{a.full}, {ra.after},"
        sep = "\n\n"
        expects: list[Expect] = []
        if shape == 0:
            con = CONTRACTED46[k % len(CONTRACTED46)]
            con = con.replace("'", "\u2019") if r else con
            qc = m.q(con + ",")
            first, expects = f"{qc} {who} said.", [_d(qc, a, ta)]
        elif shape == 1:
            cut = a.full.rindex(" ")
            nb = f"{a.full[:cut]}\u00a0{a.full[cut + 1 :]}"
            first = f"{q1} {nb}, {ra.after}, said. {q2} {_hon(a)}\u00a0{a.last} added."
            expects = [_d(q1, a, ta), _d(q2, a, ta)]
        elif shape == 2:
            first, expects = f"{a.full} \u2014 {ra.after} \u2014 said: {q1s}", [_d(q1s, a, ta)]
        elif shape == 3:
            first, expects = f"{q1} {a.full}\u2014{ra.after}\u2014said.", [_d(q1, a, ta)]
        elif shape == 4:
            first = f"{a.full} \u2013 {ra.after} \u2013 said {c}."
        elif shape == 5:
            dots = "\u2026" if r else "..."
            qe = m.q(f"{_qt(k)}{dots} {_lc(_qt(k + 1))},")
            first, expects = f"{qe} {who} said.", [_d(qe, a, ta)]
        elif shape == 6:
            first = f"{q1}  {a.full},  {ra.after},  said.  {q2}  {a.last} added."
            expects = [_d(q1, a, ta), _d(q2, a, ta)]
        elif shape == 7:
            question = QUESTIONS46[k % len(QUESTIONS46)]
            cue = "said" if question.endswith("!") else "asked"
            qq = m.q(question)
            first, expects = f"{qq} {who} {cue}.", [_d(qq, a, ta)]
        elif shape == 8:
            inner = "\u2018rescue\u2019" if _curly(m) else "'rescue'"
            qn = m.q(f"They keep calling it a {inner} package but nobody has been rescued,")
            first, expects = f"{qn} {who} said.", [_d(qn, a, ta)]
        elif shape == 9:
            first = f"{q1} {who} said.\r\n\r\n{q2} {a.pronoun} added."
            expects = [_d(q1, a, ta), _d(q2, a, ta)]
            sep = "\r\n\r\n"
        else:
            scare = m.q("rescue")
            first = f"The so-called {scare} package was announced in May. {q1} {who} said."
            expects = [_d(q1, a, ta)]
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(first, b_line, sep=sep)
        if shape == 4:
            expects = [_that(text, c, a, ta)]
        yield _case(f"ho46-tym-{shape}", text, [*expects, b_exp], (a, b))


def typography_breaks() -> Iterator[Case]:
    """Lines and paragraphs an editor's system produces: an ALL-CAPS byline and dateline before the lede
    (`By HARRIET QUAYLE` / `KETTERBY, Tuesday \u2014 "C," FULL, ROLE, said.`), an agency dateline (`CORVELL
    (Tidings News) \u2014 FULL, ROLE, said on DAY that C.`, `CORVELL -- "C," ...`), an ALL-CAPS headline
    (`FERRY CUTS LOOM FOR ISLANDERS`), a line break inside a long quotation, a long quotation over two
    paragraphs continued with an opening mark (`FULL, ROLE, said: "C1.` / `"C2."`), a credit that ends its
    paragraph with a colon (`FULL, ROLE, said on DAY:` / `"C."`), and a paragraph hard-wrapped at sixty
    columns; a second person's quotation after it. Key: the staff, the agency and the dateline in no
    quotation and no speaker; a quotation over two paragraphs as one quotation or as its two paragraphs."""
    for a, shape, m, r in sample(_combos(9), 250, "ho46-tyb"):
        k, ra, rb, c, day, town = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 1) + ",")
        who = f"{a.full}, {ra.after},"
        staff = _pick(STAFF46, k)
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        forbidden: tuple[str, ...] = ()
        expects: list[Expect] = []
        if shape == 0:
            text = _article(f"By {staff.upper()}", f"{town.upper()}, {day} \u2014 {q1} {who} said.", b_line)
            expects, forbidden = [_d(q1, a, ta)], (staff.upper(), town.upper())
        elif shape == 1:
            text = _article(f"{town.upper()} ({SERVICE46}) \u2014 {who} said on {day} that {c}.", b_line)
            expects, forbidden = [_that(text, c, a, ta)], (town.upper(), SERVICE46)
        elif shape == 2:
            text = _article(_pick(HEADLINES46, k), f"{who} said: {q1s}", b_line)
            expects, forbidden = [_d(q1s, a, ta)], (_pick(HEADLINES46, k),)
        elif shape == 3:
            ql = m.q(f"{_qt(k)}.\n{_qt(k + 1)},")
            text = _article(f"{ql} {who} said.", b_line)
            expects = [_d(ql, a, ta)]
        elif shape == 4:
            p1, p2 = f"{m.open}{_qt(k)}.", m.q(_qt(k + 1) + ".")
            text = _article(f"{who} said: {p1}", p2, b_line)
            expects = _alts(text, [_d(_span(text, p1, p2), a, ta)], [_d(p1, a, ta), _d(p2, a, ta)])
        elif shape == 5:
            text = _article(f"{who} said on {day}:", q1s, b_line)
            expects = [_d(q1s, a, ta)]
        elif shape == 6:
            para = f"{q1} said {a.full}, {ra.after}, on {day}. {q2} {a.pronoun} added."
            text = _article(textwrap.fill(para, 60), textwrap.fill(b_line, 60))
            expects = [_d(_ws(text, q1), a, ta), _d(_ws(text, q2), a, ta)]
            b_exp = _d(_ws(text, b_exp.content), b, _title(rb))
        elif shape == 7:
            text = _article(
                f"By {staff} | {SERVICE46}",
                f"{town.upper()}, {day} \u2014 {who} told reporters: {q1s}",
                b_line,
            )
            expects, forbidden = [_d(q1s, a, ta)], (staff, town.upper())
        else:
            text = _article(f"{town.upper()} -- {q1} {who} said on {day}.", b_line)
            expects, forbidden = [_d(q1, a, ta)], (town.upper(),)
        others = (staff, SERVICE46, town)
        yield _case(f"ho46-tyb-{shape}", text, [*expects, b_exp], (a, b), others, forbidden=forbidden)


# --- 7. name shapes -----------------------------------------------------------------------------------------


def name_shapes() -> Iterator[Case]:
    """Names that must be kept whole (particles *de la*, *von*, *van der*, *al-*, *bin*, *El-*, *Mac*;
    hyphens; an apostrophe, curled with curly marks; initials `K.S.`; `Jr.` and `III`; family name first;
    single names; surnames that are common words): `"C1," said FULL, ROLE.` then `"C2," SURNAME said.`,
    `FULL, ROLE, said C1.` then `SURNAME added: "C2."` (a capital particle at a sentence's start: `De la
    Fuente`), `According to FULL, ROLE, C1.` then `"C2," SURNAME told reporters.`, a split quotation then
    `SURNAME's reply was blunt: "C2."`, `Ms. SURNAME said C2.`, `ROLE (capitalised), FULL, said C1.`; a
    second person's quotation after it. Key: the full name as the article writes it (straight or curly
    apostrophe), never a part of it or the name with the cue, on every quotation; the title of the
    introduction."""
    pool = itertools.product(range(len(SHAPES46)), range(6), MARKS46, range(2))
    for i, shape, m, r in sample(pool, 250, "ho46-names"):
        a0, initial = SHAPES46[i]
        full, last = a0.full, a0.last
        if _curly(m):
            full, last, initial = (x.replace("'", "\u2019") for x in (full, last, initial))
        spec = (a0.full, full)
        k = _k(i, shape, r)
        ra, rb = _roles(k)
        ta = _title(ra)
        b = _other(a0, k)
        c1, c2 = _cl(k), _cl(k + 2)
        q1, q2, q2s = m.q(_qt(k) + ","), m.q(_qt(k + 1) + ","), m.q(_qt(k + 1) + ".")
        who = f"{full}, {ra.after},"
        expects: list[Expect] = []
        if shape == 0:
            paras = [f"{q1} said {full}, {ra.after}.", f"{q2} {last} said."]
        elif shape == 1:
            paras = [f"{who} said {c1}.", f"{initial} added: {q2s}"]
        elif shape == 2:
            paras = [f"According to {who} {c1}.", f"{q2} {last} told reporters."]
        elif shape == 3:
            q1b = m.q(_qt(k + 4) + ".")
            paras = [f"{q1} {who} said. {q1b}", f"{_poss(initial)} reply was blunt: {q2s}"]
        elif shape == 4:
            paras = [f"{q1} said {full}, {ra.after}.", f"{_hon(a0)} {last} said {c2}."]
        else:
            paras = [f"{_cap(ra.after)}, {full}, said {c1}.", f"{q2} {last} said."]
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(*paras, b_line)
        if shape == 0:
            expects = [_d(q1, spec, ta), _d(q2, spec, ta)]
        elif shape == 1:
            expects = [_that(text, c1, spec, ta), _d(q2s, spec, ta)]
        elif shape == 2:
            expects = [_i(c1, spec, ta), _d(q2, spec, ta)]
        elif shape == 3:
            expects = [*_split(text, q1, m.q(_qt(k + 4) + "."), spec, ta), _d(q2s, spec, ta)]
        elif shape == 4:
            expects = [_d(q1, spec, ta), _that(text, c2, spec, ta)]
        else:
            expects = [_that(text, c1, spec, ta), _d(q2, spec, ta)]
        wrong = [*_wrong([*expects, b_exp], (b,)), *((e.content, last) for e in expects if last != full)]
        wrong += [(b_exp.content, full)]
        yield Case("", f"ho46-names-{shape}", text, [*expects, b_exp], wrong_speakers=wrong)


# --- 8. title shapes ----------------------------------------------------------------------------------------


def title_shapes() -> Iterator[Case]:
    """Titles that must be kept whole with their affiliation: a pre-title with a country (`Valdorian Deputy
    Finance Minister FULL said C.`, `"C," said Korvenian Foreign Minister FULL.`), chains of `of`/`at`/`for`
    after the name (`FULL, head of research at the Institute for Coastal Studies at Wrenfield University`),
    two roles (`the founder of Brightfen Seeds and chair of the Dunmore Valley Growers' Union`), former,
    acting and interim titles, a title given only in an earlier sentence (`FULL was named ROLE in March.
    "C," she said.`), a title before the name with commas (`The mayor of Ketterby, FULL, said C.`), a
    capitalised title before the name (`Varden Bank chief economist FULL said:`) and a post held in a relative
    clause (`FULL, who chairs the Ketterby planning committee, said:`); a second person's quotation after it.
    Key: the title holds its role noun, its modifier (*former*, *acting*, *interim*, *deputy*) and its
    affiliation (the country's name inside its adjective), the name never a title word."""
    for a, shape, m, r in sample(_combos(10), 250, "ho46-ttl"):
        k, ra, rb, c, _day, town = _slots(a, shape, r)
        b = _other(a, k)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        adj, pre, pre_parts = PRETITLES46[k % len(PRETITLES46)]
        chain, chain_parts = CHAINS46[k % len(CHAINS46)]
        two, two_parts = TWO_ROLES46[k % len(TWO_ROLES46)]
        temporal, temporal_parts = TEMPORAL46[k % len(TEMPORAL46)]
        report = False
        ta: TitleSpec
        if shape == 0:
            first, ta, report = f"{adj} {pre} {a.full} said {c}.", Contains(pre_parts), True
        elif shape == 1:
            first, ta = f"{q1} said {a.full}, {chain}.", Contains(chain_parts)
        elif shape == 2:
            first, ta = f"{a.full}, {two}, said: {q1s}", Contains(two_parts)
        elif shape == 3:
            first, ta = f"{q1} {a.full}, {temporal}, said.", Contains(temporal_parts)
        elif shape == 4:
            first, ta = f"{a.full} was named {ra.after} in March. {q1} {a.pronoun} said.", _title(ra)
        elif shape == 5:
            first, ta, report = f"{_cap(ra.after)}, {a.full}, said {c}.", _title(ra), True
        elif shape == 6:
            first, ta = f"{ra.before} {a.full} said: {q1s}", _title(ra)
        elif shape == 7:
            first = f"{a.full}, who chairs the {town} planning committee, said: {q1s}"
            ta = Contains(("chair", "planning committee"))
        elif shape == 8:
            first, ta = f"{q1} said {adj} {pre} {a.full}.", Contains(pre_parts)
        else:
            first, ta, report = f"{a.full}, {temporal}, said {c}.", Contains(temporal_parts), True
        b_line, b_exp = _b_line(b, rb, m, k + 3)
        text = _article(_nar(k) if r else "", first, b_line)
        quote = q1s if shape in (2, 6, 7) else q1
        expects = [_that(text, c, a, ta) if report else _d(quote, a, ta)]
        yield _case(f"ho46-ttl-{shape}", text, [*expects, b_exp], (a, b))


# --- 9. directional: who speaks changes with the roles ------------------------------------------------------


def directional_roles() -> Iterator[Case]:
    """Directional perturbations: the same two people with their roles swapped between cases, so the speaker
    changes in a known way: `"C," S, ROLE, told O, ROLE2.`, `O, ROLE2, was told by S, ROLE, that C.`
    (passive), `S, ROLE, said of O: "C."`, `S, ROLE, replied to O: "C."`, `S, ROLE, quoted O, ROLE2, as saying
    "C."` (the words are O's), `In a letter to O, ROLE2, S, ROLE, wrote: "C."`, `O, ROLE2, put a question to
    S, ROLE. "C," SURNAME_S replied.`, `"C," S, ROLE, said in reply to O.`, `O, ROLE2, was criticised by S,
    ROLE, who said that C.`. Key: the speaker is S (O for *quoted O as saying*), with S's title; never the
    other."""
    for a, shape, m, r in sample(_combos(9), 254, "ho46-dir"):
        k, ra, rb, c, _day, _town = _slots(a, shape, r)
        b = _other(a, k)
        s, o, rs, ro = (a, b, ra, rb) if r == 0 else (b, a, rb, ra)
        ts, to = _title(rs), _title(ro)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        ws, wo = f"{s.full}, {rs.after},", f"{o.full}, {ro.after},"
        speaker, title = s, ts
        if shape == 0:
            first = f"{q1} {ws} told {o.full}, {ro.after}."
        elif shape == 1:
            first = f"{wo} was told by {ws} that {c}."
        elif shape == 2:
            first = f"{ws} said of {o.full}: {q1s}"
        elif shape == 3:
            first = f"{ws} replied to {o.full}: {q1s}"
        elif shape == 4:
            first = f"{ws} quoted {wo} as saying {q1s}"
            speaker, title = o, to
        elif shape == 5:
            first = f"In a letter to {wo} {ws} wrote: {q1s}"
        elif shape == 6:
            first = f"{wo} put a question to {s.full}, {rs.after}. {q1} {s.last} replied."
        elif shape == 7:
            first = f"{q1} {ws} said in reply to {o.full}."
        else:
            first = f"{wo} was criticised by {ws} who said that {c}."
        text = _article(_nar(k) if shape % 2 else "", first)
        if shape in (1, 8):
            expects = [_that(text, c, speaker, title)]
        elif shape in (0, 6, 7):
            expects = [_d(q1, speaker, title)]
        else:
            expects = [_d(q1s, speaker, title)]
        yield _case(f"ho46-dir-{shape}", text, expects, (a, b))


HELD_OUT_46 = (
    _named("credit_adverbs", "1", "NAME, ROLE, said quietly; however; a visibly tired NAME", credit_adverbs),
    _named(
        "credit_parentheticals",
        "6",
        "NAME (pictured); NAME, 61, ROLE; Sen. NAME (D-Ore.)",
        credit_parentheticals,
    ),
    _named("credit_phrases", "1", "said by phone from TOWN; in a statement on DAY", credit_phrases),
    _named("cue_tense", "1", "has said / had said / would later say / was quoted as saying", cue_tense),
    _named("cue_modality", "1", "is understood to have said; did not say whether (controls)", cue_modality),
    _named(
        "credit_position",
        "3",
        "credit before, after, inside, in its own sentence or paragraph",
        credit_position,
    ),
    _named(
        "distractors_credit", "4", "NAME, who replaced OTHER, said; OTHER's deputy, NAME", distractors_credit
    ),
    _named("distractors_context", "4", "OTHER named in the quotation or beside it", distractors_context),
    _named("second_references", "4", "surname, honorific, pronoun, role noun, age", second_references),
    _named("gender_pronouns", "4", "a pronoun only one of two people can take", gender_pronouns),
    _named("typography_marks", "8", "curly apostrophes, no-break spaces, dashes, ellipses", typography_marks),
    _named(
        "typography_breaks",
        "7",
        "ALL-CAPS bylines, datelines, hard wraps, continued paragraphs",
        typography_breaks,
    ),
    _named("name_shapes", "5", "de la Fuente, al-Mazrouei, K.S. Raghavendra, Wang Xiulan, Jr.", name_shapes),
    _named("title_shapes", "6", "Valdorian Deputy Finance Minister; former; two roles", title_shapes),
    _named("directional_roles", "4", "told / was told by / quoted O as saying", directional_roles),
)
