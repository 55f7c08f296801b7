"""Words of the hatecheck29 round (issue 8, targeting_hatecheck29.py): a wish for fewer of
a named group, and the writer fed up with a named group."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck28_words as h28

# fmt: off
# The wish for fewer of a group (identity_attack.txt, hatecheck29): "we need fewer women
# in tech", "the fewer immigrants the better", "we need less muslims", "we don't need any
# more refugees", "no more immigrants". Registered in group_only.FIRST_NAMED_TERMS.
FEWER: Final = "fewer"
NEED_LESS: Final[frozenset[str]] = frozenset({"need less", "needs less", "want less"})
ANY_MORE: Final = "any more"
NO_MORE: Final = "no more"
# No "the less": it would take "the less intelligent" from "less intelligent".
FEWER_TERMS: Final[frozenset[str]] = frozenset({FEWER, ANY_MORE, NO_MORE}) | NEED_LESS
# The older terms (identity_attack.txt) that take "any" from "any more": "we don't want
# any more jews" is read here as "any more" is.
WANT_ANY: Final[frozenset[str]] = frozenset({"don t want any", "dont want any"})
MORE: Final = "more"
# Between the wish's verb and "fewer": "need far fewer", "want way fewer".
FEWER_GAP: Final[frozenset[str]] = frozenset({
    "far", "way", "much", "a", "lot", "even", "many", "waaay", "waay", "alot",
})
# The wish's verb before "fewer" (or "any more"): "we need fewer", "this country needs
# fewer", "i want fewer"; "have" only after a modal ("we should have fewer refugees").
WANTS: Final[frozenset[str]] = frozenset({
    "need", "needs", "want", "wants", "needed", "deserve", "deserves",
})
HAVE: Final[frozenset[str]] = frozenset({"have"})
MODALS: Final[frozenset[str]] = frozenset({"should", "must", "to", "could", "shud", "shld"})
# "i'd like fewer jews around": "like" after "d" / "would".
LIKE: Final = "like"
WOULD: Final[frozenset[str]] = frozenset({"d", "would"})
# "there should be fewer muslims": "be" after a modal; "we could do with fewer ...",
# "britain would be better (off) with fewer ...": "with" after these.
BE: Final = "be"
WITH: Final = "with"
WITH_AFTER: Final[frozenset[str]] = frozenset({"do", "better", "off"})
# Who wishes: the writer, "we", a place or a people (hatecheck28's holders), over a few
# adverbs ("we really need fewer ..."); "the team needs fewer ..." is a holder too.
WISHERS: Final[frozenset[str]] = h28.HOLDERS | frozenset({"i", "us", "britain", "america"})
WISHER_GAP: Final[frozenset[str]] = frozenset({
    "really", "just", "honestly", "definitely", "seriously", "desperately", "badly",
    "simply", "do", "all", "clearly", "obviously", "so", "truly", "actually", "d",
})
WISHER_REACH: Final = 3
# A denial before "need any more" / "want any more": "we don't need", "doesn't want".
DENIALS: Final[frozenset[str]] = frozenset({"t", "not", "dont", "doesnt", "never", "no"})
# "the fewer immigrants (around) the better": the comparison's close after the group.
BETTER_REACH: Final = 5

# The writer fed up with a group (identity_attack.txt, hatecheck29): "i've had enough of
# jews", "i've had it with trans people", "enough of immigrants already", "i'm done with
# women". Registered in group_only.FIRST_NAMED_TERMS.
ENOUGH_OF: Final = "enough of"
HAD_IT_WITH: Final = "had it with"
DONE_WITH: Final = "done with"
# "enough with the immigrants" reads as "enough of"; "i'm tired of muslims" as "done with".
ENOUGHS: Final[frozenset[str]] = frozenset({ENOUGH_OF, "enough with"})
BE_TERMS: Final[frozenset[str]] = frozenset({DONE_WITH, "tired of"})
FED_TERMS: Final[frozenset[str]] = ENOUGHS | BE_TERMS | frozenset({HAD_IT_WITH})
HAD: Final = "had"
# Between the writer and "had" / "done", or "had" and "enough": "i've honestly had",
# "i have had more than enough of", "i'm so done with".
FED_GAP: Final[frozenset[str]] = frozenset({
    "really", "just", "honestly", "truly", "seriously", "definitely", "absolutely", "so",
    "totally", "completely", "officially", "quite", "literally", "more", "than", "fully",
    "genuinely", "personally", "finally", "all", "pretty", "well", "and",
})
FED_REACH: Final = 4
# "i've had", "we have had", "ive had"; "i'm done", "we are done", "im done".
HAVE_FORMS: Final[frozenset[str]] = frozenset({"ve", "have"})
BE_FORMS: Final[frozenset[str]] = frozenset({"m", "am", "re", "are"})
WRITERS: Final[frozenset[str]] = frozenset({"i", "we"})
WRITER_JOINED: Final[frozenset[str]] = frozenset({"ive", "weve", "im", "were"})

# Between the term and its group: "enough of these muslims", "done with all the women".
GROUP_GAP: Final[frozenset[str]] = h28.GROUP_GAP | frozenset({"of", "more", "you", "u"})
# After the group, the clause closes or goes on with a tail: "... in tech", "... here",
# "... already", "... please"; "we need fewer women dying in childbirth" goes on.
TAILS: Final[frozenset[str]] = h28.MANY_TAIL | h28.AVERSION_TAIL | frozenset({
    "please", "around", "allowed", "already", "pls", "thanks", "ever", "again", "frankly",
})
# After an opening "fewer" and its group, only these: "fewer immigrants please";
# "fewer women in tech than men" is a count.
BARE_TAIL: Final[frozenset[str]] = frozenset({"please", "pls", "plz", "thanks", "now"})
IN_WORDS: Final[frozenset[str]] = frozenset({"in", "on", "at"})
# "in" + a harm: "fewer black people in prison", "fewer muslims in poverty" wish a harm
# away, not the group.
HARMS_IN: Final[frozenset[str]] = frozenset({
    "prison", "prisons", "jail", "jails", "poverty", "danger", "hospital", "hospitals",
    "custody", "detention", "cells", "debt", "pain", "fear", "hiding", "need", "crisis",
    "care", "homelessness", "camps", "cages", "poor", "trouble",
})

OWN_TERMS: Final[frozenset[str]] = FEWER_TERMS | FED_TERMS
