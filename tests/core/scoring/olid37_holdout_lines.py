"""The olid37 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "what a loser he is", "what a liar she is", "@USER what a tool he is",
    "what a bitter old fool he is", "what a phony she is lol", "wow what a crook he is",
    "what a weasel that man is", "what a clown this guy was", "what a nasty woman she is",
    "what an embarrassment he is", "what a scumbag he is smh", "what a troll she is",
    "lol what a dumbass he is", "@USER what a hack she is", "what a con artist he is",
    "this shows what a hypocrite he is", "it just proves what a liar she is",
    "everyone can see what a fraud he is", "that clip shows what a coward he is",
    "what a whiny crybaby she is", "what a deceitful snake he is",
    "he has shown himself to be a fraud", "she proved herself a liar",
    "pelosi keeps making a fool of herself", "he is making a fool of himself again smh",
    "she exposed herself as a bigot", "he showed himself up as a coward",
    "@USER she has proven herself to be a hypocrite", "he revealed himself as a crook",
    "the mayor outed herself as a racist", "she made a total fool of herself on live tv",
    "he has shown himself to be a bully time and again", "she proved herself a clown today",
    "obama made a fool of himself again", "he exposed himself as a phony lol",
    "he proved himself a coward", "this woman has shown herself to be a liar",
    "what an arrogant jerk he is", "what a gutless coward she is", "what a liar that woman is",
)

HELD_CLEAN: tuple[str, ...] = (
    "what a star she is", "what a gem he is", "@USER what a guy that man is",
    "what a talent she is", "what a kind person he is", "what a queen she is",
    "what a disaster this week was", "what a joke this referee call was", "what a night it was",
    "what a clown i am lol", "what a dummy i was", "does anyone know what a troll is?",
    "i googled what a hypocrite is", "what a coward is to you is not what it is to me",
    "i forgot what a gem she is", "nobody knows what a liberal is anymore",
    "he has shown himself to be a great coach", "she proved herself a real champion",
    "i made a fool of myself again", "i proved myself right lol",
    "she hasn't shown herself to be a liar", "has he shown himself to be a fraud?",
    "he showed himself to be no coward", "she is making a fool of the goalie",
    "i made a total fool of myself on the date", "we made fools of ourselves at karaoke",
    "he exposed the report as a fraud", "she revealed herself as a fan of the team",
    "she has shown herself to be a true friend", "he proved himself a winner",
    "they claim she proved herself a liar but that is wrong", "what a champion he is",
    "what a hero she is", "what a sweet boy he is", "what a season it was",
    "he made a fool of the keeper", "i showed myself up as a noob lol",
    "she proved herself a great mom", "what a blessing she is", "what a dream that was",
)

HELD_SWEARING: tuple[str, ...] = (
    "what a fucking night", "holy fuck what a save", "damn what a game lol",
    "shit what a week", "what a bloody mess lol", "fuck yeah what a win",
)
