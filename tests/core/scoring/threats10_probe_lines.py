"""The threats10 probe (issue 8): a veiled threat at the reader said with the screen or
the distance that protects them, held lucky or told to be thankful for it ("consider
yourself lucky we're online", "you're lucky there's a screen between us", "good thing for
you this is the internet", "ur lucky u live so far away", "ringrazia che siamo online",
"sei fortunato che c'è uno schermo"); and the clean lines in the same words that must
stay clean (distance as distance, the screen as a convenience, the writer or others held
lucky, reports, quotes, questions and game talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader held lucky, the screen protecting them
    "consider yourself lucky we're online", "youre lucky theres a screen between us",
    "ur lucky there's a screen between us fr", "you're so lucky this is the internet",
    "lucky for you we're online lol", "lucky for u this is just the internet",
    "be glad there's a screen between us", "be thankful we're on the internet",
    "you should be grateful there's a screen between us",
    "thank your lucky stars we're online", "good thing for you we're online",
    "good thing for u theres a screen between us", "luckily for you this is online",
    "yall are lucky we're on the internet", "you're really lucky this is only the internet",
    "ur lucky this is online or you'd be done", "youre lucky were online buddy",
    "thank god for you this is the internet", "u r lucky theres a screen between us",
    "you are lucky we are online",
    "consider urself lucky we're online and not face to face",
    # the reader held lucky, the distance protecting them
    "count yourself lucky you live 500 miles away", "ur lucky u live so far away",
    "youre lucky you live in another country", "you're lucky there's an ocean between us",
    # Italian
    "ringrazia che siamo online", "ringrazia che c'è uno schermo tra noi",
    "sei fortunato che siamo su internet", "sei fortunata che c'è uno schermo",
    "ringrazia dio che abiti lontano", "fortuna tua che siamo online",
    "ti è andata bene che siamo su internet", "6 fortunato che abiti a 500 km",
    "sei fortunato che vivi lontano", "ringrazia il cielo che c'è uno schermo in mezzo",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the screen or the distance as a convenience, the sentence going on
    "you're lucky we're online, the store closed early today",
    "you're lucky you live so far away from all this traffic",
    "good thing for you this is online, the fees are lower",
    "count yourself lucky you live in another country, prices here are insane",
    "you're lucky there's an ocean between us and this heatwave",
    "be glad we're online, the meeting room is freezing",
    "good thing you live close, we can carpool",
    "you're lucky you live far from the office, the commute is brutal",
    "lucky for you this is the internet, you can just google it",
    # the writer or others held lucky, or no one
    "lucky we're online, the shop closed", "we're lucky this is online, the venue is packed",
    "i'm so lucky we're online again, the router died yesterday",
    "we're lucky there's a screen between us and the virus lol",
    "thank god we're online now, the call dropped twice",
    "honestly we're so lucky the internet exists",
    "i wish i lived far away like you, you're lucky",
    # reports, quotes, questions, games
    "she said i'm lucky we're online",
    "he told me i'm lucky there's a screen between us, what do i do",
    "he said you're lucky we're online lmao",
    "\"you're lucky we're online\" is such a tired line",
    "aren't you lucky this is the internet?",
    "you're lucky we're online in ranked, the servers were down all day",
    # Italian
    "ringrazia che siamo online, il negozio è chiuso",
    "sei fortunato che siamo su internet, in centro c'è traffico",
    "siamo fortunati che c'è uno schermo, il film è bellissimo",
    "sono fortunato che abito lontano dal centro",
    "ringrazia che vivi lontano da questo caos",
    "mi ha detto che sono fortunato che siamo online",
    "fortuna tua che siamo online, così non devi guidare",
    "ti è andata bene che siamo su internet, in presenza era un disastro",
    "good thing you live 500 miles away, the hurricane is heading here",
    "you're lucky you're online, my wifi is dead",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit we're online again", "damn this internet is so fucking slow",
    "fuck yeah the stream is online", "shit, my screen cracked again",
    "lucky as hell, got the last ticket online",
    "fucking finally we're online, the router was dead",
)
