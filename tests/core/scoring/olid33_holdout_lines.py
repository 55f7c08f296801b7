"""The olid33 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER she is a racist", "@USER he is such a bigot", "@USER he's a fascist lol",
    "@USER she is a nazi", "@USER he is sexist", "@USER he is racist af",
    "@USER she's a complete racist", "@USER he is an absolute fascist",
    "@USER he is a racist and a coward", "@USER she is a bigot, always was",
    "@USER he is a misogynist, nothing new", "@USER he's so sexist it hurts",
    "@USER he is a straight up racist", "@USER she is also a bigot",
    "@USER yep he is a racist", "@USER wow she is such a racist",
    "@USER he is clearly a fascist", "@USER he is a total nazi smh",
    "@USER the mayor is a racist", "@USER obama is a racist", "@USER pelosi is a bigot",
    "@USER the president is a fascist", "@USER this man is a misogynist",
    "@USER that guy is such a racist", "@USER your husband is a sexist",
    "@USER the referee is a racist", "@USER my boss is a bigot", "@USER the teacher is a racist",
    "@USER this clown is a fascist", "@USER their leader is a nazi",
    "@USER your dad is a racist", "@USER that cop is a racist",
    "@USER the prime minister is a bigot", "@USER the candidate is a sexist pig",
    "@USER the author is a racist and a fraud", "@USER she is a fascist, full stop",
    "@USER he is the racist here", "@USER that reporter is a bigot",
    "@USER he's a racist, don't @ me", "@USER the landlord is a racist",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER this law is racist", "@USER the comment was sexist", "@USER that rule is sexist",
    "@USER the old cartoon is racist", "@USER the speech was so racist",
    "@USER their logo is fascist looking", "@USER this song is not racist",
    "@USER she is not a bigot", "@USER is she a racist?", "@USER is the mayor a fascist?",
    "@USER they said he was a nazi", "@USER i doubt he is a racist",
    "@USER accusing her of being a bigot is unfair", "@USER he is often called a racist",
    "@USER some claim she is a fascist", "@USER unless he is a racist, who cares",
    "@USER no one thinks he is a bigot", "@USER he is no racist",
    "@USER he never was a nazi", "@USER why is he a fascist? explain",
    "@USER are you saying he is a racist?", "@USER if she is a bigot, vote her out",
    "@USER am i a bigot for asking?", "@USER i am not a racist",
    "@USER they call me a fascist lol", "@USER she is against racists",
    "@USER my uncle fought the fascists", "@USER he studies nazi history",
    "@USER the novel is about a racist sheriff", "@USER the actor plays a nazi officer",
    "@USER she is an expert on fascism", "@USER he is a scholar of racism",
    "@USER the villain was a bigot in the book", "@USER that movie is sexist trash lol",
    "@USER the show mocks racist uncles", "@USER he wrote about sexist ads",
    "@USER the museum is about nazi germany", "@USER racist jokes are not funny",
    "@USER i think the policy is racist", "@USER that law was racist in 1950",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit this pizza is so good", "fuck that was close lol", "damn this song slaps",
    "holy fuck i passed the exam", "this is some good shit", "hell yeah fucking finally",
)
