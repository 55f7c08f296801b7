"""The olid10 probe (issue 8, thirteenth session): tweet and forum-comment lines in
the shapes of OLID's even-row misses, written before reading any rule: a public figure
insulted in the third person, a dismissive reply to the reader, contempt for a
political group, an accusation of a person, an insult in a hashtag; and clean lines in
the same words (policy criticism, friendly or untargeted swearing). The survey lines were
run on main first (33 of 40 caught, 2 of 28 clean flagged); the round's two shapes
(TUNE_*) come from what they and the even-row misses left: a person called a villain's
noun ("she is a murderer", "he's a dictator") and a person noun judged by its adjective
("he is a sad little man", "you are a crazy person").
"""

from __future__ import annotations

# fmt: off

SURVEY_HOSTILE: tuple[str, ...] = (
    # a public figure insulted in the third person
    "@USER he is a disgrace", "@USER she's a fraud", "@USER what a clown",
    "@USER Pelosi is a joke", "@USER this man is a disgrace to the office",
    "@USER he's an embarrassment", "@USER she is a hypocrite", "@USER what a loser he is",
    "@USER Schumer is a snake", "@USER the guy is a total fraud",
    # dismissive replies to the reader
    "@USER you're delusional", "@USER get a life", "@USER stfu", "@USER go away troll",
    "@USER nobody asked you", "@USER you're a clown", "@USER you are a joke",
    "@USER crawl back under your rock", "@USER you're so full of it",
    "@USER you have no clue what you're talking about",
    # contempt for a political group
    "@USER liberals are mentally ill", "@USER conservatives are brainwashed",
    "@USER democrats are clowns", "@USER the left are a bunch of morons",
    "@USER republicans are spineless cowards", "@USER libtards gonna libtard",
    "@USER these leftists are insane", "@USER maga morons at it again",
    # accusations of a person
    "@USER you're a liar", "@USER he's a criminal", "@USER she is a crook",
    "@USER he is a traitor", "@USER you lying sack", "@USER she's corrupt to the core",
    "@USER he belongs in prison", "@USER what a liar",
    # insults in hashtags
    "@USER #LiberalsAreIdiots", "@USER #TrumpIsAMoron", "@USER he is #Clueless",
    "@USER #DemsAreTraitors",
)

SURVEY_CLEAN: tuple[str, ...] = (
    "@USER this bill is a disaster", "@USER the policy is a joke",
    "@USER the tax plan is a fraud on the middle class", "@USER what a game last night",
    "@USER he is a great speaker", "@USER she's a fighter",
    "@USER what a clown show at the circus lol",
    "@USER the debate was an embarrassment for the network",
    "@USER get a life jacket before the boat trip",
    "@USER you're delightful", "@USER nobody asked me either lol",
    "@USER the rock concert was awesome",
    "@USER liberals and conservatives both showed up to vote", "@USER democrats won the seat",
    "@USER the left lane is closed", "@USER republicans released their plan",
    "@USER he was accused of lying but cleared", "@USER the criminal justice system needs reform",
    "@USER she reported the crook to the police", "@USER the traitor in the movie was great",
    "@USER #LiberalsUnite", "@USER #VoteBlue", "@USER #MAGA rally tonight",
    "@USER the court ruling was a disgrace to justice", "@USER the election results are in",
    "@USER this policy is insane", "@USER the law is broken", "@USER the ruling is corrupt",
)

SURVEY_SWEARING: tuple[str, ...] = (
    "@USER holy shit that's awesome", "@USER fuck yeah lets go", "@USER damn this is good",
    "@USER that shit was hilarious lmao", "@USER hell yeah brother", "@USER oh shit u went there",
)

TUNE_HOSTILE: tuple[str, ...] = (
    # a villain's or criminal's noun said of a person
    "@USER she is a murderer", "@USER he's a dictator", "@USER you are a demon",
    "@USER he is a predator", "@USER she is an abuser", "@USER he is a tyrant",
    "@USER you're a sellout", "@USER he is a sleazeball", "@USER Biden is a lapdog",
    "@USER he's a war criminal", "@USER you are a terrorist", "@USER what a tyrant",
    # a person noun judged by its adjective
    "@USER he is a sad little man", "@USER you are a sad person", "@USER she is a crazy woman",
    "@USER what a sick man", "@USER you're a twisted person", "@USER he is a weak man",
    "@USER you're a miserable human being", "@USER he is a crazy old man",
    "@USER trump is a sick man", "@USER he is a godless man", "@USER she is a crazy lady",
    "@USER you are a very sick individual", "@USER He is an evil godless man.",
    "@USER You are literally a crazy person.",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER the murderer was caught last night", "@USER he played a dictator in the film",
    "@USER the demon in that game is terrifying", "@USER predator is my favorite movie",
    "@USER she helped victims of an abuser", "@USER the tyrant king dies in act three",
    "@USER the concert sold out", "@USER the war criminal was tried in the hague",
    "@USER is he a terrorist or a freedom fighter in the book?",
    "@USER my dog is a tyrant about dinner lol",
    "@USER he is a sick player", "@USER she is a crazy good cook",
    "@USER he is a sick man, pray for him",
    "@USER you are a kind person", "@USER she is a strong woman", "@USER he is a good man",
    "@USER what a lovely lady", "@USER the crazy old man in the story is the hero",
    "@USER a sad little dog followed me home", "@USER he is a weak swimmer but learning",
    "@USER i was a miserable person before therapy", "@USER you are a very talented individual",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit that's awesome", "@USER fuck yeah lets go", "@USER damn this is good",
    "@USER that shit was hilarious lmao", "@USER hell yeah brother", "@USER oh shit u went there",
    "@USER you crazy bastard, you did it", "@USER sick shot man",
)

# The third shape (added mid-round, before its rule): a political group called crazy by
# the word before it ("crazy liberals", "demonic democrats").
TUNE_GROUP_HOSTILE: tuple[str, ...] = (
    "@USER crazy liberals", "@USER Crazy freaking liberals", "@USER another crazy liberal",
    "@USER demonic democrats", "@USER Hollywood is full of demonic democrats",
    "@USER the looney leftists are at it again", "@USER typical crazy democrat",
    "@USER these crazy leftists", "@USER crazy libs gonna cry", "@USER loony lefties lol",
)

TUNE_GROUP_CLEAN: tuple[str, ...] = (
    "@USER 20 crazy things liberals say", "@USER crazy liberal policies",
    "@USER that was crazy right?", "@USER the crazy left turn on main st",
    "@USER democrats won a crazy race", "@USER crazy night for democrats",
    "@USER liberals and conservatives agree on crazy weather", "@USER i'm a crazy liberal lol",
    "@USER are crazy liberals real or a myth?", "@USER not all democrats are crazy",
)
