"""Word lists of the gamechat62 round (targeting_gamechat62.py): a player in game chat
blamed by role with "fail" right before the role or player noun, in a short line of its
own ("fail carry again", "gg fail carry lol", "what a fail support", "report fail jungler").

"fail" alone is an everyday verb ("dont fail mid", "we fail the dps check") and gets no
line; the round's lines are two words, "fail" and a role (en/insult.txt, "gamechat62"),
read only in the round's shape and cancelled elsewhere. The leads, tails and the reach
over them are gamechat60's, so both rounds open and close a line alike.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat60_words as g60

# fmt: off
FAIL: Final[str] = "fail"
# The roles and player nouns a "fail" blames: gamechat39's role subjects less chat's
# vocatives and the name-calls of their own ("fail bro", "fail noob"), and the tank's
# role, which that round leaves to the boss ("kill the tank").
ROLES: Final[frozenset[str]] = (
    g39.ROLE_SUBJECTS - frozenset({"bro", "dude", "guy", "guys", "kid", "noob"})
) | frozenset({"tank", "tanks"})
# The round's lexicon lines, as the matcher's token tuples ("fail", "mid").
FAIL_TERMS: Final[frozenset[tuple[str, ...]]] = frozenset((FAIL, role) for role in ROLES)
# Before "fail", opening the line: gamechat60's leads ("gg", "what a", "report", "our",
# "ur") and the sarcastic thanks ("ty fail jungler"); never "my", a subject or a negation
# ("my fail tank dive", "im a fail support", "not a fail carry").
LEADS: Final[frozenset[str]] = g60.LEADS | frozenset({"ty", "thx", "thanks"})
LEAD_REACH: Final[int] = g60.LEAD_REACH
# After the role, closing the line: chat's tails only ("fail carry again lol"); a thing
# of the role's is none of them ("fail mid rotation", "fail dps check", "fail carry build").
TAILS: Final[frozenset[str]] = g60.TAILS
TAIL_REACH: Final[int] = g60.TAIL_REACH
# Before "fail" when the older rules name the person: the article and intensifiers of a
# name-call ("hes a fail mid", "you are such a fail carry"): "fail" then names, no verb.
CALLED: Final[frozenset[str]] = frozenset({
    "a", "such", "total", "absolute", "complete", "utter", "actual", "real",
})  # fmt: skip
ARTICLE: Final[str] = "a"
CALLED_REACH: Final[int] = 3
# A lane's word after "fail" names the lane's state as often as its player ("fail mid":
# gamechat13 and gamechat27 leave it clean): the player only after a word that names one
# before "fail" ("what a fail mid", "our fail mid", "report fail mid", "ty fail mid") or a
# report right after ("fail mid again, report"); chat's openers are none ("gg fail mid").
LANES: Final[frozenset[str]] = ROLES & g8.LANES
NAMING: Final[frozenset[str]] = frozenset({
    "a", "report", "ty", "thx", "thanks", "our", "their", "ur", "your", "enemy", "this",
    "that",
})  # fmt: skip
REPORTS: Final[frozenset[str]] = frozenset({"report"})
REPORT_REACH: Final[int] = 4
# The writer owning the failure in the next words ("fail mid, my bad", "fail carry sorry").
APOLOGIES: Final[frozenset[str]] = frozenset({"mb", "sorry", "sry", "soz", "apologies"})
OWNER: Final[str] = "my"
OWNED: Final[frozenset[str]] = frozenset({"bad", "fault", "mistake"})
APOLOGY_REACH: Final[int] = 4
# fmt: on
