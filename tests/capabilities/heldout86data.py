"""Slot fillers of the eighty-sixth held-out round (``heldout86.py``), a round of BUDGETS, TAXES AND CENTRAL
BANKS as an economics desk writes them: invented finance ministers, treasury officials and ministry
spokespeople, central-bank governors, deputy governors and rate-setters, economists at banks, brokers and
think tanks, the chair of a fiscal watchdog and an auditor-general, business-lobby and union leaders,
opposition finance spokespeople and a senator, parliamentary committee chairs, and taxpayers and
small-business owners (thirty people with a gender, a culture and an age, and ten taxpayers known by a first
name only); posts with their bodies, the short second reference (`the governor`, `the economist`) and the pool
their words come from; bodies that speak (a ministry, the Treasury, the central bank, the revenue service, the
watchdog, the audit chamber, a lobby, a union, a party, a think tank and a bank, some of one word); the
documents they publish (rate-meeting minutes, an inflation report, a fiscal outlook, an audit, a budget
statement) with what each says, finds and recommends; leaked memos; outlets, towns, dates and committees;
quotations, reported clauses, pointed fragments and split quotations for each pool; quotations of bodies'
statements; what a committee asks and what a witness answers; narrative sentences that report nothing; and tax
nicknames, slogans on placards, scheme names, report titles, nicknames of people and scare terms that sit in
marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation, fragment or split part holds an apostrophe, so that a closing single mark is never confused with
one."""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS86 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS86 = (*MARKS86, Mark("\u2018", "\u2019"))

WOMEN86 = (
    Person("Astrid Lindqvarn", "Lindqvarn", "f", "Swedish", 52),
    Person("Folake Adebanjo", "Adebanjo", "f", "Yoruba", 46),
    Person("Seo-yeon Baek", "Baek", "f", "Korean", 41),
    Person("Carys Penhallow", "Penhallow", "f", "Welsh", 49),
    Person("Ludovica Sarnelli", "Sarnelli", "f", "Italian", 55),
    Person("Reka Hollosi", "Hollosi", "f", "Hungarian", 44),
    Person("Mousumi Chakladar", "Chakladar", "f", "Bengali", 38),
    Person("Eleni Papadrosou", "Papadrosou", "f", "Greek", 47),
    Person("Defne Yalcinkaya", "Yalcinkaya", "f", "Turkish", 35),
    Person("Javiera Lastarria", "Lastarria", "f", "Chilean", 43),
    Person("Aino Virtaranta", "Virtaranta", "f", "Finnish", 58),
    Person("Blanka Mrazkova", "Mrazkova", "f", "Czech", 39),
    Person("Wanjiru Kamau-Ndegwa", "Kamau-Ndegwa", "f", "Kikuyu", 50),
    Person("Friederike Oltmanns", "Oltmanns", "f", "German", 61),
    Person("Linh Tran-Hoang", "Tran-Hoang", "f", "Vietnamese", 36),
)

MEN86 = (
    Person("Henrik Aspelund", "Aspelund", "m", "Swedish", 57),
    Person("Babatunde Oyelaran", "Oyelaran", "m", "Yoruba", 48),
    Person("Jae-won Seong", "Seong", "m", "Korean", 53),
    Person("Rhodri Gwynfor", "Gwynfor", "m", "Welsh", 45),
    Person("Massimo Tedeschini", "Tedeschini", "m", "Italian", 60),
    Person("Levente Szalontai", "Szalontai", "m", "Hungarian", 42),
    Person("Arindam Basu-Mallik", "Basu-Mallik", "m", "Bengali", 51),
    Person("Stavros Kalogeridis", "Kalogeridis", "m", "Greek", 47),
    Person("Emre Korkmazoglu", "Korkmazoglu", "m", "Turkish", 39),
    Person("Joaquin Villagran", "Villagran", "m", "Chilean", 56),
    Person("Eero Hakkarainen", "Hakkarainen", "m", "Finnish", 44),
    Person("Ondrej Vlasak", "Vlasak", "m", "Czech", 50),
    Person("Githinji Muriuki", "Muriuki", "m", "Kikuyu", 46),
    Person("Matthias Brenneke", "Brenneke", "m", "German", 62),
    Person("Minh Vo-Thanh", "Vo-Thanh", "m", "Vietnamese", 34),
)

PEOPLE86 = tuple(p for pair in zip(WOMEN86, MEN86, strict=True) for p in pair)

#: Taxpayers and traders a report names by a first name only (the first name is the whole name).
FIRSTS86 = (
    Person("Priya", "Priya", "f", "first", 34),
    Person("Jonas", "Jonas", "m", "first", 41),
    Person("Marisol", "Marisol", "f", "first", 29),
    Person("Kofi", "Kofi", "m", "first", 52),
    Person("Halina", "Halina", "f", "first", 67),
    Person("Dario", "Dario", "m", "first", 38),
    Person("Soraya", "Soraya", "f", "first", 45),
    Person("Bram", "Bram", "m", "first", 71),
    Person("Nell", "Nell", "f", "first", 26),
    Person("Tariq", "Tariq", "m", "first", 33),
)


@frozen
class Body86:
    """A body that speaks: its name at a sentence's start, its name inside a sentence, and the names a key
    accepts for it (bare, without *the*)."""

    start: str
    inner: str
    acc: tuple[str, ...]

    @property
    def bare(self) -> str:
        """The name without a leading *the*."""
        return self.inner[4:] if self.inner.startswith("the ") else self.inner


MINISTRY86 = Body86("The Finance Ministry", "the Finance Ministry", ("Finance Ministry", "ministry"))
TREASURY86 = Body86("The Treasury", "the Treasury", ("Treasury",))
BANK86 = Body86("The Bank of Calvera", "the Bank of Calvera", ("Bank of Calvera", "bank", "central bank"))
REVENUE86 = Body86("The Revenue Service", "the Revenue Service", ("Revenue Service",))
WATCHDOG86 = Body86(
    "The Office for Fiscal Scrutiny",
    "the Office for Fiscal Scrutiny",
    ("Office for Fiscal Scrutiny", "watchdog", "office"),
)
AUDIT86 = Body86(
    "The National Audit Chamber", "the National Audit Chamber", ("National Audit Chamber", "chamber")
)
EMPLOYERS86 = Body86(
    "The Federation of Calveran Employers",
    "the Federation of Calveran Employers",
    ("Federation of Calveran Employers", "federation"),
)
TRADERS86 = Body86(
    "The Small Traders' Alliance", "the Small Traders' Alliance", ("Small Traders' Alliance", "alliance")
)
UNION86 = Body86("The Public Services Union", "the Public Services Union", ("Public Services Union", "union"))
TEACHERS86 = Body86(
    "The Teachers' Federation", "the Teachers' Federation", ("Teachers' Federation", "federation")
)
RENEWAL86 = Body86("Renewal", "Renewal", ("Renewal",))
CIVIC86 = Body86("The Civic Alliance", "the Civic Alliance", ("Civic Alliance", "alliance"))
FISCALIS86 = Body86("Fiscalis", "Fiscalis", ("Fiscalis",))
TAMBERLY86 = Body86("Tamberly", "Tamberly", ("Tamberly",))
NORCASTLE86 = Body86("Norcastle Bank", "Norcastle Bank", ("Norcastle Bank", "bank"))
GREYFIELD86 = Body86("Greyfield Securities", "Greyfield Securities", ("Greyfield Securities",))
HOLLIS86 = Body86("The Hollis Institute", "the Hollis Institute", ("Hollis Institute", "institute"))
STATS86 = Body86("The Statistics Office", "the Statistics Office", ("Statistics Office",))

#: Government bodies that issue statements (their words come from ``GOVQUOTES86`` and ``GOVCLAUSES86``).
GOVBODIES86 = (MINISTRY86, TREASURY86, BANK86, REVENUE86)

#: Lobbies, unions, parties and think tanks that issue statements, with the pool their words come from.
VOICEBODIES86 = (
    (EMPLOYERS86, "biz"),
    (TRADERS86, "biz"),
    (UNION86, "union"),
    (RENEWAL86, "opp"),
    (FISCALIS86, "econ"),
    (TEACHERS86, "union"),
)


@frozen
class Post86:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and each
    body or place), the short second reference (`the governor`; `{s}` again), the body it belongs to (never a
    speaker of a person's words; empty when the post names none) and the pool its holder's words come from
    (`min`, `cb`, `econ`, ...)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """The family of the pool whose fragments and split quotations the holder uses."""
        return FAMILY86[self.pool]

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


FAMILY86 = {
    "min": "min",
    "treas": "min",
    "cb": "cb",
    "rate": "cb",
    "econ": "econ",
    "watch": "watch",
    "audit": "watch",
    "biz": "biz",
    "union": "union",
    "opp": "opp",
    "chair": "chair",
}

MIN86 = (
    Post86(
        "the finance minister",
        "Finance Minister",
        ("finance minister",),
        "the minister",
        "the Finance Ministry",
        "min",
    ),
    Post86(
        "deputy finance minister",
        "Deputy Finance Minister",
        ("deputy finance minister",),
        "the deputy minister",
        "the Finance Ministry",
        "min",
    ),
    Post86(
        "chief secretary to the Treasury",
        "Treasury Chief Secretary",
        ("chief secretary", "Treasury"),
        "the chief secretary",
        "the Treasury",
        "treas",
    ),
    Post86(
        "permanent secretary at the Treasury",
        "Treasury permanent secretary",
        ("permanent secretary", "Treasury"),
        "the permanent secretary",
        "the Treasury",
        "treas",
    ),
    Post86(
        "a {s} for the Finance Ministry",
        "Finance Ministry {s}",
        ("spokes", "Finance Ministry"),
        "the {s}",
        "the Finance Ministry",
        "min",
    ),
)

CB86 = (
    Post86(
        "governor of the Bank of Calvera",
        "Bank of Calvera Governor",
        ("governor", "Bank of Calvera"),
        "the governor",
        "the Bank of Calvera",
        "cb",
    ),
    Post86(
        "deputy governor of the Bank of Calvera",
        "Bank of Calvera Deputy Governor",
        ("deputy governor", "Bank of Calvera"),
        "the deputy governor",
        "the Bank of Calvera",
        "cb",
    ),
    Post86(
        "a rate-setter at the Bank of Calvera",
        "Bank of Calvera rate-setter",
        ("rate-setter", "Bank of Calvera"),
        "the rate-setter",
        "the Bank of Calvera",
        "rate",
    ),
    Post86(
        "chief economist at the Bank of Calvera",
        "Bank of Calvera chief economist",
        ("chief economist", "Bank of Calvera"),
        "the chief economist",
        "the Bank of Calvera",
        "rate",
    ),
)

ECON86 = (
    Post86(
        "chief economist at Norcastle Bank",
        "Norcastle Bank chief economist",
        ("chief economist", "Norcastle Bank"),
        "the economist",
        "Norcastle Bank",
        "econ",
    ),
    Post86(
        "an economist at Tamberly",
        "Tamberly economist",
        ("economist", "Tamberly"),
        "the economist",
        "Tamberly",
        "econ",
    ),
    Post86(
        "a rates strategist at Greyfield Securities",
        "Greyfield Securities rates strategist",
        ("strategist", "Greyfield Securities"),
        "the strategist",
        "Greyfield Securities",
        "econ",
    ),
    Post86(
        "director of Fiscalis",
        "Fiscalis director",
        ("director", "Fiscalis"),
        "the director",
        "Fiscalis",
        "econ",
    ),
    Post86(
        "a senior economist at the Hollis Institute",
        "Hollis Institute senior economist",
        ("economist", "Hollis Institute"),
        "the economist",
        "the Hollis Institute",
        "econ",
    ),
)

WATCH86 = (
    Post86(
        "chair of the Office for Fiscal Scrutiny",
        "Office for Fiscal Scrutiny chair",
        ("chair", "Office for Fiscal Scrutiny"),
        "the watchdog chair",
        "the Office for Fiscal Scrutiny",
        "watch",
    ),
    Post86(
        "auditor-general at the National Audit Chamber",
        "National Audit Chamber auditor-general",
        ("auditor-general", "National Audit Chamber"),
        "the auditor-general",
        "the National Audit Chamber",
        "audit",
    ),
)

BIZ86 = (
    Post86(
        "director-general of the Federation of Calveran Employers",
        "Federation of Calveran Employers director-general",
        ("director-general", "Federation of Calveran Employers"),
        "the director-general",
        "the Federation of Calveran Employers",
        "biz",
    ),
    Post86(
        "chair of the Small Traders' Alliance",
        "Small Traders' Alliance chair",
        ("chair", "Small Traders' Alliance"),
        "the alliance chair",
        "the Small Traders' Alliance",
        "biz",
    ),
)

UNIONPOSTS86 = (
    Post86(
        "general secretary of the Public Services Union",
        "Public Services Union general secretary",
        ("general secretary", "Public Services Union"),
        "the union leader",
        "the Public Services Union",
        "union",
    ),
    Post86(
        "president of the Teachers' Federation",
        "Teachers' Federation president",
        ("president", "Teachers' Federation"),
        "the union president",
        "the Teachers' Federation",
        "union",
    ),
)

OPP86 = (
    Post86(
        "finance {s} for Renewal",
        "Renewal finance {s}",
        ("finance spokes", "Renewal"),
        "the {s}",
        "Renewal",
        "opp",
    ),
    Post86(
        "the Civic Alliance's shadow finance minister",
        "Civic Alliance shadow finance minister",
        ("shadow finance minister", "Civic Alliance"),
        "the shadow minister",
        "the Civic Alliance",
        "opp",
    ),
    Post86(
        "a senator for the Civic Alliance",
        "Civic Alliance Senator",
        ("senator", "Civic Alliance"),
        "the senator",
        "the Civic Alliance",
        "opp",
    ),
)

CHAIRS86 = (
    Post86(
        "chair of the parliamentary Treasury Committee",
        "Treasury Committee chair",
        ("chair", "Treasury Committee"),
        "the committee chair",
        "the Treasury Committee",
        "chair",
    ),
    Post86(
        "chair of the Senate budget committee",
        "Senate budget committee chair",
        ("chair", "budget committee"),
        "the committee chair",
        "the Senate budget committee",
        "chair",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS86 = (
    MIN86[0],
    CB86[0],
    ECON86[0],
    WATCH86[0],
    BIZ86[0],
    UNIONPOSTS86[0],
    OPP86[0],
    MIN86[2],
    CB86[1],
    ECON86[1],
    CHAIRS86[0],
    BIZ86[1],
    OPP86[1],
    MIN86[4],
    CB86[2],
    ECON86[2],
    WATCH86[1],
    UNIONPOSTS86[1],
    OPP86[2],
    MIN86[1],
    CB86[3],
    ECON86[3],
    CHAIRS86[1],
    MIN86[3],
    ECON86[4],
)

#: Posts of witnesses who give evidence to a committee.
WITNESSPOSTS86 = (MIN86[0], MIN86[2], MIN86[3], CB86[0], CB86[1], WATCH86[0], WATCH86[1], ECON86[0], BIZ86[0])

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES86: dict[str, tuple[str, ...]] = {
    "min": (
        "This budget puts working families first",
        "We will not borrow to pay for day-to-day spending",
        "Every measure in this budget has been costed to the last crown",
        "The public finances are in better shape than anyone expected",
    ),
    "treas": (
        "The numbers in this budget have been checked line by line",
        "We are not going to chase headlines with giveaways",
        "Departments will have to find savings like everyone else",
        "The deficit is coming down and it will keep coming down",
    ),
    "cb": (
        "Inflation is falling, but it is not yet beaten",
        "We will not cut rates until we are sure the job is done",
        "The committee is ready to act if prices pick up again",
        "Markets should not assume that rates have peaked",
    ),
    "rate": (
        "I voted for a cut because the economy is already slowing",
        "Holding rates for another month was the right call",
        "The risks to inflation are now to the downside",
        "We kept policy tight for too long last time",
    ),
    "econ": (
        "The budget is a gamble on growth that may not arrive",
        "Markets will be relieved that the borrowing numbers add up",
        "We now expect the first rate cut in the autumn",
        "Households will feel the squeeze well into next year",
    ),
    "watch": (
        "The government is relying on forecasts that look optimistic",
        "Our job is to say whether the numbers add up, and these do not",
        "The fiscal rules were met, but only just",
        "There is almost no headroom left for a bad year",
    ),
    "audit": (
        "Public money was spent without the checks the law requires",
        "We could not trace where a large share of the funds went",
        "The ministry has accepted every one of our recommendations",
        "Nobody was keeping count of who had been paid",
    ),
    "biz": (
        "Employers have been asked to pay for this budget once again",
        "Small firms cannot absorb another rise in payroll taxes",
        "This is a budget that business can work with",
        "Our members need certainty, not another round of surprises",
    ),
    "union": (
        "Public servants have had a real-terms pay cut for five years",
        "Our members will not pay for the mistakes of the Treasury",
        "This budget does nothing for the people who keep our schools running",
        "We are ready to talk, but the offer has to be serious",
    ),
    "opp": (
        "This is a budget of broken promises",
        "Families will pay more and get less",
        "The minister has hidden the real cost of these plans",
        "The government has run out of ideas and out of money",
    ),
    "chair": (
        "This committee expects straight answers to straight questions",
        "We will be calling the minister back in the autumn",
        "The figures we were given last month were simply wrong",
    ),
    "tax": (
        "Every time the rates go up, I lose another customer",
        "We have not had a holiday in three years",
        "The new levy will cost me more than I pay myself",
        "I just want the rules to stay the same for one year",
    ),
}

#: Reported clauses by pool (no marks surround them).
CLAUSES86: dict[str, tuple[str, ...]] = {
    "min": (
        "the top rate of income tax would rise to 45 percent from April",
        "the government would meet its borrowing target a year early",
        "fuel duty would be frozen for a third year",
        "there would be no cuts to the health budget",
    ),
    "treas": (
        "departments had been told to find savings of two percent",
        "the deficit would fall below three percent of output next year",
        "tax receipts had come in ahead of forecast",
        "the pension changes would be paid for in full",
    ),
    "cb": (
        "inflation would return to the two percent target by the end of next year",
        "the bank was in no hurry to cut interest rates",
        "wage growth remained too strong for the committee to relax",
        "the next move in rates could still be up",
    ),
    "rate": (
        "the economy was weaker than the forecasts suggested",
        "rates should have been cut a month ago",
        "the labour market was cooling faster than expected",
        "the committee had been too slow to react to falling prices",
    ),
    "econ": (
        "the central bank would cut rates twice before Christmas",
        "the tax rises would knock half a point off growth",
        "inflation had probably peaked in the spring",
        "the government had left itself almost no room for error",
    ),
    "watch": (
        "the government was on course to miss its debt target",
        "borrowing would be higher than the ministry had forecast",
        "the spending plans after next year were not credible",
        "the budget relied on savings that had not been identified",
    ),
    "audit": (
        "the ministry had overpaid contractors by 140 million crowns",
        "the tax office had failed to collect billions in unpaid duty",
        "the accounts of the housing fund could not be verified",
        "grants had been paid to companies that no longer existed",
    ),
    "biz": (
        "the payroll tax rise would cost jobs",
        "members had frozen hiring until the autumn",
        "the cut in business rates was welcome but too small",
        "firms would pass the higher costs on to customers",
    ),
    "union": (
        "the pay offer was well below inflation",
        "members would be balloted on strike action",
        "the spending freeze would mean thousands of job losses",
        "teachers had lost a fifth of their pay in real terms",
    ),
    "opp": (
        "the government had raised taxes by stealth",
        "the borrowing figures did not add up",
        "the budget would leave pensioners worse off",
        "the minister had broken a promise not to raise taxes",
    ),
    "chair": (
        "the committee would publish its findings before the summer",
        "the ministry had failed to explain the missing figures",
        "the minister would be recalled to give evidence in the autumn",
    ),
    "tax": (
        "the energy bills had doubled since the winter",
        "the business would not survive another rise in rent",
        "the new tax return had taken a whole weekend to fill in",
        "the shop had cut its opening hours to save money",
    ),
}

#: Pointed fragments by family: (what a fragment is said of, the fragment; no apostrophes).
FRAGS86: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("the budget", "a plan for the long term"),
        ("the criticism", "wide of the mark"),
        ("the forecasts", "prudent and realistic"),
    ),
    "cb": (
        ("the latest inflation figures", "encouraging but not decisive"),
        ("the rise in wages", "uncomfortably strong"),
        ("talk of rate cuts", "premature"),
    ),
    "econ": (
        ("the budget", "a fiscal sleight of hand"),
        ("the growth forecasts", "heroically optimistic"),
        ("the rate decision", "a close call"),
    ),
    "watch": (
        ("the spending plans", "a work of fiction"),
        ("the margin against the rules", "wafer-thin"),
        ("the record-keeping at the ministry", "chaotic"),
    ),
    "biz": (
        ("the payroll tax rise", "a tax on jobs"),
        ("the budget", "a missed opportunity"),
        ("the rates relief", "a sticking plaster"),
    ),
    "union": (
        ("the pay offer", "an insult"),
        ("the spending freeze", "cuts by another name"),
        ("the budget", "a kick in the teeth"),
    ),
    "opp": (
        ("the budget", "a con trick"),
        ("the tax plans", "a raid on savers"),
        ("the minister's figures", "fantasy economics"),
    ),
    "chair": (
        ("the ministry's answers", "evasive"),
        ("the missing figures", "a serious failure"),
        ("the delay", "unacceptable"),
    ),
}

#: Split quotations by family: (first part, without its comma; second part, lower case, with its stop).
SPLITS86: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("This budget is about the long term", "not the next election."),
        ("We have made hard choices", "and I stand by every one of them."),
        ("The books will balance", "just as we promised."),
    ),
    "cb": (
        ("We are not there yet", "and we will not declare victory early."),
        ("Rates will stay where they are", "for as long as it takes."),
        ("Inflation has come down", "but the last mile is the hardest."),
    ),
    "econ": (
        ("The numbers look fine on paper", "but paper does not pay the bills."),
        ("The bank will cut in the autumn", "unless wages surprise again."),
    ),
    "watch": (
        ("The rules have been met", "but only on paper."),
        ("We are not here to grade the politics", "only the arithmetic."),
    ),
    "biz": (
        ("Employers want to invest", "but this budget makes it harder."),
        ("We asked for stability", "and we got another tax."),
    ),
    "union": (
        ("Our members kept the country running", "and this is their reward."),
        ("We do not want to strike", "but we will if we must."),
    ),
    "opp": (
        ("The minister promised no new taxes", "and then found five."),
        ("Families were told the worst was over", "and it was not true."),
    ),
    "chair": (
        ("We asked for the figures in March", "and we are still waiting."),
        ("The committee will not be fobbed off", "by the minister or anyone else."),
    ),
}

#: Quotations of government bodies' statements (no *I*, no apostrophes).
GOVQUOTES86 = (
    "The public finances remain on a sustainable path",
    "We do not comment on leaked documents",
    "These figures reflect the hard choices taken in the budget",
    "We will respond to the report in full in due course",
    "Taxpayers can be confident that every crown is accounted for",
)

#: Reported clauses of government bodies' statements.
GOVCLAUSES86 = (
    "the figures would be published in full next month",
    "the changes would take effect from the start of the tax year",
    "ministers had not yet seen the final figures",
    "the online filing system would be back by Friday",
    "no decision had yet been taken",
)


@frozen
class Doc86:
    """A document a body publishes: the words after *published* (`its quarterly inflation report`, `the
    minutes of its June rate meeting`), the short name a later sentence gives it (`report`, `minutes`), the
    words after the body's possessive, whether it is plural (*the minutes*), the verb of its findings
    (`showed`, `found`), the verb before a colon that quotes it (`concluded`, `read`), the names a key accepts
    for it, the body that publishes it, what it says in marks, what it finds (reported clauses), what it
    recommends (subjunctive clauses) and what it calls something (object, fragment)."""

    pub: str
    short: str
    pname: str
    plural: bool
    finds: str
    colon: str
    acc: tuple[str, ...]
    body: Body86
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    recs: tuple[str, ...]
    frags: tuple[tuple[str, str], ...]


DOCS86 = (
    Doc86(
        "the minutes of its June rate meeting",
        "minutes",
        "minutes",
        True,
        "showed",
        "read",
        ("minutes", "minutes of its June rate meeting", "minutes of the June rate meeting"),
        BANK86,
        (
            "Most members judged that the risks to inflation were now broadly balanced",
            "A majority saw no case for an early cut in rates",
            "Two members preferred to cut rates by a quarter point",
        ),
        (
            "two members had voted to cut rates",
            "the committee had discussed a larger rise",
            "most members expected inflation to ease in the summer",
        ),
        (),
        (("the rise in food prices", "temporary"), ("the housing market", "fragile")),
    ),
    Doc86(
        "its quarterly inflation report",
        "report",
        "quarterly inflation report",
        False,
        "showed",
        "concluded",
        ("quarterly inflation report", "inflation report", "report"),
        BANK86,
        (
            "Inflation is projected to fall back to target by the end of next year",
            "The outlook for growth has weakened since the spring",
        ),
        (
            "inflation would fall back to target in the second half of next year",
            "the economy had narrowly avoided a recession",
        ),
        ("households be given more warning of changes in rates",),
        (("the outlook for growth", "subdued"), ("the rise in energy prices", "a passing shock")),
    ),
    Doc86(
        "its economic and fiscal outlook",
        "outlook",
        "economic and fiscal outlook",
        False,
        "found",
        "concluded",
        ("economic and fiscal outlook", "fiscal outlook", "outlook"),
        WATCHDOG86,
        (
            "Borrowing is forecast to fall in each year of the forecast",
            "The government has met its fiscal rules by the narrowest of margins",
            "Growth is expected to slow to 0.8 percent next year",
        ),
        (
            "the government was on course to miss its debt target",
            "borrowing would overshoot the budget forecast by 12 billion crowns",
            "growth would slow to 0.8 percent next year",
        ),
        (
            "the government set out how it would pay for the pension changes",
            "ministers publish the savings they had promised",
        ),
        (("the spending plans after next year", "not credible"), ("the tax forecasts", "optimistic")),
    ),
    Doc86(
        "its annual audit of the Finance Ministry",
        "audit",
        "annual audit of the Finance Ministry",
        False,
        "found",
        "concluded",
        ("annual audit", "audit", "annual audit of the Finance Ministry"),
        AUDIT86,
        (
            "Controls over spending were weak throughout the year",
            "The ministry could not show that the grants reached the people they were meant for",
        ),
        (
            "the ministry had lost track of 300 million crowns in grants",
            "payments had been made to companies that no longer existed",
        ),
        (
            "the ministry publish a full list of grant recipients",
            "every grant above a million crowns be checked",
        ),
        (("the grant scheme", "poorly run"), ("the controls on spending", "inadequate")),
    ),
    Doc86(
        "its budget statement",
        "statement",
        "budget statement",
        False,
        "said",
        "declared",
        ("budget statement", "statement"),
        MINISTRY86,
        (
            "The government will return the budget to balance within four years",
            "Spending on defence will rise by four percent in real terms",
        ),
        (
            "spending on defence would rise by four percent",
            "the income tax thresholds would be frozen until 2029",
        ),
        ("departments submit their savings plans by September",),
        (("the recovery", "fragile but real"), ("the tax changes", "fair and proportionate")),
    ),
)

#: Leaked memos: (the memo as a sentence names it, the names a key accepts, what it warned).
MEMOS86 = (
    (
        "A leaked Treasury memo",
        ("leaked Treasury memo", "Treasury memo", "memo", "Treasury"),
        "the tax rise would raise far less than ministers had claimed",
    ),
    (
        "An internal Finance Ministry memo",
        ("internal Finance Ministry memo", "Finance Ministry memo", "memo", "Finance Ministry"),
        "the pension changes had not been costed",
    ),
    (
        "A confidential Bank of Calvera paper",
        ("confidential Bank of Calvera paper", "paper", "Bank of Calvera"),
        "a rate cut in the summer was unlikely",
    ),
)

OUTLETS86 = ("the Calvera Ledger", "Radio Selwyn", "the Financial Courier", "Market Wire")

TOWNS86 = ("Tollmere", "Wexby", "Caldour", "Penmoor", "Lissford", "Orrin Bay")

DATES86 = ("Tuesday", "14 March", "Thursday", "2 June", "Wednesday")

#: Places where briefings are given.
SCENES86 = (
    "the Finance Ministry in Port Selwyn",
    "the Bank of Calvera headquarters",
    "a business breakfast in Tollmere",
    "the parliament building",
)

#: Committees that hear evidence: (the committee inside a sentence, its bare name).
COMMITTEES86 = (
    ("the Treasury Committee", "Treasury Committee"),
    ("the Senate budget committee", "Senate budget committee"),
    ("the public accounts committee", "public accounts committee"),
)

#: Small businesses and taxpayers' occupations: (the phrase after *a*, the role noun a title holds).
JOBS86 = (
    ("bakery owner", "bakery owner"),
    ("self-employed plumber", "plumber"),
    ("hairdresser", "hairdresser"),
    ("retired teacher", "teacher"),
    ("cafe owner", "cafe owner"),
    ("freelance graphic designer", "graphic designer"),
)

#: What a small business is (after *runs*): a relative clause states no title.
SHOPS86 = ("a hardware shop", "a family bakery", "a small printing firm", "a bicycle repair shop")

#: What a committee asks (the clause after *whether*) and what a witness answers.
QUESTIONS86 = (
    "the ministry had been warned about the shortfall",
    "the forecasts had been changed before publication",
    "anyone had raised concerns about the figures",
)
ANSWERS86 = (
    "No, I was not told about it",
    "Not that I am aware of",
    "Yes, and we acted on it",
    "I would have to check the papers",
)

#: Open cue verbs of a reported clause (*warned* and *cautioned* take their clause with *that* only:
#: ``BARECUES86`` holds the others, for a clause without *that*).
CUES86 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "stressed",
    "argued",
    "admitted",
    "maintained",
    "cautioned",
    "predicted",
    "claimed",
    "noted",
)
BARECUES86 = tuple(c for c in CUES86 if c not in ("warned", "cautioned", "noted"))

#: Cue verbs of a direct quotation credited after it (`"Q," NAME CUE.`).
QCUES86 = ("said", "insisted", "warned", "quipped", "conceded", "added", "told reporters")

#: Narrative sentences that report nothing.
NARRATIVE86 = (
    "Ten-year bond yields fell to their lowest level since January.",
    "The crown rose half a cent against its main trading partners after the announcement.",
    "Queues formed outside the tax office in Port Selwyn on Monday morning.",
    "The budget documents run to more than 400 pages.",
    "Shares in Calveran banks rose sharply in early trading.",
    "Parliament will vote on the finance bill next month.",
)

#: Names and words in marks that nobody says.
TAXNICKS86 = ("pasty tax", "window levy", "Robin Hood rate")
SLOGANS86 = ("Tax the Rich", "Hands Off Our Pensions", "No More Austerity")
SCHEMES86 = ("Help to Build", "Main Street Fund", "Fair Start")
REPORTTITLES86 = ("Balancing the Books", "A Decade of Drift", "The Price of Delay")
PERSONNICKS86 = ("the Hawk", "Mr Prudence", "the Accountant")
SCARE86 = ("fiscal drag", "bracket creep", "stealth taxation")

#: Rate decisions: (what the bank did, as a clause after *The Bank of Calvera*).
DECISIONS86 = (
    "held its main interest rate at 4.25 percent",
    "raised its main interest rate by a quarter point to 4.5 percent",
    "cut its main interest rate by a quarter point to 4 percent",
)

#: Official figures that show something (a sentence whose figures speak).
FIGURES86 = (
    "Inflation fell to 3.1 percent in May",
    "The economy shrank by 0.2 percent in the first quarter",
    "Unemployment rose to 5.4 percent in April",
)

#: What the central bank said in a statement after a rate decision (reported clauses).
BANKCLAUSES86 = (
    "the committee would be guided by the data",
    "further rises could not be ruled out",
    "inflation was expected to keep falling through the year",
)

#: What a governor answers when asked whether rates have peaked (no apostrophes).
CBANSWERS86 = (
    "It is too early to say that",
    "Not yet, and perhaps not for some time",
    "We will know a great deal more by the summer",
)

#: What a person accuses the government of (the words in marks after *of*), by family.
ACCUSE86: dict[str, tuple[str, ...]] = {
    "watch": (
        "marking its own homework",
        "hiding the true cost of the pension changes",
        "fiddling the forecasts",
    ),
    "biz": ("treating employers as a cash machine", "balancing the books on the backs of small firms"),
    "union": ("balancing the books on the backs of public servants", "breaking its word on pay"),
    "opp": ("taxing by the back door", "raiding the pension fund"),
}

#: Whom a lobby or union represents, by body.
MEMBERS86 = {
    "Federation of Calveran Employers": "employers",
    "Small Traders' Alliance": "small firms",
    "Public Services Union": "public servants",
    "Teachers' Federation": "teachers",
}

#: What a finance minister dismisses criticism as (no apostrophes).
DISMISS86 = ("scaremongering", "wide of the mark", "political theatre")

#: What a committee's report finds (reported clauses).
COMMCLAUSES86 = (
    "the ministry had failed to explain the missing figures",
    "the forecasts had been published without proper checks",
    "the tax office needed more staff to chase unpaid duty",
)
