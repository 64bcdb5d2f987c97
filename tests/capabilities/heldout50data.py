"""Slot fillers of the fiftieth held-out round (``heldout50.py``), a round of ENGLISH NEWS FROM AROUND THE
WORLD: invented people of Telugu, Tamil, Punjabi, Bengali, Sindhi, Yoruba, Igbo, Hausa, Akan, Kikuyu, Zulu,
Tagalog, Irish, Scottish and Welsh origin (with their gender and an age), people whose names must be kept
whole (initials, hyphens, particles such as
*ap*, *Ó*, *Ní*, *dela*, *du*, *bin* and *binti*, *Jr.*, apostrophes,
surname-first Singaporean names), straight and curly double marks and British single marks, roles and bodies
in the house conventions of seven regions' English-language press (South Asian, Nigerian and Ghanaian, East
and Southern African, British and Irish, Australian and New Zealand, Canadian and Caribbean, Southeast Asian)
with the short reference a story uses later, honorifics written before a name (never part of it), invented
newspapers and broadcasters with their staff, datelines, slogans and scare terms nobody says, quotations,
reported clauses and narrative sentences.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented (the names of real countries, states, provinces and public broadcasters are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS50 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
#: British and Irish single marks, curly and straight.
SINGLES50 = (Mark("\u2018", "\u2019"), Mark("'", "'"))
ALLMARKS50 = (*MARKS50, SINGLES50[0])

WOMEN50 = (
    Person("Sravani Kondapalli", "Kondapalli", "f", "Telugu", 41),
    Person("Kavitha Ilangovan", "Ilangovan", "f", "Tamil", 47),
    Person("Harleen Grewal", "Grewal", "f", "Punjabi", 38),
    Person("Moumita Chakraborty", "Chakraborty", "f", "Bengali", 44),
    Person("Sadia Memon", "Memon", "f", "Sindhi", 39),
    Person("Folasade Adeyemi", "Adeyemi", "f", "Yoruba", 46),
    Person("Chiamaka Obiora", "Obiora", "f", "Igbo", 37),
    Person("Hauwa Bello", "Bello", "f", "Hausa", 42),
    Person("Akosua Mensah", "Mensah", "f", "Akan", 40),
    Person("Wanjiru Kamau", "Kamau", "f", "Kikuyu", 45),
    Person("Thandeka Mkhize", "Mkhize", "f", "Zulu", 43),
    Person("Rowena Bautista", "Bautista", "f", "Tagalog", 50),
    Person("Aoife Brennan", "Brennan", "f", "Irish", 39),
    Person("Morag Sinclair", "Sinclair", "f", "Scottish", 52),
    Person("Gwenllian Pritchard", "Pritchard", "f", "Welsh", 48),
)

MEN50 = (
    Person("Venkatesh Nallamothu", "Nallamothu", "m", "Telugu", 56),
    Person("Senthil Murugesan", "Murugesan", "m", "Tamil", 52),
    Person("Gurdeep Dhillon", "Dhillon", "m", "Punjabi", 49),
    Person("Arindam Bhattacharjee", "Bhattacharjee", "m", "Bengali", 58),
    Person("Imran Soomro", "Soomro", "m", "Sindhi", 51),
    Person("Babatunde Olawale", "Olawale", "m", "Yoruba", 55),
    Person("Emeka Nwachukwu", "Nwachukwu", "m", "Igbo", 50),
    Person("Aminu Danladi", "Danladi", "m", "Hausa", 57),
    Person("Kwabena Asamoah", "Asamoah", "m", "Akan", 48),
    Person("Njoroge Mwangi", "Mwangi", "m", "Kikuyu", 53),
    Person("Sipho Zungu", "Zungu", "m", "Zulu", 47),
    Person("Ramil Villanueva", "Villanueva", "m", "Tagalog", 44),
    Person("Cathal Moloney", "Moloney", "m", "Irish", 54),
    Person("Callum Gillies", "Gillies", "m", "Scottish", 46),
    Person("Rhodri Llewellyn", "Llewellyn", "m", "Welsh", 50),
)

PEOPLE50 = tuple(p for pair in zip(WOMEN50, MEN50, strict=True) for p in pair)


@frozen
class Named50:
    """A person whose name a careful reader keeps whole: the name as written, the names a key accepts, the
    reference an editor uses later (surname, or the given names where the press uses them) and the gender."""

    written: str
    accepted: tuple[str, ...]
    last: str
    gender: str


NAMED50 = (
    Named50("K. Srinivasa Varma", ("K. Srinivasa Varma", "K Srinivasa Varma"), "Varma", "m"),
    Named50(
        "M.K. Thirunavukkarasu", ("M.K. Thirunavukkarasu", "M. K. Thirunavukkarasu"), "Thirunavukkarasu", "m"
    ),
    Named50("Rukhsana Abbasi-Qureshi", ("Rukhsana Abbasi-Qureshi",), "Abbasi-Qureshi", "f"),
    Named50("Oluwaseun Adeyemi-Bankole", ("Oluwaseun Adeyemi-Bankole",), "Adeyemi-Bankole", "f"),
    Named50("Chukwuemeka Obi-Okafor", ("Chukwuemeka Obi-Okafor",), "Obi-Okafor", "m"),
    Named50("Adwoa Darko-Frimpong", ("Adwoa Darko-Frimpong",), "Darko-Frimpong", "f"),
    Named50("Pieter du Plessis", ("Pieter du Plessis",), "du Plessis", "m"),
    Named50(
        "Jose Maria dela Paz Jr.", ("Jose Maria dela Paz Jr.", "Jose Maria dela Paz Jr"), "dela Paz", "m"
    ),
    Named50("Siti Zubaidah binti Kassim", ("Siti Zubaidah binti Kassim",), "Siti Zubaidah", "f"),
    Named50("Muhammad Faizal bin Rosli", ("Muhammad Faizal bin Rosli",), "Muhammad Faizal", "m"),
    Named50("Tan Hui Ling", ("Tan Hui Ling",), "Tan", "f"),
    Named50("Seán Ó Briain", ("Seán Ó Briain",), "Ó Briain", "m"),
    Named50("Niamh Ní Fhlatharta", ("Niamh Ní Fhlatharta",), "Ní Fhlatharta", "f"),
    Named50("Dafydd ap Rhys", ("Dafydd ap Rhys",), "ap Rhys", "m"),
    Named50("Kylie O'Donoghue", ("Kylie O'Donoghue",), "O'Donoghue", "f"),
    Named50("Delroy Campbell-Brown", ("Delroy Campbell-Brown",), "Campbell-Brown", "m"),
)


@frozen
class Role50:
    """A role as a region's press writes it: the title (no article; after the name between commas, or before
    it), the article it takes after a name in that press (`` or `the `), the parts a title must hold and the
    short reference a story uses later (`the minister`)."""

    title: str
    art: str
    parts: tuple[str, ...]
    short: str


#: South Asian press (India, Pakistan, Bangladesh): capitalised titles, bodies with acronyms in brackets.
ROLES_SA = (
    Role50("Chief Minister of Kondavalli", "", ("Chief Minister", "Kondavalli"), "the Chief Minister"),
    Role50(
        "Union Minister of State for Railways", "", ("Minister of State", "Railways"), "the Union Minister"
    ),
    Role50(
        "Superintendent of Police (SP) of Raghavpur district",
        "",
        ("Superintendent of Police", "Raghavpur"),
        "the SP",
    ),
    Role50(
        "Deputy Commissioner of Sonegaon", "", ("Deputy Commissioner", "Sonegaon"), "the Deputy Commissioner"
    ),
    Role50(
        "spokesperson of the Lok Jan Morcha (LJM)", "", ("spokesperson", "Lok Jan Morcha"), "the spokesperson"
    ),
    Role50(
        "Commissioner of the Greater Vellaram Municipal Corporation (GVMC)",
        "",
        ("Commissioner", "Greater Vellaram Municipal Corporation"),
        "the Commissioner",
    ),
    Role50(
        "chairman of the Doaba Cane Growers Federation (DCGF)",
        "",
        ("chairman", "Doaba Cane Growers Federation"),
        "the chairman",
    ),
    Role50(
        "Provincial Minister for Irrigation of Mehranabad",
        "",
        ("Minister for Irrigation", "Mehranabad"),
        "the Provincial Minister",
    ),
    Role50(
        "Vice-Chancellor of Padmapuram University", "", ("Vice-Chancellor", "Padmapuram University"), "the VC"
    ),
)

#: Nigerian and Ghanaian press: long capitalised titles, comma-style committee titles.
ROLES_NG = (
    Role50("Governor of Oru State", "", ("Governor", "Oru State"), "the governor"),
    Role50(
        "Chairman, House Committee on Works", "", ("Chairman", "House Committee on Works"), "the lawmaker"
    ),
    Role50(
        "Commissioner for Health in Okeji State",
        "",
        ("Commissioner for Health", "Okeji State"),
        "the commissioner",
    ),
    Role50(
        "Director-General of the National Roads Maintenance Agency (NARMA)",
        "",
        ("Director-General", "National Roads Maintenance Agency"),
        "the Director-General",
    ),
    Role50(
        "President of the Amalgamated Union of Market Traders (AUMT)",
        "",
        ("President", "Amalgamated Union of Market Traders"),
        "the union leader",
    ),
    Role50("Member of Parliament for Asuboa West", "", ("Member of Parliament", "Asuboa West"), "the MP"),
    Role50("Municipal Chief Executive of Koforadu", "", ("Municipal Chief Executive", "Koforadu"), "the MCE"),
    Role50(
        "Chairman, Senate Committee on Aviation",
        "",
        ("Chairman", "Senate Committee on Aviation"),
        "the senator",
    ),
    Role50(
        "Executive Secretary of the Cocoa Farmers Council (CFC)",
        "",
        ("Executive Secretary", "Cocoa Farmers Council"),
        "the Executive Secretary",
    ),
)

#: East and Southern African press.
ROLES_EA = (
    Role50("Cabinet Secretary for Water", "the ", ("Cabinet Secretary", "Water"), "the Cabinet Secretary"),
    Role50("MP for Kiamboni", "the ", ("MP", "Kiamboni"), "the MP"),
    Role50("Governor of Lamuru County", "the ", ("Governor", "Lamuru County"), "the governor"),
    Role50(
        "chief executive of the Kirimo Basin Water Authority",
        "the ",
        ("chief executive", "Kirimo Basin Water Authority"),
        "the chief executive",
    ),
    Role50(
        "Regional Commissioner for Kisiwani",
        "the ",
        ("Regional Commissioner", "Kisiwani"),
        "the commissioner",
    ),
)
ROLES_ZA = (
    Role50(
        "MEC for Health in the Eastern Highveld", "the ", ("MEC for Health", "Eastern Highveld"), "the MEC"
    ),
    Role50(
        "spokesperson for the Umzimvelo Municipality",
        "the ",
        ("spokesperson", "Umzimvelo Municipality"),
        "the spokesperson",
    ),
    Role50("executive mayor of Dwarsrivier", "the ", ("executive mayor", "Dwarsrivier"), "the mayor"),
    Role50(
        "provincial commissioner of the Eastern Highveld police",
        "the ",
        ("provincial commissioner", "Eastern Highveld"),
        "the commissioner",
    ),
    Role50(
        "general secretary of the Amalgamated Mineworkers Union",
        "the ",
        ("general secretary", "Amalgamated Mineworkers Union"),
        "the general secretary",
    ),
)

#: British and Irish press.
ROLES_UK = (
    Role50("MSP for Glenmorven", "the ", ("MSP", "Glenmorven"), "the MSP"),
    Role50("MEP for Severnside", "the ", ("MEP", "Severnside"), "the MEP"),
    Role50("leader of Carnbridge Council", "the ", ("leader", "Carnbridge Council"), "the council leader"),
    Role50(
        "chief constable of Wexmoor Police",
        "the ",
        ("chief constable", "Wexmoor Police"),
        "the chief constable",
    ),
    Role50("manager of Holmford Rovers", "the ", ("manager", "Holmford Rovers"), "the manager"),
    Role50("MP for Aldwick and Thorne", "the ", ("MP", "Aldwick and Thorne"), "the MP"),
)
ROLES_IE = (
    Role50("TD for Ballinmore South", "the ", ("TD", "Ballinmore South"), "the TD"),
    Role50("Minister for Housing", "the ", ("Minister for Housing",), "the minister"),
    Role50(
        "chief executive of Cairnlough County Council",
        "the ",
        ("chief executive", "Cairnlough County Council"),
        "the chief executive",
    ),
    Role50(
        "Garda Superintendent in Drumcarra", "the ", ("Superintendent", "Drumcarra"), "the superintendent"
    ),
    Role50(
        "chair of the Irish Hill Farmers Association",
        "the ",
        ("chair", "Irish Hill Farmers Association"),
        "the chair",
    ),
)

#: Australian and New Zealand press.
ROLES_AU = (
    Role50("Premier of New South Wales", "the ", ("Premier", "New South Wales"), "the Premier"),
    Role50("state MP for Bellarine Heights", "the ", ("state MP", "Bellarine Heights"), "the MP"),
    Role50("Senator for Queensland", "the ", ("Senator", "Queensland"), "the senator"),
    Role50("Minister for Water", "the ", ("Minister for Water",), "the minister"),
    Role50(
        "iwi spokesperson for Ngāti Whakarau", "the ", ("spokesperson", "Ngāti Whakarau"), "the spokesperson"
    ),
    Role50("mayor of Tauranui", "the ", ("mayor", "Tauranui"), "the mayor"),
    Role50(
        "chief executive of Coastline Rail",
        "the ",
        ("chief executive", "Coastline Rail"),
        "the chief executive",
    ),
)

#: Canadian and Caribbean press.
ROLES_CA = (
    Role50("MLA for Kettle Ridge", "the ", ("MLA", "Kettle Ridge"), "the MLA"),
    Role50("MPP for Lakeshore North", "the ", ("MPP", "Lakeshore North"), "the MPP"),
    Role50("Minister of Health", "the ", ("Minister of Health",), "the minister"),
    Role50("Opposition Leader", "the ", ("Opposition Leader",), "the Opposition Leader"),
    Role50(
        "Member of Parliament for Clarendon Hills",
        "the ",
        ("Member of Parliament", "Clarendon Hills"),
        "the MP",
    ),
    Role50("Premier of Nova Scotia", "the ", ("Premier", "Nova Scotia"), "the Premier"),
    Role50("mayor of Port Albury", "the ", ("mayor", "Port Albury"), "the mayor"),
)

#: Southeast Asian press (Malaysia, Singapore, the Philippines).
ROLES_SEA = (
    Role50(
        "Secretary of the Department of Coastal Affairs",
        "",
        ("Secretary", "Department of Coastal Affairs"),
        "the Secretary",
    ),
    Role50(
        "Undersecretary for Labour Relations",
        "",
        ("Undersecretary", "Labour Relations"),
        "the Undersecretary",
    ),
    Role50(
        "state executive councillor for Housing",
        "",
        ("state executive councillor", "Housing"),
        "the councillor",
    ),
    Role50(
        "chairman of the Kuala Lebir Port Authority",
        "",
        ("chairman", "Kuala Lebir Port Authority"),
        "the chairman",
    ),
    Role50("mayor of San Isidro del Mar", "", ("mayor", "San Isidro del Mar"), "the mayor"),
    Role50("Minister of State for Transport", "", ("Minister of State", "Transport"), "the minister"),
)

#: Honorifics a region's press writes before a name (never part of the name).
HON_SA = ("Shri", "Dr.", "Smt.")
HON_NG = ("Alhaji", "Chief", "Hon.", "Engr.", "Barr.", "Comrade", "Dr.")
HON_SEA = ("Datuk", "Tan Sri", "Dr.", "Datuk Seri")

#: Outlets (never speakers): region -> (outlet as written after `told`, outlet's bare name).
OUTLETS50 = {
    "sa": ("the Deccan Sentinel", "Deccan Sentinel"),
    "ng": ("the Lagos Ledger", "Lagos Ledger"),
    "ea": ("the Daily Clarion", "Daily Clarion"),
    "za": ("the Highveld Mercury", "Highveld Mercury"),
    "uk": ("the BBC", "BBC"),
    "ie": ("RTÉ's Morning Ireland", "RTÉ"),
    "au": ("ABC radio", "ABC"),
    "nz": ("RNZ", "RNZ"),
    "ca": ("CBC News", "CBC"),
    "jm": ("the Kingston Observer", "Kingston Observer"),
    "sea": ("the Straits Ledger", "Straits Ledger"),
}

#: Datelines of each region (never speakers, never inside a quotation).
DATELINES50 = (
    "NEW DELHI: ",
    "HYDERABAD: ",
    "ABUJA \u2014 ",
    "ACCRA, Ghana \u2014 ",
    "NAIROBI, Kenya \u2014 ",
    "JOHANNESBURG \u2014 ",
    "KUALA LUMPUR: ",
    "MANILA, Philippines \u2014 ",
)

#: Staff writers of bylines (never speakers).
STAFF50 = ("Lakshmi Pattabhiraman", "Tunde Ogunleye", "Brid Kavanagh", "Wanjiku Gitau", "Farah Aziz")

#: Quotations (a sentence without its final stop; none holds a contraction, a name or a mark).
QUOTES50 = (
    "The flyover will be opened to traffic before the monsoon",
    "Our farmers cannot wait another season for this money",
    "The state will not tolerate any attack on health workers",
    "Every ward in this district will have clean water by December",
    "We have done our part and the contractors must now do theirs",
    "The hospital is short of nurses on every single shift",
    "This budget was written for ordinary families",
    "We will not be intimidated by anybody in this matter",
    "The police acted within the law at all times",
    "There is no money set aside for the new road",
    "The boys played with real heart in the second half",
    "Nobody will be evicted without proper notice",
    "We are asking the government to come to the table",
    "The investigation is ongoing and nobody is above the law",
    "Our schools need teachers more than they need new buildings",
    "The port has never handled this much cargo in a single month",
)

#: Reported clauses (no final stop).
CLAUSES50 = (
    "the work on the bypass would be completed by March",
    "the state had released the funds for the flood victims",
    "no arrests had been made so far",
    "the price of fuel would not be raised this year",
    "the hospital would stay open through the strike",
    "the contractor had been asked to explain the delay",
    "the new curriculum would be introduced in all public schools",
    "the union would call off the strike if its demands were met",
    "the market would be rebuilt within six months",
    "the court had been misled by the prosecution",
    "the ferry service would resume on Monday",
    "the council had failed the residents of the estate",
)

#: Pointed fragments of a mixed quotation and what they were said about.
FRAGS50 = (
    ("the budget", "anti-people"),
    ("the verdict", "a victory for the poor"),
    ("the new levy", "daylight robbery"),
    ("the report", "a whitewash"),
    ("the merger", "a disaster waiting to happen"),
    ("the decision", "long overdue"),
)

#: Narrative sentences nobody says.
NARRATIVE50 = (
    "The meeting was held at the district headquarters.",
    "Hundreds of traders had gathered outside the market since morning.",
    "The bill was passed after a heated debate in the House.",
    "Several roads in the city were flooded after the overnight rain.",
    "The hearing was adjourned until next week.",
    "The match was played in front of a full stadium.",
    "Residents had complained about the water supply for months.",
)

#: Slogans on banners and placards, and scare terms (nobody's words).
SLOGANS50 = ("No Water, No Vote", "Save Our Market", "Justice for the Miners", "Roads Not Promises")
SCARE50 = ("development", "consultation", "temporary", "reform")

#: Towns and events for `on the sidelines of` and `at`.
EVENTS50 = (
    "the Asean transport ministers' meeting",
    "the national cooperatives congress",
    "a ground-breaking ceremony in Kuala Lebir",
    "the Pacific ports summit",
)
TOWNS50 = ("Kondavalli", "Oru", "Kiamboni", "Glenmorven", "Tauranui", "Port Albury", "San Isidro del Mar")
DAYS50 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
