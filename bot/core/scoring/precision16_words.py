"""Words of the precision16 round (issue 8): the shapes targeting_precision16.py reads,
over-readings of comment sections and chat."""

from __future__ import annotations

from typing import Final

# fmt: off
# A judging word said of what a third person did or said: "his stupid actions", "her
# idiotic remarks", "their pathetic response". The person's own body, mind and kin
# ("his stupid face", "her idiotic brother") are no such nouns.
OWNERS: Final[frozenset[str]] = frozenset({"his", "her", "their", "thier", "s"})
DEEDS: Final[frozenset[str]] = frozenset({
    "comment", "comments", "post", "posts", "tweet", "tweets", "statement", "statements",
    "reply", "replies", "argument", "arguments", "take", "takes", "opinion", "opinions",
    "remark", "remarks", "response", "responses", "claim", "claims", "logic", "excuse",
    "excuses", "answer", "answers", "views", "rant", "rants", "speech", "speeches",
    "action", "actions", "behaviour", "behavior", "conduct", "antics", "stunt", "stunts",
    "decision", "decisions", "choices", "policy", "policies", "reasoning", "rhetoric",
    "theory", "theories", "interview", "article", "articles", "essay", "video", "videos",
})
# Between the judging word and the deed: a second judging word or an intensifier
# ("his stupid, idiotic remarks", "her really dumb take").
DEED_GAP: Final[frozenset[str]] = frozenset({
    "fucking", "fuckin", "bloody", "damn", "little", "latest", "new", "old", "whole",
    "and", "recent", "usual", "constant",
})
# The judging words the deed rule reads (controls9's, those said of things too).
DEED_JUDGING: Final[frozenset[str]] = frozenset({
    "stupid", "dumb", "ridiculous", "idiotic", "moronic", "pathetic", "asinine", "absurd",
    "ludicrous", "dumbest", "stupidest", "brainless", "braindead", "laughable", "silly",
    "lame", "ignorant", "hateful", "racist", "disgusting", "insane", "crazy", "cringe",
    "pointless", "childish", "petty", "embarrassing", "shameful", "disgraceful",
})
# "i hate you" closing a joking condition about a habit: "if you put pineapple on pizza
# i hate you", "whoever invented alarm clocks i hate you", "se metti l'ananas sulla
# pizza ti odio". The hate terms read so:
HATE_YOU: Final[frozenset[str]] = frozenset({"i hate you", "ti odio"})
# The words opening the condition, then the reader ("if you", "se tu") or a verb
# ("whoever invented", "chi ha inventato").
IF_WORDS: Final[frozenset[str]] = frozenset({"if", "se"})
WHOEVER: Final[frozenset[str]] = frozenset({"whoever", "chi", "anyone", "anybody"})
IF_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "tu"})
# A condition on who the reader is, not on what they do: "if you're gay", "se sei nero",
# "if u r a girl" ("you" left out in Italian: "se sei").
BEING: Final[frozenset[str]] = frozenset({
    "re", "r", "are", "were", "was", "is", "am", "be", "being", "ur", "sei", "siete", "eri",
    "fossi",
})
# A condition on the reader's being here or speaking is no habit of taste: "if you keep
# talking i hate you", "if you respond again i hate you", "se parli ancora ti odio".
CHAT_DEEDS: Final[frozenset[str]] = frozenset({
    "talk", "talking", "speak", "speaking", "respond", "responding", "answer", "post",
    "posting", "type", "typing", "comment", "commenting", "breathe", "breathing", "exist",
    "existing", "parli", "parlare", "rispondi", "esisti",
})
# Before the condition: chat openers ("ok if you ...", "honestly whoever ...").
IF_LEADS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "honestly", "ngl", "like", "lol", "ugh", "and", "also", "just", "bro",
    "tbh", "seriously", "ma", "boh",
})
# After the hate: a laugh or an intensifier, nothing else.
HATE_TAIL: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "haha", "so", "much", "tbh", "ngl", "fr", "forever", "xd",
    "sorry", "just", "saying", "rn", "now", "tanto", "proprio",
})
IF_REACH: Final = 14  # tokens from the condition's opener to the hate
# A player praised as "ridiculous" for a play: "mahomes is ridiculous, another td",
# "shroud is ridiculous with the awp". "he is ridiculous" alone stays the older reading.
PRAISED: Final[frozenset[str]] = frozenset({"ridiculous", "absurd", "unreal"})
PRAISE_COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "being", "was", "looks"})
PRAISE_GAP: Final[frozenset[str]] = frozenset({
    "absolutely", "just", "so", "actually", "literally", "honestly", "lowkey", "truly",
    "simply", "fucking", "fuckin", "straight", "kinda", "genuinely",
})
# Within a few words after: a play, a match or a season.
PLAYS: Final[frozenset[str]] = frozenset({
    "another", "goal", "goals", "td", "tds", "touchdown", "touchdowns", "points", "pts",
    "assists", "kills", "hat", "trick", "saves", "season", "tonight", "game", "games",
    "match", "champ", "ranked", "awp", "sniper", "ult", "aim", "mechanics", "clutch",
    "dribbling", "passing", "shooting", "year", "run", "streak", "form",
})
PRAISE_REACH: Final = 6  # tokens after "ridiculous" searched for a play
