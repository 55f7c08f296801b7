"""The forum23 probe (issue 8): Reddit-like replies that judge the reader's words in the
thread (their comment, post, opinion, take, argument or logic) stupid, worthless or
pathetic, and the abstract-noun sayings that blame no one ("stupidity is dangerous"),
with clean comments that look alike: the same words about a thing, an idea, a patch or
the writer's own comment, a negated or asked judgement, a quoted line, profanity at a
situation. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's words in the thread judged stupid or worthless
    "your comment is stupid", "your comment is so stupid", "your post is idiotic",
    "your argument is moronic", "your opinion is pathetic", "your opinion is worthless",
    "your take is garbage", "your posts are trash", "your logic is retarded",
    "your reasoning is really dumb", "your comments are pathetic", "your opinion is trash",
    "your argument is completely idiotic", "your reply is just stupid lmao",
    "your comment is ridiculous", "your whole argument is stupid",
    "lol your logic is braindead", "your opinions are garbage",
    "your thinking is really stupid", "your post is utterly pathetic",
    "your comment is beyond stupid", "sorry but your take is moronic",
    "your response is idiotic as usual", "your rant is pathetic",
    # contempt for a commenter's mind or worth (already read before the round)
    "nobody cares what you think", "imagine being this dense", "you clearly have the IQ of a rock",
    "typical leftist moron", "people like you are the problem", "lmao the author is an idiot",
    # Italian
    "il tuo commento è stupido", "la tua opinione è patetica", "il tuo ragionamento è idiota",
    "i tuoi commenti sono ridicoli",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing or an idea, no reader's words
    "this argument is worthless", "this comment is stupid", "that post is idiotic",
    "the plot of this movie is stupid", "the patch notes are garbage",
    "nobody cares about this patch", "this rule is pathetic", "the logic of the law is stupid",
    # the writer's own words
    "my comment was stupid lol", "my take was dumb, you are right", "my post is garbage i know",
    "sorry my logic was stupid there", "my opinion is worthless here, just a guess",
    # negated, asked or kind
    "your comment is not stupid at all", "i don't think your comment is stupid",
    "nobody said your opinion is worthless", "your post is not garbage, ignore them",
    "your comment is hilarious", "your argument is weak in one spot",
    "your take is interesting", "is my comment stupid?",
    # quoted or reported
    "he told me \"your comment is stupid\" and blocked me",
    "someone replied that your opinion is worthless, ignore it",
    # the abstract nouns, aimed at no one
    "stupidity is dangerous", "ignorance is bliss", "stupidity is contagious",
    "ignorance is dangerous", "human stupidity is infinite", "stupidity is not a crime",
    "idiocy is everywhere these days",
    # Italian
    "questo commento è stupido", "il mio commento era stupido", "l'ignoranza è pericolosa",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this is fucking hilarious", "holy shit this thread", "damn that's a good point",
    "fuck yeah great post", "this shit is wild lmao", "your comment is fucking gold",
)
