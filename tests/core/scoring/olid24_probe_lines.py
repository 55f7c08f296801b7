"""The olid24 probe (issue 8): tweets in the round's shape (a person, a pointed person or
a camp said to be the problem or part of it: "he is the problem", "liberals are part of
the problem", "your the problem") and clean tweets that look alike: a thing, a habit or
an idea as the problem, the writer's side, a question, a denial, a report, "the problem
is ..." going on, "problem solver"; some friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "@USER he is the problem", "@USER she is part of the problem",
    "@USER trump is the problem", "@USER pelosi is part of the problem",
    "@USER liberals are the problem", "@USER the democrats are the real problem",
    "@USER republicans are part of the problem", "@USER the media is the problem",
    "@USER they are the problem", "@USER this guy is part of the problem",
    "@USER the senator is part of the problem", "@USER he's the problem",
    "@USER she's part of the problem", "@USER they're the problem",
    "@USER antifa is the problem", "@USER the left is the real problem",
    "@USER he is the whole problem", "@USER he is clearly part of the problem",
    "@USER she is literally the problem",
    "@USER conservatives are the problem with this country",
    "@USER he is part of the problem not the solution", "@USER your part of the problem",
    "@USER your the problem", "@USER the dems are the problem",
    "@USER these people are the problem", "@USER feinstein is the problem",
    "@USER he is the problem here", "@USER mcconnell is part of the problem",
    "@USER leftists are the problem", "@USER sanders is part of the problem, always has been",
    "@USER democrats are the problem. always have been",
    "@USER this man is the problem!!",
)

TUNE_CLEAN: tuple[str, ...] = (
    "@USER money is the problem", "@USER that is the problem",
    "@USER this is part of the problem", "@USER greed is the real problem",
    "@USER inflation is the problem", "@USER gun control is not the problem",
    "@USER the heat is the problem", "@USER lag is the problem",
    "@USER I am part of the problem", "@USER we are the problem, all of us",
    "@USER we're part of the problem too", "@USER is he the problem?",
    "@USER are liberals the problem?", "@USER he is not the problem",
    "@USER she is not part of the problem", "@USER he said she is the problem",
    "@USER they think I am the problem", "@USER the problem is he never listens",
    "@USER what is the problem", "@USER he is the problem solver on this team",
    "@USER she is part of the problem solving group", "@USER nobody is the problem here",
    "@USER everyone is part of the problem", "@USER the system is the problem",
    "@USER the schedule is the problem not the players", "@USER which is the problem",
    "@USER it is part of the problem", "@USER my knee is the problem",
    "@USER your part of the deal is done", "@USER your part of the problem set is due friday",
    "@USER racism is the problem", "@USER social media is part of the problem",
    "@USER education is the real problem", "@USER maybe i am the problem lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit that game was insane", "@USER fuck yeah lets go",
    "@USER damn that's a good point", "@USER this is so fucking good",
    "@USER lmao shit happens",
)
