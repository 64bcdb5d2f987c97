"""Sixty-seventh held-out round: capabilities written at commit ``5af245e3`` by a helper (``hcap73``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout67data.py``: thirty invented people of Estonian,
Portuguese, Korean, Igbo, Mexican, Norwegian, Flemish, Jordanian, Marathi, Luo, Irish, Dutch, Ukrainian,
Ghanaian and Welsh origin, each with a gender, an age and a handle; straight and curly double marks; fifteen
roles with the body or place they belong to and a short reference; invented platforms (*Chirp*, *Flocknet*,
*Murmur*, *Lanternly*), a video site (*Pinwheel*) and a messaging app (*Nudge*); invented newspapers with
their short names and staff; companies, councils and trusts with official accounts; anonymous accounts and
commenters; posts, messages and reported clauses, pointed fragments; hashtags, search terms, links, emoji,
video titles, captions and trending phrases) as a round of SOCIAL MEDIA, EMAIL AND ONLINE SOURCES, as a
digital desk reports what people posted, wrote and messaged: every case is a short passage (one to five
sentences, paragraph breaks where natural) with one to three people or bodies, and every quotation checks the
content (the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one), the kind, the canonical full name and, whenever the text states one, the title
with `Contains` of the role noun and its body, with `wrong_speakers` for every other person, body, platform,
outlet, handle and addressee.

Conventions: the speaker of a post is the person who wrote it, never the platform, the handle (with or without
its `@`), the outlet that saw it or the person it was sent to; a body's official account speaks as the body;
an unnamed poster (*a user who goes by X*, *one commenter*) is credited with the phrase itself or with no one
(the JSON layout's unnamed-source convention), never a named person of the passage; the words of a post
another person shared are the original author's or no one's (the sharer's, too, is tolerated), and only the
sharer's own added words are checked; a caption quoted as a post's object is tolerated as its poster's or no
one's; hashtags, trending phrases, search terms, handles, links, emoji, newsletter and video titles in marks
are no quotations; a hashtag in marks inside a reported clause may make it indirect or mixed. Key fix by the
lead after the one run (round 51): a posted picture, video or link (*posted a video on X*, *shared a photo of
the queue*) is tolerated as its poster's report, as PolNeAR annotates *tweeted a photograph of X* and round
63's key tolerates *announced a walkout* (four templates, `tolerate`).

1. posts: `NAME wrote on social media: "Q."`, `NAME posted on her Chirp account that C.`, `In a post on DAY,
   NAME said C.`, `"Q," NAME wrote in a post that has since been deleted.`, `NAME took to Chirp to say that
   C.`, `In a Chirp post, NAME called X "Y".` (`posts`);
2. handles beside names: `NAME (@handle) wrote:`, `"Q," wrote NAME, who posts as @handle.`, `Posting as
   @handle, NAME said C.`, a handle in marks; the handle never speaks (`handles`);
3. emails and messages: `NAME said in an email:`, `In a text message to OUTLET, NAME wrote:`, `NAME told
   OUTLET by email that C.`, `Reached by text message, NAME said:`, an email to another person
   (`emails_messages`);
4. videos and livestreams: `In a video posted online, NAME said:`, `NAME said during a livestream on DAY that
   C.`, `told viewers of her livestream:`, a video's title in marks (`video_livestream`);
5. blogs and newsletters: `NAME wrote in a blog post:`, `In her newsletter, NAME argued that C.`, a
   newsletter's name in marks, a blog's name, `called X "Y"` (`blogs_newsletters`);
6. replies and reposts: `"Q1," OTHER wrote. NAME replied: "Q2."`, `Responding to OTHER, NAME wrote:`, `NAME
   shared a post by OTHER that said "Q", adding: "Q2."`, `reposted OTHER's video` (`replies_reposts`);
7. anonymous and unverified accounts: `A user who goes by X wrote:`, `An anonymous account posted that C.`,
   `One commenter wrote`, beside a named person who replies (`anonymous_accounts`);
8. comments sections: `responded in the comments:`, `"Q," wrote NAME in a comment under OTHER's post.`, `The
   top comment, from NAME, read:`, `left a comment saying C` (`comments_sections`);
9. screenshots and leaked messages: `According to a screenshot seen by OUTLET, NAME wrote:`, `In messages
   shared with OUTLET, NAME told OTHER that C.`, `A screenshot of the chat shows NAME writing:`
   (`screenshots`);
10. official accounts: `BODY said on its official account:`, `In a post on its Chirp account, BODY said C.`,
    `BODY's official account replied:`, `A spokesperson for BODY said in an email that C.`
    (`official_accounts`);
11. titles in online reports: `NAME, a lecturer in digital culture at BODY, said on Chirp that C.`, two titled
    people, a title before an email to an outlet (`titles_online`);
12. second references: a post, then `SURNAME wrote`, `she added in a later post`, `the mayor said in the
    video`, `Ms SURNAME wrote` (`second_references`);
13. pronouns with two people of different genders: tagging, emailing, blocking and replying
    (`pronouns_two`);
14. controls: a hashtag that trended, a trending phrase, a search term, a username alone, a link, an
    emoji-only reply, a video title, a scare-quoted word, a byline, beside one real quotation or none
    (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout67data import (
    ANON67,
    ANON_NAMES67,
    BODIES67,
    CAPTIONS67,
    CLAUSES67,
    DAYS67,
    EMOJI67,
    FRAGS67,
    HANDLES67,
    HASHTAGS67,
    MARKS67,
    MESSENGER67,
    OUTLETS67,
    PEOPLE67,
    PLATFORMS67,
    QUOTES67,
    ROLES67,
    SEARCHES67,
    STAFF67,
    TOWNS67,
    TRENDING67,
    URLS67,
    VIDEO67,
    VIDEO_TITLES67,
    Body67,
    Role67,
)
from heldout_kit import Mark, Person, found_quote, one_of, other_person, segmented, tolerate
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import that_report as _that
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

NEWSLETTERS67 = ("Field Notes", "Kelsow After Dark", "The Weekly Scroll", "Tidy Data")
BLOGS67 = ("The Long Fold", "Harbour Lights", "Notes from Ardlow", "Small Print")

# --- shared helpers -----------------------------------------------------------------------------------------


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout67.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, reps: int = 2) -> Iterator[tuple[Person, int, Mark, int]]:
    return itertools.product(PEOPLE67, range(shapes), MARKS67, range(reps))


def _slot(a: Person, shape: int, r: int) -> int:
    return _k(PEOPLE67.index(a), shape, r)


def _other(p: Person, step: int) -> Person:
    """A person of another culture and the other gender than *p* (so a pronoun can take only one)."""
    return other_person(PEOPLE67, p, step, gender="m" if p.gender == "f" else "f")


def _same(p: Person, step: int, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE67, p, step, gender=p.gender, avoid=avoid)


def _t(role: Role67) -> Contains:
    return Contains(role.parts)


def _role(n: int) -> Role67:
    return ROLES67[n % len(ROLES67)]


def _role2(n: int, taken: Role67) -> Role67:
    for step in range(len(ROLES67)):
        role = ROLES67[(n + 5 + step) % len(ROLES67)]
        if role.short != taken.short and role.body != taken.body:
            return role
    raise ValueError("no second role")


def _qt(n: int) -> str:
    return QUOTES67[n % len(QUOTES67)]


def _cl(n: int) -> str:
    return CLAUSES67[n % len(CLAUSES67)]


def _handles(p: Person) -> tuple[str, str]:
    h = HANDLES67[p.full]
    return f"@{h}", h


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person (or body, platform, outlet, handle) its key does not
    accept is wrong."""
    wrong = [*_wrong(expects, people), *_wrong_to(expects, others)]
    accepted = {(e.content, _bare(n)) for e in expects for n in _accepted(e.speaker)}
    wrong = [w for w in wrong if (w[0], _bare(w[1])) not in accepted]
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _accepted(spec: NameSpec) -> tuple[str, ...]:
    if spec is None:
        return ()
    return (spec,) if isinstance(spec, str) else spec


def _anon(text: str, content: str, kind: str, accepted: tuple[str, ...]) -> Expect:
    """An unnamed poster's words: credited with the phrase (one of *accepted*) or with no one."""
    q = found_quote(text, content)
    if q is not None and q.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, accepted)


def _anon_report(text: str, clause: str, accepted: tuple[str, ...]) -> Expect:
    return _anon(text, one_of(text, (f"that {clause}", clause)), "indirect", accepted)


def _body_expect(content: str, kind: str, body: Body67, extra: tuple[str, ...] = ()) -> Expect:
    return Expect(content, kind, (body.name, *extra))


def _plats(k: int) -> str:
    return _pick(PLATFORMS67, k)


def _loose(text: str, clause: str, p: Person, title: TitleSpec = ANY) -> Expect:
    """A reported clause holding a hashtag in marks: indirect or mixed, with or without its *that*."""
    kinds = ("indirect", "mixed")
    return segmented(text, ((f"that {clause}", kinds), (clause, kinds)), p, title)


class _Slot:
    """One case's fillers: the speaker, another person of the other gender, two roles, the marks, a filler
    index, a platform, an outlet, a day, two quotations and a clause."""

    def __init__(self, a: Person, m: Mark, k: int) -> None:
        self.a, self.m, self.k = a, m, k
        self.b = _other(a, k + 3)
        self.ra = _role(k)
        self.rb = _role2(k, self.ra)
        self.t, self.tb = _t(self.ra), _t(self.rb)
        self.plat = _plats(k)
        self.outlet, self.short = _pick(OUTLETS67, k)
        self.day = _pick(DAYS67, k)
        self.q1 = m.q(_qt(k) + ",")
        self.q1s = m.q(_qt(k) + ".")
        self.q2s = m.q(_qt(k + 7) + ".")
        self.q2 = m.q(_qt(k + 7) + ",")
        self.c = _cl(k)
        self.c2 = _cl(k + 5)


def _gen(
    seed: str,
    shapes: int,
    build: Callable[[_Slot, int], tuple[str, list[Expect], Sequence[Person], Sequence[str]]],
    n: int = 245,
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        for a, shape, m, r in sample(_combos(shapes), n, seed):
            x = _Slot(a, m, _slot(a, shape, r))
            text, expects, people, others = build(x, shape)
            yield _case(f"{seed}-{shape}", text, expects, people, others)

    return gen


_Built = tuple[str, list[Expect], Sequence[Person], Sequence[str]]

# --- 1. posts -----------------------------------------------------------------------------------------------


def _posts(x: _Slot, s: int) -> _Built:
    a, ra, t = x.a, x.ra, x.t
    others = [x.plat, ra.body]
    if s == 0:
        text = f"{a.full} wrote on social media: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"{a.full} posted on {a.poss} {x.plat} account that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 2:
        text = f"In a post on {x.day}, {a.full} said {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 3:
        text = f"{x.q1} {a.full} wrote in a post that has since been deleted."
        return text, [_d(x.q1, a)], (a,), others
    if s == 4:
        text = f"{x.q1} {a.full}, {ra.after}, posted on {x.plat} on {x.day}."
        return text, [_d(x.q1, a, t)], (a,), others
    if s == 5:
        text = f"Writing on {x.plat}, {a.full} said: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 6:
        text = f"{a.full} took to {x.plat} to say that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    obj, frag = _pick(FRAGS67, x.k)
    text = f"In a {x.plat} post, {a.full}, {ra.after}, called {obj} {x.m.q(frag)}."
    return text, [_called(text, obj, x.m.q(frag), a, title=t)], (a,), others


# --- 2. handles ---------------------------------------------------------------------------------------------


def _handle_shapes(x: _Slot, s: int) -> _Built:
    a, b, ra, t = x.a, x.b, x.ra, x.t
    at, h = _handles(a)
    bat, bh = _handles(b)
    others = [at, h, x.plat, ra.body]
    if s == 0:
        text = f"{a.full} ({at}) wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"{x.q1} wrote {a.full}, who posts as {at}."
        return text, [_d(x.q1, a)], (a,), others
    if s == 2:
        text = f"Posting as {at}, {a.full} said {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 3:
        text = f"{a.full}, who uses the handle {at} on {x.plat}, wrote that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 4:
        text = f"{a.full} ({at}), {ra.after}, wrote on {x.plat}: {x.q1s}"
        return text, [_d(x.q1s, a, t)], (a,), others
    if s == 5:
        text = f"{x.m.q(at)} is the handle of {a.full}, who wrote on {x.day}: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 6:
        text = f"In a reply from {at}, {a.full} wrote: {x.q1s} {b.full} ({bat}) did not respond."
        return text, [_d(x.q1s, a)], (a, b), [*others, bat, bh]
    text = f"{a.full}, {ra.after}, posted under the handle {at}: {x.q1s}"
    return text, [_d(x.q1s, a, t)], (a,), others


# --- 3. emails and messages ---------------------------------------------------------------------------------


def _emails(x: _Slot, s: int) -> _Built:
    a, b, ra, t = x.a, x.b, x.ra, x.t
    others = [x.outlet, x.short, ra.body]
    if s == 0:
        text = f"{a.full} said in an email: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"In a text message to {x.outlet}, {a.full} wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 2:
        text = f"{a.full} told {x.outlet} by email that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 3:
        text = f"{x.q1} {a.full} wrote in an email to staff on {x.day}."
        return text, [_d(x.q1, a)], (a,), [*others, "staff"]
    if s == 4:
        text = f"{a.full}, {ra.after}, said in a message on {MESSENGER67} that {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), [*others, MESSENGER67]
    if s == 5:
        text = f"{a.full}, {ra.after}, did not answer calls from {x.outlet} but said in an email that {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 6:
        text = f"Reached by text message on {x.day}, {a.full} said: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    text = f"In an email to {b.full} that was later shared with {x.outlet}, {a.full} wrote: {x.q1s}"
    return text, [_d(x.q1s, a)], (a, b), others


# --- 4. videos and livestreams ------------------------------------------------------------------------------


def _videos(x: _Slot, s: int) -> _Built:
    a, b, ra, t = x.a, x.b, x.ra, x.t
    others = [VIDEO67, ra.body]
    if s == 0:
        text = f"In a video posted online, {a.full} said: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"{a.full} said during a livestream on {x.day} that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 2:
        text = f"{x.q1} {a.full} said in a two-minute video on {VIDEO67}."
        return text, [_d(x.q1, a)], (a,), others
    if s == 3:
        text = f"Speaking on a livestream watched by thousands, {a.full}, {ra.after}, said {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 4:
        text = f"In the clip, which has been viewed 40,000 times, {a.full} says: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 5:
        text = f"{a.full} told viewers of {a.poss} livestream: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), [*others, "viewers"]
    if s == 6:
        title = x.m.q(_pick(VIDEO_TITLES67, x.k))
        text = (
            f"{a.full}, {ra.after}, posted a video on {VIDEO67} titled {title}. "
            f"In it, {a.pronoun} said: {x.q2s}"
        )
        posted = tolerate(text, f"a video on {VIDEO67} titled {title}", (a.full,))  # (lead key fix)
        return text, [_d(x.q2s, a, t), *posted], (a,), others
    text = f"{x.q1} {a.full} says in the video, which {b.full} filmed on {a.poss} phone."
    return text, [_d(x.q1, a)], (a, b), others


# --- 5. blogs and newsletters -------------------------------------------------------------------------------


def _blogs(x: _Slot, s: int) -> _Built:
    a, ra, t = x.a, x.ra, x.t
    nl, blog = _pick(NEWSLETTERS67, x.k), _pick(BLOGS67, x.k)
    others = [ra.body, nl, blog]
    if s == 0:
        text = f"{a.full} wrote in a blog post: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"In {a.poss} newsletter, {a.full} argued that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 2:
        text = f"{x.q1} {a.full} wrote on {a.poss} blog on {x.day}."
        return text, [_d(x.q1, a)], (a,), others
    if s == 3:
        text = f"{a.full}, {ra.after}, wrote in a blog post that {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 4:
        text = f"{a.full}, who writes the weekly newsletter {x.m.q(nl)}, wrote: {x.q2s}"
        return text, [_d(x.q2s, a)], (a,), others
    if s == 5:
        text = f"In a post on {a.poss} blog, {blog}, {a.full} said {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 6:
        obj, frag = _pick(FRAGS67, x.k)
        text = f"In {a.poss} newsletter, {a.full} called {obj} {x.m.q(frag)}."
        return text, [_called(text, obj, x.m.q(frag), a)], (a,), others
    text = f"{a.full}, {ra.after}, wrote in {a.poss} newsletter on {x.day}: {x.q1s}"
    return text, [_d(x.q1s, a, t)], (a,), others


# --- 6. replies and reposts ---------------------------------------------------------------------------------


def _replies(x: _Slot, s: int) -> _Built:
    a, b, rb, tb = x.a, x.b, x.rb, x.tb
    qb, qbs = x.m.q(_qt(x.k + 11) + ","), _qt(x.k + 11)
    others = [x.plat, rb.body, x.ra.body]
    if s == 0:
        text = f"{qb} {b.full} wrote on {x.plat}. {a.full} replied: {x.q2s}"
        return text, [_d(qb, b), _d(x.q2s, a)], (a, b), others
    if s == 1:
        text = f"Responding to {b.full}, {a.full} wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a, b), others
    if s == 2:
        shared = x.m.q(qbs)
        text = f"{a.full} shared a post by {b.full} that said {shared}, adding: {x.q2s}"
        region = tolerate(text, shared, (b.full, a.full))
        return text, [*region, _d(x.q2s, a)], (a, b), others
    if s == 3:
        text = f"{x.q1} {a.full} wrote as {a.pronoun} reposted {_poss(b.full)} video."
        return text, [_d(x.q1, a)], (a, b), others
    if s == 4:
        text = f"In a reply to {_poss(b.full)} post, {a.full} said {x.c}."
        return text, [_that(text, x.c, a)], (a, b), others
    if s == 5:
        text = f"{b.full}, {rb.after}, posted that {x.c2}. {a.full} replied: {x.q2s}"
        return text, [_that(text, x.c2, b, tb), _d(x.q2s, a)], (a, b), others
    if s == 6:
        text = f"{a.full} quoted {_poss(b.full)} post and wrote: {x.q2s}"
        return text, [_d(x.q2s, a)], (a, b), others
    text = f"{a.full} reposted {_poss(b.full)} message with the comment: {x.q2s}"
    return text, [_d(x.q2s, a)], (a, b), others


# --- 7. anonymous and unverified accounts -------------------------------------------------------------------


def _anons(x: _Slot, s: int) -> _Built:
    a, ra, t = x.a, x.ra, x.t
    desc, acc = _pick(ANON67, x.k)
    low = desc[:1].lower() + desc[1:]
    others = [x.plat, ra.body, *ANON_NAMES67]
    if s == 0:
        text = f"{desc} wrote: {x.q1s} {a.full}, {ra.after}, said the post was false."
        return (
            text,
            [_anon(text, x.q1s, "direct", acc), _that(text, "the post was false", a, t)],
            (a,),
            others,
        )
    if s == 1:
        text = f"{desc} posted that {x.c}. {a.full}, {ra.after}, replied: {x.q2s}"
        return text, [_anon_report(text, x.c, acc), _d(x.q2s, a, t)], (a,), others
    if s == 2:
        text = f"{x.q1} {low} wrote on {x.plat}."
        return text, [_anon(text, x.q1, "direct", acc)], (a,), others
    if s == 3:
        text = f"{a.full} said {x.c}, after {low} had posted a doctored photo."
        # (lead key fix: a posted thing may be the poster's report, PolNeAR's reading)
        return text, [_that(text, x.c, a), *tolerate(text, "a doctored photo", acc)], (a,), others
    if s == 4:
        text = f"{desc} replied to {a.full}: {x.q1s}"
        return text, [_anon(text, x.q1s, "direct", acc)], (a,), others
    if s == 5:
        text = f"{a.full} shared a message from {low}, who wrote: {x.q1s}"
        return text, [_anon(text, x.q1s, "direct", acc)], (a,), others
    if s == 6:
        text = f"According to {low}, {x.c}. {a.full} said that was untrue."
        return text, [_anon(text, x.c, "indirect", acc), _that(text, "that was untrue", a)], (a,), others
    text = f"{desc}, whose posts are often shared by {a.full}, wrote: {x.q1s}"
    return text, [_anon(text, x.q1s, "direct", acc)], (a,), others


# --- 8. comments sections -----------------------------------------------------------------------------------


def _comments(x: _Slot, s: int) -> _Built:
    a, b, ra, t = x.a, x.b, x.ra, x.t
    reader = ("reader", "one reader")
    commenter = ("commenter", "one commenter")
    others = [ra.body, x.outlet, x.short, x.plat]
    if s == 0:
        text = f"{a.full}, {ra.after}, responded in the comments: {x.q1s}"
        return text, [_d(x.q1s, a, t)], (a,), others
    if s == 1:
        text = f"{x.q1} wrote {a.full} in a comment under {_poss(b.full)} post."
        return text, [_d(x.q1, a)], (a, b), others
    if s == 2:
        text = f"The top comment, from {a.full}, read: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 3:
        text = f"{a.full} left a comment saying {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 4:
        text = (
            f"In the comments beneath the article, one reader wrote: {x.q1s} "
            f"{a.full}, {ra.after}, replied that {x.c2}."
        )
        return text, [_anon(text, x.q1s, "direct", reader), _that(text, x.c2, a, t)], (a,), others
    if s == 5:
        page = _poss(x.outlet)
        text = f"{a.full} wrote in the comments on {page} {x.plat} page that {x.c}."
        return text, [_that(text, x.c, a)], (a,), others
    if s == 6:
        text = f"Replying to a comment by {b.full}, {a.full} wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a, b), others
    text = f"{x.q1} one commenter wrote under {_poss(a.full)} post. {a.last} replied: {x.q2s}"
    return text, [_anon(text, x.q1, "direct", commenter), _d(x.q2s, a)], (a,), others


# --- 9. screenshots and leaked messages ---------------------------------------------------------------------


def _screens(x: _Slot, s: int) -> _Built:
    a, b, ra, t = x.a, x.b, x.ra, x.t
    others = [x.outlet, x.short, ra.body, x.plat]
    if s == 0:
        text = f"According to a screenshot seen by {x.outlet}, {a.full} wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 1:
        text = f"In messages shared with {x.outlet}, {a.full} told {b.full} that {x.c}."
        return text, [_that(text, x.c, a)], (a, b), others
    if s == 2:
        text = f"A screenshot of the chat shows {a.full} writing: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 3:
        text = f"{x.q1} {a.full} wrote in a message, a screenshot of which was posted by {b.full}."
        return text, [_d(x.q1, a)], (a, b), others
    if s == 4:
        text = f"{_cap(x.outlet)} has seen emails in which {a.full}, {ra.after}, said {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 5:
        text = f"In a screenshot circulating on {x.plat}, {a.full} is seen writing: {x.q1s}"
        return text, [_d(x.q1s, a)], (a,), others
    if s == 6:
        clause = "the screenshot was genuine"
        text = f"{a.full} confirmed to {x.outlet} that {clause}. In it, {a.pronoun} wrote: {x.q1s}"
        return text, [_that(text, clause, a), _d(x.q1s, a)], (a,), others
    text = f"The messages, which {x.outlet} has seen, show {a.full}, {ra.after}, telling {b.full}: {x.q1s}"
    return text, [_d(x.q1s, a, t)], (a, b), others


# --- 10. official accounts ----------------------------------------------------------------------------------


def _officials(x: _Slot, s: int) -> _Built:
    a, ra, t = x.a, x.ra, x.t
    body = _pick(BODIES67, x.k)
    name, cname = body.name, _cap(body.name)
    others = [x.plat, ra.body]
    if s == 0:
        text = f"{cname} said on its official account: {x.q1s}"
        return text, [_body_expect(x.q1s, "direct", body)], (a,), others
    if s == 1:
        text = f"In a post on its {x.plat} account, {name} said {x.c}."
        e = _body_expect(one_of(text, (f"that {x.c}", x.c)), "indirect", body)
        return text, [e], (a,), others
    if s == 2:
        text = f"{x.q1} {name} wrote on {x.plat}."
        return text, [_body_expect(x.q1, "direct", body)], (a,), others
    if s == 3:
        text = f"{_poss(cname)} official account replied: {x.q1s}"
        e = _body_expect(x.q1s, "direct", body, (f"{_poss(name)} official account",))
        return text, [e], (a,), others
    if s == 4:
        text = f"A spokesperson for {name} said in an email that {x.c}."
        acc = ("spokesperson", f"a spokesperson for {name}", f"spokesperson for {_bare(name)}")
        e = _body_expect(one_of(text, (f"that {x.c}", x.c)), "indirect", body, acc)
        return text, [e], (a,), others
    if s == 5:
        text = f"{a.full}, {ra.after}, posted that {x.c}. {cname} replied on {x.plat}: {x.q2s}"
        return text, [_that(text, x.c, a, t), _body_expect(x.q2s, "direct", body)], (a,), [*others, name]
    if s == 6:
        text = f"{cname}, which has 40,000 followers on {x.plat}, posted: {x.q1s}"
        return text, [_body_expect(x.q1s, "direct", body)], (a,), others
    text = f"In a statement posted on its website, {name} said {x.c}."
    e = _body_expect(one_of(text, (f"that {x.c}", x.c)), "indirect", body)
    return text, [e], (a,), others


# --- 11. titles in online reports ---------------------------------------------------------------------------


def _titles(x: _Slot, s: int) -> _Built:
    a, b, ra, rb, t, tb = x.a, x.b, x.ra, x.rb, x.t, x.tb
    others = [ra.body, rb.body, x.plat, x.outlet, x.short]
    if s == 0:
        text = f"{a.full}, {ra.after}, said on {x.plat} that {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 1:
        text = f"{a.full}, {ra.after}, wrote on {x.plat}: {x.q1s}"
        return text, [_d(x.q1s, a, t)], (a,), others
    if s == 2:
        text = f"{x.q1} said {a.full}, {ra.after}, in a post on {x.day}."
        return text, [_d(x.q1, a, t)], (a,), others
    if s == 3:
        text = f"Writing on {x.plat}, {a.full}, {ra.after}, argued that {x.c}."
        return text, [_that(text, x.c, a, t)], (a,), others
    if s == 4:
        text = f"{a.full}, {ra.after}, told {x.outlet} in an email: {x.q1s}"
        return text, [_d(x.q1s, a, t)], (a,), others
    if s == 5:
        text = f"In a video posted on {VIDEO67}, {a.full}, {ra.after}, said: {x.q1s}"
        return text, [_d(x.q1s, a, t)], (a,), [*others, VIDEO67]
    if s == 6:
        text = f"{a.full}, {ra.after}, posted that {x.c}. {b.full}, {rb.after}, replied: {x.q2s}"
        return text, [_that(text, x.c, a, t), _d(x.q2s, b, tb)], (a, b), others
    text = f"{x.q1} {a.full}, {ra.after}, wrote in a newsletter to members."
    return text, [_d(x.q1, a, t)], (a,), [*others, "members"]


# --- 12. second references ----------------------------------------------------------------------------------


def _second(x: _Slot, s: int) -> _Built:
    a, b, ra, rb, t, tb = x.a, x.b, x.ra, x.rb, x.t, x.tb
    others = [ra.body, rb.body, x.plat, VIDEO67]
    mx = "Ms" if a.gender == "f" else "Mr"
    if s == 0:
        text = _article(
            f"{a.full}, {ra.after}, wrote on {x.plat} on {x.day} that {x.c}.",
            f"{x.q1} {a.last} wrote.",
            f"{x.q2} {a.pronoun} added in a later post.",
        )
        return text, [_that(text, x.c, a, t), _d(x.q1, a, t), _d(x.q2, a, t)], (a,), others
    if s == 1:
        text = _article(
            f"{a.full}, {ra.after}, posted a video on {VIDEO67} on {x.day}.",
            f"{x.q1} {ra.short} said in the video.",
        )
        posted = tolerate(text, f"a video on {VIDEO67} on {x.day}", (a.full,))  # (lead key fix)
        return text, [_d(x.q1, a, t), *posted], (a,), others
    if s == 2:
        text = _article(
            f"{a.full} wrote on {x.plat}: {x.q1s}",
            f"{b.full}, {rb.after}, replied within the hour.",
            f"{x.q2} {b.last} wrote. {a.last} did not respond.",
        )
        return text, [_d(x.q1s, a), _d(x.q2, b, tb)], (a, b), others
    if s == 3:
        text = f"{a.full}, {ra.after}, said in an email that {x.c}. {_cap(a.pronoun)} added: {x.q2s}"
        return text, [_that(text, x.c, a, t), _d(x.q2s, a, t)], (a,), others
    if s == 4:
        text = _article(
            f"{a.full}, {ra.after}, posted about the closure on {x.day}.",
            f"{x.q1} {mx} {a.last} wrote.",
        )
        return text, [_d(x.q1, a, t)], (a,), others
    text = _article(
        f"{a.full} and {b.full} traded posts on {x.plat} on {x.day}.",
        f"{x.q1} wrote {a.last}.",
        f"{x.q2} {b.last} replied.",
    )
    return text, [_d(x.q1, a), _d(x.q2, b)], (a, b), others


# --- 13. pronouns with two people ---------------------------------------------------------------------------


def _pronouns(x: _Slot, s: int) -> _Built:
    a, b, ra = x.a, x.b, x.ra
    others = [ra.body, x.plat]
    if s == 0:
        text = f"{a.full} and {b.full} both posted about the closure. {x.q1} {a.pronoun} wrote."
        return text, [_d(x.q1, a)], (a, b), others
    if s == 1:
        text = (
            f"{b.full} posted a photo of the queue. {a.full} shared it and wrote: {x.q1s} "
            f"{_cap(b.pronoun)} replied: {x.q2s}"
        )
        posted = tolerate(text, "a photo of the queue", (b.full,))  # (lead key fix)
        return text, [_d(x.q1s, a), _d(x.q2s, b), *posted], (a, b), others
    if s == 2:
        text = f"{a.full} emailed {b.full} on {x.day}. {_cap(a.pronoun)} wrote: {x.q1s}"
        return text, [_d(x.q1s, a)], (a, b), others
    if s == 3:
        text = (
            f"{a.full}, {ra.after}, blocked {b.full} on {x.plat} after a row. "
            f"{x.q1} {b.pronoun} wrote afterwards."
        )
        return text, [_d(x.q1, b)], (a, b), others
    if s == 4:
        text = f"In a message to {b.full}, {a.full} wrote that {x.c}. {_cap(b.pronoun)} replied: {x.q2s}"
        return text, [_that(text, x.c, a), _d(x.q2s, b)], (a, b), others
    text = f"{a.full}, {ra.after}, tagged {b.full} in a post on {x.day}. {x.q1} {b.pronoun} replied."
    return text, [_d(x.q1, b)], (a, b), others


# --- 14. controls -------------------------------------------------------------------------------------------


def _controls(x: _Slot, s: int) -> _Built:
    a, ra, t, m, k = x.a, x.ra, x.t, x.m, x.k
    tag, town = _pick(HASHTAGS67, k), _pick(TOWNS67, k)
    at, _h = _handles(a)
    others = [ra.body, x.plat, at, town]
    if s == 0:
        return f"The hashtag {m.q(tag)} trended in {town} on {x.day}.", [], (a,), others
    if s == 1:
        text = f"The phrase {m.q(_pick(TRENDING67, k))} was trending on {x.plat} by {x.day} evening."
        return text, [], (a,), others
    if s == 2:
        return f"Searches for {m.q(_pick(SEARCHES67, k))} rose sharply on {x.day}.", [], (a,), others
    if s == 3:
        cap = m.q(_pick(CAPTIONS67, k))
        text = f"{a.full} posted a photo with the caption {cap}. It was liked more than 12,000 times."
        return text, tolerate(text, cap, (a.full,)), (a,), others
    if s == 4:
        return f"The account {at} was suspended on {x.day}.", [], (a,), others
    if s == 5:
        return f"A link to {_pick(URLS67, k)} was shared more than 3,000 times on {x.day}.", [], (a,), others
    if s == 6:
        text = f"{a.full} replied with {_pick(EMOJI67, k)} and nothing else."
        return text, [], (a,), others
    if s == 7:
        text = f"{a.full} uploaded a video titled {m.q(_pick(VIDEO_TITLES67, k))} on {x.day}."
        return text, [], (a,), others
    if s == 8:
        staff = _pick(STAFF67, k)
        text = _article(
            f"By {staff}",
            f"{a.full}, {ra.after}, wrote on {x.plat}: {x.q1s} The post, tagged {tag}, was shared 900 times.",
        )
        return text, [_d(x.q1s, a, t)], (a,), [*others, staff]
    if s == 9:
        clause = f"the hashtag {m.q(tag)} had been hijacked by spam accounts"
        text = f"{a.full}, {ra.after}, said {clause}."
        return text, [_loose(text, clause, a, t)], (a,), others
    if s == 10:
        return f"The {m.q('like')} count on the post passed 20,000 on {x.day}.", [], (a,), others
    term = m.q(_pick(SEARCHES67, k))
    text = f"Type {term} into the search bar on {x.plat} and the first result is a fake page."
    return text, [], (a,), others


HELD_OUT_67 = (
    _named(
        "posts",
        "5",
        "wrote on social media; posted on her Chirp account that C; a deleted post",
        _gen("ho67-posts", 8, _posts, 262),
    ),
    _named(
        "handles",
        "5",
        "NAME (@handle) wrote; posts as @handle; the handle never speaks",
        _gen("ho67-handles", 8, _handle_shapes),
    ),
    _named(
        "emails_messages",
        "5",
        "said in an email; a text message to OUTLET; told OUTLET by email",
        _gen("ho67-emails", 8, _emails, 255),
    ),
    _named(
        "video_livestream",
        "5",
        "a video posted online; during a livestream; told viewers",
        _gen("ho67-video", 8, _videos),
    ),
    _named(
        "blogs_newsletters",
        "5",
        "a blog post; her newsletter argued that C; newsletter names in marks",
        _gen("ho67-blogs", 8, _blogs),
    ),
    _named(
        "replies_reposts",
        "4",
        "replied; responding to OTHER; shared a post by OTHER, adding",
        _gen("ho67-replies", 8, _replies),
    ),
    _named(
        "anonymous_accounts",
        "2",
        "a user who goes by X; an anonymous account; one commenter",
        _gen("ho67-anon", 8, _anons),
    ),
    _named(
        "comments_sections",
        "5",
        "in the comments; a comment under OTHER's post; the top comment read",
        _gen("ho67-comments", 8, _comments),
    ),
    _named(
        "screenshots",
        "5",
        "a screenshot seen by OUTLET; messages shared with OUTLET; shows NAME writing",
        _gen("ho67-screens", 8, _screens),
    ),
    _named(
        "official_accounts",
        "5",
        "BODY said on its official account; a spokesperson's email",
        _gen("ho67-official", 8, _officials, 305),
    ),
    _named(
        "titles_online",
        "6",
        "NAME, ROLE at BODY, wrote on Chirp; two titled people",
        _gen("ho67-titles", 8, _titles),
    ),
    _named(
        "second_references",
        "4",
        "surname, pronoun, short title and Ms SURNAME after a post",
        _gen("ho67-second", 6, _second),
    ),
    _named(
        "pronouns_two",
        "4",
        "two people of different genders posting, emailing and replying",
        _gen("ho67-pronouns", 6, _pronouns),
    ),
    _named(
        "controls",
        "8",
        "hashtags, trending phrases, search terms, handles, links, emoji, titles",
        _gen("ho67-controls", 12, _controls, 275),
    ),
)
