"""Words of the discord47 round (issue 8, targeting_discord47.py): the room turned against
one member of a Discord server ("everyone mute her in vc", "can we mute <@1> in vc",
"dont talk to her shes weird", "everyone hates <@1>")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Entry

# fmt: off
# --- This round's own lines (en/exclusion.txt), read only in the shapes below.
# Shutting a member out: "everyone mute her", "lets all ghost him", "can we mute <@1>".
# "kick" alone is threat's line (a harm verb), so only the older "kick her" is read.
SHUN: Final[frozenset[str]] = frozenset({
    "mute", "block", "unfriend", "unadd", "ghost", "ignore", "votekick", "exclude", "avoid",
})
# Older lines' verbs only: "kick" is threat's line; own "ban" and "report" lines changed
# older readings ("ban the idiot", "report the loser").
OLDER_SHUNS: Final[frozenset[str]] = frozenset({"kick", "ban", "report"})
# "leave her on read": the line is ON_READ, the person before it, LEAVE before that
# ("leave" itself is no line: an everyday word binds "you" to the person rules).
ON_READ: Final[str] = "on read"
LEAVE: Final[frozenset[str]] = frozenset({"leave", "left"})
# Keeping company with a member, forbidden: "dont talk to her", "nobody sit with him".
SOCIAL: Final[frozenset[str]] = frozenset({
    "talk to", "talking to", "speak to", "sit with", "hang out with", "be friends with",
    "play with", "add",
})
# The whole room disliking a member: "everyone hates <@1>", "the whole gc hates him".
HATES: Final[str] = "hates"
OWN_TERMS: Final[frozenset[str]] = SHUN | SOCIAL | {ON_READ, HATES}
# The words that end the own lines (the word right before the member: "mute", "to",
# "with"; "read" right after it), which the scorer asks a message about.
OWN_ENDS: Final[frozenset[str]] = frozenset(term.rsplit(" ", 1)[-1] for term in OWN_TERMS)
# The member, right after the verb: a pronoun (or a user mention, targeting_discord47).
PERSONS: Final[frozenset[str]] = frozenset({"him", "her", "them", "dat", "em"})
# --- Older lines read in the same shapes: insult's "hate" ("we all hate him"),
# exclusion's "nobody likes" with a mention ("nobody likes <@1>"), which needs no rally
# of its own, and exclusion's shuns with their pronoun ("block her", "kick him": "we all
# agreed to block her"), which hold the member.
HATE: Final[str] = "hate"
NOBODY_LIKES: Final[frozenset[str]] = frozenset({"nobody likes", "no one likes", "noone likes"})
SHUN_PERSONS: Final[frozenset[str]] = frozenset(
    f"{verb} {person}" for verb in SHUN | OLDER_SHUNS for person in PERSONS
)
HATERS: Final[frozenset[str]] = frozenset({HATE, HATES})
OLDER_TERMS: Final[frozenset[str]] = NOBODY_LIKES | SHUN_PERSONS | {HATE}
# --- Before the verb, in its sentence: the rally. The room called on for a shun ("we
# should all", "lets all", "can we", "yall", "guys"); the whole room for dislike.
RALLY: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "every1", "evry1", "everyon", "all", "yall", "guys", "lets",
    "let", "we",
})
WHOLE_ROOM: Final[frozenset[str]] = frozenset({
    "everyone", "everybody", "every1", "evry1", "everyon", "all", "whole", "entire",
})
# Forbidding company: "dont talk to", "nobody sit with", "stop talking to".
FORBID: Final[frozenset[str]] = frozenset({
    "dont", "nobody", "noone", "stop", "quit", "never",
})
FORBID_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("don", "t"), ("do", "not"), ("no", "one"),
})
# Between the forbidding word and the verb: "dont ever talk to", "nobody even sit with",
# "stop talking to", "guys dont be friends with".
FORBID_GAP: Final[frozenset[str]] = frozenset({
    "ever", "even", "just", "u", "you", "yall", "guys", "pls", "please", "plz", "should",
    "ok", "okay", "again",
})
FORBID_REACH: Final = 3
# Right before the ban, a subject makes it a statement, no order: "i dont talk to him
# anymore", "she never talks to her".
SUBJECTS: Final[frozenset[str]] = frozenset({
    "i", "im", "he", "she", "they", "it", "who", "people", "ppl", "mom", "dad", "s",
})
# Before the verb in its sentence, what makes it no call to shun: a negator ("dont mute
# her", "nobody should block her", "not everyone hates her"), a report ("he told everyone
# to block her"), a supposition or a question word ("if everyone hates him", "why does
# everyone ignore her"), or a prediction ("everyone will hate him", "meaning everyone
# will hate him").
NEGATORS: Final[frozenset[str]] = frozenset({
    "dont", "not", "nobody", "noone", "never", "no", "stop", "shouldnt", "wont", "t",
})
LEADS: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "saying", "told", "tells", "telling", "think", "thinks",
    "thought", "feel", "feels", "felt", "if", "when", "why", "how", "does", "do", "did",
    "whether", "unless", "because", "cuz", "bc", "claims", "claimed", "will", "ll",
    "would", "gonna", "might", "meaning",
})
LEAD_REACH: Final = 7
# A request asked: "can we mute <@1> in vc?", "could yall mute her"; other questions
# stay asked ("why does everyone hate her?").
ASKS: Final[frozenset[str]] = frozenset({"can", "could", "cant", "pls", "please", "plz"})
# --- Around the verb and the person: a game, a noise, a state or a bot, which make it no
# shunning ("mute him hes tilted", "dont talk to him hes focusing on the boss", "dont
# talk to her shes asleep", "everyone ignore him hes baiting", "someone is flooding his
# chat with spam, can a mod ban them?"), or a joke's mark.
EXCUSES: Final[frozenset[str]] = frozenset({
    "tilted", "tilt", "focusing", "focus", "boss", "busy", "sleeping", "asleep", "napping",
    "studying", "driving", "working", "afk", "loud", "screaming", "yelling", "echo", "mic",
    "eating", "ranked", "match", "game", "cutscene", "streaming", "recording", "bot", "bots",
    "spam", "spamming", "spammer", "scam", "scammer", "hacked", "compromised", "raid",
    "troll", "trolling", "baiting", "bait", "jk", "joking", "kidding", "sad", "upset",
    "crying", "grieving", "sick", "new", "shy",
})
EXCUSE_REACH: Final = 8
# fmt: on


def without_unshaped47(
    candidates: list[tuple[int, int, Entry]], tokens: list[str], mentioned: bool
) -> list[tuple[int, int, Entry]]:
    """The scorer's candidates less this round's lines with no member beside them: no
    pronoun right after the verb ("just add salt", "report the bug"), none right before
    "on read", and no user mention in the message. Dropped before any rule, they leave
    the message's reading (its target, its explanation) as it was before the round:
    "fuck it, just add salt" stays swearing alone, read on the swearing path."""
    return [c for c in candidates if mentioned or not _unshaped47(c, tokens)]


def _unshaped47(candidate: tuple[int, int, Entry], tokens: list[str]) -> bool:
    at, end, entry = candidate
    if entry.term not in OWN_TERMS:
        return False
    if entry.term == ON_READ:
        return at < 2 or tokens[at - 1] not in PERSONS
    return end >= len(tokens) or tokens[end] not in PERSONS
