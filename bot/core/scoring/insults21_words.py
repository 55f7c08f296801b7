"""Words of the insults21 round (issue 8): a commenter sent back to the nursery or put
down as a child, and a commenter's brains measured low, read by targeting_insults21.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid5_words as w5

# fmt: off
# -- The reader sent back to the nursery ("get back to your crib", "go back to sucking your
# thumb", "run along little boy"). The round's own lexicon lines (en/insult.txt), read
# only here and cancelled elsewhere ("the baby went back to her crib", "put it back in
# your bottle", "run along to the store").
NURSERY: Final[tuple[str, ...]] = (
    "crib", "cot", "cradle", "playpen", "sandbox", "nursery", "nap", "pacifier", "binky",
    "diaper", "diapers", "mommy", "mummy",
)
SEND_TERMS: Final[frozenset[str]] = frozenset(
    f"back {prep} {owner} {place}"
    for prep in ("to", "in", "into")
    for owner in ("your", "ur")
    for place in NURSERY
) | frozenset({"back to sucking your", "back to sucking ur", "back to sucking on"})
RUN_TERMS: Final[frozenset[str]] = frozenset({"run along"})
# Before "back": a verb of going, said as an order ("get back to your crib", "go crawl
# back into your cradle"); "when you get back to your cot" is no order.
GOING: Final[frozenset[str]] = frozenset({
    "go", "get", "crawl", "run", "head", "hop", "scurry", "slink", "toddle", "waddle",
    "hurry", "skip", "scuttle", "creep", "slither", "climb",
})
# What may open the order before its verb: olid5's send-off leads and interjections.
LEADS: Final[frozenset[str]] = w5.SEND_BACK_LEADS | frozenset({
    "ok", "okay", "hey", "well", "alright", "aw", "aww", "oh", "sorry", "off", "maybe",
    "kid", "boy", "son", "little", "sonny", "kiddo",
})
LEAD_REACH: Final[int] = 5
# After "run along": the child called by name, or a tail, up to the clause's end ("run
# along little boy", "run along now, sonny"); "run along the beach" goes on.
RUN_TAILS: Final[frozenset[str]] = frozenset({
    "now", "then", "little", "boy", "boys", "girl", "girls", "kid", "kids", "kiddo",
    "sonny", "son", "child", "junior", "lad", "buddy", "champ", "sweetie", "honey", "dear",
    "troll", "home", "lol", "please", "bye",
})
RUN_TAIL_REACH: Final[int] = 3

# -- The reader's brains measured low: "it makes you sound smarter than you are", "you're
# not as smart as you think", "you have an iq of about 40", "your last brain cell", "you
# must have been dropped on your head", "you have the reading skills of a toddler".
SMARTER_TERMS: Final[frozenset[str]] = frozenset({
    "than you are", "than you really are", "than u are", "than u really are",
})
THINK_TERMS: Final[frozenset[str]] = frozenset({"as you think", "as u think"})
IQ_TERMS: Final[frozenset[str]] = frozenset({"iq of"})
CELL_TERMS: Final[frozenset[str]] = frozenset({
    "last brain cell", "only brain cell", "lone brain cell", "remaining brain cell",
    "last brain cells", "remaining brain cells",
})
DROPPED_TERMS: Final[frozenset[str]] = frozenset({
    "dropped on your head", "dropped on ur head", "dropped u on ur head",
    "dropped you on ur head",
})
CHILD_TERMS: Final[frozenset[str]] = frozenset({
    "of a toddler", "of a child", "of a kid", "of a baby", "of an infant",
    "of a preschooler", "of a kindergartner", "of a first grader", "of a second grader",
    "of a third grader",
})
OWN_TERMS: Final[frozenset[str]] = (
    SEND_TERMS | RUN_TERMS | SMARTER_TERMS | THINK_TERMS | IQ_TERMS | CELL_TERMS
    | DROPPED_TERMS | CHILD_TERMS
)

READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ye"})
YOUR: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "yer"})
WRITER: Final[frozenset[str]] = frozenset({"i", "im", "me", "we", "my", "our", "us"})
DENIALS: Final[frozenset[str]] = frozenset({"not", "never", "no", "nowhere", "t", "hardly"})
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "whenever", "unless", "once"})
# "smarter than you are": a comparative of wits before "than", the reader a few tokens
# before it ("it makes you sound smarter than you are"); "i'm smarter than you are" is
# a boast, not this shape.
SMARTER: Final[frozenset[str]] = frozenset({
    "smarter", "cleverer", "brighter", "wiser", "sharper", "intelligent", "educated",
    "informed", "clever", "smart",
})
SMARTER_REACH: Final[int] = 5
# "not as smart as you think": a flattering word, "as", a denial and the reader before.
FLATTERING: Final[frozenset[str]] = frozenset({
    "smart", "clever", "bright", "intelligent", "sharp", "witty", "funny", "tough",
    "cool", "important", "special", "educated", "informed", "wise", "brilliant",
    "knowledgeable",
})
DEGREES: Final[frozenset[str]] = frozenset({
    "half", "nearly", "quite", "remotely", "near", "anywhere", "even", "so", "that",
})
DENIAL_REACH: Final[int] = 4
# "an iq of (no higher than) 40": hedges, then a low number.
IQ_HEDGES: Final[frozenset[str]] = frozenset({
    "about", "around", "roughly", "maybe", "perhaps", "like", "approximately", "no",
    "not", "higher", "more", "than", "at", "most", "best", "below", "under", "less",
    "lower", "barely", "just", "only", "possibly", "probably", "somewhere", "a",
})
IQ_HEDGE_REACH: Final[int] = 4
LOW_IQ: Final[int] = 85
LOW_NUMBER_WORDS: Final[frozenset[str]] = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "negative",
})
READER_REACH: Final[int] = 6
# "you have the reading skills of a toddler": a faculty, "the", a verb of having, and
# the reader; "you have the heart of a child" names no faculty.
FACULTIES: Final[frozenset[str]] = frozenset({
    "mind", "brain", "brains", "maturity", "mentality", "intelligence", "vocabulary",
    "reading", "writing", "spelling", "grammar", "comprehension", "skills", "skill",
    "level", "span", "attention", "logic", "reasoning", "temper", "manners", "wit",
    "iq", "understanding", "knowledge", "debating", "emotional", "intellect", "sense",
})
FACULTY_REACH: Final[int] = 2
HAVING: Final[frozenset[str]] = frozenset({
    "have", "has", "got", "ve", "possess", "clearly", "obviously", "really", "still",
    "must", "seem", "to", "definitely", "probably", "just",
})
HAVING_REACH: Final[int] = 4
# fmt: on
