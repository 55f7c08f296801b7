"""Words of the hatecheck17 round (issue 8): a named group called awful or never to be
allowed, a person told they are nothing but a group member, a group member scorned as the
country's leader, and a group member never let into the writer's home."""

from __future__ import annotations

from typing import Final

# fmt: off
# "women are awful": the older single-word hits (and "the worst") read again with a named
# group as the subject of "are".
AWFUL: Final[frozenset[str]] = frozenset({"awful", "terrible", "horrible", "the worst", "worst"})
# Between "are" and the word: "are so awful", "are the absolute worst", "are all terrible".
AWFUL_PRE: Final[frozenset[str]] = frozenset({
    "so", "just", "all", "truly", "really", "absolutely", "the", "absolute", "most",
    "simply", "honestly", "pretty", "very", "utterly",
})
AWFUL_REACH: Final = 3
WORST: Final[frozenset[str]] = frozenset({"the worst", "worst"})
ARE: Final[frozenset[str]] = frozenset({"are", "r"})
# "women should never be allowed to run a country": only with a named group as subject
# ("kids should never be allowed near the oven" names none).
NEVER_ALLOWED: Final[frozenset[str]] = frozenset({
    "should never be allowed", "must never be allowed", "should never ever be allowed",
    "shouldn t ever be allowed", "should not ever be allowed",
})
# review15: what a group must never be allowed to suffer, said for it: "muslims should never
# be allowed to be harassed", "refugees should never be allowed to drown at sea".
SUFFERED: Final[frozenset[str]] = frozenset({
    "harassed", "hurt", "attacked", "bullied", "abused", "beaten", "killed", "mistreated",
    "discriminated", "insulted", "threatened", "assaulted", "targeted", "mocked", "shamed",
    "humiliated", "silenced", "persecuted", "exploited", "raped", "murdered", "tortured",
})
SUFFER_VERBS: Final[frozenset[str]] = frozenset({
    "drown", "die", "starve", "suffer", "freeze", "go", "sleep", "live",
})
# "treated" only as harm: "to be treated badly / like that / like dirt", never "like equals".
TREATED_HOW: Final[frozenset[str]] = frozenset({"badly", "poorly", "unfairly", "worse"})
TREATED_LIKE: Final[frozenset[str]] = frozenset({
    "that", "this", "dirt", "animals", "trash", "garbage", "criminals", "slaves", "property",
    "objects", "dogs", "shit",
})
# What may stand between the group and "are": "women really are the worst".
AWFUL_GAP: Final[frozenset[str]] = frozenset({"all", "really", "honestly", "just", "truly"})
# After the judgement, a skill or a measure, not the people: "are terrible at this",
# "are the worst affected", "are the worst paid".
AWFUL_NOT: Final[frozenset[str]] = frozenset({
    "at", "affected", "hit", "paid", "off", "treated", "served", "represented",
    "for", "to", "with", "when", "in", "on", "about",
})
# After "the worst", a measure of what the group suffers, never a judgement of it: "refugees
# are the worst hit by the floods", "immigrants are the worst paid" (an older reading
# counted these of the group).
MEASURES: Final[frozenset[str]] = frozenset({
    "hit", "paid", "affected", "treated", "served", "represented", "off", "housed",
    "protected", "underpaid", "impacted",
})
# Whose group it is, so a few known people: "my gay friends are the worst at kart".
OWNERS: Final[frozenset[str]] = frozenset({"my", "our", "your", "his", "her", "their"})

# "you're just a gay anyway", "you'll never be anything but a cripple". The phrase stops
# before "a" so an older phrase from "a" on keeps its hit ("you're just a shill for").
NOTHING_BUT: Final[frozenset[str]] = frozenset({
    "you are just", "you re just", "youre just", "ur just", "u r just",
    "you are only", "you re only", "youre only", "ur only",
    "never be anything but", "never be anything more than",
})
# "you are nothing but a woman": the older "nothing" hit read again (a phrase over it
# would take its reading of "you are nothing but a noob" away).
NOTHING: Final = "nothing"
BUT: Final[frozenset[str]] = frozenset({"but", "more"})
# The reader before "nothing": "you are", "you're", "ur", "u r".
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "r"})
BARE_READER: Final[frozenset[str]] = frozenset({"youre", "ur"})
# "never be anything but": the reader before it ("you'll never be", "u will never be").
READER: Final[frozenset[str]] = frozenset({"you", "ur", "u", "youre", "youll"})
READER_GAP: Final[frozenset[str]] = frozenset({"ll", "will", "d", "would", "can", "could"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Words that may stand before the group noun: "a dirty immigrant", "a dumb woman".
MEMBER_GAP: Final[frozenset[str]] = frozenset({
    "dirty", "dumb", "stupid", "filthy", "worthless", "little", "silly", "useless", "typical",
})
# The singular members this round reads (hatecheck11's SINGULARS hold the rest).
MEMBERS: Final[frozenset[str]] = frozenset({
    "woman", "girl", "muslim", "immigrant", "jew", "cripple", "tranny", "retard",
    "faggot", "fag", "dyke", "spastic",
})
# A member narrowed or praised after the noun: "you're just a woman who loves rpgs".
MEMBER_TAIL_NOT: Final[frozenset[str]] = frozenset({
    "who", "that", "and", "playing", "with", "like", "trying", "doing", "main", "player",
})

# "a woman running the country? that's a joke", "a muslim as president? no thanks".
RUNNING: Final[frozenset[str]] = frozenset({
    "running the country", "running this country", "running our country",
    "running the government", "running our government", "as president", "as prime minister",
    "as our president", "as ceo", "as our leader", "as the president",
})
# The scorn after the question: "that's a joke", "no thanks", "never", "laughable".
SCORN: Final[frozenset[str]] = frozenset({
    "joke", "no", "never", "laughable", "ridiculous", "disgusting", "pathetic", "lol",
    "lmao", "nope", "hell", "absurd", "yeah", "please", "gross",
})
# A "yes" that turns "please" and "yeah" to welcome: "yes please", "why not".
WELCOME: Final[frozenset[str]] = frozenset({"yes", "why", "great", "finally", "good", "love"})
SCORN_REACH: Final = 5
# With no question after the phrase: "a woman running the country is a joke".
COPULA: Final[frozenset[str]] = frozenset({"is", "s", "would", "will"})
SCORN_NOUNS: Final[frozenset[str]] = frozenset({
    "joke", "laughable", "ridiculous", "disgusting", "pathetic", "absurd", "disaster",
})
NOT: Final[frozenset[str]] = frozenset({"no", "not", "never", "nt", "t"})

# "I'd never let a muslim in my house": the place, a refusal and a group before it.
HOME: Final[frozenset[str]] = frozenset({
    "in my house", "in my home", "into my house", "into my home", "in our house",
    "in our home", "into our house", "into our home", "into your house", "into your home",
    "in your house", "in your home",
})
# A verb of staying between the group and the place: "never let a refugee stay in my house".
# The terms this round reads: their own anchors stay loose words (loose_terms.py).
OWN_TERMS: Final[frozenset[str]] = NEVER_ALLOWED | NOTHING_BUT | RUNNING | HOME
HOME_VERBS: Final[frozenset[str]] = frozenset({"stay", "live", "come", "sleep", "set", "foot"})
# A couple or family of the group: "never let a gay couple in our house".
HEADS: Final[frozenset[str]] = frozenset({"couple", "family", "couples", "families"})
LET_WORDS: Final[frozenset[str]] = frozenset({"let", "allow"})
# The refusal before "let": "never", "wouldn't", "won't".
REFUSE: Final[frozenset[str]] = frozenset({"never", "wouldn", "wouldnt", "won", "wont"})
REFUSE_GAP: Final[frozenset[str]] = frozenset({"ever", "t", "d", "would", "will", "ll"})
HOME_DET: Final[frozenset[str]] = frozenset({"a", "an", "any", "those", "these", "one"})
# fmt: on
