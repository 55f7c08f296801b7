"""The discord33 probe (issue 8): snark at the reader or writer being answered, in the
round's shapes (a belittling comparison: "i've seen smarter comments from a toddler", "a
toddler could make a better argument"; chat formulas: "username checks out", "found the
guy who didn't read the article", "tell me you didn't read it without telling me";
"weird" with a second hostile cue: "ur so weird stop talking") and clean chat that looks
alike (the same words said in praise, of oneself, of things, kind turns, reported,
asked, quoted). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a belittling comparison with a child, a pet or a thing
    "i've seen smarter comments from a toddler", "ive seen better arguments from a 5 year old",
    "i have seen smarter takes from my dog", "i've read better replies from a toddler",
    "ive heard better points from my 4 year old", "seen smarter posts from a potato",
    "honestly ive seen more coherent arguments from a toddler",
    "a toddler could make a better argument", "my dog could write a better comment",
    "a 5 year old could make a better point", "my cat could come up with a better take",
    "even a toddler could make a better argument than that",
    "a kindergartener could write a better reply", "a toddler could argue better than this",
    # chat formulas
    "username checks out", "username checks out lol", "ah yes username checks out",
    "username checks out tbh", "found the guy who didn't read the article",
    "found the person who didnt read the article", "found the guy who didnt read past the headline",
    "found the one who didn't even read it", "tell me you didn't read it without telling me",
    "tell me you didnt read the article without telling me",
    "tell me you're 12 without telling me you're 12",
    "tell me u didnt read the post without telling me",
    # weird with a second hostile cue
    "ur so weird stop talking", "you're so weird leave", "ur weird stop dming me",
    "ur so weird stop texting me", "you are so weird its creepy", "ur weird af stop",
    # older shapes kept
    "my dog makes better arguments than you", "ur weird af go away", "ur so weird shut up",
)

TUNE_CLEAN: tuple[str, ...] = (
    # praise, the self, things
    "username checks out, love it", "username checks out haha love the name",
    "my dog makes better coffee than me lol", "i've seen smarter moves from a toddler, namely me",
    "my toddler makes better drawings than me", "a toddler could make a better sandcastle than me",
    "my dog could eat a better meal than this lol", "ive seen better graphics from a ps2 game",
    "my 5 year old made a better cake than me", "i found the guy who sold me the bike",
    "found the guy who left his wallet, he says thanks", "found the one i was looking for",
    "tell me about your day", "tell me you love me without telling me you love me",
    "can you tell me without the spoilers", "my toddler argues better than my husband lol",
    # kind turns, reported, asked, quoted
    "ur weird i love it", "ur so weird lol ily", "ur weird and i love that about u",
    "ur so weird stop making me laugh", "she said ur so weird stop talking",
    "he told me username checks out lol", "does username check out?",
    "\"username checks out\" is such an old reddit joke",
    "did you really see smarter comments from a toddler?",
    "could a toddler make a better argument?", "not saying a toddler could make a better argument",
    "this game is so weird stop playing it", "the weather is weird today",
    "im so weird stop judging me lol", "that movie was weird", "weird flex but ok",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my dog is so smart", "damn this thread is wild", "fuck yeah username matches",
    "shit the article was long", "hell yeah toddler wins", "fucking weird weather today",
)
