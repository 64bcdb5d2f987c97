"""Slot fillers of the eighty-ninth held-out round (``heldout89.py``), a round of TRADE, TARIFFS, SHIPPING AND
PORTS as a trade and business desk writes them: invented trade and commerce ministers, chief negotiators and
ambassadors of four invented countries (Almiria, Veskara, Tressia, Kalvonia), customs chiefs and spokespeople,
port authority chiefs, a harbour master and a canal director, shipping-line executives, dockworkers' union
leaders and shop stewards, terminal operators and port employers, freight forwarders, exporters and importers,
economists at banks and a trade institute, committee chairs, an opposition trade spokesperson and the chair of
a dispute panel (thirty people with a gender, a culture and an age, and ten traders and dockers known by a
first name only); posts with their bodies, the short second reference (`the minister`, `the harbour master`)
and the pool their words come from; bodies that speak (a ministry, the customs service, the port and canal
authorities, shipping lines, unions, employers, trade bodies, banks, an institute, a dispute panel, a foreign
government, a campaign group and firms, some of one word: *Seabrack*, *Orvanto*, *Openlane*); documents that
speak (a dispute-panel ruling, a tariff schedule, a customs notice, a port's annual report, a forwarders'
survey, a trade outlook) with what each finds, recommends, says and calls something; leaked memos; outlets,
scenes, cities, summits, towns, dates and committees; quotations, reported clauses, pointed fragments and
split quotations for each pool; official figures, seizures and canal closures; questions put at hearings and
their answers; narrative sentences that report nothing; and ship names, a canal stretch's nickname, customs
operation code names, trade-deal names, picket slogans, report titles and scare terms that sit in marks and
nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation holds an apostrophe, so that a closing single mark is never confused with one.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS89 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS89 = (*MARKS89, Mark("\u2018", "\u2019"))

WOMEN89 = (
    Person("Signe Ravnholt", "Ravnholt", "f", "Danish", 48),
    Person("Aishah Rahimi", "Rahimi", "f", "Malay", 41),
    Person("Hauwa Danjuma", "Danjuma", "f", "Hausa", 43),
    Person("Philippa Crowhurst", "Crowhurst", "f", "English", 56),
    Person("Ioana Dragomirescu", "Dragomirescu", "f", "Romanian", 39),
    Person("Valeria Etchegoyen", "Etchegoyen", "f", "Argentine", 45),
    Person("Kadri Lepasaar", "Lepasaar", "f", "Estonian", 50),
    Person("Dilani Wickramasuriya", "Wickramasuriya", "f", "Sinhalese", 37),
    Person("Ainhoa Zubizarreta", "Zubizarreta", "f", "Basque", 52),
    Person("Dalia Mansour", "Mansour", "f", "Egyptian", 38),
    Person("Harpreet Sandhu", "Sandhu", "f", "Punjabi", 47),
    Person("Vesna Kovacevic", "Kovacevic", "f", "Croatian", 53),
    Person("Aroha Tanerau", "Tanerau", "f", "Maori", 36),
    Person("Liesbeth Vanderhaegen", "Vanderhaegen", "f", "Flemish", 59),
    Person("Nomvula Khumalo", "Khumalo", "f", "Zulu", 42),
)

MEN89 = (
    Person("Mikkel Thorsager", "Thorsager", "m", "Danish", 52),
    Person("Faizal Ismadi", "Ismadi", "m", "Malay", 46),
    Person("Bashir Tanimu", "Tanimu", "m", "Hausa", 55),
    Person("Rupert Hallowell", "Hallowell", "m", "English", 61),
    Person("Bogdan Ciobanu", "Ciobanu", "m", "Romanian", 44),
    Person("Martin Goyeneche", "Goyeneche", "m", "Argentine", 49),
    Person("Priit Kallasmaa", "Kallasmaa", "m", "Estonian", 40),
    Person("Chaminda Rathnayake", "Rathnayake", "m", "Sinhalese", 51),
    Person("Iker Olabarrieta", "Olabarrieta", "m", "Basque", 37),
    Person("Hossam Elnaggar", "Elnaggar", "m", "Egyptian", 58),
    Person("Jaswinder Grewal", "Grewal", "m", "Punjabi", 45),
    Person("Tomislav Babic", "Babic", "m", "Croatian", 47),
    Person("Wiremu Paraone", "Paraone", "m", "Maori", 53),
    Person("Pieter Verhulst", "Verhulst", "m", "Flemish", 42),
    Person("Sipho Mthembu", "Mthembu", "m", "Zulu", 39),
)

PEOPLE89 = tuple(p for pair in zip(WOMEN89, MEN89, strict=True) for p in pair)

#: Traders, drivers and dockers a report names by a first name only (the first name is the whole name).
FIRSTS89 = (
    Person("Marek", "Marek", "m", "first", 34),
    Person("Ines", "Ines", "f", "first", 29),
    Person("Teodor", "Teodor", "m", "first", 51),
    Person("Leila", "Leila", "f", "first", 26),
    Person("Dario", "Dario", "m", "first", 40),
    Person("Yusra", "Yusra", "f", "first", 33),
    Person("Joaquim", "Joaquim", "m", "first", 58),
    Person("Annika", "Annika", "f", "first", 44),
    Person("Tevita", "Tevita", "m", "first", 31),
    Person("Bryony", "Bryony", "f", "first", 23),
)


@frozen
class Body89:
    """A body that speaks: its name at a sentence's start, its name inside a sentence, the names a key accepts
    for it (bare, without *the*) and the pool its words come from."""

    start: str
    inner: str
    acc: tuple[str, ...]
    pool: str

    @property
    def bare(self) -> str:
        """The name without a leading *the*."""
        return self.inner[4:] if self.inner.startswith("the ") else self.inner


TRADEMIN89 = Body89("The Trade Ministry", "the Trade Ministry", ("Trade Ministry", "ministry"), "min")
CUSTOMS89 = Body89(
    "The Almirian Customs Service",
    "the Almirian Customs Service",
    ("Almirian Customs Service", "Customs Service", "service", "customs"),
    "customs",
)
PORTAUTH89 = Body89(
    "The Port Aldane Authority",
    "the Port Aldane Authority",
    ("Port Aldane Authority", "port authority", "authority"),
    "port",
)
CANAL89 = Body89(
    "The Corrin Canal Authority",
    "the Corrin Canal Authority",
    ("Corrin Canal Authority", "canal authority", "authority"),
    "canal",
)
HALVORSEN89 = Body89("Halvorsen Line", "Halvorsen Line", ("Halvorsen Line",), "ship")
MERIDIA89 = Body89("Meridia Shipping", "Meridia Shipping", ("Meridia Shipping",), "ship")
SEABRACK89 = Body89("Seabrack", "Seabrack", ("Seabrack",), "ship")
TERMINALS89 = Body89("Aldane Terminals", "Aldane Terminals", ("Aldane Terminals",), "emp")
EMPLOYERS89 = Body89(
    "The Port Employers' Association",
    "the Port Employers' Association",
    ("Port Employers' Association", "association"),
    "emp",
)
DOCKUNION89 = Body89(
    "The Dock and Harbour Workers' Union",
    "the Dock and Harbour Workers' Union",
    ("Dock and Harbour Workers' Union", "union"),
    "union",
)
PORTFED89 = Body89(
    "The Port Workers' Federation",
    "the Port Workers' Federation",
    ("Port Workers' Federation", "federation"),
    "union",
)
FORWARDERS89 = Body89(
    "The Freight Forwarders' Association",
    "the Freight Forwarders' Association",
    ("Freight Forwarders' Association", "association"),
    "fwd",
)
EXPORTERS89 = Body89(
    "The Almirian Exporters' Council",
    "the Almirian Exporters' Council",
    ("Almirian Exporters' Council", "Exporters' Council", "council"),
    "fwd",
)
CORVELL89 = Body89("Corvell Bank", "Corvell Bank", ("Corvell Bank", "bank"), "econ")
BRANNOCK89 = Body89("Brannock Securities", "Brannock Securities", ("Brannock Securities",), "econ")
INSTITUTE89 = Body89(
    "The Institute for Open Trade",
    "the Institute for Open Trade",
    ("Institute for Open Trade", "institute"),
    "econ",
)
PANEL89 = Body89(
    "The Regional Trade Arbitration Panel",
    "the Regional Trade Arbitration Panel",
    ("Regional Trade Arbitration Panel", "panel"),
    "panel",
)
STATS89 = Body89(
    "The National Statistics Bureau",
    "the National Statistics Bureau",
    ("National Statistics Bureau", "bureau"),
    "econ",
)
KELLOWAY89 = Body89("Kelloway Freight", "Kelloway Freight", ("Kelloway Freight",), "firm")
BRACKWATER89 = Body89("Brackwater Mills", "Brackwater Mills", ("Brackwater Mills",), "firm")
ORVANTO89 = Body89("Orvanto", "Orvanto", ("Orvanto",), "firm")
OPENLANE89 = Body89("Openlane", "Openlane", ("Openlane",), "camp")
VESKARAGOV89 = Body89(
    "The Veskaran government",
    "the Veskaran government",
    ("Veskaran government", "government", "Veskara"),
    "gov",
)
REFORM89 = Body89(
    "The National Reform Party", "the National Reform Party", ("National Reform Party", "party"), "opp"
)

#: The shipping lines.
LINES89 = (HALVORSEN89, MERIDIA89, SEABRACK89)

#: Bodies that issue statements, posts and warnings of their own.
VOICES89 = (
    TRADEMIN89,
    CUSTOMS89,
    PORTAUTH89,
    CANAL89,
    HALVORSEN89,
    DOCKUNION89,
    EMPLOYERS89,
    FORWARDERS89,
    SEABRACK89,
    EXPORTERS89,
    VESKARAGOV89,
    ORVANTO89,
    OPENLANE89,
    MERIDIA89,
    PORTFED89,
    REFORM89,
)


@frozen
class Post89:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and
    each body, country or place), the short second reference (`the minister`; `{s}` again), the body it
    belongs to (never a speaker of a person's words; empty when the post names none) and the pool its
    holder's words come from (`min`, `customs`, `union`, ...; also its family)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """The pool, which is also the family of posts whose holders speak alike."""
        return self.pool

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


#: Trade and commerce ministers, negotiators and ambassadors.
MIN89 = (
    Post89(
        "the Almirian trade minister",
        "Almirian Trade Minister",
        ("trade minister", "Almirian"),
        "the minister",
        "",
        "min",
    ),
    Post89(
        "Kalvonia's commerce minister",
        "Kalvonian Commerce Minister",
        ("commerce minister", "Kalvonia"),
        "the minister",
        "",
        "min",
    ),
    Post89(
        "Almiria's deputy trade minister",
        "Almirian Deputy Trade Minister",
        ("deputy trade minister", "Almiria"),
        "the deputy minister",
        "",
        "min",
    ),
    Post89(
        "Veskara's chief trade negotiator",
        "Veskaran Chief Trade Negotiator",
        ("chief trade negotiator", "Veskara"),
        "the negotiator",
        "",
        "neg",
    ),
    Post89(
        "the lead negotiator for Almiria",
        "Almirian lead negotiator",
        ("negotiator", "Almiria"),
        "the negotiator",
        "",
        "neg",
    ),
    Post89(
        "Tressia's ambassador to Almiria",
        "Tressian Ambassador",
        ("ambassador", "Tressia"),
        "the ambassador",
        "",
        "amb",
    ),
    Post89(
        "the Veskaran ambassador to Kalvonia",
        "Veskaran Ambassador",
        ("ambassador", "Veskara"),
        "the ambassador",
        "",
        "amb",
    ),
)

CUSTOMSP89 = (
    Post89(
        "director-general of the Almirian Customs Service",
        "Almirian Customs Service Director-General",
        ("director-general", "Customs Service"),
        "the director-general",
        "the Almirian Customs Service",
        "customs",
    ),
    Post89(
        "a {s} for the Almirian Customs Service",
        "Almirian Customs Service {s}",
        ("spokes", "Customs Service"),
        "the {s}",
        "the Almirian Customs Service",
        "customs",
    ),
    Post89(
        "head of enforcement at the Almirian Customs Service",
        "Almirian Customs Service enforcement chief",
        ("enforcement", "Customs Service"),
        "the enforcement chief",
        "the Almirian Customs Service",
        "customs",
    ),
)

PORTP89 = (
    Post89(
        "chief executive of the Port Aldane Authority",
        "Port Aldane Authority chief executive",
        ("chief executive", "Port Aldane Authority"),
        "the chief executive",
        "the Port Aldane Authority",
        "port",
    ),
    Post89(
        "harbour master at Port Aldane",
        "Port Aldane harbour master",
        ("harbour master", "Port Aldane"),
        "the harbour master",
        "",
        "port",
    ),
    Post89(
        "director of the Corrin Canal Authority",
        "Corrin Canal Authority director",
        ("director", "Corrin Canal Authority"),
        "the director",
        "the Corrin Canal Authority",
        "canal",
    ),
)

SHIPP89 = (
    Post89(
        "chief executive of Halvorsen Line",
        "Halvorsen Line chief executive",
        ("chief executive", "Halvorsen Line"),
        "the chief executive",
        "Halvorsen Line",
        "ship",
    ),
    Post89(
        "a {s} for Meridia Shipping",
        "Meridia Shipping {s}",
        ("spokes", "Meridia Shipping"),
        "the {s}",
        "Meridia Shipping",
        "ship",
    ),
    Post89(
        "chief operating officer of Seabrack",
        "Seabrack chief operating officer",
        ("chief operating officer", "Seabrack"),
        "the executive",
        "Seabrack",
        "ship",
    ),
)

UNIONP89 = (
    Post89(
        "general secretary of the Dock and Harbour Workers' Union",
        "Dock and Harbour Workers' Union general secretary",
        ("general secretary", "Dock and Harbour Workers' Union"),
        "the union leader",
        "the Dock and Harbour Workers' Union",
        "union",
    ),
    Post89(
        "a regional organiser for the Port Workers' Federation",
        "Port Workers' Federation regional organiser",
        ("regional organiser", "Port Workers' Federation"),
        "the organiser",
        "the Port Workers' Federation",
        "union",
    ),
    Post89(
        "a shop steward at the Marrowgate container terminal",
        "Marrowgate shop steward",
        ("shop steward", "Marrowgate"),
        "the shop steward",
        "",
        "union",
    ),
)

EMPP89 = (
    Post89(
        "chief executive of Aldane Terminals",
        "Aldane Terminals chief executive",
        ("chief executive", "Aldane Terminals"),
        "the chief executive",
        "Aldane Terminals",
        "emp",
    ),
    Post89(
        "a {s} for the Port Employers' Association",
        "Port Employers' Association {s}",
        ("spokes", "Port Employers' Association"),
        "the {s}",
        "the Port Employers' Association",
        "emp",
    ),
)

#: Trade bodies (forwarders and exporters) and firms that trade.
TRADEP89 = (
    Post89(
        "chair of the Freight Forwarders' Association",
        "Freight Forwarders' Association chair",
        ("chair", "Freight Forwarders' Association"),
        "the chair",
        "the Freight Forwarders' Association",
        "fwd",
    ),
    Post89(
        "policy director at the Almirian Exporters' Council",
        "Almirian Exporters' Council policy director",
        ("policy director", "Exporters' Council"),
        "the policy director",
        "the Almirian Exporters' Council",
        "fwd",
    ),
    Post89(
        "managing director of Kelloway Freight",
        "Kelloway Freight managing director",
        ("managing director", "Kelloway Freight"),
        "the managing director",
        "Kelloway Freight",
        "firm",
    ),
    Post89(
        "export director at Brackwater Mills",
        "Brackwater Mills export director",
        ("export director", "Brackwater Mills"),
        "the export director",
        "Brackwater Mills",
        "firm",
    ),
    Post89(
        "founder of Orvanto",
        "Orvanto founder",
        ("founder", "Orvanto"),
        "the founder",
        "Orvanto",
        "firm",
    ),
)

ECONP89 = (
    Post89(
        "chief economist at Corvell Bank",
        "Corvell Bank chief economist",
        ("chief economist", "Corvell Bank"),
        "the economist",
        "Corvell Bank",
        "econ",
    ),
    Post89(
        "a trade economist at Brannock Securities",
        "Brannock Securities trade economist",
        ("economist", "Brannock Securities"),
        "the economist",
        "Brannock Securities",
        "econ",
    ),
    Post89(
        "research director at the Institute for Open Trade",
        "Institute for Open Trade research director",
        ("research director", "Institute for Open Trade"),
        "the research director",
        "the Institute for Open Trade",
        "econ",
    ),
    Post89(
        "chief economist at the Trade Ministry",
        "Trade Ministry chief economist",
        ("chief economist", "Trade Ministry"),
        "the economist",
        "the Trade Ministry",
        "econ",
    ),
)

CHAIRP89 = (
    Post89(
        "chair of the Trade and Industry Committee",
        "Trade and Industry Committee chair",
        ("chair", "Trade and Industry Committee"),
        "the committee chair",
        "the Trade and Industry Committee",
        "chair",
    ),
    Post89(
        "chair of the Maritime Affairs Committee",
        "Maritime Affairs Committee chair",
        ("chair", "Maritime Affairs Committee"),
        "the committee chair",
        "the Maritime Affairs Committee",
        "chair",
    ),
)

OPPP89 = (
    Post89(
        "the opposition trade {s}",
        "Opposition trade {s}",
        ("trade spokes", "opposition"),
        "the {s}",
        "",
        "opp",
    ),
)

PANELP89 = Post89(
    "chair of the Regional Trade Arbitration Panel",
    "Regional Trade Arbitration Panel chair",
    ("chair", "Regional Trade Arbitration Panel"),
    "the panel chair",
    "the Regional Trade Arbitration Panel",
    "panel",
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS89 = (
    MIN89[0],
    CUSTOMSP89[0],
    PORTP89[0],
    SHIPP89[0],
    UNIONP89[0],
    TRADEP89[0],
    ECONP89[0],
    MIN89[3],
    EMPP89[0],
    MIN89[5],
    CUSTOMSP89[1],
    PORTP89[1],
    SHIPP89[1],
    UNIONP89[1],
    TRADEP89[1],
    ECONP89[1],
    MIN89[1],
    CHAIRP89[0],
    OPPP89[0],
    PORTP89[2],
    SHIPP89[2],
    UNIONP89[2],
    TRADEP89[3],
    ECONP89[2],
    MIN89[4],
    CUSTOMSP89[2],
    EMPP89[1],
    MIN89[6],
    TRADEP89[2],
    MIN89[2],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES89: dict[str, tuple[str, ...]] = {
    "min": (
        "We will not be rushed into a bad deal",
        "Our exporters deserve a level playing field",
        "These tariffs will hurt ordinary families on both sides of the border",
        "The door to talks remains open",
    ),
    "neg": (
        "We made real progress on rules of origin this week",
        "Nothing is agreed until everything is agreed",
        "There are still gaps on farm goods and we will not paper over them",
        "We are closer to a deal than we have ever been",
    ),
    "amb": (
        "My government wants this dispute settled at the table and not in the courts",
        "Trade between our two countries has never mattered more",
        "We have raised our concerns at the highest level",
    ),
    "customs": (
        "Our officers are checking every container that comes off those ships",
        "Counterfeit goods are not a victimless crime",
        "The new declaration system will cut waiting times at the border",
        "Traders who follow the rules have nothing to fear",
    ),
    "port": (
        "The port is open and working around the clock",
        "We have never handled this many containers in a single month",
        "The new berth will let us take the largest ships afloat",
        "Nobody wants to see ships queuing outside the harbour",
    ),
    "canal": (
        "The canal will reopen as soon as the channel is safe",
        "Divers are working day and night to clear the channel",
        "Every day of closure costs the region millions",
    ),
    "ship": (
        "Our ships will keep sailing for as long as it is safe to do so",
        "Freight rates have doubled since the spring",
        "We have had to send vessels the long way round the cape",
        "Customers should expect delays of up to two weeks",
    ),
    "union": (
        "Our members will not unload a single ship until this is settled",
        "The employers have had months to make a fair offer",
        "Automation cannot come at the cost of safe jobs",
        "We did not want this strike but we will see it through",
    ),
    "emp": (
        "The offer on the table is fair and generous",
        "This strike is costing the whole country money every day",
        "We want our people back at work and the ships moving",
    ),
    "fwd": (
        "Our members are drowning in new paperwork",
        "Every day of delay adds cost for the smallest firms",
        "Nobody has told us what the new rules mean in practice",
    ),
    "firm": (
        "We have lost our biggest customer overnight",
        "The tariff has wiped out our margin on every order",
        "We are looking at markets we never considered before",
    ),
    "econ": (
        "Tariffs are a tax that consumers end up paying",
        "Trade flows are adjusting faster than anyone expected",
        "The numbers point to a sharp slowdown in exports",
        "A long strike at the docks would show up in the growth figures",
    ),
    "chair": (
        "This committee expects straight answers",
        "Businesses need certainty and they are not getting it",
        "We will be calling the minister back before the summer",
    ),
    "opp": (
        "The government has walked into a trade war with its eyes shut",
        "This deal sells out our farmers",
        "Ministers promised cheaper goods and delivered higher prices",
    ),
    "panel": (
        "The panel reached its findings unanimously",
        "Both parties were given every opportunity to make their case",
        "Our task was to apply the rules as written",
    ),
    "gov": (
        "Our response will be firm and proportionate",
        "We did not start this dispute but we will not walk away from it",
        "Veskara remains ready to talk at any time",
    ),
    "camp": (
        "Tariffs are paid by families and not by foreign governments",
        "Open trade keeps prices down for everyone",
        "Shoppers will pay for this dispute at the checkout",
    ),
    "trader": (
        "I have never seen the border this slow",
        "We used to clear a load in an hour and now it takes a day",
        "Half my stock is sitting in a warehouse at the port",
    ),
    "docker": (
        "I have worked these docks for twenty years and never seen anything like this",
        "We are out here for the next generation",
        "Nobody takes a step like this lightly",
    ),
}

#: Reported clauses by pool (no marks surround them, so an apostrophe is allowed).
CLAUSES89: dict[str, tuple[str, ...]] = {
    "min": (
        "the government would challenge the tariffs at the arbitration panel",
        "talks with Veskara would resume in the autumn",
        "duties on imported steel would stay in place until the end of the year",
        "the ministry had drawn up a list of goods for retaliatory tariffs",
    ),
    "neg": (
        "the two sides had agreed a text on customs cooperation",
        "differences remained over quotas for dairy products",
        "a final round of talks would be held in Ostmere next month",
        "the deal could be signed before the end of the year",
    ),
    "amb": (
        "the embassy had not been consulted before the duties were announced",
        "shipments of machinery parts had been held at the border for weeks",
        "both governments wanted the dispute resolved before the summit",
    ),
    "customs": (
        "officers had seized more than 4,000 counterfeit phone chargers at Port Aldane",
        "the new declaration system would be switched on in June",
        "checks on refrigerated containers had been stepped up",
        "most lorries were clearing the border in under an hour",
    ),
    "port": (
        "container volumes had fallen for a third month in a row",
        "the port had handled a record number of ships in March",
        "work on the new deep-water berth would finish next year",
        "more than forty ships were waiting at anchor outside the harbour",
    ),
    "canal": (
        "the grounded bulk carrier had been refloated overnight",
        "the canal would reopen to one-way traffic on Thursday",
        "more than 200 vessels were waiting at either end of the canal",
    ),
    "ship": (
        "the company had suspended bookings to Port Aldane",
        "a surcharge of 300 dollars per container would apply from May",
        "ships were being diverted around the closed canal",
        "the line would add two new services to Veskara in the spring",
    ),
    "union": (
        "the strike would go ahead on Monday unless the employers improved their offer",
        "members had voted by nine to one to walk out",
        "the automated cranes had been introduced without consultation",
        "dockworkers had not had a pay rise in three years",
    ),
    "emp": (
        "the offer of a 6 percent rise over two years remained on the table",
        "the automated cranes would not cost any jobs",
        "the terminal would stay open with managers operating the cranes",
    ),
    "fwd": (
        "two in three forwarders had lost business since the new checks began",
        "the new customs software had crashed twice in a week",
        "small firms were paying twice as much to move a container as a year ago",
    ),
    "firm": (
        "orders from Veskara had dried up since the tariffs took effect",
        "the company would move part of its production abroad",
        "the firm had cut twenty jobs at its factory",
    ),
    "econ": (
        "the tariffs would add about half a point to inflation",
        "exports to Veskara were likely to fall by a fifth this year",
        "the strike was already delaying deliveries to factories",
        "shipping costs were starting to feed through to shop prices",
    ),
    "chair": (
        "the committee would publish its report in the autumn",
        "ministers had failed to explain how the new checks would work",
        "the committee wanted to hear from the dockworkers' union",
    ),
    "opp": (
        "the government had been caught unprepared by the tariffs",
        "the deal would flood the market with cheap imports",
        "ministers should publish the economic assessment of the agreement",
    ),
    "panel": (
        "the tariffs broke the terms of the regional trade pact",
        "both parties had accepted the timetable for the ruling",
        "the panel would not comment on the wider dispute",
    ),
    "gov": (
        "it would impose retaliatory duties on Almirian wine and cheese",
        "the tariffs were a legitimate response to unfair subsidies",
        "it was ready to return to talks at any time",
    ),
    "camp": (
        "the tariffs would cost every household 400 dollars a year",
        "the government should scrap the new border checks",
        "consumers had not been consulted on the agreement",
    ),
    "trader": (
        "the shipment had been stuck at the port for three days",
        "the price of a container from Veskara had trebled",
        "the new forms took hours to fill in",
    ),
    "docker": (
        "the automated cranes had already replaced dozens of jobs",
        "the shifts had become longer and less safe",
        "nobody on the picket line wanted to be there",
    ),
}

#: Pointed fragments by family: (an object in the singular, the words in marks).
FRAGS89: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("the tariff", "economic vandalism"),
        ("the latest offer", "a step in the right direction"),
        ("the dispute", "entirely avoidable"),
    ),
    "neg": (
        ("the latest draft", "a genuine breakthrough"),
        ("the other side's position", "unrealistic"),
        ("the round of talks", "tough but constructive"),
    ),
    "amb": (
        ("the decision", "deeply regrettable"),
        ("the relationship", "as strong as ever"),
        ("the new duty", "a serious misjudgment"),
    ),
    "customs": (
        ("the seizure", "one of the largest we have made"),
        ("the backlog", "a temporary problem"),
        ("the new system", "a major step forward"),
    ),
    "port": (
        ("the year", "exceptionally difficult"),
        ("the new berth", "a game changer"),
        ("the queue of ships", "a short-term blip"),
    ),
    "canal": (
        ("the closure", "a nightmare for shippers"),
        ("the salvage operation", "painstaking"),
        ("the damage to the bank", "worse than feared"),
    ),
    "ship": (
        ("the surcharge", "unavoidable"),
        ("the detour", "the only safe option"),
        ("the rate rise", "a reflection of the market"),
    ),
    "union": (
        ("the pay offer", "an insult"),
        ("the new rota", "dangerous"),
        ("the automation plan", "a jobs massacre"),
    ),
    "emp": (
        ("the strike", "completely unnecessary"),
        ("the union's demand", "unaffordable"),
        ("the offer", "the best in the industry"),
    ),
    "fwd": (
        ("the new regime", "a bureaucratic nightmare"),
        ("the software", "not fit for purpose"),
        ("the change", "a tax on small business"),
    ),
    "firm": (
        ("the tariff", "a hammer blow"),
        ("the last year", "the hardest in our history"),
        ("the new duty", "devastating for a company our size"),
    ),
    "econ": (
        ("the trade deficit", "the widest on record"),
        ("the slowdown", "worse than expected"),
        ("the tariff", "a self-inflicted wound"),
    ),
    "chair": (
        ("the minister's evidence", "evasive"),
        ("the preparation", "woefully inadequate"),
        ("the answer", "not good enough"),
    ),
    "opp": (
        ("the agreement", "a sell-out"),
        ("the government's handling", "shambolic"),
        ("the deal", "a bad bargain for our farmers"),
    ),
}

#: Split quotations by family: (the part before the credit, the rest with its full stop).
SPLITS89: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("We want a deal", "but not at any price."),
        ("We have made our position clear", "and it has not changed."),
        ("The tariffs are wrong", "and we will say so at every table."),
    ),
    "neg": (
        ("We are not there yet", "but we are close."),
        ("There is a landing zone", "if both sides are willing to find it."),
    ),
    "amb": (
        ("We are friends", "and friends talk to each other."),
        ("This is not about one duty", "it is about trust."),
    ),
    "customs": (
        ("We will keep checking", "for as long as it takes."),
        ("The system is new", "and there will be teething problems."),
    ),
    "port": (
        ("We are open for business", "whatever happens in the talks."),
        ("The queues will ease", "but not overnight."),
    ),
    "canal": (
        ("We expect to reopen", "once the last tug has left the channel."),
        ("Safety comes first", "and that means waiting for the survey."),
    ),
    "ship": (
        ("Nobody likes a surcharge", "but the costs are real."),
        ("We will keep sailing", "for as long as it is safe."),
    ),
    "union": (
        ("We are not going back", "until they put a fair offer on the table."),
        ("This is about safety", "not just about pay."),
    ),
    "emp": (
        ("Our door is open", "and it always has been."),
        ("We want a settlement", "but not one that sinks the terminal."),
    ),
    "fwd": (
        ("Our members want to comply", "but they cannot if nobody explains the rules."),
        ("The checks may be necessary", "but the chaos is not."),
    ),
    "firm": (
        ("We have survived worse", "but not by much."),
        ("We will keep exporting", "as long as somebody is buying."),
    ),
    "econ": (
        ("The first round of tariffs was bearable", "the second will not be."),
        ("Exports are falling", "and they will keep falling."),
    ),
    "chair": (
        ("We asked simple questions", "and we got no answers."),
        ("The committee will not let this drop", "however long it takes."),
    ),
    "opp": (
        ("The minister promised a good deal", "and this is not it."),
        ("Our farmers were ignored", "and now they will pay."),
    ),
}

#: Open cue verbs before a *that* clause.
CUES89 = (
    "insisted",
    "warned",
    "conceded",
    "stressed",
    "acknowledged",
    "argued",
    "predicted",
    "admitted",
    "noted",
    "maintained",
    "cautioned",
    "complained",
    "claimed",
    "confirmed",
    "suggested",
)

#: Cue verbs that take a clause without *that* (neither *warned* nor *cautioned*, whose bare clause reads as
#: the verb's object).
BARECUES89 = ("said", "insisted", "stressed", "argued", "maintained", "claimed", "suggested", "acknowledged")

OUTLETS89 = (
    "the Aldane Courier",
    "the Trade Ledger",
    "Radio Almiria",
    "the Daily Manifest",
    "Freightline Weekly",
    "Almiria Today",
)

#: Scenes of briefings: each names a place the round lists.
SCENES89 = (
    "the ministry in Castellane",
    "the summit venue in Ostmere",
    "the gates of Port Aldane",
    "the Marrowgate container terminal",
    "the trade fair in Sellick Bay",
)

CITIES89 = ("Castellane", "Ostmere", "Sellick Bay")

SUMMITS89 = (
    "the regional trade summit in Ostmere",
    "the ministerial meeting in Castellane",
    "two days of talks in Sellick Bay",
)

DATES89 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TOWNS89 = ("Pellworth", "Ambersby", "Skelford", "Drumlane", "Westhythe", "Corrabeg")

COUNTRIES89 = ("Almiria", "Veskara", "Tressia", "Kalvonia")

#: Committees: (the name inside a sentence, the name a key accepts).
COMMITTEES89 = (
    ("the Trade and Industry Committee", "Trade and Industry Committee"),
    ("the Maritime Affairs Committee", "Maritime Affairs Committee"),
)

#: Traders' jobs: (the job, the noun a title must hold).
JOBS89 = (
    ("customs broker", "broker"),
    ("flower importer", "importer"),
    ("furniture importer", "importer"),
    ("wine exporter", "exporter"),
    ("toy importer", "importer"),
    ("shipping agent", "agent"),
    ("fruit exporter", "exporter"),
)

#: What a small trading business is (after *who runs*).
SHOPS89 = (
    "a freight forwarding firm",
    "a furniture import business",
    "a small pottery that exports to Veskara",
    "a family vineyard",
    "a haulage company",
)

#: What has happened to a trader (after the name and *has*).
SITUATIONS89 = (
    "lost two contracts since the tariffs took effect",
    "waited four days for a shipment to clear the port",
    "stopped selling to Veskara altogether",
    "doubled the price of a delivery since the spring",
)

#: What a customs raid seized.
SEIZURES89 = (
    "more than 4,000 counterfeit phone chargers",
    "two tonnes of undeclared tobacco",
    "a shipment of fake designer handbags",
    "forty crates of mislabelled honey",
)

#: Official figures (completed by *, figures from BODY showed on DAY.*).
FIGURES89 = (
    "Exports to Veskara fell 14 percent in the second quarter",
    "The trade deficit widened to a record in May",
    "Imports of steel dropped by a quarter in April",
)

#: The port's own figures (completed by *, figures from the port authority showed on DAY.*).
PORTFIGURES89 = (
    "Container volumes at Port Aldane fell 12 percent in the year to June",
    "Ship calls at Port Aldane dropped to their lowest level in a decade last month",
    "Waiting times for berths at Port Aldane doubled in March",
)

#: Questions put at a hearing (after *whether*) and answers (no apostrophes).
QUESTIONS89 = (
    "the new checks had been tested before they were introduced",
    "the cost of the tariffs had been properly assessed",
    "the ports could cope with a long strike",
    "anyone had warned about the software problems",
)
ANSWERS89 = (
    "Not to the standard I would have liked",
    "I would have to check the figures and write to the committee",
    "We are prepared for every eventuality",
    "I was made aware of the problems in the spring",
)

#: What a committee reported on.
TOPICS89 = ("the new border checks", "the dock strike", "the tariff dispute")

#: Accusations in marks by family (after *accused TARGET of*).
ACCUSE89: dict[str, tuple[str, ...]] = {
    "union": ("bad faith", "trying to starve us back to work", "putting profit before safety"),
    "opp": ("sleepwalking into a trade war", "hiding the true cost of the deal"),
    "min": ("protectionism dressed up as policy", "breaking the spirit of the pact"),
    "fwd": ("leaving small firms in the dark", "rushing out checks nobody understands"),
}

#: What a retaliating government says it will do (after *said it would*).
RETALIATE89 = (
    "impose duties of 20 percent on Almirian wine and cheese",
    "challenge the tariffs at the Regional Trade Arbitration Panel",
    "suspend talks on the new trade agreement",
)

#: Leaked papers: (the phrase at a sentence's start, the names a key accepts, the clause, the body they are
#: from).
MEMOS89: tuple[tuple[str, tuple[str, ...], str, Body89], ...] = (
    (
        "A Trade Ministry memo",
        ("memo", "Trade Ministry memo", *TRADEMIN89.acc),
        "the new checks could add two days to every crossing",
        TRADEMIN89,
    ),
    (
        "An internal Customs Service briefing",
        ("briefing", "internal Customs Service briefing", "Customs Service briefing", *CUSTOMS89.acc),
        "the service did not have enough officers to run the new checks",
        CUSTOMS89,
    ),
    (
        "A confidential port authority assessment",
        (
            "assessment",
            "port authority assessment",
            "confidential port authority assessment",
            *PORTAUTH89.acc,
        ),
        "a strike lasting a month would cost the port its two largest customers",
        PORTAUTH89,
    ),
)


@frozen
class Doc89:
    """A document that speaks: its publisher, the phrase after *published* (`its annual report`), the short
    reference (`report`), the name after a possessive (`annual report`), the names a key accepts for it, the
    verb of its findings, the verb before a colon, the presenter's post, the role noun a possessive gives the
    publisher's official and that official's pool, and its clauses, quotations, fragments and
    recommendations."""

    body: Body89
    pub: str
    short: str
    pname: str
    acc: tuple[str, ...]
    finds: str
    colon: str
    presenter: Post89
    role: str
    rpool: str
    clauses: tuple[str, ...]
    quotes: tuple[str, ...]
    frags: tuple[tuple[str, str], ...]
    recs: tuple[str, ...]


DOCS89 = (
    Doc89(
        PANEL89,
        "its ruling on the steel tariffs",
        "ruling",
        "ruling on the steel tariffs",
        ("ruling", "ruling on the steel tariffs"),
        "found",
        "concluded",
        PANELP89,
        "chair",
        "panel",
        (
            "the Veskaran steel tariffs broke the terms of the regional trade pact",
            "Almiria had been entitled to a hearing before the duties were imposed",
            "the safeguard duties had been kept in place too long",
        ),
        (
            "The measures at issue are inconsistent with the obligations of the parties",
            "Neither party has shown that the safeguard was necessary",
        ),
        (("the tariffs", "a disguised restriction on trade"), ("the safeguard", "excessive")),
        (
            "Veskara bring its measures into line within ninety days",
            "the two governments settle the remaining claims by negotiation",
        ),
    ),
    Doc89(
        TRADEMIN89,
        "its revised tariff schedule",
        "schedule",
        "revised tariff schedule",
        ("schedule", "tariff schedule", "revised tariff schedule"),
        "showed",
        "states",
        MIN89[0],
        "chief economist",
        "econ",
        (
            "duties on imported bicycles would rise to 25 percent",
            "more than 300 product lines would be exempt",
            "the new rates would take effect on the first of March",
        ),
        (
            "Goods already in transit on the date of entry into force shall pay the previous rate",
            "The duty on bicycles and bicycle parts shall be 25 percent",
        ),
        (("the rates on steel", "provisional"), ("the exemption list", "subject to review")),
        (),
    ),
    Doc89(
        CUSTOMS89,
        "a notice to importers",
        "notice",
        "notice to importers",
        ("notice", "notice to importers", "customs notice"),
        "stated",
        "stated",
        CUSTOMSP89[0],
        "director-general",
        "customs",
        (
            "importers would need a certificate of origin for every consignment",
            "paper declarations would no longer be accepted after June",
            "goods without the correct labels would be held at the border",
        ),
        (
            "Consignments without a valid certificate of origin will be detained",
            "Paper declarations will not be accepted after the end of June",
        ),
        (("the paper forms", "no longer valid"), ("the new portal", "mandatory")),
        ("importers register for the new system before June", "traders check their labels before shipping"),
    ),
    Doc89(
        PORTAUTH89,
        "its annual report",
        "report",
        "annual report",
        ("report", "annual report"),
        "showed",
        "concluded",
        PORTP89[0],
        "chief executive",
        "port",
        (
            "container volumes had fallen by 12 percent",
            "average waiting times for ships had doubled",
            "the port had lost two of its largest customers",
        ),
        (
            "The port faces its most challenging year since it opened",
            "Congestion has become the single greatest threat to our business",
        ),
        (("the year", "exceptionally difficult"), ("the congestion", "unsustainable")),
        ("the authority invest in a second deep-water berth", "the port extend its opening hours"),
    ),
    Doc89(
        FORWARDERS89,
        "its quarterly survey of members",
        "survey",
        "quarterly survey of members",
        ("survey", "quarterly survey", "quarterly survey of members"),
        "found",
        "concluded",
        TRADEP89[0],
        "chair",
        "fwd",
        (
            "two in three members had lost business because of the new checks",
            "nearly half of small exporters were considering giving up on the Veskaran market",
            "costs for a typical consignment had risen by a third",
        ),
        (
            "Small firms are bearing the brunt of the new border regime",
            "Confidence among forwarders is at its lowest since the survey began",
        ),
        (("the new checks", "a tax on small business"), ("the mood among members", "grim")),
        ("the government appoint a single border coordinator", "the new checks be phased in over a year"),
    ),
    Doc89(
        INSTITUTE89,
        "its annual trade outlook",
        "outlook",
        "annual trade outlook",
        ("outlook", "trade outlook", "annual trade outlook"),
        "warned",
        "concluded",
        ECONP89[2],
        "research director",
        "econ",
        (
            "global goods trade would grow by less than one percent this year",
            "the tariff dispute could cost Almiria half a point of growth",
            "shipping costs would stay high until the canal fully reopened",
        ),
        (
            "The era of steadily falling tariffs is over",
            "A trade war between neighbours has no winners",
        ),
        (
            ("the dispute", "the most serious threat to regional trade in a generation"),
            ("the outlook", "bleak"),
        ),
        ("governments return to the negotiating table", "ministers publish the costs of every new tariff"),
    ),
)

#: Quotations of bodies' statements (no apostrophes).
BODYQUOTES89 = (
    "We apologise to our customers for the disruption",
    "The safety of our crews comes first",
    "We are monitoring the situation closely and will update customers daily",
)

#: Narrative sentences that report nothing.
NARRATIVE89 = (
    "Container ships queued for miles outside Port Aldane on Tuesday.",
    "The tariffs took effect at midnight, covering goods worth 2.4 billion dollars a year.",
    "Lorries lined the motorway approach to the border crossing for most of the day.",
    "The Corrin Canal carries roughly an eighth of the region's seaborne trade.",
    "Ministers from the four countries arrived in Ostmere for two days of talks.",
    "Cranes at the Marrowgate terminal stood idle as the strike entered its second week.",
)

#: Names in marks nobody says: ships, a stretch of canal, customs operations, trade deals, picket slogans,
#: report titles and scare terms.
SHIPS89 = ("Aldane Star", "Northern Lantern", "Cape Verity", "Saltbound Pioneer", "Grey Heron")
STRETCHES89 = ("Needle", "Narrows", "Crooked Mile")
OPERATIONS89 = ("Tidemark", "Bastion", "Copperfield")
DEALS89 = ("Blue Corridor", "Open Harbours", "Fair Passage")
SLOGANS89 = ("Fair Pay for Dock Work", "No to Robot Cranes", "Ports Are People", "Save Our Docks")
TITLES89 = ("Trade at a Crossroads", "Charting Rough Waters", "The Cost of the Queue")
SCARE89 = ("tariff wall", "paper border")
