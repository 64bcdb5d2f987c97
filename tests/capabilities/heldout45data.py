"""Slot fillers of the forty-fifth held-out round (``heldout45.py``), a round of HOUSE STYLES: invented people
of Québécois, Portuguese, Italian, Japanese, Korean, Vietnamese, Ukrainian, Turkish, Persian, Gujarati,
Malayalam, Serbian, Dutch, Norwegian and Cree origin (with their gender and an age), Québécois people with
hyphenated given names, particles and double surnames, quotation marks (straight and curly double, British
single), five house styles (a US newspaper of record, a US wire agency, a British daily, a Canadian public
broadcaster, a financial daily) each with its story, roles written the way that style writes them (long
titles after the name, lowercase titles before it, *shadow* posts, titles after the name without a comma,
two roles in one title) and their affiliation, quotations, reported clauses, clauses with a quoted fragment,
things called something and narrative sentences; unnamed sources with their affiliation and anonymity
clauses; invented news agencies, broadcasters and programmes; First Nations and their chiefs; firms whose
names look like people's; and works, nicknames and scare terms in marks that nobody says.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented (the US state abbreviations of party-state tags are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Double marks, straight and curly (the North American and business styles).
DOUBLE_MARKS45 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

#: British single marks, straight and curly.
SINGLE_MARKS45 = (Mark("'", "'"), Mark("\u2018", "\u2019"))

WOMEN45 = (
    Person("Genevi\u00e8ve Thibodeau", "Thibodeau", "f", "Qu\u00e9b\u00e9cois", 46),
    Person("In\u00eas Carvalho", "Carvalho", "f", "Portuguese", 39),
    Person("Chiara Lombardi", "Lombardi", "f", "Italian", 52),
    Person("Haruka Nishimura", "Nishimura", "f", "Japanese", 44),
    Person("Seo-yeon Kang", "Kang", "f", "Korean", 37),
    Person("Thanh Huong Vu", "Vu", "f", "Vietnamese", 58),
    Person("Oksana Melnychuk", "Melnychuk", "f", "Ukrainian", 49),
    Person("Elif Aydemir", "Aydemir", "f", "Turkish", 33),
    Person("Shirin Farahani", "Farahani", "f", "Persian", 61),
    Person("Hetal Parekh", "Parekh", "f", "Gujarati", 42),
    Person("Divya Kurian", "Kurian", "f", "Malayalam", 36),
    Person("Jelena Markovi\u0107", "Markovi\u0107", "f", "Serbian", 55),
    Person("Femke Bakker", "Bakker", "f", "Dutch", 41),
    Person("Ingrid Solheim", "Solheim", "f", "Norwegian", 63),
    Person("Marilyn Okemasis", "Okemasis", "f", "Cree", 57),
)

MEN45 = (
    Person("Jean-S\u00e9bastien C\u00f4t\u00e9", "C\u00f4t\u00e9", "m", "Qu\u00e9b\u00e9cois", 51),
    Person("Rui Mendon\u00e7a", "Mendon\u00e7a", "m", "Portuguese", 47),
    Person("Matteo Ferraro", "Ferraro", "m", "Italian", 38),
    Person("Kenji Matsuda", "Matsuda", "m", "Japanese", 59),
    Person("Min-jun Baek", "Baek", "m", "Korean", 43),
    Person("Quoc Bao Dang", "Dang", "m", "Vietnamese", 35),
    Person("Taras Hrytsenko", "Hrytsenko", "m", "Ukrainian", 54),
    Person("Murat Kocao\u011flu", "Kocao\u011flu", "m", "Turkish", 48),
    Person("Dariush Tavakoli", "Tavakoli", "m", "Persian", 62),
    Person("Jignesh Desai", "Desai", "m", "Gujarati", 40),
    Person("Anoop Chandran", "Chandran", "m", "Malayalam", 34),
    Person("Nemanja Petrovi\u0107", "Petrovi\u0107", "m", "Serbian", 50),
    Person("Sander Visser", "Visser", "m", "Dutch", 45),
    Person("H\u00e5kon Lunde", "Lunde", "m", "Norwegian", 56),
    Person("Clifford Sewepagaham", "Sewepagaham", "m", "Cree", 60),
)

PEOPLE45 = tuple(p for pair in zip(WOMEN45, MEN45, strict=True) for p in pair)

#: Québécois people with hyphenated given names, particles and double surnames (the surname as an editor
#: writes it on second reference; a sentence's first word takes a capital).
FRENCH45 = (
    Person("Marie-Claude B\u00e9langer", "B\u00e9langer", "f", "Qu\u00e9b\u00e9cois", 48),
    Person("Pierre-Luc Gingras", "Gingras", "m", "Qu\u00e9b\u00e9cois", 39),
    Person("Anne-Sophie de Grandpr\u00e9", "de Grandpr\u00e9", "f", "Qu\u00e9b\u00e9cois", 44),
    Person("Louis-Philippe Saint-Onge", "Saint-Onge", "m", "Qu\u00e9b\u00e9cois", 58),
    Person("\u00c9lo\u00efse Du Tremblay", "Du Tremblay", "f", "Qu\u00e9b\u00e9cois", 35),
    Person("Marc-Andr\u00e9 Lacroix-Dufour", "Lacroix-Dufour", "m", "Qu\u00e9b\u00e9cois", 53),
)

#: Cree chiefs and their First Nations.
CHIEFS45 = (
    (Person("Marilyn Okemasis", "Okemasis", "f", "Cree", 57), "Sturgeon Bend First Nation"),
    (Person("Clifford Sewepagaham", "Sewepagaham", "m", "Cree", 60), "Misty Narrows First Nation"),
    (Person("Darlene Kakinoosit", "Kakinoosit", "f", "Cree", 49), "Wapiti Lake First Nation"),
    (Person("Gordon Moosehunter", "Moosehunter", "m", "Cree", 52), "Red Willow Cree Nation"),
)


@frozen
class Role45:
    """A role as a style writes it: after the name (`the deputy director of X`), before the name (`state
    schools superintendent`), the parts its title must hold, and a short reference (`the director`)."""

    after: str
    before: str
    parts: tuple[str, ...]
    short: str


@frozen
class Style45:
    """A house style's story: its roles, quotations, reported clauses, clauses with a quoted fragment
    (before, fragment), objects called something (object, fragment) and narrative sentences."""

    name: str
    roles: tuple[Role45, ...]
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    mixed: tuple[tuple[str, str], ...]
    called: tuple[tuple[str, str], ...]
    narrative: tuple[str, ...]


RECORD45 = Style45(
    "record",
    (
        Role45(
            "the deputy director of the Institute for Water Policy at Calder Hill University",
            "Institute for Water Policy deputy director",
            ("deputy director", "Institute for Water Policy"),
            "the deputy director",
        ),
        Role45(
            "a senior fellow at the Larkspur Center for Public Finance",
            "Larkspur Center senior fellow",
            ("senior fellow", "Larkspur Center"),
            "the fellow",
        ),
        Role45(
            "the executive director of the Tri-County Housing Coalition",
            "Tri-County Housing Coalition executive director",
            ("executive director", "Tri-County Housing Coalition"),
            "the executive director",
        ),
        Role45(
            "a professor of labor economics at Pemberton State University",
            "Pemberton State University professor",
            ("professor", "Pemberton State University"),
            "the professor",
        ),
        Role45(
            "the mayor of Glenhollow",
            "Glenhollow Mayor",
            ("mayor", "Glenhollow"),
            "the mayor",
        ),
        Role45(
            "a retired machinist from Harlan Falls",
            "retired machinist",
            ("machinist",),
            "the machinist",
        ),
    ),
    (
        "Nobody in this town believed the plant would close until the trucks stopped coming",
        "The money was promised three times and it never arrived once",
        "We are asking families to choose between rent and medicine",
        "I worked on that line for thirty-one years and I would go back tomorrow",
        "The state has treated the river like a drain for half a century",
        "There is no version of this budget that protects everyone",
        "People here are tired of being told that help is on the way",
        "The numbers tell you the plan failed before it started",
        "We will not know the damage until the spring floods come",
        "I have buried two neighbors this year and both of them worked at the mill",
        "Washington writes the rules and towns like ours pay for them",
        "The water tastes different now and everyone on my street knows it",
    ),
    (
        "the plant had lost money for six straight quarters",
        "the state had ignored two warnings about the river",
        "the grant would not cover the cost of new pipes",
        "rents in the county had risen by a third since 2019",
        "the administration was weighing a second relief package",
        "the mill's pension fund was short by $40 million",
    ),
    (
        ("the relief package was", "too little and far too late"),
        ("the cleanup plan amounted to", "a promise on paper"),
        ("the closing had left the town", "hollowed out"),
    ),
    (
        ("the proposal", "a slap in the face"),
        ("the state's response", "shameful"),
        ("the new rules", "a long overdue correction"),
    ),
    (
        "The mill closed in March, putting about 900 people out of work.",
        "The county's population has fallen by nearly a fifth since 2010.",
        "Water samples taken in the fall showed lead above the federal limit.",
        "The state legislature is expected to vote on the budget next month.",
    ),
)

WIRE45 = Style45(
    "wire",
    (
        Role45(
            "the state schools superintendent",
            "state schools superintendent",
            ("schools superintendent",),
            "the superintendent",
        ),
        Role45(
            "a spokeswoman for the Department of Natural Resources",
            "Department of Natural Resources spokeswoman",
            ("spokeswoman", "Department of Natural Resources"),
            "the spokeswoman",
        ),
        Role45(
            "the county emergency management director",
            "county emergency management director",
            ("emergency management director",),
            "the director",
        ),
        Role45(
            "the police chief in Marrow Creek",
            "Marrow Creek Police Chief",
            ("police chief", "Marrow Creek"),
            "the chief",
        ),
        Role45(
            "the attorney for the family",
            "family attorney",
            ("attorney",),
            "the attorney",
        ),
        Role45(
            "the state fire marshal",
            "state fire marshal",
            ("fire marshal",),
            "the fire marshal",
        ),
    ),
    (
        "We got everybody out and that is the only thing that matters tonight",
        "The schools will open on time even if some of the buses are late",
        "This storm moved faster than any of the models said it would",
        "We are still searching the riverbank and we will keep searching",
        "The family wants answers and so far nobody has given them any",
        "There was nothing left of the barn by the time the trucks got there",
        "Every district in the state will feel this cut",
        "We asked people to leave on Sunday and most of them did",
        "The water came up over the road in about twenty minutes",
        "Nobody should be driving on these roads until the crews are finished",
    ),
    (
        "the fire had started in a storage shed behind the house",
        "about 3,000 homes were still without power",
        "the district would hire forty new bus drivers",
        "the officer had been placed on paid leave",
        "the levee had held through the night",
        "the cause of the crash was under investigation",
    ),
    (
        ("the damage to the bridge was", "worse than anyone expected"),
        ("the budget cut would hit rural districts", "the hardest"),
        ("the evacuation had gone", "as smoothly as it could"),
    ),
    (
        ("the ruling", "a victory for every parent in the state"),
        ("the delay", "inexcusable"),
        ("the search", "a race against the weather"),
    ),
    (
        "The storm dropped nearly 8 inches of rain in less than a day.",
        "The fire was reported shortly after 2 a.m.",
        "The lawsuit was filed in federal court last year.",
        "Schools in three counties were closed on Monday.",
    ),
)

BRITISH45 = Style45(
    "british",
    (
        Role45(
            "the shadow health secretary",
            "shadow health secretary",
            ("shadow health secretary",),
            "the shadow health secretary",
        ),
        Role45(
            "the shadow housing minister",
            "shadow housing minister",
            ("shadow housing minister",),
            "the shadow minister",
        ),
        Role45(
            "the chief executive of the Northmoor Hospitals Trust",
            "Northmoor Hospitals Trust chief executive",
            ("chief executive", "Northmoor Hospitals Trust"),
            "the chief executive",
        ),
        Role45(
            "a senior lecturer in social policy at the University of Ashcombe",
            "University of Ashcombe lecturer",
            ("lecturer", "University of Ashcombe"),
            "the lecturer",
        ),
        Role45(
            "the general secretary of the Allied Nurses Union",
            "Allied Nurses Union general secretary",
            ("general secretary", "Allied Nurses Union"),
            "the general secretary",
        ),
        Role45(
            "the leader of Wexcombe borough council",
            "Wexcombe council leader",
            ("leader", "Wexcombe"),
            "the council leader",
        ),
    ),
    (
        "Patients are waiting longer for operations than at any point in a decade",
        "This government has run out of ideas and run out of time",
        "We were promised forty new hospitals and we have not seen one",
        "Nurses are leaving faster than we can train them",
        "The waiting lists will not come down until the wards are staffed",
        "Councils cannot keep filling the gaps that ministers leave behind",
        "Families in Wexcombe are paying more and getting less",
        "I have never seen morale on the wards as low as it is now",
        "The figures speak for themselves and ministers should listen",
        "Nobody goes into nursing for the money but they cannot live on goodwill",
    ),
    (
        "the waiting list had grown by half a million since the spring",
        "the trust would close two wards over the winter",
        "the housing target would be missed for a third year",
        "the pay offer was below the rate of inflation",
        "ministers had known about the shortfall for months",
        "the borough would have to sell its libraries",
    ),
    (
        ("the pay offer was", "an insult to every nurse in the country"),
        ("the housing plan was", "built on sand"),
        ("the winter plan had been", "drawn up on the back of an envelope"),
    ),
    (
        ("the budget", "a missed opportunity"),
        ("the ward closures", "a betrayal of patients"),
        ("the government's record", "indefensible"),
    ),
    (
        "The figures were published by the Office for Health Statistics on Thursday.",
        "Nurses in four regions have voted to strike next month.",
        "The borough has lost a third of its central government grant since 2015.",
        "Ministers are expected to publish the housing white paper in the autumn.",
    ),
)

CANADA45 = Style45(
    "canada",
    (
        Role45(
            "environment minister",
            "Environment Minister",
            ("environment minister",),
            "the minister",
        ),
        Role45(
            "executive director of the Boreal Rivers Alliance",
            "Boreal Rivers Alliance executive director",
            ("executive director", "Boreal Rivers Alliance"),
            "the executive director",
        ),
        Role45(
            "mayor of Lac-Sainte-Brigitte",
            "Lac-Sainte-Brigitte Mayor",
            ("mayor", "Lac-Sainte-Brigitte"),
            "the mayor",
        ),
        Role45(
            "a hydrologist at the University of Northern Kestrel",
            "University of Northern Kestrel hydrologist",
            ("hydrologist", "University of Northern Kestrel"),
            "the hydrologist",
        ),
        Role45(
            "fire information officer with the provincial wildfire service",
            "wildfire information officer",
            ("fire information officer",),
            "the officer",
        ),
        Role45(
            "president of the Kestrel Valley Cattle Association",
            "cattle association president",
            ("president",),
            "the president",
        ),
    ),
    (
        "The water in the lake has never been this low in living memory",
        "We have been asking for a proper treatment plant for twenty years",
        "The fire is about ten kilometres from town and the wind is not helping",
        "People are scared and they want to know when they can go home",
        "This is not a drought we can wait out",
        "The ranchers have sold half their herds already",
        "We need Ottawa at the table and not just on the phone",
        "The smoke has been so thick that the kids have not been outside in a week",
        "We are doing everything we can with the crews we have",
        "The river has changed and we have to change with it",
    ),
    (
        "the boil-water advisory could last into the new year",
        "the province would pay for a new water treatment plant",
        "the fire had grown to more than 12,000 hectares",
        "the evacuation order would stay in place through the weekend",
        "the drought had cut hay yields by half",
        "the band office had not been consulted about the dam",
    ),
    (
        ("the federal response had been", "painfully slow"),
        ("the new plant was", "a long time coming"),
        ("the water levels were", "unlike anything on record"),
    ),
    (
        ("the advisory", "a national embarrassment"),
        ("the funding", "a good first step"),
        ("the dam proposal", "a non-starter"),
    ),
    (
        "The boil-water advisory has been in place since 2011.",
        "More than 4,000 people have been told to leave their homes.",
        "Environment Canada is forecasting rain by the middle of next week.",
        "The province has declared a local state of emergency.",
    ),
)

BUSINESS45 = Style45(
    "business",
    (
        Role45(
            "chief executive of Vantor Logistics",
            "Vantor Logistics chief executive",
            ("chief executive", "Vantor Logistics"),
            "the chief executive",
        ),
        Role45(
            "the founder and chief executive of Kelpie Robotics",
            "Kelpie Robotics founder and chief executive",
            ("founder", "chief executive", "Kelpie Robotics"),
            "the founder",
        ),
        Role45(
            "an analyst at Greyhaven Securities",
            "Greyhaven Securities analyst",
            ("analyst", "Greyhaven Securities"),
            "the analyst",
        ),
        Role45(
            "chief financial officer of Marlin Foods",
            "Marlin Foods chief financial officer",
            ("chief financial officer", "Marlin Foods"),
            "the finance chief",
        ),
        Role45(
            "a portfolio manager at Oakmere Asset Management",
            "Oakmere Asset Management portfolio manager",
            ("portfolio manager", "Oakmere Asset Management"),
            "the portfolio manager",
        ),
        Role45(
            "the chairman and interim chief executive of Brightwater Mills",
            "Brightwater Mills chairman and interim chief executive",
            ("chairman", "Brightwater Mills"),
            "the chairman",
        ),
    ),
    (
        "We are not going to chase volume at the expense of margin",
        "The second half will be harder than the first",
        "Investors have stopped paying for growth that never turns into profit",
        "There is a price at which we would sell and this is not it",
        "Demand in Europe has held up better than we feared",
        "The deal makes sense on paper and very little sense in practice",
        "We have the balance sheet to ride this out",
        "Customers are trading down and that shows up in every line of the accounts",
        "Nobody wants to be the last buyer before the cycle turns",
        "The board looked at every option before agreeing to the sale",
    ),
    (
        "the company would cut about 1,200 jobs",
        "the offer valued the business at about $4.1 billion",
        "the two sides had been in talks since the spring",
        "the company expected margins to recover next year",
        "the bid would face a lengthy antitrust review",
        "the dividend would be held at last year's level",
    ),
    (
        ("the guidance looked", "heroic"),
        ("the takeover premium was", "on the rich side"),
        ("the quarter had been", "messy but not alarming"),
    ),
    (
        ("the offer", "opportunistic"),
        ("the results", "a clean beat"),
        ("the restructuring", "overdue"),
    ),
    (
        "Shares in the company fell 7 percent in early trading.",
        "The company reported revenue of $2.3 billion for the quarter.",
        "The deal is expected to close in the first half of next year.",
        "The stock has lost a third of its value since January.",
    ),
)

STYLES45 = (RECORD45, WIRE45, BRITISH45, CANADA45, BUSINESS45)

#: Relative clauses a US newspaper of record puts after an honorific (`Ms. SURNAME, who ..., said`).
RELATIVES45 = (
    "has lived in the town since 1998",
    "testified before the committee last year",
    "grew up two streets from the plant",
    "studied the river for more than a decade",
    "ran unsuccessfully for the State Senate in 2020",
)

#: Anonymous sources of a newspaper of record: the phrase, the names a key accepts, the clause of
#: anonymity (with {pron} for its pronoun) and the head noun of a later reference (`The official said`).
ANONYMOUS45 = (
    (
        "a senior administration official",
        ("senior administration official", "administration official", "official"),
        "who spoke on the condition of anonymity because {pron} was not authorized to discuss the matter"
        " publicly",
        "official",
    ),
    (
        "a congressional aide",
        ("congressional aide",),
        "who requested anonymity to describe private deliberations",
        "aide",
    ),
    (
        "a state official familiar with the negotiations",
        # (key fix: the phrase without its adjective, as the bare head is accepted)
        (
            "state official familiar with the negotiations",
            "state official",
            "official familiar with the negotiations",
        ),
        "who was granted anonymity because the talks were continuing",
        "official",
    ),
    (
        "a person briefed on the investigation",
        ("person briefed on the investigation",),
        "who spoke on the condition of anonymity because {pron} was not permitted to comment",
        "person",
    ),
)

#: Days of the week.
DAYS45 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Towns (US, British and Canadian).
TOWNS45 = ("Harlan Falls", "Glenhollow", "Marrow Creek", "Wexcombe", "Ashcombe", "Kestrel Bay", "Pine Ridge")

#: An invented wire agency (`told The Meridian Press`) and its staff (never speakers).
AGENCY45 = "The Meridian Press"
STAFF45 = ("Dolores Whitcombe", "Anders Kjelstad", "Priya Raman", "Tobias Fenn")

#: US party-state tags (real state abbreviations): party letter, state abbreviation, chamber abbreviation.
TAGS45 = (("D", "Ore.", "Sen."), ("R", "Ohio", "Rep."), ("D", "Mich.", "Rep."), ("R", "Ind.", "Sen."))

#: Documents a wire story cites (`according to court documents filed DAY`): the phrase and accepted names.
DOCUMENTS45 = (
    ("court documents filed {day}", ("court documents", "court documents filed {day}")),
    ("a police report released {day}", ("police report", "a police report released {day}")),
    ("a lawsuit filed {day} in federal court", ("lawsuit", "a lawsuit filed {day} in federal court")),
)

#: British broadcasters' programmes (`told Wessex Radio's Daybreak programme`).
PROGRAMMES45 = (
    "Wessex Radio's Daybreak programme",
    "Channel Nine's Sunday Briefing",
    "Tidemark FM's Breakfast programme",
    "the Albion Broadcasting Corporation's World at Six",
)

#: British unnamed sources with their affiliation: the phrase, and the names a key accepts.
BRITISH_SOURCES45 = (
    ("A Harcourt Place source", ("Harcourt Place source", "source")),
    ("A senior Treasury source", ("senior Treasury source", "Treasury source", "source")),
    ("A source close to the health secretary", ("source close to the health secretary", "source")),
    (
        "A spokesperson for the Department for Rivers and Coasts",
        (
            "spokesperson for the Department for Rivers and Coasts",
            "spokesperson",
            "Department for Rivers and Coasts",
        ),
    ),
)

#: Committees a British MP chairs (`NAME, who chairs the X committee, said`).
COMMITTEES45 = ("health select committee", "public accounts committee", "housing select committee")

#: A Canadian public broadcaster (invented) and the cities of its interviews.
BROADCASTER45 = "Polaris News"
CITIES45 = ("Thunder Cove", "Kestrel Bay", "Saint-Aubin", "Fort Wapiti", "Lac-Sainte-Brigitte")

#: Premiers and ministers of an invented province (as Canadian broadcast style writes them).
PROVINCE45 = "Northern Kestrel"

#: Firms whose names look like people's, what they are (an apposition), its noun, and the person's name
#: the firm's name looks like (never a speaker).
FIRMS45 = (
    ("Hartwell & Sons", "the family-owned steel fabricator", "steel fabricator", "Hartwell"),
    ("Morgan Dunne LLP", "the law firm advising the board", "law firm", "Morgan Dunne"),
    ("Abbott Kerrigan Partners", "the private equity group", "private equity group", "Abbott Kerrigan"),
    ("Pemberton Vale & Co.", "the brokerage", "brokerage", "Pemberton Vale"),
    ("Lucas Ferrante Holdings", "the largest shareholder", "shareholder", "Lucas Ferrante"),
)

#: Banks and brokerages for analysts' notes.
BANKS45 = ("Greyhaven Securities", "Cobalt Street Partners", "Halvard Bank", "Ridgeline Capital")

#: Invented works (titles in marks nobody says): kind and title.
WORKS45 = (
    ("documentary", "The River Knows"),
    ("memoir", "Ashes on the Line"),
    ("podcast", "Margin Call Monday"),
    ("novel", "A House in Glenhollow"),
    ("play", "The Night Shift"),
)

#: Nicknames in marks.
NICKNAMES45 = ("the Fixer", "Ace", "the Professor", "Sunny")

#: Scare terms in marks.
SCARE45 = ("rightsizing", "efficiencies", "temporary", "consultation", "modernisation")
