"""The olid34 probe (issue 8): targeted insults in tweet style that older rounds miss:
"people like you" blamed for something ("people like you ruin everything", "it's people
like you who wreck this country"), a bigot noun the lexicon lacks said of a person ("he
is a homophobe", "you xenophobe", "she's an antisemite", "they are white supremacists"),
and a name-call followed by a hashtag tail ("he is a racist #maga", "@USER you are a
liar #walkaway"); with clean lines in the same words ("people like you and me", "like"
as a verb, the bigot nouns asked, denied, reported or about the words themselves, a
hashtag after a clean line). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # people like you, blamed
    "people like you ruin everything", "it's people like you who wreck this country",
    "@USER people like you are the reason nothing gets done",
    "people like you make me sick", "people like you are the problem",
    "honestly people like you disgust me", "@USER people like you should be ashamed",
    "it is people like you that poison every debate", "people like you never learn",
    "@USER people like you are why we can't have nice things",
    "people like you are a cancer on this site",
    # bigot nouns said of a person or people
    "he is a homophobe", "@USER you xenophobe", "she's an antisemite",
    "they are white supremacists", "your senator is a homophobe and everyone knows it",
    "@USER you are a raging antisemite", "that guy is a white supremacist",
    "you homophobic bigots never stop", "@USER you xenophobe, go away",
    "he's nothing but a xenophobe", "@USER you are such a homophobe",
    "the governor is an antisemite", "@USER you're a white supremacist",
    # name-call with a hashtag tail
    "he is a racist #maga", "@USER you are a liar #walkaway",
    "@USER you're an idiot #resist", "she is a fraud #metoo",
    "@USER you are a clown #qanon", "he is a moron #kavanaugh",
    "@USER what a hypocrite you are #tcot", "you're a coward #brexit",
    "@USER you are pathetic #liberals", "he's a bigot #gop", "@USER you liar #fakenews",
)

TUNE_CLEAN: tuple[str, ...] = (
    # people like you, kind or plain
    "people like you and me love this game", "people like you make this place better",
    "@USER people like you are why i keep posting", "people like you deserve a medal",
    "i wish there were more people like you", "people like you give me hope",
    "@USER people like your photos a lot", "most people like you here",
    "do people like you playing support?", "people like you inspire me",
    "people like you are the reason i stayed",
    # bigot nouns not said of a person
    "is he a homophobe?", "he is not a homophobe", "she called me a xenophobe",
    "antisemitism is on the rise", "the word xenophobe gets thrown around a lot",
    "they said he was a white supremacist but he isn't", "i am not a homophobe",
    "we marched against white supremacists", "calling everyone an antisemite helps no one",
    "@USER how do you define a xenophobe?", "stop calling people bigots for asking questions",
    "homophobia hurts kids",
    # hashtags after a clean line
    "he is a great guy #maga", "@USER you are a legend #walkaway",
    "@USER you're a star #resist", "she is a hero #metoo", "what a game #nba",
    "@USER you are right #tcot", "he's a good man #gop", "is he a liar? #kavanaugh",
    "i am such an idiot #monday",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a game #nba", "@USER fuck yeah that was awesome",
    "damn this coffee is good as hell", "shit i forgot my keys again lol",
    "@USER that concert was fucking amazing", "what the hell is this weather #monday",
)
