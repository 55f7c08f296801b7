"""The olid40 held-back lines (issue 8): other wordings of the round's shape (a person
called a name through a copula, the call followed straight by the writer's own clause or
an emphatic tail), written at the same time as the probe and counted only at the start
and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER he is such a troll i hope they ban him", "she is a disgrace i cant believe she won",
    "@USER that senator is a clown we need him gone", "he is a hypocrite everyone sees it",
    "she is a liar we have the receipts", "@USER this guy is a joke nobody listens to him",
    "he is a lunatic i cant stand watching him", "@USER she is disgusting i feel sick",
    "the governor is a crook we all know it", "@USER he's a creep i would never trust him",
    "that woman is a liar she lies every day", "he is a coward he hides behind his staff",
    "@USER she is an embarrassment i cringe every time", "he is a bully you can tell",
    "@USER schumer is a hypocrite they always are", "the coach is a clown we deserve better",
    "she is such a joke no wonder nobody votes for her", "@USER @USER he is a troll dont feed him",
    "this man is pathetic i swear to god", "@USER he is a scumbag i have said it for years",
    "@USER feinstein is a disgrace period", "he is pathetic period",
    "@USER she is a clown through and through", "this guy is a crook plain and simple",
    "he is a hypocrite end of story", "@USER she is a coward to the core", "she is a joke tbh",
    "he's a liar imo", "@USER that guy is a loser if you ask me", "she is a disgrace no doubt",
    "@USER @USER he is a troll for sure", "the senator is a clown honestly",
    "she is a liar no question about it", "@USER he is an embarrassment to be honest",
    "@USER biden is a disgrace full stop", "he is a fraud and a clown honestly",
    "@USER that reporter is a liar she knows it", "he is a hypocrite i swear",
    "@USER this guy is a moron i cant with him", "she is a bully they all see it",
)

HELD_CLEAN: tuple[str, ...] = (
    "he is the clown we hired last year", "@USER she is the troll you beat in level three",
    "the joker is a liar you meet in the last act", "he is a clown they hired for the fair",
    "she is such a clown i love her to bits", "@USER he is a troll we adore him",
    "she is a joke and i love her for it", "i am such a disgrace i burned the toast",
    "im a clown i left my phone on the bus", "she is not a liar we all know it",
    "@USER he is no coward everyone knows it", "is she a troll i wonder",
    "is he a hypocrite period or did he just change his mind?",
    "they said she is a liar i dont believe it", "i dont think he is a hypocrite period",
    "nobody thinks she is a coward to be honest", "she looks like a clown i swear lol",
    "he dressed up as a troll we laughed so hard",
    "in the show she is a liar you learn that later",
    "she is a legend period", "he is a genius we all know it",
    "@USER she is a hero through and through",
    "he is a sweetheart to the core", "she is a lady plain and simple",
    "@USER he is brilliant i swear",
    "this girl is a beast no doubt", "she is a great coach tbh", "he is the best end of story",
    "@USER the senator is a good woman honestly", "she is a real one for sure",
    "he is so generous if you ask me", "she is a kind soul i swear", "he is a good dad no question",
    "@USER my brother is a clown at the circus", "the mascot is a clown we all love",
    "he is a clown fish we got at the pet store", "she is a troll doll i had as a kid",
    "he is a joker card you play at the end", "@USER she is a star no doubt about it",
    "he is a class act period",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that speech was long", "shit happens, we move on", "damn that was a good game",
    "well fuck, forgot my charger", "this pizza is fucking great", "oh shit the results are in",
)
