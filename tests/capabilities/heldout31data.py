"""Slot fillers of the thirty-first held-out round (``heldout31.py``): invented people of Karen, Shan, Cham,
Mixtec, Ladin, Kashubian, Chukchi, Rotuman, Marquesan, Yupik, Mohawk, Hopi, Miskito, Kaqchikel and Venda
origin (with their gender, a phrase that states it, a nickname or short form, and a relative of the other
gender who shares the surname), quotation marks (straight, curly, British single, guillemets, German
low-high) with the pair a quotation inside them takes, open-class cue verbs no common lexicon lists, hedged
reporting verbs, roles with their bodies and parent bodies in truffle hunting, neon signs, cooperage, bat
conservation, a butterfly house, a sake brewery, pearl diving, sign painting, ice sculpture, chimney
sweeping, sponge diving, hot spring baths, bonsai growing, violin making, locksmiths and dry-stone walling,
titles with hyphens, ordinals and prefixes, inner quotations, scare quotes and titles of works, and
quotations split by a long credit, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen

#: A relative's relation seen from the other side (`her brother` -> `his sister`).
INVERSE_KIN31 = {
    "brother": "sister",
    "husband": "wife",
    "son": "mother",
    "sister": "brother",
    "wife": "husband",
    "daughter": "father",
}


@frozen
class Person31:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, a phrase in apposition that states the gender, a nickname or short form, and the
    given name and relation (`brother`, `wife`...) of a relative of the other gender with the same
    surname."""

    full: str
    last: str
    gender: str
    culture: str
    note: str
    nick: str
    kin: str
    kin_rel: str

    @property
    def given(self) -> str:
        """The name before the surname."""
        return self.full.removesuffix(self.last).strip()

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.`."""
        return "Ms." if self.gender == "f" else "Mr."

    @property
    def kin_full(self) -> str:
        """The relative's full name."""
        return f"{self.kin} {self.last}"

    @property
    def kin_hon(self) -> str:
        """The relative's honorific (the other gender's)."""
        return "Mr." if self.gender == "f" else "Ms."

    @property
    def kin_pronoun(self) -> str:
        """The relative's pronoun."""
        return "he" if self.gender == "f" else "she"


@frozen
class Mark31:
    """A pair of quotation marks and the pair a quotation inside it takes; curly and German marks take
    curly apostrophes inside."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"

    def iq(self, text: str) -> str:
        """*text* between the inner marks."""
        return f"{self.inner_open}{text}{self.inner_close}"


ALL_MARKS31 = (
    Mark31('"', '"', "'", "'"),
    Mark31("“", "”", "‘", "’"),
    Mark31("'", "'", '"', '"'),
    Mark31("‘", "’", "“", "”"),
    Mark31("«", "»", "‹", "›"),
    Mark31("„", "“", "‚", "‘"),
)

WOMEN31 = (
    Person31("Ehler Htoo", "Htoo", "f", "Karen", "a mother of twins", "Ehly", "Pweh", "brother"),
    Person31(
        "Nangkham Sengla",
        "Sengla",
        "f",
        "Shan",
        "who runs the business with her sons",
        "Nang",
        "Saihom",
        "husband",
    ),
    Person31("Aminah Jalihri", "Jalihri", "f", "Cham", "a grandmother of seven", "Minah", "Yusof", "brother"),
    Person31(
        "Eufrosina Yucunani",
        "Yucunani",
        "f",
        "Mixtec",
        "a mother of four daughters",
        "Chencha",
        "Eliseo",
        "son",
    ),
    Person31(
        "Iduna Dapunt", "Dapunt", "f", "Ladin", "who took over from her father", "Dunni", "Luis", "husband"
    ),
    Person31(
        "Gerda Ceplin",
        "Ceplin",
        "f",
        "Kashubian",
        "a widow with three grown sons",
        "Gerdzia",
        "Kazmiérz",
        "brother",
    ),
    Person31(
        "Tynena Kergytval", "Kergytval", "f", "Chukchi", "a mother of three boys", "Tyna", "Ettugi", "son"
    ),
    Person31(
        "Fesaitu Managreve", "Managreve", "f", "Rotuman", "a grandmother of nine", "Fesa", "Tomasi", "husband"
    ),
    Person31(
        "Tehina Kohumoetini", "Kohumoetini", "f", "Marquesan", "a mother of five", "Tina", "Kahu", "brother"
    ),
    Person31(
        "Agnes Nanuqaq",
        "Nanuqaq",
        "f",
        "Yupik",
        "who learned the trade from her grandmother",
        "Aggie",
        "Willie",
        "husband",
    ),
    Person31(
        "Kanerahtens Jocko",
        "Jocko",
        "f",
        "Mohawk",
        "a mother of two girls",
        "Kana",
        "Tekaronhiake",
        "brother",
    ),
    Person31("Lomasi Tewawina", "Tewawina", "f", "Hopi", "a grandmother of four", "Lo", "Tuvi", "brother"),
    Person31(
        "Yelba Dometrio",
        "Dometrio",
        "f",
        "Miskito",
        "who raised six children on her own",
        "Yeli",
        "Justo",
        "husband",
    ),
    Person31("Ixkem Boc", "Boc", "f", "Kaqchikel", "a mother of one", "Kem", "Tomás", "brother"),
    Person31(
        "Mashudu Netshiavha",
        "Netshiavha",
        "f",
        "Venda",
        "a widow who has worked in the trade all her life",
        "Shudu",
        "Khathu",
        "son",
    ),
)

MEN31 = (
    Person31("Pweh Thako", "Thako", "m", "Karen", "a father of three", "Tiger", "Mu", "sister"),
    Person31(
        "Saikham Mongla", "Mongla", "m", "Shan", "who lives behind his workshop", "Sai", "Nanghom", "wife"
    ),
    Person31(
        "Ismail Dharmakar", "Dharmakar", "m", "Cham", "a grandfather of five", "Mail", "Halimah", "sister"
    ),
    Person31("Eligio Ndakua", "Ndakua", "m", "Mixtec", "a father of six", "Lico", "Rufina", "daughter"),
    Person31(
        "Ujep Frenademez", "Frenademez", "m", "Ladin", "who took over from his mother", "Sepl", "Ilda", "wife"
    ),
    Person31(
        "Bolesław Szymelka",
        "Szymelka",
        "m",
        "Kashubian",
        "a widower with two daughters",
        "Bolek",
        "Jadwiga",
        "daughter",
    ),
    Person31("Ettyn Kelevgi", "Kelevgi", "m", "Chukchi", "a father of four", "Tyn", "Rinaut", "sister"),
    Person31(
        "Vilsoni Tausie", "Tausie", "m", "Rotuman", "a grandfather of eight", "Sony", "Mereani", "daughter"
    ),
    Person31("Teiki Huukena", "Huukena", "m", "Marquesan", "a father of two", "Teks", "Hinatea", "wife"),
    Person31(
        "Walter Ayagalria",
        "Ayagalria",
        "m",
        "Yupik",
        "who learned the trade from his uncle",
        "Wally",
        "Marie",
        "sister",
    ),
    Person31(
        "Aronhiaies Montour",
        "Montour",
        "m",
        "Mohawk",
        "a father of three girls",
        "Ron",
        "Karonhienhawi",
        "daughter",
    ),
    Person31(
        "Nuvatuk Qotswisiwma", "Qotswisiwma", "m", "Hopi", "a grandfather of two", "Nuva", "Pavati", "sister"
    ),
    Person31(
        "Cornelio Waikna",
        "Waikna",
        "m",
        "Miskito",
        "who raised five sons on his own",
        "Neli",
        "Dorotea",
        "wife",
    ),
    Person31("Baltazar Xicay", "Xicay", "m", "Kaqchikel", "a father of one", "Balta", "Ixchel", "daughter"),
    Person31(
        "Rudzani Ramavhoya",
        "Ramavhoya",
        "m",
        "Venda",
        "a widower who has worked in the trade all his life",
        "Rudzi",
        "Mashau",
        "sister",
    ),
)

PEOPLE31 = tuple(p for pair in zip(WOMEN31, MEN31, strict=True) for p in pair)


@frozen
class Role31:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the body's
    kind (`the cooperage`), a parent body (`a unit of PARENT`), a topic a reporter asks about, a `whether`
    clause and a direct question a reporter puts, quotations and reported clauses in the role's voice, and a
    reported clause ending in a quoted fragment (its unquoted start, the fragment)."""

    role: str
    body: str
    head: str
    kind: str
    parent: str
    topic: str
    ask: str
    question: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    fragment: tuple[str, str]


ROLES31 = (
    Role31(
        "chief dog handler",
        "the Morvenne Truffle Hunting Association",
        "handler",
        "the association",
        "the Lisle Valley Growers Federation",
        "the poor autumn harvest",
        "the dogs could still find truffles after the drought",
        "Can the dogs still find truffles after the drought?",
        (
            "A good dog can smell a truffle under a metre of soil",
            "You never tell anyone where your best oak is",
            "The rain came too late for the winter crop",
        ),
        (
            "the winter harvest had fallen by half",
            "two of the association's dogs had been poisoned",
            "the association would train twenty new dogs next year",
        ),
        ("the season had been", "the worst in living memory"),
    ),
    Role31(
        "master glass bender",
        "the Calder Street Neon Workshop",
        "bender",
        "the workshop",
        "the Orley Sign Group",
        "the price of neon gas",
        "the workshop could survive the switch to LED signs",
        "Can the workshop survive the switch to LED signs?",
        (
            "Every tube is bent by hand over a gas flame",
            "Nobody wants to learn a trade that takes ten years",
            "A neon sign will outlive the shop that hung it",
        ),
        (
            "the workshop had lost three contracts to cheaper LED signs",
            "the price of neon gas had tripled",
            "the workshop would restore the old cinema sign for free",
        ),
        ("the old signs were", "part of the soul of the street"),
    ),
    Role31(
        "head cooper",
        "the Brackenridge Cooperage",
        "cooper",
        "the cooperage",
        "the Strathey Distilling Company",
        "the shortage of oak staves",
        "the cooperage would have enough oak for the winter",
        "Will the cooperage have enough oak for the winter?",
        (
            "A barrel that leaks is a barrel you made in a hurry",
            "Oak remembers every mistake you make with it",
            "We still raise every cask by hand",
        ),
        (
            "the cooperage had run short of French oak",
            "the distillery had cancelled its spring order",
            "the cooperage would take on four apprentices",
        ),
        ("the oak from the new supplier was", "barely fit for firewood"),
    ),
    Role31(
        "roost monitoring officer",
        "the Hallowmere Bat Conservation Trust",
        "officer",
        "the trust",
        "the Northern Wildlife Alliance",
        "the new wind turbines",
        "the colony would return to the old mill",
        "Will the colony ever return to the old mill?",
        (
            "A single roost can hold three hundred bats",
            "People are frightened of bats until they hold one",
            "The old mill is the last warm roost in the valley",
        ),
        (
            "the colony had shrunk by a third since the barn was demolished",
            "the turbines were killing dozens of bats each summer",
            "the trust would fit new roosting boxes in the church tower",
        ),
        ("the demolition had been", "a disaster for the colony"),
    ),
    Role31(
        "tropical house keeper",
        "the Eastwick Butterfly House",
        "keeper",
        "the attraction",
        "the Eastwick Botanic Society",
        "the heating bill",
        "the tropical house would stay open through the winter",
        "Will the tropical house stay open through the winter?",
        (
            "The pupae arrive by post every Tuesday",
            "A cold night can kill a whole flight of butterflies",
            "Children stand very still in here, and that is the magic",
        ),
        (
            "the heating bill had doubled since January",
            "the house would import fewer pupae this year",
            "a boiler fault had killed hundreds of butterflies overnight",
        ),
        ("the boiler was", "older than most of the staff"),
    ),
    Role31(
        "head brewer",
        "the Aldermoor Sake Brewery",
        "brewer",
        "the brewery",
        "the Tamsett Drinks Group",
        "the rice harvest",
        "the brewery could still buy enough polishing rice",
        "Can the brewery still buy enough polishing rice?",
        (
            "Rice, water and patience are all we use",
            "The koji room is kept warmer than a sauna",
            "A brew that goes wrong goes wrong for a whole season",
        ),
        (
            "the rice harvest had been the smallest in a decade",
            "the brewery would open a tasting room in the spring",
            "a cracked tank had cost the brewery a season of stock",
        ),
        ("the new rice was", "too soft to polish properly"),
    ),
    Role31(
        "dive supervisor",
        "the Carrack Bay Pearl Fishery",
        "supervisor",
        "the fishery",
        "the Carrack Bay Harbour Board",
        "the murky water",
        "the divers would go out again before the storms",
        "Will the divers go out again before the storms?",
        (
            "You get one breath and one chance at each shell",
            "The oysters have moved into deeper water",
            "A diver who panics never finds a pearl",
        ),
        (
            "the beds had been closed for a month after the spill",
            "the fishery would cap each diver at sixty shells a day",
            "warmer water had driven the oysters further out",
        ),
        ("the spill had left the beds", "black as tar"),
    ),
    Role31(
        "lead letterer",
        "the Greymarket Sign Painting Guild",
        "letterer",
        "the guild",
        "the Greymarket Traders Council",
        "the new shopfront rules",
        "the guild would fight the ban on hand-painted boards",
        "Will the guild fight the ban on hand-painted boards?",
        (
            "A brush in a steady hand beats any printer",
            "We mix our own gold size every morning",
            "Every shopfront on this street was lettered by one of us",
        ),
        (
            "the council had banned hand-painted boards on the high street",
            "the guild had more apprentices than ever",
            "the guild would repaint the market hall sign for free",
        ),
        ("the new rules were", "a war on craftsmanship"),
    ),
    Role31(
        "chief carver",
        "the Frostholm Ice Sculpture Festival",
        "carver",
        "the festival",
        "the Frostholm Tourism Board",
        "the mild weather",
        "the festival would go ahead if the thaw continued",
        "Will the festival go ahead if the thaw continues?",
        (
            "You have two days before the sun starts taking it back",
            "Clear ice is harder to find than good carvers",
            "A chainsaw is the first tool and a hair dryer the last",
        ),
        (
            "the festival would be moved into a refrigerated hall",
            "the mild winter had cost the festival half its blocks",
            "twelve teams had pulled out because of the thaw",
        ),
        ("the thaw had been", "cruel to the carvers"),
    ),
    Role31(
        "master sweep",
        "the Corriebank Chimney Sweeping Cooperative",
        "sweep",
        "the cooperative",
        "the Corriebank Heating Trades Association",
        "the chimney fires last winter",
        "the cooperative would take on work in the new estates",
        "Will the cooperative take on work in the new estates?",
        (
            "A blocked flue will kill you quietly",
            "Soot tells you everything about how a house lives",
            "Half the fires we see start with a bird nest",
        ),
        (
            "chimney fires had doubled since wood burners came back into fashion",
            "the cooperative would offer free sweeps to pensioners",
            "three sweeps had retired in the spring",
        ),
        ("the new wood burners were", "a fire waiting to happen"),
    ),
    Role31(
        "sponge buyer",
        "the Kalymra Sponge Exchange",
        "buyer",
        "the exchange",
        "the Kalymra Fishing Cooperative",
        "the falling price of natural sponges",
        "the exchange could compete with synthetic sponges",
        "Can the exchange compete with synthetic sponges?",
        (
            "A good sponge is squeezed a hundred times before it is sold",
            "The divers go deeper every year for smaller sponges",
            "Tourists pay more for the story than the sponge",
        ),
        (
            "disease had wiped out the shallow beds",
            "the exchange would sell directly to hotels",
            "prices had fallen by a quarter since March",
        ),
        ("the synthetic sponges were", "a cheap imitation"),
    ),
    Role31(
        "operations manager",
        "the Sallowfield Hot Spring Baths",
        "manager",
        "the spa",
        "the Sallowfield Spa Trust",
        "the falling water temperature",
        "the baths would reopen before Easter",
        "Will the baths reopen before Easter?",
        (
            "The water comes out of the rock at forty-one degrees",
            "People have bathed here since Roman times",
            "We test the water four times a day",
        ),
        (
            "the spring had cooled by two degrees",
            "the baths would close for repairs in March",
            "visitor numbers had never been higher",
        ),
        ("the old pipework was", "held together by hope"),
    ),
    Role31(
        "senior grower",
        "the Tarnbrook Bonsai Nursery",
        "grower",
        "the nursery",
        "the Tarnbrook Garden Centre Group",
        "the stolen trees",
        "the stolen trees would ever be found",
        "Will the stolen trees ever be found?",
        (
            "Some of these trees are older than my grandmother",
            "You prune a bonsai for the next owner, not for yourself",
            "A tree like that cannot be replaced in one lifetime",
        ),
        (
            "thieves had taken eleven trees from the top greenhouse",
            "the nursery would fit cameras in every greenhouse",
            "a juniper at the nursery was more than two hundred years old",
        ),
        ("the theft had been", "like losing family"),
    ),
    Role31(
        "senior luthier",
        "the Ravelstone School of Violin Making",
        "luthier",
        "the school",
        "the Ravelstone Conservatoire",
        "the rules on rosewood",
        "the school would find enough seasoned spruce",
        "Will the school find enough seasoned spruce?",
        (
            "A violin is finished only when someone plays it",
            "The spruce for the top has to season for ten years",
            "You hear a bad joint before you see it",
        ),
        (
            "the school had run out of seasoned spruce",
            "the rosewood rules had cut off its supply of fingerboards",
            "the school would take twelve students next autumn",
        ),
        ("the rules on rosewood were", "written by people who never held a chisel"),
    ),
    Role31(
        "master locksmith",
        "the Pellingford Lock and Key Company",
        "locksmith",
        "the company",
        "the Harcastle Security Group",
        "the wave of break-ins",
        "the company could keep up with the call-outs",
        "Can the company keep up with the call-outs?",
        (
            "Every lock can be opened, it is only a question of time",
            "People lose their keys most on Saturday nights",
            "We still cut keys on a machine from 1952",
        ),
        (
            "call-outs had tripled since the break-ins began",
            "the company would stop fitting cheap cylinder locks",
            "two of its vans had been stolen in a week",
        ),
        ("the cheap locks were", "an open invitation"),
    ),
    Role31(
        "chief waller",
        "the Howgate Dry Stone Walling Association",
        "waller",
        "the association",
        "the Upper Dale Heritage Partnership",
        "the storm damage",
        "the walls on the high fell could be rebuilt this year",
        "Can the walls on the high fell be rebuilt this year?",
        (
            "A wall built right will stand for two hundred years",
            "Every stone has one place it wants to go",
            "The sheep find every gap before we do",
        ),
        (
            "the storms had brought down three miles of wall",
            "the association would train volunteers at weekends",
            "the grant for the high fell had been cut",
        ),
        ("the storm damage was", "the worst since 1962"),
    ),
)

#: Quotations that fit any role (no final punctuation; no apostrophes).
ALL_Q31 = (
    "Nobody here is going to give up without a fight",
    "We have been through worse winters than this one",
    "I would not change a single day of it",
    "There is no money in it, but there is a living",
    "The young ones learn faster than we ever did",
    "You cannot rush work like this",
    "Ask me again in a year and I will tell you",
    "We will still be here when the fuss has died down",
    "That is the honest answer and it is not a happy one",
    "Everyone in the valley knows what this place means",
)

#: A quotation split by a long credit: (its first part, no final punctuation; its lower-case second part).
SPLIT_Q31 = (
    ("We have done this work for a hundred years", "and we are not going to stop because of one bad season"),
    ("Nobody told us the money was running out", "not once, not in any meeting"),
    ("The young people come for a summer", "and some of them stay for the rest of their lives"),
    ("It is hard, dirty and badly paid", "but I have never wanted to do anything else"),
    ("If the council wants us gone", "it will have to say so to our faces"),
    ("We are not asking for charity", "only for a fair rent and a little patience"),
    ("Every winter people say it is the last", "and every spring we open the doors again"),
    ("The work does not change much", "but the people who pay for it do"),
)

#: Inner quotations (words another person said, inside a quotation; no final punctuation).
INNER31 = (
    "Go home",
    "Never sell the good barrels",
    "Mind the gap in the wall",
    "Not today",
    "Come back when you are ready",
    "Leave it to the professionals",
    "You will never make a living at this",
)

#: Relatives and others whose words a speaker quotes (`My mother looked at me and said, ...`).
INNER_SPEAKERS31 = ("mother", "father", "old boss", "first teacher", "grandmother", "uncle")

#: Relative clauses of a long credit (`NAME, who ..., said`).
LONG31 = (
    "joined {kind} in 1991 and has chaired it since 2015",
    "came back to the valley after twenty years abroad",
    "has seen three owners come and go",
    "spent a decade in the merchant navy before taking the job",
    "still works six days a week",
    "was turned down for the job twice before getting it",
)

#: Open-class cue verbs (past, present) no common reporting-verb lexicon lists.
OPEN_VERBS31 = (
    ("snorted", "snorts"),
    ("gulped", "gulps"),
    ("stammered", "stammers"),
    ("sputtered", "sputters"),
    ("giggled", "giggles"),
    ("bellowed", "bellows"),
    ("snarled", "snarls"),
    ("grated", "grates"),
    ("babbled", "babbles"),
    ("blurted", "blurts"),
)

#: Hedged and reported-belief verbs (past, base, whether the verb reads well without *that*).
HEDGED31 = (
    ("insisted", "insist", True),
    ("conceded", "concede", True),
    ("acknowledged", "acknowledge", True),
    ("predicted", "predict", True),
    ("maintained", "maintain", True),
    ("admitted", "admit", True),
    ("contended", "contend", False),
    ("allowed", "allow", False),
    ("cautioned", "caution", False),
    ("reckoned", "reckon", True),
    ("surmised", "surmise", False),
    ("countered", "counter", False),
)

#: Manner adverbs after a cue.
ADVERBS31 = ("quietly", "wearily", "firmly", "drily", "cheerfully", "sharply")

#: Titles with hyphens, ordinals and prefixes: (the title after a name, with `{body}`, `{town}`, `{head}`;
#: the short form before a name; a part the printed title must contain; whether `BODY's SHORT` reads well).
TITLES31 = (
    ("second-term councillor for {town}", "second-term councillor", "councillor", False),
    ("co-owner of {body}", "co-owner", "co-owner", True),
    ("vice-chair of {body}", "vice-chair", "vice-chair", True),
    ("ex-president of {body}", "ex-president", "ex-president", True),
    ("acting deputy director of {body}", "acting deputy director", "deputy director", True),
    ("former two-time regional champion", "former two-time regional champion", "champion", False),
    ("co-founder of {body}", "co-founder", "co-founder", True),
    ("third-generation {head} at {body}", "third-generation {head}", "{head}", True),
    ("non-executive director of {body}", "non-executive director", "non-executive director", True),
    ("vice-president of {body}", "vice-president", "vice-president", True),
    ("interim co-chair of {body}", "interim co-chair", "co-chair", True),
    ("semi-retired {head}", "semi-retired {head}", "{head}", False),
    ("newly re-elected treasurer of {body}", "newly re-elected treasurer", "treasurer", True),
)

#: Marked words that are no quotation: (the words before the marks, the marked words).
SCARE31 = (
    ("the so-called", "quiet zone"),
    ("the so-called", "golden mile"),
    ("what regulars call the", "back shed"),
    ("the so-called", "night shift"),
    ("what locals call the", "old guard"),
    ("the so-called", "winter rules"),
)

#: Works named by title: (the kind of work, its title).
WORKS31 = (
    ("the documentary", "Glass Under Water"),
    ("a short film called", "The Last Sweep"),
    ("the album", "Cold Iron Songs"),
    ("the book", "A Year of Stone"),
    ("the play", "Twelve Keys"),
    ("the radio series", "Deep Water Voices"),
)

#: Narrative sentences with a subject pronoun slot (`{S}`) and a possessive slot (`{P}`).
NARRATIVE31 = (
    "{S} walked to the window and looked out at the yard.",
    "{S} poured two cups of tea and sat down.",
    "{S} looked at the ledger for a long time.",
    "{S} rubbed {P} eyes.",
    "{S} put the tools back in the drawer, one by one.",
)

#: Narrative sentences that name nobody and report nothing.
FILLERS31 = (
    "Outside, the rain had started again.",
    "The phone rang in the back office and nobody answered it.",
    "A delivery van reversed into the yard.",
    "The clock above the door had stopped years ago.",
)

#: Groups of people who speak in turn after a colon: (plural noun, the phrase after the count).
GROUPS31 = (
    "residents spoke at the meeting",
    "traders gave their views",
    "volunteers described the season",
    "members addressed the hearing",
)

COUNTS31 = ("Two", "Three", "Four")

#: Newspapers and broadcasters.
PAPERS31 = ("the Kestlow Gazette", "the Howgate Herald", "Radio Carrack", "the Pellingford Times")

TOWNS31 = ("Kestlow", "Howgate", "Pellingford", "Frostholm", "Greymarket", "Corriebank", "Ravelstone")

DAYS31 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
