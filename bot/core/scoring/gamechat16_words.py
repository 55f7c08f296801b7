"""Words of the sixteenth game-chat round (issue 8, targeting_gamechat16.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat12_words

# Name-calls that fit only a player, never a hero's kit or a thing: after a pointer and
# a hero's or a role's name ("this lc noob", "that invoker is clueless") they judge the
# player, where "this yasuo is trash" may judge the champion (gamechat8 left that so).
PLAYER_ONLY: Final[frozenset[str]] = frozenset({
    "noob", "nub", "newb", "noobest", "nooby", "idiot", "moron", "retard", "retarded",
    "braindead", "clueless",
})  # fmt: skip
POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "dis", "dat"})
# May stand before the pointer at the line's start: an exclamation ("lol this lc noob").
OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "omg", "wtf", "gg", "ffs", "jesus", "man", "bro", "ah", "oh", "ok",
})  # fmt: skip
# Between the name and the name-call: "this sf so noob", "that pa is such a noob".
# gamechat12's gap but "are" (one hero pointed at), and "literally".
GAP: Final[frozenset[str]] = (gamechat12_words.NAME_GAP - {"are"}) | {"literally"}
GAP_REACH: Final = 3
# May close the clause after the name-call ("this lc noob only lol").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "xd", "tbh", "honestly", "af", "wtf", "omg", "haha", "ever", "ffs", "man",
    "only", "pls", "plz", "smh", "again", "gg", "fr", "ngl", "report", "lmfao",
})  # fmt: skip
TAIL_REACH: Final = 3

# "<name> stop being a noob": a hero's or a role's name (an owner before it at most) as the
# vocative of the order, which the older rules read only with nothing or an exclamation
# before "stop" ("stop being an idiot", "lol stop being a noob").
STOP: Final[frozenset[str]] = frozenset({"stop", "quit"})
BEING_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "so", "such", "fucking", "fking", "total", "complete", "absolute",
})  # fmt: skip
VOCATIVE_OWNERS: Final[frozenset[str]] = frozenset({"our", "ur", "your", "hey", "yo", "oi"})
PLEASE: Final[frozenset[str]] = frozenset({"pls", "plz", "please", "just", "lol", "omg", "bro"})
VOCATIVE_REACH: Final = 4

# A swear standing for the player reported (insult.txt, gamechat16): "report this shit",
# "report fucking sniper". Only the clause's end, a name and fillers may follow: "report
# this shit to valve" and "report fucking bugs" report a thing.
REPORTED_SWEARS: Final[frozenset[str]] = frozenset({
    "report this shit", "report that shit", "report this fuck", "report that fuck",
    "report fucking", "report this fucking", "report that fucking",
})  # fmt: skip
# Those that need a name after them: "report fucking" alone may curse the report button.
NAME_NEEDED: Final[frozenset[str]] = frozenset({
    "report fucking", "report this fucking", "report that fucking",
})  # fmt: skip
REPORT_TAILS: Final[frozenset[str]] = frozenset({
    "pls", "plz", "please", "lol", "lmao", "guys", "all", "ty", "thx", "now", "asap", "xd",
})  # fmt: skip

# Blame laid on a role in two words (insult.txt, gamechat16): "blame mid", "blame adc pls";
# said of that player outright unless an older rule cancelled it ("dont blame mid"). Not
# "blame team": Dota chat's shrug at a loss (CONDA labels it other, not toxic).
BLAME_ROLES: Final[frozenset[str]] = frozenset({
    "blame mid", "blame jungle", "blame jungler", "blame carry", "blame support",
    "blame supp", "blame sup", "blame tank", "blame healer", "blame adc", "blame top",
})  # fmt: skip
NEGATORS: Final[frozenset[str]] = frozenset({"dont", "don", "t", "never", "not", "no", "stop"})

# "why u so bad", "y u so trash": the question with no verb asks the reader why they are
# what the judging word says; the older rules read "why are you so bad" only.
WHY: Final[frozenset[str]] = frozenset({"why", "y", "how", "hw"})
BARE_READERS: Final[frozenset[str]] = frozenset({"u", "you", "ya", "yu"})

# A player's skill denied (insult.txt, gamechat16): "you have no skill"; a noun after
# "skill" names a game's thing ("you have no skill points left", "no skill shots").
NO_SKILL: Final[frozenset[str]] = frozenset({
    "have no skill", "has no skill", "got no skill", "has zero skill", "have zero skill",
})  # fmt: skip
SKILL_NOUNS: Final[frozenset[str]] = frozenset({
    "point", "points", "shot", "shots", "tree", "trees", "build", "builds", "set", "sets",
    "cap", "check", "checks", "level", "levels", "slot", "slots", "gem", "gems", "bar",
    "cooldown", "cooldowns", "book", "books", "line", "lines", "requirement", "required",
    "needed", "ceiling", "floor", "based", "rating", "issue", "issues",
})  # fmt: skip

# "gay" thrown at a role (insult.txt, gamechat16): "GAY MID!", "gay jungler lol"; only
# closing the clause ("gay mid lane", "the gay healer in the story" name a thing).
GAY_ROLES: Final[frozenset[str]] = frozenset({
    "gay mid", "gay jungler", "gay jungle", "gay carry", "gay support", "gay supp", "gay sup",
    "gay healer", "gay tank", "gay adc", "gay offlaner",
})  # fmt: skip
# An article or a third party's possessive before "gay <role>" makes it a description
# (review16): "my favourite is the gay healer", "finally a gay healer!" name a character or
# a pick; "our gay carry" and "omg gay carry" still throw it at a player, and "what a" /
# "such a" before the article judge one ("what a gay mid").
GAY_DESCRIBED: Final[frozenset[str]] = frozenset({"a", "an", "the", "my", "his", "her"})
GAY_JUDGING: Final[frozenset[str]] = frozenset({"what", "such"})

# Sarcastic praise of a player's feeding as a noun (insult.txt, gamechat16): "nice feed
# mid", "thx for the feed"; opening the line, a name or fillers at most after it.
FEED_PRAISE: Final[frozenset[str]] = frozenset({
    "nice feed", "gj feed", "good feed", "great feed", "thx for feed", "thx for the feed",
    "thanks for feed", "thanks for the feed", "ty for feed", "ty for the feed", "stop feed",
    # gamechat20: "int" (feeding on purpose) as the noun ("nice int jungle")
    "nice int", "gj int", "good int", "great int", "thx for the int", "ty for the int",
    "thanks for the int",
})  # fmt: skip
STOP_FEED: Final = "stop feed"
FEED_TAILS: Final[frozenset[str]] = TAILS | {
    "noob",
    "bro",
    "guys",
    "again",
    "man",
    "dude",
    "kid",
    "team",
    "there",
    "pls",
    "plz",
}
