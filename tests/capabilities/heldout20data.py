"""Slot fillers of the twentieth held-out round (``heldout20.py``): invented people of Ethiopian
(Amharic), Tamil, Korean, Georgian, Basque, Czech, Kenyan (Kikuyu and Luo), Chilean, Greek and Scottish
Gaelic origin in many name shapes (a hyphen, an initial before the given name, a family name first,
Spanish double surnames, a middle name, `Nic`/`Mac` patronymics, single names, names ending in -an and
-in, diacritics), quotation marks, open-class cue verbs, quotations and clauses of lighthouse keeping,
tram networks, glaciology, brewing, hospice care, chess federations, salt works, radio astronomy,
postal unions and sea diving, roles with their bodies, unusual role nouns, place-modified titles,
unnamed groups, subjects whose plural nouns look like verbs, names of works, slogans and products,
documents, datelines, bylines and interview exchanges, that no development template or earlier
held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person20:
    """An invented person: full name, the name used after an honorific, gender (`f`/`m`) and the
    name shape (for reading the templates)."""

    full: str
    last: str
    gender: str
    shape: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def honorific(self) -> str:
        """`Ms` or `Mr`."""
        return "Ms" if self.gender == "f" else "Mr"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Yoon`, `Mr Murugan`, or a single name."""
        if self.shape == "single":
            return self.full
        return f"{self.honorific} {self.last}"


@frozen
class Mark20:
    """A pair of quotation marks; ``curly`` marks take curly apostrophes inside."""

    open: str
    close: str

    @property
    def curly(self) -> bool:
        """Whether the marks are typographic (then apostrophes are `’`)."""
        return self.open in "“‘"

    def q(self, text: str) -> str:
        """*text* between the marks, its apostrophes matching the marks' style."""
        if self.curly:
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"

    def title(self, text: str) -> str:
        """*text* (the name of a work, a slogan or a product) between double marks of this style."""
        return f"“{text}”" if self.curly else f'"{text}"'


DOUBLE20 = (Mark20('"', '"'), Mark20("“", "”"))
SINGLE20 = (Mark20("'", "'"), Mark20("‘", "’"))
MARKS20 = DOUBLE20 + SINGLE20

WOMEN20 = (
    Person20("Meseret Haile-Mariam", "Haile-Mariam", "f", "hyphen, Amharic"),
    Person20("R. Kalaivani", "Kalaivani", "f", "initial first, Tamil"),
    Person20("Yoon Ha-eun", "Yoon", "f", "family name first, Korean"),
    Person20("Nino Kharaishvili", "Kharaishvili", "f", "Georgian"),
    Person20("Maite Etxeberria Urrutia", "Etxeberria", "f", "double surname, Basque"),
    Person20("Zdeňka Procházková", "Procházková", "f", "diacritics, Czech"),
    Person20("Nyokabi Wairimu Macharia", "Macharia", "f", "middle name, Kikuyu"),
    Person20("Akinyi Owuor", "Owuor", "f", "Luo"),
    Person20("Francisca Riquelme Pavez", "Riquelme", "f", "double surname, Chilean"),
    Person20("Vasiliki Karamanlidou", "Karamanlidou", "f", "Greek"),
    Person20("Catrìona NicIlleathain", "NicIlleathain", "f", "Nic patronymic, -ain, Scottish Gaelic"),
    Person20("Tsehay", "Tsehay", "f", "single"),
)

MEN20 = (
    Person20("Dawit Gebremedhin", "Gebremedhin", "m", "-in, Amharic"),
    Person20("S. Murugan", "Murugan", "m", "initial first, -an, Tamil"),
    Person20("Gwak Seung-min", "Gwak", "m", "family name first, Korean"),
    Person20("Levan Tsiklauri", "Tsiklauri", "m", "-an given name, Georgian"),
    Person20("Iñaki Garaikoetxea", "Garaikoetxea", "m", "Basque"),
    Person20("Vojtěch Šťastný", "Šťastný", "m", "diacritics, Czech"),
    Person20("Gitau Kinyanjui", "Kinyanjui", "m", "Kikuyu"),
    Person20("Ouma Ogola", "Ogola", "m", "Luo"),
    Person20("Matías Contreras Quezada", "Contreras", "m", "double surname, Chilean"),
    Person20("Stavros Triantafyllopoulos", "Triantafyllopoulos", "m", "Greek"),
    Person20("Dòmhnall Iain MacLeòid", "MacLeòid", "m", "Mac patronymic, Scottish Gaelic"),
    Person20("Tamrat", "Tamrat", "m", "single"),
)

PEOPLE20 = tuple(p for pair in zip(WOMEN20, MEN20, strict=True) for p in pair)

DAYS20 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles: (apposition after the name, title before the name, parts a title must contain).
ROLES20 = (
    (
        "principal keeper of the Muckle Skerry Lighthouse",
        "Muckle Skerry Lighthouse principal keeper",
        ("keeper", "Muckle Skerry Lighthouse"),
    ),
    (
        "network controller at Bilbao Urban Tramways",
        "Bilbao Urban Tramways network controller",
        ("network controller", "Bilbao Urban Tramways"),
    ),
    (
        "lead glaciologist at the Svaneti Ice Observatory",
        "Svaneti Ice Observatory lead glaciologist",
        ("glaciologist", "Svaneti Ice Observatory"),
    ),
    (
        "head brewer at the Vltava Valley Brewery",
        "Vltava Valley Brewery head brewer",
        ("head brewer", "Vltava Valley Brewery"),
    ),
    (
        "medical director of the Agia Sofia Hospice",
        "Agia Sofia Hospice medical director",
        ("medical director", "Agia Sofia Hospice"),
    ),
    (
        "president of the Madurai District Chess Federation",
        "Madurai District Chess Federation president",
        ("president", "Madurai District Chess Federation"),
    ),
    (
        "works manager at the Añana Salt Works",
        "Añana Salt Works works manager",
        ("works manager", "Añana Salt Works"),
    ),
    (
        "director of the Llano Verde Radio Observatory",
        "Llano Verde Radio Observatory director",
        ("director", "Llano Verde Radio Observatory"),
    ),
    (
        "general secretary of the Kenya Postal Workers Union",
        "Kenya Postal Workers Union general secretary",
        ("general secretary", "Kenya Postal Workers Union"),
    ),
    (
        "chair of the Hado Haenyeo Divers' Cooperative",
        "Hado Haenyeo Divers' Cooperative chair",
        ("chair", "Hado Haenyeo Divers"),
    ),
)

#: For each role: its body as written in running text, the role noun, and the body's kind noun.
BODIES20 = (
    ("the Muckle Skerry Lighthouse", "principal keeper", "lighthouse"),
    ("Bilbao Urban Tramways", "network controller", "company"),
    ("the Svaneti Ice Observatory", "lead glaciologist", "observatory"),
    ("the Vltava Valley Brewery", "head brewer", "brewery"),
    ("the Agia Sofia Hospice", "medical director", "hospice"),
    ("the Madurai District Chess Federation", "president", "federation"),
    ("the Añana Salt Works", "works manager", "salt works"),
    ("the Llano Verde Radio Observatory", "director", "observatory"),
    ("the Kenya Postal Workers Union", "general secretary", "union"),
    ("the Hado Haenyeo Divers' Cooperative", "chair", "cooperative"),
)

#: Two quotations for each role of ROLES20 (no apostrophes: they also go between single marks).
ROLE_QUOTES20 = (
    (
        "The lamp has not missed a night in ninety years",
        "A keeper learns the sea by listening to it at three in the morning",
    ),
    (
        "Every tram on the river line was running again within the hour",
        "We carry more people before nine than the buses carry all day",
    ),
    (
        "The glacier has pulled back four hundred metres since I first measured it",
        "Our stakes in the ice tell us more than any satellite",
    ),
    (
        "The barley from this harvest is the best we have had in a decade",
        "A lager needs patience, and six weeks in the cellar",
    ),
    (
        "Nobody here should spend their last days in pain",
        "The families need as much care as the patients do",
    ),
    (
        "Three of our juniors qualified for the national final",
        "A child who learns chess learns to wait before acting",
    ),
    (
        "A dry summer gives us twice the salt of a wet one",
        "The pans were laid out by hand more than a thousand years ago",
    ),
    (
        "The dish picked up the signal on the second night of the survey",
        "Every mobile phone in the valley is noise to our receivers",
    ),
    (
        "Our members delivered through the floods when nobody else would",
        "Closing rural post offices cuts whole villages off",
    ),
    (
        "The youngest diver in our cooperative is fifty-eight",
        "The water is colder every spring and the abalone are fewer",
    ),
)

#: Quotations anyone in the round may say (no apostrophes).
ALL_Q20 = (
    "The road up the valley was closed for most of the winter",
    "We were promised an answer by the end of the month",
    "My father did this work and his mother before him",
    "The town will not be the same without it",
    "Nobody asked the people who actually live here",
    "It took us eleven years to get this far",
    "We will keep going until someone listens",
    "I have never seen the harbour so quiet",
)

#: Reported clauses a person says.
CLAUSES20 = (
    "the lighthouse would be automated within two years",
    "the tram line would reach the hospital by the spring",
    "the glacier had lost a fifth of its mass since 2000",
    "the brewery would double its cellar capacity",
    "the hospice needed another twelve nurses",
    "the national chess final would be held in Madurai",
    "the salt harvest had been the largest in a decade",
    "the observatory would stay closed to visitors during the survey",
)

#: Groups for unnamed speakers: (plural, singular, where they were met).
GROUPS20 = (
    ("tram drivers", "tram driver", "at the depot"),
    ("brewery workers", "brewery worker", "outside the brewhouse"),
    ("hospice nurses", "hospice nurse", "at the end of the night shift"),
    ("salt rakers", "salt raker", "beside the evaporation pans"),
    ("postal workers", "postal worker", "at the sorting office"),
    ("lighthouse volunteers", "lighthouse volunteer", "on the headland"),
)

GROUP_Q20 = (
    "We found out about the cuts from the local paper",
    "Nobody in the office has ever done a night on the line",
    "The pay has not moved in four years",
    "We do this because we care, not for the money",
    "They keep promising new equipment and nothing arrives",
    "If we go, there is nobody to replace us",
)

GROUP_CLAUSES20 = (
    "the new rota had been drawn up without asking them",
    "they had not been paid for the extra shifts in January",
    "the tools they used were older than most of the staff",
    "they would walk out if the offer was not improved",
)

#: Subjects whose plural nouns look like verbs (`states`, `stops`, `signals`, `shifts`, `works`):
#: (subject as written, the head noun a shorter speaker name may keep).
VERBLIKE_SUBJECTS20 = (
    ("Officials in both states", "officials"),
    ("Residents near the tram stops", "residents"),
    ("Astronomers who study pulsar signals", "astronomers"),
    ("Nurses on the night shifts", "nurses"),
    ("Managers at both salt works", "managers"),
    ("Salt producers in three provinces", "salt producers"),
    ("Keepers at the northern lights", "keepers"),
    ("Players from the junior ranks", "players"),
    ("Guides who lead the glacier walks", "guides"),
    ("Engineers who maintain the tracks", "engineers"),
)

#: Open-class cue verbs no common lexicon lists: (past, present).
OPEN_VERBS20 = (
    ("bleated", "bleats"),
    ("grizzled", "grizzles"),
    ("cavilled", "cavils"),
    ("wheedled", "wheedles"),
    ("hectored", "hectors"),
    ("kvetched", "kvetches"),
    ("pontificated", "pontificates"),
    ("expostulated", "expostulates"),
    ("needled", "needles"),
    ("burbled", "burbles"),
)

#: Bodies that issue documents: (name as written in running text, the noun used to refer back).
ORGS20 = (
    ("Bilbao Urban Tramways", "company"),
    ("the Hellenic Hospice Network", "network"),
    ("the Madurai District Chess Federation", "federation"),
    ("the Vltava Valley Brewery", "brewery"),
    ("the Kenya Postal Workers Union", "union"),
    ("the Northern Lighthouse Trust of Lewis", "trust"),
    ("Andes Salt Holdings", "company"),
)

ORG_CLAUSES20 = (
    "services would return to normal by Wednesday evening",
    "the fault had been traced to a failed transformer",
    "every member of staff would be offered a new contract",
    "the building would stay open throughout the repairs",
    "it had received more than four thousand complaints",
)

ORG_Q20 = (
    "We are sorry for the disruption this has caused",
    "The safety of our staff comes first",
    "An independent review will report in the spring",
    "The numbers are better than at any time since 2015",
)

#: Role nouns outside common lists, in apposition: (apposition, parts a title must contain).
ODD_ROLES20 = (
    ("a saltpan raker in Añana", ("saltpan raker",)),
    ("a glacier guide in Mestia", ("glacier guide",)),
    ("a lamp trimmer on Muckle Skerry", ("lamp trimmer",)),
    ("a hop grower near Žatec", ("hop grower",)),
    ("a chess arbiter from Madurai", ("chess arbiter",)),
    ("a mail sorter in Kisumu", ("mail sorter",)),
    ("a bereavement counsellor in Thessaloniki", ("bereavement counsellor",)),
    ("a telescope operator near Valparaíso", ("telescope operator",)),
    ("a sea-urchin diver on Jeju", ("sea-urchin diver",)),
)

#: Titles with a place before the name: (title, parts a title must contain).
PLACE_TITLES20 = (
    ("Basque regional minister", ("minister",)),
    ("Tamil Nadu MLA", ("MLA",)),
    ("Nairobi County senator", ("senator",)),
    ("Gyeonggi provincial governor", ("governor",)),
    ("Brno city councillor", ("councillor",)),
    ("Tbilisi city council chair", ("chair",)),
)

#: Datelines: (dateline, a word that must appear in no quotation and no speaker).
DATELINES20 = (
    ("GONDAR, Ethiopia (AP) —", "GONDAR"),
    ("MADURAI, India, Feb. 12 (Reuters) -", "MADURAI"),
    ("GANGNEUNG, South Korea (Yonhap) —", "GANGNEUNG"),
    ("MESTIA, Georgia —", "MESTIA"),
    ("DONOSTIA-SAN SEBASTIÁN, Spain (AFP) —", "DONOSTIA"),
    ("BRNO, Oct. 4 (Reuters) -", "BRNO"),
    ("KISUMU, Kenya (AP) —", "KISUMU"),
    ("VALPARAÍSO, Chile, May 30 (Xinhua) --", "VALPARAÍSO"),
    ("THESSALONIKI —", "THESSALONIKI"),
    ("STORNOWAY, Scotland —", "STORNOWAY"),
)

#: Bylines: (byline as printed, the reporter's surname that must not become a speaker).
BYLINES20 = (
    ("By Hiwot Tesfaye and Jiří Novotný", "Tesfaye"),
    ("By Aarti Venkatesan\nChennai Correspondent", "Venkatesan"),
    ("By Lim Da-som | Special to the Herald", "Da-som"),
    ("Words and pictures by Eilidh NicAoidh", "NicAoidh"),
    ("By Tomás Aránguiz, Santiago Bureau", "Aránguiz"),
)

#: Names of works, slogans and products set inside a description: (kind, text).
WORKS20 = (
    ("book", "Salt and Silence"),
    ("book", "Last Tram to Deusto"),
    ("book", "The Ice Remembers"),
    ("book", "Signals from the Southern Sky"),
    ("book", "A Quiet Room at the End"),
    ("book", "Sixty-Four Squares"),
)
SLOGANS20 = ("Save Our Trams", "Keep the Light Burning", "Hands Off Our Post", "No Glacier No Water")
PRODUCTS20 = ("Harbour Fog", "Black Pan", "Nightshift Porter", "Long Castle")

#: Interview exchanges: (question, answer); answers hold no apostrophes and no colon.
EXCHANGES20 = (
    (
        "Why did the trams stop on Tuesday?",
        "A cable came down near the bridge and we cut the power to the whole line.",
    ),
    (
        "How fast is the glacier shrinking?",
        "About thirty metres a year now, which is three times the old rate.",
    ),
    (
        "Will the lighthouse keep a keeper?",
        "Only until the automatic lamp is tested, and then the cottage will be let.",
    ),
    (
        "What changed in the brewery this year?",
        "We went back to floor malting, the way it was done before the war.",
    ),
    ("Who comes to the hospice?", "Mostly people from the valley, and more of them every year."),
    (
        "Are the post offices going to close?",
        "Four of them will, unless the county finds the money by June.",
    ),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q20 = (
    "The keepers' cottage hasn't had power since the storm",
    "We're brewin' the same lager my gran's father brewed",
    "It's the tram drivers' union that'll decide, not us",
    "The hospice's night staff can't take another cut",
    "Salt's been raked here since the Romans, y'know",
    "They'd seen nothin' like the '98 melt",
    "I've told 'em the post office won't close on my watch",
    "It's gone six o'clock and the observatory's dish isn't turnin'",
)

#: Quotations holding a quoted word, for British single marks (outer single, inner double marks):
#: (before the word, the word, after it).
NESTED20 = (
    ("The board by the depot just said ", "suspended", " all day"),
    ("Every barrel was chalked ", "reject", " by the same inspector"),
    ("The logbook entry for that night reads ", "lamp lit", " and nothing more"),
    ("The patients call the garden ", "the quiet place", " and they mean it"),
    ("The receiver printed ", "no signal", " for six hours"),
)

#: Nationality of each culture in a Person20 shape: (adjective, the noun for one person).
NATIONS20 = {
    "Amharic": ("Ethiopian", "Ethiopian"),
    "Tamil": ("Indian", "Indian"),
    "Korean": ("South Korean", "South Korean"),
    "Georgian": ("Georgian", "Georgian"),
    "Basque": ("Spanish", "Spaniard"),
    "Czech": ("Czech", "Czech"),
    "Kikuyu": ("Kenyan", "Kenyan"),
    "Luo": ("Kenyan", "Kenyan"),
    "Chilean": ("Chilean", "Chilean"),
    "Greek": ("Greek", "Greek"),
    "Scottish Gaelic": ("Scottish", "Scot"),
}

#: Gendered person nouns: (feminine, masculine).
GENDERED20 = (
    ("businesswoman", "businessman"),
    ("sportswoman", "sportsman"),
    ("actress", "actor"),
    ("widow", "widower"),
)
