"""Eightieth held-out round: capabilities written at commit ``2c4496dc`` by a helper (``hcap86``) who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout80data.py``: thirty invented spokespeople, mayors, party
and union leaders, executives, police chiefs, forecasters, economists and correspondents of Norwegian,
Marathi, Igbo, Italian, Swedish, Irish, Yoruba, Japanese, French, Dutch, Lebanese, Scottish, Australian,
Polish, Portuguese, Danish, American, Ghanaian, Mexican, German, English and Tamil origin, each with a gender
and an age; ten posts with their bodies; bodies that issue statements, some of one word; documents; outlets;
places; time stamps, header lines, bullet characters; show titles, nicknames, slogans and scare terms in
marks; quotations, headline quotations, reported clauses, pointed fragments, split quotations, narrative lines
and key facts) as a round of LIVE BLOGS, ROUNDUPS AND TIMESTAMPED UPDATES as a live desk writes them: every
case is a short passage (one to five sentences or entries, or a short live page of four entries) with one to
three people, and every quotation checks the content (the marks and the words inside them for a direct
quotation; the reported clause, with or without its *that*, for an indirect one; the clause with its marked
fragment, or the fragment alone, for a mixed one), the kind, the canonical full name and, whenever the text
states one, the title with `Contains` of the role noun and each affiliation stated, with `wrong_speakers` for
every other person, body, outlet, place and document in the passage, and for the words of a time stamp (*BST*,
*GMT*, *ET*, *Update*) and the labels of the page (*Correction*, *Clarification*, *Key quotes*, *Key*,
*Reaction*, *Summary*, *us*).

Conventions: a time stamp, a header line and a bullet character are layout, not part of a quotation or a
speaker: an entry opened by one is read as the sentence after it. A header of the form `SURNAME: "Q"` credits
the quotation to the person the entry names by that surname (the full name), with any title. A line of a "Key
quotes" list under an entry that names one speaker (`Key quotes from SURNAME:`, `FULL ... has been speaking.
Key quotes:`) is that speaker's quotation; a line that opens with its own `FULL:` or `On TOPIC:` keeps its own
speaker or the entry's. A roundup line `FULL, POST: "Q"`, `FULL (POST): "Q"` or `"Q" — FULL, POST` is FULL's
with POST. An embedded post `"Q" — FULL (@handle) DATE` and `FULL (@handle) posted:` are FULL's; a handle is
not a name the key checks. A statement, a post on a body's account and a document speak for the body or
document. The blog's own voice (*We are hearing that C*, *We understand that C*, *We earlier reported that C*)
is a report with no speaker or with *we* as its speaker, or none, never a person or body of the passage; an
unnamed *our correspondent at PLACE reports that C* gives no speaker or the description; a named correspondent
(`Our correspondent FULL reports`, `Our political editor, FULL, says:`) is FULL with the role noun. A relative
clause (*who is at PLACE for us*, *whose campaign slogan is*) states no title, so the title is not checked
there. A correction or clarification line that reports nobody (*An earlier version misspelled ...*, *This
entry was updated to include ...*) is no quotation; a line that says a quotation *was wrongly attributed to
OTHER* never makes OTHER its speaker; a correction that states the speaker's post (*PRONOUN is POST*) gives
the title. Show titles, nicknames, slogans on placards and scare terms in marks are no quotation; placard
words may come out as a quotation with no speaker. *NAME is due to speak* is tolerated as a report with no
speaker or NAME's, and *declined to comment* as NAME's report or none. *NAME said C, according to a transcript
released by BODY* may come out as NAME's report of C or as the transcript's (or BODY's) report of the whole
sentence. A split quotation may come out as two quotations or as one span with its credit inside.

Key fixes after the one run (no case weakened): the page's labels a speaker must never be were listed as
*Key quotes* only, while quotex names a speaker *Key* (from *Key quotes:*) and *Reaction* (from *Reaction so
far:*); *Key*, *Reaction* and *Summary* are now among the names no quotation may be given to. This adds checks
and changes no expected quotation; the cases it touches failed already on their speaker. No expected offset,
title or text was found wrong.

1. time-stamped entries: `STAMP FULL, POST, said:`, `STAMP "C," said FULL, POST.`, `STAMP POST FULL told
   reporters that`, `told OUTLET`, a stamp on its own line, two entries with two people, open cue verbs,
   `Speaking at PLACE a few minutes ago,`, `has insisted that`, `wrote on social media`
   (`timestamped_entries`);
2. header lines: a header then a colon credit, a header then an inverted credit, `SURNAME: "Q"` as the header,
   a header asking a question, `BREAKING:` then a body's statement, a header naming another person, a header
   with a single line break, a summary that reports nothing (`entry_headers`);
3. bullet lines opened by a dash or a bullet: reports, inverted credits, a colon credit with a title before
   the name, `According to`, a mixed `called X "F"`, a body and a decliner (`bullet_lines`);
4. "Key quotes" lists: under a speaker's entry, `Key quotes from POSS speech:`, a header line alone, `On
   TOPIC:` lines, two speakers each with `FULL:`, the quoted person beside a questioner, a key-facts list that
   reports nothing (`key_quotes`);
5. reaction roundups: `Here is how leaders reacted:` then one line per person (`FULL, POST, said:`, `FULL
   (POST):`, `POST FULL:`, `called X "F"`, three people, `tweeted:`, `"Q" — FULL, POST`, a body's line)
   (`reaction_roundups`);
6. speakers carried across entries: by surname, by pronoun, past another person, by gender with two people,
   `More from SURNAME:`, `has started speaking` then words, a four-entry page (`carried_speakers`);
7. embedded posts: `FULL (@handle) posted:`, `In a post on X, FULL, POST, wrote:`, `"Q" — FULL (@handle)
   DATE`, `POST FULL tweeted:`, a body's account, `replied to OTHER`, `shared a post from BODY and added:`,
   `In POSS latest post, SURNAME said`, `posted that` (`embedded_posts`);
8. corrections and clarifications appended to an entry: a misspelling, `wrongly attributed to OTHER`, a body's
   clarification, `Update: FULL has since said`, an update note, the blog's retraction, a title corrected
   (`corrections`);
9. the blog's own voice: `We are hearing that`, `Our correspondent FULL reports that`, `Our political editor,
   FULL, says:`, an unnamed correspondent, `We have asked BODY for comment`, a desk note, `has told us that`,
   `Speaking to us`, `We understand that`, `sends this update:` (`blog_voice`);
10. pronouns across people of both and of the same gender, within an entry and across entries (`pronouns`);
11. second references: `the ROLE added`, surname after a second person, a role across entries, two roles, a
    surname after a title, the age, `Ms/Mr SURNAME` (`second_refs`);
12. split quotations in entries: with a stamp, inverted, by surname, present tense, with an outlet inside, by
    pronoun past another person, by role, `quipped` (`split_quotes`);
13. indirect and mixed reports with open cue verbs: `insisted`, `warned`, `conceded`..., without *that*,
    `According to`, a fronted clause, `told OUTLET that`, two clauses, `said X was "F"`, `called X "F"`,
    `described X as "F"`, `C, according to FULL.` (`indirect_cues`);
14. bodies and documents: `said in a statement that`, `"C," BODY said in a statement.`, `A statement from BODY
    read:`, `posted on its website`, a body then its spokesperson, `The DOC found that`, `has confirmed that`,
    `according to a transcript released by BODY`, `posted on social media:`, `the statement said`
    (`bodies_documents`);
15. controls: a show title, a nickname, placards, a scare term, narrative entries, *declined to comment*, a
    desk note, one real quotation beside a campaign slogan, a trending phrase, a key-events list (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout80data import (
    ALLMARKS80,
    BODIES80,
    BODYQUOTES80,
    BULLETS80,
    CLAUSES80,
    DOCS80,
    FACTS80,
    FRAGS80,
    HEADERS80,
    HEADQUOTES80,
    MARKS80,
    NARRATIVE80,
    NICKS80,
    OUTLETS80,
    PEOPLE80,
    PLACES80,
    POSTS80,
    QUOTES80,
    SCARE80,
    SHOWS80,
    SLOGANS80,
    SPLITS80,
    STAMPLINES80,
    STAMPS80,
    STAMPSEQS80,
    STAMPWORDS80,
    TOPICS80,
    Post80,
)
from heldout_kit import (
    Mark,
    Person,
    keyed_case,
    mixed_report,
    one_of,
    other_person,
    tolerate,
)
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import names as _nm
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _r
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that
from heldout_kit import unnamed_source as _anon

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec

#: Labels of the page and words of a stamp: never a speaker.
PAGEWORDS80 = (*STAMPWORDS80, "Correction", "Clarification", "Key quotes", "Key", "Reaction", "Summary", "us")


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
    page: Sequence[str] = PAGEWORDS80,
) -> Case:
    names = [o for o in others if o] + list(page)
    return keyed_case(template, text, ex, people, names, forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE80, p, step, gender=gender, avoid=avoid)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return mixed_report(text, clause, _nm(who), title)  # (any kind of speaker: the helper's own key)


def _t(p: Post80) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _seq(n: int) -> tuple[str, ...]:
    """Four time stamps in order, for a page of several entries."""
    return STAMPSEQS80[n % len(STAMPSEQS80)]


def _bq(n: int) -> str:
    return BODYQUOTES80[n % len(BODYQUOTES80)]


def _qt(n: int) -> str:
    return QUOTES80[n % len(QUOTES80)]


def _cl(n: int) -> str:
    return CLAUSES80[n % len(CLAUSES80)]


def _post(n: int) -> Post80:
    return POSTS80[n % len(POSTS80)]


def _post2(n: int, taken: Post80) -> Post80:
    """A second post whose short reference and body differ from *taken*'s."""
    for step in range(len(POSTS80)):
        p = POSTS80[(n + 3 + step) % len(POSTS80)]
        if p.short != taken.short and p.body != taken.body:
            return p
    raise ValueError("no second post")


def _body(n: int) -> tuple[str, tuple[str, ...]]:
    return BODIES80[n % len(BODIES80)]


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Treasury`, `Harbourline`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _bare(body: str) -> str:
    return body[4:] if body.startswith(("The ", "the ")) else body


def _handle(p: Person) -> str:
    return "@" + p.full.replace(" ", "").replace("-", "")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout80.{name}", "heldout80", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS80, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE80, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE80.index(p), shape, r)


def _lines(*lines: str) -> str:
    """Lines of a list, one a line."""
    return "\n".join(lines)


CUES80 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "argued",
    "confirmed",
    "admitted",
    "maintained",
    "claimed",
    "announced",
)


# --- 1. time-stamped entries --------------------------------------------------------------------------------


def timestamped_entries() -> Iterator[Case]:
    """`STAMP FULL, POST, said: "C."`, `STAMP "C," said FULL, POST.`, `STAMP POST FULL told reporters that
    C.`, `STAMP "C," FULL told OUTLET.`, a stamp on its own line then `FULL, POST, has just finished speaking.
    "C," PRONOUN said.`, two entries with two people, `STAMP FULL CUE that C.`, `STAMP Speaking at PLACE a few
    minutes ago, FULL, POST, said: "C."`, `STAMP FULL has insisted that C.`, `STAMP "C," FULL wrote on social
    media.` Key: FULL's (with POST), the stamp's words, the outlet, the place and the body never."""
    for a, shape, m, r in sample(_combos(10), 240, "ho80-stamps"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        st = _pick(STAMPS80, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        outlet, place = _pick(OUTLETS80, k), _pick(PLACES80, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet, place]
        if shape == 0:
            text = f"{st} {a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{st} {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{st} {p.b(a)} {a.full} told reporters that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"{st} {q} {a.full} told {outlet}."
            ex = [_d(q, a)]
        elif shape == 4:
            text = _article(
                _pick(STAMPLINES80, k),
                f"{a.full}, {p.a(a)}, has just finished speaking. {q} {a.pronoun} said.",
            )
            ex = [_d(q, a, t)]
        elif shape == 5:
            b = _other(a, k)
            p2 = _post2(k, p)
            q2 = m.q(_qt(k + 5) + ",")
            s1, s2 = _seq(k)[:2]
            text = _article(f"{s1} {a.full}, {p.a(a)}, said {c}.", f"{s2} {q2} said {b.full}, {p2.a(b)}.")
            ex = [_that(text, c, a, t), _d(q2, b, _t(p2))]
            people = (a, b)
            others.append(p2.body)
        elif shape == 6:
            text = f"{st} {a.full} {_pick(CUES80, k)} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            text = f"{st} Speaking at {place} a few minutes ago, {a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 8:
            text = f"{st} {a.full} has insisted that {c}."
            ex = [_that(text, c, a)]
        else:
            text = f"{st} {q} {a.full} wrote on social media."
            ex = [_d(q, a)]
        yield _case(f"ho80-stamps-{shape}", text, ex, people, others)


# --- 2. header lines ----------------------------------------------------------------------------------------


def entry_headers() -> Iterator[Case]:
    """`STAMP HEADER` then `FULL, POST, said: "C."`; `HEADER` then `"C," said FULL, POST.`; `SURNAME: "H"` as
    the header then `POST FULL said C.`; `What happens next?` then `FULL, POST, said C.`; `BREAKING: HEADER`
    then `BODY said in a statement that C.`; a header naming OTHER (`OTHER under pressure`) then FULL's words;
    `HEADER` and a stamp on the next line; `Summary` over narrative lines. Key: FULL's (the header's quotation
    FULL's by surname), the body's statement the body's; OTHER and the header never speak."""
    for a, shape, m, r in sample(_combos(9), 230, "ho80-headers"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        st, hd = _pick(STAMPS80, k), _pick(HEADERS80, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, hd]
        ex: list[Expect] = []
        if shape == 0:
            text = _article(f"{st} {hd}", f"{a.full}, {p.a(a)}, said: {qs}")
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = _article(hd, f"{q} said {a.full}, {p.a(a)}.")
            ex = [_d(q, a, t)]
        elif shape == 2:
            hq = m.q(_pick(HEADQUOTES80, k))
            text = _article(f"{a.last}: {hq}", f"{p.b(a)} {a.full} said {c}.")
            ex = [_d(hq, a), _that(text, c, a, t)]
        elif shape == 3:
            text = _article("What happens next?", f"{a.full}, {p.a(a)}, said {c}.")
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            body, acc = _body(k)
            text = _article(f"BREAKING: {hd}", f"{body} said in a statement that {c}.")
            ex = [_that(text, c, acc)]
            people, others = (), [hd, "BREAKING"]
        elif shape == 5:
            b = _other(a, k)
            text = _article(f"{b.last} under pressure", f"{a.full}, {p.a(a)}, said: {qs}")
            ex, people = [_d(qs, a, t)], (a, b)
        elif shape == 6:
            text = _article(hd, f"{st} {a.full} said {c}.", sep="\n")
            ex = [_that(text, c, a)]
        elif shape == 7:
            text = _article("Reaction from the union", f"{q} said {a.full}, {p.a(a)}.")
            ex = [_d(q, a, t)]
        else:
            text = _article("Summary", _lines(_pick(NARRATIVE80, k), _pick(NARRATIVE80, k + 1)))
            others.append(a.full)
            people = ()
        yield _case(f"ho80-headers-{shape}", text, ex, people, others)


# --- 3. bullet lines ----------------------------------------------------------------------------------------


def bullet_lines() -> Iterator[Case]:
    """`The latest:` then lines opened by a dash or a bullet: two people's reports, `BULLET"C," said FULL.`, a
    warning beside a narrative line, `BULLETPOST FULL: "C."`, `BULLETAccording to FULL, POST, C.`,
    `BULLETFULL called X "F".`, two people's quotations, a body's report beside `FULL declined to comment.`
    Key: each line's words its own speaker's; the other line's speaker never."""
    for a, shape, m, r in sample(_combos(8), 230, "ho80-bullets"):
        k = _slot(a, shape, r)
        bl = _pick(BULLETS80, k + r)
        p = _post(k)
        p2 = _post2(k, p)
        t = _t(p)
        b = _other(a, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 7) + ".")
        c, c2 = _cl(k), _cl(k + 5)
        people: tuple[Person, ...] = (a,)
        others = [p.body]
        head = "The latest:"
        if shape == 0:
            text = _article(
                head, _lines(f"{bl}{a.full}, {p.a(a)}, said {c}.", f"{bl}{b.full}, {p2.a(b)}, said {c2}.")
            )
            ex = [_that(text, c, a, t), _that(text, c2, b, _t(p2))]
            people, others = (a, b), [p.body, p2.body]
        elif shape == 1:
            text = _article(head, _lines(f"{bl}{q} said {a.full}.", f"{bl}{_pick(NARRATIVE80, k)}"))
            ex = [_d(q, a)]
        elif shape == 2:
            text = _article(head, _lines(f"{bl}{_pick(NARRATIVE80, k)}", f"{bl}{a.full} warned that {c}."))
            ex = [_that(text, c, a)]
        elif shape == 3:
            text = _article(head, _lines(f"{bl}{p.b(a)} {a.full}: {qs}", f"{bl}{_pick(NARRATIVE80, k + 2)}"))
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = _article(head, _lines(f"{bl}According to {a.full}, {p.a(a)}, {c}."))
            ex = [_r(c, a, t)]
        elif shape == 5:
            obj, frag = _pick(FRAGS80, k)
            fq = m.q(frag)
            text = _article(head, _lines(f"{bl}{a.full} called {obj} {fq}.", f"{bl}{_pick(NARRATIVE80, k)}"))
            ex = [_called(text, obj, fq, (a.full,))]
        elif shape == 6:
            text = _article(head, _lines(f"{bl}{a.full}: {qs}", f"{bl}{b.full}: {q2}"))
            ex, people = [_d(qs, a), _d(q2, b)], (a, b)
        else:
            body, acc = _body(k)
            region = f"{a.full} declined to comment."
            text = _article(head, _lines(f"{bl}{body} said {c}.", f"{bl}{region}"))
            ex = [_that(text, c, acc), *tolerate(text, region, (a.full,))]
            others = [_bare(body)]
        yield _case(f"ho80-bullets-{shape}", text, ex, people, others)


# --- 4. "Key quotes" lists ----------------------------------------------------------------------------------


def key_quotes() -> Iterator[Case]:
    """`STAMP FULL, POST, has been speaking at PLACE. Key quotes:` then two quotation lines; `Key quotes from
    POSS speech:`; an entry then `Key quotes` on a line alone; `BULLETOn TOPIC: "C."` lines; `BULLETFULL:
    "C."` for two speakers; `FULL, POST, is taking questions from OTHER, POST2. Key quotes from SURNAME:`;
    `Key facts:` lines that report nothing. Key: each line FULL's (with POST where stated); the questioner,
    the place and the label never."""
    for a, shape, m, r in sample(_combos(7), 230, "ho80-keyquotes"):
        k = _slot(a, shape, r)
        bl = _pick(BULLETS80, k + r)
        p = _post(k)
        t = _t(p)
        st = _pick(STAMPS80, k)
        q1, q2 = m.q(_qt(k) + "."), m.q(_qt(k + 5) + ".")
        place = _pick(PLACES80, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place]
        ex: list[Expect] = []
        items = _lines(f"{bl}{q1}", f"{bl}{q2}")
        if shape == 0:
            text = _article(f"{st} {a.full}, {p.a(a)}, has been speaking at {place}. Key quotes:", items)
            ex = [_d(q1, a, t), _d(q2, a, t)]
        elif shape == 1:
            text = _article(
                f"{st} {p.b(a)} {a.full} has finished speaking at {place}.",
                f"Key quotes from {_poss(a.last)} speech:",
                items,
            )
            ex = [_d(q1, a, t), _d(q2, a, t)]
        elif shape == 2:
            text = _article(f"{a.full}, {p.a(a)}, took questions for twenty minutes.", "Key quotes", items)
            ex = [_d(q1, a, t), _d(q2, a, t)]
        elif shape == 3:
            t1, t2 = _pick(TOPICS80, k), _pick(TOPICS80, k + 1)
            text = _article(
                f"{st} {a.full}, {p.a(a)}, has been speaking. Key quotes:",
                _lines(f"{bl}On {t1}: {q1}", f"{bl}On {t2}: {q2}"),
            )
            ex = [_d(q1, a, t), _d(q2, a, t)]
        elif shape == 4:
            text = _article(
                f"{st} Key quotes from the debate at {place}:",
                _lines(f"{bl}{a.full}: {q1}", f"{bl}{b.full}: {q2}"),
            )
            ex, people = [_d(q1, a), _d(q2, b)], (a, b)
        elif shape == 5:
            p2 = _post2(k, p)
            text = _article(
                f"{st} {a.full}, {p.a(a)}, is taking questions from {b.full}, {p2.a(b)}. "
                f"Key quotes from {a.last}:",
                items,
            )
            ex, people = [_d(q1, a, t), _d(q2, a, t)], (a, b)
            others.append(p2.body)
        else:
            text = _article(
                f"{st} {a.full}, {p.a(a)}, is due to give an update at {place}. Key facts so far:",
                _lines(*(f"{bl}{_pick(FACTS80, k + i)}" for i in range(3))),
            )
            ex = tolerate(text, "is due to give an update", (a.full,))
        yield _case(f"ho80-keyquotes-{shape}", text, ex, people, others)


# --- 5. reaction roundups -----------------------------------------------------------------------------------


def reaction_roundups() -> Iterator[Case]:
    """`Here is how leaders reacted:` then one line per person: `FULL, POST, said: "C."` and `FULL2, POST2,
    said C.`; `FULL (POST PRE): "C."`; `POST FULL: "C."`; `FULL, POST, called X "F".`; three people; `Reaction
    has been pouring in. FULL, POST, tweeted: "C."`; `"C." — FULL, POST`; `BODY: "C."` beside a person's line.
    Key: each line its own speaker's with its post; the other people of the roundup never."""
    for a, shape, m, r in sample(_combos(8), 240, "ho80-roundups"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        c3 = _other(a, k + 1, avoid=(b,))
        pa = _post(k)
        pb = _post2(k, pa)
        pc = _post2(k + 1, pb)
        ta, tb = _t(pa), _t(pb)
        qa, qb, qc = m.q(_qt(k) + "."), m.q(_qt(k + 5) + "."), m.q(_qt(k + 9) + ".")
        c = _cl(k)
        head = _pick(
            ("Here is how leaders reacted:", "Here is how the reaction has been:", "Reaction so far:"), k
        )
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body]
        if shape == 0:
            text = _article(
                head, _lines(f"{a.full}, {pa.a(a)}, said: {qa}", f"{b.full}, {pb.a(b)}, said {c}.")
            )
            ex = [_d(qa, a, ta), _that(text, c, b, tb)]
        elif shape == 1:
            text = _article(head, _lines(f"{a.full} ({pa.b(a)}): {qa}", f"{b.full} ({pb.b(b)}): {qb}"))
            ex = [_d(qa, a, ta), _d(qb, b, tb)]
        elif shape == 2:
            text = _article(head, _lines(f"{pa.b(a)} {a.full}: {qa}", f"{pb.b(b)} {b.full}: {qb}"))
            ex = [_d(qa, a, ta), _d(qb, b, tb)]
        elif shape == 3:
            obj, frag = _pick(FRAGS80, k)
            fq = m.q(frag)
            text = _article(head, _lines(f"{a.full}, {pa.a(a)}, called {obj} {fq}.", f"{b.full} said {c}."))
            ex = [_called(text, obj, fq, (a.full,), title=ta), _that(text, c, b)]
        elif shape == 4:
            text = _article(
                head,
                _lines(
                    f"{a.full}, {pa.a(a)}: {qa}", f"{b.full}, {pb.a(b)}: {qb}", f"{c3.full}, {pc.a(c3)}: {qc}"
                ),
            )
            ex = [_d(qa, a, ta), _d(qb, b, tb), _d(qc, c3, _t(pc))]
            people = (a, b, c3)
            others.append(pc.body)
        elif shape == 5:
            text = _article(
                "Reaction has been pouring in.",
                f"{a.full}, {pa.a(a)}, tweeted: {qa}",
                f"{b.full}, {pb.a(b)}, said {c}.",
            )
            ex = [_d(qa, a, ta), _that(text, c, b, tb)]
        elif shape == 6:
            text = _article(
                head, _lines(f"{qa} \u2014 {a.full}, {pa.a(a)}", f"{qb} \u2014 {b.full}, {pb.a(b)}")
            )
            ex = [_d(qa, a, ta), _d(qb, b, tb)]
        else:
            body, acc = _body(k + 2)
            bq = m.q(_bq(k) + ".")
            text = _article(head, _lines(f"{body}: {bq}", f"{a.full}, {pa.a(a)}: {qa}"))
            ex = [_d(bq, acc), _d(qa, a, ta)]
            people, others = (a,), [pa.body, _bare(body)]
        yield _case(f"ho80-roundups-{shape}", text, ex, people, others)


# --- 6. speakers carried across entries ---------------------------------------------------------------------


def carried_speakers() -> Iterator[Case]:
    """Entries that continue a speaker: `S1 FULL, POST, has started speaking at PLACE.` then `S2 SURNAME said
    C.` or `S2 "C," PRONOUN said.`; past OTHER's entry, `"C," SURNAME said.`; two people of both genders then
    `"C," PRONOUN said.`; `S2 More from SURNAME: "C."`; `SURNAME added that C2.` then OTHER `responded:`; `is
    due to speak shortly` then `SURNAME is now on stage. "C," PRONOUN told the audience.`; a four-entry page.
    Key: each entry's words the continued speaker's (with the post from the first entry)."""
    for a, shape, m, r in sample(_combos(8), 240, "ho80-carried"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        s1, s2, s3, s4 = _seq(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, c2 = _cl(k), _cl(k + 6)
        place = _pick(PLACES80, k)
        b = _other(a, k, gender=_opp(a))
        pb = _post2(k, p)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place]
        first = f"{s1} {a.full}, {p.a(a)}, has started speaking at {place}."
        if shape == 0:
            text = _article(first, f"{s2} {a.last} said {c}.")
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = _article(first, f"{s2} {q} {a.pronoun} said.")
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = _article(
                first, f"{s2} {b.full}, {pb.a(b)}, is sitting beside {a.obj}.", f"{s3} {q} {a.last} said."
            )
            ex, people = [_d(q, a, t)], (a, b)
            others.append(pb.body)
        elif shape == 3:
            text = _article(
                f"{s1} {a.full}, {p.a(a)}, and {b.full}, {pb.a(b)}, are taking questions at {place}.",
                f"{s2} {q} {a.pronoun} said.",
            )
            ex, people = [_d(q, a, t)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = _article(f"{s1} {a.full}, {p.a(a)}, said {c}.", f"{s2} More from {a.last}: {qs}")
            ex = [_that(text, c, a, t), _d(qs, a, t)]
        elif shape == 5:
            text = _article(
                first, f"{s2} {a.last} added that {c2}.", f"{s3} {b.full}, {pb.a(b)}, responded: {qs}"
            )
            ex, people = [_that(text, c2, a, t), _d(qs, b, _t(pb))], (a, b)
            others.append(pb.body)
        elif shape == 6:
            region = f"{a.full}, {p.a(a)}, is due to speak shortly."
            text = _article(
                f"{s1} {region}", f"{s2} {a.last} is now on stage. {q} {a.pronoun} told the audience."
            )
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
            others.append("audience")
        else:
            q2 = m.q(_qt(k + 3) + ".")
            text = _article(
                f"{s1} {_pick(NARRATIVE80, k)}",
                f"{s2} {q} said {a.full}, {p.a(a)}.",
                f"{s3} {b.full}, {pb.a(b)}, said {c}.",
                f"{s4} {a.last} has just spoken again: {q2}",
            )
            ex = [_d(q, a, t), _that(text, c, b, _t(pb)), _d(q2, a, t)]
            people = (a, b)
            others.append(pb.body)
        yield _case(f"ho80-carried-{shape}", text, ex, people, others)


# --- 7. embedded posts --------------------------------------------------------------------------------------

DATES80 = ("3 March", "11 November", "June 14", "27 August")


def embedded_posts() -> Iterator[Case]:
    """`FULL (@handle) posted: "C."`; `In a post on X, FULL, POST, wrote: "C."`; `"C." — FULL (@handle) DATE`;
    `POST FULL tweeted: "C."`; `BODY posted on its official account: "C."`; `FULL replied to OTHER on social
    media: "C."`; `FULL shared a post from BODY and added: "C."`; `FULL, POST, has been posting from PLACE. In
    POSS latest post, SURNAME said C.`; `FULL posted that C.` Key: FULL's (with POST where stated); OTHER, the
    shared body and the place never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho80-posts"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        qs = m.q(_qt(k) + ".")
        c = _cl(k)
        h = _handle(a)
        place = _pick(PLACES80, k)
        body, acc = _body(k + 1)
        people: tuple[Person, ...] = (a,)
        others = [p.body, "X", h]
        if shape == 0:
            text = f"{a.full} ({h}) posted: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = f"In a post on X, {a.full}, {p.a(a)}, wrote: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{qs} \u2014 {a.full} ({h}) {_pick(DATES80, k)}"
            ex = [_d(qs, a)]
        elif shape == 3:
            text = f"{p.b(a)} {a.full} tweeted: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            bq = m.q(_bq(k) + ".")
            text = f"{body} posted on its official account: {bq}"
            ex, people = [_d(bq, acc)], ()
        elif shape == 5:
            b = _other(a, k)
            text = f"{a.full} replied to {b.full} on social media: {qs}"
            ex, people = [_d(qs, a)], (a, b)
        elif shape == 6:
            text = f"{a.full} shared a post from {_low(body)} and added: {qs}"
            ex = [_d(qs, a)]
            others.append(_bare(body))
        elif shape == 7:
            text = (
                f"{a.full}, {p.a(a)}, has been posting from {place}. "
                f"In {a.poss} latest post, {a.last} said {c}."
            )
            ex = [_that(text, c, a, t)]
            others.append(place)
        else:
            text = f"{a.full} posted that {c}."
            ex = [_that(text, c, a)]
        yield _case(f"ho80-posts-{shape}", text, ex, people, others)


# --- 8. corrections and clarifications ----------------------------------------------------------------------


def corrections() -> Iterator[Case]:
    """An entry then `Correction: An earlier version of this entry misspelled POSS name.`; `Correction: This
    quotation was earlier wrongly attributed to OTHER.`; `Clarification: BODY later said that C2.`; `Update:
    FULL has since said that C2.`; an entry with a body's statement then `This entry was updated at TIME to
    include a response from BODY.`; `Correction, TIME: We earlier reported that C2. That was wrong.`; `"C,"
    said FULL.` then `Correction: ... PRONOUN is POST.` Key: the entry's words FULL's; OTHER never; the blog's
    retraction no speaker or *we*; the corrected post is FULL's title."""
    for a, shape, m, r in sample(_combos(7), 230, "ho80-corrections"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        st = _pick(STAMPS80, k)
        q, _qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, c2 = _cl(k), _cl(k + 4)
        b = _other(a, k)
        body, acc = _body(k + 3)
        people: tuple[Person, ...] = (a,)
        others = [p.body]
        entry = f"{st} {q} said {a.full}, {p.a(a)}."
        if shape == 0:
            text = _article(
                entry, f"Correction: An earlier version of this entry misspelled {_poss(a.last)} name."
            )
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = _article(entry, f"Correction: This quotation was earlier wrongly attributed to {b.full}.")
            ex, people = [_d(q, a, t)], (a, b)
        elif shape == 2:
            text = _article(
                f"{st} {a.full}, {p.a(a)}, said {c}.", f"Clarification: {body} later said that {c2}."
            )
            ex = [_that(text, c, a, t), _that(text, c2, acc)]
            others.append(_bare(body))
        elif shape == 3:
            text = _article(entry, f"Update: {a.full} has since said that {c2}.")
            ex = [_d(q, a, t), _that(text, c2, a, t)]
        elif shape == 4:
            text = _article(
                f"{st} {a.full}, {p.a(a)}, said {c}. {body} said in a statement: {m.q(_bq(k) + '.')}",
                f"This entry was updated at 4.12pm to include a response from {_low(body)}.",
            )
            ex = [_that(text, c, a, t), _d(m.q(_bq(k) + "."), acc)]
            others.append(_bare(body))
        elif shape == 5:
            region = f"We earlier reported that {c2}."
            text = _article(entry, f"Correction, 11.05am: {region} That was wrong.")
            ex = [_d(q, a, t), *tolerate(text, region, ("we",))]
        else:
            p2 = _post2(k, p)
            text = _article(
                f"{st} {q} said {a.full}.",
                f"Correction: An earlier version of this entry gave {_poss(a.last)} post as {p2.a(a)}. "
                f"{_cap(a.pronoun)} is {p.a(a)}.",
            )
            ex = [_d(q, a, t)]
            others.append(p2.body)
        yield _case(f"ho80-corrections-{shape}", text, ex, people, others)


# --- 9. the blog's own voice --------------------------------------------------------------------------------

DESKNOTES80 = (
    "A quick note from the desk: we will pause the live coverage at 6 p.m. and return at 7.",
    "We'll bring you more on this as we get it.",
    "Thanks for all your messages this morning; keep them coming.",
)


def blog_voice() -> Iterator[Case]:
    """`STAMP We are hearing that OTHER C.`; `STAMP Our correspondent FULL reports that C.`; `STAMP Our
    political editor, FULL, says: "C."`; `STAMP Our correspondent at PLACE reports that C.`; `STAMP We have
    asked BODY for comment and will update this post when we hear back.`; a desk note; `STAMP FULL has told us
    that C.`; `STAMP Speaking to us a moment ago, FULL, POST, said: "C."`; `STAMP We understand that C, though
    BODY has not confirmed this.`; `STAMP FULL, who is at PLACE for us, sends this update: "C."` Key: the
    blog's voice no speaker or *we*; a named correspondent FULL with the role noun; the body, *us* and the
    place never."""
    for a, shape, m, r in sample(_combos(10), 240, "ho80-voice"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        st = _pick(STAMPS80, k)
        qs = m.q(_qt(k) + ".")
        c = _cl(k)
        place = _pick(PLACES80, k)
        body, _acc = _body(k)
        people: tuple[Person, ...] = (a,)
        others = [place, _bare(body)]
        ex: list[Expect] = []
        if shape == 0:
            region = f"We are hearing that {a.full} will resign before the vote."
            text = f"{st} {region}"
            ex = tolerate(text, region, ("we",))
        elif shape == 1:
            text = f"{st} Our correspondent {a.full} reports that {c}."
            ex = [_that(text, c, a, Contains("correspondent"))]
        elif shape == 2:
            text = f"{st} Our political editor, {a.full}, says: {qs}"
            ex = [_d(qs, a, Contains("political editor"))]
        elif shape == 3:
            text = f"{st} Our correspondent at {place} reports that {c}."
            descs = (
                "our correspondent",
                "correspondent",
                f"our correspondent at {place}",
                f"correspondent at {place}",
            )
            ex = [_anon(text, one_of(text, (f"that {c}", c)), "indirect", descs)]
            people = ()
        elif shape == 4:
            text = f"{st} We have asked {_low(body)} for comment and will update this post when we hear back."
            people = ()
        elif shape == 5:
            text = _article(f"{st} {_pick(DESKNOTES80, k)}", _pick(NARRATIVE80, k))
            people = ()
        elif shape == 6:
            text = f"{st} {a.full}, {p.a(a)}, has told us that {c}."
            ex = [_that(text, c, a, t)]
            others.append(p.body)
        elif shape == 7:
            text = f"{st} Speaking to us a moment ago, {a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
            others.append(p.body)
        elif shape == 8:
            region = f"We understand that {c}"
            text = f"{st} {region}, though {_low(body)} has not confirmed this."
            ex = tolerate(text, region, ("we",))
            people = ()
        else:
            text = f"{st} {a.full}, who is at {place} for us, sends this update: {qs}"
            ex = [_d(qs, a)]
        yield _case(f"ho80-voice-{shape}", text, ex, people, others)


# --- 10. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, spoke at PLACE. "C," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "C," PRONOUN said.` (same gender: OTHER); entries `S1 FULL said C.`, `S2 OTHER
    responded: "C2."`, `S3 "C3," PRONOUN added.` (genders differ: FULL); `FULL met OTHER at PLACE. Afterwards,
    PRONOUN said C.` (same gender: the subject FULL); `"C," OTHER told FULL. PRONOUN replied: "C2."` (genders
    differ); `FULL, POST, spoke first. "C," PRONOUN said. OTHER, POST2, followed. "C2," PRONOUN said.` (same
    gender); `FULL said POSS team had worked through the night. "C," PRONOUN said.`; `S1 FULL, POST, said C;
    OTHER was in the room.` then `S2 PRONOUN later told OUTLET: "C2."` (genders differ). Key: as a careful
    reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(8), 240, "ho80-pronouns"):
        k = _slot(a, shape, r)
        pa = _post(k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        s1, s2, s3, _s4 = _seq(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 6) + ",")
        qs2 = m.q(_qt(k + 6) + ".")
        c = _cl(k)
        place, outlet = _pick(PLACES80, k), _pick(OUTLETS80, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, place]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, spoke at {place}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q, b, tb)]
        elif shape == 2:
            text = _article(
                f"{s1} {a.full} said {c}.", f"{s2} {b.full} responded: {qs2}", f"{s3} {q} {a.pronoun} added."
            )
            ex = [_that(text, c, a), _d(qs2, b), _d(q, a)]
        elif shape == 3:
            text = f"{a.full} met {b.full} at {place}. Afterwards, {a.pronoun} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{q} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {qs2}"
            ex = [_d(q, b), _d(qs2, a)]
        elif shape == 5:
            text = (
                f"{a.full}, {pa.a(a)}, spoke first. {q} {a.pronoun} said. "
                f"{b.full}, {pb.a(b)}, followed. {q2} {b.pronoun} said."
            )
            ex = [_d(q, a, ta), _d(q2, b, tb)]
        elif shape == 6:
            clause = f"{a.poss} team had worked through the night"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        else:
            text = _article(
                f"{s1} {a.full}, {pa.a(a)}, said {c}; {b.full} was in the room.",
                f"{s2} {_cap(a.pronoun)} later told {outlet}: {qs2}",
            )
            ex = [_that(text, c, a, ta), _d(qs2, a, ta)]
            others.append(outlet)
        yield _case(f"ho80-pronouns-{shape}", text, ex, people, others)


# --- 11. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "C2," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at PLACE. "C," SURNAME
    said.`; `S1 POST FULL has arrived at PLACE.` then `S2 The ROLE told reporters that C.`; two people with
    two posts then `"C," said the ROLE2.` (OTHER); `POST FULL said C. "C2," SURNAME said later.`; `FULL, AGE,
    POST, said C. "C2," the AGE-year-old said.`; `"C," Ms/Mr SURNAME said.` Key: the second reference's person
    with the post of the first mention; the other person never."""
    for a, shape, m, r in sample(_combos(7), 240, "ho80-secondrefs"):
        k = _slot(a, shape, r)
        pa = _post(k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        s1, s2 = _seq(k)[:2]
        q = m.q(_qt(k + 2) + ",")
        c = _cl(k)
        place = _pick(PLACES80, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body, place]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, said {c}. {q} {pa.sh(a)} added."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {place}. {q} {a.last} said."
            ex, people = [_d(q, a, ta)], (a, b)
            others.append(pb.body)
        elif shape == 2:
            text = _article(
                f"{s1} {pa.b(a)} {a.full} has arrived at {place}.",
                f"{s2} {_cap(pa.sh(a))} told reporters that {c}.",
            )
            ex = [_that(text, c, a, ta)]
        elif shape == 3:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {place}. {q} said {pb.sh(b)}."
            ex, people = [_d(q, b, tb)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = f"{pa.b(a)} {a.full} said {c}. {q} {a.last} said later."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 5:
            text = f"{a.full}, {a.age}, {pa.a(a)}, said {c}. {q} the {a.age}-year-old said."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        else:
            honor = a.kin("Ms", "Mr")
            text = f"{a.full}, {pa.a(a)}, arrived at {place} just after nine. {q} {honor} {a.last} said."
            ex = [_d(q, a, ta)]
        yield _case(f"ho80-secondrefs-{shape}", text, ex, people, others)


# --- 12. split quotations -----------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`STAMP "C1," FULL, POST, said, "c2."`; `"C1," said FULL, "c2."`; `FULL spoke to reporters at PLACE.
    "C1," SURNAME said, "c2."`; `"C1," FULL says, "c2."`; `"C1," FULL told OUTLET, "c2."`; `FULL, POST, took
    the microphone after OTHER. "C1," PRONOUN said, "c2."` (genders differ); `POST FULL arrived at PLACE.
    "C1," the ROLE said, "c2."`; `"C1," FULL quipped, "c2."` Key: both parts (or one span) FULL's; the outlet
    and OTHER never."""
    for a, shape, m, r in sample(_combos(8), 240, "ho80-splits"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        one, two = _pick(SPLITS80, k)
        h1, h2 = m.q(one + ","), m.q(two)
        st = _pick(STAMPS80, k)
        place, outlet = _pick(PLACES80, k), _pick(OUTLETS80, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place, outlet]
        title: TitleSpec = ANY
        if shape == 0:
            text, title = f"{st} {h1} {a.full}, {p.a(a)}, said, {h2}", t
        elif shape == 1:
            text = f"{h1} said {a.full}, {h2}"
        elif shape == 2:
            text = f"{a.full} spoke to reporters at {place}. {h1} {a.last} said, {h2}"
        elif shape == 3:
            text = f"{h1} {a.full} says, {h2}"
        elif shape == 4:
            text = f"{h1} {a.full} told {outlet}, {h2}"
        elif shape == 5:
            b = _other(a, k, gender=_opp(a))
            text, title = (
                f"{a.full}, {p.a(a)}, took the microphone after {b.full}. {h1} {a.pronoun} said, {h2}",
                t,
            )
            people = (a, b)
        elif shape == 6:
            text, title = f"{p.b(a)} {a.full} arrived at {place}. {h1} {p.sh(a)} said, {h2}", t
        else:
            text = f"{h1} {a.full} quipped, {h2}"
        yield _case(f"ho80-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 13. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`STAMP FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL
    said.` (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL
    said X was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.`
    Key: the reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS80, 4), 240, "ho80-indirect"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p)
        st = _pick(STAMPS80, k)
        c, c2 = _cl(k), _cl(k + 5)
        cue = _pick(CUES80, k)
        outlet = _pick(OUTLETS80, k)
        obj, frag = _pick(FRAGS80, k)
        fq = m.q(frag)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{st} {a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {cue} {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 3:
            text = f"{_cap(c)}, {a.full} said."
            ex = [_r(_cap(c), a)]
        elif shape == 4:
            text = f"{a.full} told {outlet} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text = f"{a.full} said that {c} and that {c2}."
            ex = _alts(
                text,
                [_r(f"that {c} and that {c2}", a)],
                [_r(f"{c} and that {c2}", a)],
                [_r(f"that {c}", a), _r(f"that {c2}", a)],
                [_r(c, a), _r(c2, a)],
                [_r(f"that {c}", a), _r(c2, a)],
                [_r(c, a), _r(f"that {c2}", a)],
            )
        elif shape == 6:
            clause = f"{obj} was {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, (a.full,), title=t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, (a.full,), title=t, link=" as ")]
        else:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        yield _case(f"ho80-indirect-{shape}", text, ex, people, others)


# --- 14. bodies and documents -------------------------------------------------------------------------------


def bodies_documents() -> Iterator[Case]:
    """`STAMP BODY said in a statement that C.`; `STAMP "C," BODY said in a statement.`; `A statement from
    BODY read: "C."`; `In a statement posted on its website, BODY said C.`; `BODY said C. FULL, a spokes-noun
    for BODY, added: "C2."`; `The DOC, published at 9 a.m., found that C.`; `BODY has confirmed that C.`;
    `FULL said C, according to a transcript released by BODY.`; `BODY posted on social media: "C."`; `BODY
    issued a statement at 2 p.m. "C," the statement said.` Key: the body (or the document) speaks; the
    spokesperson speaks for herself with the body in the title."""
    combos = list(itertools.product(range(len(BODIES80)), range(10), ALLMARKS80, range(3)))
    for bi, shape, m, r in sample(combos, 230, "ho80-bodies"):
        k = _k(bi, shape, r)
        body, acc = BODIES80[bi]
        low = _low(body)
        a = PEOPLE80[(k * 7 + r) % len(PEOPLE80)]
        st = _pick(STAMPS80, k)
        q, qs = m.q(_bq(k) + ","), m.q(_bq(k) + ".")
        c = _cl(k)
        people: tuple[Person, ...] = ()
        others: list[str] = [_bare(body)]
        if shape == 0:
            text = f"{st} {body} said in a statement that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 1:
            text = f"{st} {q} {low} said in a statement."
            ex = [_d(q, acc)]
        elif shape == 2:
            text = f"A statement from {low} read: {qs}"
            ex = [_d(qs, acc)]
        elif shape == 3:
            text = f"In a statement posted on its website, {low} said {c}."
            ex = [_that(text, c, acc)]
        elif shape == 4:
            spokes = a.kin("spokeswoman", "spokesman")
            pq = m.q(_qt(k) + ".")
            text = f"{body} said {c}. {a.full}, a {spokes} for {low}, added: {pq}"
            ex = [_that(text, c, acc), _d(pq, a, Contains(("spokes", _bare(body))))]
            people = (a,)
        elif shape == 5:
            doc, dacc = _pick(DOCS80, k)
            text = f"The {doc}, published at 9 a.m., found that {c}."
            ex, others = [_that(text, c, dacc)], []
        elif shape == 6:
            text = f"{body} has confirmed that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 7:
            whole = f"{a.full} said {c}"
            text = f"{whole}, according to a transcript released by {low}."
            tacc = ("transcript", "a transcript", f"transcript released by {low}", *acc)
            ex = _alts(text, [_that(text, c, a)], [_r(whole, tacc)], [_r(f"{whole}, according to", tacc)])
            people = (a,)
            if ex[0].speaker is not None and a.full not in ex[0].speaker:
                people = ()
        elif shape == 8:
            text = f"{body} posted on social media: {qs}"
            ex = [_d(qs, acc)]
        else:
            text = f"{body} issued a statement at 2 p.m. {q} the statement said."
            ex = [_d(q, acc)]
        yield _case(f"ho80-bodies-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `STAMP FULL will appear on "SHOW" at 8 p.m.`; `FULL,
    known in Westgate as "N", arrived at PLACE at noon.`; placards reading `"S"` (no quotation, or one with no
    speaker); `The so-called "T" has dominated the morning's coverage.`; narrative entries; `STAMP FULL, POST,
    declined to comment when we approached PRONOUN outside PLACE.`; a desk note; `"C," said FULL, whose
    campaign slogan is "S".` (the one real quotation); `The phrase "T" was trending within minutes.`; `Key
    events:` lines. Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(10), 240, "ho80-controls"):
        k = _slot(a, shape, r)
        p = _post(k)
        st, st2 = _seq(k)[:2]
        place = _pick(PLACES80, k)
        shq, nq = m.q(_pick(SHOWS80, k)), m.q(_pick(NICKS80, k))
        slq, scq = m.q(_pick(SLOGANS80, k)), m.q(_pick(SCARE80, k))
        bl = _pick(BULLETS80, k + r)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [place, p.body]
        if shape == 0:
            text = f"{st} {a.full} will appear on {shq} at 8 p.m. to answer viewers' questions."
            forbidden = (shq,)
        elif shape == 1:
            text = f"{a.full}, known in Westgate as {nq}, arrived at {place} at noon."
            forbidden = (nq,)
        elif shape == 2:
            region = f"Protesters outside {place} held placards reading {slq}."
            text = f"{st} {region} {a.full} walked past them without stopping."
            ex = tolerate(text, region)
        elif shape == 3:
            text = (
                f"{st} The so-called {scq} has dominated the morning's coverage, "
                f"and {a.full} is under pressure."
            )
            forbidden = (scq,)
        elif shape == 4:
            text = _article(f"{st} {_pick(NARRATIVE80, k)}", f"{st2} {_pick(NARRATIVE80, k + 2)}")
        elif shape == 5:
            region = f"{a.full}, {p.a(a)}, declined to comment when we approached {a.obj} outside {place}."
            text = f"{st} {region}"
            ex = tolerate(text, region, (a.full,))
        elif shape == 6:
            text = _article(f"{st} {_pick(DESKNOTES80, k)}", f"{a.full} is expected at {place} later.")
            ex = tolerate(text, text, (a.full,))
        elif shape == 7:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, whose campaign slogan is {slq}."
            ex, forbidden = [_d(q, a)], (slq,)
        elif shape == 8:
            text = f"{st} The phrase {scq} was trending within minutes of the announcement by {a.full}."
            forbidden = (scq,)
        else:
            text = _article(f"{st} Key events:", _lines(*(f"{bl}{_pick(FACTS80, k + i)}" for i in range(3))))
        yield _case(f"ho80-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_80 = (
    _named(
        "timestamped_entries",
        'STAMP NAME, POST, said:; STAMP "C," said NAME; stamp lines; two entries; open cues',
        timestamped_entries,
    ),
    _named("entry_headers", 'header lines; SURNAME: "Q" headers; BREAKING:; summaries', entry_headers),
    _named(
        "bullet_lines", "lines opened by a dash or a bullet: reports, credits, colon credits", bullet_lines
    ),
    _named("key_quotes", "Key quotes lists under a speaker; On TOPIC:; two speakers; key facts", key_quotes),
    _named("reaction_roundups", "Here is how leaders reacted: one line per person", reaction_roundups),
    _named("carried_speakers", "speakers continued across entries by surname and pronoun", carried_speakers),
    _named("embedded_posts", "posts with handles; tweeted; a body's account; replied to", embedded_posts),
    _named("corrections", "corrections, clarifications and updates appended to an entry", corrections),
    _named("blog_voice", "We are hearing that; our correspondent; told us; speaking to us", blog_voice),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr SURNAME", second_refs),
    _named("split_quotes", '"C1," NAME said, "c2." in entries', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named("bodies_documents", "statements, posts and documents that speak for bodies", bodies_documents),
    _named("controls", "show titles, nicknames, placards, scare terms, desk notes, key events", controls),
)
