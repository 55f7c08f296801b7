"""Words of the hatecheck27 round (issue 8, targeting_hatecheck27.py): a named identity
group's existence regretted, and a named group compared below dirt."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import control12_words as c12

# fmt: off
# The verb of existence (identity_attack.txt, hatecheck27), read only beside a named group
# and after a regret ("it's a shame trans people exist", "è un peccato che esistano gli
# ebrei") or, denied, after a wish ("sarebbe meglio se i musulmani non esistessero").
# Registered in group_only.FIRST_NAMED_TERMS: the words stay out of the clean gate and the
# other rules' known words unless a group is named. Plural only: the suites name groups.
EXIST: Final[frozenset[str]] = frozenset({"exist", "esistano", "esistono", "esistessero"})
# A regret before the group (or the Italian verb), in the same sentence: "it's a shame",
# "what a pity", "sadly", "i hate (the fact) that", "too bad", "peccato che", "purtroppo".
REGRETS: Final[frozenset[str]] = frozenset({
    "shame", "pity", "sad", "tragedy", "tragic", "unfortunate", "unfortunately", "sadly",
    "bad", "hate", "regret", "disgrace",
    "peccato", "purtroppo", "triste", "tristezza", "odio", "sfortunatamente", "vergogna",
    "schifo",
})
# "too bad, muslims exist": set apart by a pause, a shrug at the reader, not a regret.
DEFIANT: Final = "bad"
# A wish, read only with "non" before the Italian verb: "sarebbe meglio se i gay non
# esistessero", "vorrei che le donne non esistessero".
WISHES: Final[frozenset[str]] = frozenset({"meglio", "migliore", "vorrei", "magari"})
# "why do women have to exist": "why" regrets only with "have" in the gap.
WHY: Final = "why"
HAVE: Final = "have"
NOT_IT: Final = "non"
# Between the English group and "exist" ("still", "even", "have to"); a "not" or "don't"
# is none, so "more women don't exist in science" stays clean.
GAP: Final[frozenset[str]] = frozenset({
    "still", "even", "actually", "really", "all", "just", "literally", "have", "to",
})
# Between the Italian verb and its group, or the group and the verb: "esistono ancora gli
# zingari", "i rom esistono ancora", "gli ebrei non esistessero".
IT_GAP: Final[frozenset[str]] = frozenset({
    "ancora", "pure", "anche", "gli", "i", "le", "il", "la", "lo", "l", "non", "proprio",
})
GAP_REACH: Final = 4
# Groups named by a plight, whose existence is regretted for their sake: "sadly poor
# people still exist", "purtroppo esistono ancora i poveri".
PLIGHTS: Final[frozenset[str]] = frozenset({
    "poor", "homeless", "hungry", "starving", "lonely", "sick", "orphaned", "orphans",
    "poveri", "senzatetto", "affamati", "malati", "orfani",
})
FRAME_REACH: Final = 8
# What may follow the group's existence: the clause's end, or these ("at all", "al
# mondo"); "exist in fear of police" and "esistano in politica" go on to a state.
TAILS: Final[frozenset[str]] = frozenset({"anymore", "ancora", "lol", "lmao", "oggi"})
TAIL_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("at", "all"), ("on", "earth"), ("in", "this"), ("al", "mondo"), ("nel", "mondo"),
    ("sulla", "terra"), ("in", "italia"),
})
# Before the regret, someone else's saying, or its speakers: "saying it's a shame jews
# exist is vile", "people who think ...", "chi dice che ...". The reported cue adds more.
SPEAKERS: Final[frozenset[str]] = frozenset({
    "who", "whoever", "anyone", "chi", "chiunque", "thinks", "believes", "pensa",
    "pensano", "tweeted", "wrote", "posted",
})
# An opinion or saying verb is someone else's unless the writer holds it: "some people
# think it's a shame ..." is reported, "i think ..." and "i'd say ..." are the writer's.
OPINIONS: Final[frozenset[str]] = frozenset({"think", "believe", "feel", "penso", "credo"})
WRITERS: Final[frozenset[str]] = frozenset({"i", "d", "honestly", "really", "just", "io"})
# A negation right before the regret denies it: "it's not a shame that gay people exist",
# "non è un peccato che esistano i gay".
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "t", "isnt", "never", "non", "no"})
NEGATION_REACH: Final = 3

# A named group compared below dirt (identity_attack.txt, hatecheck27): "women are lower
# than dirt", "jews are below dirt", "immigrants are lower than the dirt on my shoe".
# Read only as a named group's predicate after "are"; "refugees are treated worse than
# dirt" (a wrong done to them) and "my grades are lower than dirt" stay clean. Registered
# in group_only.FIRST_NAMED_TERMS as the existence words are.
BELOW: Final[frozenset[str]] = frozenset({
    "lower than dirt", "worse than dirt", "below dirt", "beneath dirt", "less than dirt",
    "lower than the dirt", "worse than the dirt", "below the dirt", "beneath the dirt",
    "lower than worms", "worse than worms", "lower than maggots", "worse than maggots",
    "lower than pond scum", "worse than pond scum", "lower than mud", "lower than rats",
    "lower than sewage", "worse than sewage",
})
# The group's copula, and the words that may stand between it and the comparison.
COPULAS: Final[frozenset[str]] = frozenset({"are", "re", "r"})
BELOW_GAP: Final[frozenset[str]] = frozenset({
    "just", "literally", "even", "all", "so", "truly", "honestly", "really", "still",
    "actually", "basically", "simply",
})
BELOW_REACH: Final = 3

# Every term this round reads first; read only beside a named group.
OWN_TERMS: Final[frozenset[str]] = EXIST | BELOW

# A remark judged before it is said: "it's disgusting to say women are ...", "it's vile to
# call gay people ...", "è schifoso dire che le donne ...". The judgement (control12's
# counter-judgements and these Italian ones) after "it's" / "è", then "to say" / "dire"
# and a named group within REMARK_REACH: the judgement is of the saying, not the group.
JUDGED_AHEAD: Final[frozenset[str]] = c12.COUNTER_JUDGEMENTS | frozenset({
    "schifoso", "vergognoso", "disgustoso", "orribile", "squallido", "ignobile",
    "ripugnante", "vomitevole",
})
JUDGED_OPENERS: Final[frozenset[str]] = frozenset({"s", "its", "is", "was", "e", "sarebbe"})
JUDGED_FILLERS: Final[frozenset[str]] = c12.JUDGEMENT_FILLERS | frozenset({
    "davvero", "proprio", "veramente", "molto", "cosi",
})
SAY_AFTER_TO: Final[frozenset[str]] = frozenset({
    "say", "call", "claim", "suggest", "imply", "pretend", "tweet", "post", "write",
})
SAY_IT: Final[frozenset[str]] = frozenset({
    "dire", "affermare", "scrivere", "sostenere", "pensare", "chiamare", "definire",
})
SAID_LINKS: Final[frozenset[str]] = frozenset({"that", "all", "che", "tutti", "tutte"})
REMARK_REACH: Final = 4
