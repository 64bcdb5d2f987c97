"""Slot fillers of the fifty-fourth held-out round (``heldout54.py``), a round of SPORTS AND ENTERTAINMENT
NEWS as a sports desk, a showbiz desk and an arts page write them: invented athletes of twelve nationalities
(with the demonym a second reference uses, a gender and an age), coaches and managers, referees and officials,
pundits and fans, actors, directors, singers and composers; invented teams with the short name a story uses,
leagues and federations, award ceremonies, magazines, podcasts and broadcasters; titles of films, albums,
songs, shows and stage plays, chants, banners, nicknames and scare terms that nobody says; scores; post-match,
social-media, acceptance-speech and interview quotations, reported clauses and pointed fragments.

Every name, team, body, place, work and sentence here was written for this round; the people, teams, bodies
and places are invented (the names of real social networks are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and curly single marks (a British desk).
MARKS54 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS54 = (*MARKS54, Mark("\u2018", "\u2019"))

#: Athletes: the culture field holds the demonym a second reference uses (`the Ghanaian said`).
ATHLETES54 = (
    Person("Abena Tawiah", "Tawiah", "f", "Ghanaian", 24),
    Person("Kofi Agyemang", "Agyemang", "m", "Ghanaian", 23),
    Person("Larissa Menezes", "Menezes", "f", "Brazilian", 27),
    Person("Thiago Bastos", "Bastos", "m", "Brazilian", 25),
    Person("Jelena Vuksanovic", "Vuksanovic", "f", "Serbian", 29),
    Person("Nemanja Ristic", "Ristic", "m", "Serbian", 28),
    Person("Adaeze Okonkwo", "Okonkwo", "f", "Nigerian", 22),
    Person("Chidi Ezeanya", "Ezeanya", "m", "Nigerian", 21),
    Person("Camila Ferreyra", "Ferreyra", "f", "Argentine", 26),
    Person("Mateo Garay", "Garay", "m", "Argentine", 30),
    Person("Ingrid Solbakken", "Solbakken", "f", "Norwegian", 31),
    Person("Sindre Haugland", "Haugland", "m", "Norwegian", 33),
    Person("Awa Ndiaye", "Ndiaye", "f", "Senegalese", 20),
    Person("Ousmane Diatta", "Diatta", "m", "Senegalese", 24),
    Person("Ximena Arriaga", "Arriaga", "f", "Mexican", 28),
    Person("Emiliano Urquidi", "Urquidi", "m", "Mexican", 29),
    Person("Petra Kovacevic", "Kovacevic", "f", "Croatian", 25),
    Person("Luka Baric", "Baric", "m", "Croatian", 27),
    Person("Shanique Blackwood", "Blackwood", "f", "Jamaican", 30),
    Person("Dwayne Ricketts", "Ricketts", "m", "Jamaican", 32),
    Person("Wanjiku Chege", "Chege", "f", "Kenyan", 26),
    Person("Kipruto Lagat", "Lagat", "m", "Kenyan", 19),
    Person("Tamsyn Kellerman", "Kellerman", "f", "Australian", 34),
    Person("Jarrah Whitcombe", "Whitcombe", "m", "Australian", 22),
)

#: Coaches and managers.
COACHES54 = (
    Person("Marguerite Lachance", "Lachance", "f", "coach", 48),
    Person("Dermot Fallowfield", "Fallowfield", "m", "coach", 55),
    Person("Helga Brandvold", "Brandvold", "f", "coach", 52),
    Person("Gianluca Ferrandi", "Ferrandi", "m", "coach", 51),
    Person("Siobhan Carrow", "Carrow", "f", "coach", 45),
    Person("Aleksandar Mitrovski", "Mitrovski", "m", "coach", 58),
    Person("Renata Vlasic", "Vlasic", "f", "coach", 50),
    Person("Hamish Carrick", "Carrick", "m", "coach", 49),
    Person("Yolanda Pikesley", "Pikesley", "f", "coach", 47),
    Person("Osvaldo Reinoso", "Reinoso", "m", "coach", 53),
    Person("Mireille Achterberg", "Achterberg", "f", "coach", 44),
    Person("Tunde Olaniyan", "Olaniyan", "m", "coach", 46),
)

#: Referees, umpires, stewards and match officials.
OFFICIALS54 = (
    Person("Graham Pettifer", "Pettifer", "m", "official", 41),
    Person("Aurelie Dussault", "Dussault", "f", "official", 38),
    Person("Marek Zielinski", "Zielinski", "m", "official", 44),
    Person("Fenella Hargreaves", "Hargreaves", "f", "official", 39),
    Person("Cormac Tiernan", "Tiernan", "m", "official", 47),
    Person("Beatriz Oyarzun", "Oyarzun", "f", "official", 42),
)

#: Pundits and fans.
PUNDITS54 = (
    Person("Lennox Abernethy", "Abernethy", "m", "pundit", 52),
    Person("Paula Strzelecka", "Strzelecka", "f", "pundit", 44),
    Person("Desmond Okoli", "Okoli", "m", "pundit", 49),
    Person("Harriet Colquhoun", "Colquhoun", "f", "pundit", 46),
)
FANS54 = (
    Person("Trevor Mawdsley", "Mawdsley", "m", "fan", 61),
    Person("Gemma Pellow", "Pellow", "f", "fan", 34),
    Person("Rashid Kanbur", "Kanbur", "m", "fan", 27),
    Person("Bethan Prydderch", "Prydderch", "f", "fan", 55),
)

#: Actors, directors, singers, composers and writers.
ARTISTS54 = (
    Person("Delphine Marchetti", "Marchetti", "f", "artist", 46),
    Person("Caspian Wolde", "Wolde", "m", "artist", 40),
    Person("Saoirse Quinlivan", "Quinlivan", "f", "artist", 33),
    Person("Idris Fenwick", "Fenwick", "m", "artist", 36),
    Person("Noor Halabi", "Halabi", "f", "artist", 29),
    Person("Rafael Quintanar", "Quintanar", "m", "artist", 44),
    Person("Ines Wolkowicz", "Wolkowicz", "f", "artist", 41),
    Person("Bastien Lemaire", "Lemaire", "m", "artist", 31),
    Person("Talulah Brennock", "Brennock", "f", "artist", 35),
    Person("Obinna Chukwuemeka", "Chukwuemeka", "m", "artist", 39),
    Person("Yuki Amemura", "Amemura", "f", "artist", 38),
    Person("Torvald Eskesen", "Eskesen", "m", "artist", 50),
)


@frozen
class Team:
    """An invented team: its full name and the short name a story uses (always inside the full name)."""

    name: str
    short: str


TEAMS54 = (
    Team("Castlemere Rovers", "Rovers"),
    Team("Harrowgate Athletic", "Harrowgate"),
    Team("Port Alden Kestrels", "Kestrels"),
    Team("Wickham Vale United", "Wickham Vale"),
    Team("Saltmarsh Harriers", "Harriers"),
    Team("Dunmore Wanderers", "Dunmore"),
    Team("Kelbrook Falcons", "Falcons"),
    Team("Ashby Quay Mariners", "Mariners"),
    Team("Brackenfield Town", "Brackenfield"),
)

#: Leagues and federations (written with their article in a sentence).
LEAGUES54 = (
    "Coastal Premier League",
    "Midland Basketball Association",
    "Northern Rugby Conference",
    "Lakeland Hockey League",
    "National Athletics Board",
    "Continental Cycling Union",
)

#: Field positions and roles a player holds.
POSITIONS54 = ("striker", "midfielder", "goalkeeper", "defender", "winger", "forward", "full-back")

SCORES54 = ("2-1", "3-0", "1-1", "4-2", "0-2", "3-2", "1-0", "2-2")
DAYS54 = ("Saturday", "Sunday", "Tuesday", "Wednesday", "Friday", "Monday")
TOWNS54 = ("Pell Cross", "Aldermoor", "Lowther Bay", "Stanbridge", "Morvale", "Cinderford Heath")

#: Magazines and papers (never the speaker).
OUTLETS54 = (
    "Touchline Monthly",
    "Encore Magazine",
    "the Kelbrook Courier",
    "Stagelight Weekly",
    "Paceline Magazine",
    "the Aldermoor Evening Star",
)
#: Podcast names (written `the NAME podcast`).
PODCASTS54 = ("Final Whistle", "Green Room", "Backline", "Second Take")
#: Broadcasters (never the speaker).
BROADCASTERS54 = ("Channel Nine Sport", "Radio Lowther", "Harbour TV", "Cityline FM")
PLATFORMS54 = ("Instagram", "Facebook", "TikTok", "Threads")

#: Award ceremonies and categories.
CEREMONIES54 = ("Harbourlight Film Awards", "Northern Music Prize", "Aldermoor Theatre Awards")
CATEGORIES54 = ("actress", "actor", "director", "original score", "debut album", "supporting actor")

#: Titles of works, chants, banners, nicknames and scare terms: never a quotation.
FILMS54 = (
    "Night Orchard",
    "The Quiet Ferry",
    "Salt and Lanterns",
    "Winter at Pell Cross",
    "A Room for Gulls",
)
ALBUMS54 = ("Copper Skies", "Low Tide Hymns", "Glasshouse Summer", "Kettle Street")
SONGS54 = ("Rust on the Rails", "Hold the Harbour", "Two Lamps Burning", "Mile Marker Nine")
SHOWS54 = ("The Marrow Road", "Backstage at Elm Hall", "Cellar Kings", "Tidewatch")
PLAYS54 = ("The Lamplighter's Daughter", "Fenland", "A Coat for Winter")
BANDS54 = ("the Lantern Shoals", "Velvet Orchard", "the Marram Grass")
CHANTS54 = ("Stand up for the Harriers", "We want four", "Blue and gold forever", "Sing for the Falcons")
BANNERS54 = ("Thanks for the memories", "Back to the top", "Our town, our club")
NICKNAMES54 = ("The Hammer", "Little Cannon", "The Professor", "Snapper", "The Wall", "Doc")
SCARES54 = ("curse of the cup", "bottle jobs", "nearly men", "second-season syndrome")
VENUES54 = ("Regent Picturehouse", "Elm Hall", "Copperfield Playhouse", "Quayside Arena")

#: Post-match and interview quotations (no closing stop).
QUOTES54 = (
    "We were second to every loose ball and you cannot win like that",
    "The lads emptied the tank in the last twenty minutes",
    "I thought we deserved at least a point from that",
    "It was a scrappy game but we found a way",
    "My legs were gone with two laps to go",
    "We will look at the tape and fix what went wrong",
    "That is the best forty-five minutes we have played all season",
    "Nobody in that dressing room is hiding from this result",
    "I just tried to keep my head down and finish the job",
    "The crowd carried us over the line tonight",
    "We gave away two soft goals and paid the price",
    "It has been a long road back from the knee injury",
    "The plan was to press high and we stuck to it",
    "We knew the wind would turn it into a lottery",
    "There is no panic, it is one bad afternoon",
    "I have dreamed about a night like this since I was a kid",
)

#: What a coach says of a player ({he}, {his}, {him}: the player's pronouns; first letter capitalised later).
QUOTES_OF54 = (
    "{he} has been our best player since August",
    "{he} reads the game better than anyone I have coached",
    "{he} trains like it is a cup final every single day",
    "I told {him} at half-time to keep going and {he} did",
    "{his} work rate sets the standard for the whole squad",
    "{he} is still learning, but the talent is obvious",
)

#: A club's or league's statement.
BODYQUOTES54 = (
    "The safety of players and supporters will always come first",
    "The club will make no further comment at this time",
    "Ticket holders will be refunded in full",
    "We are reviewing the footage and will act on what we find",
    "Discrimination has no place in our game",
)

#: A referee's or official's words.
REFQUOTES54 = (
    "I saw a clear foul and I gave it",
    "Both players had been warned twice before the card",
    "The decision was checked by the video assistant and it stood",
    "The pitch was not safe to play on and the call was easy",
)

#: What an official reports.
REFCLAUSES54 = (
    "both players had been warned before the card",
    "the stewards had reviewed the incident",
    "the new rule had cut stoppages by a third",
    "the floodlights had failed twice before the break",
    "the video check had taken under a minute",
)

#: A post on social media.
POSTS54 = (
    "Gutted for the fans who travelled all that way",
    "Back where I belong",
    "Thank you for every message, I read them all",
    "Not the ending we wanted but we go again",
    "Ten years in this shirt and I would not change a day",
)

#: Words at an awards night and about a film, album or play.
ARTQUOTES54 = (
    "This belongs to every person who held a cable or a clipboard",
    "I did not prepare a speech because I did not think I would win",
    "I wanted the film to feel like a long winter evening",
    "We recorded most of the album in a borrowed kitchen",
    "Playing a villain was the most fun I have had on a set",
    "I wrote that song on a night bus home",
    "The character kept me awake for months",
    "We never expected anyone outside our street to watch it",
)

#: A fan's or pundit's words.
FANQUOTES54 = (
    "I have followed this club for thirty years and that was the worst I have seen",
    "The atmosphere was electric from the first whistle",
    "We paid good money to watch that and got nothing back",
    "You cannot defend like that and expect to stay up",
)

#: Reported clauses (past tense, third person).
CLAUSES54 = (
    "the team had lost its shape after the break",
    "the squad would bounce back next weekend",
    "the result was harsh on the younger players",
    "the pitch had been too heavy for quick passing",
    "the defeat would not change the plan for the season",
    "the final lap had been the hardest of the year",
    "the dressing room remained united",
    "the injury was not as bad as first feared",
)
#: A club's or league's reported decision.
BODYCLAUSES54 = (
    "the fixture would be replayed next month",
    "the away section would stay closed for two matches",
    "an investigation into the crowd trouble had begun",
    "the transfer window had been extended by a week",
)
#: What an artist reports.
ARTCLAUSES54 = (
    "the shoot had run three weeks over schedule",
    "the band would tour again next spring",
    "the script had been rewritten eleven times",
    "the album had taken four years to finish",
    "the stage version would open in the autumn",
)
#: What a pundit says a team was, in marks (a mixed report).
FRAGS54 = ("all over the place", "a shambles", "asleep at every set piece", "frankly unrecognisable")
