"""Word sets of the olid39 round (issue 8, targeting_olid39.py): a person rated as bad at
a role, "ur a shitty teammate", "he's a crappy dad", "what a shit coach", "she is a lousy
senator", and a superlative put-down of a person in a role, "the most dishonest senator",
"obama was the most corrupt president", "worst president in history"."""

from __future__ import annotations

from typing import Final

# fmt: off
# Vulgar or poor-quality ratings (en/profanity.txt words; "crappy" is this round's): alone
# they are swearing ("a shitty day") and stay so; before a role said of a person they
# rate the person (RATED_NOTE, weighing.py).
RATINGS: Final[frozenset[str]] = frozenset({"shitty", "crappy", "shit", "crap", "shite"})
# A person's role or relation: the rating judges the person in it. Things ("phone",
# "game", "day") and compounds ("player model", "coach bus") are no person.
ROLES: Final[frozenset[str]] = frozenset({
    "person", "human", "people", "friend", "friends", "teammate", "teammates", "player",
    "players", "coach", "dad", "mom", "mum", "mother", "father", "parent", "parents",
    "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "brother", "sister", "son",
    "daughter", "president", "senator", "politician", "politicians", "governor", "mayor",
    "leader", "ref", "referee", "ump", "umpire", "teacher", "boss", "manager", "captain",
    "host", "journalist", "reporter", "judge", "roommate", "ex", "streamer", "support",
    "excuse", "congressman", "congresswoman", "senators", "leaders", "refs",
})
# Older insult words the shapes raise: "lousy" before a role ("a lousy senator"), and
# superlatives ("the dumbest president", "the worst coach") or words after "most" ("the
# most corrupt president").
LOUSY: Final[frozenset[str]] = frozenset({"lousy"})
SUPERLATIVES: Final[frozenset[str]] = frozenset({
    "worst", "the worst", "dumbest", "stupidest", "ugliest", "weakest",
})
MOST: Final[str] = "most"
# "excuse" is a role only as "a shitty excuse for a father"; "a shitty excuse" is a thing.
EXCUSE: Final[str] = "excuse"
# Words after the role that keep the verdict said of the person: "... ever", "alive", "in
# history", "on the team", "we ever had", "i've ever had", "this city has seen", "tbh".
FOLLOWERS: Final[frozenset[str]] = frozenset({
    "ever", "alive", "in", "on", "of", "at", "for", "to", "i", "we", "you", "this", "that",
    "who", "and", "but", "tbh", "lol", "lmao", "smh", "imo", "honestly", "fr", "like",
    "there", "being", "around", "period", "today", "now", "too", "again", "since",
})
# Words between the article and the rating: "such a shitty", "a really crappy".
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "such", "so", "really", "total", "complete", "absolute", "real", "pretty", "truly",
    "fucking", "right", "2nd", "second", "3rd", "third",
})
# Words that rank the person a superlative names: "a reputation as the most dishonest
# senator", "competing for worst president".
RANKING: Final[frozenset[str]] = frozenset({"as", "for"})
INTENSIFIER_REACH: Final[int] = 2
# Words between the copula and the article: "you're such a shitty boyfriend", "he is
# just a crap ref".
HEDGES: Final[frozenset[str]] = frozenset({
    "such", "just", "really", "literally", "truly", "also", "still", "clearly",
    "basically", "obviously", "honestly", "definitely",
})
# The verdict's verb: a copula ("is", the "s" of "he's", "was") or "like" after a seeming
# verb ("sounds like a shitty ump").
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "are", "re", "r", "was", "were"})
SEEMING: Final[frozenset[str]] = frozenset({
    "sounds", "looks", "acts", "seems", "sound", "look", "act", "seem",
})
# Subjects fused with the copula: "ur a shitty teammate", "youre a crap ref".
READER_FUSED: Final[frozenset[str]] = frozenset({"ur", "youre", "yur"})
THIRD_FUSED: Final[frozenset[str]] = frozenset({"hes", "shes", "theyre"})
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "ye"})
# Subjects that are no person judged by the writer: the writer ("i'm a shitty friend"),
# a thing or a place ("it's a crap match", "there is a shit ref"), a question word.
NOT_SUBJECTS: Final[frozenset[str]] = frozenset({
    "i", "im", "me", "we", "us", "myself", "ourselves", "it", "its", "there", "what",
    "which", "who", "whom", "m", "am",
})
# Words before the subject in its sentence that take the verdict back or report it:
# forum34's UNSAID and a third person's belief ("he thinks he's a crappy player").
BELIEFS: Final[frozenset[str]] = frozenset({
    "thinks", "feels", "believes", "wonder", "wonders", "afraid", "worried", "worries",
    "whether", "unless", "maybe",
})
# "what a shitty person", "what a crappy teammate": an exclamation at a person.
WHAT: Final[str] = "what"
# In the rest of a verdict with no subject, the writer as the one judged ("what a shit
# player i am", "what a crappy teammate, my bad", "sorry"); "my" alone is no self
# ("worst coach my team ever had"), so "bad" of "my bad" stands for it.
SELF_TAILS: Final[frozenset[str]] = frozenset({
    "am", "m", "me", "myself", "mb", "bad", "sorry", "oops",
})
TAIL_REACH: Final[int] = 8
# fmt: on


def rated_role(tokens: list[str]) -> bool:
    """A rating right before a role ("a shitty teammate", "what a crappy dad"): the
    scorer's swearing shortcut reads such a line on, as it does gamechat32's sworn
    player. Most swearing has no such pair: one set test of the line's tokens."""
    if RATINGS.isdisjoint(tokens):
        return False
    return any(word in RATINGS and tokens[i + 1] in ROLES for i, word in enumerate(tokens[:-1]))
