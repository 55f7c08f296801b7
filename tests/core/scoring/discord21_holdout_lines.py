"""The discord21 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a trait pinned on the reader
    "ur so weird bro", "u r so toxic", "ur so lame lmao", "ur honestly so boring",
    "ur not funny lmao", "you're not even funny", "ur really not funny", "ur weird asf",
    "ur so clingy its annoying", "you are so weird", "ur actually so toxic",
    "ur toxic asf", "ur so lame fr", "ur so cringe bro", "ur mid bro",
    # a mocking reply sent whole
    "skill issue fr", "skill issue honestly", "huge skill issue", "sounds like skill issue",
    "that's a skill issue", "skill issue bro", "who cares lmao", "who cares tbh",
    "ok and? nobody cares", "and? who even cares", "who even cares",
    # boot-licking said to the reader
    "keep licking those boots lmao", "go lick some more boots", "enjoy licking boots",
    "keep on licking those boots",
    # the worst of a server role, sent whole
    "worst mod ever fr", "worst admin ever", "worst mod in history lmao",
    "worst moderator ever",
    # other mocking replies
    "nobody likes u here", "ur so annoying just leave", "log off loser", "go back to reddit",
    "chronically online weirdo", "ur the worst admin",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words about oneself
    "im so lame i stayed in all weekend", "i fell off this split lol", "im not even funny lmao",
    "skill issue on my end", "total skill issue from me lol", "im weird about pineapple pizza",
    "my main is so weird to play", "i get toxic in ranked, sorry guys",
    # a game or a thing
    "this lobby is so toxic", "the event was so boring", "that boss fight is so weird",
    "the new skins are lame", "league is so toxic", "this mode is weird af",
    # reassurance and kind words
    "ur not weird, lots of ppl like that", "ur not boring, dont worry", "ur not lame at all",
    "ur not toxic for wanting to win", "ur so funny omg", "ur not funny, ur a comedy genius",
    "ur not clingy, i like talking to u",
    # a question going on, advice
    "is it a skill issue or is my ping bad", "who cares for the server plants lol",
    "who cares if it's late, let's play", "who cares what he thinks, ur doing great",
    "log off and get some sleep, u have school", "who cares about the score, it was fun",
    # reports
    "someone keeps telling me skill issue, can a mod help", "she said ur so toxic to me in dms",
    "a guy told me to keep licking boots, is that allowed",
    # friendly banter
    "ur so weird lmao ily", "ur so lame haha love u", "ur not funny jk ur hilarious",
    # topic talk
    "who was the worst mod ever on this server lol", "the worst admin story i ever heard",
    "my dog keeps licking the boots by the door", "skill issue is such an overused meme",
    "the word toxic is overused", "which admin is on tonight", "being weird is fine",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the new map is huge", "fuck yes double xp", "damn that was close",
    "shit i forgot the raid", "what the hell is this meta lol", "hell yeah we got the w",
    "fucking finally it downloaded",
)
