"""The discord8 probe's held-back lines (issue 8): the same kinds as
discord8_probe_lines.py, written after them and before any rule changed; measured only
at the start and the end of the round, by counts, never read for misses.
"""

from __future__ import annotations

from tests.core.scoring.discord8_probe_lines import M2, M

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur genuinely so dumb its impressive", "bro ur the most annoying person alive",
    "touch grass and stay there loser", "nobody asked + ratio + ur fat",
    "imagine being this much of a loser", "ur a walking L", "get off discord you freak",
    "ur so ugly lmao no wonder nobody talks to u", "ur an embarrassment to this server",
    "stfu you absolute idiot", "shut up you useless clown", "u r so stupid omg",
    "go away creep", "no one here likes you, just leave", "get out of our server",
    "we dont want ur kind here", "leave and never come back loser",
    f"{M} ur so fucking dumb", f"{M} stfu idiot", f"{M} nobody likes you",
    f"{M2} ur a joke", f"{M} go kys", f"{M} you're pathetic", f"{M} is a total moron",
    "alex is such a loser lol", "that guy in vc is a fucking creep",
    "our mod is a power hungry idiot", "ur code is trash and ur a terrible dev",
    "ur art is so bad you should quit forever", "lets all report him until he gets banned lol",
    "i will hurt you", "i know ur real name and where u go to school",
    "ill beat ur ass", "hope you choke", "someone should shoot you",
    "kill yourself", "kys nobody would care", "go jump off a roof", "do the world a favor and die",
    "gay people are disgusting", "women are too dumb for this server",
    "muslims should all be kicked out", "black people are animals", "ur such a faggot",
    "*kicks you* worthless idiot",
    "sei un idiota", "stai zitto sfigato", "nessuno ti vuole in questo server",
    "vattene via coglione", f"{M} sei un cretino", "sei proprio una merda",
    "ti ammazzo", "spero che ti investano", "vai a ucciderti", "luca è uno stronzo",
    "i gay fanno schifo", "le donne sono stupide", "sei un ritardato", "fai pena",
)

HELD_HOSTILE_REPLY: tuple[str, ...] = (
    "ratio + ur a moron", "cope harder loser", "nobody cares idiot", "zitto coglione",
)

HELD_CLEAN: tuple[str, ...] = (
    "lmao thats so fucking good", "holy shit i passed", "fuck this homework",
    "shit my wifi died", "im such a clown for that 💀", "i'm so stupid i forgot my password",
    "this album is mid", "that episode was so cringe", "the code is broken again ugh",
    "this function is garbage", "how do i kill a thread in java", "kill the boss first",
    "the villain is a bastard but a good one", "i hate tuesdays",
    "💀💀", "<:kekw:123456789012345678>", "🔥", "gm chat", "anyone wanna vc?",
    "you're so good at this", "ur not stupid, you're learning", "welcome!! glad ur here",
    "pls dont insult people here", "is it ok to swear in general?",
    "someone called me a loser in dms, should i tell the mods?",
    "> shut up idiot\nthis is what he sent me", "telling someone to leave the server isn't nice",
    "happy pride everyone", "my muslim friends invited me for iftar", "*pats you*",
    f"{M} gg wp", f"{M} ty!!", f"{M2} you're amazing", f"/ban {M} spam links",
    f"!mute {M} 1h",
    "cazzo che figata", "sono un disastro oggi", "questo bug fa schifo",
    "ragazzi vc?", "sei bravissima", "non insultate per favore",
    "mi hanno scritto 'ammazzati', cosa faccio?", "odio la matematica", "che ridere 😭",
    f"{M} grazie mille", "porca puttana ho perso il bus",
)

HELD_CLEAN_REPLY: tuple[str, ...] = (
    "so true lmao", "fr", "bro same", "vero ahah",
)

# fmt: on
