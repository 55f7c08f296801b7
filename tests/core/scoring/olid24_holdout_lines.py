"""The olid24 held-back batch (issue 8): written with the probe, in the same shapes and
different wording, not looked at while the rules were built; counted at the start and at
the end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER she is the problem", "@USER he is part of the problem",
    "@USER obama is the problem", "@USER schumer is part of the problem",
    "@USER democrats are the problem", "@USER the liberals are the real problem",
    "@USER conservatives are part of the problem", "@USER the gop is the problem",
    "@USER they are part of the problem", "@USER this woman is part of the problem",
    "@USER the president is the problem", "@USER she's the problem",
    "@USER he's part of the problem", "@USER they're part of the problem",
    "@USER the left is the problem", "@USER the right is part of the problem",
    "@USER he is the real problem", "@USER she is obviously part of the problem",
    "@USER he is honestly the problem", "@USER liberals are the problem in this country",
    "@USER she is part of the problem, not the answer", "@USER ur the problem",
    "@USER your part of the problem buddy", "@USER the republicans are the problem",
    "@USER those people are part of the problem", "@USER kavanaugh is the problem",
    "@USER he is the problem, period", "@USER warren is part of the problem",
    "@USER progressives are the problem", "@USER hillary is the problem and always was",
    "@USER the dnc is part of the problem", "@USER this clown is the problem",
    "@USER socialists are the problem", "@USER the media are part of the problem",
    "@USER these politicians are the problem", "@USER brennan is part of the problem",
    "@USER he is simply the problem", "@USER the fbi is the problem",
    "@USER they are the real problem here", "@USER she is the whole problem",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER time is the problem", "@USER that's the problem", "@USER this is the problem",
    "@USER corruption is the real problem", "@USER debt is the problem",
    "@USER guns are not the problem", "@USER the weather is the problem",
    "@USER my wifi is the problem", "@USER i'm part of the problem",
    "@USER we are part of the problem", "@USER maybe we're the problem",
    "@USER is she the problem?", "@USER are democrats the problem?",
    "@USER she is not the problem", "@USER he isn't part of the problem",
    "@USER she claims he is the problem", "@USER he thinks i'm the problem",
    "@USER the problem is she wont listen", "@USER whats the problem",
    "@USER she is the problem solver we needed", "@USER he is part of the problem solving team",
    "@USER no one is the problem", "@USER everybody is part of the problem",
    "@USER the process is the problem", "@USER the budget is the problem not the staff",
    "@USER which is part of the problem", "@USER that is part of the problem",
    "@USER my back is the problem", "@USER your part of the work is done",
    "@USER your part of the problem sheet looks right", "@USER poverty is the problem",
    "@USER television is part of the problem", "@USER healthcare is the real problem",
    "@USER honestly i might be the problem haha", "@USER the price is the problem",
    "@USER the tires were the problem", "@USER it's the problem we all have",
    "@USER fear is part of the problem", "@USER addiction is the problem",
    "@USER the rules are the problem",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER shit that was close", "@USER fuck it we ball", "@USER damn right lol",
    "@USER holy fuck what a goal", "@USER this shit slaps", "@USER hell yeah",
)
