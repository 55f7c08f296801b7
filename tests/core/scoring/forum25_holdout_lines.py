"""The forum25 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you cant be that stupid", "you can't actually be that dumb", "you can not be this ignorant",
    "You can't seriously be that dense.", "you must be that dumb then",
    "you have to be this stupid to write that", "you can't possibly be that clueless",
    "Come on, you can't be this naive.", "you'd have to be that ignorant to believe him",
    "u cant be that stupid lol", "you cannot really be this thick",
    "you must be that gullible", "you can't be that obtuse, surely",
    "Nobody is asking, but you can't be that stupid.", "you really can't be this dumb",
    "you have to work hard to be that stupid", "you need to be that dense to miss it",
    "Madam, you cannot be that ignorant.", "you couldn't be this stupid if you tried",
    "You can't truly be that dumb.",
    "what a moron this mayor is", "what an idiot this premier is", "what a fool this guy was",
    "What a clown that governor is.", "what a buffoon this man is",
    "What a loser this commenter is!", "what a hypocrite that senator is",
    "what an idiot that reporter is", "what a dumbass that guy was",
    "what a jerk this poster is", "what a coward that president is",
    "what a liar that minister is", "what an imbecile this man is",
    "what a creep this dude is", "What a tool that judge is.", "what a moron that woman was",
    "Honestly, what an idiot this candidate is.", "what a fool that leader is",
    "what a clown this guy is lol", "what a pathetic fool this man is",
)

HELD_CLEAN: tuple[str, ...] = (
    "i can't be that dumb", "i cannot believe i was this stupid", "it cannot be that difficult",
    "the plan can't be that stupid", "you can't be too safe out there",
    "you can't be that picky about housing", "you can't be that lucky twice",
    "you don't have to be that rich to retire", "we must be that careful",
    "my dog can't be that lazy",
    "she said you can't be that dumb, laughing", "are you that busy this week?",
    "\"you can't be this stupid\" was the ad's slogan", "you need not be that clever to see it",
    "you must be that proud of her", "you can't be that early, the doors open at nine",
    "the test can't be this easy", "nobody needs to be that perfect",
    "you can't be that sure of the numbers", "you must be so tired after the trip",
    "what a fool i was", "what an idiot i am sometimes", "what a joke this budget is",
    "what a clown show this debate was", "what a mess this plan is", "what a genius that woman is",
    "what a legend that man was", "what a dumb idea this is", "what a disgrace this ruling is",
    "what a loser i felt like", "what a sweetheart this lady is", "what a kind man he was",
    "was it what an idiot this guy is that she wrote?",
    "he yelled \"what a moron this mayor is\" on tv",
    "what a disaster this road is", "what a year this has been", "what a treat this show is",
    "what a fool i've been", "what a stupid law this is", "what a circus this trial is",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a finish that was", "this damn road is a mess", "fuck, i can't be that late",
    "what the fuck is this weather", "hell yes, great piece", "shit, what a week",
)
