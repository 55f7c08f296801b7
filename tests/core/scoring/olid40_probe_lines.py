"""The olid40 probe (issue 8): a person called a name through a copula ("he is", "she's",
a name or "this guy" and "is"), the name-call not ending its clause because the writer
goes straight on with a new clause of their own ("she is such a troll im so glad she got
banned", "he is a disgrace i cant believe people vote for him") or stamps it with an
emphatic tail ("trump is a disgrace period", "he is a clown through and through"). Older
rounds read the call as a description that goes on and weigh it just under the
threshold. The clean lines use the same words: a clause that describes the noun ("the
clown we hired"), praise after, the writer, negation, questions, reports, likenesses,
and kind words in the same frame. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer goes straight on with a clause of their own
    "@USER she is such a troll im so glad she got banned",
    "he is a disgrace i cant believe people still vote for him",
    "@USER this senator is such a joke i wish someone would vote him out",
    "she is a hypocrite we all know it",
    "@USER he is a liar everyone knows it",
    "that guy is a clown nobody takes him seriously",
    "@USER @USER she is a lunatic they should keep her off tv",
    "he is disgusting i cant even look at him",
    "the mayor is a clown we deserve better",
    "@USER he's such a creep i dont trust him at all",
    "this woman is a liar she always has been",
    "he is a coward he runs from every debate",
    "she is an embarrassment i cant stand her",
    "@USER he is a bully you can see it in every tweet",
    "that man is a crook i hope he loses his seat",
    "@USER kavanaugh is a liar we all watched him lie",
    "she is such a joke no wonder she lost",
    "@USER he is a troll just ignore him",
    "this guy is pathetic i swear",
    "@USER pelosi is a hypocrite they all are",
    "he is a scumbag we have known it for years",
    # an emphatic tail stamps the call
    "@USER trump is a disgrace period",
    "she is pathetic period",
    "@USER he is a clown through and through",
    "that guy is a crook plain and simple",
    "she is a hypocrite end of story",
    "@USER he is a coward to the core",
    "he is a joke tbh",
    "she's a liar imo",
    "@USER this guy is a loser if you ask me",
    "he is a disgrace no doubt",
    "@USER @USER she is a troll for sure",
    "the governor is a clown honestly",
    "he is a liar no question about it",
    "@USER she is an embarrassment to be honest",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a clause that only describes the noun: a trade, a role, a story
    "she is the clown we hired for the party",
    "he is a clown they booked for my sons birthday",
    "@USER he is the troll you fight in the second dungeon",
    "the villain is a liar you meet in chapter two",
    # praise or fondness after the call
    "he is such a clown i love him so much",
    "@USER she is a troll we adore her",
    "he is a joke and i love him for it",
    # the writer, negation, questions, reports, doubt
    "i am such a clown i forgot my keys again",
    "im a disgrace i missed every shot tonight",
    "he is not a liar we all know it",
    "@USER she is no hypocrite everyone knows it",
    "is he a clown i wonder",
    "is she a hypocrite period or did she change her mind?",
    "they said he is a liar i dont believe it",
    "i dont think she is a hypocrite period",
    "nobody thinks he is a coward to be honest",
    # a likeness, a story
    "he looks like a clown i swear lol",
    "he dressed up as a clown we laughed all night",
    "in the movie he is a liar you find out at the end",
    # kind or neutral words in the same frames
    "he is a legend period",
    "she is a genius we all know it",
    "@USER he is a hero through and through",
    "she is a sweetheart to the core",
    "he is a gentleman plain and simple",
    "@USER she is brilliant i swear",
    "this guy is a beast no doubt",
    "he is a great teacher tbh",
    "she is the best end of story",
    "@USER the mayor is a good man honestly",
    "he is a real one for sure",
    "she is so kind if you ask me",
    "he is a clown fish i saw at the aquarium",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that debate was wild", "fuck yes we won the vote", "damn this day is long",
    "shit, missed the bus again", "that speech was fucking amazing",
    "what the hell just happened lol",
)
