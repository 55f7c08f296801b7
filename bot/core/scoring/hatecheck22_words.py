"""Words of the hatecheck22 round (issue 8, targeting_hatecheck22.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# A group's humanity asked of ("are muslims even human?"): the lexicon terms.
HUMANITY: Final[frozenset[str]] = frozenset({
    "even human", "really human", "truly human", "fully human",
    "even people", "really people", "even a person", "even a real person",
    "even human beings", "called human", "considered human", "considered people",
})
# Between the group and the humanity term: "can refugees even be called human?".
HUMAN_FILLERS: Final[frozenset[str]] = frozenset({
    "even", "really", "actually", "truly", "be", "ever", "still", "all",
})
# The inverted question before the group: "are", "is a", "can".
ASKING: Final[frozenset[str]] = frozenset({"are", "r", "is", "can", "could", "were"})
# A group wished away softly ("I wish immigrants would just vanish"): the lexicon terms.
VANISH: Final[frozenset[str]] = frozenset({
    "disappear", "disappeared", "vanish", "vanished", "went away", "didn t exist",
    "didnt exist", "did not exist",
})
# Between the group and the vanishing verb: "would just", "would all".
VANISH_FILLERS: Final[frozenset[str]] = frozenset({
    "would", "d", "just", "all", "simply", "finally", "somehow", "magically", "could",
    "will", "ll", "suddenly", "only",
})
WISHES: Final[frozenset[str]] = frozenset({"wish", "hope", "pray"})
WRITER: Final[frozenset[str]] = frozenset({"i", "we", "really", "just", "honestly", "so"})
# "if only X ..."; "(wouldn't it be) great if X ...".
NICE: Final[frozenset[str]] = frozenset({
    "great", "nice", "lovely", "good", "better", "amazing", "wonderful", "cool", "awesome",
    "best", "perfect", "fantastic",
})
# "I wish there were no gay people".
NONE_LEFT: Final[frozenset[str]] = frozenset({"there were no", "there was no"})
# Exclusion asked ("why do we let refugees live here?"): the lexicon terms.
LET: Final[frozenset[str]] = frozenset({"we let", "we even let", "we still let"})
LET_ASK: Final[frozenset[str]] = frozenset({"do", "did", "should", "must", "would"})
# What a group is let do in the asked exclusion; "why do we let refugees suffer?" is not.
LET_DO: Final[frozenset[str]] = frozenset({
    "live", "in", "into", "stay", "come", "vote", "adopt", "work", "teach", "marry", "here",
    "enter", "settle", "near", "raise", "run", "serve", "lead", "breed", "immigrate",
    "move", "join", "own", "become", "around", "exist", "walk", "roam",
})
# Where a group wished away only leaves a screen ("disappear from the news").
SCREENS: Final[frozenset[str]] = frozenset({
    "news", "feed", "timeline", "tl", "dms", "dm", "headlines", "tv", "screen", "posts",
    "comments", "fyp", "media",
})
# A group denied any worth ("immigrants have no value").
WORTHLESS: Final[frozenset[str]] = frozenset({
    "have no value", "have no worth", "has no value", "has no worth",
})
# A group's suffering asked against ("why do we let refugees suffer?"): harm words read
# after "why do we let <group>".
SUFFERING: Final[frozenset[str]] = frozenset({
    "suffer", "die", "starve", "drown", "freeze", "rot", "be abused", "be killed",
})
# "no muslim should (ever) be allowed to vote / in": hatecheck21's "allowed" denied to
# every member; "no refugee should be allowed to suffer" wishes them well.
ALLOWED: Final[frozenset[str]] = frozenset({"allowed"})
ALLOWED_MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "can", "shall", "will", "could", "ever", "really", "even", "be",
})
ALLOWED_WHERE: Final[frozenset[str]] = frozenset({
    "to", "in", "into", "near", "here", "around", "inside",
})
SPARED: Final[frozenset[str]] = frozenset({
    "suffer", "die", "starve", "drown", "freeze", "rot", "go", "be", "get", "fall", "sleep",
})
# A group found unfit ("women are not fit to vote"): the lexicon term.
FIT: Final[frozenset[str]] = frozenset({"fit to"})
NOT: Final[frozenset[str]] = frozenset({"not", "t", "never"})
COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "is", "aren", "isn", "were"})
# A group told to keep out ("gay people should stay out of politics"): the lexicon term.
STAY_OUT: Final[frozenset[str]] = frozenset({"stay out of"})
# A group's punishment for being ("women should be punished for being women").
PUNISHED: Final[frozenset[str]] = frozenset({"be punished"})
# A group sent away ("immigrants should go back", "jews should be kicked out"): read
# like STAY_OUT after a modal, and only closing its clause, so "the kids should go back
# to school" and "refugees should go back home when the war ends" send no one away.
SENT_AWAY: Final[frozenset[str]] = frozenset({
    "go back", "go back home", "be kicked out", "be thrown out",
    "leave the country", "leave our country", "leave this country", "leave my country",
    "get out of our country", "get out of this country",
})
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "deserve", "need", "needs", "ought", "to", "gotta", "better",
    "shall", "all", "just", "really", "simply", "also",
})
# A claim about all members ("why are women worse at everything?").
WORSE: Final[frozenset[str]] = frozenset({
    "worse at everything", "bad at everything", "worse than everyone", "worse than everybody",
})
WORSE_FILLERS: Final[frozenset[str]] = frozenset({
    "so", "just", "always", "really", "even", "all", "much", "literally", "simply",
})
# "no refugee can be trusted": cues.txt's "trusted" after a modal and a member.
TRUSTED: Final[frozenset[str]] = frozenset({"trusted"})
TRUST_FILLERS: Final[frozenset[str]] = frozenset({
    "be", "ever", "really", "truly", "fully", "can", "could", "should", "will", "shall",
})
# Praise denied of every member ("no immigrant has ever done an honest day's work").
PRAISE: Final[frozenset[str]] = frozenset({
    "contributed anything", "contribute anything", "contributes anything",
    "achieved anything", "achieve anything", "invented anything", "done anything good",
    "done anything useful", "done anything right", "honest day s work", "built anything",
    "created anything",
})
PRAISE_BETWEEN: Final[frozenset[str]] = frozenset({
    "has", "have", "ever", "done", "an", "a", "even", "single", "never", "not", "t",
    "haven", "hasn", "didn", "did", "do", "does", "doesn", "don", "really", "truly",
    "once", "worked", "in", "their", "lives", "life", "history",
})
NEGATED: Final[frozenset[str]] = frozenset({"never", "not", "t"})
NO: Final[frozenset[str]] = frozenset({"no"})
# Before a group: "all", "the".
THE: Final[frozenset[str]] = frozenset({"all", "the", "these", "those", "most"})
# What may open a claim before its group: "honestly women are not fit to vote".
OPENERS: Final[frozenset[str]] = frozenset({
    "honestly", "tbh", "imo", "i", "think", "seriously", "but", "and", "so", "well",
    "like", "literally", "yeah", "yes", "because", "cause", "frankly", "just", "really",
    "ok", "okay", "genuinely", "mean", "wait", "face", "it", "lets", "im", "sorry", "tho",
    "why", "how", "come", "the", "all", "these", "those", "most",
})
# hatecheck23: the openers set off by a comma before the group ("honestly, ...", "let's
# be real, ...", "to be honest, ...", "ngl, ...").
COMMA_OPENERS: Final[frozenset[str]] = OPENERS | frozenset({
    "ngl", "let", "s", "be", "real", "to", "honest", "though", "look", "listen",
    "truthfully", "fr", "lowkey", "tbf", "facts", "unpopular", "opinion",
})
OPENER_REACH: Final = 4  # tokens back from the group over OPENERS to its sentence's start
PRAISE_REACH: Final = 7  # tokens back from the praise term to "no <member>" or the group
# Every term the round's rules read first (probe4_aim), one gate.
TERMS: Final[frozenset[str]] = (
    HUMANITY | VANISH | NONE_LEFT | LET | FIT | STAY_OUT | PUNISHED | SENT_AWAY | WORSE
    | PRAISE | WORTHLESS
)
# fmt: on
