"""Slot fillers of the twelfth held-out round (``heldout12.py``): people of many name shapes
(initials, `Jr.` and `III`, `O'`/`Mc`, Spanish double surnames, East Asian names written surname
first, hyphens), campaign and government roles, bodies, places, quotations, clauses, reporting
verbs, social-media cues, slogans and titles of bills and books, that no development template or
earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented (the places, and the White House and the State Department, are real).
"""

from __future__ import annotations

from capdata import _p

WOMEN12 = (
    _p("Marisol Quintero Abad", "Quintero", "f", "Spanish double"),
    _p("Harriet O'Rourke", "O'Rourke", "f", "O'"),
    _p("Seo Yun-hee", "Seo", "f", "surname first"),
    _p("C.J. Vanterpool", "Vanterpool", "f", "initials"),
    _p("Delphine Ashcombe-Reyes", "Ashcombe-Reyes", "f", "hyphenated"),
    _p("Ingrid McTavish", "McTavish", "f", "Mc"),
    _p("Loretta Bramwell", "Bramwell", "f", "plain"),
    _p("Yetunde Akinsanya", "Akinsanya", "f", "non-Anglo"),
    _p("Rosalba Ferrante", "Ferrante", "f", "plain"),
    _p("Annelise Grubb", "Grubb", "f", "plain"),
)
MEN12 = (
    _p("Wendell P. Hargrove Jr.", "Hargrove", "m", "suffix Jr."),
    _p("Thaddeus Kimbrough III", "Kimbrough", "m", "suffix III"),
    _p("Liang Zhiwei", "Liang", "m", "surname first"),
    _p("R.T. Okonkwo-Bell", "Okonkwo-Bell", "m", "initials hyphenated"),
    _p("Desmond McCreery", "McCreery", "m", "Mc"),
    _p("Joaquín Salcedo Ibarra", "Salcedo", "m", "Spanish double"),
    _p("Barnaby O'Keeffe", "O'Keeffe", "m", "O'"),
    _p("Emmett Strand", "Strand", "m", "plain"),
    _p("Kofi Appiah-Danquah", "Appiah-Danquah", "m", "hyphenated"),
    _p("Garrison Voight", "Voight", "m", "plain"),
)
PEOPLE12 = tuple(p for pair in zip(WOMEN12, MEN12, strict=True) for p in pair)

PLACES12 = (
    "Dayton",
    "Scranton",
    "Green Bay",
    "Sioux City",
    "Tallahassee",
    "Flagstaff",
    "Erie",
    "Macon",
    "Grand Rapids",
    "Reno",
)

DAYS12 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Direct quotations, no final punctuation.
QUOTES12 = (
    "We are going to win this state, and we are going to win it by knocking on doors",
    "Nobody in this room asked for a tax increase, and nobody is going to get one",
    "I have voted against that bill twice and I would do it again",
    "The people of this district deserve a representative who shows up",
    "That is not a plan, that is a press release",
    "We will release the full budget when the numbers are final",
    "I never met the man, and I have said so from the beginning",
    "Our polling shows a dead heat in the suburbs",
    "The governor has had four years to fix the roads and has fixed none of them",
    "Every vote will be counted, whatever it takes and however long",
    "This administration does not negotiate with a gun to its head",
    "The senator has been clear about where she stands on the pipeline",
    "I would not be running if I thought the race was already over",
    "We raised more money in October than in the whole of the summer",
    "Farmers here cannot wait another season for the trade deal",
    "There will be no government shutdown on my watch",
    "The mayor owes the city an apology and a straight answer",
    "We expect the committee to vote before the recess",
    "I am proud of the campaign we ran in every county",
    "Nobody should have to choose between rent and insulin",
    "The ad is misleading and the station should pull it",
    "The numbers simply do not add up for working families",
)

#: Second halves of split quotations, capitalised, no final punctuation.
SECONDS12 = (
    "We have done it before and we will do it again",
    "That is what the voters told us in the spring",
    "I do not expect that to change before November",
    "Ask anyone at the county fair and they will say the same",
    "The rest is up to the legislature",
    "We will have more to say after the debate",
    "My opponent knows that as well as I do",
    "It is as simple as that",
)

#: Reported clauses, lower case, no final punctuation.
CLAUSES12 = (
    "the state would run out of road money by the spring",
    "the campaign had hired no lobbyists",
    "the vote on the farm bill would slip into December",
    "turnout among young voters was higher than in 2012",
    "the governor had known about the audit for months",
    "the party would not endorse a candidate before the primary",
    "the new districts were drawn to protect incumbents",
    "the shutdown had cost the county nearly $4 million",
    "the senator would not seek a third term",
    "the administration had no plans to reopen the talks",
    "the ballots in two precincts had been printed with errors",
    "the debate schedule favoured the front-runner",
    "the plant in Lorain would stay open through next year",
    "the bill would raise premiums for older drivers",
)

#: (past form, that optional?) for indirect reports beyond `said`.
REPORT_VERBS12 = (
    ("insisted", True),
    ("acknowledged", True),
    ("conceded", True),
    ("predicted", True),
    ("suggested", True),
    ("argued", True),
    ("warned", False),
    ("maintained", True),
    ("noted", True),
    ("contended", True),
)

#: Adverbials that sit between a reporting verb and its `that`.
ADVERBIALS12 = (
    "on Tuesday",
    "in an interview",
    "in a brief phone call",
    "repeatedly",
    "during a town hall meeting in Erie",
    "at a news conference on Friday",
    "late on Wednesday",
    "in a radio interview",
)

#: (phrase before the name, title to key): party and nominee titles.
PARTY_TITLES12 = (
    ("the Republican nominee", "Republican nominee"),
    ("the Democratic nominee for governor", "Democratic nominee for governor"),
    ("the Democratic senator from Vermont", "Democratic senator from Vermont"),
    ("the Republican House member from Ohio", "Republican House member from Ohio"),
    ("the Libertarian candidate for president", "Libertarian candidate for president"),
    ("the House minority leader", "House minority leader"),
    ("the Republican candidate for attorney general", "Republican candidate for attorney general"),
    ("the Democratic state party chair", "Democratic state party chair"),
)

#: (prefix role in apposition, title to key): acting / interim / deputy / former / vice.
QUALIFIED_TITLES12 = (
    ("the former secretary of state", "former secretary of state"),
    ("the acting director of the budget office", "acting director of the budget office"),
    ("the interim superintendent of schools", "interim superintendent of schools"),
    ("a deputy mayor of Reno", "deputy mayor of Reno"),
    ("the vice chairman of the county commission", "vice chairman of the county commission"),
    ("a former governor of Iowa", "former governor of Iowa"),
    ("the deputy national security adviser", "deputy national security adviser"),
    ("the acting labor secretary", "acting labor secretary"),
    ("a former White House counsel", "former White House counsel"),
)

#: Capitalised premodifying titles (the title keyed as written, or its lower-case form).
PRE_TITLES12 = (
    "Acting Attorney General",
    "Former Gov.",
    "Deputy Secretary of State",
    "Interim Police Chief",
    "Vice President",
    "Former Rep.",
)

#: (phrase, title): an affiliation before the role or a `who is` relative.
AFFIL_TITLES12 = (
    ("the Treasury's top economist", "Treasury's top economist"),
    ("the campaign's chief strategist", "campaign's chief strategist"),
    ("the union's political director", "union's political director"),
    ("the county's elections supervisor", "county's elections supervisor"),
    ("the party's finance chairman", "party's finance chairman"),
    ("the governor's budget director", "governor's budget director"),
)

#: Two roles joined by `and` (title keyed by its first role).
TWO_ROLES12 = (
    ("the mayor of Macon and a longtime party fundraiser", "mayor of Macon"),
    ("a state senator and a former prosecutor", "state senator"),
    ("the campaign manager and a cousin of the candidate", "campaign manager"),
    ("a pollster and a professor at Carrow College", "pollster"),
)

#: Bodies that speak: (as written, canonical, later pronoun).
BODIES12 = (
    ("the White House", "White House", "it"),
    ("the State Department", "State Department", "it"),
    ("the Ohio Republican Party", "Ohio Republican Party", "it"),
    ("the Marlowe Teachers Federation", "Marlowe Teachers Federation", "it"),
    ("the Coalition for Rural Broadband", "Coalition for Rural Broadband", "it"),
    ("the Public Integrity Commission", "Public Integrity Commission", "it"),
    ("Senate Democrats", "Senate Democrats", "they"),
    ("House Republicans", "House Republicans", "they"),
)

#: Social-media and statement cues after a quotation (the speaker's pronoun replaces HIS).
POSTED12 = (
    "wrote on Facebook",
    "posted on X",
    "tweeted",
    "said in a statement released by {his} campaign",
    "wrote in a post on Instagram",
    "said in a video posted to {his} campaign's website",
    "said in a fundraising email",
)

#: Slogans, bills, books, films and so-called words (in marks, nobody speaks).
NOT_QUOTES12 = (
    "Supporters waved signs reading {q} outside the arena in {place}.",
    "The House passed the {q} bill on {day} by a vote of 231 to 190.",
    "Her memoir, {q}, spent six weeks on the bestseller list.",
    "The documentary {q} opens in {place} next month.",
    "The measure, known as the {q}, cleared the Senate in {place} on {day}.",
    "The so-called {q} rule would cap donations at $500.",
    "The phrase {q} appears fourteen times in the party platform.",
    "Volunteers handed out buttons printed with {q} before the rally in {place}.",
)
NOT_QUOTE_WORDS12 = (
    "Back to Basics",
    "Clean Water for Every Town Act",
    "Roads First",
    "Fair Ballots Now",
    "Promises Kept",
    "bridge to nowhere",
    "mandate",
    "Hometown Jobs",
)

#: Anonymous sources: (phrase as written, accepted speaker readings).
ANONYMOUS12 = (
    (
        "a senior administration official",
        ("senior administration official", "a senior administration official", "official"),
    ),
    ("a campaign aide", ("campaign aide", "aide")),
    (
        "a Republican strategist close to the campaign",
        ("Republican strategist close to the campaign", "Republican strategist", "strategist"),
    ),
    ("a congressional staffer", ("congressional staffer", "staffer")),
    ("a State Department official", ("State Department official", "official")),
)
ANON_REASONS12 = (
    "who spoke on condition of anonymity",
    "who spoke on condition of anonymity because the talks were private",
    "who asked not to be named because he was not authorized to speak publicly",
    "who requested anonymity to discuss internal deliberations",
)

#: `according to` unnamed sources: (as written, accepted shorter reading).
FAMILIAR12 = (
    ("two people familiar with the matter", "people familiar with the matter"),
    ("three people briefed on the talks", "people briefed on the talks"),
    ("several officials familiar with the plan", "officials familiar with the plan"),
)
