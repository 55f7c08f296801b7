"""The discord54 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, before any rule; counted only at the start and at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "no one let her in", "nobody let him in", "noone let her in the server",
    "no one let him in the gc", "nobody let her in again lol", "nobody let him in ever again",
    "we shouldnt let him in", "we shouldnt let her in the vc", "we shouldn't let him in again",
    "we should not let her in", "we shouldnt let her in the discord",
    "lets not let him in", "let's not let her in the gc", "lets not let him in again",
    "never let her in again", "never let him in the server", "dont ever let her in",
    "dont ever let him in the call again", "guys dont let him in", "yall dont let her in",
    "pls no one let her in", "everyone dont let him in the vc", "nobody let her in ever",
    "no one should let him in", "nobody should let her in the gc",
    "dont let <@11> in the gc", "dont let <@12> in the call", "don't let <@13> in the vc",
    "dont let <@14> in again", "guys dont let <@15> in", "do not let <@16> in the server",
    "plz dont let <@17> in", "dont ever let <@18> in the vc", "never let <@19> in again",
    "dont let <@20> in lol", "yall dont let <@21> in the server",
    "no one let him in fr", "we shouldnt let her in tbh", "nobody let him in the discord",
    "lets not let <@22> in",
)

HELD_CLEAN: tuple[str, ...] = (
    "we shouldnt let her in, the server is full", "dont let <@3> in the vc until he verifies",
    "no one let her in yet, shes still driving", "nobody let him in until hes done studying",
    "dont let <@4> in the call his mic is broken", "we shouldnt let him in, he asked to sit out",
    "dont let her in the vc shes sleeping", "lets not let him in yet the server is down",
    "dont let him in until he finishes his homework", "never let her in the vc when shes sick",
    "dont let me in the call im in the shower", "nobody let me in, im busy",
    "no one let us in the gc", "dont let me in the vc again im so tired",
    "dont let them take dragon", "dont let them in our spawn", "no one let the skeletons in",
    "dont let the enemy in the base", "never let the mobs in", "dont let the dog in",
    "dont let her in the base shes on the other team", "dont let the rain in",
    "dont let the raid bot in the server", "nobody let the scam bot in",
    "why did nobody let her in", "who let her in the gc lol, hi",
    "they told everyone dont let me in, why", "he said no one let him in, is that true",
    "why didnt they let him in", "should we let her in?", "can we let him in now",
    "please let her in", "he wrote \"no one let her in\" to be funny",
    "i didnt let her in cause i was afk", "we didnt let him in because the server was full",
    "dont let the cold in", "did you let him in?", "let him in pls hes my friend",
    "nobody let me in so i made my own server", "dont let them in the objective",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the vc is packed tonight", "fuck yes the event is live",
    "damn this server grew fast", "shit my mic died again",
    "hell yeah new channel", "this playlist is so damn good",
)
# fmt: on
