"""Slot fillers of the seventy-fifth held-out round (``heldout75.py``), a round of CAMPAIGN TRAIL, DEBATES AND
ELECTION NIGHT as a political reporter writes them: invented candidates, running mates, campaign managers,
spokespeople, surrogates, moderators, pollsters, strategists and voters (with a gender and an age), campaign
roles with the parties, cities and committees they belong to, invented parties, committees and polling firms,
outlets with their moderators' and reporters' posts, debate questions, rally quotations, attack lines about an
opponent (with the opponent's surname as a slot), concession and victory lines, voters' jobs and words, ads
with their titles and narrators' lines, reported clauses, pointed fragments for mixed quotations, slogans,
chants, nicknames and scare terms nobody says, narrative sentences, towns and days.

Every name, party, committee, firm, outlet, place and sentence here was written for this round; all of them
are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS75 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS75 = (*MARKS75, Mark("\u2018", "\u2019"))

WOMEN75 = (
    Person("Greta Halvorsen", "Halvorsen", "f", "Norwegian", 52),
    Person("Adaeze Nwosu", "Nwosu", "f", "Igbo", 44),
    Person("Colleen Mulcahy", "Mulcahy", "f", "Irish", 58),
    Person("Rosa Villalobos", "Villalobos", "f", "Mexican", 41),
    Person("Hana Kobayashi", "Kobayashi", "f", "Japanese", 47),
    Person("Beatrix Holloway", "Holloway", "f", "English", 63),
    Person("Zofia Krawczyk", "Krawczyk", "f", "Polish", 49),
    Person("Sunita Raghavan", "Raghavan", "f", "Tamil", 45),
    Person("Maren Duchesne", "Duchesne", "f", "French", 54),
    Person("Tamar Eliav", "Eliav", "f", "Israeli", 40),
    Person("Fiona Strachan", "Strachan", "f", "Scottish", 50),
    Person("Yasmin Farrokhzad", "Farrokhzad", "f", "Iranian", 36),
    Person("Petra Novotna", "Novotna", "f", "Czech", 57),
    Person("Corinne Bellamy", "Bellamy", "f", "American", 61),
    Person("Abena Owusu-Ansah", "Owusu-Ansah", "f", "Ghanaian", 43),
)

MEN75 = (
    Person("Tomas Lindgren", "Lindgren", "m", "Swedish", 48),
    Person("Emeka Chukwuma", "Chukwuma", "m", "Igbo", 51),
    Person("Liam Costigan", "Costigan", "m", "Irish", 42),
    Person("Ruben Castellanos", "Castellanos", "m", "Mexican", 46),
    Person("Kenji Moriyama", "Moriyama", "m", "Japanese", 55),
    Person("Desmond Arkwright", "Arkwright", "m", "English", 59),
    Person("Piotr Zielinski", "Zielinski", "m", "Polish", 60),
    Person("Arvind Menon", "Menon", "m", "Malayali", 47),
    Person("Julien Fauvel", "Fauvel", "m", "French", 39),
    Person("Eitan Shapira", "Shapira", "m", "Israeli", 44),
    Person("Gordon McTavish", "McTavish", "m", "Scottish", 66),
    Person("Darius Farahani", "Farahani", "m", "Iranian", 38),
    Person("Milan Horak", "Horak", "m", "Czech", 53),
    Person("Wendell Pruitt", "Pruitt", "m", "American", 62),
    Person("Kwame Boateng", "Boateng", "m", "Ghanaian", 50),
)

PEOPLE75 = tuple(p for pair in zip(WOMEN75, MEN75, strict=True) for p in pair)


@frozen
class Role75:
    """A campaign or political role: the title after a name (with its article, between commas), the title
    before a name (no article), the parts a title must hold (the role noun and each affiliation) and the short
    reference a story uses later (`the senator`)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str


#: Candidates', officials' and campaign staff's roles, with the party, city or county they belong to.
ROLES75 = (
    Role75(
        "the Unity Party's candidate for governor",
        "Unity Party gubernatorial candidate",
        ("candidate", "Unity Party"),
        "the candidate",
    ),
    Role75("a state senator", "state Senator", ("senator",), "the senator"),
    Role75("the mayor of Carrowford", "Carrowford Mayor", ("mayor", "Carrowford"), "the mayor"),
    Role75(
        "campaign manager for the Forward Alliance",
        "Forward Alliance campaign manager",
        ("campaign manager", "Forward Alliance"),
        "the campaign manager",
    ),
    Role75(
        "chair of the Harbour Party", "Harbour Party chair", ("chair", "Harbour Party"), "the party chair"
    ),
    Role75(
        "the Civic Renewal Party's nominee for lieutenant governor",
        "Civic Renewal Party lieutenant governor nominee",
        ("nominee", "lieutenant governor", "Civic Renewal Party"),
        "the nominee",
    ),
    Role75(
        "a congressional candidate for the Greenway Party",
        "Greenway Party congressional candidate",
        ("congressional candidate", "Greenway Party"),
        "the congressional hopeful",
    ),
    Role75("the incumbent governor", "Governor", ("governor",), "the governor"),
    Role75(
        "a former attorney general", "former Attorney General", ("attorney general",), "the former prosecutor"
    ),
    Role75(
        "a Port Delling city council member",
        "Port Delling council member",
        ("council member", "Port Delling"),
        "the council member",
    ),
    Role75(
        "a senior adviser to the Forward Alliance",
        "Forward Alliance senior adviser",
        ("adviser", "Forward Alliance"),
        "the adviser",
    ),
    Role75(
        "the People's Charter Party's candidate for the Senate",
        "People's Charter Party Senate candidate",
        ("candidate", "People's Charter Party"),
        "the Senate hopeful",
    ),
    Role75(
        "treasurer of the Harbour Party",
        "Harbour Party treasurer",
        ("treasurer", "Harbour Party"),
        "the treasurer",
    ),
    Role75(
        "an Ashby Falls county commissioner",
        "Ashby Falls County Commissioner",
        ("commissioner", "Ashby Falls"),
        "the commissioner",
    ),
)

#: Parties and committees that issue statements (with their article as a story writes them).
BODIES75 = (
    "the Unity Party",
    "the Harbour Party",
    "the Forward Alliance",
    "the Civic Renewal Party",
    "the Greenway Party",
    "the People's Charter Party",
    "Citizens for a Fair Count",
    "the Northvale Taxpayers Committee",
)

#: The parties whose candidates run (no article: `the Unity Party`).
PARTIES75 = ("Unity Party", "Harbour Party", "Forward Alliance", "Civic Renewal Party", "Greenway Party")


@frozen
class Outlet75:
    """A newspaper, broadcaster or station: its name as written after a verb (with its article), the post of
    its journalist who moderates or interviews, and its name as a title holds it."""

    name: str
    post: str
    bare: str


OUTLETS75 = (
    Outlet75("the Statehouse Ledger", "political editor", "Statehouse Ledger"),
    Outlet75("Northvale Public Radio", "senior political reporter", "Northvale Public Radio"),
    Outlet75("the Carrowford Dispatch", "chief political correspondent", "Carrowford Dispatch"),
    Outlet75("KVTR News", "anchor", "KVTR"),
    Outlet75("the Tidewater Gazette", "politics reporter", "Tidewater Gazette"),
    Outlet75("Channel 6 Eastholm", "evening anchor", "Channel 6"),
)

#: Polling firms and the noun a story uses for them later.
POLLSTERS75 = (
    ("Meridian Polling", "the firm"),
    ("Castellan Research", "the firm"),
    ("the Larch Institute", "the institute"),
    ("Bellwether Analytics", "the firm"),
    ("the Wexmoor University Survey Center", "the center"),
)

TOWNS75 = ("Carrowford", "Millbeck", "Ashby Falls", "Port Delling", "Eastholm", "Granton Springs", "Dunmere")
DAYS75 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Campaign quotations (no final stop: the template adds the comma or stop).
QUOTES75 = (
    "We are going to win this state one kitchen table at a time",
    "Nobody handed me this nomination and nobody is going to take it away",
    "I have been to every county fair in this state and I will go to every one again",
    "The people of this district are tired of being treated like an afterthought",
    "If you want somebody who reads polls, vote for someone else",
    "We built this campaign on five-dollar donations and cold coffee",
    "I am not running against anybody, I am running for something",
    "Every bridge in this county is older than I am",
    "This race is closer than the pundits think and they know it",
    "I will debate anywhere, any time, on any channel",
    "Our volunteers knocked on two hundred thousand doors this month",
    "Nobody should have to choose between rent and insulin",
    "I am the only candidate in this race who has balanced a budget",
    "We will not spend a single dollar on attack ads in the final week",
    "The road to the governor's mansion runs straight through Millbeck",
    "I grew up above a laundromat and I have never forgotten the smell of it",
    "You can count on me to show up, rain or shine",
    "This is not a campaign, it is a movement of ordinary people",
    "I trust the voters of this state to see through the noise",
    "We have more field offices than the other side has staff",
    "A vote for me is a vote for fixing the water system",
    "My father drove a bus in this city for thirty-one years",
    "We have a plan, and we have the people to carry it out",
    "Turnout is going to decide this election, not television ads",
)

#: Reported clauses (no final stop).
CLAUSES75 = (
    "the campaign had raised four million dollars in the third quarter",
    "the governor's tax plan would hurt small businesses",
    "the candidate would release ten years of tax returns before the debate",
    "the party would open six new field offices in the north",
    "early voting numbers were the highest in a decade",
    "the candidate would not accept money from corporate donors",
    "the race would be decided by a few thousand votes",
    "the campaign planned to spend heavily on radio in rural counties",
    "the debate schedule had been agreed after weeks of talks",
    "turnout among young voters had surprised both campaigns",
    "the ad had been pulled from two stations after complaints",
    "the state would need a new water treatment plant within five years",
    "the final rally would be held in Dunmere on the eve of the vote",
    "the recount would not change the result",
    "the nominee had spent the weekend calling undecided voters",
    "the party had no plans to replace its chair before the election",
    "the bus tour would visit all forty counties",
    "absentee ballots would be counted by Thursday",
)

#: Attack lines about an opponent, by surname (no final stop).
ATTACKS75 = (
    "{opp} has never created a single job in this state",
    "{opp} voted to close the Millbeck clinic, and then voted to close it again",
    "{opp} talks about families but spends the weekends with lobbyists",
    "Ask {opp} where the money for that bridge went",
    "{opp} has had three different positions on the gas tax since June",
    "{opp} would rather hide behind ads than face voters in a town hall",
    "Every time {opp} gives a speech, the price of something goes up",
    "{opp} has skipped more votes than any legislator in the chamber",
)

#: Reported attack clauses about an opponent, by surname (no final stop).
ATTACK_CLAUSES75 = (
    "{opp} had misled voters about the pension fund",
    "{opp} was out of touch with working families",
    "{opp} had accepted donations from the developers behind the casino project",
    "{opp} had refused to say whether the campaign would accept the result",
    "{opp} had missed every budget hearing this year",
    "{opp} owed the voters an apology",
)

#: Pointed fragments for mixed quotations: (the thing, the words in marks).
FRAGS75 = (
    ("the governor's budget", "a tax hike in a party hat"),
    ("the plan", "fantasy arithmetic"),
    ("the attack ad", "a new low, even for this race"),
    ("the debate", "a food fight with podiums"),
    ("the endorsement", "the worst-kept secret in the capital"),
    ("the proposal", "dead on arrival"),
    ("the poll", "a snapshot, not a prophecy"),
    ("the recount request", "a tantrum with a filing fee"),
    ("the tax cut", "a gift to people who need it least"),
    ("the bus tour", "a very expensive photo opportunity"),
    ("the water plan", "twenty years overdue"),
    ("the final week", "a sprint through mud"),
)

#: Quotations that a credit splits: (first part, second part), no final punctuation.
SPLITS75 = (
    ("We knew the north would be close", "but nobody expected it to come down to one precinct"),
    ("I have run in four elections", "and this is the first one where my mother volunteered"),
    ("The polls say one thing", "the doors say something else"),
    ("My opponent has the money", "but we have the people"),
    ("We are not taking a single county for granted", "not even the ones we won by thirty points"),
    ("I came into politics to fix roads", "and I am still fixing roads"),
    ("Debates do not win elections", "but they can certainly lose them"),
    ("We will count every ballot", "and we will respect every result"),
)

#: Moderators' questions (no final question mark).
QUESTIONS75 = (
    "Will you raise the gas tax if you are elected",
    "Why should voters in the north trust you on water",
    "Would you accept the result if you lose by fewer than a thousand votes",
    "What is the first bill you would sign",
    "Do you regret the ad your campaign ran last week",
    "How would you pay for the bridge repairs",
    "Will you serve a full term if you win",
    "Why did you skip the forum in Eastholm",
)

#: Concession lines (no final stop).
CONCESSIONS75 = (
    "The voters have spoken, and I respect what they said",
    "I called to congratulate my opponent a few minutes ago",
    "We came up short tonight, but the fight for this state is not over",
    "I am proud of every volunteer who knocked on a door for this campaign",
    "Tomorrow the sun comes up and we go back to work",
    "It was the honour of my life to ask for your vote",
)

#: Victory lines (no final stop).
VICTORIES75 = (
    "Tonight the people of this state chose hope over fear",
    "I will be the governor for those who voted against me too",
    "We did it the hard way, one door at a time",
    "This victory belongs to the volunteers in this room",
    "Starting tomorrow, we go to work on the water system",
    "They said a bus driver's kid could not win this race",
)

#: Voters' jobs: the job after a name (with its article), the parts a title must hold.
JOBS75 = (
    ("a retired nurse", ("nurse",)),
    ("a school bus driver", ("bus driver",)),
    ("a dairy farmer", ("farmer",)),
    ("a union electrician", ("electrician",)),
    ("a first-year law student", ("law student",)),
    ("a hardware store owner", ("owner",)),
    ("a substitute teacher", ("teacher",)),
    ("a night-shift warehouse worker", ("warehouse worker",)),
)

#: Voters' quotations (no final stop).
VOTERS75 = (
    "I voted for the other party last time and I regret it",
    "I just want somebody who will fix the potholes",
    "My grocery bill has doubled and nobody in the capital seems to care",
    "I came to see if the candidate is as good in person as on television",
    "I have not decided yet, and I do not think I will until the booth",
    "This is the first rally I have ever been to",
    "My whole family is voting, even my grandfather",
    "I drove three hours to be here tonight",
)

#: Ads' titles (in marks: never a quotation) and narrators' lines about an opponent, by surname.
AD_TITLES75 = ("Kitchen Table", "Empty Chair", "Ninety Days", "The Receipt", "Bridge to Nowhere", "Promises")
AD_LINES75 = (
    "{opp} voted to cut funding for rural hospitals",
    "{opp} promised lower taxes and delivered higher fees",
    "{opp} took the money and left the bridge unfinished",
    "{opp} is not on your side",
    "{opp} missed the vote that mattered most",
)

#: Slogans, chants, nicknames and scare terms nobody says in the passage.
SLOGANS75 = (
    "Fix It First",
    "A Fair Shot for Every Town",
    "Hold the Line",
    "Water, Work and Wages",
    "Show Up",
)
CHANTS75 = ("Fix the bridge", "Count every vote", "Tell the truth", "Not for sale")
NICKS75 = ("the Pothole Candidate", "the Quiet Closer", "the Mayor of Main Street", "Stopwatch")
SCARE75 = ("kitchen-table voters", "October surprise", "soft supporters", "ground game", "momentum")
BOOKS75 = ("Above the Laundromat", "Every County Fair", "The Long Road North", "A Bus Driver's Kid")

#: Narrative sentences from the trail that report nothing.
NARRATIVE75 = (
    "The bus arrived in Millbeck two hours late after a flat tyre outside Dunmere.",
    "Polls close at eight in the evening across the state.",
    "Volunteers handed out yard signs from the back of a pickup truck.",
    "The debate hall seats about nine hundred people.",
    "Early voting begins on the second Saturday of October.",
    "The ballroom was half empty by the time the last results came in.",
    "Both campaigns have booked airtime through election day.",
    "The candidates shook hands before taking their places at the podiums.",
)

#: Poll findings about a candidate by surname, and rivals by surname (no final stop).
POLLFINDS75 = (
    "{a} led {b} by four points among likely voters",
    "{a} and {b} were tied at forty-five per cent each",
    "{a} had gained six points on {b} since the debate",
    "{b} had lost ground to {a} among voters over sixty-five",
)

#: Insults a candidate throws at an opponent (for `called OTHER "X"`).
INSULTS75 = (
    "a weathervane in a good suit",
    "allergic to a straight answer",
    "a tourist in this district",
    "the candidate of the parking-lot developers",
    "all slogan and no plan",
    "a part-time legislator with a full-time ad budget",
)

#: What a candidate's campaign said about an ad (for `dismissed the ad as "X"`).
ADFRAGS75 = ("a new low, even for this race", "fiction with a soundtrack", "misleading from the first frame")

#: Strategists' quotations (no final stop).
STRATS75 = (
    "Whoever wins the suburbs of Eastholm wins the state",
    "The debate moved nobody, and that helps the front-runner",
    "Undecided voters this late are not undecided, they are unenthusiastic",
    "Nobody has ever lost an election by knocking on too many doors",
    "The money is pouring in, but money cannot buy a message",
)

#: A pollster's caution (no final stop).
CAUTIONS75 = (
    "the race was well within the margin of error",
    "a third of voters said they could still change their minds",
    "turnout models this year were unusually uncertain",
)

#: Opponents' promises in marks (for `mocked OTHER's promise of "X"`).
PROMISES75 = (
    "a bridge in every county",
    "lower bills by spring",
    "a government that listens",
    "no new taxes, ever",
)

#: Mocking questions a candidate puts to a crowd (no final mark).
MOCKS75 = (
    "Does anybody in this room believe that",
    "Has anybody here seen that bridge",
    "Raise your hand if your bills went down",
    "Where have we heard that before",
)

#: Lines an opponent said at a debate or on the trail (no final stop).
BLINES75 = (
    "I have never met a tax I did not want to cut",
    "Leave the water system to the experts",
    "This economy is the strongest it has ever been",
    "I do not need a debate to tell voters who I am",
)

#: Concession clauses (no final stop).
CONCCLAUSES75 = (
    "the campaign had come up short but the cause would go on",
    "there would be no recount",
    "the result had to be respected",
    "the volunteers had nothing to be ashamed of",
)

#: Victory clauses (no final stop).
VICCLAUSES75 = (
    "the result was a mandate to fix the water system",
    "the new administration would start work the next morning",
    "the state had voted for change",
)

#: Debates and forums billed under a name in marks.
EVENTS75 = ("The Northvale Showdown", "Decision Night", "The Courthouse Forum", "Last Word")

#: What a party, committee or campaign says in a statement, or its spokesperson for it (no final stop).
BODYQUOTES75 = (
    "Every eligible voter deserves a ballot that is counted quickly and fairly",
    "The governor's record speaks for itself, and so will the voters",
    "We will have observers at every polling place in the state",
    "This ad is false, and the stations that air it know it is false",
    "Our members will be knocking on doors until the polls close",
    "We look forward to a clean, fair and peaceful election",
)
