"""The gamechat53 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "fuck brazil", "omg fuck russia", "fuck the peruvians", "fuck those pinoys",
    "screw you russians", "fuck all ruskies", "suck it peruvians", "die brazilians",
    "stfu pinoys", "still fuck peru", "fuck filipinos man", "fk russians",
    "screw peru", "suck it brazil", "die peruvians lol", "fuck u pinoys",
    "shut up peruvians", "fuck them russians", "gg | fuck brazil", "fuq peruvians",
    "russia shit", "brazil shit", "report this russia trash", "peru trash xd",
    "peru garbage", "brazilians trash", "pinoys garbage", "russians shit",
    "filipinos trash lol", "these russians scum", "russia dogs", "peruvians dogs",
    "ruskis garbage", "brazil trash lmao", "all pinoys shit", "peru monkeys",
    "those brazilians garbage", "reported russia trash", "filipinos shit", "russians dogs",
)

HELD_CLEAN: tuple[str, ...] = (
    "fuck the russia server", "fuck brazil servers", "fuck my ping to brazil",
    "damn the russia server", "fuck peru server lag", "fuck yeah peru won",
    "fuck, peruvians carried", "fuck it, pinoys are cool", "shit, russia again",
    "holy shit brazil is hot", "fuck me, peru is far", "screw the meta, russians are fun",
    "suck it up pinoys we got this", "russia shit weather", "brazil trash talk lol",
    "peru garbage trucks", "i dont think russians are garbage", "not all peruvians are trash",
    "he said fuck brazil", "dont say fuck peruvians", "stop saying fuck russians ffs",
    "who says fuck peru?", '"fuck russia" is not a strat', "dont die russians, back off",
    "i told him to shut up about peru", "im in brazil now", "pinoys wp", "brazilians played well",
    "i love peru", "russians are so nice", "greetings from brazil", "no shit brazil won",
    "fuck this game, pinoys played well", "the peru server is trash", "my peru ping is shit",
    "brazil is the shit", "russia is my favourite country", "my friend from peru is fun",
    "we went to brazil last summer", "fuck off, the peruvians are right",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a play", "shit i missed the hook", "fucking hell that was close",
    "damn that was sick as fuck", "fuck yes rampage", "what the fuck just happened lol",
)
