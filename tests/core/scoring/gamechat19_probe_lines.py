"""The gamechat19 probe (issue 8): game chat of other games than Dota (League,
Valorant, Overwatch, CS, Fortnite) in the round's shapes: "ass" as a verdict on a
player ("ur ass", "our jett is ass"), "ur bad", a hero's player said to suck ("reyna
sucks", "PUDGE SUCK"), "ur a dog", "get rekt", "l2p", "you have no hands", and the mother
joke of "last night"; clean look-alikes (a thing or the writer called ass, "my bad", a
hero's kit in a patch, a meme talked about, a dog owned or liked, a mother's real
evening) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "ur ass", "u r ass", "ur actually ass", "you are ass at this game", "ur ass lol",
    "youre literally ass", "our jett is ass", "this reyna is ass", "mid is actually ass",
    "our support is ass lol", "ur bad", "ur bad lol", "ur bad at this game", "ur bad kid",
    "reyna sucks", "yasuo sucks lol", "PUDGE SUCK", "genji suck", "teemo sucks report",
    "jett sucks ass", "ur a dog", "ur such a dog", "u are a dog", "get rekt", "get rekt kid",
    "GET REKT NOOB", "l2p", "l2p pls", "you have no hands", "u have no hands lol",
    "ur mom was great last night", "tell ur mom i said thanks for last night",
    "gg ez", "kys", "uninstall", "jg diff", "ur trash", "stop inting",
    # second batch (written before its rules): a low IQ told, a gloat at a carried player,
    # blame on the loss spelt "youre"
    "0 iq", "ur 0 iq", "zero iq jungler", "negative iq play", "room temp iq", "ur 2 iq",
    "ur getting carried", "u got carried so hard", "enjoy getting carried", "ur being carried lol",
    "youre the reason we lost", "youre the reason we keep losing",
)

TUNE_CLEAN: tuple[str, ...] = (
    "my aim is ass today", "this map is ass", "the servers are ass rn", "my ass hurts from sitting",
    "this game is ass", "the new update is ass", "cover ur ass on b site",
    "my bad", "my bad guys", "ur bad luck lol", "sorry about ur bad day",
    "genji sucks this patch", "genji sucks in this meta", "yasuo sucks into malphite",
    "laning vs darius sucks", "losing sucks", "this map sucks", "the new reyna skin sucks",
    "ur a dog person?", "ur dog is so cute", "is that ur dog barking", "you lucky dog",
    "i got rekt", "we got rekt lol", "l2p guide on youtube helped a lot",
    "i have no hands today lol", "my hands are cold",
    "say hi to ur mom for me", "how was ur mom's birthday last night",
    "git gud kid is the funniest meme", "uninstall is a meme at this point",
    "kill the tank first", "that guy is insane", "im so trash today lol", "nice try noob jk",
    # second batch: the writer's own IQ or a clever play, a carry thanked or owned, carried away
    "0 iq play by me lol", "i have 0 iq today", "200 iq play", "big iq move", "iq test",
    "i got carried lol", "we got carried by jett", "thanks for carrying",
    "ur getting carried away lol", "she carried us", "youre the reason i still play",
    "youre the reason we won",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit that ace", "damn that was close as fuck",
    "shit i whiffed", "lmao that play was so fucking clean",
)
