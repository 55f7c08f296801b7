"""The controls9 held-back batch (issue 8): written before any rule, counted only
before and after the round, never tuned on.

FRIENDLY: untargeted swearing and friendly profanity (things, events, oneself,
emphasis, products, ideas, reported words). HOSTILE: the same words aimed at a
person or a group, which must stay caught.
"""

from __future__ import annotations

# fmt: off
FRIENDLY: tuple[str, ...] = (
    "this stupid controller drifts left", "what a dumb way to lose a round",
    "the dumbest patch notes i've ever read", "ugh, this idiotic menu again",
    "this crappy keyboard is dying", "what a ridiculous bullshit ending",
    "damn, that storm knocked the power out", "fucking finally, the servers are up",
    "holy shit, look at that view", "what the fuck, the game crashed again",
    "shit, i missed the train", "fuck, i burned the rice",
    "i'm a total idiot, i deleted the folder", "i was so stupid to trust that forecast",
    "man i feel like a dumbass today", "call me an idiot but i loved it",
    "that was fucking delicious", "damn fine coffee", "this track is fucking amazing",
    "what a damn good match that was", "bloody brilliant save",
    "the new tax law is stupid", "this policy is pure garbage",
    "that app is a piece of shit", "what a pathetic little update",
    "the whole idea is stupid as fuck", "that rule makes zero fucking sense",
    "the review called the film 'dumb trash' lol", "my brother keeps saying 'you idiot' to the tv",
    "the song is literally called stupid bitch", "this crazy ass heat wave",
    "damn this headache", "ah crap, forgot my charger",
    "what kind of stupid question is on this exam", "this shit is hard, but fun",
    "fucking love this community", "screw this level, i'm going to bed",
    "questo gioco del cazzo crasha sempre", "che giornata di merda",
    "sono un idiota, ho dimenticato il pranzo", "che legge stupida",
    "cazzo che bello", "porca vacca, ha vinto l'Italia",
)

HOSTILE: tuple[str, ...] = (
    "you dumb idiot", "you are a stupid piece of shit", "you pathetic little man",
    "shut up, dumbass", "you're a fucking idiot", "what a stupid bitch you are",
    "this guy is a total moron", "that stupid kid keeps spamming", "he's a pathetic loser",
    "our jungler is fucking garbage", "you're trash at this, uninstall",
    "go fuck yourself you idiot", "you crazy ass bitch", "fuck you and your stupid ideas",
    "everyone here is a dumbass", "you people are so fucking stupid",
    "what kind of idiot are you", "screw you, moron", "you're a damn fool",
    "your sister is a whore", "women are stupid", "immigrants are garbage",
    "you ridiculous piece of crap", "stupid bitch can't even aim",
    "that idiot mod banned me for nothing", "you are worthless trash",
    "you sound like a fucking retard", "this dumbass won't stop talking",
    "the idiot who wrote this should be fired", "get lost, idiot",
    "nobody likes you, loser", "you're an idiot and a liar", "what a moron you are",
    "shut your stupid mouth", "your brain is garbage", "you're pathetic, honestly",
    "sei un idiota", "che coglione che sei", "stai zitta cretina", "sei uno stupido",
    "questo idiota non capisce niente", "vaffanculo stronzo",
)
# fmt: on
