"""Word lists of the hatecheck39 round (targeting_hatecheck39.py): a bad habit pinned on a
named identity group with a bare verb after "always" or "constantly", no insult word
("muslims always whine", "immigrants always play the victim", "disabled people are
always asking for handouts", "black people always make excuses")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck32_words as h32
from bot.core.scoring import hatecheck36_words as h36

# fmt: off
# The habits, as a bare verb phrase and its "-ing" form. No line holds an older lexicon
# line of its own ("always playing the victim", "always causing trouble", "always
# starting fights" are hatecheck26's; "always whine" is discord31's), so those keep their
# older readings; no "race" ("always play the race card"), whose word in the index
# undoes the joined "racemixing" of "race mixing"; no bare "always want more" or "always
# need attention" (said kindly of children and patients alike).
_HABITS: Final[tuple[tuple[str, str], ...]] = (
    ("play the victim", "playing the victim"), ("play victim", "playing victim"),
    ("play the victim card", "playing the victim card"),
    ("cry racism", "crying racism"), ("cry discrimination", "crying discrimination"),
    ("cry islamophobia", "crying islamophobia"), ("cry antisemitism", "crying antisemitism"),
    ("cry homophobia", "crying homophobia"), ("cry sexism", "crying sexism"),
    ("cry victim", "crying victim"),
    ("ask for handouts", "asking for handouts"), ("want handouts", "wanting handouts"),
    ("expect handouts", "expecting handouts"), ("look for handouts", "looking for handouts"),
    ("have their hands out", "having their hands out"),
    ("have their hand out", "having their hand out"),
    ("make excuses", "making excuses"), ("make up excuses", "making up excuses"),
    ("want special treatment", "wanting special treatment"),
    ("expect special treatment", "expecting special treatment"),
    ("demand special treatment", "demanding special treatment"),
    ("ask for special treatment", "asking for special treatment"),
    ("demand more", "demanding more"), ("ask for more", "asking for more"),
    ("want attention", "wanting attention"), ("seek attention", "seeking attention"),
    ("get offended", "getting offended"), ("take offense", "taking offense"),
    ("take offence", "taking offence"),
    ("overreact", "overreacting"), ("exaggerate", "exaggerating"),
    ("whinge", "whinging"),
    ("cause problems", ""), ("cause trouble", ""), ("start fights", ""),
    ("start trouble", ""),
    ("start drama", "starting drama"), ("stir up trouble", "stirring up trouble"),
    ("stir up drama", "stirring up drama"), ("make trouble", "making trouble"),
    ("make everything about themselves", "making everything about themselves"),
    ("make everything about religion", "making everything about religion"),
    ("make everything about sexuality", "making everything about sexuality"),
    ("make everything about gender", "making everything about gender"),
    ("expect free stuff", "expecting free stuff"), ("want free stuff", "wanting free stuff"),
    ("want everything for free", "wanting everything for free"),
    ("blame everyone else", "blaming everyone else"), ("blame others", "blaming others"),
    ("blame white people", "blaming white people"),
    ("act like victims", "acting like victims"),
    ("act like the victim", "acting like the victim"),
)
_FORMS: Final[tuple[str, ...]] = tuple(f for pair in _HABITS for f in pair if f)
# The round's lexicon lines (insult.txt, hatecheck39): read only of a named group.
HABITS: Final[frozenset[str]] = frozenset(
    f"{lead} {f}" for lead in ("always", "constantly") for f in _FORMS
) - {"always playing the victim"}
# Older lines read here too, in the same shape only ("muslims always whine", "jews are
# constantly whining"); elsewhere their older readings stand ("you always whine").
OLD_HABITS: Final[frozenset[str]] = frozenset({"always whine", "always whining"})
# Between the group and the habit (hatecheck36's gap): "muslims are always whining",
# "immigrants just always play the victim". No "not": "refugees don't always ask".
GAP: Final[frozenset[str]] = h36.GAP
GAP_REACH: Final = h36.GAP_REACH
# The writer's own group, right before it: "we muslims always overthink", "us women".
SELF: Final[frozenset[str]] = frozenset({"we", "us", "fellow", "our"})
# A stereotype named, not stated: "the trope that immigrants always play the victim".
FRAMES: Final[frozenset[str]] = h36.FRAMES
THAT: Final = h36.THAT
ARTICLES: Final[frozenset[str]] = h36.ARTICLES
# Words the older rules take for a group that no suite protects: beliefs and a
# generation ("feminists always overreact", "boomers always whine") and the adjectives
# of a body or a purse ("fat people always make excuses").
NOT_PROTECTED: Final[frozenset[str]] = frozenset({
    "feminists", "islamists", "boomers", "fat", "poor", "old",
})
# Othering (identity_attack.txt, hatecheck39): "black people aren't like us", "muslims
# are nothing like us", "refugees will never be like us"; a denial in the lead, never
# "muslims are just like us" or "immigrants are more like us than we think".
LIKE_US: Final = "like us"
LIKE_LEAD: Final[frozenset[str]] = h32.ONE_LEAD | frozenset({
    "nothing", "even", "remotely", "anything", "at", "all",
})
LIKE_DENIALS: Final[frozenset[str]] = h32.DENIALS | frozenset({"nothing"})
LIKE_REACH: Final = 4
# After the term: the clause closes or goes on with one of these ("not like us at all").
LIKE_TAILS: Final[frozenset[str]] = h32.ONE_TAILS | frozenset({"at", "whatsoever"})
# The group used as the insult (identity_attack.txt, hatecheck39): "such a muslim thing
# to do", "what a jew thing to say", after "such a" or "what a" and one member's word.
THING_TERMS: Final[frozenset[str]] = frozenset({"thing to do", "thing to say"})
MEMBERS: Final[frozenset[str]] = frozenset({
    "muslim", "jew", "jewish", "black", "gay", "trans", "woman", "girl", "female", "arab",
    "mexican", "immigrant", "refugee", "migrant", "lesbian", "asian", "chinese", "indian",
    "african", "islamic", "gypsy", "disabled", "autistic", "hindu", "sikh",
})
A: Final[frozenset[str]] = frozenset({"a", "an"})
SUCH: Final[frozenset[str]] = frozenset({"such", "what"})
# And after the older "typical": "so typical of a jew", "typical of a muslim honestly".
TYPICAL: Final = "typical"
OF: Final = "of"
TYPICAL_TAILS: Final[frozenset[str]] = frozenset({
    "honestly", "tbh", "lol", "smh", "again", "really", "as", "always", "man", "bro",
})
# The writer's own membership said in the message: "as a muslim", "im a black woman".
SELF_BEFORE: Final[frozenset[str]] = frozenset({"as", "im", "m", "am"})
# A kind word after the thing: "such a muslim thing to do, so generous", "love it".
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "love", "lovely", "sweet", "kind", "generous", "wholesome", "beautiful", "cute",
    "respect", "proud", "amazing", "adorable", "heartwarming", "nice",
})
KIND_REACH: Final = 8
# fmt: on

OWN_TERMS: Final[frozenset[str]] = HABITS | THING_TERMS | {LIKE_US}
