"""Slot fillers of the fortieth held-out round (``heldout40.py``): invented politicians of Amis, Angami,
Asheninka, Bakweri, Bodo, Bunun, Chokwe, Dagomba, Garo, Hiligaynon, Jola, Kamba, Khakas, Kiowa and Lahu origin
(with their gender, an age, a party letter, a state and a chamber for US-style tags, and a Westminster seat),
quotation marks (straight, curly, British single, guillemets, German low-high), campaign issues with what a
candidate says about them, labels and insults, pollsters, moderators and debate hosts, committees, super PACs,
British parties and posts, towns, and open-class cue verbs of political sparring (`jabbed`, `taunted`,
`swiped`, `zinged`, `goaded`, `twitted`, `riffed`, `jousted`) that no earlier held-out round uses.

Every name, body, seat and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class State40:
    """A US state as a tag writes it (`Ore.`), in full (`Oregon`), and a town in it."""

    tag: str
    name: str
    town: str


STATES40 = (
    State40("Ore.", "Oregon", "Willet Falls"),
    State40("Texas", "Texas", "Corsway"),
    State40("Mont.", "Montana", "Ridley Fork"),
    State40("Neb.", "Nebraska", "Hallowell"),
    State40("Wis.", "Wisconsin", "Pelling"),
    State40("Ariz.", "Arizona", "Dry Wash"),
    State40("Kan.", "Kansas", "Esterbrook"),
    State40("N.M.", "New Mexico", "Alcova Springs"),
    State40("Ky.", "Kentucky", "Brantley"),
    State40("Iowa", "Iowa", "Maple Bend"),
    State40("Utah", "Utah", "Cedar Notch"),
    State40("Vt.", "Vermont", "Linwood Hollow"),
)


@frozen
class Person40:
    """An invented politician: full name, surname, gender (`f`/`m`), origin, age, party letter (`D`/`R`),
    the index of a state in ``STATES40``, a chamber (`Sen.`/`Rep.`) and a Westminster seat."""

    full: str
    last: str
    gender: str
    origin: str
    age: int
    party: str
    state_ix: int
    chamber: str
    seat: str

    @property
    def first(self) -> str:
        """The given name."""
        return self.full.split()[0]

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def state(self) -> State40:
        """The person's state."""
        return STATES40[self.state_ix]

    @property
    def partyword(self) -> str:
        """`Democrat` or `Republican`."""
        return "Democrat" if self.party == "D" else "Republican"

    @property
    def partyadj(self) -> str:
        """`Democratic` or `Republican`."""
        return "Democratic" if self.party == "D" else "Republican"

    @property
    def office(self) -> str:
        """`senator`, `congresswoman` or `congressman`."""
        if self.chamber == "Sen.":
            return "senator"
        return "congresswoman" if self.gender == "f" else "congressman"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender."""
        return female if self.gender == "f" else male


@frozen
class Mark40:
    """A pair of quotation marks."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"


ALL_MARKS40 = (
    Mark40('"', '"'),
    Mark40("“", "”"),
    Mark40("'", "'"),
    Mark40("‘", "’"),
    Mark40("«", "»"),
    Mark40("„", "“"),
)

WOMEN40 = (
    Person40("Panay Lafin", "Lafin", "f", "Amis", 52, "D", 0, "Sen.", "Harwick and Fenby"),
    Person40("Neikehienuo Sekhose", "Sekhose", "f", "Angami", 47, "R", 1, "Rep.", "Colbridge North"),
    Person40("Ruth Chiricente", "Chiricente", "f", "Asheninka", 44, "D", 2, "Rep.", "Stallow Vale"),
    Person40("Esther Molua", "Molua", "f", "Bakweri", 58, "R", 3, "Sen.", "Merrow and Dunsby"),
    Person40("Rwimali Basumatary", "Basumatary", "f", "Bodo", 39, "D", 4, "Rep.", "Ashcote West"),
    Person40("Abus Istanda", "Istanda", "f", "Bunun", 61, "R", 5, "Sen.", "Pellbury"),
    Person40("Cecilia Muacasso", "Muacasso", "f", "Chokwe", 42, "D", 6, "Rep.", "Tanmoor East"),
    Person40("Fuseina Wumbei", "Wumbei", "f", "Dagomba", 55, "R", 7, "Sen.", "Kellingford"),
    Person40("Silchi Momin", "Momin", "f", "Garo", 36, "D", 8, "Rep.", "Drayfield and Oust"),
    Person40("Merlinda Sumagaysay", "Sumagaysay", "f", "Hiligaynon", 63, "R", 9, "Sen.", "Corrin Bay"),
    Person40("Ramatou Sagna", "Sagna", "f", "Jola", 49, "D", 10, "Sen.", "Wexham Chase"),
    Person40("Mwikali Musyoka", "Musyoka", "f", "Kamba", 41, "R", 11, "Rep.", "Brackenfold Lees"),
    Person40("Valentina Chebodaeva", "Chebodaeva", "f", "Khakas", 57, "D", 1, "Sen.", "Oxley Marsh"),
    Person40("Mabel Poolaw", "Poolaw", "f", "Kiowa", 66, "R", 2, "Rep.", "Fenwick Cross"),
    Person40("Nana Jalo", "Jalo", "f", "Lahu", 38, "D", 3, "Rep.", "Southam Reach"),
)

MEN40 = (
    Person40("Kolas Mayaw", "Mayaw", "m", "Amis", 59, "R", 4, "Rep.", "Larkhill Moor"),
    Person40("Vikhozo Rutsa", "Rutsa", "m", "Angami", 45, "D", 5, "Sen.", "Quenby and Hale"),
    Person40("Eliazar Mananingo", "Mananingo", "m", "Asheninka", 50, "R", 6, "Sen.", "Stourhaven"),
    Person40("Ekema Efange", "Efange", "m", "Bakweri", 64, "D", 7, "Rep.", "Fallowdene"),
    Person40("Gwmbwr Narzary", "Narzary", "m", "Bodo", 43, "R", 8, "Sen.", "Wrenbury Heath"),
    Person40("Tiang Tansikian", "Tansikian", "m", "Bunun", 37, "D", 9, "Rep.", "Castlemere"),
    Person40("Kapenda Samutondo", "Samutondo", "m", "Chokwe", 56, "R", 10, "Rep.", "Hexley South"),
    Person40("Mahama Tampuli", "Tampuli", "m", "Dagomba", 48, "D", 11, "Sen.", "Burnside Vale"),
    Person40("Rakkam Marak", "Marak", "m", "Garo", 62, "R", 0, "Rep.", "Ambridge Forest"),
    Person40("Rodel Gumban", "Gumban", "m", "Hiligaynon", 40, "D", 1, "Sen.", "Tollerby Marsh"),
    Person40("Ousmane Badji", "Badji", "m", "Jola", 53, "R", 2, "Sen.", "Kirkhope Downs"),
    Person40("Kioko Nzioka", "Nzioka", "m", "Kamba", 46, "D", 3, "Rep.", "Netherfold"),
    Person40("Arkady Kyzlasov", "Kyzlasov", "m", "Khakas", 60, "R", 4, "Rep.", "Elsworth Cross"),
    Person40("Monroe Tointigh", "Tointigh", "m", "Kiowa", 68, "D", 5, "Sen.", "Gatcombe Park"),
    Person40("Jakui Chakaw", "Chakaw", "m", "Lahu", 35, "R", 6, "Sen.", "Daleswick"),
)

PEOPLE40 = tuple(p for pair in zip(WOMEN40, MEN40, strict=True) for p in pair)


@frozen
class Issue40:
    """A campaign issue: the plan as a noun phrase, what a candidate says about it (quotations, reported
    clauses, no apostrophes so British single marks stay unambiguous), labels a rival gives it, and what an
    accuser says a rival lied about."""

    plan: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    labels: tuple[str, ...]
    topic: str


ISSUES40 = (
    Issue40(
        "the highway bill",
        (
            "This bill fixes the roads our parents drove on",
            "Not one bridge in this state should be left to rot",
            "We paid for these roads and we deserve to drive on them",
        ),
        (
            "the highway bill would pay for four hundred bridges",
            "the state had waited too long to fix its roads",
            "the toll plan would fall hardest on commuters",
        ),
        ("a giveaway to contractors", "a road to nowhere"),
        "the highway money",
    ),
    Issue40(
        "the farm subsidy plan",
        (
            "Family farms are not a line item to be cut",
            "Every farmer I meet tells me the same story",
            "The price of seed has doubled and nobody here noticed",
        ),
        (
            "the subsidy plan would save small dairies",
            "grain prices had fallen for three straight years",
            "the plan would cost less than the last farm bill",
        ),
        ("a handout for agribusiness", "a slap in the face"),
        "the subsidy payments",
    ),
    Issue40(
        "the border fence proposal",
        (
            "You cannot secure a border with a press release",
            "The ranchers out there deserve a straight answer",
            "This proposal is about safety and nothing else",
        ),
        (
            "the fence would cost twice the original estimate",
            "the ranchers had not been consulted",
            "the proposal would be paid for without new taxes",
        ),
        ("a fantasy", "political theater"),
        "the fence contracts",
    ),
    Issue40(
        "the school voucher program",
        (
            "Parents should choose where their children learn",
            "Every dollar should follow the child",
            "We are not going to abandon public schools",
        ),
        (
            "the voucher program would drain rural school budgets",
            "enrollment had fallen in every county",
            "the program would be phased in over four years",
        ),
        ("a scam", "an attack on teachers"),
        "the voucher audit",
    ),
    Issue40(
        "the water rights compact",
        (
            "The river does not care which party you vote for",
            "Without water there is no town and no farm",
            "We signed this compact to stop the fighting",
        ),
        (
            "the compact would protect downstream farmers",
            "the reservoir was at its lowest level in decades",
            "the compact had been negotiated in secret",
        ),
        ("a surrender", "a backroom deal"),
        "the reservoir deal",
    ),
    Issue40(
        "the pension overhaul",
        (
            "A promise made to a teacher is a promise kept",
            "Nobody who worked forty years should retire into poverty",
            "The pension fund will run dry if we do nothing",
        ),
        (
            "the pension fund would run dry within a decade",
            "retirees would not lose a single dollar",
            "the overhaul had been written by lobbyists",
        ),
        ("reckless", "a betrayal of retirees"),
        "the pension shortfall",
    ),
)

#: Debate and rally occasions: where a candidate speaks (`{town}` the town).
OCCASIONS40 = (
    "told supporters at a rally in {town}",
    "said during Tuesday's debate",
    "told a crowd at a county fairground in {town}",
    "said at a town hall meeting in {town}",
    "told volunteers at a campaign office in {town}",
    "said at a candidates' forum in {town}",
)

#: Open-class cue verbs of political sparring, after a quotation.
OPEN40 = ("jabbed", "taunted", "swiped", "zinged", "goaded", "twitted", "riffed", "jousted")

#: Verbs of criticism before a mixed label (`slammed the plan as "X"`).
SLAMS40 = ("slammed", "derided", "blasted", "lambasted", "ripped", "panned")

#: Pollsters: the name, the article it takes in running text (`the` or none) and its kind.
POLLSTERS40 = (
    ("Harrowgate Research Group", "the", "the group"),
    ("Ellery College Polling Institute", "the", "the institute"),
    ("Cantrell Strategies", "", "the firm"),
    ("Wyndmoor University Survey Center", "the", "the center"),
    ("Pike and Orrell Associates", "", "the firm"),
)

#: Findings a poll reports about a candidate (`{last}` the candidate's surname, `{n}` a number).
FINDINGS40 = (
    "{last} led by {n} points among likely voters",
    "{last} had pulled even with the incumbent",
    "support for {last} had slipped among independents",
    "most voters had not yet heard of {last}",
    "{last} trailed by {n} points in the suburbs",
)

#: Television channels and shows (for ads and debates) and moderators' outlets.
CHANNELS40 = (
    ("KVLR", "Sunday Ledger"),
    ("Prairie Public Network", "Capitol Week"),
    ("WTBN", "The Roundup"),
    ("Northfield Cable News", "Nightly Brief"),
)

#: Political action committees: the name, and whom they back is the candidate.
PACS40 = ("Heartland Forward PAC", "Clear Water Action Fund", "Working Families Rising", "Liberty Ridge PAC")

#: Bills and campaign names for negative controls (`{last}` a surname).
BILLS40 = (
    "Fair Roads for Rural Families Act",
    "Keep Our Rivers Flowing Act",
    "Honest Pensions Act",
    "Safe Borders, Strong Ranches Act",
)
SLOGANS40 = ("{last} for {state}", "Back to Basics with {last}", "Lock Out the Lobbyists", "Not for Sale")
CAMPAIGNS40 = ("Operation Doorstep", "Main Street Express", "Porch Light Tour", "Every County Counts")

#: British parties (invented), posts and who speaks for the government.
PARTIES40 = (
    "the Commonweal Party",
    "the Progressive Union",
    "the Radical Liberals",
    "the National Reform Party",
)
SHADOW40 = (
    "shadow chancellor",
    "shadow home secretary",
    "shadow health secretary",
    "shadow transport secretary",
)
BRIT_QUOTES40 = (
    "The chancellor has run out of road and run out of excuses",
    "Families in my constituency cannot wait another year",
    "This budget is a tax rise by the back door",
    "The government has lost control of the waiting lists",
)
BRIT_CLAUSES40 = (
    "the budget would raise taxes on working families",
    "the rail franchise had been mismanaged for years",
    "the government would not reverse the cuts",
    "waiting lists had grown in every region",
)

#: Days and money amounts.
DAYS40 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AMOUNTS40 = ("$1.2 million", "$3.4 million", "$860,000", "$2.7 million", "$5.1 million")

#: Labels one politician gives another (mixed quotations).
PERSONAL40 = ("unfit for office", "a career politician", "a puppet of the lobbyists", "all talk", "dangerous")

#: What pollsters say, and what candidates say about polls.
POLLQ40 = (
    "The race is closer than either campaign admits",
    "Independents have not made up their minds",
    "Turnout will decide this one and nothing else",
)
DISMISS40 = (
    "The only poll that matters is on Election Day",
    "Polls do not vote and people do",
    "We have been behind before and we won",
)

#: Election night: concession and victory words.
ELECTION40 = (
    "We came up short tonight but we are not going anywhere",
    "The people of this state have spoken and I accept their verdict",
    "Tonight belongs to every volunteer who knocked on a door",
    "We ran a clean race and I am proud of it",
)

#: Debate moderators' questions (without the question mark) and answers.
DEBATE_QS40 = (
    "Will you raise taxes to pay for it",
    "Do you stand by that vote",
    "Why should voters trust you on this",
    "Would you sign the bill as written",
)

#: Fundraising words.
FUND40 = (
    "Every dollar we raised came from people who live here",
    "We will not take a cent from corporate money",
    "Our donors are teachers and farmers and nurses",
    "We are outraising the other side two to one",
)

#: A British radio station and programme, and Westminster papers.
BRITRADIO40 = (("Radio Carrick", "Morning Round"), ("Wessex Sound", "The Westminster Hour"))
