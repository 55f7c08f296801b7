"""The olid11 probe's studied lines (issue 8, fourteenth session), written before any
rule was read: tweet-style replies in two shapes of OLID's even-row misses. (1) A person
(a name, a pronoun, the reader) judged a sham or a disgrace by a word that is no insult
in other uses ("Beto is a joke", "he is a fraud", "you fraud", "Gutierrez is corrupt",
"he is the absolute worst"). (2) A political group judged by a plain predicate ("liberals
are so predictable", "why are democrats so trashy?", "leftists are hypocrites").
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person judged a sham or a disgrace
    "@USER Beto is a joke", "@USER he is a fraud", "@USER you fraud",
    "@USER the governor is a FRAUD", "@USER Gutierrez is corrupt", "@USER she is a hypocrite",
    "@USER he is the absolute worst", "@USER you are a joke", "@USER Schumer is a clown",
    "@USER she is a phony", "@USER he is a crook", "@USER you're a total fraud",
    "@USER he is such a hypocrite", "@USER Brennan is a disgrace", "@USER what a fraud",
    "@USER he is crap", "@USER Holder is so corrupt", "@USER you are a hypocrite",
    "@USER she is a complete joke", "@USER he's a liar and a fraud",
    # a political group judged by a plain predicate
    "@USER liberals are so predictable", "@USER Why are liberals so trashy?",
    "@USER democrats are hypocrites", "@USER leftists are such hypocrites",
    "@USER conservatives are so dumb", "@USER liberals are children",
    "@USER the democrats are a joke",
    "@USER republicans are corrupt", "@USER Liberals are frauds",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER the joke is on us lol", "@USER that was a great joke", "@USER he is a joke writer",
    "@USER he reported the fraud to the bank", "@USER is he a fraud?", "@USER he is not a fraud",
    "@USER credit card fraud is on the rise", "@USER the crooks were arrested",
    "@USER corrupt files can be recovered", "@USER he is the worst at hiding his smile lol",
    "@USER he called me a fraud, should I reply?", "@USER the clown at the party was fun",
    "@USER liberals are voting tomorrow", "@USER conservatives are so happy today",
    "@USER democrats are meeting in ohio", "@USER are liberals so sure about this?",
    "@USER republicans are hosting a town hall", "@USER liberals are children of the sixties",
    "@USER i am such a hypocrite about diets lol", "@USER we are a joke this season haha",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit he's a fucking legend", "@USER damn that is a crazy ass play",
    "@USER fuck yes liberals won the seat", "@USER shit was wild lmao",
    "@USER he is fucking hilarious", "@USER this game is so fucking good",
)
