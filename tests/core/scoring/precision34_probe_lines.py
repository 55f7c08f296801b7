"""The precision34 probe (issue 8): forum posts by a writer who counts themself among
lesbians, using the reclaimed word "dyke" of their own people or of a friend ("she's a
dyke and i'm a femme", "we were all dykes, just confused dykes", "as a lesbian, the dykes
at my uni are the best"), and the hostile lines in the same words that must stay caught
(the slur thrown at the reader or at others by someone outside the group, or beside
another hostile word, even from a lesbian writer; a claim that is denied). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # thrown at the reader
    "you dyke", "shut up you dyke", "nobody asked you, dyke", "you are a dyke and a freak",
    "get lost you ugly dyke", "i am a lesbian and you are a filthy dyke",
    "as a lesbian i can tell you are a nasty dyke",
    # said of others by a writer outside the group
    "that dyke in my class is so annoying", "dykes are disgusting", "i hate dykes",
    "she is a dyke lol gross", "my neighbour is a fat dyke", "look at this dyke",
    "dykes should not be allowed near kids", "we do not want dykes in our church",
    "we should ban dykes from the gym", "i am not a lesbian, you stupid dyke",
    "im not gay unlike those dykes", "i am no dyke, those people are sick",
    # a claim nearby but another hostile word beside the slur
    "i am a lesbian but those dykes are disgusting",
    "as a lesbian i hate dykes like her", "i'm gay and dykes are trash",
    "im queer and that dyke is a pathetic loser", "i am bi and those dykes are vile",
    "we lesbians think you are a worthless dyke",
    # other slurs and threats in the same posts
    "i am a lesbian and all dykes should burn", "as a femme i say kill the dykes",
    "i'm a lesbian, go die you dyke", "dykes like you are a disease",
    "the dyke down the street is a freak", "stupid dyke cant even park",
    "that lesbian dyke is an ugly whore", "ew a dyke", "dykes are mentally ill",
    "im straight and dykes creep me out",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer counts themself in the group
    "she is a dyke and i am a femme", "we were all dykes, just confused dykes",
    "as a lesbian, the dykes at my uni are the best", "i am a lesbian and dykes rule",
    "im a lesbian and my girlfriend is the biggest dyke i know",
    "i'm queer and the dykes in my town throw the best parties",
    "i'm a butch lesbian and every dyke i know loves this show",
    "as a dyke myself, those dykes on the hiking trail were adorable",
    "i am gay and dykes are my favourite people",
    "im a lesbian lol the dykes won this round",
    "i am a proud lesbian and max is a free dyke now",
    "i am bi and my dyke friends took me to brunch",
    "we lesbians stick together, the dykes always show up",
    "i'm a femme and she's a dyke, we are the cutest couple",
    "as a queer woman i adore the dykes in this thread",
    "im a lesbian and honestly dykes have the best playlists",
    "we are all lesbians here, dykes unite",
    "i'm a lesbian, who wants to be dykes in love with me",
    "i am a lesbian and that dyke at the bar bought me a drink",
    "as a lesbian i can confirm dykes love flannel",
    "i'm queer and the old dykes at the center taught me everything",
    "i am a dyke and so is my wife",
    "im a lesbian, dykes on bikes is my favourite part of pride",
    "we were dykes before it was cool, my wife and i",
    "i am a lesbian, dykes do not owe anyone femininity",
    "as a lesbian, the dyke who runs the bookshop is my hero",
    "i'm gay and the dykes at work covered my shift",
    "me and my girlfriend are both dykes and we love it",
    "i'm a lesbian and my best friend is a dyke too",
    "as a butch, dykes like me get stared at a lot",
    "im a lesbian and that dyke bartender remembers my order",
    "we are dykes and we are not going anywhere",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this game is fucking awesome", "damn that was a good pizza",
    "fuck yeah we won", "this weather is shit lol", "hell yeah, pride was amazing",
    "well shit, i forgot my keys again",
)
