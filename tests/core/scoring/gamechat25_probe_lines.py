"""The gamechat25 probe (issue 8): in-game chat lines of many games in the round's
shapes (an order to leave the match with a tail; a mocking question about the reader's
hands, eyes or skill; a loss to a player mocked, never to a boss) and clean chat that
looks alike: the same words about oneself, a plan or a rule of the game, help and
questions that mean it, talk of bosses and NPCs, callouts, praise, friendly swearing.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an order to leave the match, with a tail
    "leave the game", "pls leave the game", "leave the game pls", "just leave then",
    "just afk then", "go afk then", "leave this game noob", "leave game pls",
    "just leave already", "leave the game kid", "ok just leave then", "quit the game then",
    "jett just leave", "pls just go afk then",
    # a mocking question about the reader's hands, eyes or skill
    "do u even have hands?", "do you even have eyes", "do u even play this game",
    "can u even aim?", "can you even see?", "are u even trying?", "r u even trying",
    "do you even know how to play", "did u even try", "do u even have a brain",
    "who taught u to play", "who taught you to play this game",
    "do u even look at the map?", "can u even read", "do you even play league lol",
    "mid do u even have hands", "are you even awake",
    # a loss to a player mocked
    "imagine losing to this team", "imagine losing to this guy", "imagine losing to this noob",
    "imagine losing to that lol",
    # Italian
    "esci dal gioco", "ma sai almeno giocare?", "esci dalla partita",
    # a player said to suck in chat grammar (added before its rule, with its clean lines)
    "pudge suck", "mid suck", "our jungler suck lol", "he suck so bad", "jett suck",
    "our carries suck", "ur team suck", "this yasuo suck hard", "she suck at this game",
    "our mid sucked", "genji sucked so bad",
    # the reader asked if they play with their feet or the monitor off (added before its
    # rule, with its clean lines)
    "are u playing with ur feet?", "r u playing with ur monitor off", "is ur monitor off",
    "are you playing with your eyes closed", "is your monitor off lol",
    "jett are u playing with ur feet",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a plan, a rule of the game, or the writer's own
    "i have to leave the game soon", "dont leave the game pls", "if u leave the game u get banned",
    "i will leave the game after this round", "can i leave the game without a penalty?",
    "he left the game lol", "leave the game running overnight for the event",
    "just leave the ward there", "just afk farm the jungle", "go afk farm top then push",
    "i might just quit the game after this season", "why did he leave the game",
    # questions that mean it, and the writer's own
    "do u even need wards in this mode?", "can you even see the boss from there?",
    "do you even want to play another?", "can u even play this hero on mobile?",
    "are u even online?", "i can't even aim today lol", "do i even have a brain today",
    "who taught you to play guitar?", "did u even get the drop?",
    "i'm so trash today lol", "can you even buy that item in ranked?",
    # a boss, a level, an NPC
    "imagine losing to this boss 20 times, i did lol", "imagine losing to this level lol",
    "imagine losing to this mob", "imagine losing to this raid boss twice",
    "imagine losing to this puzzle",
    # callouts and praise
    "gg wp", "nice shot jett", "mid is missing", "jungle top side", "good job team",
    # Italian
    "devo uscire dal gioco tra poco", "sai giocare a scacchi?",
    # the writer's own, a thing, a plain verb (added with the shape above)
    "i suck", "we suck lol", "these skins suck", "the servers suck today",
    "mid lane sucks on this map",
    "jett suck it up and play", "i sucked so bad lol", "does mid suck?", "the new patch sucked",
    "my aim sucked today",
    # a question that means it (added with the shape above)
    "are you playing with friends tonight?", "are u playing with a controller?",
    "is ur monitor off? the stream is black", "r u playing with sound on",
    "i'm playing with my eyes closed lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit lag", "fuck this ping", "holy shit gg", "fucking nice shot", "damn this boss is hard",
    "what the fuck was that ult lmao",
)
