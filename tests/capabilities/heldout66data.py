"""Slot fillers of the sixty-sixth held-out round (``heldout66.py``), a round of INTERNATIONAL NAMES AND
TRANSLATED SPEECH: world news in English about invented people whose names are not Anglo-Saxon (Spanish,
Dutch, Gulf Arabic, French, Vietnamese, Mandarin, Korean, Yoruba, Brazilian Portuguese, German, Malay,
Russian, Icelandic, Italian, Turkish, Greek, Polish, Persian, Indonesian and Burmese name shapes, with
particles, compounds, patronymics, family names written first and one-word names), the later reference each
name takes in English-language press, honorifics written before a name (never part of it), the languages
they speak, interpreters, translating bodies, state and foreign media, institutional titles of foreign
shapes, foreign terms and their glosses, works, streets and places named after people, translated slogans,
invented countries, provinces and towns, quotations and reported clauses.

Every name, body, place, outlet and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark

#: Straight and curly double marks, and curly single marks.
MARKS66 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))
DOUBLES66 = MARKS66[:2]


@frozen
class P66:
    """An invented person: the canonical full name, the later reference mid-sentence (capitalised at a
    sentence start), gender, name shape and the language the person speaks."""

    full: str
    ref: str
    gender: str
    shape: str
    lang: str

    @property
    def he(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def his(self) -> str:
        return "her" if self.gender == "f" else "his"

    @property
    def him(self) -> str:
        return "her" if self.gender == "f" else "him"


#: Names with particles, compounds, patronymics (the later reference keeps the particle).
PARTICLE66 = (
    P66("Ana Lucía de la Fuente", "de la Fuente", "f", "spanish", "Spanish"),
    P66("Rodrigo Echeverría Salvatierra", "Echeverría", "m", "spanish", "Spanish"),
    P66("Maarten van den Akker", "van den Akker", "m", "dutch", "Dutch"),
    P66("Femke ter Horst", "ter Horst", "f", "dutch", "Dutch"),
    P66("Karim bin Rashid al-Hamdi", "al-Hamdi", "m", "arabic", "Arabic"),
    P66("Mariam bint Saeed al-Nuaimi", "al-Nuaimi", "f", "arabic", "Arabic"),
    P66("Hélène Marchetti-Roux", "Marchetti-Roux", "f", "french", "French"),
    P66("Jean-Baptiste Lavergne-Sorel", "Lavergne-Sorel", "m", "french", "French"),
    P66("Titilayo Oyelaran-Adebayo", "Oyelaran-Adebayo", "f", "yoruba", "Yoruba"),
    P66("Rafael Antunes da Cruz", "da Cruz", "m", "portuguese", "Portuguese"),
    P66("Konstantin von Hallberg", "von Hallberg", "m", "german", "German"),
    P66("Lorenzo Dell'Orto", "Dell'Orto", "m", "italian", "Italian"),
    P66("Yelena Sergeyevna Dorofeyeva", "Dorofeyeva", "f", "russian", "Russian"),
    P66("Sigrún Hafsteinsdóttir", "Hafsteinsdóttir", "f", "icelandic", "Icelandic"),
    P66("Agnieszka Wróblewska-Nowak", "Wróblewska-Nowak", "f", "polish", "Polish"),
    P66("Mohammad-Reza Tabatabaei-Nejad", "Tabatabaei-Nejad", "m", "persian", "Persian"),
    P66("Emine Karaağaçlı", "Karaağaçlı", "f", "turkish", "Turkish"),
    P66("Stavros Papadimitrakis", "Papadimitrakis", "m", "greek", "Greek"),
)

#: Names written family name first, and names whose later reference is the given name.
FAMILY66 = (
    P66("Nguyen Thi Bich Ngoc", "Ngoc", "f", "vietnamese", "Vietnamese"),
    P66("Pham Van Khoi", "Khoi", "m", "vietnamese", "Vietnamese"),
    P66("Zhou Minghui", "Zhou", "m", "chinese", "Mandarin"),
    P66("Liang Xiaomei", "Liang", "f", "chinese", "Mandarin"),
    P66("Seo Jae-won", "Seo", "m", "korean", "Korean"),
    P66("Park Ha-eun", "Park", "f", "korean", "Korean"),
    P66("Ahmad Fikri bin Zulkarnain", "Ahmad Fikri", "m", "malay", "Malay"),
    P66("Nurul Aisyah binti Kamaruddin", "Nurul Aisyah", "f", "malay", "Malay"),
    P66("Khin Myat Thu", "Khin Myat Thu", "f", "burmese", "Burmese"),
    P66("Zaw Lin Htet", "Zaw Lin Htet", "m", "burmese", "Burmese"),
)

#: One-word names (the canonical name is the one word).
MONO66 = (
    P66("Wirasmo", "Wirasmo", "m", "indonesian", "Indonesian"),
    P66("Sulastri", "Sulastri", "f", "indonesian", "Indonesian"),
    P66("Budiarjo", "Budiarjo", "m", "indonesian", "Indonesian"),
    P66("Murtiningsih", "Murtiningsih", "f", "indonesian", "Indonesian"),
    P66("Hartowiyono", "Hartowiyono", "m", "indonesian", "Indonesian"),
    P66("Rukmini", "Rukmini", "f", "indonesian", "Indonesian"),
)

EVERYONE66 = PARTICLE66 + FAMILY66 + MONO66

#: Honorifics by name shape and gender; never part of the name.
HONS66: dict[tuple[str, str], tuple[str, ...]] = {
    ("arabic", "m"): ("Sheikh", "Dr"),
    ("arabic", "f"): ("Sheikha", "Dr"),
    ("french", "f"): ("Mme", "Dr"),
    ("french", "m"): ("Dr",),
    ("german", "m"): ("Herr", "Dr"),
    ("dutch", "m"): ("Dr",),
    ("dutch", "f"): ("Dr",),
    ("malay", "m"): ("Ustaz", "Datuk", "Dr"),
    ("malay", "f"): ("Ustazah", "Datuk", "Dr"),
    ("spanish", "f"): ("Doña", "Dr"),
    ("spanish", "m"): ("Dr",),
    ("indonesian", "m"): ("Pak",),
    ("indonesian", "f"): ("Ibu",),
    ("russian", "f"): ("Dr",),
    ("polish", "f"): ("Dr",),
    ("persian", "m"): ("Dr",),
    ("italian", "m"): ("Dr",),
    ("turkish", "f"): ("Dr",),
    ("greek", "m"): ("Dr",),
    ("yoruba", "f"): ("Dr",),
    ("icelandic", "f"): ("Dr",),
    ("portuguese", "m"): ("Dr",),
}


@frozen
class Role66:
    """A post of a foreign institutional shape: as written after a name (with its article), the title parts a
    key checks, the form before a name (empty when the press would not write one) with its parts, the short
    reference, and the bodies and places it names (never speakers)."""

    after: str
    parts: tuple[str, ...]
    pre: str
    pre_parts: tuple[str, ...]
    short: str
    bodies: tuple[str, ...]


ROLES66 = (
    Role66(
        "the deputy minister of the interior",
        ("deputy minister", "interior"),
        "Deputy Interior Minister",
        ("deputy interior minister",),
        "the deputy minister",
        (),
    ),
    Role66(
        "governor of Bakri province", ("governor", "Bakri"), "Governor", ("governor",), "the governor", ()
    ),
    Role66(
        "the mayor of Villarrosa",
        ("mayor", "Villarrosa"),
        "Villarrosa Mayor",
        ("mayor", "Villarrosa"),
        "the mayor",
        ("Villarrosa",),
    ),
    Role66(
        "secretary-general of the Union of Coffee Growers",
        ("secretary-general", "Union of Coffee Growers"),
        "",
        (),
        "the secretary-general",
        ("Union of Coffee Growers",),
    ),
    Role66(
        "the prefect of Haut-Valmont", ("prefect", "Haut-Valmont"), "Prefect", ("prefect",), "the prefect", ()
    ),
    Role66(
        "minister of water resources",
        ("minister", "water resources"),
        "Water Resources Minister",
        ("water resources minister",),
        "the minister",
        (),
    ),
    Role66(
        "state secretary for energy at the Ministry of Economy",
        ("state secretary", "energy", "Ministry of Economy"),
        "",
        (),
        "the state secretary",
        ("Ministry of Economy",),
    ),
    Role66(
        "chief prosecutor of Oberhalden",
        ("chief prosecutor", "Oberhalden"),
        "Chief Prosecutor",
        ("chief prosecutor",),
        "the prosecutor",
        ("Oberhalden",),
    ),
    Role66(
        "rector of the University of San Teodoro",
        ("rector", "University of San Teodoro"),
        "",
        (),
        "the rector",
        ("University of San Teodoro",),
    ),
    Role66(
        "president of the Kaspara Chamber of Commerce",
        ("president", "Kaspara Chamber of Commerce"),
        "",
        (),
        "the chamber's president",
        ("Kaspara Chamber of Commerce",),
    ),
    Role66(
        "head of the National Electoral Commission",
        ("head", "National Electoral Commission"),
        "",
        (),
        "the commission head",
        ("National Electoral Commission",),
    ),
    Role66(
        "vice-president of the Sarkhand Petroleum Authority",
        ("vice-president", "Sarkhand Petroleum Authority"),
        "",
        (),
        "the vice-president",
        ("Sarkhand Petroleum Authority",),
    ),
    Role66(
        "senator for the province of Tierra Alta",
        ("senator", "Tierra Alta"),
        "Senator",
        ("senator",),
        "the senator",
        (),
    ),
    Role66(
        "leader of the opposition Civic Renewal Party",
        ("leader", "Civic Renewal Party"),
        "Opposition Leader",
        ("opposition leader",),
        "the opposition leader",
        ("Civic Renewal Party",),
    ),
    Role66(
        "ambassador of Valdoria to Kaspara",
        ("ambassador", "Valdoria"),
        "Ambassador",
        ("ambassador",),
        "the ambassador",
        ("Valdoria", "Kaspara"),
    ),
    Role66(
        "police chief of Port Ebrima",
        ("police chief", "Port Ebrima"),
        "Police Chief",
        ("police chief",),
        "the police chief",
        ("Port Ebrima",),
    ),
    Role66(
        "director of the Institute of Tropical Fisheries",
        ("director", "Institute of Tropical Fisheries"),
        "",
        (),
        "the director",
        ("Institute of Tropical Fisheries",),
    ),
    Role66(
        "the foreign minister of Ostrelia",
        ("foreign minister", "Ostrelia"),
        "Foreign Minister",
        ("foreign minister",),
        "the foreign minister",
        ("Ostrelia",),
    ),
)


@frozen
class Outlet66:
    """A state or foreign outlet: the phrase a story writes and its name (never a speaker)."""

    phrase: str
    name: str


OUTLETS66 = (
    Outlet66("the state news agency Meridiana", "Meridiana"),
    Outlet66("the official Kelbari News Agency", "Kelbari News Agency"),
    Outlet66("the daily El Vigía de Alvar", "El Vigía de Alvar"),
    Outlet66("the broadcaster Al-Sahil TV", "Al-Sahil TV"),
    Outlet66("the newspaper Le Veilleur", "Le Veilleur"),
    Outlet66("the weekly Hankyul Sisa", "Hankyul Sisa"),
    Outlet66("state television RTK", "RTK"),
    Outlet66("the public broadcaster Radio Horizonte", "Radio Horizonte"),
    Outlet66("the state-run Tan Hoa Daily", "Tan Hoa Daily"),
    Outlet66("the news site Berita Nusantara Kini", "Berita Nusantara Kini"),
)

#: Interpreters (never the speaker).
INTERPRETERS66 = (
    ("Lidia Varga", "f"),
    ("Tomás Quiroga", "m"),
    ("Hanne Lindqvist", "f"),
    ("Omid Sadeqi", "m"),
    ("Beatriz Colaço", "f"),
    ("Yusuf Demirel", "m"),
)

#: Bodies that translate or circulate remarks (never the speaker).
TRANSLATORS66 = (
    "the foreign ministry",
    "the presidential office",
    "the Valdorian embassy",
    "the Ministry of Information",
    "the governor's office",
    "the organisers",
)

#: Foreign terms kept in marks, with an English gloss.
TERMS66 = (
    ("hartal", "a general shutdown"),
    ("gotong royong", "communal work"),
    ("wasta", "personal connections"),
    ("harambee", "pulling together"),
    ("dugnad", "volunteer clean-up days"),
    ("jeitinho", "a way around the rules"),
    ("guanxi", "networks of favours"),
    ("bayanihan", "neighbours helping neighbours"),
    ("sobremesa", "the long talk after a meal"),
    ("kampung spirit", "village solidarity"),
)

#: Works (books, films, plays) whose titles sit in marks.
WORKS66 = (
    ("memoir", "Salt on the Harbour Wall"),
    ("novel", "The Orchards of Quellmont"),
    ("film", "Nights Without Rain"),
    ("documentary", "The River Keeps Its Names"),
    ("play", "A Wedding in Tan Hoa"),
    ("collection of poems", "Letters to the Dry Season"),
)

#: Translated slogans: (original, English gloss).
SLOGANS66 = (
    ("Tierra y agua para todos", "Land and water for everyone"),
    ("Wij blijven hier", "We are staying here"),
    ("Pas de fermeture", "No closure"),
    ("Suara rakyat", "The people's voice"),
    ("Brot und Arbeit", "Bread and work"),
    ("Nada sobre nós sem nós", "Nothing about us without us"),
)

#: Places named after people: (place, the person named in it).
NAMESAKES66 = (
    ("Avenida Julián Sarmiento Bravo", "Julián Sarmiento Bravo"),
    ("the Faisal bin Hamad al-Suwaidi Bridge", "Faisal bin Hamad al-Suwaidi"),
    ("Nguyen Van Tho Street", "Nguyen Van Tho"),
    ("the Estadio Julio Barraza", "Julio Barraza"),
    ("Place Odile Boucicaut-Lenoir", "Odile Boucicaut-Lenoir"),
    ("the Sultan Iskandar Mahmud Hospital", "Iskandar Mahmud"),
    ("Jalan Tun Abdul Halim", "Abdul Halim"),
    ("the Ayodele Fashola-Ogun Library", "Ayodele Fashola-Ogun"),
)

TOWNS66 = (
    "Quellmont",
    "Tan Hoa",
    "Al-Qasirah",
    "Oberhalden",
    "Port Ebrima",
    "Villarrosa",
    "Kota Seri Melati",
)
DAYS66 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVENTS66 = (
    "a regional summit in Quellmont",
    "the signing of the water accord",
    "a visit to the flooded districts",
    "talks on the border crossings",
    "the opening of the new port terminal",
    "a trade fair in Al-Qasirah",
)

#: Direct quotations, without their final punctuation.
QUOTES66 = (
    "We will not sign anything that our farmers have not read",
    "The water belongs to the valley, not to the companies",
    "Nobody in this delegation came here to lose time",
    "Our ports are open, and they will stay open",
    "The elections will take place on the day the law fixes",
    "I have spoken to the families and I will speak to them again",
    "This agreement is a beginning and not an end",
    "We asked for schools and we were given promises",
    "The border has never been as quiet as it is this month",
    "Every province must carry its share of the cost",
    "We are a small country with a long memory",
    "The harvest was the worst in twenty years",
    "I do not negotiate through newspapers",
    "Our engineers are ready to start the moment the money arrives",
    "The committee will publish every figure it receives",
    "We cannot rebuild the bridges and the clinics at the same time",
    "My door is open to the opposition",
    "The fishermen deserve an answer before the season begins",
    "These reforms will outlast this government",
    "No one will be forced to leave their village",
    "We have waited long enough for the north to be connected",
    "The investigation will go wherever the evidence leads",
    "Our neighbours know that we keep our word",
    "The budget for the coast has been doubled",
)

#: Reported clauses (lower case, no final stop, no pronoun that could be read as a person).
CLAUSES66 = (
    "the new dam would be finished before the rains",
    "talks with the coffee growers had stalled over prices",
    "the border crossing at Tan Hoa would reopen next week",
    "no village in the province had been left without water",
    "the fishing ban would be lifted in early spring",
    "the electoral roll had been checked twice",
    "the port terminal would create four thousand jobs",
    "the government had no plans to raise fuel prices",
    "the floods had destroyed more than two hundred homes",
    "the accord would be put to a referendum",
    "the salaries of teachers would rise by a tenth",
    "the investigation into the contracts was nearly complete",
    "the railway to the north would be rebuilt within three years",
    "the ministry had received no request for an extension",
    "the refinery would stay closed until the inspection ended",
    "foreign observers were welcome at every polling station",
    "the health centres in the highlands were short of nurses",
    "the new customs rules would apply from the first of June",
    "the coastal road had been closed after the landslide",
    "the grain reserves were enough for six months",
    "the negotiations would resume after the holidays",
    "the curfew in the old town would end on Friday",
)

#: Narrative sentences that report nothing.
NARRATIVE66 = (
    "The delegations arrived in Quellmont late on Sunday.",
    "Heavy rain has closed the mountain roads for a week.",
    "The ceremony was held in the courtyard of the old customs house.",
    "Prices of rice and cooking oil have risen sharply since March.",
    "The talks are the first since the border was closed two years ago.",
    "Thousands of people lined the harbour road to watch the boats return.",
)
