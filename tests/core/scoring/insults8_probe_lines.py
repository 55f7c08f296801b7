"""The insults8 probe's lines (issue 8), written before reading the rules.

Comment-section replies like the insult set's: a put-down aimed at the person replied
to, often with no classic insult word ("you clearly have no idea what you're talking
about", "go back to your mom's basement", "you must be twelve", "troll harder", "get a
life", "nobody cares what you think", "people like you ...", sarcastic praise "wow,
what a genius"), insult words the lexicon may lack, and put-downs split by punctuation
or run on. Clean lines are the same comment sections without an aim: heated
disagreement about ideas, profanity aimed at nothing, self-deprecation, quoting.

TUNE_* are studied; the held-back batch is in insults8_holdout_lines.py.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # no idea / ignorance shown
    "you clearly have no idea what you're talking about",
    "you obviously have no clue what you are talking about",
    "you have no idea what you are talking about, as usual",
    "your comment shows how ignorant you are",
    "your post just proves how little you know",
    "your comments prove you know nothing about economics",
    "you don't know the first thing about science",
    "you know nothing about this, so stop posting",
    # basement / age
    "go back to your mom's basement",
    "go back to your mother's basement and play your games",
    "typed from his parents' basement no doubt",
    "you must be twelve",
    "you must be about 12 years old",
    "what are you, five?",
    "grow up, you sound like a child",
    # troll / get a life
    "troll harder",
    "nice try troll, go away",
    "get a life",
    "seriously, get a life and stop commenting",
    "get a life loser",
    # nobody cares
    "nobody cares what you think",
    "no one cares about your opinion",
    "nobody asked for your opinion",
    "no one gives a damn what you think",
    # you're the reason / people like you
    "you're the reason this country is going downhill",
    "you are the reason people hate this site",
    "people like you are the problem",
    "people like you should not be allowed to vote",
    "it's people like you that ruin everything",
    # crawl back / go away
    "crawl back under your rock",
    "crawl back into whatever hole you came from",
    "go back under the bridge, troll",
    # sarcastic praise
    "wow, what a genius",
    "wow you're a real genius aren't you",
    "nice job einstein",
    "great argument, einstein",
    "well done, captain obvious",
    "brilliant deduction sherlock",
    # words the lexicon may lack
    "you are a complete buffoon",
    "what a nincompoop you are",
    "you blithering imbecile",
    "you're a sanctimonious windbag",
    "you pompous gasbag",
    "you halfwit",
    "you are a dimwit",
    "you sound like a knuckle-dragger",
    "you mouth-breathing cretin",
    "you're nothing but a shill",
    "what a hypocrite you are",
    "you are delusional",
    # split by punctuation / run on
    "you. are. an. idiot.",
    "wow. just wow. you are dumb.",
    "your an idiot and everyone here knows it and you keep posting anyway",
    "you sir are a moron",
    "you, sir, are an idiot",
    "you really are as stupid as you look",
    "how can anyone be this stupid",
    "are you really this dense or just pretending",
    "do you even read what you write? pathetic",
    "you make no sense whatsoever, typical liberal idiot",
    "shut up already, nobody wants to hear it",
    "take your meds",
    "learn to read, genius",
    "reading comprehension isn't your strong suit is it",
    "you are a waste of oxygen",
    "your mother should have swallowed you",
    "you are an embarrassment to yourself",
    "go crawl back to your echo chamber, sheep",
)

TUNE_SWEARING: tuple[str, ...] = (
    "what the hell is going on with this country",
    "holy shit this article is long",
    "damn, that's a great point",
    "this fucking tax bill is a disaster",
    "shit happens, move on",
    "bloody hell the prices these days",
    "fuck yeah, finally some good news",
    "the refs were shit tonight",
    "what a fucking game last night",
    "i'm so damn tired of election ads",
    "this damn website keeps crashing",
    "hell no i'm not paying that",
)

TUNE_CLEAN: tuple[str, ...] = (
    # heated disagreement about ideas
    "your argument ignores the actual data",
    "that's a ridiculous policy and it will fail",
    "this idea is stupid and will never work",
    "i completely disagree with everything in this article",
    "the bill is a joke, congress should be ashamed",
    "that's the dumbest law i've ever heard of",
    "you are wrong about the numbers, check the census",
    "i think you're mistaken, the study says the opposite",
    "that argument makes no sense to me",
    "the plan is idiotic on every level",
    "nobody cares about the royal wedding, report real news",
    "people like me just want lower taxes",
    "you have a point, but i still disagree",
    "you clearly put a lot of thought into this, thanks",
    "you must be so proud of your daughter",
    "you must be exhausted after that trip",
    "get a life insurance quote before you turn 40",
    "what a genius move by the coach",
    "wow, what a game",
    "wow, what a great idea",
    "nice job on the article",
    "the reason people leave is the rent",
    "go back to the main page and click again",
    "he went back to his mom's house after college",
    "the troll in the movie was scary",
    # self-deprecation
    "i'm such an idiot, i forgot my password again",
    "i have no idea what i'm talking about but here goes",
    "i must be getting old",
    "i'm a complete moron when it comes to cars",
    "call me stupid but i liked the sequel",
    # quoting / reporting
    "he called me an idiot and i just laughed",
    "she said 'get a life' and walked away",
    "my boss told me nobody cares what I think",
    "the senator called his opponent a buffoon",
    "he wrote 'you are delusional' under every post",
    "calling people stupid won't win the argument",
    "stop calling each other names and discuss the issue",
    # about third parties / things
    "the article is garbage journalism",
    "this movie was a waste of time",
    "the governor has no idea how to run a budget",
)
