"""The precision19 probe (issue 8): clean lines the chain may over-read, in the round's
shapes (a name-call the writer gives themself, "idiot me"; a "pussy hat"; a "losers
bracket"; "spic and span"; a slur named and judged as a word, "ching chong is racist";
"let it go away"; "i hate that you're leaving", a fact regretted), and hostile lines of
the same words that must stay caught. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the same name-calls aimed at someone
    "idiot, tell me why you did that", "you idiot", "moron you fed again",
    "dumbass stop feeding", "shut up moron", "ur such a dumbass", "what a loser",
    # "pussy" said of a person
    "stop being a pussy", "ur a pussy", "he is such a pussy lol",
    # "loser" said of a person
    "you're a loser", "losers like you never win", "such a loser lmao",
    # the slur said of people
    "dirty spic", "go home spic", "that ching chong kid is annoying",
    "faggots like you are disgusting",
    # "go away" told to the reader
    "go away", "just go away already", "nobody wants you here, go away",
    # hatred of the reader
    "i really hate you", "i hate that you exist", "i hate you so much",
    "i hate that you were born", "ugh i hate you and your stupid face",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a name-call the writer gives themself
    "idiot me left the oven on", "moron me deleted the save file", "dumbass me forgot my keys",
    "dummy me forgot the charger again", "idiot me thought it was friday",
    "dork me tripped on the stairs",
    "loser me stayed home all weekend", "ugh idiot me", "clown me bought the skin anyway",
    # a pussy hat
    "she wore a pussy hat to the march", "wear your pussy hat tomorrow",
    "she knitted pussy hats for everyone", "pussy hats everywhere at the rally",
    "my mom still has her pussy hat",
    # a losers bracket
    "loser's bracket again", "losers bracket here we come", "we dropped to losers bracket",
    "they won losers bracket finals", "gg see you in losers bracket",
    "the losers round starts at 8",
    # spic and span
    "spic and span", "keep the kitchen spic and span", "the house is spic and span now",
    "my room is finally spic and span",
    # a slur named and judged as a word
    "ching chong is racist", "ching chong is a racist expression", "faggot is an offensive word",
    "tranny is offensive btw", "retard is an ableist slur", "spic is a derogatory term",
    # let it go away
    "let that go away", "let it all go away", "just let it go away", "let this all go away",
    # a fact regretted, not the reader
    "i hate that you're leaving", "i hate that you got hurt", "i hate that you're sick",
    "i hate that you have to go", "i hate that you moved away", "i hate that you lost your job",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck idiot me forgot the keys again", "holy shit loser's bracket is stacked",
    "damn i hate that you're leaving", "fucking hell let it all go away",
    "shit the house is spic and span", "damn that pussy hat is cute",
)
