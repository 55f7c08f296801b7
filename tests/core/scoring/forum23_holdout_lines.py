"""The forum23 held-back batch (issue 8): written with forum23_probe_lines.py, in the
same shapes but other wording, and not read while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the reader's words in the thread judged stupid or worthless
    "your comment is dumb", "your comment is moronic", "your post is stupid",
    "your posts are stupid", "your argument is pathetic", "your argument is garbage",
    "your opinion is stupid", "your opinions are idiotic", "your take is stupid",
    "your take is pathetic", "your logic is stupid", "your logic is garbage",
    "your reasoning is idiotic", "your reasoning is pathetic", "your reply is moronic",
    "your response is stupid", "your comments are stupid", "your comments are garbage",
    "your comment is so dumb", "your post is really idiotic", "your opinion is so pathetic",
    "your argument is beyond dumb", "lmao your take is braindead",
    "your comment is completely worthless", "your whole post is garbage",
    "your entire argument is moronic", "your logic is just pathetic",
    "your statement is idiotic", "your reasoning is retarded", "your point is stupid",
    "wow your comment is stupid", "honestly your opinion is trash",
    "your thinking is so dumb", "your posts are worthless",
    # Italian
    "il tuo commento è idiota", "il tuo post è stupido", "la tua opinione è ridicola",
    "i tuoi commenti sono stupidi", "il tuo ragionamento è patetico", "la tua logica è stupida",
)

HELD_CLEAN: tuple[str, ...] = (
    # a thing or an idea, no reader's words
    "this take is stupid", "that comment is dumb", "the argument in the article is pathetic",
    "this opinion piece is garbage", "the reasoning in the ruling is stupid",
    "the ending was stupid", "the new update is garbage", "this logic is idiotic",
    "the whole premise is moronic", "nobody cares about this update",
    # the writer's own words
    "my comment is dumb, ignore it", "my post was stupid, deleting it",
    "my logic was pathetic there", "my argument was garbage honestly",
    "my reply was moronic lol", "i know my take is stupid",
    # negated, asked or kind
    "your comment is not dumb", "your opinion is not worthless", "your post isn't stupid",
    "nobody thinks your take is stupid", "i never said your argument is pathetic",
    "why would your comment be stupid?", "your comment is great",
    "your logic is solid", "your post is helpful", "your argument is fair",
    # quoted or reported
    "she wrote \"your post is stupid\" and left",
    "they keep saying your opinion is worthless, don't listen",
    # the abstract nouns, aimed at no one
    "stupidity is dangerous in large groups", "stupidity is contagious lol",
    "ignorance is curable", "stupidity is timeless", "ignorance is not an excuse",
    "stupidity knows no age", "idiocy is contagious", "human stupidity never fails",
    "stupidity is universal", "ignorance is a choice sometimes",
    # Italian
    "questo post è stupido", "il mio post era stupido", "la stupidità è contagiosa",
    "l'ignoranza è una scelta",
)

HELD_SWEARING: tuple[str, ...] = (
    "this is fucking brilliant", "holy shit what a thread", "damn your post is fucking great",
    "fuck me this is funny", "shit this is wild", "your take is fucking spot on",
)
