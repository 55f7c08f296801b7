"""The gamechat24 held-back batch (issue 8): the round's shapes in other wording,
written at the same time as gamechat24_probe_lines.py and before any rule, counted
only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a profanity word said of the reader
    "ur so shittttt", "u r shitty", "ur so crappy lol", "you're so shittt", "ur shite mate",
    "sage ur so shittt", "u so shittt bro", "you are soooo shitty", "ur crap lol",
    # a gg-taunt with an insult
    "gg no re noob", "gg no re loser team", "gg no re bozo", "gg get rekt kid",
    "gg no re idiot", "gg get rekt trash", "gg go next loser", "gg no re dog",
    # uninstall and delete in chat spelling
    "unistal game", "uninstal pls kid", "uninstall game noob", "delete game bro",
    "delete game now", "pls delete game", "unistal already",
    # a mock title with a role or hero name
    "ok genius jungle", "nice one genius support", "thanks einstein adc",
    "good job genius top", "wow genius healer", "great call genius igl",
    # threats in chat spelling
    "ur dead after the game", "ur dead after this round", "i'll kill u after the match",
    "ill kill u", "ur so dead after this", "wait till after this game ur dead",
    # Italian
    "gg no re coglione", "disinstalla il gioco scarso", "gg no re scarsi", "ok genio support",
    "sei morto dopo questa", "gg ez no re trash",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words of a thing, or the writer's own
    "ur internet is so shittt", "our comp is so shitty", "this patch is so crappy",
    "i'm so shittt today sorry", "i'm so crap at this hero", "ur shitty ping is back",
    "my wifi is shite", "the ranked queue is so shittt", "im sooo shitty today lol",
    # gg without an insult
    "gg no re lol", "gg wp everyone", "gg go next guys", "gg no re, the lag was trash",
    "gg, we were trash tbh", "gg ez game for us lol",
    # tech support and the writer's own uninstall
    "uninstall game then verify files", "delete game folder and reinstall",
    "i deleted game files yesterday", "ill unistal it later", "should i delete game data",
    "i'm gonna uninstall game for a week",
    # praise and callouts with a role
    "genius support play", "nice job jungle", "thanks adc", "great call igl",
    "what a genius play from our healer", "ok top going in", "good job support",
    "that was genius mid", "thanks for the heal support",
    # callouts and banter with "dead"
    "ur dead if they flank", "ur dead, wait for respawn", "careful ur dead if u go",
    "i'll kill u in lane next game lol", "ill kill u first next round haha",
    "the boss is dead after this phase", "ur dead bro use ult", "he's dead after this push",
    "sei morto, aspetta il respawn", "disinstalla il gioco e reinstallalo",
    "gg no re, bella partita",
)

HELD_SWEARING: tuple[str, ...] = (
    "shittt lag again", "fuckkk this ping", "holy shit gg", "crap i missed",
    "this lag is so shitty", "fuck my aim today",
)
