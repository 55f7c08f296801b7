"""The forum27 probe (issue 8): Reddit-style snark at the commenter being answered (a
superlative put-down of the comment or take: "this is the dumbest take i've read all
week", "worst argument on this sub"; a comparison that belittles the writer: "i've seen
smarter comments from a toddler"; "found the guy who didn't read the article", "username
checks out") and clean lines that look alike (praise, the writer's own, things and news,
quotes, reported speech, questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a superlative put-down of the comment or take
    "this is the dumbest take i've read all week", "dumbest take i've seen today",
    "that's the stupidest comment i've ever read", "one of the dumbest comments i have ever seen",
    "this has to be the stupidest reply in this thread", "worst argument on this sub",
    "worst take of the year", "stupidest argument i've heard in my life",
    "this is quite possibly the dumbest comment ever", "dumbest comment posted this week, congrats",
    "the worst opinion i've ever heard", "absolute worst take on this sub",
    "easily the most idiotic post on this thread",
    "that is the most ignorant comment i've read today",
    "congrats on the dumbest comment of the day", "@USER dumbest take on the internet",
    "your comment is the stupidest thing i've read all day", "worst comment in the thread by far",
    "the dumbest thing i've read all morning", "stupidest post i have ever seen on here",
    "by far the dumbest argument in this thread", "your take is the worst take i've seen this year",
    # a comparison that belittles the writer
    "i've seen smarter comments from a toddler", "my 5 year old could write a better comment",
    "i've seen better arguments from a fortune cookie", "a toddler could make a better argument",
    # found the, username, tell me
    "found the guy who didn't read the article", "found the guy who never left his basement",
    "tell me you didn't read it without telling me", "username checks out",
    # reported, grow up, nobody believes
    "reported for being an idiot", "@USER grow up", "@USER nobody believes you",
    "you clearly didn't read the article", "what a braindead take",
)

TUNE_CLEAN: tuple[str, ...] = (
    # praise
    "best take i've read all week", "username checks out, love it",
    "this is the best comment i've ever read", "one of the smartest comments i've read all week",
    "most thoughtful post on this thread", "greatest argument i've seen on this sub",
    # the writer's own
    "dumbest thing i've done all week", "my dumbest take ever was that the lakers would win",
    "the stupidest comment i ever posted was about pineapple pizza",
    "the dumbest thing i've ever done was buy that car",
    # things and news
    "the dumbest law passed this year", "the dumbest trade of the year goes to the senators",
    "that was the worst game i've seen all season", "my dumbest purchase of the year was this hat",
    "the stupidest mistake i ever made was selling my bike", "worst traffic i've seen all week",
    "the stupidest rule in the league is the offside rule",
    # denied, kind
    "not the dumbest idea i've heard, actually pretty good",
    "honestly not the worst take on this sub",
    # reported, quoted
    "he said it was the dumbest take he'd read all week",
    "\"worst take of the year\" is what my friend called it",
    "my teacher called it the stupidest argument she had ever heard lol",
    # asked
    "what's the stupidest thing you've ever done with your phone?",
    "what's the dumbest take you've seen on this sub?",
    "is this the worst argument on this sub?",
    # look-alikes of the other kinds
    "my dog makes the best pancakes", "i've seen better weather in march",
    "found the wallet on the street", "tell me about the article",
    "the toddler was smarter than the puzzle", "i need to grow up and do my taxes",
    "nobody believes the weather app anymore",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "damn this is a good comment",
    "fuck yeah best sub on the site", "this shit is hilarious lmao",
    "hell yes, finally some good fucking news", "well shit, i didn't know that",
)

# fmt: on
