"""The precision36 probe (issue 8): a slur talked about as a word, named bare (no article,
no "you") in a frame that older rounds did not read as a mention: judged as a word past
a verb other than a plain copula ("retard used to be a medical term", "can faggot stop
being a derogatory term", "negro was the polite word back then"), set beside another
word ("the difference between nigga and nigger", "nigga and nigger are not the same
word"), or listed as words after a verb of hearing, saying or banning ("these slurs
include retard faggot tranny spic chink", "i grew up hearing kike spic wop and dago");
and hostile lines in the same words aimed at a person or a group that must stay caught
(the word fits "you", an article before it, a joke's "a X and a Y", a list of plural
slurs or one thrown at the reader). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the word judged "right" for the reader or for people
    "you are a retard and that is the right word for you",
    "retard is the only word for you", "faggot is the perfect word for people like you",
    "negro is the word for what you are", "tranny is the right term for freaks like you",
    "dyke is the best word for that ugly woman",
    # an article or a pointer: a person, not a word
    "that nigger is the worst neighbour", "the retard at work broke it again",
    "this faggot used to be my friend", "the spic next door was a thief",
    "that kike is a crook",
    # a joke comparing people
    "what is the difference between a nigger and a park bench",
    "whats the difference between a kike and a pizza",
    "the difference between you and a retard is nothing",
    "difference between a faggot and a fridge, the fridge does not moan when you take the meat out",
    # lists thrown at the reader or at people
    "you retard faggot tranny spic", "shut up you retard faggot",
    "all the niggers kikes and spics need to leave", "i hate niggers kikes and faggots",
    "kill every faggot dyke and tranny", "spics and chinks are ruining this city",
    "dumb dyke dumb kike", "go back home nigger",
    # the same words said of people, outright
    "dykes are a disgrace to this country", "negroes are a burden on society",
    "faggots should be banned from schools", "retards like you should not vote",
    "faggot stop being a baby", "retard use your brain",
    "you will always be a tranny", "my coworker is a paki and he stinks",
    "i can smell a kike from a mile away",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the word judged as a word past a verb other than a plain copula
    "retard used to be a medical term", "negro was the polite word back then",
    "can faggot stop being a derogatory term", "spic was the ugliest word i heard growing up",
    "dyke has become a proud word for some lesbians",
    "retard was once a clinical term in psychology", "faggot will never be an okay word to me",
    "chink has always been a hateful word",
    "retard turned into a playground insult in the eighties",
    "negro could be a neutral word in the sixties",
    "paki started out as a short word for pakistani",
    "negro is an outdated term that old books still use",
    # set beside another word
    "whats the difference between nigga and nigger anyway",
    "the difference between faggot and fag is one syllable",
    "teachers should explain the difference between negro and black",
    "she asked me the difference between kike and jew as words",
    "my son asked the difference between tranny and trans",
    "nigga and nigger are not the same word",
    "retard and retarded are both banned words on this server",
    "queer and dyke were reclaimed words long before twitter",
    # listed as words after a verb of hearing, saying, banning
    "these slurs include retard faggot tranny spic chink",
    "i grew up hearing kike spic wop and dago at the dinner table",
    "kids used to yell retard spaz and mong at recess",
    "my old school banned retard faggot spic and chink in the handbook",
    "the filter catches nigger kike spic and chink automatically",
    "the bot deletes faggot dyke and tranny before anyone sees them",
    "our mod list includes retard, faggot, tranny and worse",
    "the report counted nigger kike and spic as the most used slurs",
    "he got banned for typing faggot retard and tranny in general chat",
    "the old sitcom threw around faggot and retard every episode",
    "the chat filter misses retard spaz and mong",
    "i remember hearing chink and gook on the news",
    "they put chink and gook in the script and called it satire",
    "slurs such as paki kike and chink should be auto muted",
    "the difference between spic and hispanic should be obvious",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that patch is fucking great", "damn, the servers are slow tonight",
    "fuck yeah we finally beat the boss", "this map is shit lol",
    "hell yes, the new season is out", "well shit, i forgot to save",
)
