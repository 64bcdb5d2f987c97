"""Eleventh held-out round: capabilities written at commit ``ab7c2e4`` by a helper who did not read
quotex's rule modules, and run once.

The templates follow the round's ten groups with fillers of their own (``heldout11data.py``:
twenty people whose surnames end in -ez, -an, -es, -s and -son, carry particles (`van`, `de`,
`al-`) or hyphens, eight people whose given names do not show a gender, bodies (six with `of`,
`and`, `for` in their names), real places, quotations, clauses, open-class cue verbs, ranks,
datelines, bylines and interview exchanges) that no development template or earlier held-out
round uses, and phrasings a careful news annotator expects:

1. open-class cue verbs after and before the quotation, past and present (`implored`, `shot
   back`, `chimes in`, `deadpans`), and manner around `said` (`said quietly`, `said NAME,
   smiling`, `said with a shrug`, `NAME, 44, said wearily:`);
2. unnamed and quantified speakers (`one said` / `another said` / `a third added`, `both said`,
   `some`, `many`, `One of them, NAME, said`, `the two said in a joint statement`), keyed by the
   noun phrase (several readings accepted) or the name when given;
3. colon credits and roundups (`NAME, BODY: "..."`, `NAME, economist: "..."`, `NAME (ROLE,
   PLACE):`), transcript labels (`SURNAME:`, `MS. SURNAME:`, `THE MAYOR:` after an introduction
   with the full names) and `Q:`/`A:` interviews, the answers the interviewee's;
4. `it said` for a body, nominals in a later paragraph (`the 47-year-old`, `the senator`, `the
   chief executive`, `the airline`, `the lawmaker`) beside a second person who must not take the
   quotation, and pronouns decided by an honorific, a role noun (spokeswoman, chairman, actress)
   or the subject when both people share a gender;
5. ranks before names with and without a full stop (`Sgt.`, `Insp`, `Cllr`, `Oregon Sen.`), long
   bodies with `of`/`and`/`for`, and documents credited to their issuer (`A report by BODY
   said`, `The statement read:`, `In a filing, BODY said`, `A letter signed by NAME said`);
6. titles in full (`Professor NAME, an epidemiologist at UNIVERSITY,`, `founder and chief
   executive of BODY`, `its president, NAME,`, `a former adviser to NAME`, `who heads BODY's
   fraud unit` — not checked) and a title kept when a later paragraph uses the surname;
7. datelines and bylines of many shapes, never a speaker and never inside a quotation;
8. quotation marks: single marks with apostrophes inside, nested quotations, a quotation over
   two paragraphs (the first without a closing mark: one quotation in parts), dashes;
9. mentions that never speak (`X told Y`, `X said of Y`, `X quoted Y as saying`, `a statement
   from NAME's office` — the office or NAME accepted) and texts with no quotation (negations,
   hypotheticals, titles of works, nicknames, scare quotes);
10. mixed reports (`described the plan as "..."`, `vowed to "..."`, `branded the merger "..."`)
    and indirect reports (`that`, `according to`) with titled speakers.

When an annotator's key is uncertain the case asserts less (title not checked, several speaker
readings accepted, ``exact=False`` when a question or a second reading may come out).

Run once at ab7c2e4 (``capreport.py --heldout heldout11.NAME ...``: 2,697 of 3,371, .800); the
failures were then read for template bugs only, and two were fixed (the floors record the second
run, 2,725 of 3,371, .808, quotex unchanged): the `it said` template opened with the body having
`confirmed the job cuts` — a reporting verb with a noun content that an annotator may mark as the
body's attribution, while the case forbade any other quotation (now the body `closed two
offices`); and the `Q:`/`A:` template introduced the interview as `REPORTER spoke to NAME`, which
English reads either way round (`X spoke to the Ledger` makes X the interviewee; now `REPORTER
interviewed NAME`). Rates at ab7c2e4 are in README.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from captemplates import _cap
from heldout11data import (
    ADVERBS11,
    AFTER_PHRASES11,
    APOSTROPHE_QUOTES11,
    BYLINES11,
    CLAUSES11,
    DATELINES11,
    DAYS11,
    EXCHANGES11,
    GROUPS11,
    LONG_BODIES11,
    MEN11,
    MIXED11,
    NEGATIONS11,
    NOT_QUOTES11,
    OPEN_VERBS11,
    ORGS11,
    PARTICIPLES11,
    PEOPLE11,
    PLACES11,
    QUOTES11,
    RANKS11,
    ROUNDUP_ROLES11,
    SECONDS11,
    STATES11,
    TITLES11,
    UNIVERSITIES11,
    UNMARKED_MEN11,
    UNMARKED_WOMEN11,
    WOMEN11,
)

OUTLET11 = "the Dundee Ledger"


def _other(p: Person, step: int, pool: tuple[Person, ...] = PEOPLE11) -> Person:
    return pool[(pool.index(p) + step) % len(pool)] if p in pool else pool[step % len(pool)]


def _d(content: str, p: Person, title: TitleSpec = ANY, **kw: object) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person", **kw)  # type: ignore[arg-type]


def _i(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _mx(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "mixed", (p.full,), title, "person")


def _canon(body: str) -> str:
    return body.removeprefix("the ")


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts)) % len(QUOTES11)


# --- group 1: cue verbs --------------------------------------------------------------------------


def open_cue_verbs() -> Iterator[Case]:
    """Open-class cue verbs (`implored`, `fumed`, `texted`, `shot back`, `chimed in`, `deadpanned`)
    after the quotation, inverted when English allows it, before a colon, and in the present tense
    (`"C," NAME quips.`), after names of many shapes."""
    combos = itertools.product(PEOPLE11, range(len(OPEN_VERBS11)), MARKS, range(5))
    for p, v, m, drawn in sample(combos, 180, "ho11-open-verbs"):
        past, present, invertible = OPEN_VERBS11[v]
        k = _k(v, drawn, PEOPLE11.index(p))
        shape = 0 if drawn == 2 and not invertible else drawn
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        if shape == 0:
            text, content = f"{qc} {p.full} {past}.", qc
        elif shape == 1:
            text, content = f"{p.full} {past}: {qs}", qs
        elif shape == 2:
            text, content = f"{qc} {past} {p.full}.", qc
        elif shape == 3:
            text, content = f"{qc} {p.full} {present}.", qc
        else:
            text, content = f"{p.full} {present}: {qs}", qs
        yield Case("", f"ho11-open-{shape}", text, [_d(content, p, None)])


def cue_manner() -> Iterator[Case]:
    """Manner around the cue: `NAME said quietly`, `said NAME, smiling`, `NAME said with a shrug`,
    `NAME, 44, said wearily:`, `"C," said NAME, shaking his head.`"""
    combos = itertools.product(PEOPLE11, range(6), MARKS, range(len(QUOTES11)))
    for p, shape, m, k in sample(combos, 170, "ho11-manner"):
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        adverb = ADVERBS11[k % len(ADVERBS11)]
        phrase = AFTER_PHRASES11[k % len(AFTER_PHRASES11)]
        part = PARTICIPLES11[k % len(PARTICIPLES11)].format(p=p.possessive)
        if shape == 0:
            text, content = f"{qc} {p.full} said {adverb}.", qc
        elif shape == 1:
            text, content = f"{qc} said {p.full}, {part}.", qc
        elif shape == 2:
            text, content = f"{qc} {p.full} said {phrase}.", qc
        elif shape == 3:
            text, content = f"{p.full}, {40 + k}, said {adverb}: {qs}", qs
        elif shape == 4:
            text, content = f"{qc} {p.full} says {phrase}.", qc
        else:
            text, content = f"{_cap(part)}, {p.full} said: {qs}", qs
        yield Case("", f"ho11-manner-{shape}", text, [_d(content, p, None)])


# --- group 2: unnamed and quantified speakers ------------------------------------------------------


def quantified_speakers() -> Iterator[Case]:
    """Speakers counted out of a group: `"C1," one said. "C2," another said.`, `one NOUN ... a
    second ... a third added`, `Both said`, `Some PLURAL said`, `Many PLURAL said`, `One of them,
    NAME, said`, `The two PLURAL said in a joint statement that`, `said one NOUN, who asked not to
    be named`; the speaker is the noun phrase (several readings accepted) or the name."""
    combos = itertools.product(GROUPS11, range(8), DOUBLE_MARKS, range(len(QUOTES11) - 2))
    for (plural, noun), shape, m, k in sample(combos, 180, "ho11-quantified"):
        q1, q2, q3 = (m.q(QUOTES11[k + i] + ",") for i in range(3))
        clause = CLAUSES11[k % len(CLAUSES11)]
        place = PLACES11[k % len(PLACES11)]
        intro = f"Three {plural} waited outside the town hall in {place} on {DAYS11[k % 7]}."
        expects: list[Expect]
        if shape == 0:
            text = f"{intro} {q1} one said. {q2} another said."
            expects = [
                Expect(q1, "direct", ("one", f"one {noun}", f"one of the {plural}", noun, plural)),
                Expect(q2, "direct", ("another", f"another {noun}", noun, plural)),
            ]
        elif shape == 1:
            text = f"{q1} one {noun} said. {q2} a second said. {q3} a third added."
            ordinals = zip((q1, q2, q3), ("one", "second", "third"), strict=True)
            expects = [Expect(q, "direct", (w, f"{w} {noun}", f"a {w}", noun, plural)) for q, w in ordinals]
        elif shape == 2:
            text = f"Two {plural} were still at the counter. Both said {clause}."
            names: tuple[str, ...] = ("both", "both of them", plural, f"both {plural}", f"two {plural}")
            expects = [Expect(clause, "indirect", names)]
        elif shape == 3:
            text = f"Some {plural} said {clause}."
            expects = [Expect(clause, "indirect", ("some", f"some {plural}", plural))]
        elif shape == 4:
            text = f"Many {plural} in {place} said {clause}."
            names = ("many", f"many {plural}", plural, f"many {plural} in {place}")
            expects = [Expect(clause, "indirect", names)]
        elif shape == 5:
            p = PEOPLE11[(k * 3 + shape) % len(PEOPLE11)]
            qs = m.q(QUOTES11[k] + ".")
            text = f"{intro} One of them, {p.full}, said: {qs}"
            expects = [_d(qs, p)]
        elif shape == 6:
            text = f"The two {plural} said in a joint statement that {clause}."
            names = ("two", f"two {plural}", plural, "the two", f"the two {plural}")
            expects = [Expect(f"that {clause}", "indirect", names)]
        else:
            text = f"{q1} said one {noun}, who asked not to be named."
            expects = [Expect(q1, "direct", ("one", f"one {noun}", noun))]
        yield Case("", f"ho11-quantified-{shape}", text, expects)


# --- group 3: colon credits, transcripts, interviews -----------------------------------------------


def colon_roundups() -> Iterator[Case]:
    """Colon credits in a roundup: `NAME, BODY: "C."`, `NAME, ROLE: "C."`, `NAME (ROLE, PLACE):
    "C."`, `NAME, AGE, PLACE: "C."` and two credits one after the other; titles not checked."""
    combos = itertools.product(PEOPLE11, range(5), MARKS, range(len(QUOTES11)))
    for p, shape, m, k in sample(combos, 170, "ho11-roundup"):
        qs = m.q(QUOTES11[k] + ".")
        org = ORGS11[k % len(ORGS11)]
        role = ROUNDUP_ROLES11[k % len(ROUNDUP_ROLES11)]
        place = PLACES11[k % len(PLACES11)]
        lead = f"What people in {place} told us on {DAYS11[k % 7]}:\n\n"
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expects = f"{lead}{p.full}, {_cap(org.canonical)}: {qs}", [_d(qs, p)]
        elif shape == 1:
            text, expects = f"{lead}{p.full}, {role}: {qs}", [_d(qs, p)]
        elif shape == 2:
            text, expects = f"{lead}{p.full} ({role}, {place}): {qs}", [_d(qs, p)]
        elif shape == 3:
            text, expects = f"{lead}{p.full}, {30 + k}, {place}: {qs}", [_d(qs, p)]
        else:
            o = _other(p, 7)
            q2 = m.q(QUOTES11[(k + 5) % len(QUOTES11)] + ".")
            text = f"{lead}{p.full}, {role}: {qs}\n\n{o.full}, {_cap(org.canonical)}: {q2}"
            expects = [_d(qs, p), _d(q2, o)]
            wrong = [(qs, o.full), (q2, p.full)]
        yield Case("", f"ho11-roundup-{shape}", text, expects, wrong_speakers=wrong)


def transcript_labels() -> Iterator[Case]:
    """Transcripts labelled by the surname in capitals, by `MS.`/`MR.` and the surname, or by a
    role (`THE MAYOR:`, `THE MINISTER:`) after an introduction that gave the full names; each
    answer is the interviewee's by the full name and never the questioner's."""
    pairs = list(itertools.permutations(PEOPLE11, 2))
    combos = itertools.product(pairs, range(4), range(len(EXCHANGES11)))
    for (a, b), style, e in sample(combos, 170, "ho11-transcripts"):
        (q1, a1), (q2, a2) = EXCHANGES11[e], EXCHANGES11[(e + 2) % len(EXCHANGES11)]
        place = PLACES11[e % len(PLACES11)]
        ask_named = style in (0, 1)
        if style == 0:
            intro = (
                f"{a.full}, a presenter on Radio {place}, interviewed {b.full} on {DAYS11[e]}. An "
                f"edited transcript:"
            )
            la, lb = a.surname.upper(), b.surname.upper()
        elif style == 1:
            intro = f"{a.full} questioned {b.full} at the inquiry in {place}. From the record:"
            hon_a = "MS." if a.gender == "f" else "MR."
            hon_b = "MS." if b.gender == "f" else "MR."
            la, lb = f"{hon_a} {a.surname.upper()}", f"{hon_b} {b.surname.upper()}"
        elif style == 2:
            intro = (
                f"Mayor {b.full} of {place} took questions from reporters on {DAYS11[e]}. From "
                f"the transcript:"
            )
            la, lb = "REPORTER", "THE MAYOR"
        else:
            intro = f"The finance minister, {b.full}, spoke to reporters in {place}. From the transcript:"
            la, lb = "QUESTION", "THE MINISTER"
        lines = [f"{la}: {q1}", f"{lb}: {a1}", f"{la}: {q2}", f"{lb}: {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        expects = [_d(a1, b), _d(a2, b)]
        wrong = [(a1, a.full), (a2, a.full)] if ask_named else [(a1, "reporter"), (a2, "reporter")]
        if ask_named:
            wrong += [(q1, b.full), (q2, b.full)]
        yield Case("", f"ho11-transcript-{style}", text, expects, exact=False, wrong_speakers=wrong)


def qa_interviews() -> Iterator[Case]:
    """`Q:`/`A:` interviews after an introduction of the interviewee (with a title, by an
    outlet, or by a named reporter): every answer is the interviewee's by the full name."""
    combos = itertools.product(PEOPLE11, range(3), range(len(EXCHANGES11)), range(2))
    for p, style, e, labels in sample(combos, 160, "ho11-qa"):
        (q1, a1), (q2, a2) = EXCHANGES11[e], EXCHANGES11[(e + 1) % len(EXCHANGES11)]
        org = ORGS11[e % len(ORGS11)]
        reporter = _other(p, 9)
        wrong = [(a1, OUTLET11), (a2, OUTLET11)]
        if style == 0:
            intro = f"{p.full} has run {org.name} since 2019. She spoke to {OUTLET11} this week."
            intro = intro.replace("She", _cap(p.pronoun))
        elif style == 1:
            intro = f"{p.full}, the chief executive of {org.name}, answered our questions by email."
        else:
            intro = (
                f"{reporter.full} interviewed {p.full} in {PLACES11[e % len(PLACES11)]}. This "
                f"interview has been edited."
            )
            wrong += [(a1, reporter.full), (a2, reporter.full)]
        lq, la = ("Q", "A") if labels == 0 else ("Q.", "A.")
        sep = ":" if labels == 0 else ""
        lines = [f"{lq}{sep} {q1}", f"{la}{sep} {a1}", f"{lq}{sep} {q2}", f"{la}{sep} {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            f"ho11-qa-{style}-{labels}",
            _cap(text),
            [_d(a1, p), _d(a2, p)],
            exact=False,
            wrong_speakers=wrong,
        )


# --- group 4: pronouns and nominals ----------------------------------------------------------------


def body_it_said() -> Iterator[Case]:
    """`it said` for a body: after `BODY said in a statement that C.`, after a paragraph about the
    body, with `It added that`, and with a person mentioned first who must not take the
    quotation."""
    combos = itertools.product(ORGS11, range(4), MARKS, range(len(QUOTES11)))
    for org, shape, m, k in sample(combos, 160, "ho11-body-it"):
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        day = DAYS11[k % 7]
        p = PEOPLE11[(k + ORGS11.index(org)) % len(PEOPLE11)]
        who = (org.canonical,)
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{_cap(org.name)} said in a statement on {day} that {clause}. {qc} it said."
            expects = [Expect(f"that {clause}", "indirect", who), Expect(qc, "direct", who)]
        elif shape == 1:
            text = f"{_cap(org.name)} closed two offices on {day}.\n\n{qc} it said in a statement."
            expects = [Expect(qc, "direct", who)]
        elif shape == 2:
            text = f"{qc} {org.name} said in a statement. It added that {clause}."
            expects = [Expect(qc, "direct", who), Expect(f"that {clause}", "indirect", who)]
        else:
            text = (
                f"{p.full} left {org.name} in March after eleven years.\n\n"
                f"{_cap(org.nominal)} said in a statement on {day}: {qs} It said {clause}."
            )
            expects = [Expect(qs, "direct", who), Expect(clause, "indirect", who)]
            wrong = [(qs, p.full), (clause, p.full)]
        yield Case("", f"ho11-body-it-{shape}", text, expects, wrong_speakers=wrong)


def later_nominals() -> Iterator[Case]:
    """A nominal in the next paragraph (`the 47-year-old`, `the senator`, `the chief executive`,
    `the airline`, `the lawmaker`) picks the person or body it describes, never the second person
    of the first paragraph."""
    combos = itertools.product(PEOPLE11, range(6), DOUBLE_MARKS, range(len(QUOTES11)))
    for p, shape, m, k in sample(combos, 170, "ho11-nominals"):
        o = _other(p, 5)
        qc = m.q(QUOTES11[k] + ",")
        place = PLACES11[k % len(PLACES11)]
        state = STATES11[k % len(STATES11)]
        speaker: NameSpec = (p.full,)
        title: TitleSpec = ANY
        if shape == 0:
            p1 = f"{p.full}, 47, was replaced by {o.full} as harbour master in {place} on {DAYS11[k % 7]}."
            p2 = f"{qc} the 47-year-old said."
        elif shape == 1:
            p1 = (
                f"Sen. {p.full}, a Democrat from {state}, questioned {o.full}, the head of the "
                f"port authority, for an hour."
            )
            p2 = f"{qc} the senator said."
        elif shape == 2:
            p1 = f"{p.full}, chief executive of Loxley Biotech, hired {o.full} as head of research last year."
            p2 = f"{qc} the chief executive said."
            title = Contains(("chief executive",))
        elif shape == 3:
            p1 = (
                f"Tirravel Airways grounded two jets on {DAYS11[k % 7]} after {o.full}, a "
                f"passenger, filmed smoke in the cabin."
            )
            p2 = f"{qc} the airline said."
            speaker = ("Tirravel Airways",)
        elif shape == 4:
            p1 = (
                f"Rep. {p.full} of {state} clashed with {o.full}, a lobbyist for Dunmarsh Mutual "
                f"Insurance, at the hearing."
            )
            p2 = f"{qc} the lawmaker said."
        else:
            p1 = f"{p.full}, 47, and {o.full}, 29, both applied to lead the rescue service in {place}."
            p2 = f"{qc} the 47-year-old said."
        expect = Expect(qc, "direct", speaker, title)
        yield Case("", f"ho11-nominal-{shape}", f"{p1}\n\n{p2}", [expect], wrong_speakers=[(qc, o.full)])


def pronoun_gender() -> Iterator[Case]:
    """Pronouns decided by gender: a person introduced in apposition then `She told ...` after
    another person's quotation; an unmarked given name with `spokeswoman`, `chairman`, `actress`,
    `Ms.` or `Mr.`; two people of one gender where the subject decides."""
    women = WOMEN11 + UNMARKED_WOMEN11
    combos = itertools.product(range(6), range(len(QUOTES11)), DOUBLE_MARKS, range(10))
    for shape, k, m, r in sample(combos, 170, "ho11-pron-gender"):
        q1, q2 = m.q(QUOTES11[k] + ","), m.q(QUOTES11[(k + 3) % len(QUOTES11)] + ".")
        org = ORGS11[(k + r) % len(ORGS11)]
        uw = UNMARKED_WOMEN11[r % len(UNMARKED_WOMEN11)]
        um = UNMARKED_MEN11[(r + k) % len(UNMARKED_MEN11)]
        man, woman = MEN11[r], WOMEN11[(r + k) % len(WOMEN11)]
        day = DAYS11[k % 7]
        if shape == 0:
            a, b = (man, woman) if k % 2 else (woman, man)
            p1 = (
                f"{_possessive(org.canonical)} finance director, {b.full}, sat beside {a.full} at "
                f"the briefing. {q1} {a.full} said."
            )
            text = f"{p1}\n\n{_cap(b.pronoun)} told reporters: {q2}"
            expects, wrong = [_d(q1, a), _d(q2, b)], [(q2, a.full)]
        elif shape == 1:
            p1 = f"{uw.full}, a spokeswoman for {org.name}, stood beside {man.full} at the briefing on {day}."
            text = f"{p1}\n\n{q1} she said."
            expects, wrong = [_d(q1, uw, Contains(("spokeswoman",)))], [(q1, man.full)]
        elif shape == 2:
            p1 = f"{um.full}, the chairman of {org.name}, met {woman.full} on {day}."
            text = f"{p1}\n\n{q1} he said."
            expects, wrong = [_d(q1, um)], [(q1, woman.full)]
        elif shape == 3:
            p1 = f"The actress {uw.full} shared the stage in {PLACES11[k % 9]} with {man.full} for a decade."
            text = f"{p1}\n\n{q1} she said."
            expects, wrong = [_d(q1, uw, Contains(("actress",)))], [(q1, man.full)]
        elif shape == 4:
            if k % 2:
                p1 = f"Ms. {uw.full} took over the bakery from {um.full} in 2021."
                text, who, other = f"{p1}\n\n{q1} she said.", uw, um
            else:
                p1 = f"Mr. {um.full} sold the bakery to {uw.full} in 2021."
                text, who, other = f"{p1}\n\n{q1} he said.", um, uw
            expects, wrong = [_d(q1, who)], [(q1, other.full)]
        else:
            pool = women if k % 2 else MEN11 + UNMARKED_MEN11
            a, b = pool[r % len(pool)], pool[(r + 3) % len(pool)]
            text = f"{a.full} spoke after {b.full} had left the room. {q1} {a.pronoun} said."
            expects, wrong = [_d(q1, a)], [(q1, b.full)]
        yield Case("", f"ho11-pron-gender-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: names, bodies and documents ----------------------------------------------------------


def rank_names() -> Iterator[Case]:
    """Ranks and abbreviations before a name (`Sgt.`, `Sgt`, `Capt.`, `Insp`, `Gov.`, `Sen.`,
    `Cllr`, `Rev.`, `Prof`), a state before `Sen.`, and a later `RANK SURNAME`: the speaker is the
    full name without the rank."""
    combos = itertools.product(PEOPLE11, range(len(RANKS11)), range(2), range(5))
    for p, r, stop, shape in sample(combos, 180, "ho11-ranks"):
        with_stop, without = RANKS11[r]
        rank = with_stop if stop or without is None else without
        k = _k(r, shape, PEOPLE11.index(p))
        m = MARKS[(k + r) % len(MARKS)]
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        if shape == 0:
            text, expect = f"{qc} said {rank} {p.full}.", _d(qc, p)
        elif shape == 1:
            text, expect = f"{rank} {p.full} said: {qs}", _d(qs, p)
        elif shape == 2:
            text, expect = f"{qc} {rank} {p.full} told reporters.", _d(qc, p)
        elif shape == 3:
            state = STATES11[k % len(STATES11)]
            text, expect = (
                f"{state} Sen. {p.full} said on {DAYS11[k % 7]} that {clause}.",
                _i(f"that {clause}", p),
            )
        else:
            text = (
                f"{rank} {p.full} arrived in {PLACES11[k % 9]} on {DAYS11[k % 7]}.\n\n{qc} {rank} "
                f"{p.surname} said."
            )
            expect = _d(qc, p)
        yield Case("", f"ho11-rank-{shape}", text, [expect])


def long_bodies() -> Iterator[Case]:
    """Long bodies with `of`, `and`, `for` in apposition or speaking themselves: the person keeps
    the full name and the body its full name (never cut at `and`)."""
    combos = itertools.product(PEOPLE11, range(len(LONG_BODIES11)), MARKS, range(6))
    for p, b, m, shape in sample(combos, 170, "ho11-long-bodies"):
        body = LONG_BODIES11[b]
        k = _k(b, shape, PEOPLE11.index(p))
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        spokes = "spokeswoman" if p.gender == "f" else "spokesman"
        if shape == 0:
            text, expect = (
                f"{p.full}, a {spokes} for {body}, said {clause}.",
                _i(clause, p, Contains((spokes,))),
            )
        elif shape == 1:
            text, expect = f"{qc} said {p.full}, director of {body}.", _d(qc, p, Contains(("director",)))
        elif shape == 2:
            text = f"{_cap(body)} said on {DAYS11[k % 7]} that {clause}."
            expect = Expect(f"that {clause}", "indirect", (_canon(body),))
        elif shape == 3:
            text, expect = f"{p.full} of {body} said: {qs}", _d(qs, p)
        elif shape == 4:
            text, expect = f"{qc} {body} said in a statement.", Expect(qc, "direct", (_canon(body),))
        else:
            text, expect = f"The head of {body}, {p.full}, said: {qs}", _d(qs, p, Contains(("head",)))
        yield Case("", f"ho11-long-body-{shape}", text, [expect])


def issued_documents() -> Iterator[Case]:
    """Documents credited to their issuer: `A report by BODY said C.`, `The statement read:`,
    `In a filing, BODY said`, `A letter signed by NAME said that`, `A letter signed by NAME and
    sent to OTHER said:` (the recipient never speaks), `BODY's annual report said`."""
    combos = itertools.product(ORGS11, range(6), MARKS, range(len(QUOTES11)))
    for org, shape, m, k in sample(combos, 160, "ho11-documents"):
        qs = m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        p = PEOPLE11[(k * 3 + ORGS11.index(org)) % len(PEOPLE11)]
        o = _other(p, 3)
        who = (org.canonical,)
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expect = f"A report by {org.name} said {clause}.", Expect(clause, "indirect", who)
        elif shape == 1:
            text = f"{_cap(org.name)} issued a statement on {DAYS11[k % 7]}. The statement read: {qs}"
            expect = Expect(qs, "direct", who)
        elif shape == 2:
            text, expect = f"In a filing, {org.name} said {clause}.", Expect(clause, "indirect", who)
        elif shape == 3:
            text, expect = f"A letter signed by {p.full} said that {clause}.", _i(f"that {clause}", p)
        elif shape == 4:
            text = f"A letter signed by {p.full} and sent to {o.full} on {DAYS11[k % 7]} said: {qs}"
            expect, wrong = _d(qs, p), [(qs, o.full)]
        else:
            text = (
                f"{_cap(_possessive(org.name))} annual report, published on {DAYS11[k % 7]}, said {clause}."
            )
            expect = Expect(clause, "indirect", who)
        yield Case("", f"ho11-document-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 6: titles ------------------------------------------------------------------------------


def stated_titles() -> Iterator[Case]:
    """Titles stated in full: `Professor NAME, an epidemiologist at UNIVERSITY,`, `Sen. NAME, a
    Democrat from STATE,` (not checked), `founder and chief executive of BODY`, `its president,
    NAME,` after a body, `a former adviser to OTHER`, `who heads BODY's fraud unit` (not
    checked), two titles joined by `and`."""
    combos = itertools.product(PEOPLE11, range(7), MARKS, range(len(QUOTES11)))
    for p, shape, m, k in sample(combos, 180, "ho11-stated-titles"):
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        org = ORGS11[k % len(ORGS11)]
        uni = UNIVERSITIES11[k % len(UNIVERSITIES11)]
        clause = CLAUSES11[k % len(CLAUSES11)]
        o = _other(p, 7)
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"Professor {p.full}, an epidemiologist at {uni}, said: {qs}"
            expect = _d(qs, p, Contains(("epidemiologist", _canon(uni))))
        elif shape == 1:
            text = f"Sen. {p.full}, a Democrat from {STATES11[k % 6]}, said {clause}."
            expect = _i(clause, p)
        elif shape == 2:
            text = f"{qc} said {p.full}, founder and chief executive of {org.name}."
            expect = _d(qc, p, Contains(("founder", "chief executive", org.canonical)))
        elif shape == 3:
            text = (
                f"{_cap(org.name)} opened a depot in {PLACES11[k % 9]} on "
                f"{DAYS11[k % 7]}.\n\n{qc} its president, {p.full}, said."
            )
            expect = _d(qc, p, Contains(("president",)))
        elif shape == 4:
            text = f"{p.full}, a former adviser to {o.full}, said: {qs}"
            expect, wrong = _d(qs, p, Contains(("adviser",))), [(qs, o.full)]
        elif shape == 5:
            text = f"{qc} said {p.full}, who heads {_possessive(org.canonical)} fraud unit."
            expect = _d(qc, p)
        else:
            text = (
                f"{p.full}, a senior economist at {org.name} and a former central bank official, "
                f"said {clause}."
            )
            expect = _i(clause, p, Contains(("economist",)))
        yield Case("", f"ho11-stated-title-{shape}", text, [expect], wrong_speakers=wrong)


def title_kept() -> Iterator[Case]:
    """A title stated once (after an inverted cue, in apposition, before the name) is kept when a
    later paragraph credits a quotation to the surname, `Ms.`/`Mr.` and the surname, or `says`
    in the present."""
    combos = itertools.product(PEOPLE11, range(len(TITLES11)), MARKS, range(4))
    for p, t, m, shape in sample(combos, 170, "ho11-title-kept"):
        appos, parts = TITLES11[t]
        k = _k(t, shape, PEOPLE11.index(p))
        q1, q2 = m.q(QUOTES11[k] + ","), m.q(QUOTES11[(k + 4) % len(QUOTES11)] + ",")
        title = Contains(parts)
        hon = "Ms." if p.gender == "f" else "Mr."
        if shape == 0:
            text = f"{q1} said {p.full}, {appos}.\n\n{q2} {p.surname} said."
        elif shape == 1:
            text = f"{p.full}, {appos}, spoke first.\n\n{q1} said {hon} {p.surname}. {q2} {p.surname} added."
        elif shape == 2:
            text = f"{q1} says {p.full}, {appos}.\n\n{q2} says {p.surname}."
        else:
            text = f"{q1} {p.full}, {appos}, said on {DAYS11[k % 7]}.\n\n{q2} {p.pronoun} said."
        yield Case("", f"ho11-title-kept-{shape}", text, [_d(q1, p, title), _d(q2, p, title)])


# --- group 7: datelines and bylines --------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """Datelines (`LAGOS, Nigeria (Reuters) -`, `NAIROBI, Kenya, March 3 (AP) —`, `WASHINGTON —`)
    and bylines (`By NAME, Staff Writer`) before the first paragraph: never a speaker, never in a
    quotation."""
    combos = itertools.product(PEOPLE11, range(len(DATELINES11)), MARKS, range(5))
    for p, dl, m, shape in sample(combos, 180, "ho11-datelines"):
        dateline, parts = DATELINES11[dl]
        k = _k(dl, shape, PEOPLE11.index(p))
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        appos, tparts = TITLES11[k % len(TITLES11)]
        org = ORGS11[k % len(ORGS11)]
        writer = _other(p, 11)
        byline, bparts = BYLINES11[k % len(BYLINES11)]
        top = byline.format(n=writer.full, N=writer.full.upper()) + "\n\n"
        forbidden: tuple[str, ...] = parts
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expect = (
                f"{dateline}{p.full} said on {DAYS11[k % 7]} that {clause}.",
                _i(f"that {clause}", p),
            )
        elif shape == 1:
            text = f"{dateline}{qc} {p.full}, {appos}, said on {DAYS11[k % 7]}."
            expect = _d(qc, p, Contains(tparts))
        elif shape == 2:
            text, expect = f"{top}{dateline}{qc} said {p.full}.", _d(qc, p)
            forbidden, wrong = parts + bparts, [(qc, writer.full)]
        elif shape == 3:
            text = f"{dateline}{_cap(org.name)} said on {DAYS11[k % 7]} that {clause}."
            expect = Expect(f"that {clause}", "indirect", (org.canonical,))
        else:
            text, expect = (
                f"{top}{dateline}{p.full}, {appos}, told reporters: {qs}",
                _d(qs, p, Contains(tparts)),
            )
            forbidden, wrong = parts + bparts, [(qs, writer.full)]
        yield Case("", f"ho11-dateline-{shape}", text, [expect], forbidden=forbidden, wrong_speakers=wrong)


# --- group 8: quotation marks ----------------------------------------------------------------------


def quote_marks() -> Iterator[Case]:
    """Single marks with apostrophes inside (`'We can't ... goodwill,' said NAME.`), a quotation
    nested in another, a quotation over two paragraphs whose first paragraph has no closing mark
    (one quotation in parts), dashes inside and a dash before the quotation."""
    combos = itertools.product(PEOPLE11, range(5), MARKS, range(len(QUOTES11)))
    for p, shape, m, k in sample(combos, 180, "ho11-marks"):
        expects: list[Expect]
        if shape == 0:
            a = m.close if m in SINGLE_MARKS else "'"
            body = APOSTROPHE_QUOTES11[k % len(APOSTROPHE_QUOTES11)].format(a=a)
            qc = m.q(body + ",")
            text, expects = f"{qc} said {p.full}.", [_d(qc, p)]
        elif shape == 1:
            inner = SINGLE_MARKS[k % 2] if m in DOUBLE_MARKS else DOUBLE_MARKS[k % 2]
            qc = m.q(f"My mother always said {inner.q('wait for the tide')}, and we waited,")
            text, expects = f"{qc} {p.full} said.", [_d(qc, p)]
        elif shape == 2:
            first = m.q(QUOTES11[k] + ",")
            second = f"{m.open}{SECONDS11[k % len(SECONDS11)]}"
            third = m.q(QUOTES11[(k + 6) % len(QUOTES11)] + ".")
            intro = f"{p.full} runs the ferry office in {PLACES11[k % 9]}.\n\n"
            text = f"{intro}{first} {p.surname} said. {second}\n\n{third}\n\nThe council did not reply."
            whole = text[text.index(first) : text.index(third) + len(third)]
            expects = [Expect(whole, "direct", (p.full,), parts=(first, second, third))]
            yield Case("", f"ho11-marks-{shape}", text, expects, exact=False)
            continue
        elif shape == 3:
            qc = m.q(f"We asked once — then twice — and {_lower_first(QUOTES11[k])},")
            text, expects = f"{qc} said {p.full}.", [_d(qc, p)]
        else:
            qs = m.q(QUOTES11[k] + ".")
            text, expects = f"Asked about the delay, {p.full} was blunt — {qs}", [_d(qs, p)]
        yield Case("", f"ho11-marks-{shape}", text, expects)


# --- group 9: never a speaker, not a quotation -----------------------------------------------------


def not_the_speaker() -> Iterator[Case]:
    """A mentioned person who never speaks: `X told Y on the phone that`, `X said of Y:`, `"C," X
    said of Y.`, `X quoted Y as saying:` (Y speaks), `"C," X said, pointing at Y.`, `X was asked
    about Y's resignation`, and `A statement from X's office said` (X or the office accepted)."""
    combos = itertools.product(PEOPLE11, range(7), MARKS, range(len(QUOTES11)))
    for x, shape, m, k in sample(combos, 180, "ho11-not-speaker"):
        y = _other(x, 3)
        qc, qs = m.q(QUOTES11[k] + ","), m.q(QUOTES11[k] + ".")
        clause = CLAUSES11[k % len(CLAUSES11)]
        speaker, wrong_name = x, y
        if shape == 0:
            text, expect = f"{x.full} told {y.full} on the phone that {clause}.", _i(f"that {clause}", x)
        elif shape == 1:
            text, expect = f"{x.full} said of {y.full}: {qs}", _d(qs, x)
        elif shape == 2:
            text, expect = f"{qc} {x.full} said of {y.full}.", _d(qc, x)
        elif shape == 3:
            text, expect = f"{x.full} quoted {y.full} as saying: {qs}", _d(qs, y)
            speaker, wrong_name = y, x
        elif shape == 4:
            text, expect = f"{qc} {x.full} said, pointing at {y.full}.", _d(qc, x)
        elif shape == 5:
            text = f"{x.full} was asked about {_possessive(y.full)} resignation.\n\n{qc} {x.surname} said."
            expect = _d(qc, x)
        else:
            text = f"A statement from {_possessive(y.full)} office said {clause}."
            names = (y.full, f"{_possessive(y.full)} office", f"{_possessive(y.surname)} office", "office")
            expect, wrong_name = Expect(clause, "indirect", names), x
        del speaker
        yield Case(
            "",
            f"ho11-not-speaker-{shape}",
            text,
            [expect],
            wrong_speakers=[(expect.content, wrong_name.full)],
        )


def no_quotation() -> Iterator[Case]:
    """No quotation at all: negated reports (`did not say whether`, `declined to say`, `refused to
    say`, `would not say`), hypotheticals, and titles of works, nicknames, a ferry's name and
    scare quotes in marks."""
    combos = itertools.product(PEOPLE11, range(len(NEGATIONS11) + len(NOT_QUOTES11)), MARKS)
    for p, t, m in sample(combos, 200, "ho11-no-quote"):
        i = PEOPLE11.index(p)
        if t < len(NEGATIONS11):
            text = NEGATIONS11[t].format(n=p.full, p=p.pronoun, c=CLAUSES11[(t + i) % len(CLAUSES11)])
        else:
            text = NOT_QUOTES11[t - len(NEGATIONS11)].format(
                o=m.open, c=m.close, n=p.full, p=PLACES11[(t + i) % 9], d=DAYS11[(t + i) % 7]
            )
        yield Case("", f"ho11-no-quote-{t}", _cap(text), [])


# --- group 10: mixed and indirect reports with titles ----------------------------------------------


def mixed_reports() -> Iterator[Case]:
    """Mixed reports with a titled speaker: `NAME, TITLE, described the plan as "..."`, `vowed to
    "..."`, `branded the merger "..."`, `dismissed the report as "..."`, the title in apposition
    or a rank before the name."""
    combos = itertools.product(PEOPLE11, range(len(MIXED11)), MARKS, range(2))
    for p, f, m, how in sample(combos, 170, "ho11-mixed"):
        sentence, content = MIXED11[f]
        appos, parts = TITLES11[(f + PEOPLE11.index(p)) % len(TITLES11)]
        title: TitleSpec
        if how == 0:
            who, title = f"{p.full}, {appos},", Contains(parts)
        else:
            who, title = f"Cllr {p.full}", ANY
        text = _cap(sentence.format(n=who, o=m.open, c=m.close))
        yield Case("", f"ho11-mixed-{f}-{how}", text, [_mx(content.format(o=m.open, c=m.close), p, title)])


def indirect_reports() -> Iterator[Case]:
    """Indirect reports with a titled speaker: `NAME, TITLE, said that C.`, `According to NAME,
    TITLE, C.`, `C, according to NAME, TITLE.`, `NAME told lawmakers on DAY that C.`, `NAME,
    TITLE, warned on DAY that C.`"""
    combos = itertools.product(PEOPLE11, range(5), range(len(CLAUSES11)))
    for p, shape, c in sample(combos, 170, "ho11-indirect"):
        clause = CLAUSES11[c]
        appos, parts = TITLES11[(c + shape) % len(TITLES11)]
        title = Contains(parts)
        day = DAYS11[c % 7]
        if shape == 0:
            text, expect = f"{p.full}, {appos}, said that {clause}.", _i(f"that {clause}", p, title)
        elif shape == 1:
            text, expect = f"According to {p.full}, {appos}, {clause}.", _i(clause, p, title)
        elif shape == 2:
            text, expect = f"{_cap(clause)}, according to {p.full}, {appos}.", _i(_cap(clause), p, title)
        elif shape == 3:
            text, expect = f"{p.full} told lawmakers on {day} that {clause}.", _i(f"that {clause}", p, None)
        else:
            text, expect = (
                f"{p.full}, {appos}, warned on {day} that {clause}.",
                _i(f"that {clause}", p, title),
            )
        yield Case("", f"ho11-indirect-{shape}", text, [expect])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout11.{name}", group, description, unique_texts(gen))


HELD_OUT_11 = (
    _named(
        "open_cue_verbs",
        "1",
        "implored, fumed, texted, shot back, chimes in; past and present",
        open_cue_verbs,
    ),
    _named("cue_manner", "1", "said quietly, said NAME smiling, said with a shrug", cue_manner),
    _named("quantified_speakers", "2", "one/another/a third, both, some, many, the two", quantified_speakers),
    _named("colon_roundups", "3", "NAME, BODY: / NAME, economist: / NAME (ROLE, PLACE):", colon_roundups),
    _named(
        "transcript_labels",
        "3",
        "SURNAME:, MS. SURNAME:, THE MAYOR: after an introduction",
        transcript_labels,
    ),
    _named("qa_interviews", "3", "Q:/A: interviews, answers the interviewee's", qa_interviews),
    _named("body_it_said", "4", "it said for a body", body_it_said),
    _named("later_nominals", "4", "the 47-year-old, the senator, the airline, the lawmaker", later_nominals),
    _named("pronoun_gender", "4", "spokeswoman, chairman, actress, Ms., subject decides", pronoun_gender),
    _named("rank_names", "5", "Sgt., Insp, Cllr, Oregon Sen. before names", rank_names),
    _named("long_bodies", "5", "bodies with of/and/for in apposition or speaking", long_bodies),
    _named("issued_documents", "5", "a report by, the statement read, a letter signed by", issued_documents),
    _named(
        "stated_titles", "6", "epidemiologist at, founder and chief executive, its president", stated_titles
    ),
    _named("title_kept", "6", "a title kept for a later surname, Ms., says, pronoun", title_kept),
    _named("datelines_bylines", "7", "datelines and bylines of many shapes", datelines_bylines),
    _named("quote_marks", "8", "apostrophes in single marks, nesting, two paragraphs, dashes", quote_marks),
    _named("not_the_speaker", "9", "told Y, said of Y, quoted Y as saying, Y's office", not_the_speaker),
    _named("no_quotation", "9", "negations, hypotheticals, titles of works, nicknames", no_quotation),
    _named("mixed_reports", "10", "described as, vowed to, branded, dismissed as", mixed_reports),
    _named("indirect_reports", "10", "that, according to, with titled speakers", indirect_reports),
)
