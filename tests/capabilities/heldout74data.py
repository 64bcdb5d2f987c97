"""Slot fillers of the seventy-fourth held-out round (``heldout74.py``), a round of ARTS, BOOKS, FILM AND
REVIEWS as an arts desk and a culture writer write them: invented novelists, poets, directors, actors,
musicians, dancers, critics, curators, gallery directors, publishers and prize judges (with a gender and an
age), one-word names and stage names, roles with the orchestra, theatre, gallery, festival or press they
belong to, invented venues, outlets with their critics, prizes, works of every kind (novels, films, albums,
songs, exhibitions, plays, episodes, poems) whose titles sit in marks and nobody says, lines from those works,
quotations, reported clauses, pointed fragments for mixed quotations, narrative sentences, towns and days.

Every name, work, venue, outlet, prize, place and sentence here was written for this round; all of them are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS74 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS74 = (*MARKS74, Mark("\u2018", "\u2019"))

WOMEN74 = (
    Person("Odile Faraday", "Faraday", "f", "English", 44),
    Person("Priya Venkataraman", "Venkataraman", "f", "Tamil", 39),
    Person("Tamsin Okonjo", "Okonjo", "f", "Nigerian", 36),
    Person("Lucia Bernardi", "Bernardi", "f", "Italian", 52),
    Person("Henrike Vogt", "Vogt", "f", "German", 47),
    Person("Saoirse Dunleavy", "Dunleavy", "f", "Irish", 33),
    Person("Amara Ekwueme", "Ekwueme", "f", "Igbo", 41),
    Person("Yuki Tanabe", "Tanabe", "f", "Japanese", 38),
    Person("Delphine Aubert", "Aubert", "f", "French", 56),
    Person("Rosalind Achterberg", "Achterberg", "f", "Dutch", 61),
    Person("Noor Haddad", "Haddad", "f", "Lebanese", 35),
    Person("Bettina Lorimer", "Lorimer", "f", "Scottish", 49),
    Person("Kalinda Rowe", "Rowe", "f", "Australian", 30),
    Person("Agnieszka Wrona", "Wrona", "f", "Polish", 45),
    Person("Ines Carvalho", "Carvalho", "f", "Portuguese", 42),
)

MEN74 = (
    Person("Tobias Lindqvist", "Lindqvist", "m", "Swedish", 50),
    Person("Ezra Mallory", "Mallory", "m", "American", 37),
    Person("Kofi Asante-Darko", "Asante-Darko", "m", "Ghanaian", 46),
    Person("Matteo Ravelli", "Ravelli", "m", "Italian", 58),
    Person("Declan Furlong", "Furlong", "m", "Irish", 43),
    Person("Rafael Quintero", "Quintero", "m", "Mexican", 40),
    Person("Hamish Tervit", "Tervit", "m", "Scottish", 63),
    Person("Anselm Kugler", "Kugler", "m", "German", 55),
    Person("Idris Bamgbose", "Bamgbose", "m", "Yoruba", 34),
    Person("Bastien Moreau", "Moreau", "m", "French", 48),
    Person("Callum Redgrave", "Redgrave", "m", "English", 29),
    Person("Oskar Wieczorek", "Wieczorek", "m", "Polish", 51),
    Person("Lionel Ashdown", "Ashdown", "m", "English", 67),
    Person("Nikhil Sastry", "Sastry", "m", "Telugu", 39),
    Person("Joaquim Fontes", "Fontes", "m", "Portuguese", 44),
)

PEOPLE74 = tuple(p for pair in zip(WOMEN74, MEN74, strict=True) for p in pair)


@frozen
class Stage74:
    """An artist known by a stage name or one word: the name the story uses, the names a key accepts (the
    stage name, and the birth name when the story gives it), the birth name (empty when not given), the
    gender and the line of work."""

    name: str
    accepted: tuple[str, ...]
    born: str
    gender: str
    work: str


#: One-word names and stage names (the birth name, when given, is written as `whose real name is X`).
STAGE74 = (
    Stage74("Zephine", ("Zephine",), "", "f", "singer"),
    Stage74("Orlo", ("Orlo",), "", "m", "rapper"),
    Stage74("Kassava", ("Kassava", "Kassandra Velloso"), "Kassandra Velloso", "f", "singer-songwriter"),
    Stage74("Bramwell", ("Bramwell",), "", "m", "producer"),
    Stage74("Lark", ("Lark", "Lucinda Fenwick-Hale"), "Lucinda Fenwick-Hale", "f", "folk singer"),
    Stage74("Dusty Caravel", ("Dusty Caravel", "Dominic Carvell"), "Dominic Carvell", "m", "country singer"),
    Stage74("Mirabai Sol", ("Mirabai Sol",), "", "f", "DJ"),
    Stage74("Teodor", ("Teodor",), "", "m", "pianist"),
    Stage74("Nell Vesper", ("Nell Vesper", "Eleanor Vespasian"), "Eleanor Vespasian", "f", "drag artist"),
    Stage74("Kit Marauder", ("Kit Marauder", "Christopher Maund"), "Christopher Maund", "m", "guitarist"),
)


@frozen
class Role74:
    """An arts role: the title after a name (with its article, between commas), the title before a name (no
    article), the parts a title must hold (the role noun and each affiliation) and the short reference a story
    uses later (`the novelist`)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str


#: Artists' roles, some with the orchestra, theatre, band or festival they belong to.
ROLES74 = (
    Role74("a novelist", "novelist", ("novelist",), "the novelist"),
    Role74(
        "a cellist with the Harwick Chamber Orchestra",
        "Harwick Chamber Orchestra cellist",
        ("cellist", "Harwick Chamber Orchestra"),
        "the cellist",
    ),
    Role74(
        "artistic director of the Quayside Playhouse",
        "Quayside Playhouse artistic director",
        ("artistic director", "Quayside Playhouse"),
        "the director",
    ),
    Role74(
        "principal dancer at the Oriel Ballet",
        "Oriel Ballet principal dancer",
        ("principal dancer", "Oriel Ballet"),
        "the dancer",
    ),
    Role74("a playwright", "playwright", ("playwright",), "the playwright"),
    Role74(
        "lead singer of the Tallow Lanterns",
        "Tallow Lanterns lead singer",
        ("lead singer", "Tallow Lanterns"),
        "the singer",
    ),
    Role74(
        "principal conductor of the Eastmere Symphony Orchestra",
        "Eastmere Symphony Orchestra principal conductor",
        ("conductor", "Eastmere Symphony Orchestra"),
        "the conductor",
    ),
    Role74("a sculptor", "sculptor", ("sculptor",), "the sculptor"),
    Role74("a composer", "composer", ("composer",), "the composer"),
    Role74("a screenwriter", "screenwriter", ("screenwriter",), "the screenwriter"),
    Role74("a documentary filmmaker", "documentary filmmaker", ("filmmaker",), "the filmmaker"),
    Role74("a poet", "poet", ("poet",), "the poet"),
    Role74("a choreographer", "choreographer", ("choreographer",), "the choreographer"),
    Role74("an illustrator", "illustrator", ("illustrator",), "the illustrator"),
    Role74(
        "director of the Brackenholt Literary Festival",
        "Brackenholt Literary Festival director",
        ("director", "Brackenholt Literary Festival"),
        "the festival director",
    ),
    Role74(
        "publisher at Larkspur Books",
        "Larkspur Books publisher",
        ("publisher", "Larkspur Books"),
        "the publisher",
    ),
)


#: Curators' and gallery directors' posts: the post, the venue, the parts a title must hold, the venue's noun.
@frozen
class Post74:
    post: str
    venue: str
    link: str
    parts: tuple[str, ...]
    noun: str


POSTS74 = (
    Post74("chief curator", "the Fenwick Gallery", "at", ("chief curator", "Fenwick Gallery"), "the gallery"),
    Post74(
        "director", "the Moorgate Museum of Modern Art", "of", ("director", "Moorgate Museum"), "the museum"
    ),
    Post74(
        "head of collections",
        "the Saltmarsh Museum",
        "at",
        ("head of collections", "Saltmarsh Museum"),
        "the museum",
    ),
    Post74(
        "senior curator of photography",
        "the Ardwick Institute",
        "at",
        ("curator", "Ardwick Institute"),
        "the institute",
    ),
    Post74(
        "director", "the Lantern Street Gallery", "of", ("director", "Lantern Street Gallery"), "the gallery"
    ),
    Post74("curator of prints", "the Hollin Museum", "at", ("curator", "Hollin Museum"), "the museum"),
    Post74(
        "head of exhibitions",
        "the Copperfield Arts Centre",
        "at",
        ("head of exhibitions", "Copperfield Arts Centre"),
        "the arts centre",
    ),
    Post74(
        "keeper of paintings",
        "the Tarrant Collection",
        "at",
        ("keeper", "Tarrant Collection"),
        "the collection",
    ),
)


@frozen
class Outlet74:
    """A newspaper, magazine or broadcaster: its name as written after a verb (with its article), the critic's
    post there (`film critic`) and the form of the work it reviews."""

    name: str
    post: str
    beat: str


OUTLETS74 = (
    Outlet74("the Harbour Ledger", "film critic", "film"),
    Outlet74("the Quill Review", "books editor", "novel"),
    Outlet74("the Evening Lantern", "theatre critic", "play"),
    Outlet74("Soundboard magazine", "music critic", "album"),
    Outlet74("Radio Fennick", "arts correspondent", "exhibition"),
    Outlet74("the Northgate Courier", "art critic", "exhibition"),
    Outlet74("Reelside", "chief film critic", "film"),
    Outlet74("the Weekly Almanac", "poetry editor", "collection"),
)

#: Works whose titles sit in marks and nobody says: the noun, the title.
NOVELS74 = (
    "The Salt Orchard",
    "A Lamp for Wintering",
    "The Glass Ferryman",
    "Under the Heron Moon",
    "Small Hours in Vell",
    "Nobody Leaves Before the Rain",
)
FILMS74 = (
    "Tidewater Saints",
    "The Last Projectionist",
    "Ember Road",
    "Hollow Bay",
    "A Quiet Machine",
    "Tell Them I Was Here",
)
ALBUMS74 = ("Paper Weather", "Brass Lullabies", "Northern Static", "Moth Year", "I Will Not Be Your Weather")
SONGS74 = ("Slow Lanterns", "Kerosene Heart", "Back to Ollerby", "Sparrow Mile", "Don't Wake the Ferryman")
EXHIBITIONS74 = (
    "Rooms Without Doors",
    "The Weight of Linen",
    "Salt, Iron, Light",
    "After the Flood Line",
    "We Were Never Here",
)
PLAYS74 = ("The Orchard Wedding", "Ballast", "Daughters of the Weir", "Come In, the Door Is Open")
EPISODES74 = ("The Lighthouse Clause", "Twelve Bells", "What the Tide Kept")
POEMS74 = ("Inventory for a Drowned House", "Winter Swimmers", "Letter to My Sister's Kitchen")

#: (noun, titles) for every kind of work; the noun as a story writes it before or after the title.
WORKS74 = (
    ("novel", NOVELS74),
    ("film", FILMS74),
    ("album", ALBUMS74),
    ("song", SONGS74),
    ("exhibition", EXHIBITIONS74),
    ("play", PLAYS74),
    ("episode", EPISODES74),
    ("poem", POEMS74),
)

#: Quotations (no final stop: the template adds the comma or stop).
QUOTES74 = (
    "I wrote the first draft in a caravan with a leaking roof and I think you can hear the rain in it",
    "Every actor on that set was braver than I was",
    "The book is about what families refuse to say at the dinner table",
    "We rehearsed the last scene forty times and it still frightens me",
    "I wanted the paintings to look as if someone had just left the room",
    "It took me eleven years to learn how to end a song",
    "Nobody in my family had ever been inside a gallery",
    "The orchestra played it better than I had any right to hope",
    "Grief is not tidy, so the film is not tidy either",
    "I never set out to write a funny book, but people keep laughing in the right places",
    "There is a version of this story where nobody forgives anybody, and I refused to write it",
    "We hung the show so that you meet the smallest work first",
    "The camera stays on her face because the audience deserves to see what she sees",
    "I learned to dance in a church hall in Fallowmere with a broken radiator",
    "My grandmother would have hated this poem and loved that I wrote it",
    "Music was the only thing in that town that belonged to everybody",
    "The set is built from doors we salvaged from demolished houses",
    "I still do not know whether the ending is happy",
    "Critics can call it slow, but slowness is the point",
    "This prize belongs to every translator who was told their work did not matter",
    "We had no money, one camera and a borrowed fishing boat",
    "I kept the chapters short because my readers are tired people with jobs",
    "Some of the best lines in the script came from the extras",
    "The collection is a record of a coastline that is disappearing",
)

#: Reported clauses (no final stop).
CLAUSES74 = (
    "the film was about grief and the strange comedy of funerals",
    "she had based the heroine on her late grandmother",
    "the novel began life as a radio play that nobody wanted",
    "the band had recorded most of the album in a disused chapel",
    "the exhibition would travel to three more cities next year",
    "the screenplay had been rewritten nine times",
    "the orchestra would premiere two new works in the spring",
    "the gallery had doubled its visitor numbers since the refurbishment",
    "the ending had been changed after the first preview",
    "the paintings had spent forty years in a farmhouse attic",
    "the cast had learned to sail for the final scenes",
    "the book would be translated into fourteen languages",
    "the tour had been postponed because of a flooded venue",
    "the poems were written during a winter on a fishing island",
    "the festival would move to a larger site in Kestlebridge",
    "the sequel was already half written",
    "the theatre could not survive another season without new funding",
    "the documentary had taken six years to finish",
)

#: Pointed fragments for mixed quotations: (the thing, the words in marks).
FRAGS74 = (
    ("the film", "a dazzling, maddening mess"),
    ("the novel", "furious and very funny"),
    ("the production", "a triumph of nerve over budget"),
    ("the album", "the sound of a hangover at sea"),
    ("the exhibition", "quietly devastating"),
    ("the score", "built out of silence"),
    ("the staging", "too clever by half"),
    ("the performance", "the best work of her career"),
    ("the collection", "a book to be read in one sitting"),
    ("the sequel", "louder, longer and emptier"),
    ("the final act", "a slow-motion car crash"),
    ("the retrospective", "overdue and overstuffed"),
)

#: Lines from works, quoted as such (no final punctuation).
LINES74 = (
    "I left the lights on in every room so the dark would have nowhere to sit",
    "Take me back to the river where the ferry used to run",
    "We were young and the sea was cheap",
    "Nobody tells you that the last letter is the hardest one to post",
    "Every house in this street remembers the flood",
    "Sing it slow, sing it low, sing it home",
    "My mother kept her anger in the biscuit tin",
    "The map was wrong, but we followed it anyway",
    "You can leave the island but the island does not leave you",
    "Count the bells and you will know how many have drowned",
)

#: Prizes (with their article) and what is won.
PRIZES74 = (
    ("the Ashgrove Prize for Fiction", "Ashgrove Prize"),
    ("the Pellinor Award for best director", "Pellinor Award"),
    ("the Thornbury Medal for poetry", "Thornbury Medal"),
    ("the Silver Heron at the Lisgarth Film Festival", "Silver Heron"),
    ("the Calderwood Prize for first novels", "Calderwood Prize"),
    ("the Merrow Music Prize", "Merrow Music Prize"),
)

#: Narrative sentences about the arts that report nothing.
NARRATIVE74 = (
    "The queue for tickets stretched around the block by nine in the morning.",
    "The first print run sold out within a week.",
    "The screening was followed by a long standing ovation.",
    "Rehearsals moved to a warehouse after the roof of the old hall collapsed.",
    "The gallery stayed open until midnight on the final weekend.",
    "The tour will finish in Tregarrow in October.",
    "The film was shot over nineteen days on the north coast.",
    "The novel spent eleven weeks on the bestseller list.",
)

#: Scare terms and nicknames nobody says.
SCARE74 = (
    "difficult second album",
    "national treasure",
    "slow cinema",
    "misery lit",
    "cosy crime",
    "comeback",
)

TOWNS74 = ("Porthgale", "Wrenmouth", "Ollerby", "Kestlebridge", "Fallowmere", "Tregarrow")
DAYS74 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Critics' quotations (no final stop).
CRITIQUES74 = (
    "It is the most beautiful failure I have seen all year",
    "For two hours I forgot to check my phone, which is the highest praise I have",
    "The second half loses its nerve and never finds it again",
    "Nobody has written about small towns this honestly in a decade",
    "The songs are fine, but the band sounds bored of them",
    "Go for the lead performance and forgive the rest",
    "Every room of the show earns its place",
    "It is a brave book that will annoy exactly the right people",
)

#: Critics' reported clauses (no final stop).
CRITCLAUSES74 = (
    "the script could have lost twenty minutes",
    "the lead performance held the whole thing together",
    "the final chapter undid much of the good work",
    "the hang was the best the gallery had managed in years",
    "the band had finally found a sound of its own",
    "the staging was too dark to follow from the back rows",
)

#: Quotations a credit splits: (first part, second part), no final punctuation.
SPLITS74 = (
    ("I thought the book was finished", "and then my editor asked where the ending had gone"),
    ("We shot the storm scenes in July", "which tells you everything about our budget"),
    ("People think the show is about loss", "but it is really about the people who stay"),
    ("The first song I ever wrote was terrible", "and I still play it at every gig"),
    ("A gallery should feel like a public square", "not like a bank vault"),
    ("I auditioned four times for that part", "and I would have gone back a fifth time"),
    ("Translation is a kind of acting", "you disappear so the book can speak"),
    ("The orchestra was sight-reading half of it", "and you would never have known"),
)

#: Feelings a maker wanted a work to have (for `wanted the film to feel "X"`).
FEELS74 = (
    "like a fever dream",
    "like a letter from home",
    "slightly dangerous",
    "like an argument in a kitchen",
)

#: Nicknames fans and the press give artists (nobody says them).
NICKS74 = ("the Lamplighter", "Queen of the Fens", "the Quiet Riot", "the Ferryman")

#: What a work does on a day (after its title): the work's noun -> the phrase.
ACTS74 = {
    "novel": "is published",
    "film": "opens in cinemas",
    "album": "is released",
    "song": "was released",
    "exhibition": "opens to the public",
    "play": "opens in Wrenmouth",
    "episode": "airs",
    "poem": "is read aloud at the festival",
}

#: The verb for making a work of each noun.
MAKES74 = {
    "novel": "wrote",
    "film": "shot",
    "album": "recorded",
    "song": "wrote",
    "exhibition": "installed",
    "play": "wrote",
    "episode": "directed",
    "poem": "wrote",
}
