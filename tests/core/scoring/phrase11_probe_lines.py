"""The phrase11 probe (issue 8): a multi-word term read through a profanity or
intensifier word set inside it ("disabled people are a fucking burden", "go back to
your fucking country", "sei un fottuto peso", "tornatevene al vostro cazzo di paese"),
English and Italian; and clean lines of the same words (friendly profanity, the same
phrase aimed at an object or at oneself, game callouts, reported and counter-speech),
with untargeted swearing. Written before any rule or lexicon line was read.
"""

from __future__ import annotations

# fmt: off

BRIEF_HOSTILE: tuple[str, ...] = (
    "disabled people are a fucking burden", "go back to your fucking country",
    "i will fucking find you", "sei un fottuto peso per tutti",
    "tornatevene al vostro cazzo di paese",
)

TUNE_HOSTILE: tuple[str, ...] = (
    # English: profanity inside a group claim
    "women are a fucking waste of space", "immigrants are a goddamn plague",
    "muslims are a fucking disease", "trans people are a fucking joke",
    "jews are a goddamn cancer", "refugees should go back to their fucking countries",
    # English: profanity inside an insult, threat or exclusion phrase
    "you are a fucking waste of oxygen", "kill your fucking self", "go fucking kill yourself",
    "i will fucking kill you", "i'm gonna fucking kill you", "nobody fucking likes you",
    "shut your fucking mouth", "shut your damn mouth", "go back to your damn country",
    "go back to your bloody country", "you're a fkn waste of space", "you should fucking die",
    "you should just fucking die", "i hope you fucking die", "i know where you fucking live",
    "no one fucking wants you here", "you don't fucking belong here",
    "you are a freaking disgrace", "you're effing worthless", "drink fucking bleach",
    "you're a f*cking embarrassment", "you're a fuckin embarrassment to this team",
    "i'll fucking end you", "watch your fucking back", "nobody really wants you here",
    "you really are a waste of space", "you are such a waste of space",
    "i will find you and fucking kill you", "you are a frickin waste of space",
    # Italian
    "sei un fottuto fallito", "tornatene al tuo cazzo di paese",
    "tornate nel vostro paese del cazzo", "gli immigrati sono un fottuto cancro",
    "gli zingari sono una maledetta piaga", "le donne sono un cazzo di peso",
    "sei una dannata vergogna", "sei un maledetto peso morto",
    "nessuno ti vuole in questo cazzo di server", "esci dal mio cazzo di server",
    "i gay sono una fottuta malattia", "i musulmani sono una maledetta piaga",
    "sei uno schifoso parassita", "sei davvero un peso per tutti",
    "tornatevene nel vostro maledetto paese", "sei proprio un peso",
)

TUNE_CLEAN: tuple[str, ...] = (
    "fucking nice shot", "holy shit gg", "go back to your fucking base lol",
    "go back to your damn lane", "the grind is a fucking burden", "taxes are a fucking burden",
    "i'm so fucking tired", "i really want to go back to my country",
    "i'm going back to my fucking country next week, can't wait", "i fucking love you guys",
    "you are so fucking good at this", "you're a fucking legend", "you're such a fucking beast",
    "that was a damn good game", "kill the fucking tank first", "i will fucking carry you",
    "shut up and take my fucking money", "fucking kill me, this queue is endless",
    "i hate this fucking map", "this bloody lag is killing me", "the boss is a fucking pain",
    "go fucking get them", "you should really try the new hero", "i hope you fucking win this",
    "such a fucking good play",
    "saying 'go back to your fucking country' is racist",
    "he told me to go back to my fucking country, what do i do?",
    "i will fucking find you a better build", "you are a fucking wizard with that sniper",
    # Italian
    "cazzo che partita", "che cazzo di tiro, bravo!", "sei un fottuto genio",
    "sei un maledetto campione", "questo cazzo di lag mi uccide",
    "il boss finale è un fottuto incubo", "le tasse sono un fottuto peso",
    "che maledetta sfortuna", "sei davvero forte", "torniamo alla nostra cazzo di base",
    "domani torno al mio paese, cazzo finalmente",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this game", "holy fucking shit", "damn it", "fucking hell", "shit shit shit",
    "goddamn lag", "bloody hell", "porca puttana", "cazzo!", "che cazzo", "porco cane che lag",
    "merda, ho perso",
)
