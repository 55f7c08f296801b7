"""The forum27 held-back lines (issue 8): the probe's shapes in other words, written at the
same time and before any rule; counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a superlative put-down of the comment or take
    "that's the dumbest comment i've read all day", "stupidest take i've seen this week",
    "this might be the dumbest argument i have ever read", "worst take on this entire sub",
    "one of the stupidest posts i've ever seen", "the dumbest reply in this whole thread",
    "worst argument i've heard all year", "dumbest opinion on reddit today",
    "this is the stupidest comment in the thread", "easily the worst comment i've read this month",
    "that has to be the dumbest take of the decade", "stupidest thing i've read all week",
    "the most idiotic comment i've seen in a while", "most ignorant take on this sub",
    "congrats, stupidest post of the day", "@USER worst take i've ever seen",
    "your post is the dumbest thing on this page", "the worst argument in this thread, hands down",
    "dumbest comment i've ever read, and i've been on reddit for years",
    "quite possibly the stupidest reply ever", "hands down the dumbest take i've heard today",
    "the stupidest rebuttal i have ever seen on this forum", "that's the worst opinion on this sub",
    "dumbest comments of the week right here", "this is literally the stupidest argument ever",
    # a comparison that belittles the writer
    "my dog makes better arguments", "i've read smarter comments on a cereal box",
    "a goldfish could write a better comment", "my little brother makes better points than you",
    "i've heard better takes from a parrot",
    # found the, username, tell me
    "found the guy who skipped the article", "found the one who didn't read past the headline",
    "tell me you never read a book without telling me", "username definitely checks out",
    # reported, grow up, nobody believes
    "reported for being a moron", "@USER grow up already", "@USER no one believes you",
    "@USER nobody believes a word you say", "you obviously didn't read the article",
    "what a brain dead comment",
)

HELD_CLEAN: tuple[str, ...] = (
    # praise
    "best comment i've read all day", "username checks out, great post",
    "smartest take on this sub", "this is the most helpful reply in the thread",
    "one of the best arguments i've ever read", "greatest post of the year honestly",
    # the writer's own
    "stupidest thing i've done this week", "my worst take ever was predicting a tie",
    "the dumbest comment i ever made was in 2019", "dumbest purchase i've ever made",
    "worst decision i've made all year", "the stupidest thing i did today was forget my keys",
    # things and news
    "the dumbest bill passed this session", "the worst storm i've seen in years",
    "stupidest trade deadline move of the year", "the dumbest ad i've seen all week",
    "worst call by the ref all season", "the stupidest design choice in the new phone",
    "dumbest policy of the decade, the tax on bread", "the worst movie i've seen this year",
    # denied, kind
    "not the worst argument i've read today", "far from the dumbest take on here",
    "this isn't the stupidest comment on this sub, it's actually smart",
    # reported, quoted
    "she said it was the dumbest comment she'd ever read",
    "\"dumbest take on the internet\" was the headline lol",
    "my dad called it the worst argument he had ever heard",
    "he told me it was the stupidest post of the week",
    # asked
    "what's the dumbest comment you've ever read?", "is this the stupidest take on reddit?",
    "what's the worst argument you've heard this year?",
    # look-alikes of the other kinds
    "my dog makes the cutest noises", "i've read better books on the beach",
    "found the keys under the couch", "tell me what the article says",
    "the goldfish is smarter than it looks", "kids grow up so fast",
    "nobody believes in santa anymore", "reported the pothole to the city",
    "the cereal box had a puzzle on it", "username is taken, try another",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a great thread", "damn that's a solid point",
    "fuck me, this sub is the best", "this shit made my day",
    "hell yeah, fucking finally", "shit, i forgot about that",
)

# fmt: on
