"""Seventy-eighth held-out round: capabilities written at commit ``2c4496dc`` by a helper (``hcap84``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout78data.py``: thirty invented politicians, candidates,
experts, officials and spokespeople of French, Tamil, Yoruba, Italian, German, Irish, Igbo, Japanese, Dutch,
Lebanese, Scottish, Australian, Polish, Portuguese, Mexican, Swedish, American, Ghanaian, English and Telugu
origin, each with a gender and an age; seven claimants' posts and six experts' posts, each as written after
and before a name and as a short second reference; bodies that issue statements and publish figures, some of
one word; documents a figure comes from; outlets and fact-checking desks; claims as said and as reported,
responses, corrections, captions, reported clauses, pointed fragments and split quotations; rating labels,
slogans, nicknames, scare terms and report titles in marks) as a round of FACT-CHECKS AND CLAIM REVIEWS as a
fact-checking desk writes them: every case is a short passage (one to five sentences, or a short article)
with one to three people, and every quotation checks the content (the marks and the words inside them for a
direct quotation; the reported clause, with or without its *that*, for an indirect one; the clause with its
marked fragment, or the fragment alone, for a mixed one), the kind, the canonical full name and, whenever the
text states one, the title with `Contains` of the role noun and each affiliation stated, with
`wrong_speakers` for every other person, body, outlet, desk and document in the passage.

Conventions: the verdict is the desk's. *DESK rated the claim false* (an act with an object and no words)
and *DESK found* (a finding in the desk's own wording that follows a claim) may come out as the desk's report
or nothing, never the claimant's; *DESK found that C* on its own is the desk's report. The fact-checker's own
wording (*In fact, C.*, *That claim is false.*, *Our rating: ...*) is nobody's quotation. A claim quoted
after *The claim:* in a desk's layout is the claimant's named in the next sentence. A nominal claim (*NAME's
claim that C is misleading*, *a claim by NAME that C*) may come out as NAME's report or nothing, never the
desk's. A post, chart or video that *claims* or *reads* with no named author gives a quotation with no speaker
or with the description as its name, never a person of the passage, and never the person a post wrongly
attributes the words to. A statement, email or post issued by a body speaks for the body; a document that
*found* or *concluded* speaks for itself or its publisher; *the DOC shows that C* and *figures from BODY show
C* may come out as the document's or body's report or nothing. A spokesperson's title holds `spokes` and the
body or person spoken for (*a spokeswoman for Dale Hutchins* holds `Hutchins`). A relation (*POSS rival*)
states no checked title. *Asked about X* / *Asked for comment* may come out as a report with no speaker;
*declined to comment* and acts with objects (*corrected the claim*, *shared the fact-check*) may come out as
the doer's report or nothing. A split quotation may come out as two quotations or as one span with its
credit inside; a report followed by the same speaker's uncredited quotation as one quotation or two.

Key fixes after the one run (no case weakened): four shapes had an act with an object and no words (*OTHER
cited the figure at a rally*, *first cited the figure(s) ...*, *OTHER questioned it*, *OTHER checked it*) that
the key had not provided for; by the convention the project keeps for such acts they are now accepted as the
doer's report or nothing (never another's), and every quotation of those cases is checked as before (108 cases
across `responses`, `pronouns` and `controls`). In *DESK found that C, contrary to a claim by FULL* the
adjunct may belong to the desk's finding as well as to the sentence, so the key also accepts the finding with
the adjunct inside it, still the desk's and never FULL's (31 cases).

1. claims quoted in full with where and when: a rally, an interview, a post, a campaign ad in the present
   tense, `tweeted`, `told supporters`, a debate, a town hall with a colon credit, `repeated the claim,
   telling OUTLET:` (`claims_direct`);
2. claims reported: `claimed that`, `has repeatedly said`, `asserted`, `falsely claimed`, `suggested in an
   ad`, `According to`, `told OUTLET`, a fronted clause, `wrote on social media` (`claims_reported`);
3. verdicts beside claims: `DESK rated the claim false`, `That claim is false.`, `a claim by NAME that`,
   `The claim: "C"`, `DESK found that`, `Verdict: False.`, `Our rating:`, a desk reviewing a quoted claim,
   `The claim is misleading, DESK found, because` (`verdicts`);
4. experts asked to check: `FULL, POST, said`, `said FULL, POST, who reviewed the data for DESK`, `Asked about
   the claim,`, `POST FULL told DESK`, `According to`, a desk asking then a pronoun, `cautioned`, `The POST,
   FULL, put it bluntly:`, two experts disagreeing (`experts`);
5. official sources, bodies and documents: `BODY said in a statement`, `in an email to DESK`, `According to
   BODY`, `DOC ..., which found that`, a spokesperson for BODY, `BODY told DESK`, a body then its
   spokesperson, `BODY posted on social media:`, `In its DOC, BODY concluded that` (`official_sources`);
6. the claimant's response and corrections: a spokesperson for the claimant, `stood by the claim` then a
   pronoun, no response, `declined to comment`, `In a reply to DESK, FULL wrote:`, `corrected the claim,
   writing on social media:`, `POSS spokeswoman said`, `conceded`, `acknowledged the error` (`responses`);
7. claims repeated and shared: a post shared thousands of times, words a post wrongly attributes to a
   person, a viral video showing a person saying, a claim first made by one person and repeated by another,
   posts and a chart that claim, a caption, `repeated the claim, telling OUTLET:`, a deleted post
   (`viral_posts`);
8. the claim quoted against the desk's own wording: `In fact, C.`, `That is not accurate:`, `But the DOC
   shows that`, a loaded phrase in marks then figures from a body, a nominal claim, an ad then `The
   numbers tell a different story.`, `The correct figure, according to BODY, is` (`quoted_vs_own`);
9. pronouns across a claimant and an expert of both genders and of the same gender (`pronouns`);
10. second references: `the mayor said`, `the economist said`, `the spokeswoman added`, by surname after two
    quotations, by surname after a second person, by role after two people, by age (`second_refs`);
11. split quotations: `"C1," FULL, POST, said, "c2."`, `said FULL, POST,`, by surname, present tense, an
    outlet inside the credit, by role, another person inside the credit (`split_quotes`);
12. indirect reports with open cue verbs: `insisted`, `warned`, `conceded`, `noted`, `pointed out` ...,
    without *that*, `wrote in OUTLET`, `posted on social media`, two clauses, `told DESK in an email`, a
    fronted clause, a report about another person, `maintained` (`indirect_cues`);
13. mixed quotations: `called X "F"`, `said X was "F"`, `described X as "F"`, `dismissed X as "F"`, `in POSS
    words`, `told OUTLET that X had been "F"`, two people's fragments, `considered X "F"` (`mixed_quotes`);
14. short fact-check articles of four paragraphs: a rally claim checked by an expert, a viral post traced
    to its source, a claim corrected, a debate claim (`articles`);
15. controls: rating labels, slogans, nicknames, scare terms and report titles in marks where nobody
    speaks, a desk's review and an unavailable claimant, `declined to comment`, a shared fact-check,
    narrative, and one real quotation beside a slogan (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout78data import (
    ALLMARKS78,
    BODIES78,
    CAPTIONS78,
    CLAIMANTS78,
    CLAIMS78,
    CLAUSES78,
    CORRECTIONS78,
    DAYS78,
    DESKS78,
    DOCS78,
    EXPERTS78,
    FRAGCLAIMS78,
    FRAGS78,
    MARKS78,
    NARRATIVE78,
    NICKS78,
    OUTLETS78,
    PEOPLE78,
    QUOTES78,
    RATINGS78,
    SCARE78,
    SLOGANS78,
    SPLITS78,
    TITLES78,
    TOWNS78,
    Post78,
)
from heldout_kit import Mark, Person, found_quote, one_of, other_person, segmented, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import keyed_case as _case
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE78, p, step, gender=gender, avoid=avoid)


def _names(who: Who) -> NameSpec:
    return (who.full,) if isinstance(who, Person) else who


def _d(content: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """A direct quotation of *who* (a person, or accepted names)."""
    if isinstance(who, Person):
        return Expect(content, "direct", _names(who), title, "person")
    return Expect(content, "direct", who, title)


def _r(content: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """A reported clause of *who*."""
    if isinstance(who, Person):
        return Expect(content, "indirect", _names(who), title, "person")
    return Expect(content, "indirect", who, title)


def _that(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    return _r(one_of(text, (f"that {clause}", clause)), who, title)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return segmented(text, ((f"that {clause}", ("mixed",)), (clause, ("mixed",))), _names(who), title)


def _t(post: Post78) -> Contains:
    """The title a key checks: the post's role noun and its body or place."""
    return Contains(post.parts)


def _spk(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _qt(n: int) -> str:
    return QUOTES78[n % len(QUOTES78)]


def _cl(n: int) -> str:
    return CLAUSES78[n % len(CLAUSES78)]


def _claim(n: int) -> tuple[str, str]:
    return CLAIMS78[n % len(CLAIMS78)]


def _cp(n: int) -> Post78:
    return CLAIMANTS78[n % len(CLAIMANTS78)]


def _ep(n: int) -> Post78:
    return EXPERTS78[n % len(EXPERTS78)]


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Health Ministry`, `Brightline`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout78.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS78, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE78, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE78.index(p), shape, r)


def _groups(text: str, parts: Sequence[str], p: Who, title: TitleSpec) -> list[Expect]:
    """Consecutive parts of one speaker's quotation split by a credit: each part on its own, or one span."""
    whole = _span(text, parts[0], parts[-1])
    return _alts(text, [_d(x, p, title) for x in parts], [_d(whole, p, title)])


def _anon(text: str, content: str, kind: str, descs: tuple[str, ...]) -> Expect:
    """An unnamed source's quotation (a post, a chart): no speaker, or the description as its name."""
    found = found_quote(text, content)
    if found is not None and found.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, descs)


def _anon_that(text: str, clause: str, descs: tuple[str, ...]) -> Expect:
    return _anon(text, one_of(text, (f"that {clause}", clause)), "indirect", descs)


def _tol(text: str, region: str, actors: Sequence[str] = ()) -> list[Expect]:
    """`tolerate` with each actor's name accepted with and without a leading *the*."""
    names: list[str] = []
    for name in actors:
        bare = name[4:] if name.lower().startswith("the ") else name
        names += [bare, f"the {bare}"]
    return tolerate(text, region, tuple(names))


def _body(n: int) -> tuple[str, str, tuple[str, ...]]:
    """A body: as written at a sentence's start, inside a sentence, and the names a key accepts."""
    cap_form, acc = BODIES78[n % len(BODIES78)]
    return cap_form, _low(cap_form), acc


# --- 1. claims quoted in full -------------------------------------------------------------------------------


def claims_direct() -> Iterator[Case]:
    """`At a rally in TOWN on DAY, FULL, POST, said: "C."`, `"C," FULL said in an interview with OUTLET.`,
    `FULL claimed in a post on social media on DAY: "C."`, `"C," POST FULL told supporters in TOWN.`, `In a
    campaign ad released on DAY, FULL says: "C."`, `"C," said FULL, POST, during a televised debate on DAY.`,
    `FULL tweeted on DAY: "C."`, `FULL, POST, made the claim at a town hall meeting in TOWN: "C."`, `FULL
    repeated the claim on DAY, telling OUTLET: "C."` Key: the claim FULL's, with the post where stated; the
    town, the outlet, the supporters and the post's body never."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-claims-direct"):
        k = _slot(a, shape, r)
        post = _cp(k)
        t = _t(post)
        claim = _claim(k)[0]
        q, qs = m.q(claim + ","), m.q(claim + ".")
        town, day, outlet = _pick(TOWNS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        others = [town, outlet, post.body]
        if shape == 0:
            text = f"At a rally in {town} on {day}, {a.full}, {post.after}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} {a.full} said in an interview with {outlet}."
            ex = [_d(q, a)]
        elif shape == 2:
            text = f"{a.full} claimed in a post on social media on {day}: {qs}"
            ex = [_d(qs, a)]
        elif shape == 3:
            text = f"{q} {post.pre} {a.full} told supporters in {town}."
            ex = [_d(q, a, t)]
            others.append("supporters")
        elif shape == 4:
            text = f"In a campaign ad released on {day}, {a.full} says: {qs}"
            ex = [_d(qs, a)]
        elif shape == 5:
            text = f"{q} said {a.full}, {post.after}, during a televised debate on {day}."
            ex = [_d(q, a, t)]
        elif shape == 6:
            text = f"{a.full} tweeted on {day}: {qs}"
            ex = [_d(qs, a)]
        elif shape == 7:
            text = f"{a.full}, {post.after}, made the claim at a town hall meeting in {town}: {qs}"
            ex = [_d(qs, a, t)]
        else:
            text = f"{a.full} repeated the claim on {day}, telling {outlet}: {qs}"
            ex = [_d(qs, a)]
        yield _case(f"ho78-claims-direct-{shape}", text, ex, (a,), others)


# --- 2. claims reported -------------------------------------------------------------------------------------


def claims_reported() -> Iterator[Case]:
    """`FULL claimed that C.`, `FULL, POST, has repeatedly said C.`, `In a speech on DAY, POST FULL asserted
    that C.`, `FULL falsely claimed that C.`, `FULL suggested in a campaign ad that C.`, `According to FULL,
    POST, C.`, `FULL told OUTLET that C.`, `C, FULL said at a rally in TOWN.`, `FULL wrote on social media
    that C.` Key: the reported claim FULL's (the desk's adverb *falsely* changes nothing), with the post where
    stated."""
    for a, shape, _m, r in sample(_combos(9, MARKS78, 4), 230, "ho78-claims-reported"):
        k = _slot(a, shape, r)
        post = _cp(k)
        t = _t(post)
        c = _claim(k)[1]
        town, day, outlet = _pick(TOWNS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        others = [town, outlet, post.body]
        if shape == 0:
            text = f"{a.full} claimed that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {post.after}, has repeatedly said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"In a speech on {day}, {post.pre} {a.full} asserted that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"{a.full} falsely claimed that {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{a.full} suggested in a campaign ad that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text = f"According to {a.full}, {post.after}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 6:
            text = f"{a.full} told {outlet} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            text = f"{_cap(c)}, {a.full} said at a rally in {town}."
            ex = [_r(_cap(c), a)]
        else:
            text = f"{a.full} wrote on social media that {c}."
            ex = [_that(text, c, a)]
        yield _case(f"ho78-claims-reported-{shape}", text, ex, (a,), others)


# --- 3. verdicts beside claims ------------------------------------------------------------------------------


def verdicts() -> Iterator[Case]:
    """`"C," FULL said at a rally on DAY. DESK rated the claim false.`, `FULL claimed that C. That claim is
    false.`, `DESK rated as misleading a claim by FULL, POST, that C.`, `The claim: "C" It was made by FULL,
    POST, in a post on DAY.`, `DESK found that C2, contrary to a claim by FULL.`, `Verdict: False. FULL said
    C, but C2.`, `FULL, POST, said on DAY: "C." Our rating: Mostly false.`, `DESK reviewed the claim after
    readers asked about it. "C," FULL had said in an interview with OUTLET.`, `FULL told supporters C. The
    claim is misleading, DESK found, because C2.` Key: the claim FULL's; the rating and the desk's wording the
    desk's or nobody's, never FULL's; the claim never the desk's."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-verdicts"):
        k = _slot(a, shape, r)
        post = _cp(k)
        t = _t(post)
        claim, c = _claim(k)
        c2 = _cl(k)
        q, qs = m.q(claim + ","), m.q(claim + ".")
        desk, day, outlet = _pick(DESKS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        dn = (desk,)
        others = [desk, outlet, post.body]
        if shape == 0:
            rate = f"{_cap(desk)} rated the claim false."
            text = f"{q} {a.full} said at a rally on {day}. {rate}"
            ex = [_d(q, a), *_tol(text, rate, dn)]
        elif shape == 1:
            text = f"{a.full} claimed that {c}. That claim is false."
            ex = [_that(text, c, a)]
        elif shape == 2:
            text = f"{_cap(desk)} rated as misleading a claim by {a.full}, {post.after}, that {c}."
            ex = _tol(text, text, (a.full,))
        elif shape == 3:
            text = f"The claim: {qs} It was made by {a.full}, {post.after}, in a post on {day}."
            ex = [_d(qs, a)]
        elif shape == 4:
            text = f"{_cap(desk)} found that {c2}, contrary to a claim by {a.full}."
            longer = f"that {c2}, contrary to a claim by {a.full}"
            ex = [_r(one_of(text, (f"that {c2}", c2, longer)), dn)]
        elif shape == 5:
            text = f"Verdict: False. {a.full} said {c}, but {c2}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            text = f"{a.full}, {post.after}, said on {day}: {qs} Our rating: Mostly false."
            ex = [_d(qs, a, t)]
        elif shape == 7:
            text = (
                f"{_cap(desk)} reviewed the claim after readers asked about it. {q} {a.full} had said in an "
                f"interview with {outlet}."
            )
            ex = [_d(q, a)]
            others.append("readers")
        else:
            found = f"The claim is misleading, {desk} found, because {c2}."
            text = f"{a.full} told supporters {c}. {found}"
            ex = [_that(text, c, a), *_tol(text, found, dn)]
            others.append("supporters")
        yield _case(f"ho78-verdicts-{shape}", text, ex, (a,), others)


# --- 4. experts asked to check ------------------------------------------------------------------------------


def experts() -> Iterator[Case]:
    """`FULL, POST, said C.`, `"Q," said FULL, POST, who reviewed the data for DESK.`, `Asked about the claim,
    FULL, POST, said: "Q."`, `POST FULL told DESK that C.`, `According to FULL, POST, C.`, `DESK asked FULL,
    POST, to look at the numbers. "Q," PRONOUN said.`, `FULL, POST, cautioned that C.`, `The POST, FULL, put
    it bluntly: "Q."`, two experts: `FULL, POST, said C. OTHER, POST2, disagreed: "Q."` Key: each expert's
    words theirs with the post; the desk never."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-experts"):
        k = _slot(a, shape, r)
        post = _ep(k)
        t = _t(post)
        c = _cl(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        desk = _pick(DESKS78, k)
        people: tuple[Person, ...] = (a,)
        others = [desk, post.body]
        if shape == 0:
            text = f"{a.full}, {post.after}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {post.after}, who reviewed the data for {desk}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"Asked about the claim, {a.full}, {post.after}, said: {qs}"
            ex = [_d(qs, a, t), *_tol(text, "Asked about the claim")]
        elif shape == 3:
            text = f"{post.pre} {a.full} told {desk} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"According to {a.full}, {post.after}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 5:
            text = f"{_cap(desk)} asked {a.full}, {post.after}, to look at the numbers. {q} {a.pronoun} said."
            ex = [_d(q, a, t)]
        elif shape == 6:
            text = f"{a.full}, {post.after}, cautioned that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            text = f"The {post.pre}, {a.full}, put it bluntly: {qs}"
            ex = [_d(qs, a, t)]
        else:
            b = _other(a, k)
            p2 = _ep(k + 1)
            text = f"{a.full}, {post.after}, said {c}. {b.full}, {p2.after}, disagreed: {qs}"
            ex = [_that(text, c, a, t), _d(qs, b, _t(p2))]
            people = (a, b)
            others.append(p2.body)
        yield _case(f"ho78-experts-{shape}", text, ex, people, others)


# --- 5. official sources, bodies and documents --------------------------------------------------------------


def official_sources() -> Iterator[Case]:
    """`BODY said in a statement that C.`, `"Q," BODY said in an email to DESK.`, `According to BODY, C.`,
    `The figure comes from the DOC, published by BODY in 2022, which found that C.`, `FULL, a spokeswoman for
    BODY, said: "Q."`, `BODY told DESK that C.`, `BODY said C. FULL, a spokesman for BODY, added: "Q."`, `BODY
    posted on social media: "Q."`, `In its DOC, BODY concluded that C.` Key: the body's words the body's, the
    document's finding the document's or its publisher's, the spokesperson's words the spokesperson's with
    `spokes` and the body; the desk never."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-sources"):
        k = _slot(a, shape, r)
        body, low, acc = _body(k)
        doc, dacc = _pick(DOCS78, k)
        c = _cl(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        desk = _pick(DESKS78, k)
        spt = Contains(("spokes", acc[0]))
        people: tuple[Person, ...] = ()
        others = [desk]
        if shape == 0:
            text = f"{body} said in a statement that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 1:
            text = f"{q} {low} said in an email to {desk}."
            ex = [_d(q, acc)]
        elif shape == 2:
            text = f"According to {low}, {c}."
            ex = [_r(c, acc)]
        elif shape == 3:
            text = f"The figure comes from the {doc}, published by {low} in 2022, which found that {c}."
            ex = [_that(text, c, (*dacc, *acc))]
        elif shape == 4:
            text = f"{a.full}, a {_spk(a)} for {low}, said: {qs}"
            ex = [_d(qs, a, spt)]
            people = (a,)
            others.append(acc[0])
        elif shape == 5:
            text = f"{body} told {desk} that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 6:
            text = f"{body} said {c}. {a.full}, a {_spk(a)} for {low}, added: {qs}"
            ex = [_that(text, c, acc), _d(qs, a, spt)]
            people = (a,)
        elif shape == 7:
            text = f"{body} posted on social media: {qs}"
            ex = [_d(qs, acc)]
        else:
            text = f"In its {doc}, {low} concluded that {c}."
            ex = [_that(text, c, (*acc, *dacc))]
        yield _case(f"ho78-sources-{shape}", text, ex, people, others)


# --- 6. the claimant's response and corrections ------------------------------------------------------------


def responses() -> Iterator[Case]:
    """`Asked for comment, FULL, a spokeswoman for CLAIMANT, said: "Q."`, `CLAIMANT stood by the claim. "Q,"
    PRONOUN said.`, `CLAIMANT, POST, claimed that C. SURNAME's campaign did not respond to a request for
    comment.`, `"C," CLAIMANT said on DAY. Asked about the figure, SURNAME declined to comment.`, `In a reply
    to DESK, CLAIMANT wrote: "Q."`, `CLAIMANT later corrected the claim, writing on social media: "Q."`,
    `CLAIMANT cited the figure at a rally. FULL, SURNAME's spokesman, said the figure came from the DOC.`,
    `CLAIMANT conceded in an interview with OUTLET that C.`, `CLAIMANT acknowledged the error. "Q," PRONOUN
    wrote on social media.` Key: the spokesperson's words the spokesperson's (title `spokes` and the
    claimant's surname), never the claimant's; the claimant's the claimant's; the desk never."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-responses"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        post = _cp(k)
        claim, cr = _claim(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        corr = _pick(CORRECTIONS78, k)
        cq, cqs = m.q(corr + ","), m.q(corr + ".")
        desk, day, outlet = _pick(DESKS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        doc = _pick(DOCS78, k)[0]
        spt = Contains(("spokes", b.last))
        people: tuple[Person, ...] = (b,)
        others = [desk]
        if shape == 0:
            text = f"Asked for comment, {a.full}, a {_spk(a)} for {b.full}, said: {qs}"
            ex = [_d(qs, a, spt), *_tol(text, "Asked for comment")]
            people = (a, b)
        elif shape == 1:
            text = f"{b.full} stood by the claim. {q} {b.pronoun} said."
            ex = [_d(q, b), *_tol(text, f"{b.full} stood by the claim.", (b.full,))]
        elif shape == 2:
            text = (
                f"{b.full}, {post.after}, claimed that {cr}. {_poss(b.last)} campaign did not respond to a "
                "request for comment."
            )
            ex = [_that(text, cr, b, _t(post))]
            others.append(post.body)
        elif shape == 3:
            cq2 = m.q(claim + ",")
            region = f"Asked about the figure, {b.last} declined to comment."
            text = f"{cq2} {b.full} said on {day}. {region}"
            ex = [_d(cq2, b), *_tol(text, region, (b.full,))]
        elif shape == 4:
            text = f"In a reply to {desk}, {b.full} wrote: {qs}"
            ex = [_d(qs, b)]
        elif shape == 5:
            text = f"{b.full} later corrected the claim, writing on social media: {cqs}"
            ex = [_d(cqs, b)]
        elif shape == 6:
            clause = f"the figure came from the {doc}"
            text = (
                f"{b.full} cited the figure at a rally. {a.full}, {_poss(b.last)} {_spk(a)}, said {clause}."
            )
            ex = [
                _that(text, clause, a, spt),
                *_tol(text, f"{b.full} cited the figure at a rally.", (b.full,)),
            ]
            people = (a, b)
        elif shape == 7:
            clause = "the figure had been out of date"
            text = f"{b.full} conceded in an interview with {outlet} that {clause}."
            ex = [_that(text, clause, b)]
            others.append(outlet)
        else:
            first = f"{b.full} acknowledged the error."
            text = f"{first} {cq} {b.pronoun} wrote on social media."
            ex = [_d(cq, b), *_tol(text, first, (b.full,))]
        yield _case(f"ho78-responses-{shape}", text, ex, people, others)


# --- 7. claims repeated and shared --------------------------------------------------------------------------

POSTS78 = ("post", "a post", "a post shared more than 40,000 times on social media", "widely shared post")
ONLINE78 = ("posts", "posts circulating online")
CHART78 = ("chart", "a chart", "thousands of accounts", "accounts")


def viral_posts() -> Iterator[Case]:
    """`A post shared more than 40,000 times on social media claims that C.`, `"C," reads a widely shared post
    that wrongly attributes the words to FULL.`, `A viral video shows FULL, POST, saying: "C."`, `The claim,
    first made by FULL in a speech on DAY, was repeated by OTHER, who wrote on social media that C.`, `Posts
    circulating online falsely claim that C.`, `FULL shared a screenshot of the claim with the caption: "K."`,
    `FULL, POST, repeated the claim on DAY, telling OUTLET: "C."`, `Thousands of accounts shared a chart
    claiming that C.`, `"C," FULL wrote in a post that was later deleted.` Key: an unnamed post's words have
    no speaker or the post as speaker, never the person it wrongly names; a repeater's words the repeater's,
    never the first claimant's."""
    for a, shape, m, r in sample(_combos(9), 230, "ho78-viral"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        post = _cp(k)
        t = _t(post)
        claim, cr = _claim(k)
        q, qs = m.q(claim + ","), m.q(claim + ".")
        day, outlet = _pick(DAYS78, k), _pick(OUTLETS78, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            text = f"A post shared more than 40,000 times on social media claims that {cr}."
            ex = [_anon_that(text, cr, POSTS78)]
            people = ()
        elif shape == 1:
            text = f"{q} reads a widely shared post that wrongly attributes the words to {a.full}."
            ex = [_anon(text, q, "direct", POSTS78)]
        elif shape == 2:
            text = f"A viral video shows {a.full}, {post.after}, saying: {qs}"
            ex = [_d(qs, a, t)]
            others.append(post.body)
        elif shape == 3:
            text = (
                f"The claim, first made by {a.full} in a speech on {day}, was repeated by {b.full}, "
                f"who wrote on social media that {cr}."
            )
            ex = [_that(text, cr, b)]
            people = (a, b)
        elif shape == 4:
            text = f"Posts circulating online falsely claim that {cr}."
            ex = [_anon_that(text, cr, ONLINE78)]
            people = ()
        elif shape == 5:
            cap_q = m.q(_pick(CAPTIONS78, k) + ".")
            text = f"{a.full} shared a screenshot of the claim with the caption: {cap_q}"
            ex = [_d(cap_q, a)]
        elif shape == 6:
            text = f"{a.full}, {post.after}, repeated the claim on {day}, telling {outlet}: {qs}"
            ex = [_d(qs, a, t)]
            others += [outlet, post.body]
        elif shape == 7:
            text = f"Thousands of accounts shared a chart claiming that {cr}."
            ex = [_anon_that(text, cr, CHART78)]
            people = ()
        else:
            text = f"{q} {a.full} wrote in a post that was later deleted."
            ex = [_d(q, a)]
        yield _case(f"ho78-viral-{shape}", text, ex, people, others)


# --- 8. the claim quoted against the desk's own wording -----------------------------------------------------


def quoted_vs_own() -> Iterator[Case]:
    """`FULL said C. In fact, C2.`, `FULL said: "C." That is not accurate: C2.`, `FULL claimed: "C." But the
    DOC shows that C2.`, `FULL said LEAD "F". Figures from BODY show a fall of 4 percent.`, `FULL's claim that
    C is misleading.`, `In the ad, released on DAY, FULL said C. The numbers tell a different story.`, `FULL
    told OUTLET: "C." The correct figure, according to BODY, is about half that.` Key: the claim FULL's; the
    desk's own wording nobody's (a document or body that shows a figure may speak for itself), never FULL's.
    """
    for a, shape, m, r in sample(_combos(7), 230, "ho78-vs-own"):
        k = _slot(a, shape, r)
        claim, cr = _claim(k)
        c2 = _cl(k)
        qs = m.q(claim + ".")
        body, _low_body, acc = _body(k)
        doc, dacc = _pick(DOCS78, k)
        day, outlet = _pick(DAYS78, k), _pick(OUTLETS78, k)
        others: list[str] = []
        if shape == 0:
            text = f"{a.full} said {cr}. In fact, {c2}."
            ex = [_that(text, cr, a)]
        elif shape == 1:
            text = f"{a.full} said: {qs} That is not accurate: {c2}."
            ex = [_d(qs, a)]
        elif shape == 2:
            shows = f"But the {doc} shows that {c2}."
            text = f"{a.full} claimed: {qs} {shows}"
            ex = [_d(qs, a), *_tol(text, shows, dacc)]
            others.append(dacc[0])
        elif shape == 3:
            lead, frag = _pick(FRAGCLAIMS78, k)
            clause = f"{lead} {m.q(frag)}"
            figs = f"Figures from {_low(body)} show a fall of 4 percent."
            text = f"{a.full} said {clause}. {figs}"
            ex = [_mixed(text, clause, a), *_tol(text, figs, acc)]
            others.append(acc[0])
        elif shape == 4:
            text = f"{_poss(a.full)} claim that {cr} is misleading."
            ex = _tol(text, text, (a.full,))
        elif shape == 5:
            text = f"In the ad, released on {day}, {a.full} said {cr}. The numbers tell a different story."
            ex = [_that(text, cr, a)]
        else:
            corr = f"The correct figure, according to {_low(body)}, is about half that."
            text = f"{a.full} told {outlet}: {qs} {corr}"
            ex = [_d(qs, a), *_tol(text, corr, acc)]
            others += [outlet, acc[0]]
        yield _case(f"ho78-vs-own-{shape}", text, ex, (a,), others)


# --- 9. pronouns --------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """A claimant and an expert: of both genders, `FULL, POST, said C. OTHER, EPOST, was not convinced. "Q,"
    PRONOUN said.`; `FULL made the claim in a speech. OTHER checked it. "Q," PRONOUN said later.` (the pronoun
    the claimant's); `OTHER, EPOST, said C. FULL disagreed. "Q," PRONOUN said.`; `FULL told OUTLET that C.
    Asked about the figure on DAY, OTHER said PRONOUN had seen no evidence for it.`; of the same gender, `FULL
    made the claim; OTHER questioned it. "Q," SURNAME said. "Q2," PRONOUN added.`; `FULL and OTHER spoke at
    the debate. FULL said C. "Q," SURNAME replied.` Key: each quotation the person the pronoun or surname
    picks out."""
    for a, shape, m, r in sample(_combos(6), 230, "ho78-pronouns"):
        k = _slot(a, shape, r)
        same = shape in (4, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        post, ep = _cp(k), _ep(k)
        cr = _claim(k)[1]
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 5) + ",")
        day, outlet = _pick(DAYS78, k), _pick(OUTLETS78, k)
        others: list[str] = [post.body, ep.body]
        if shape == 0:
            text = (
                f"{a.full}, {post.after}, said {cr}. {b.full}, {ep.after}, was not convinced. {q} "
                f"{b.pronoun} said."
            )
            ex = [_that(text, cr, a, _t(post)), _d(q, b, _t(ep))]
        elif shape == 1:
            cq = m.q(_claim(k)[0] + ",")
            text = f"{a.full} made the claim in a speech. {b.full} checked it. {cq} {a.pronoun} said later."
            ex = [_d(cq, a), *_tol(text, f"{b.full} checked it.", (b.full,))]
        elif shape == 2:
            text = f"{b.full}, {ep.after}, said {c}. {a.full} disagreed. {q} {a.pronoun} said."
            ex = [_that(text, c, b, _t(ep)), _d(q, a)]
        elif shape == 3:
            clause = f"{b.pronoun} had seen no evidence for it"
            asked = f"Asked about the figure on {day}"
            text = f"{a.full} told {outlet} that {cr}. {asked}, {b.full} said {clause}."
            ex = [_that(text, cr, a), _that(text, clause, b), *_tol(text, asked)]
            others.append(outlet)
        elif shape == 4:
            text = (
                f"{a.full} made the claim; {b.full} questioned it. {q} {b.last} said. {q2} {b.pronoun} added."
            )
            ex = [_d(q, b), _d(q2, b), *_tol(text, f"{b.full} questioned it.", (b.full,))]
        else:
            text = f"{a.full} and {b.full} spoke at the debate. {a.full} said {cr}. {q} {b.last} replied."
            ex = [_that(text, cr, a), _d(q, b)]
        yield _case(f"ho78-pronouns-{shape}", text, ex, (a, b), others)


# --- 10. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`POST FULL made the claim on DAY. "Q," the ROLE said.`, `FULL, EPOST, reviewed the figures. "Q," the
    ROLE said.`, `FULL, a spokeswoman for BODY, said: "Q." The spokeswoman added that C.`, `"Q," said FULL,
    POST. "Q2," SURNAME said.`, `FULL, POST, made the claim. OTHER, EPOST, said it was wrong. "Q," SURNAME
    said.`, `OTHER, EPOST, and FULL, POST, appeared on OUTLET. "Q," the EROLE said.`, `FULL, AGE, first made
    the claim in 2019. "Q," the AGE-year-old said.` Key: the quotation of the person the reference picks out,
    with the title stated at the first mention."""
    for a, shape, m, r in sample(_combos(7), 230, "ho78-second"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        post, ep = _cp(k), _ep(k)
        pt, et = _t(post), _t(ep)
        c = _cl(k)
        q, qs, q2 = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 5) + ",")
        day, outlet = _pick(DAYS78, k), _pick(OUTLETS78, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [post.body]
        if shape == 0:
            text = f"{post.pre} {a.full} made the claim on {day}. {q} the {post.short} said."
            ex = [_d(q, a, pt)]
        elif shape == 1:
            text = f"{a.full}, {ep.after}, reviewed the figures. {q} the {ep.short} said."
            ex = [_d(q, a, et)]
            others = [ep.body]
        elif shape == 2:
            _bc, low, acc = _body(k)
            text = f"{a.full}, a {_spk(a)} for {low}, said: {qs} The {_spk(a)} added that {c}."
            spt = Contains(("spokes", acc[0]))
            ex = [_d(qs, a, spt), _that(text, c, a, spt)]
            others = [acc[0]]
        elif shape == 3:
            text = f"{q} said {a.full}, {post.after}. {q2} {a.last} said."
            ex = [_d(q, a, pt), _d(q2, a, pt)]
        elif shape == 4:
            text = (
                f"{a.full}, {post.after}, made the claim. {b.full}, {ep.after}, said it was wrong. {q} "
                f"{a.last} said."
            )
            ex = [_that(text, "it was wrong", b, et), _d(q, a, pt)]
            people = (a, b)
            others.append(ep.body)
        elif shape == 5:
            text = (
                f"{b.full}, {ep.after}, and {a.full}, {post.after}, appeared on {outlet}. {q} the "
                f"{ep.short} said."
            )
            ex = [_d(q, b, et)]
            people = (a, b)
            others += [ep.body, outlet]
        else:
            text = f"{a.full}, {a.age}, first made the claim in 2019. {q} the {a.age}-year-old said."
            ex = [_d(q, a)]
            others = []
        yield _case(f"ho78-second-{shape}", text, ex, people, others)


# --- 11. split quotations -----------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`"C1," FULL, EPOST, said, "c2."`, `"C1," said FULL, POST, "c2."`, `FULL, EPOST, reviewed the claim for
    DESK. "C1," SURNAME said, "c2."`, `"C1," FULL says, "c2."`, `"C1," FULL told OUTLET, "c2."`, `POST FULL
    spoke on DAY. "C1," the ROLE said, "c2."`, `"C1," FULL said of OTHER's claim, "c2."` Key: both parts
    FULL's (two quotations or one span), with the post where stated; the outlet, the desk and OTHER never."""
    for a, shape, m, r in sample(_combos(7), 230, "ho78-split"):
        k = _slot(a, shape, r)
        p1, p2 = _pick(SPLITS78, k)
        h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
        post, ep = _cp(k), _ep(k)
        desk, day, outlet = _pick(DESKS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        title: TitleSpec = ANY
        if shape == 0:
            text, title = f"{h1} {a.full}, {ep.after}, said, {h2}", _t(ep)
            others.append(ep.body)
        elif shape == 1:
            text, title = f"{h1} said {a.full}, {post.after}, {h2}", _t(post)
            others.append(post.body)
        elif shape == 2:
            text, title = (
                f"{a.full}, {ep.after}, reviewed the claim for {desk}. {h1} {a.last} said, {h2}",
                _t(ep),
            )
            others += [ep.body, desk]
        elif shape == 3:
            text = f"{h1} {a.full} says, {h2}"
        elif shape == 4:
            text = f"{h1} {a.full} told {outlet}, {h2}"
            others.append(outlet)
        elif shape == 5:
            text, title = f"{post.pre} {a.full} spoke on {day}. {h1} the {post.short} said, {h2}", _t(post)
            others.append(post.body)
        else:
            b = _other(a, k)
            text = f"{h1} {a.full} said of {_poss(b.full)} claim, {h2}"
            people = (a, b)
        yield _case(f"ho78-split-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 12. indirect reports with open cue verbs ---------------------------------------------------------------

CUES78 = ("insisted", "warned", "conceded", "acknowledged", "argued", "noted", "pointed out", "cautioned")


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`, `EPOST FULL CUE C.` (no *that*), `FULL, EPOST, wrote in OUTLET that C.`, `FULL,
    EPOST, posted on social media that C.`, `FULL said that C1 and that C2.` (one report or two), `FULL told
    DESK in an email that C.`, `C, FULL noted.` (the clause fronted), `FULL said OTHER had misread the
    report.`, `FULL, POST, maintained on DAY that C.` Key: the reported clause FULL's (with the post where
    stated); the outlet, the desk and OTHER never."""
    for a, shape, _m, r in sample(_combos(9, MARKS78, 4), 230, "ho78-indirect"):
        k = _slot(a, shape, r)
        c, c2 = _cl(k), _cl(k + 5)
        post, ep = _cp(k), _ep(k)
        et = _t(ep)
        cue = _pick(CUES78, k)
        desk, day, outlet = _pick(DESKS78, k), _pick(DAYS78, k), _pick(OUTLETS78, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [outlet, desk, ep.body]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{ep.pre} {a.full} {cue} {c}."
            ex = [_that(text, c, a, et)]
        elif shape == 2:
            text = f"{a.full}, {ep.after}, wrote in {outlet} that {c}."
            ex = [_that(text, c, a, et)]
        elif shape == 3:
            text = f"{a.full}, {ep.after}, posted on social media that {c}."
            ex = [_that(text, c, a, et)]
        elif shape == 4:
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
        elif shape == 5:
            text = f"{a.full} told {desk} in an email that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            text = f"{_cap(c)}, {a.full} noted."
            ex = [_r(_cap(c), a)]
        elif shape == 7:
            b = _other(a, k)
            clause = f"{b.full} had misread the report"
            text = f"{a.full} said {clause}."
            ex, people = [_that(text, clause, a)], (a, b)
        else:
            cr = _claim(k)[1]
            text = f"{a.full}, {post.after}, maintained on {day} that {cr}."
            ex = [_that(text, cr, a, _t(post))]
            others.append(post.body)
        yield _case(f"ho78-indirect-{shape}", text, ex, people, others)


# --- 13. mixed quotations -----------------------------------------------------------------------------------


def mixed_quotes() -> Iterator[Case]:
    """`FULL called X "F".`, `FULL, EPOST, said X was "F".`, `FULL described X as "F".`, `FULL, POST,
    dismissed X as "F".`, `X was, in POSS words, "F".`, `FULL told OUTLET that X had been "F".`, two people's
    fragments, `FULL said PRONOUN considered X "F".` Key: the clause with its fragment (or the fragment alone)
    FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(8, MARKS78, 4), 230, "ho78-mixed"):
        k = _slot(a, shape, r)
        obj, frag = _pick(FRAGS78, k)
        fq = m.q(frag)
        post, ep = _cp(k), _ep(k)
        outlet = _pick(OUTLETS78, k)
        people: tuple[Person, ...] = (a,)
        others = [outlet]
        if shape == 0:
            text = f"{a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, _names(a))]
        elif shape == 1:
            clause = f"{obj} was {fq}"
            text = f"{a.full}, {ep.after}, said {clause}."
            ex = [_mixed(text, clause, a, _t(ep))]
            others.append(ep.body)
        elif shape == 2:
            text = f"{a.full} described {obj} as {fq}."
            ex = [_called(text, obj, fq, _names(a), link=" as ")]
        elif shape == 3:
            text = f"{a.full}, {post.after}, dismissed {obj} as {fq}."
            ex = [_called(text, obj, fq, _names(a), title=_t(post), link=" as ")]
            others.append(post.body)
        elif shape == 4:
            text = f"{_cap(obj)} was, in {_poss(a.full)} words, {fq}."
            ex = [segmented(text, ((fq, ("direct", "mixed")), (text[:-1], ("mixed",))), _names(a))]
        elif shape == 5:
            clause = f"{obj} had been {fq}"
            text = f"{a.full} told {outlet} that {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 6:
            b = _other(a, k)
            f2 = m.q(_pick(FRAGS78, k + 3)[1])
            text = f"{a.full} called {obj} {fq}; {b.full} said it was {f2}."
            ex = [_called(text, obj, fq, _names(a)), _mixed(text, f"it was {f2}", b)]
            people = (a, b)
        else:
            clause = f"{a.pronoun} considered {obj} {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        yield _case(f"ho78-mixed-{shape}", text, ex, people, others)


# --- 14. short fact-check articles --------------------------------------------------------------------------


def _rally(
    a: Person, b: Person, c3: Person, m: Mark, k: int
) -> tuple[str, list[Expect], list[str], tuple[Person, ...]]:
    post, ep = _cp(k), _ep(k + 2)
    cr = _claim(k)[1]
    town, day, desk = _pick(TOWNS78, k), _pick(DAYS78, k), _pick(DESKS78, k)
    q1, q2, q3 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + "."), m.q(_qt(k + 6) + ".")
    rate = f"{_cap(desk)} rates the claim misleading."
    text = _article(
        f"{post.pre} {a.full} claimed at a rally in {town} on {day} that {cr}.",
        f"{q1} said {b.full}, {ep.after}, who reviewed the figure for {desk}. {q2}",
        f"A {_spk(c3)} for {a.last}, {c3.full}, said: {q3}",
        rate,
    )
    ex = [
        _that(text, cr, a, _t(post)),
        *_groups(text, [q1, q2], b, _t(ep)),
        _d(q3, c3, Contains(("spokes", a.last))),
        *_tol(text, rate, (desk,)),
    ]
    return text, ex, [town, desk, post.body, ep.body], (a, b, c3)


def _viral(
    a: Person, b: Person, c3: Person, m: Mark, k: int
) -> tuple[str, list[Expect], list[str], tuple[Person, ...]]:
    ep = _ep(k + 1)
    cr = _claim(k + 1)[1]
    _body_cap, low, acc = _body(k)
    doc = _pick(DOCS78, k)[0]
    c = _cl(k + 2)
    q = m.q(_qt(k + 1) + ",")
    text = _article(
        f"A post shared thousands of times on social media claims that {cr}.",
        f"The figure appears to come from the {doc}, published by {low} in 2021.",
        f"{q} said {b.full}, {ep.after}.",
        f"{_cap(b.pronoun)} said {c}.",
    )
    ex = [
        _anon_that(text, cr, ("post", "a post", "a post shared thousands of times on social media")),
        _d(q, b, _t(ep)),
        _that(text, c, b, _t(ep)),
    ]
    return text, ex, [acc[0], ep.body], (b,)


def _correction(
    a: Person, b: Person, c3: Person, m: Mark, k: int
) -> tuple[str, list[Expect], list[str], tuple[Person, ...]]:
    post, ep = _cp(k + 1), _ep(k + 3)
    cr = _claim(k + 2)[1]
    body, _low_body, acc = _body(k + 1)
    outlet, day, day2 = _pick(OUTLETS78, k), _pick(DAYS78, k), _pick(DAYS78, k + 2)
    c = _cl(k + 4)
    cq = m.q(_pick(CORRECTIONS78, k) + ",")
    qs = m.q(_qt(k + 4) + ".")
    corrected = f"On {day2}, {a.last} corrected the claim."
    text = _article(
        f"{a.full}, {post.after}, told {outlet} on {day} that {cr}.",
        f"{body} said in a statement that {c}.",
        f"{corrected} {cq} {a.pronoun} wrote on social media.",
        f"{b.full}, {ep.after}, said: {qs}",
    )
    ex = [
        _that(text, cr, a, _t(post)),
        _that(text, c, acc),
        *_tol(text, corrected, (a.full,)),
        _d(cq, a, _t(post)),
        _d(qs, b, _t(ep)),
    ]
    return text, ex, [outlet, acc[0], post.body, ep.body], (a, b)


def _debate(
    a: Person, b: Person, c3: Person, m: Mark, k: int
) -> tuple[str, list[Expect], list[str], tuple[Person, ...]]:
    ep = _ep(k + 4)
    claim = _claim(k + 3)[0]
    frag = _pick(FRAGS78, k)[1]
    fq = m.q(frag)
    day = _pick(DAYS78, k)
    c = _cl(k + 6)
    qs, q = m.q(claim + "."), m.q(_qt(k + 7) + ",")
    text = _article(
        f"During a televised debate on {day}, {a.full} said: {qs}",
        f"{_poss(a.last)} rival, {b.full}, called the figure {fq}.",
        f"{c3.full}, {ep.after}, said {c}.",
        f"{q} {c3.last} said.",
    )
    ex = [
        _d(qs, a),
        _called(text, "the figure", fq, _names(b)),
        _that(text, c, c3, _t(ep)),
        _d(q, c3, _t(ep)),
    ]
    return text, ex, [ep.body], (a, b, c3)


def articles() -> Iterator[Case]:
    """Four-paragraph fact-checks: a rally claim (the claimant by report, an expert over two sentences, the
    claimant's spokesperson, the desk's rating), a viral post traced to a document (the post's claim with no
    named speaker, an expert by name then pronoun), a claim corrected (the claimant by report, a body's
    statement, the correction by surname and pronoun, an expert) and a debate claim (the claimant, a rival's
    fragment, an expert by report then surname). Key: each quotation its speaker's, with the post stated at
    the first mention."""
    for a, shape, m, r in sample(_combos(4, ALLMARKS78, 3), 230, "ho78-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        c3 = _other(a, k + 7, avoid=(b,))
        if c3.culture == b.culture:
            c3 = _other(b, k + 3, avoid=(a,))
        if shape == 0:
            text, ex, others, people = _rally(a, b, c3, m, k)
        elif shape == 1:
            text, ex, others, people = _viral(a, b, c3, m, k)
        elif shape == 2:
            text, ex, others, people = _correction(a, b, c3, m, k)
        else:
            text, ex, others, people = _debate(a, b, c3, m, k)
        yield _case(f"ho78-articles-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `The claim received a rating of "R" from DESK.`, `FULL, POST, ran on the slogan
    "S" in TOWN.`, `FULL, known to colleagues as "N", first cited the figure in 2019.`, `The so-called "X" has
    become a favourite talking point in TOWN.`, `DESK published its review of the figure on DAY. FULL was not
    available for comment.`, `FULL declined to comment on the rating.`, `The report, titled "T", was published
    by BODY in 2021.`, `FULL shared the fact-check on social media without comment.`, narrative, and one real
    quotation beside a slogan (`"Q," said FULL, whose campaign slogan is "S".`). Key: no quotation but the
    real one."""
    for a, shape, m, r in sample(_combos(10), 230, "ho78-controls"):
        k = _slot(a, shape, r)
        post = _cp(k)
        desk, day, town = _pick(DESKS78, k), _pick(DAYS78, k), _pick(TOWNS78, k)
        rq, sq, nq = m.q(_pick(RATINGS78, k)), m.q(_pick(SLOGANS78, k)), m.q(_pick(NICKS78, k))
        xq, tq = m.q(_pick(SCARE78, k)), m.q(_pick(TITLES78, k))
        _bc, low, acc = _body(k)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others: list[str] = [desk]
        if shape == 0:
            text = f"The claim received a rating of {rq} from {desk}, the third such rating for {a.full}."
            forbidden = (rq,)
        elif shape == 1:
            text = f"{a.full}, {post.after}, ran on the slogan {sq} in {town}."
            forbidden = (sq,)
        elif shape == 2:
            text = f"{a.full}, known to colleagues as {nq}, first cited the figure in 2019."
            forbidden = (nq,)
            ex = _tol(text, "first cited the figure in 2019", (a.full,))
        elif shape == 3:
            text = (
                f"The so-called {xq} has become a favourite talking point in {town}, where {a.full} is "
                "running."
            )
            forbidden = (xq,)
        elif shape == 4:
            text = (
                f"{_cap(desk)} published its review of the figure on {day}. {a.full} was not available "
                "for comment."
            )
        elif shape == 5:
            text = f"{a.full} declined to comment on the rating."
            ex = _tol(text, text, (a.full,))
        elif shape == 6:
            text = (
                f"The report, titled {tq}, was published by {low} in 2021, a year before {a.full} cited it."
            )
            forbidden = (tq,)
            others.append(acc[0])
        elif shape == 7:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, whose campaign slogan is {sq}."
            ex, forbidden = [_d(q, a)], (sq,)
        elif shape == 8:
            text = f"{a.full} shared the fact-check on social media without comment."
            ex = _tol(text, text, (a.full,))
        else:
            cited = f"{a.full} first cited the figures in a speech in {town}."
            text = _article(_pick(NARRATIVE78, k), cited)
            ex = _tol(text, cited, (a.full,))
        yield _case(f"ho78-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_78 = (
    _named(
        "claims_direct",
        "heldout78",
        "a claim quoted in full: a rally, an interview, a post, an ad, a debate, tweeted, colon credits",
        claims_direct,
    ),
    _named(
        "claims_reported",
        "heldout78",
        "claimed that; has repeatedly said; asserted; falsely claimed; According to; fronted",
        claims_reported,
    ),
    _named("verdicts", "heldout78", "the desk's rating and wording beside the claimant's claim", verdicts),
    _named(
        "experts",
        "heldout78",
        "experts asked to check: POST, Asked about, put it bluntly:, two experts",
        experts,
    ),
    _named(
        "official_sources",
        "heldout78",
        "BODY said in a statement; in an email; the DOC found; a spokesperson for BODY",
        official_sources,
    ),
    _named(
        "responses",
        "heldout78",
        "a spokesperson for the claimant; stood by; declined to comment; corrected; conceded",
        responses,
    ),
    _named("viral_posts", "heldout78", "posts, videos, charts and repeaters of a claim", viral_posts),
    _named("quoted_vs_own", "heldout78", "the claim quoted against the desk's own wording", quoted_vs_own),
    _named("pronouns", "heldout78", "pronouns across people of both and of the same gender", pronouns),
    _named(
        "second_refs",
        "heldout78",
        "the mayor; the economist; the spokeswoman; surname; the AGE-year-old",
        second_refs,
    ),
    _named("split_quotes", "heldout78", '"C1," NAME said, "c2."', split_quotes),
    _named(
        "indirect_cues",
        "heldout78",
        "insisted, warned, noted, pointed out; wrote in OUTLET; posted; fronted",
        indirect_cues,
    ),
    _named("mixed_quotes", "heldout78", 'called X "F"; described X as "F"; in NAME\'s words', mixed_quotes),
    _named("articles", "heldout78", "rally claim, viral post, correction, debate claim", articles),
    _named("controls", "heldout78", "ratings, slogans, nicknames, scare terms, titles nobody says", controls),
)
