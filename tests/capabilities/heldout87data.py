"""Slot fillers of the eighty-seventh held-out round (``heldout87.py``), a round of SPORT GOVERNANCE, DOPING
AND STADIUMS as a sports-news desk writes it: invented federation and league presidents, chief executives and
spokespeople, anti-doping agency officials and a laboratory scientist, the president of an arbitration court
and the chair of a disciplinary commission, club chairs, owners, chief executives and spokespeople, head
coaches and managers, athletes (sprinters, footballers, riders, high jumpers), players' union and fans' group
officials, a mayor, a councillor, a bid director and a stadium director, team doctors, sports lawyers and an
agent (thirty people with a gender, a culture and an age, and ten supporters known by a first name only);
posts with their bodies, the short second reference (`the federation president`, `the sprinter`) and the pool
their words come from; bodies that issue statements (some of one word: *Prolega*, *Velocis*, *Clearsport*),
each with the pool of its own words; tribunal rulings, written reasons, test results, disciplinary notices,
consultants' reports, leaked emails and memos with what each finds, shows, says and calls something;
outlets; scenes, towns and dates; banned substances; quotations, reported clauses, pointed fragments and
split quotations for each pool; coaches' quips; supporters' words; narrative sentences that report nothing;
and stadium nicknames, club nicknames, athletes' nicknames, banners, investigation code names, report titles,
scare terms and chants that sit in marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation holds an apostrophe, so that a closing single mark is never confused with one.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS87 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS87 = (*MARKS87, Mark("\u2018", "\u2019"))

WOMEN87 = (
    Person("Hildur Ragnarsdottir", "Ragnarsdottir", "f", "Icelandic", 44),
    Person("Zainab Danjuma", "Danjuma", "f", "Hausa", 38),
    Person("Luana Carvalhaes", "Carvalhaes", "f", "Brazilian", 41),
    Person("Milica Radosavac", "Radosavac", "f", "Serbian", 35),
    Person("Ximena Barragan", "Barragan", "f", "Mexican", 47),
    Person("Ainhoa Etxeberria", "Etxeberria", "f", "Basque", 39),
    Person("Lupe Taufahema", "Taufahema", "f", "Tongan", 33),
    Person("Kadri Saarepuu", "Saarepuu", "f", "Estonian", 50),
    Person("Marisol Dimaculangan", "Dimaculangan", "f", "Filipino", 46),
    Person("Tamar Kapanadze", "Kapanadze", "f", "Georgian", 42),
    Person("Shanice Gordon-Blake", "Gordon-Blake", "f", "Jamaican", 31),
    Person("Salma Bennani", "Bennani", "f", "Moroccan", 37),
    Person("Birgitte Holmsgaard", "Holmsgaard", "f", "Danish", 56),
    Person("Selamawit Tesfaye", "Tesfaye", "f", "Ethiopian", 34),
    Person("Guo Meiling", "Guo", "f", "Chinese", 48),
)

MEN87 = (
    Person("Einar Thorvaldsson", "Thorvaldsson", "m", "Icelandic", 52),
    Person("Abubakar Gwarzo", "Gwarzo", "m", "Hausa", 46),
    Person("Thiago Bittencourt", "Bittencourt", "m", "Brazilian", 36),
    Person("Dusan Marinkovic", "Marinkovic", "m", "Serbian", 49),
    Person("Rodrigo Anaya", "Anaya", "m", "Mexican", 58),
    Person("Iker Zubizarreta", "Zubizarreta", "m", "Basque", 43),
    Person("Sione Latuselu", "Latuselu", "m", "Tongan", 30),
    Person("Tarmo Laanemets", "Laanemets", "m", "Estonian", 55),
    Person("Rogelio Dimaandal", "Dimaandal", "m", "Filipino", 61),
    Person("Zurab Gelashvili", "Gelashvili", "m", "Georgian", 47),
    Person("Delroy Whitlock", "Whitlock", "m", "Jamaican", 39),
    Person("Hamza Belkadi", "Belkadi", "m", "Moroccan", 34),
    Person("Mads Kjeldgaard", "Kjeldgaard", "m", "Danish", 51),
    Person("Dawit Wolderufael", "Wolderufael", "m", "Ethiopian", 42),
    Person("Zhou Weiran", "Zhou", "m", "Chinese", 45),
)

PEOPLE87 = tuple(p for pair in zip(WOMEN87, MEN87, strict=True) for p in pair)

#: Supporters a report names by a first name only (the first name is the whole name).
FIRSTS87 = (
    Person("Kieran", "Kieran", "m", "first", 58),
    Person("Marta", "Marta", "f", "first", 34),
    Person("Obinna", "Obinna", "m", "first", 27),
    Person("Roisin", "Roisin", "f", "first", 45),
    Person("Teodor", "Teodor", "m", "first", 63),
    Person("Imani", "Imani", "f", "first", 22),
    Person("Ravi", "Ravi", "m", "first", 40),
    Person("Greta", "Greta", "f", "first", 71),
    Person("Pavel", "Pavel", "m", "first", 36),
    Person("Noor", "Noor", "f", "first", 29),
)


@frozen
class Body87:
    """A body that speaks: its name at a sentence's start, its name inside a sentence, the names a key accepts
    for it (bare, without *the*) and the pool of its own words (`club`, `agency`, `fed`, ...)."""

    start: str
    inner: str
    acc: tuple[str, ...]
    pool: str

    @property
    def bare(self) -> str:
        """The name without a leading *the*."""
        return self.inner[4:] if self.inner.startswith("the ") else self.inner


ATHFED87 = Body87(
    "The Caldoran Athletics Federation",
    "the Caldoran Athletics Federation",
    ("Caldoran Athletics Federation", "federation", "athletics federation"),
    "fed",
)
LEAGUE87 = Body87(
    "The Meridian Football League",
    "the Meridian Football League",
    ("Meridian Football League", "league"),
    "fed",
)
SWIMFED87 = Body87(
    "The Continental Swimming Federation",
    "the Continental Swimming Federation",
    ("Continental Swimming Federation", "federation", "swimming federation"),
    "fed",
)
AGENCY87 = Body87(
    "The Caldoran Anti-Doping Agency",
    "the Caldoran Anti-Doping Agency",
    ("Caldoran Anti-Doping Agency", "agency", "anti-doping agency"),
    "agency",
)
CLEARSPORT87 = Body87("Clearsport", "Clearsport", ("Clearsport",), "agency")
LAB87 = Body87(
    "The Vellmark Testing Laboratory",
    "the Vellmark Testing Laboratory",
    ("Vellmark Testing Laboratory", "laboratory", "lab"),
    "agency",
)
COURT87 = Body87(
    "The Court of Sport Arbitration",
    "the Court of Sport Arbitration",
    ("Court of Sport Arbitration", "court", "panel"),
    "trib",
)
COMMISSION87 = Body87(
    "The Independent Disciplinary Commission",
    "the Independent Disciplinary Commission",
    ("Independent Disciplinary Commission", "commission", "disciplinary commission", "panel"),
    "trib",
)
ROVERS87 = Body87("Harwick Rovers", "Harwick Rovers", ("Harwick Rovers", "Rovers", "club"), "club")
CITYCLUB87 = Body87("Port Calder City", "Port Calder City", ("Port Calder City", "club"), "club")
DUNMORE87 = Body87("Dunmore Athletic", "Dunmore Athletic", ("Dunmore Athletic", "club"), "club")
VELOCIS87 = Body87("Velocis", "Velocis", ("Velocis", "team"), "team")
PROLEGA87 = Body87("Prolega", "Prolega", ("Prolega", "union"), "union")
CYCLISTS87 = Body87(
    "The Caldoran Cyclists' Association",
    "the Caldoran Cyclists' Association",
    ("Caldoran Cyclists' Association", "association", "Cyclists' Association"),
    "union",
)
TRUST87 = Body87(
    "The Harwick Rovers Supporters' Trust",
    "the Harwick Rovers Supporters' Trust",
    ("Harwick Rovers Supporters' Trust", "Supporters' Trust", "trust"),
    "fans",
)
AWAYFANS87 = Body87(
    "The Away Fans' Alliance", "the Away Fans' Alliance", ("Away Fans' Alliance", "alliance"), "fans"
)
COUNCIL87 = Body87(
    "Kellhaven City Council",
    "Kellhaven City Council",
    ("Kellhaven City Council", "council", "city council"),
    "city",
)
BID87 = Body87(
    "The Kellhaven 2034 Bid Committee",
    "the Kellhaven 2034 Bid Committee",
    ("Kellhaven 2034 Bid Committee", "bid committee", "committee"),
    "bid",
)
RESIDENTS87 = Body87(
    "The Millbrook Residents' Association",
    "the Millbrook Residents' Association",
    ("Millbrook Residents' Association", "Residents' Association", "association"),
    "res",
)
ARENA87 = Body87("The Harbourside Arena", "the Harbourside Arena", ("Harbourside Arena", "arena"), "stadium")
CONSULT87 = Body87("Arden Lisle Consulting", "Arden Lisle Consulting", ("Arden Lisle Consulting",), "res")

#: Bodies that issue statements in the round's statement shapes, interleaved by kind.
STMTBODIES87 = (
    ROVERS87,
    AGENCY87,
    LEAGUE87,
    PROLEGA87,
    TRUST87,
    COUNCIL87,
    VELOCIS87,
    CLEARSPORT87,
    ATHFED87,
    CITYCLUB87,
    BID87,
    AWAYFANS87,
    DUNMORE87,
    CYCLISTS87,
    RESIDENTS87,
)

#: Clubs and teams (they sign, sell, sack and issue statements).
CLUBS87 = (ROVERS87, CITYCLUB87, DUNMORE87, VELOCIS87)

#: Firms that never speak in the round but are named in posts.
FIRMS87 = ("Penhallow Grieve", "Northline Sports Management")


@frozen
class Post87:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and
    each body or place), the short second reference (`the coach`; `{s}` again), the body it belongs to
    (never a speaker of a person's words; empty when the post names none) and the pool its holder's words
    come from (`fed`, `ada`, `club`, `ath`, ...; the part before any dash is its family)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """`fed`, `ada`, `lab`, `trib`, `club`, `team`, `coach`, `ath`, `union`, `fans`, `city`, `bid`,
        `stadium`, `doc`, `law` or `agent`."""
        return self.pool.split("-")[0]

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


FED87 = (
    Post87(
        "president of the Caldoran Athletics Federation",
        "Caldoran Athletics Federation president",
        ("president", "Caldoran Athletics Federation"),
        "the federation president",
        "the Caldoran Athletics Federation",
        "fed",
    ),
    Post87(
        "chief executive of the Meridian Football League",
        "Meridian Football League chief executive",
        ("chief executive", "Meridian Football League"),
        "the league chief executive",
        "the Meridian Football League",
        "fed",
    ),
    Post87(
        "secretary general of the Continental Swimming Federation",
        "Continental Swimming Federation secretary general",
        ("secretary general", "Continental Swimming Federation"),
        "the secretary general",
        "the Continental Swimming Federation",
        "fed",
    ),
    Post87(
        "a {s} for the Meridian Football League",
        "Meridian Football League {s}",
        ("spokes", "Meridian Football League"),
        "the {s}",
        "the Meridian Football League",
        "fed",
    ),
)

ADA87 = (
    Post87(
        "director general of the Caldoran Anti-Doping Agency",
        "Caldoran Anti-Doping Agency director general",
        ("director general", "Caldoran Anti-Doping Agency"),
        "the agency chief",
        "the Caldoran Anti-Doping Agency",
        "ada",
    ),
    Post87(
        "head of testing at the Caldoran Anti-Doping Agency",
        "Caldoran Anti-Doping Agency testing chief",
        ("testing", "Caldoran Anti-Doping Agency"),
        "the testing chief",
        "the Caldoran Anti-Doping Agency",
        "ada",
    ),
    Post87(
        "chief executive of Clearsport",
        "Clearsport chief executive",
        ("chief executive", "Clearsport"),
        "the chief executive",
        "Clearsport",
        "ada",
    ),
    Post87(
        "a scientist at the Vellmark Testing Laboratory",
        "Vellmark Testing Laboratory scientist",
        ("scientist", "Vellmark Testing Laboratory"),
        "the scientist",
        "the Vellmark Testing Laboratory",
        "lab",
    ),
)

TRIB87 = (
    Post87(
        "president of the Court of Sport Arbitration",
        "Court of Sport Arbitration president",
        ("president", "Court of Sport Arbitration"),
        "the court president",
        "the Court of Sport Arbitration",
        "trib",
    ),
    Post87(
        "chair of the Independent Disciplinary Commission",
        "Independent Disciplinary Commission chair",
        ("chair", "Independent Disciplinary Commission"),
        "the commission chair",
        "the Independent Disciplinary Commission",
        "trib",
    ),
)

CLUB87 = (
    Post87(
        "chair of Harwick Rovers",
        "Harwick Rovers chair",
        ("chair", "Harwick Rovers"),
        "the club chair",
        "Harwick Rovers",
        "club",
    ),
    Post87(
        "owner of Port Calder City",
        "Port Calder City owner",
        ("owner", "Port Calder City"),
        "the owner",
        "Port Calder City",
        "club",
    ),
    Post87(
        "chief executive of Dunmore Athletic",
        "Dunmore Athletic chief executive",
        ("chief executive", "Dunmore Athletic"),
        "the chief executive",
        "Dunmore Athletic",
        "club",
    ),
    Post87(
        "a {s} for Harwick Rovers",
        "Harwick Rovers {s}",
        ("spokes", "Harwick Rovers"),
        "the {s}",
        "Harwick Rovers",
        "club",
    ),
    Post87(
        "sporting director at Velocis",
        "Velocis sporting director",
        ("sporting director", "Velocis"),
        "the sporting director",
        "Velocis",
        "team",
    ),
)

COACH87 = (
    Post87(
        "head coach of Port Calder City",
        "Port Calder City head coach",
        ("head coach", "Port Calder City"),
        "the coach",
        "Port Calder City",
        "coach",
    ),
    Post87(
        "manager of Harwick Rovers",
        "Harwick Rovers manager",
        ("manager", "Harwick Rovers"),
        "the manager",
        "Harwick Rovers",
        "coach",
    ),
    Post87(
        "head coach of the Caldoran women's rugby team",
        "Caldoran women's rugby head coach",
        ("head coach", "rugby"),
        "the coach",
        "",
        "coach",
    ),
    Post87(
        "performance director at the Caldoran Athletics Federation",
        "Caldoran Athletics Federation performance director",
        ("performance director", "Caldoran Athletics Federation"),
        "the performance director",
        "the Caldoran Athletics Federation",
        "coach",
    ),
)

ATH87 = (
    Post87(
        "the Olympic 400 metres champion",
        "Olympic 400 metres champion",
        ("Olympic", "champion"),
        "the sprinter",
        "",
        "ath",
    ),
    Post87(
        "a midfielder for Dunmore Athletic",
        "Dunmore Athletic midfielder",
        ("midfielder", "Dunmore Athletic"),
        "the midfielder",
        "Dunmore Athletic",
        "ath",
    ),
    Post87(
        "captain of Harwick Rovers",
        "Harwick Rovers captain",
        ("captain", "Harwick Rovers"),
        "the captain",
        "Harwick Rovers",
        "ath",
    ),
    Post87("a rider with Velocis", "Velocis rider", ("rider", "Velocis"), "the rider", "Velocis", "ath"),
    Post87(
        "the world indoor high jump champion",
        "World indoor high jump champion",
        ("high jump champion",),
        "the high jumper",
        "",
        "ath",
    ),
)

UNION87 = (
    Post87(
        "general secretary of Prolega",
        "Prolega general secretary",
        ("general secretary", "Prolega"),
        "the union leader",
        "Prolega",
        "union",
    ),
    Post87(
        "president of the Caldoran Cyclists' Association",
        "Caldoran Cyclists' Association president",
        ("president", "Caldoran Cyclists' Association"),
        "the association president",
        "the Caldoran Cyclists' Association",
        "union",
    ),
)

FANS87 = (
    Post87(
        "chair of the Harwick Rovers Supporters' Trust",
        "Harwick Rovers Supporters' Trust chair",
        ("chair", "Harwick Rovers Supporters' Trust"),
        "the trust chair",
        "the Harwick Rovers Supporters' Trust",
        "fans",
    ),
    Post87(
        "a {s} for the Away Fans' Alliance",
        "Away Fans' Alliance {s}",
        ("spokes", "Away Fans' Alliance"),
        "the {s}",
        "the Away Fans' Alliance",
        "fans",
    ),
)

CITY87 = (
    Post87("mayor of Kellhaven", "Kellhaven Mayor", ("mayor", "Kellhaven"), "the mayor", "", "city"),
    Post87(
        "a councillor on Kellhaven City Council",
        "Kellhaven city councillor",
        ("councillor", "Kellhaven"),
        "the councillor",
        "Kellhaven City Council",
        "city",
    ),
    Post87(
        "director of the Kellhaven 2034 bid",
        "Kellhaven 2034 bid director",
        ("director", "Kellhaven 2034"),
        "the bid director",
        "the Kellhaven 2034 Bid Committee",
        "bid",
    ),
    Post87(
        "stadium director at the Harbourside Arena",
        "Harbourside Arena stadium director",
        ("stadium director", "Harbourside Arena"),
        "the stadium director",
        "the Harbourside Arena",
        "stadium",
    ),
)

MED87 = (
    Post87(
        "club doctor at Dunmore Athletic",
        "Dunmore Athletic club doctor",
        ("doctor", "Dunmore Athletic"),
        "the club doctor",
        "Dunmore Athletic",
        "doc",
    ),
    Post87(
        "chief medical officer of the Meridian Football League",
        "Meridian Football League chief medical officer",
        ("chief medical officer", "Meridian Football League"),
        "the medical officer",
        "the Meridian Football League",
        "doc",
    ),
    Post87(
        "team doctor at Velocis",
        "Velocis team doctor",
        ("team doctor", "Velocis"),
        "the team doctor",
        "Velocis",
        "doc",
    ),
)

LAW87 = (
    Post87(
        "a sports lawyer at Penhallow Grieve",
        "Penhallow Grieve lawyer",
        ("lawyer", "Penhallow Grieve"),
        "the lawyer",
        "Penhallow Grieve",
        "law",
    ),
    Post87("a lawyer for Prolega", "Prolega lawyer", ("lawyer", "Prolega"), "the lawyer", "Prolega", "law"),
    Post87(
        "an agent at Northline Sports Management",
        "Northline Sports Management agent",
        ("agent", "Northline Sports Management"),
        "the agent",
        "Northline Sports Management",
        "agent",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS87 = (
    FED87[0],
    ADA87[0],
    CLUB87[0],
    COACH87[0],
    UNION87[0],
    CITY87[0],
    MED87[0],
    TRIB87[0],
    LAW87[0],
    ATH87[0],
    FED87[1],
    ADA87[1],
    CLUB87[1],
    COACH87[1],
    FANS87[0],
    CITY87[2],
    MED87[1],
    ATH87[1],
    FED87[2],
    ADA87[3],
    CLUB87[2],
    TRIB87[1],
    UNION87[1],
    CITY87[3],
    LAW87[1],
    ATH87[2],
    FED87[3],
    ADA87[2],
    CLUB87[4],
    FANS87[1],
    CITY87[1],
    MED87[2],
    LAW87[2],
    COACH87[2],
    ATH87[3],
    CLUB87[3],
    ATH87[4],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES87: dict[str, tuple[str, ...]] = {
    "fed": (
        "The ban sends a clear message that cheating will not be tolerated",
        "We have nothing to hide and we will publish every document",
        "We will not be bullied by the clubs",
        "The calendar is already full and we cannot add another round",
        "Our sport has to earn back the trust of the public",
    ),
    "ada": (
        "Every positive test is investigated with the same care",
        "Clean athletes deserve to compete on a level field",
        "We will not comment on the sample until the process is complete",
        "Our testers arrived at the training camp without warning",
    ),
    "lab": (
        "The sample was sealed when it arrived and sealed when we opened it",
        "Our methods have been accredited for more than a decade",
        "There is no innocent explanation for a reading that high",
    ),
    "trib": (
        "The panel has considered every piece of evidence put before it",
        "Our task was to apply the rules, not to rewrite them",
        "The written reasons will be published within three weeks",
    ),
    "club": (
        "We have followed every rule from the first day",
        "This club is not for sale and never will be",
        "The player asked to leave and we respected that",
        "We will fight this charge with everything we have",
    ),
    "team": (
        "Nobody on this team will ride while under suspicion",
        "We found out about the test at the same time as everyone else",
        "Our riders are tested more often than anyone in the peloton",
    ),
    "coach": (
        "We were second best for most of the afternoon",
        "The referee had a difficult day and so did we",
        "I am proud of the way the players kept going",
        "We have to be much better than that next week",
    ),
    "ath": (
        "I have never taken anything to cheat and I never will",
        "I trust the process and I will clear my name",
        "This has been the hardest year of my life",
        "I just want to get back to competing",
    ),
    "union": (
        "Athletes are not machines and the calendar treats them like machines",
        "Our members were never consulted about these changes",
        "We will take this to court if we have to",
    ),
    "fans": (
        "Supporters are the heart of this club and they are being priced out",
        "We were told the club would stay in Harwick and it must",
        "Nobody asked the fans before the deal was signed",
    ),
    "fan": (
        "I have stood on that terrace since I was six years old",
        "My grandfather watched games here and so did my father",
        "If they move the club I will not follow it",
        "Forty pounds for a ticket is more than I can pay",
    ),
    "city": (
        "The stadium will bring jobs and visitors to this city for decades",
        "Not a penny of council money will go to a private club",
        "Residents deserve a proper say before any vote",
    ),
    "bid": (
        "Kellhaven is ready to host the world",
        "Every venue on our list is already built or fully funded",
        "This bid is about the next generation of athletes",
    ),
    "stadium": (
        "We can have the roof closed in eleven minutes",
        "Safety is our first and last concern on a match day",
        "The pitch will be relaid before the new season",
    ),
    "doc": (
        "The player was assessed on the pitch and again in the dressing room",
        "Every medication we give is recorded and checked",
        "I would never prescribe anything on the banned list",
    ),
    "law": (
        "My client has been treated appallingly by this process",
        "The rules were not followed and the ban cannot stand",
        "We will be appealing to the Court of Sport Arbitration",
        "This case was decided before the hearing even began",
    ),
    "agent": (
        "There are three clubs interested and we are talking to all of them",
        "The fee was agreed and then the club changed its mind",
        "Nobody is leaving for less than the release clause",
    ),
}

#: Reported clauses by pool (no pronoun for the speaker; apostrophes allowed, no marks surround them).
CLAUSES87: dict[str, tuple[str, ...]] = {
    "fed": (
        "the ruling would be appealed",
        "the new calendar had been agreed by every member",
        "the rules on ownership would be reviewed over the summer",
        "no decision on the hosting rights would be taken before October",
        "the governing body had acted on the advice of its lawyers",
    ),
    "ada": (
        "the athlete had been notified of the result on Friday",
        "the number of out-of-competition tests would double next year",
        "the B sample had confirmed the original finding",
        "three more athletes were under investigation",
    ),
    "lab": (
        "the sample had been stored at the correct temperature",
        "the concentration was far above the threshold",
        "the test could detect the drug weeks after it was taken",
    ),
    "trib": (
        "the hearing would resume on Thursday",
        "the panel had not been asked to consider the length of the ban",
        "both parties had been given time to file new evidence",
    ),
    "club": (
        "the club had acted within the rules at all times",
        "the transfer fee had been agreed in writing in January",
        "season-ticket prices would be frozen for another year",
        "the club would cooperate fully with the league inquiry",
    ),
    "team": (
        "the rider had been withdrawn from the next three races",
        "the team had not been told of the test until Friday",
        "the team would pay for an independent review of its medical staff",
    ),
    "coach": (
        "the players had been exhausted after three games in a week",
        "the team had deserved at least a draw",
        "the squad would need more depth before the next round",
        "the red card had changed the match",
    ),
    "ath": (
        "the positive test had been caused by a contaminated supplement",
        "the sample had been mishandled at the laboratory",
        "the ban was out of all proportion to the offence",
        "the retirement had nothing to do with the investigation",
    ),
    "union": (
        "athletes had not been consulted on the new testing rules",
        "the fixture list put the health of athletes at risk",
        "members would vote on strike action next month",
    ),
    "fans": (
        "ticket prices had risen by a third in two seasons",
        "supporters would march from the town centre on Saturday",
        "the new owner had refused to meet the fans' group",
    ),
    "fan": (
        "the atmosphere at the old ground could never be replaced",
        "the club had stopped listening to ordinary supporters",
        "the new stadium was too far from the town",
    ),
    "city": (
        "the council would not sell the land below its market value",
        "the traffic plan had been rejected by the highways office",
        "the stadium vote would go ahead as planned",
    ),
    "bid": (
        "the bid would cost far less than the last three games",
        "the athletes' village would become affordable housing",
        "the budget had been checked by independent auditors",
    ),
    "stadium": (
        "capacity would rise to 48,000 once the new stand opened",
        "the turnstiles had been inspected the week before the match",
        "the arena had been full for every concert since it reopened",
    ),
    "doc": (
        "the injection had been approved under a therapeutic exemption",
        "the player had shown no signs of concussion at the time",
        "the medical records had been handed to the agency in full",
    ),
    "law": (
        "the testing officer had failed to seal the sample correctly",
        "the appeal would be lodged within the deadline",
        "the ban breached the player's right to work",
    ),
    "agent": (
        "the release clause had been triggered on the last day of the window",
        "talks with two foreign clubs were at an advanced stage",
        "the contract had never been properly registered",
    ),
}

#: Quotations of bodies' statements, by the body's pool (no apostrophes).
BODYQUOTES87: dict[str, tuple[str, ...]] = {
    "club": (
        "We will make no further comment while the process continues",
        "We are disappointed by the decision and are considering our options",
        "We thank our supporters for their patience",
    ),
    "agency": (
        "Clean athletes deserve to know that cheats will be caught",
        "The case will now be heard by an independent tribunal",
        "The athlete has the right to ask for the B sample to be tested",
    ),
    "team": (
        "The rider has been withdrawn from all races with immediate effect",
        "We have a zero-tolerance policy and we will apply it",
    ),
    "fed": (
        "We respect the independence of the tribunal",
        "We will study the ruling before deciding on any appeal",
        "Our rules apply to every member in the same way",
    ),
    "union": (
        "Players will not accept a calendar imposed without consultation",
        "Our members deserve better than this",
    ),
    "fans": (
        "The stadium belongs to the community and not to one owner",
        "Supporters will not be priced out of their own club",
    ),
    "city": (
        "The council has followed every step of the planning process",
        "No decision will be made until the consultation closes",
    ),
    "bid": (
        "Our bid is built on venues that already exist",
        "The committee looks forward to welcoming the inspectors",
    ),
    "res": (
        "Millbrook cannot take forty thousand cars every other Saturday",
        "The residents of Millbrook were never properly consulted",
    ),
    "stadium": (
        "The arena will reopen as soon as the safety checks are complete",
        "Every ticket holder will receive a full refund",
    ),
}

#: Reported clauses of bodies' statements, by the body's pool.
BODYCLAUSES87: dict[str, tuple[str, ...]] = {
    "club": (
        "the player had been suspended pending an internal investigation",
        "the club would appeal against the points deduction",
        "the manager had left by mutual consent",
    ),
    "agency": (
        "the athlete had been provisionally suspended",
        "the sample had been collected at a training camp in March",
        "the case had been referred to an independent tribunal",
    ),
    "team": (
        "the rider had been withdrawn from the next three races",
        "the team had not been told of the test until Friday",
    ),
    "fed": (
        "it would not comment until the appeal was heard",
        "the hosting decision had been postponed",
        "its rules on ownership would be reviewed over the summer",
    ),
    "union": (
        "its members had voted overwhelmingly to reject the new calendar",
        "it would support the appeal",
    ),
    "fans": (
        "members would boycott the next match",
        "supporters had collected 20,000 signatures against the move",
    ),
    "city": (
        "the planning application would be decided in December",
        "more than 3,000 objections had been received",
    ),
    "bid": (
        "the bid had the support of every major party",
        "the final budget would be published in the spring",
    ),
    "res": (
        "the new stadium would bring gridlock to Millbrook",
        "residents would seek a judicial review of the decision",
    ),
    "stadium": (
        "the match had been called off on police advice",
        "the roof had been inspected by independent engineers",
    ),
}

#: Pointed fragments by family: (the thing described, the marked words; no apostrophes in the words).
FRAGS87: dict[str, tuple[tuple[str, str], ...]] = {
    "fed": (
        ("the breakaway plan", "a threat to the whole pyramid"),
        ("the ruling", "a dark day for the sport"),
        ("the new calendar", "the fairest we have ever had"),
    ),
    "ada": (
        ("the result", "an adverse analytical finding"),
        ("the supplement defence", "a very old story"),
        ("the third missed test", "a pattern we could not ignore"),
    ),
    "lab": (
        ("the reading", "off the charts"),
        ("the chain of custody", "unbroken from start to finish"),
    ),
    "trib": (
        ("the hearing", "long but fair"),
        ("the new evidence", "too late to be considered"),
    ),
    "club": (
        ("the points deduction", "grossly unfair"),
        ("the league inquiry", "a witch hunt"),
        ("the transfer saga", "a distraction we did not need"),
    ),
    "team": (
        ("the leak", "deeply damaging to the riders"),
        ("the test result", "a shock to everyone here"),
    ),
    "coach": (
        ("the pitch", "a disgrace"),
        ("the second half", "the worst I have seen from us"),
        ("the refereeing", "baffling from start to finish"),
    ),
    "ath": (
        ("the ban", "a nightmare"),
        ("the testing process", "deeply flawed"),
        ("the past year", "a living hell"),
    ),
    "union": (
        ("the new calendar", "a recipe for injuries"),
        ("the testing rules", "an invasion of privacy"),
        ("the pay offer", "an insult to the players"),
    ),
    "fans": (
        ("the price rise", "daylight robbery"),
        ("the stadium move", "a betrayal of the town"),
        ("the new owner", "a stranger to this club"),
    ),
    "fan": (
        ("the new ground", "soulless"),
        ("the old terrace", "our second home"),
    ),
    "city": (
        ("the stadium deal", "the best deal this city has ever signed"),
        ("the traffic plan", "unworkable"),
        ("the campaign against the stadium", "loud but small"),
    ),
    "bid": (
        ("the inspection visit", "a huge success"),
        ("the budget", "realistic and fully costed"),
    ),
    "stadium": (
        ("the crush at the gates", "unacceptable"),
        ("the new roof", "an engineering marvel"),
    ),
    "doc": (
        ("the treatment", "entirely routine"),
        ("the injection", "standard practice for that injury"),
    ),
    "law": (
        ("the ban", "manifestly disproportionate"),
        ("the hearing", "a kangaroo court"),
        ("the testing procedure", "riddled with errors"),
    ),
    "res": (
        ("the traffic plan", "pure fantasy"),
        ("the consultation", "a sham"),
    ),
    "agent": (
        ("the offer", "nowhere near good enough"),
        ("the negotiation", "a farce"),
    ),
}

#: Split quotations by family: (the part before the credit, the part after it, lower case; no apostrophes).
SPLITS87: dict[str, tuple[tuple[str, str], ...]] = {
    "fed": (
        ("We respect the decision of the panel", "but we do not agree with it."),
        ("The clubs can threaten all they like", "but the rules will not change."),
    ),
    "ada": (
        ("The rules are the same for everyone", "however famous they are."),
        ("We tested the sample twice", "and the result was the same both times."),
    ),
    "trib": (
        ("The panel has reached its decision", "and the reasons will follow in writing."),
        ("Nobody is above these rules", "not the athletes and not the federations."),
    ),
    "club": (
        ("We did everything by the book", "and we will prove it."),
        ("This club has been here for 130 years", "and it will be here long after this inquiry."),
    ),
    "coach": (
        ("We started well", "but after the red card it was a different game."),
        ("I am not going to blame the referee", "but some of those decisions were strange."),
    ),
    "ath": (
        ("I made a mistake with a supplement", "but I am not a cheat."),
        ("I have waited two years for this day", "and I am not giving up now."),
    ),
    "union": (
        ("Nobody asked the players", "and that is the whole problem."),
        ("We are ready to talk", "but we are also ready to strike."),
    ),
    "fans": (
        ("This is our club", "and we will not let it leave this town."),
        ("The owner can build what he likes", "but he cannot buy the fans."),
    ),
    "city": (
        ("The stadium is good for the city", "and the numbers prove it."),
        ("We listened to every objection", "and we changed the plans."),
    ),
    "bid": (
        ("We are ready to host the games", "and we can do it on budget."),
        ("The venues are already built", "and the city is behind us."),
    ),
    "doc": (
        ("The injection was approved in advance", "and every form was signed."),
        ("I made the call on the touchline", "and I would make it again."),
    ),
    "law": (
        ("My client will appeal", "and we are confident of winning."),
        ("The sample was never properly sealed", "and the whole case rests on it."),
    ),
}

#: Open cue verbs that take a *that* clause.
CUES87 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "argued",
    "stressed",
    "maintained",
    "claimed",
    "admitted",
    "predicted",
    "confirmed",
    "complained",
)

#: Open cue verbs a clause follows without *that* without reading as the verb's object.
BARECUES87 = ("insisted", "argued", "claimed", "admitted", "conceded", "maintained")

#: What a club accuses another club of in a transfer row (no apostrophes).
CLUBACCUSE87 = ("acting in bad faith", "tapping up our players", "behaving like a bully")

#: What a union or fans' group accuses a league of (no apostrophes).
ACCUSE87 = ("ignoring the players", "treating players like cattle", "putting profit before safety")

#: What a fans' group accuses a club or league of (no apostrophes).
FANACCUSE87 = ("ignoring the supporters", "treating fans like customers", "putting profit before the town")

#: What a coach says in praise of the players (they = the players).
PRAISE87 = (
    "they had shown great character",
    "they had given everything in the heat",
    "they had stuck to the plan for ninety minutes",
)

#: What a player says after a match.
PLAYERCLAUSES87 = (
    "the squad had not given up on the title",
    "the dressing room had been quiet at half-time",
    "the goals had come at the right time",
)

#: What a doctor concedes under cross-examination (first person; no apostrophes).
CONCEDE87 = (
    "I did not check the list myself that morning",
    "The form was signed after the injection was given",
    "I should have written it down at the time",
)

#: Members of the bodies that represent them: (union or group pool member noun, by body).
MEMBERS87 = {
    "Prolega": "professional players",
    "Caldoran Cyclists' Association": "riders",
    "Harwick Rovers Supporters' Trust": "season-ticket holders",
    "Away Fans' Alliance": "travelling supporters",
}

#: Coaches' quips (said for a laugh; no apostrophes).
QUIPS87 = (
    "I might need a new pair of knees after watching that",
    "If we defend like that again I will play in goal myself",
    "My hair was not this grey when the season started",
    "I have seen better finishing at a pub quiz",
)

#: What tribunal rulings and written reasons found (third person).
RULINGCLAUSES87 = (
    "the player had failed to show how the substance entered the body",
    "the sample had been collected and stored properly",
    "a four-year ban was proportionate",
    "there had been no departure from the testing standard",
    "the club had knowingly broken the spending rules",
)

#: Quotations of rulings (third person; no apostrophes).
RULINGQUOTES87 = (
    "The explanation offered by the athlete is not supported by any evidence",
    "The panel is comfortably satisfied that a violation occurred",
    "No procedural error affected the result of the analysis",
    "The sanction imposed at first instance is confirmed",
)

#: The words a ruling used of an athlete's explanation (no apostrophes).
RULINGFRAGS87 = (
    "implausible and unsupported",
    "speculative at best",
    "a story that changed at every stage",
)

#: Tribunal documents: (the noun, the names a key accepts for it).
RULINGDOCS87 = (
    ("written ruling", ("written ruling", "ruling")),
    ("decision", ("decision",)),
    ("written reasons", ("written reasons", "reasons")),
    ("award", ("award",)),
)

#: What test results showed.
RESULTS87 = (
    "the sample contained a banned stimulant",
    "the sample held traces of an anabolic steroid",
    "the level of the hormone was four times the permitted limit",
    "the blood profile had changed sharply over six months",
)

#: What a disciplinary notice says an athlete did (after the athlete's name).
NOTICES87 = (
    "had missed three tests in twelve months",
    "had refused to provide a sample",
    "had been found with a prohibited diuretic",
    "had tampered with the doping control process",
)

#: Banned substances (no apostrophes).
SUBSTANCES87 = (
    "a banned stimulant",
    "a prohibited diuretic",
    "an anabolic steroid",
    "the blood booster EPO",
    "a banned growth hormone",
)

#: What a consultants' report on a stadium found.
STADIUMREPORTS87 = (
    "the stadium would add 900 jobs to the local economy",
    "traffic on match days would double on the ring road",
    "the cost of the roof had been underestimated by a third",
)

#: Leaked emails and letters, written by the speaker (first person; no apostrophes).
EMAILQUOTES87 = (
    "We need this deal signed before the vote",
    "Nobody outside this group should see these figures",
    "Keep the fans out of this for now",
    "The council will come round once the money is on the table",
)

#: What leaked emails, memos and letters said.
EMAILCLAUSES87 = (
    "the club should delay the announcement until after the vote",
    "the stadium costs had doubled since the bid was approved",
    "the league could face legal action over the fixture calendar",
    "the sponsor would walk away if the ban was upheld",
)

#: The words a leaked email used of something: (the thing, the marked words; no apostrophes).
EMAILFRAGS87 = (
    ("the stadium deal", "a licence to print money"),
    ("the fans' petition", "noise we can ignore"),
    ("the league inquiry", "a box-ticking exercise"),
)

#: Outlets (never speakers, except when they report).
OUTLETS87 = (
    "the Caldora Herald",
    "Radio Ostmark",
    "the Sporting Ledger",
    "Channel 8 Sport",
    "Matchday Weekly",
    "the Kellhaven Post",
)

#: Towns.
TOWNS87 = ("Ostmark", "Vellmark", "Kellhaven", "Harwick", "Brisley", "Tarnwick")

#: Scenes by kind: press conferences and matches, hearings, civic meetings.
SCENES87: dict[str, tuple[str, ...]] = {
    "press": ("the Harbourside Arena", "Dunmore Park", "the Rovers training ground", "the Ostmark Velodrome"),
    "hearing": (
        "the tribunal centre in Vellmark",
        "the arbitration court in Ostmark",
        "the Vellmark hearing rooms",
    ),
    "city": ("Kellhaven town hall", "the Harbourside Arena", "Kellhaven"),
}

#: Days and dates.
DATES87 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 4", "June 19", "October 2")

#: Results of matches and the clubs they were against: (result, opponent).
RESULTS_AGAINST87 = (
    ("2-1 defeat by", "Dunmore Athletic"),
    ("goalless draw with", "Port Calder City"),
    ("3-0 win over", "Harwick Rovers"),
    ("4-2 defeat by", "Dunmore Athletic"),
)

#: Narrative sentences that report nothing.
NARRATIVE87 = (
    "The Harbourside Arena holds 42,000 people and opened in 1998.",
    "The ban runs until the end of next season.",
    "Dunmore Athletic finished ninth in the league last season.",
    "The appeal hearing lasted three days.",
    "Kellhaven last hosted a major championship in 1987.",
    "The sprinter has not raced since the Ostmark meeting in August.",
    "Harwick Rovers were founded in 1893 by workers at the town gasworks.",
    "Tickets for the final went on sale at nine in the morning.",
)

#: Stadium nicknames (no apostrophes).
STADIUMNICKS87 = ("the Cauldron", "the Old Tin Shed", "the Fortress", "the Bowl")

#: Club nicknames.
CLUBNICKS87 = ("the Gulls", "the Ironsides", "the Lamplighters", "the Saints of Harwick")

#: Athletes' nicknames.
ATHNICKS87 = ("the Kellhaven Express", "Lightning", "the Iron Lady of the Track", "Rocket")

#: Banners and placards (no apostrophes).
BANNERS87 = ("Our club, our home", "Clean sport now", "Not for sale", "Fans before profit")

#: Investigation code names.
OPERATIONS87 = ("Operation Glasshouse", "Operation Clean Sweep", "Project Tidewater", "Operation Long Stop")

#: Report titles.
TITLES87 = ("A Level Field", "Fair Play for All", "Ends and Means", "The Price of Winning")

#: Scare terms.
SCARE87 = ("financial doping", "super league", "sportswashing", "marginal gains")

#: Chants.
CHANTS87 = ("We shall not be moved", "Stand up for the Rovers", "Blue and gold forever")
