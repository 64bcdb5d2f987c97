"""Slot fillers of the thirtieth held-out round (``heldout30.py``): invented people of Gagauz, Mari, Evenki,
Ryukyuan, Ifugao, Kadazan, Iban, Toraja, Yolngu, Inupiat, Haida, Ojibwe, Tuareg, Afar and Guna origin
(with their gender and a phrase that states it), quotation marks (straight, curly, British single,
guillemets, German low-high), open-class cue verbs of gesture, roles with their bodies in peat cutting,
cork harvesting, snow surveys, saddle making, night markets, meteorite collections, typewriter repair, a
sled dog museum, clog making, gas lamps, waxworks, foraging, lime burning, umbrella repair, horse-drawn
barges and quilting, reports split by a parenthetical credit, quotations over paragraphs, spokespeople,
long subjects, agency datelines and bylines, headlines, people described but never named, and quotations
holding brackets, ellipses and dashes, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person30:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, and a phrase in apposition that states the gender to a reader who cannot tell it
    from the name."""

    full: str
    last: str
    gender: str
    culture: str
    note: str

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
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.`."""
        return "Ms." if self.gender == "f" else "Mr."


@frozen
class Mark30:
    """A pair of quotation marks; curly and German marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


ALL_MARKS30 = (
    Mark30('"', '"'),
    Mark30("“", "”"),
    Mark30("'", "'"),
    Mark30("‘", "’"),
    Mark30("«", "»"),
    Mark30("„", "“"),
)

WOMEN30 = (
    Person30("Varvara Kuroglu", "Kuroglu", "f", "Gagauz", "a mother of three"),
    Person30("Salika Yamblatova", "Yamblatova", "f", "Mari", "a grandmother of five"),
    Person30("Dulgunna Kaplina", "Kaplina", "f", "Evenki", "who lives above her workshop"),
    Person30(
        "Kamado Tamanaha", "Tamanaha", "f", "Ryukyuan", "a widow who has worked in the trade for decades"
    ),
    Person30("Marcelina Hangdaan", "Hangdaan", "f", "Ifugao", "who has spent her whole career in the trade"),
    Person30("Evelyn Lojungin", "Lojungin", "f", "Kadazan", "a mother of two"),
    Person30("Sumbang Ngelai", "Ngelai", "f", "Iban", "who learned the trade as a girl"),
    Person30("Yuliana Tangdilintin", "Tangdilintin", "f", "Toraja", "a grandmother of two"),
    Person30("Wurrpen Dhamarrandji", "Dhamarrandji", "f", "Yolngu", "who lives above her shop"),
    Person30("Doreen Kignak", "Kignak", "f", "Inupiat", "a mother of four"),
    Person30("Jaalen Yeltatzie", "Yeltatzie", "f", "Haida", "who has spent her whole career in the trade"),
    Person30("Leona Nahwegahbow", "Nahwegahbow", "f", "Ojibwe", "a grandmother of three"),
    Person30("Tamiditt Alhassane", "Alhassane", "f", "Tuareg", "a mother of five"),
    Person30("Fatuma Haysama", "Haysama", "f", "Afar", "who lives above her workshop"),
    Person30(
        "Zenaida Aibanikinya", "Aibanikinya", "f", "Guna", "a widow who has worked in the trade for decades"
    ),
)

MEN30 = (
    Person30("Fyodor Karachoban", "Karachoban", "m", "Gagauz", "a father of two"),
    Person30("Akpars Sheberdin", "Sheberdin", "m", "Mari", "a grandfather of four"),
    Person30("Semyon Udygir", "Udygir", "m", "Evenki", "who lives above his workshop"),
    Person30(
        "Seitoku Nakandakari",
        "Nakandakari",
        "m",
        "Ryukyuan",
        "a widower who has worked in the trade for decades",
    ),
    Person30(
        "Teodoro Bumangabang", "Bumangabang", "m", "Ifugao", "who has spent his whole career in the trade"
    ),
    Person30("Benedict Majalap", "Majalap", "m", "Kadazan", "a father of three"),
    Person30("Jenang Kuleh", "Kuleh", "m", "Iban", "who learned the trade as a boy"),
    Person30("Rudolf Sarungallo", "Sarungallo", "m", "Toraja", "a grandfather of six"),
    Person30("Djunga Wunungmurra", "Wunungmurra", "m", "Yolngu", "who lives above his shop"),
    Person30("Amos Tuzroyluk", "Tuzroyluk", "m", "Inupiat", "a father of four"),
    Person30("Gwaai Collinson", "Collinson", "m", "Haida", "who has spent his whole career in the trade"),
    Person30("Ezekiel Ningewance", "Ningewance", "m", "Ojibwe", "a grandfather of three"),
    Person30("Mossa Ghissa", "Ghissa", "m", "Tuareg", "a father of five"),
    Person30("Hanfare Gaas", "Gaas", "m", "Afar", "who lives above his workshop"),
    Person30("Iguaigdi Orán", "Orán", "m", "Guna", "a widower who has worked in the trade for decades"),
)

PEOPLE30 = tuple(p for pair in zip(WOMEN30, MEN30, strict=True) for p in pair)

#: Reporters of bylines and credit lines (never speakers).
REPORTERS30 = (
    "Ansel Drummock",
    "Corisande Pewtrell",
    "Lucan Hebblewhite",
    "Tamsin Grealey",
    "Odhran Felsworth",
    "Ines Marraway",
)

#: Datelines: (the dateline as written before the story, a string that must stay out of quotes and names).
DATELINES30 = (
    ("SOLLERBY, Orkney (Coastwire) - ", "(Coastwire)"),
    ("FELSHAM RISE, Cumbria, March 4 (Isle Press) — ", "(Isle Press)"),
    ("STRANDVIK, Norway (Fenwire) — ", "(Fenwire)"),
    ("LOWICK — ", "LOWICK"),
    ("AMBERLOW, Wales, Oct. 12 — ", "AMBERLOW"),
    ("FAIRHOPE (Coastwire) -- ", "(Coastwire)"),
)

#: Labels after a byline name (`By NAME, LABEL`, `NAME | LABEL`).
BYLINE_LABELS30 = ("Staff Writer", "Correspondent", "Rural Affairs Reporter", "Special to the Courier")

#: Open-class cue verbs of gesture (past, present) no common reporting-verb lexicon lists.
OPEN_VERBS30 = (
    ("grimaced", "grimaces"),
    ("pouted", "pouts"),
    ("winked", "winks"),
    ("frowned", "frowns"),
    ("sniggered", "sniggers"),
    ("bubbled", "bubbles"),
    ("fizzed", "fizzes"),
    ("chafed", "chafes"),
)

#: Roles: (role after a name, the body, the head a title must contain and a later reference uses (`the
#: HEAD said`), the body's kind, quotations in the role's voice, reported clauses in the role's field, a
#: report split by a parenthetical credit (its subject, its predicate)).
ROLES30 = (
    (
        "head cutter",
        "the Orrindale Peat Company",
        "cutter",
        "the company",
        (
            "You cut in May and pray for a dry June",
            "A good bank of peat will outlast all of us",
            "The bog gives back what you take if you wait",
        ),
        (
            "the cutting season would end a month early",
            "the banks had been too wet to work in April",
            "the company would stop selling to garden centres",
        ),
        ("the lower bank", "will be left to recover for ten years"),
    ),
    (
        "harvest foreman",
        "the Valdrin Cork Estate",
        "foreman",
        "the estate",
        (
            "A cork oak needs nine years between strippings",
            "One careless swing of the axe can kill a tree",
            "The bark comes off in one piece if you know the tree",
        ),
        (
            "the estate would strip the northern slope next summer",
            "the heat had split much of the bark",
            "the estate would hire twelve extra strippers",
        ),
        ("the oldest trees", "will not be stripped again"),
    ),
    (
        "snow surveyor",
        "the Upper Quarnhope Snow Survey",
        "surveyor",
        "the survey",
        (
            "The snow tells you what the rivers will do in spring",
            "We weigh every core by hand",
            "Some winters the marker stakes vanish completely",
        ),
        (
            "the snowpack was the thinnest in forty years",
            "the survey would add six new measuring sites",
            "the spring melt would come early",
        ),
        ("the high course", "will be measured by drone from next winter"),
    ),
    (
        "head stitcher",
        "the Wraxholm Saddle Works",
        "stitcher",
        "the works",
        (
            "A saddle is only as good as the tree inside it",
            "Every stitch on a seat is done by hand",
            "The riders notice a bad saddle within a mile",
        ),
        (
            "the works would take on an apprentice in the autumn",
            "the price of hides had risen by a third",
            "the works had a waiting list of fourteen months",
        ),
        ("the show saddles", "will be made to order only"),
    ),
    (
        "market manager",
        "the Glissop Street Night Market",
        "manager",
        "the market",
        (
            "The stalls go up at dusk and come down by two",
            "People come for the noodles and stay for the music",
            "We close the street to cars every Friday",
        ),
        (
            "the market would stay open until three in summer",
            "the number of stalls had doubled since last year",
            "the council would pay for new lighting",
        ),
        ("the food stalls", "will move to the car park in June"),
    ),
    (
        "meteorite curator",
        "the Pennistane Meteorite Collection",
        "curator",
        "the collection",
        (
            "Most of what people bring us is slag from old furnaces",
            "Every stone in this room fell from the sky",
            "A real meteorite feels heavier than it looks",
        ),
        (
            "the collection would lend ten stones to a museum",
            "a fragment had been found on a farm near the coast",
            "the collection had catalogued two hundred new finds",
        ),
        ("the largest stone", "will go on display in the spring"),
    ),
    (
        "chief mechanic",
        "the Tewsley Typewriter Workshop",
        "mechanic",
        "the workshop",
        (
            "Nobody makes these springs any more, so we cut our own",
            "Students bring in machines their grandparents used",
            "A typewriter will outlive any laptop on this street",
        ),
        (
            "the workshop had repaired four hundred machines this year",
            "ribbons were getting harder to find",
            "the workshop would start teaching evening classes",
        ),
        ("the oldest machine", "will be sold to a collector"),
    ),
    (
        "museum director",
        "the Ottermere Sled Dog Museum",
        "director",
        "the museum",
        (
            "The dogs did the work and the mushers got the medals",
            "Every harness on this wall pulled a sled for real",
            "Children always want to touch the old sleds",
        ),
        (
            "the museum would open a gallery on the old mail routes",
            "visitor numbers had fallen since the road closed",
            "the museum would stay open through the winter",
        ),
        ("the mail sled", "will be restored by volunteers"),
    ),
    (
        "master clog maker",
        "the Brantwick Clog Mill",
        "clog maker",
        "the mill",
        (
            "A clog made of alder will last a working life",
            "The wood has to dry for a year before I touch it",
            "Dancers wear them out faster than farmers ever did",
        ),
        (
            "the mill would make clogs for a dance troupe",
            "the alder supply had run short",
            "the mill had sold out of small sizes",
        ),
        ("the winter stock", "will be finished by hand"),
    ),
    (
        "lamplighter",
        "the Skelbrook Gaslight Society",
        "lamplighter",
        "the society",
        (
            "I light one hundred and four lamps every evening",
            "The mantles are as fragile as moth wings",
            "People stop to watch as if it were a show",
        ),
        (
            "the society would convert none of its lamps to electricity",
            "a storm had broken eleven lamp glasses",
            "the society would hire a second lamplighter",
        ),
        ("the lamps on the quay", "will be relit next month"),
    ),
    (
        "head modeller",
        "the Ilsworth Waxworks",
        "modeller",
        "the waxworks",
        (
            "A single head takes us four months",
            "The heat of the crowds is our worst enemy",
            "Visitors always want a photo with the villain",
        ),
        (
            "the waxworks would add a gallery of local heroes",
            "two figures had been damaged in the heatwave",
            "the waxworks would close for repairs in January",
        ),
        ("the royal figures", "will be moved to the ground floor"),
    ),
    (
        "lead forager",
        "the Drennick Foraging Collective",
        "forager",
        "the collective",
        (
            "Never eat anything you cannot name twice",
            "The best mushrooms grow where nobody looks",
            "We leave half of every patch for the animals",
        ),
        (
            "the collective would run walks for schools",
            "the autumn crop had been the best in a decade",
            "the collective would stop selling to restaurants",
        ),
        ("the spring walks", "will be limited to twelve people"),
    ),
    (
        "lime burner",
        "the Maddersby Lime Kiln",
        "lime burner",
        "the kiln",
        (
            "The kiln burns for three days and nobody sleeps much",
            "Builders come back to lime once they see what cement does to old walls",
            "You can smell a good burn from the village",
        ),
        (
            "the kiln would be fired twice more this year",
            "a crack had opened in the draw arch",
            "the kiln had sold every tonne of lime",
        ),
        ("the next firing", "will be open to the public"),
    ),
    (
        "chief repairer",
        "the Yelvoe Umbrella Hospital",
        "repairer",
        "the hospital",
        (
            "A good umbrella deserves a second life",
            "We fix the ribs and the customers bring the memories",
            "Half the umbrellas we see were left on trains",
        ),
        (
            "the hospital would take umbrellas by post",
            "repairs had doubled after a wet summer",
            "the hospital would train two more repairers",
        ),
        ("the old frames", "will be recycled rather than thrown away"),
    ),
    (
        "head groom",
        "the Hevering Horse Barge Trust",
        "groom",
        "the trust",
        (
            "The horse knows the towpath better than any of us",
            "A barge of forty tonnes moves with one good horse",
            "We walk twelve miles on a busy day",
        ),
        (
            "the trust would buy a second horse",
            "the towpath had been washed out in two places",
            "the barge would carry school groups in the summer",
        ),
        ("the evening trips", "will run until the end of September"),
    ),
    (
        "guild secretary",
        "the Carnbrae Quilting Guild",
        "secretary",
        "the guild",
        (
            "Every quilt here has a story stitched into it",
            "We meet on Thursdays and nobody misses a week",
            "Young people are coming back to the needle",
        ),
        (
            "the guild would show forty quilts in the town hall",
            "membership had grown by a third",
            "the guild would raffle a quilt for the lifeboat",
        ),
        ("the winter exhibition", "will open on the first of December"),
    ),
)

#: Quotations that fit any role (no final punctuation; no apostrophes).
ALL_Q30 = (
    "We have never had a winter like this one",
    "Nobody gets rich doing this, and nobody wants to",
    "The young ones learn faster than I ever did",
    "Every year somebody says we will not last",
    "It is hard work, but it is honest work",
    "We owe the whole thing to the volunteers",
    "The town would be poorer without it",
    "I still get nervous on the first day of the season",
)

#: Reported clauses (no initial *that*), some with *would*.
CLAUSES30 = (
    "the repairs would take most of the winter",
    "the grant had arrived two months late",
    "the season had been the quietest in years",
    "the building would be sold if nothing changed",
    "the volunteers had saved the place twice",
    "ticket prices would rise in the spring",
)

#: Reports that a parenthetical credit can split: (subject, predicate).
SPLIT_REPORTS30 = (
    ("the plan", "is dead"),
    ("the building", "will not survive another winter"),
    ("the money", "was never going to be enough"),
    ("the new rules", "will change nothing"),
    ("the volunteers", "have kept the place alive"),
    ("the lease", "runs out in March"),
)

#: A quotation over three paragraphs, one sentence each (no final punctuation; no apostrophes).
LONG_PARAS30 = (
    (
        "We started with two tables and a borrowed lamp",
        "By the third year there was a waiting list for every pitch",
        "Now the whole street depends on what happens here at night",
    ),
    (
        "My first winter I nearly gave it up",
        "The cold gets into your hands and never quite leaves",
        "But in spring you forget all of it in a week",
    ),
    (
        "People think this is a hobby for old folk",
        "Then they try it for an afternoon and come back every weekend",
        "Half our members joined in the last two years",
    ),
    (
        "There used to be nine of us doing this in the county",
        "Now there are two, and the other one is retiring",
        "If nobody takes it on, it ends with me",
    ),
    (
        "The flood came through the doors at four in the morning",
        "By six we had carried everything we could upstairs",
        "It took the whole summer to dry the place out",
    ),
)

#: The written channel of a quotation: (before a colon or quotation, a phrase after a credit).
WRITTEN30 = (
    "in an email",
    "in a text message",
    "in a letter to members",
    "in a note to volunteers",
    "in a message posted on the noticeboard",
)

#: What a speaker says before a colon and a quotation (`NAME CLAUSE: "Q."`).
COLON_CLAUSES30 = (
    "put it bluntly",
    "was blunt",
    "had a warning for visitors",
    "did not mince words",
    "was in no doubt",
    "had a simple message for the council",
    "summed up the season in one sentence",
    "had one piece of advice for newcomers",
)

#: Unnamed-spokesperson reasons (`... who asked not to be named because REASON`), by gender.
REASONS30 = (
    ("she was not authorised to speak publicly", "he was not authorised to speak publicly"),
    ("the talks were still private", "the talks were still private"),
    ("she had not been cleared to talk to the press", "he had not been cleared to talk to the press"),
)

#: Long relative clauses in a subject: (a clause for `who ...`, with `{kind}` for the body's kind).
LONG_SUBJECTS30 = (
    "who has run {kind} since 1998 and trained most of the people who work there",
    "whose family has worked at {kind} for four generations",
    "who turned 70 this year and shows no sign of retiring",
    "who came to {kind} as a volunteer in 2006 and never left",
    "who was born in the village and still lives within sight of {kind}",
)

#: Sources described but never named: (the phrase as written, the accepted speaker names).
DESCRIBED30 = (
    (
        "a woman selling dried kelp at the pier",
        ("a woman selling dried kelp at the pier", "woman selling dried kelp at the pier", "woman"),
    ),
    (
        "a man mending nets by the harbour wall",
        ("a man mending nets by the harbour wall", "man mending nets by the harbour wall", "man"),
    ),
    (
        "a teenager waiting for the last bus",
        ("a teenager waiting for the last bus", "teenager waiting for the last bus", "teenager"),
    ),
    (
        "a retired teacher who walks her dog past the site every morning",
        (
            "a retired teacher who walks her dog past the site every morning",
            "retired teacher who walks her dog past the site every morning",
            "a retired teacher",
            "retired teacher",
            "teacher",
        ),
    ),
    (
        "one of the stallholders packing up for the night",
        (
            "one of the stallholders packing up for the night",
            "one of the stallholders",
            "stallholders",
            "stallholder",
        ),
    ),
    (
        "a couple from the next village",
        ("a couple from the next village", "couple from the next village", "couple"),
    ),
)

#: People who give only a first name: (the name, gender, the noun that describes them).
FIRST_NAMES30 = (
    ("Senka", "f", "volunteer"),
    ("Pasko", "m", "stallholder"),
    ("Zofka", "f", "regular"),
    ("Corentin", "m", "visitor"),
    ("Brannagh", "f", "neighbour"),
    ("Eskil", "m", "volunteer"),
)

#: Quotations with a bracketed insertion (`{b}` is the bracketed words, the body's kind or name).
BRACKETED30 = (
    "We {b} will not sell, whatever the offer",
    "It {b} has never once closed on a weekday",
    "They {b} have not asked us a single question in ten years",
    "Without {b} there would be nothing here at all",
)

#: Quotations with an ellipsis inside (`...` or `…`).
ELLIPSES30 = (
    "We will not ... sell the land",
    "The money was ... well, it was never enough",
    "I have seen floods … but nothing like this one",
    "If the grant comes through … we will stay open",
)

#: Quotations with em dashes inside (spaced and unspaced).
DASHED30 = (
    "The old kiln — the one by the river — will be lit again",
    "Everyone—and I mean everyone—turned up to help",
    "We lost the roof, the stock, the lot — in one night",
    "Nobody here — not one of us — wants it to close",
)

#: Newspapers (for `told the PAPER`, `told this newspaper`).
PAPERS30 = ("the Sollerby Courier", "the Fairhope Advertiser", "the Lowick Echo", "Radio Stonecombe")

TOWNS30 = ("Sollerby", "Felsham Rise", "Lowick", "Amberlow", "Fairhope", "Stonecombe", "Brisbeck")

DAYS30 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Narrative sentences that report nothing and name no person.
FILLERS30 = (
    "The building went up in 1891 and has been repaired after every storm since.",
    "A small crowd had gathered by the door before nine.",
    "Rain had fallen all morning and the lane was deep in mud.",
    "The season runs from April to October.",
    "Entry is free, though a box by the door takes donations.",
)
