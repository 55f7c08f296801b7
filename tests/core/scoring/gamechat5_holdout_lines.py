"""The fifth game-chat probe's held-back batch (issue 8): written after the rules, never
tuned on. Same games and kinds as gamechat5_probe_lines.py; measured once before and
once after the rules, and the figures written in test_scorer_gamechat5_probe.py.
"""

from __future__ import annotations

# fmt: off
TARGETED: tuple[str, ...] = (
    "kayn ur actually so bad", "our support is a fucking clown", "report this noob zed he int",
    "gg jungle diff our jg is useless", "sona u r trash", "why is our mid so shit",
    "adc kys", "this top laner is braindead lol", "idiot mage never helps",
    "arty is a useless moron", "our heavies are so fucking bad", "scout you retard spot something",
    "this team of idiots again", "td camper noob", "ct's are so bad lol",
    "entry fragger is a clown", "shut up you russian pig", "nice flash retard",
    "you are the worst igl ever", "get out of my server you loser",
    "your builds are garbage and so are you", "ur so fkin annoying", "steve is a stupid griefer",
    "this kid so trash", "you suck at building", "bro this dude is so ass",
    "you goofy ass bot", "ball chasing moron", "worst teammate in the world",
    "women belong in the kitchen not in ranked", "all indians in cs are cheaters",
    "you people are animals", "sei un incapace", "il nostro support è un idiota",
    "squadra di scarsi", "stai zitto bambino di merda",
)

UNTARGETED_SWEARING: tuple[str, ...] = (
    "fuck this champ", "shit i forgot ult", "wtf was that hitbox", "holy shit im lagging",
    "this patch is so bad", "god damn i whiffed", "fucking ping spike", "im so shit at aim lol",
    "damn im trash at this map", "this server is so fucking laggy", "what the fuck was that bounce",
    "shit shit shit im low", "fuck yes clutch", "my keyboard is fucked",
    "jesus this game is rigged",
    "this mode is so trash", "fucking creepers", "i played so bad sorry guys",
    "omg im the worst today", "bullshit rng", "this queue is ass", "im such a moron lol",
    "porca miseria che lag", "cazzo ho sbagliato tutto", "che schifo questo server",
)

GAME: tuple[str, ...] = (
    "kill their adc", "drag in 40", "mid ss", "push b", "one at heaven", "save round",
    "heal the tank", "arty on the hill", "spot the light", "cap cap cap", "need wood",
    "tp spawn", "storm moving", "uav online", "my shot", "rotating", "shoot the td",
    "burn the heavy", "headshot him", "dive bot", "prendi il drago",
)

BANTER: tuple[str, ...] = (
    "gg wp all, close one", "you lucky dog", "ur insane bro", "what a beast",
    "nice one you madman", "haha you got me good", "rematch losers lol jk", "you're cracked",
)

OTHER: tuple[str, ...] = (
    "brb food", "anyone eu", "what rank", "im new to this game", "please dont flame him",
    "someone called me a noob lol", "ok team lets focus", "dont say that its rude",
    "buongiorno a tutti",
)
# fmt: on

SWEARING: tuple[str, ...] = UNTARGETED_SWEARING
CLEAN: tuple[str, ...] = UNTARGETED_SWEARING + GAME + BANTER + OTHER
