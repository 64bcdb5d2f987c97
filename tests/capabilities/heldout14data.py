"""Slot fillers of the fourteenth held-out round (``heldout14.py``): people of many origins, clubs,
courts and police forces, universities and studies, companies and banks, festivals and venues,
open-class cue verbs, quotations, clauses, interview exchanges, datelines and quoted phrases that
are not quotations, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from capdata import _p

WOMEN14 = (
    _p("Haruka Mizutani", "Mizutani", "f", "East Asian"),
    _p("Min-seo Baek", "Baek", "f", "East Asian"),
    _p("Layla Al-Mansouri", "Al-Mansouri", "f", "Arabic"),
    _p("Katarzyna Zielonka", "Zielonka", "f", "Slavic"),
    _p("Ximena Olivares", "Olivares", "f", "Spanish"),
    _p("Chiamaka Ezeudu", "Ezeudu", "f", "African"),
    _p("Nomvula Sithebe", "Sithebe", "f", "African"),
    _p("Jiahui Deng", "Deng", "f", "East Asian"),
    _p("Svetlana Morozova", "Morozova", "f", "Slavic"),
    _p("Georgina Rushworth", "Rushworth", "f", "plain"),
)
MEN14 = (
    _p("Daisuke Kurokawa", "Kurokawa", "m", "East Asian"),
    _p("Dong-hyun Seong", "Seong", "m", "East Asian"),
    _p("Yousef Haddadin", "Haddadin", "m", "Arabic"),
    _p("Bohdan Lysenko", "Lysenko", "m", "Slavic"),
    _p("Joaquín Larrazábal", "Larrazábal", "m", "Spanish"),
    _p("Tendai Chikwanha", "Chikwanha", "m", "African"),
    _p("Dawit Alemayehu", "Alemayehu", "m", "African"),
    _p("Weiming Gao", "Gao", "m", "East Asian"),
    _p("Declan Haldane", "Haldane", "m", "plain"),
    _p("Mateo Villanueva-Ruiz", "Villanueva-Ruiz", "m", "hyphenated"),
)
PEOPLE14 = tuple(p for pair in zip(WOMEN14, MEN14, strict=True) for p in pair)

DAYS14 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Clubs: (name as written, the word a later `the club` stands for).
CLUBS14 = ("Kingsmere United", "Westbay Mariners", "Dunholt Town", "Larchfield Rangers")

#: Sports roles written before the name with the club (`Kingsmere United coach NAME`) and the
#: nominal a later sentence uses (`the coach`).
SPORT_ROLES14 = (
    ("coach", "the coach"),
    ("manager", "the manager"),
    ("captain", "the captain"),
    ("striker", "the striker"),
    ("goalkeeper", "the goalkeeper"),
    ("midfielder", "the midfielder"),
)

#: Match facts for a lead sentence.
MATCHES14 = (
    "scored twice in the second half",
    "was sent off after 70 minutes",
    "saved a penalty in stoppage time",
    "came off the bench to set up the winner",
    "missed the final with a hamstring injury",
)

#: Sports quotations (no final punctuation; no apostrophes, for single marks).
SPORT_QUOTES14 = (
    "We were second best for an hour and we know it",
    "The lads never stopped running and that is all I ask",
    "I have waited three seasons for a night like this",
    "Nobody in that dressing room is thinking about the title yet",
    "We gave away two soft goals and you cannot do that away from home",
    "The pitch was heavy but that is no excuse",
    "I felt the hamstring go and I knew straight away",
    "Every point matters now and we will fight for every one",
)

#: Court and police quotations.
COURT_QUOTES14 = (
    "The evidence against my client simply does not add up",
    "This was a cruel and calculated fraud against elderly people",
    "The jury must put sympathy aside and look at the facts",
    "We are appealing to anyone who was on the footpath that night",
    "The court cannot ignore the harm done to the victims",
    "Officers will remain in the area over the weekend",
)

#: Science and health quotations.
SCIENCE_QUOTES14 = (
    "The effect was larger than any of us expected",
    "These results need to be repeated in a bigger group of patients",
    "We saw the change within six weeks of the first dose",
    "People should not stop taking their medication because of this study",
    "The link is strong but it does not prove cause and effect",
)

#: Business quotations.
BUSINESS_QUOTES14 = (
    "Demand in the second quarter was softer than we planned for",
    "We remain confident in our guidance for the full year",
    "The margin pressure is real and it will not ease before the autumn",
    "We are not in a hurry to sell the freight division",
    "Prices at the pump will follow the wholesale market down eventually",
)

#: Analysts' quotations.
ANALYST_QUOTES14 = (
    "The guidance still looks too optimistic to us",
    "We see little room for the shares to recover before the autumn",
    "The balance sheet is stronger than the market gives it credit for",
)

#: Culture and local quotations.
LOCAL_QUOTES14 = (
    "The hall has been full every night since we opened",
    "I wrote most of the book on the night bus",
    "The library is the only warm place some of these families have",
    "We have lost three shops on this street since January",
    "The mural belongs to the whole estate and not to the council",
)

#: Statements of a club or company speaking as itself.
BODY_QUOTES14 = (
    "The board believes a change is needed now",
    "We will make no further comment while the process continues",
    "We are disappointed by the decision and are considering our options",
)

#: Quotations with an apostrophe inside ({a}: the apostrophe, the closing mark's glyph for single marks).
APOS_QUOTES14 = (
    "The lads{a} heads never dropped",
    "We didn{a}t deserve anything from the game",
    "I won{a}t pretend the result doesn{a}t hurt",
    "The club{a}s fans were magnificent again",
)

#: All quotations, by domain.
QUOTES14 = SPORT_QUOTES14 + COURT_QUOTES14 + SCIENCE_QUOTES14 + BUSINESS_QUOTES14 + LOCAL_QUOTES14

#: Second halves for split quotations (a full sentence, capitalised).
SECONDS14 = (
    "We go again on Saturday",
    "That is the honest truth",
    "Nobody should pretend otherwise",
    "I will leave it there",
    "The rest is up to us",
    "That has to change quickly",
)

#: Indirect contents (lower case, no final full stop, not beginning with `that`).
CLAUSES14 = (
    "the squad would travel to the away leg without its first-choice goalkeeper",
    "the defendant had taken more than 40,000 pounds from the charity",
    "the trial had reduced hospital admissions by a fifth",
    "the company expected revenue to fall for a third straight quarter",
    "the festival would move to the old cattle market next summer",
    "the footage showed the van leaving the yard shortly after midnight",
    "the new ward would open before the end of the year",
    "the club had received no offer for its captain",
    "the bakery would close at the end of the month",
    "the sample was too small to draw firm conclusions",
)

#: Open-class cue verbs after a quotation (past, present): verbs of speaking and of manner.
OPEN_VERBS14 = (
    ("beamed", "beams"),
    ("grumbled", "grumbles"),
    ("sighed", "sighs"),
    ("deadpanned", "deadpans"),
    ("enthused", "enthuses"),
    ("fumed", "fumes"),
    ("mused", "muses"),
    ("scoffed", "scoffs"),
    ("chuckled", "chuckles"),
    ("gushed", "gushes"),
    ("marvelled", "marvels"),
    ("bristled", "bristles"),
    ("groaned", "groans"),
    ("laughed", "laughs"),
    ("smiled", "smiles"),
    ("murmured", "murmurs"),
)

#: Courts: (role before the name, nominal later, courtroom phrase).
COURT_ROLES14 = (
    ("prosecutor", "the prosecutor"),
    ("defence lawyer", "the lawyer"),
    ("Judge", "the judge"),
    ("Detective Inspector", "the detective"),
)

#: Police forces (invented), speaking as themselves.
POLICE14 = ("Westmarch Police", "Skerne Valley Police")

#: Universities and institutes (invented): (name, short word for `Contains`).
UNIS14 = (
    ("the University of Eastmoor", "Eastmoor"),
    ("the Halloway Institute", "Halloway"),
    ("Kestwick Medical School", "Kestwick"),
)

#: Science roles in apposition: (role with its body template, words every title must contain).
SCIENCE_ROLES14 = (
    ("a professor of epidemiology at {u}", ("professor of epidemiology",)),
    ("a cardiologist at {u}", ("cardiologist",)),
    ("a senior lecturer in nutrition at {u}", ("senior lecturer",)),
    ("director of the sleep clinic at {u}", ("director", "sleep clinic")),
)

#: Companies (invented) speaking as themselves, with a lead fact that is not a report.
COMPANIES14 = (
    ("Veltmark Foods", "closed two bakeries in the north-east last year"),
    ("Norrow Logistics", "runs 400 lorries from its depot outside Leeds"),
    ("Kestwick Pharma", "moved its headquarters to Cambridge in 2021"),
    ("Ardley Mills Group", "bought a rival flour miller in the spring"),
)

#: Banks and brokers whose analysts write notes.
BANKS14 = ("Granville Capital", "Tollbridge Partners", "Sable Creek Securities")

#: Company roles before a name on an earnings call: (role, words every title must contain).
EXEC_ROLES14 = (
    ("chief executive", ("chief executive",)),
    ("chief financial officer", ("chief financial officer",)),
    ("finance director", ("finance director",)),
)

#: Culture and local: (apposition with its body, words every title must contain).
CULTURE_ROLES14 = (
    ("the festival's artistic director", ("artistic director",)),
    ("the gallery's curator", ("curator",)),
    ("chair of the Larchfield Residents Association", ("chair", "Larchfield Residents Association")),
    ("head librarian at Dunholt Library", ("head librarian", "Dunholt")),
)

#: Datelines before the first sentence: (dateline, strings that must appear in no quote or speaker).
DATELINES14 = (
    ("SEOUL, South Korea (Reuters) - ", ("SEOUL", "Reuters")),
    ("MADRID (AP) — ", ("MADRID", "(AP)")),
    ("NAIROBI, Kenya, May 12 (AFP) — ", ("NAIROBI", "AFP")),
    ("KRAKOW, Poland — ", ("KRAKOW",)),
    ("OSAKA, Japan, Oct 3 (Reuters) - ", ("OSAKA", "Reuters")),
    ("AMMAN, Jordan (AP) -- ", ("AMMAN", "(AP)")),
)

#: Unnamed and quantified speakers: (phrase as subject, accepted speaker readings).
UNNAMED14 = (
    (
        "One supporter who travelled from Leeds",
        ("one supporter who travelled from Leeds", "one supporter", "supporter"),
    ),
    ("A juror who asked not to be named", ("a juror who asked not to be named", "a juror", "juror")),
    ("Two of the players", ("two of the players", "two players", "players")),
    ("A club spokesman", ("a club spokesman", "club spokesman", "spokesman")),
    ("A court official", ("a court official", "court official")),
    (
        "Several of the parents at the meeting",
        ("several of the parents at the meeting", "several of the parents", "parents"),
    ),
    (
        "A spokeswoman for the hospital",
        ("a spokeswoman for the hospital", "spokeswoman for the hospital", "spokeswoman"),
    ),
    ("Three of the analysts polled", ("three of the analysts polled", "three of the analysts", "analysts")),
)

#: Interview exchanges: (question, answer). Answers are full sentences with their final mark.
EXCHANGES14 = (
    ("How did the knee feel tonight?", "It felt fine. I trusted it from the first tackle."),
    ("Were you surprised by the size of the effect?", "Honestly, yes. We checked the numbers three times."),
    ("Will the company cut jobs this year?", "We have no plans for that. The order book is healthy."),
    ("What made you write about the coast?", "I grew up there. The harbour is in every chapter."),
    ("Is the title race over?", "Not at all. There are nine games left and anything can happen."),
    ("Why did the case take so long?", "The disclosure was enormous. Nobody wanted a rushed trial."),
)

#: Quoted phrases that are not quotations: (sentence with {q} for the marked words, {n} a person,
#: words to mark). Nobody is reported.
NOT_QUOTES14 = (
    ("{n}, nicknamed {q} by the fans, signed a two-year deal on Friday.", ("the Lighthouse", "the Cat")),
    ("The drug, codenamed {q} during the trial, will go on sale next year.", ("KP-14", "Bluebell")),
    (
        "Detectives named the inquiry {q} and set up an incident room in the town.",
        ("Operation Tern", "Operation Keel"),
    ),
    (
        "{n} will open the exhibition {q} at the Crane Street Gallery next month.",
        ("Salt and Iron", "Low Tide"),
    ),
    ("The band played {q} twice before {n} left the stage.", ("Harbour Song", "Northbound")),
    ("The word {q} appears fourteen times in the judgment.", ("reckless", "foreseeable")),
    ("{n} starred in the film {q}, which was shot on the estate in 2019.", ("Bricks", "The Long Summer")),
    ("The study, known as {q}, followed 2,000 adults for a decade.", ("HEARTLINE", "the Eastmoor Cohort")),
)
