"""The controls9 probe (issue 8): untargeted and friendly profanity against hostile
near-misses with the same words, written before any data row or rule was read.

Shapes (clean): an insult adjective on a thing or situation, swearing at events,
swearing about oneself, emphasis ("fucking", "damn") before praise or neutral nouns,
insults of products, laws and ideas, quoted or reported words. The hostile lines aim
the same words at a person or group.
"""

from __future__ import annotations

# fmt: off
CLEAN: tuple[str, ...] = (
    "this stupid printer jammed again", "what a dumb rule, who wrote this",
    "the new update is fucking garbage", "that idiotic law got passed anyway",
    "what kind of stupid weather is this", "this shitty wifi keeps dropping",
    "ugh this damn bus is late again", "fucking hell, the match got cancelled",
    "holy fuck that ending was wild", "what the hell just happened to my save",
    "i'm such an idiot, left my wallet at home", "god i'm so fucking dumb sometimes",
    "i feel like a moron for missing that", "that was a damn good burger",
    "fucking beautiful sunset tonight", "this song is so damn catchy",
    "the ending was pretty fucking brilliant", "that's some crazy ass weather",
    "this movie is trash, don't bother", "what a pathetic excuse for a sequel",
    "the plot was stupid as hell", "that pathetic policy won't fix anything",
    "this idea is moronic, let's rethink it", "he called the plan stupid and walked out",
    "she said 'you idiot' and we all laughed at the joke", "the word 'moron' is in the title",
    "what ridiculous bullshit this tax form is", "this dumb ass phone keeps restarting",
    "the stupidest thing about this game is the camera", "damn this traffic",
    "shit happens, move on", "oh shit i forgot the cake", "fuck, my coffee spilled",
    "this fucking heat is killing me", "che tempo di merda oggi",
    "questo telefono del cazzo si è bloccato", "sono proprio un cretino, ho perso le chiavi",
    "che film stupido", "porca miseria che traffico", "cazzo che bel gol",
)

HOSTILE: tuple[str, ...] = (
    "you stupid idiot", "you're such a dumb fuck", "this stupid guy keeps feeding",
    "what a pathetic loser you are", "you fucking moron", "shut up you idiot",
    "he is such a fucking moron", "your mom is trash", "you are pathetic",
    "what kind of dumb idiot are you", "this idiot on my team won't stop",
    "she's a stupid bitch", "you're a shitty person", "fuck you, moron",
    "that dumb ass kid needs to shut up", "these people are fucking idiots",
    "go away you pathetic clown", "what a dumb bitch", "you damn fool",
    "liberals are stupid as hell", "your idea is stupid and so are you",
    "you're garbage at this and you know it", "fuck off you worthless prick",
    "sei un cretino", "che idiota che sei", "stai zitto stupido",
    "questo coglione non sa giocare", "sei patetico", "vaffanculo idiota",
    "you ridiculous clown",
)
# fmt: on
