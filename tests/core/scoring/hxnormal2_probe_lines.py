"""The hxnormal2 probe (issue 8, a precision round): an identity slur used as the modifier
of a noun of speech names the words someone said, not the people ("his towelhead comments
got him fired", "the tranny slur again", "her kike remarks were vile", "stop with the spic
jokes"); and the lines in the same words where the slur is aimed at a person or a group
and must stay caught ("that towelhead's comments are garbage", "shut up you spic, nobody
wants your jokes"). Here the roles are inverted: the clean lines are flagged before the
round and the hostile ones caught before it. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the slur said of a person or a group, near a noun of speech
    "that towelhead and his comments can get out of my country",
    "every comment from these towelheads is garbage",
    "shut up you spic, nobody wants your jokes",
    "the kike who made those remarks should be deported",
    "kikes and their endless remarks about the holocaust",
    "chinks make the worst jokes",
    "that faggot's comments are pathetic",
    "no one asked for your opinion, faggot, keep your jokes to yourself",
    "your comments prove you are a retard",
    "this retard keeps leaving comments on my page",
    "pakis should keep their remarks to themselves and go home",
    "the paki in the comments needs to be deported",
    "trannies and their jokes are disgusting",
    "go back to mexico wetback, your comments are worthless",
    "all these ragheads do is rant",
    "dykes cannot take a joke",
    "that dyke's comments are so annoying",
    "niggers ruin every comment section",
    "read the comments, the niggers are out in force",
    "beaners should stop tweeting and go back to their country",
    "the gooks in the comments are at it again",
    "spics ruin every joke they touch",
    "kike, your remarks are as greasy as you are",
    "chinks always post the same memes, filthy vermin",
    "i hate towelheads and their chants",
    "faggots like you make every joke about yourselves",
    "you are a towelhead and your remarks prove it",
    "every spic in this thread makes the same joke",
    "trannies making jokes is the saddest thing, they are freaks",
    "the retard who wrote these comments should never breed",
    "shut your mouth paki, your comments are as dirty as you",
    "ragheads and their chants should be banned from this country",
    "these dykes keep posting tweets like they matter",
    "kikes control the media and write all the jokes",
    "wetbacks love leaving comments in broken english",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the slur as a modifier of a noun of speech: the words said, not the people
    "he got fired over his towelhead comments",
    "her kike remarks got her banned from the show",
    "stop with the spic jokes, they are not funny",
    "the towelhead trope needs to die",
    "his chink jokes made the whole room uncomfortable",
    "the senator apologised for his paki remarks",
    "she used the tranny slur again in her stream",
    "his faggot jokes aged really badly",
    "the dyke jokes in that sitcom are so dated",
    "he was suspended for his retard comments",
    "the comedian lost his show over nigger jokes",
    "the wetback comments under that video are disgusting",
    "my uncle thinks raghead jokes are harmless",
    "the beaner jokes at work need to stop",
    "he deleted his gook remarks after the backlash",
    "reporting every kike comment i see today",
    "the chink remarks from that streamer were vile",
    "they banned him for paki jokes in the chat",
    "i am tired of the tranny jokes on this server",
    "his old faggot tweets resurfaced last week",
    "the retard jokes in that movie were cringe",
    "his nigger comments were caught on tape",
    "the towelhead jibes from the crowd were shameful",
    "her spic remarks were reported to hr",
    "the kike memes on that forum are everywhere",
    "nobody should laugh at the chink jokes he tells",
    "the paki chants at the match were condemned",
    "the tranny jokes in his special were lazy",
    "people are still mad about his dyke comments",
    "the raghead taunts in the video are disgusting",
    "the teacher was fired after her nigger remarks",
    "he apologised for the beaner tweets",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit those comments are hilarious",
    "fuck yeah, best jokes of the night",
    "damn, that remark was savage lol",
    "this shit is so funny i can't breathe",
    "hell yes, the comments section is on fire today",
    "what the fuck, that joke got me good",
)
