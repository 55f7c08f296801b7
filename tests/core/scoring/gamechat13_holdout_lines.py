"""The thirteenth game-chat probe's held-back batch (issue 8), written after the studied
lines and before any rule; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "our support is a bot", "mid gap", "this sova is useless", "pos 1 is retarded",
    "our top is a dog", "ana is clueless", "that mercy is a bot lol", "our jungler is blind",
    "ff20 this team is trash", "afk carry again gg", "we lost cuz of this noob",
    "ur fault we lost", "gg support is a joke", "this team is brain dead",
    "uninstall dota", "delete valorant", "quit the game please", "go uninstall kid",
    "never play ranked again noob", "just quit loser",
    "ez clap", "cry more", "tilted noob?", "stay tilted kid", "dogwater", "bad kid lol",
    "ur actual dog water", "sit down kid",
    "noobbb", "retrdd", "u r a n00b", "TRASH TEAM", "UR SO BAD", "noooobs", "st00pid",
    "idi nahui noob", "ty dolboeb", "eres un manco", "pendejo mid", "cyka debil",
    "garbage", "useless", "noob", "dumbass",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck nice ult", "shit that was close", "holy fuck gg", "damn that lag",
    "fucking hell the spawn",
    "blyat again lag", "joder que partida", "wtf was that play lol", "fuck yes we won",
    "oh shit gg", "hell yeah clutch", "suka lag",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "kill the healer", "destroy their inhib", "push bot", "feed the tank",
    "gg ez game tho i was lucky",
    "gg wp everyone", "this map is trash", "this update is garbage", "the matchmaking is dogshit",
    "i'm so bad at this", "i'm trash today sorry", "my fault team", "i'm the noob here",
    "their sova is insane", "report the bug", "bot lane lost", "need a tank", "mid is missing",
    "buy wards pls", "don't cry about the rng", "delete the cache and restart",
    "quit the queue", "the bots are hard in coop", "our carry is farming", "spasibo", "davai go",
    "vamos", "buen juego", "nice ward sup", "the mercy skin is nice", "kill the bots first",
    "our jungler is a beast", "that was ez", "the support role is boring",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
