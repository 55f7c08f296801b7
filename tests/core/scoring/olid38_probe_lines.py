"""The olid38 probe (issue 8): tweet-style verdicts on a person or group named by a
noun the older rules read as a thing ("these scientists are a disgrace", "the refs are
a joke", "the pope is a disgrace", "the doctors are useless"), the same verdict after an
exclamation that inverts it ("boy is that professor stupid", "man are those reporters
clueless"), and the clean lines in the same words that must stay clean (things,
negations, questions, reports, praise, the verdict describing another word). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a determiner, a person noun, a copula, a verdict
    "@USER these economists are a disgrace", "@USER the umpires are a joke",
    "@USER the lawyers are a joke tbh", "@USER the critics are a joke",
    "@USER those pundits are pathetic", "@USER the voters are stupid",
    "@USER the nurses there are useless", "@USER the bishop is a disgrace",
    "@USER this anchor is a total fraud", "@USER their attorneys are clowns",
    "@USER the commentators are idiots", "@USER your followers are morons",
    "@USER these professors are a disgrace to the university",
    "@USER the senators are a disgrace to this country",
    "@USER that columnist is a joke and everyone knows it",
    "@USER the climate scientists are frauds", "@USER the hollywood actors are pathetic",
    "@USER these union bosses are corrupt", "@USER my landlord is a disgrace",
    "@USER his lawyers are liars", "@USER the referees were pathetic again",
    "@USER the campus protesters are a disgrace", "@USER those fact checkers are frauds",
    "@USER democrats are a disgrace to this nation",
    "@USER the liberal judges are a joke",
    # the exclamation that inverts the verdict
    "@USER boy is that professor stupid", "@USER man are those reporters clueless",
    "@USER damn is that senator pathetic", "@USER god are these pundits dumb",
    "@USER wow is this anchor a joke", "@USER lord are the refs blind tonight",
    "@USER geez is that lawyer a clown", "@USER boy are those activists stupid",
    "@USER man is that preacher a fraud", "@USER damn are these voters dumb",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things, not people
    "@USER the economics papers are a joke", "@USER the umpire calls are a joke",
    "@USER the lawyer fees are a joke", "@USER the critics reviews were pathetic",
    # negated, asked, reported, conditional
    "@USER these economists are not a disgrace", "@USER the umpires aren't a joke",
    "@USER are the lawyers a joke?", "@USER why are the critics so pathetic?",
    "@USER he said the voters are stupid", "@USER if the nurses are useless, report it",
    "@USER she claims the bishop is a disgrace", "@USER do you think the pundits are idiots?",
    # praise and slang intensifiers
    "@USER the commentators are stupid good", "@USER that columnist is crazy talented",
    "@USER the climate scientists are brilliant", "@USER these professors are amazing",
    "@USER the referees were fair tonight", "@USER my landlord is a saint",
    # the verdict describes another word
    "@USER the lawyers are a joke factory for memes", "@USER the senators are a disgrace magnet",
    # questions and plain disagreement
    "@USER boy is that professor smart", "@USER man are those reporters fast",
    "@USER damn is that senator tall", "@USER is that professor stupid or just tired?",
    "@USER wow is this anchor good", "@USER god are these pundits loud today lol",
    "@USER the voters have spoken", "@USER the senators voted against the bill",
    "@USER i disagree with the liberal judges on this one",
    "@USER democrats are wrong about gun control",
    "@USER the protesters were there all day", "@USER the nurses there were so kind",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER fuck yeah the refs finally got one right", "this shit is wild lmao",
    "@USER holy shit that professor is a genius", "@USER damn this game is fucking great",
    "@USER hell yeah, the voters showed up", "@USER that was fucking awesome",
)
