"""The olid12 probe's studied lines (issue 8, fifteenth session), written before any
rule was read: tweet-style replies in the shapes the round's brief names. A person or
group judged by a verb phrase ("she lies all the time", "he has no clue", "they ruin
everything"); a person called by an adjective ("he is so clueless"); a bare insulting
noun phrase after a mention ("@USER pathetic loser"); political groups name-called
("libtards", "demonrats"); dismissals ("shut up", "go away", "get lost"); contempt
("nobody cares what you think", "you're a joke").
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person or group judged by a verb phrase
    "@USER she lies all the time", "@USER he has no clue", "@USER they ruin everything",
    "@USER you have no idea what you are talking about", "@USER he never tells the truth",
    "@USER she can't even read", "@USER they destroy everything they touch",
    "@USER he lies every time he opens his mouth", "@USER you know nothing",
    "@USER liberals ruin everything",
    # a person called by an adjective
    "@USER he is so clueless", "@USER she is delusional", "@USER you are so ignorant",
    "@USER he's spineless", "@USER you are brainless",
    # a bare insulting noun phrase after a mention
    "@USER pathetic loser", "@USER what a moron", "@USER lying sack of crap",
    "@USER total idiot", "@USER such a clown",
    # political groups name-called
    "@USER libtards gonna libtard", "@USER typical demonrats", "@USER snowflakes crying again",
    # dismissals
    "@USER shut up", "@USER go away", "@USER get lost", "@USER oh shut up already",
    "@USER just go away nobody wants you here",
    # contempt
    "@USER nobody cares what you think", "@USER you're a joke", "@USER no one asked you",
    "@USER nobody cares about your opinion",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER she lies on the couch all day lol", "@USER he has no clue where his keys are haha",
    "@USER the rain ruins everything", "@USER I have no idea what happened",
    "@USER they never tell us the schedule", "@USER he can't even believe it won",
    "@USER you know nothing can stop us now", "@USER the storm destroyed everything",
    "@USER he is so happy today", "@USER she is delighted", "@USER what a game",
    "@USER total eclipse tonight", "@USER such a cute dog", "@USER shut up and take my money",
    "@USER I can't shut up about this show", "@USER go away for the weekend, you deserve it",
    "@USER the pain won't go away", "@USER we got lost on the way home",
    "@USER nobody cares about the weather more than me",
    "@USER no one asked for a sequel but I love it",
    "@USER the joke was great", "@USER snowflakes are falling outside",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit that was amazing", "@USER fucking finally", "@USER damn this is good",
    "@USER what the fuck is going on today", "@USER shit happens", "@USER hell yeah",
)
