"""The sixteenth game-chat probe (issue 8), written before any rule, from the shapes the
even rows of conda_train miss most often and that any game's chat writes: a player
reported with a swear standing for them ("report this shit", "report fucking sniper"),
"noob" said of a player by hero, role or nick ("this lc noob", "dp too noob", "stop
being a noob"), misspelt "noob team", a role or hero called a failure ("fail mid") or a
joke ("joke sf"), the worst one ever seen ("worst ld ive seen"), "shut up" with a hero.
Clean lines: the same words said of oneself, the game, items, or as plain reports and
calls of play. "report <hero>" alone stays clean: CONDA labels it an action (A)."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # report + a swear standing for the player
    "report this shit", "report this shit jungler", "pls report that shit mid",
    "report fucking sniper", "report that fucking tank", "report this fuck",
    # noob said of a player
    "this lc noob", "that pa is noob", "dp too noob", "our mid so noob",
    "sven stop being a noob", "stop being a noob jungler", "carry is noob lol",
    "noob sup", "omg noob healer", "jungler noob as hell",
    # misspelt noob team
    "nood team", "nobo team", "team nob", "noobs team",
    # a role or hero called a failure or a joke
    "fail mid", "gg fail carry", "fail jungler again", "joke sf", "joke support lol",
    "our tank is a joke", "what a joke mid",
    # worst one ever seen
    "worst ld ive seen", "worst jungler i ever seen", "worst mid ever lol",
    "worst support in the world",
    # shut up with a hero or role
    "oh shut up jug", "shut up mid", "shut up support pls",
    "just shut up pudge",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking lag", "holy shit that ult", "shit i missed", "fuck this map lol",
    "oh fuck they have rosh", "damn that was close", "wtf was that ult lmao",
    "fucking nice hook", "shit happens gg", "hell yeah rampage",
)

TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "report sniper pls", "report the bug", "i reported the bug", "report me if u want",
    "im noob at this hero", "i am noob sorry", "noob question", "noobs welcome in my guild",
    "fail", "i fail so much lol", "fail farm", "epic fail on my part",
    "joke of a patch", "that was a joke right", "its a joke chill",
    "worst game ever", "worst lag ever", "worst patch i have ever seen", "worst spawns ever",
    "shut up and take my money", "shut up im kidding", "mid is open", "push mid",
    "kill their healer first", "that guy is insane", "ez game gg wp", "i'm trash at this lol",
    "team fight at rosh", "our team is strong", "nice team",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN
