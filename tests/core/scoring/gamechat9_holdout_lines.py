"""The ninth game-chat probe's held-back batch (issue 8): written after the studied lines
and before any rule, never read for misses; counted once at the start of the round and
once at the end (figures in test_scorer_gamechat9_probe.py). Same shapes as
gamechat9_probe_lines.py, new wording, games of every kind.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # verdict by hero, role, position
    "our top laner is a lost cause", "killjoy is dead weight", "the medic on our team is worthless",
    "zarya has no idea what shes doing", "pos 1 is a waste of oxygen", "our igl is hopeless",
    "this support is a disgrace", "the goalie is a liability", "hanzo is the weakest player here",
    # report
    "report our adc", "report the medic he wont heal", "everyone report reyna",
    "REPORT MID", "report this idiot tracer",
    # leave, quit, uninstall
    "alt f4 pls", "leave the match already", "go back to quickplay", "sell ur pc",
    "stick to bots mode", "quit overwatch forever", "get out of my lobby",
    # rank, skill, age
    "go play with your lego", "isnt it past ur bedtime", "how old are u 10",
    "my cat aims better", "do u play with oven mitts", "who gave this kid a mouse",
    "hardstuck gold brain", "did ur dad buy that rank",
    # ez and gloating
    "ezzz", "ez game ez life", "thanks for the free wins", "too ez for us noobs", "stay mad kid",
    "cry more losers", "sit down kid",
    # blame
    "top lost us the game", "we lost cause of our sage", "thanks support for the L",
    "this l is on our jungler", "you lost us the round", "cant win with this healer",
    # typos, run-together
    "urgarbage", "stfukid", "idoit", "brainded tank", "stupidd support", "fkn noob",
    "uselesss healer", "ur a lozer",
    # all caps
    "LEARN TO AIM", "ARE YOU STUPID", "SO BAD", "IDIOT", "WAKE UP HEALER YOU MORON",
    # Italian
    "il top è inutile", "abbiamo perso per colpa del jungla", "vai a giocare con le bambole",
    "ez scarsi", "SCARSO", "disinstalla nabbo",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this ping", "shit i lagged out", "holy fuck what a play", "fucking hitreg",
    "damn i choked", "what the fuck that bounce", "shit im out of ammo", "fuck this map",
    "god damn that was close", "fucking lag again", "holy shit that flank", "shit the zone",
    "fuck i forgot to heal", "porca miseria che lag", "cazzo la zona",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "this hero is useless after the patch", "my mouse is trash", "i lost us the game sorry",
    "we lost cause of the server", "that wasnt ez at all", "is the raid boss ez",
    "report the bug in discord", "im quitting after this round", "uninstalling for a reinstall",
    "go back to spawn and regroup", "my little sister loves this game",
    "im 12 and i love minecraft",
    "our support is so good", "thanks tank for the peel", "the npc healer is useless lol",
    "dont tell people to quit", "gg everyone", "NICE ONE", "WE WON", "HELP A SITE",
    "i'm so bad at this lol", "first time playing ranked", "push top", "gg wp", "kill the medic",
    "stack on b", "nice shot genji", "ur cracked bro", "rotate to c", "thanks for the carry",
    "ho perso io la partita", "bella partita a tutti", "gioco troppo male oggi",
    "vai a sinistra", "grazie support",
)

# fmt: on

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
