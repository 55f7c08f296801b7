"""The gamechat59 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "lina is bad", "axe is bad lol", "our support is bad", "wk really bad",
    "zeus very bad", "that invoker is really bad", "puck is very bad gg", "ez sniper is bad",
    "lol rubick really bad", "our mid very bad", "void bad af", "carry is really bad",
    "their mid is bad lol", "ur sf is bad", "riki is so bad lol", "bad lina",
    "lion bad", "bad invoker gg", "carry bad", "slardar bad",
    "lina terrible", "axe awful", "rubick horrible gg", "pa worst",
    "our carry terrible", "lol wk awful", "zeus terrible again", "that riki horrible",
    "lina no brain", "wk no brain lol", "our support no brain", "puck zero brain",
    "bristle no brain gg", "carry no brain", "lina really bad lol", "this sven is bad",
    "gg lion is bad", "sven awful lol", "omni no brain", "jugg is very bad",
)

HELD_CLEAN: tuple[str, ...] = (
    "lina bad pick this patch", "bad item on lina", "lina is bad vs am", "lina is hard",
    "axe is bad this patch", "wk really bad into am", "zeus is very bad against bkb",
    "rubick terrible hero", "lina awful pick", "riki worst hero ever made",
    "bad lina build", "axe bad call", "sniper is bad at lvl 1", "puck terrible vs storm",
    "my lina bad lol", "my wk is bad sorry", "i am bad lina", "lina is not bad",
    "zeus not bad", "is lina bad?", "is wk really bad now?", "she said axe is bad",
    "i think rubick is bad", "lina is bad? no way", "not bad lina", "lina no brain hero",
    "this is really bad", "my ping is very bad", "safe lane is terrible for melee heroes",
    "no brain needed for wk", "bad luck lina", "too bad for axe", "axe is bad for this lineup",
    "sven very bad early game", "is my lina that bad?", "our draft is bad",
    "the game is terrible", "rubick no brain combo", "i was bad on lina", "lina bad items",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that lina ult", "fucking hell this lag", "shit i missed the stun",
    "fuck yes we won", "what the fuck was that hook lmao", "damn that was fucking close",
)
# fmt: on
