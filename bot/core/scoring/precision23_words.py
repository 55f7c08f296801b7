"""Words of the precision23 round (issue 8, targeting_precision23.py): a group named as
the victim of a third party's wish or attempt to wipe it out, told as history or news."""

from __future__ import annotations

from typing import Final

# fmt: off
# The verb of wish or attempt right before "to" and the threat: "the nazis wanted to
# kill all ...", "the regime is trying to wipe out ...", "the militia vowed to ...". Never
# a verb of duty or a call ("should", "need to", "must", "have to"): those ask for it.
INTENT_VERBS: Final[frozenset[str]] = frozenset({
    "want", "wants", "wanted", "wanting", "try", "tries", "tried", "trying", "plan", "plans",
    "planned", "planning", "vow", "vows", "vowed", "vowing", "intend", "intends", "intended",
    "attempt", "attempts", "attempted", "attempting", "seek", "seeks", "sought", "aim",
    "aims", "aimed", "threaten", "threatens", "threatened", "plot", "plots", "plotted",
    "plotting", "pledged", "swore",
})
# Between the perpetrator and the verb: auxiliaries and a few adverbs ("the regime has
# been trying to", "the cops just want to", "the police clearly want to").
BETWEEN: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "been", "s", "just", "only",
    "clearly", "literally", "really", "actually", "still", "once", "basically",
    "allegedly", "apparently", "reportedly", "openly", "obviously", "always", "even",
    "also", "then", "later", "secretly", "supposedly", "systematically",
})
BETWEEN_REACH: Final = 3
# Who wants or tries it: a perpetrator or an armed body named by its role, an ideology's
# movement, or a tyrant of history, never a people or a faith ("muslims want to kill all
# of us" gives the wish to a group as its nature and stays aimed).
PERPETRATORS: Final[frozenset[str]] = frozenset({
    "nazis", "nazi", "hitler", "stalin", "mao", "isis", "daesh", "kkk", "klan", "regime",
    "government", "govt", "police", "cops", "army", "military", "soldiers", "troops",
    "militia", "militias", "terrorists", "terrorist", "extremists", "jihadists",
    "gunman", "shooter", "killer", "attacker", "attackers", "murderer", "bomber",
    "junta", "dictator", "dictatorship", "tyrant", "empire", "soviets", "khmer", "rouge",
    "settlers", "colonists", "colonizers", "colonisers", "crusaders", "conquistadors",
    "mob", "mobs", "rioters", "gang", "gangs", "ccp", "taliban", "reich", "ss", "gestapo",
    "perpetrators", "fascists", "supremacists", "genocidaires",
})
# Right before the perpetrator: no writer's own side ("our soldiers want to ...", "my boys
# ..."). A determiner, another name word ("the hk police") or nothing may stand there.
OWN_SIDE: Final[frozenset[str]] = frozenset({"our", "my", "we", "us", "ours"})
# Before the perpetrator in its sentence, the writer wishing it or asking for it: "i hope
# the army tries to ...", "hopefully the police want to ...", "glad the military ...".
STANCE_BEFORE: Final[frozenset[str]] = frozenset({
    "hope", "hopefully", "wish", "glad", "happy", "pray", "praying", "let", "lets",
    "should", "must", "need", "needs", "good", "great", "finally", "love", "cant", "wait",
})
STANCE_REACH: Final = 8
# After the threat in the next tokens, the attempt cheered, wished back or taken up:
# "... and they were right", "too bad he failed", "should have finished the job", "good",
# "based", "respect", "i agree", "we should do it again", "lets go"; or the plot given to
# a group as its doer after it ("a plan to kill all the whites by the jews").
CHEERED: Final[frozenset[str]] = frozenset({
    "right", "should", "shoulda", "must", "finish", "finished", "good", "great", "based",
    "respect", "deserve", "deserved", "deserves", "agree", "pity", "shame", "bad",
    "hope", "hopefully", "wish", "again", "lol", "lmao", "haha", "succeed", "job", "support",
    "king", "hero", "legend", "goat", "dream", "cheers", "yes", "finally", "amen", "lets",
    "let", "wait", "by",
})
CHEERED_REACH: Final = 12
# "they" standing for a perpetrator named earlier in the message: "police state they
# can not stop they want to kill all of us". The nearest one, at most this far back.
THEY: Final[frozenset[str]] = frozenset({"they"})
ANTECEDENT_REACH: Final = 16
# Between the perpetrator and "they", someone else "they" may stand for: a people's word
# the group index does not hold, or a person pronoun.
OTHER_ANTECEDENTS: Final[frozenset[str]] = frozenset({
    "people", "folks", "men", "women", "kids", "immigrants", "migrants", "refugees",
    "foreigners", "them", "those", "these", "he", "she", "we", "you", "i",
})
# A plot told: "the secret plot to kill all white people", "a campaign to wipe out ...".
PLOT_NOUNS: Final[frozenset[str]] = frozenset({
    "plot", "plots", "plan", "plans", "scheme", "schemes", "conspiracy", "campaign",
    "campaigns", "attempt", "attempts", "effort", "efforts", "bid", "agenda", "policy",
    "order", "orders",
})
PLOT_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "this", "that", "any", "some",
})
# Between the determiner and the noun: "the secret plot", "a nazi plan", "a genocidal
# campaign", "the evil globalist plot".
PLOT_WORDS: Final[frozenset[str]] = frozenset({
    "secret", "evil", "nazi", "nazis", "genocidal", "deliberate", "failed", "alleged",
    "supposed", "globalist", "government", "regime", "state", "military", "sinister",
    "systematic", "organized", "organised", "horrific", "brutal", "murderous", "hitler",
    "hitlers", "soviet", "terrorist", "terror", "official", "new", "latest",
    "secretive", "massive", "insane", "crazy", "sick", "twisted", "big",
})
PLOT_WORDS_REACH: Final = 2
# The writer or their side before a plot: "we have a plan to ...", "my plan to ...".
WRITERS: Final[frozenset[str]] = frozenset({
    "i", "im", "we", "me", "us", "my", "our", "lets", "ill", "id", "ive", "weve",
})
