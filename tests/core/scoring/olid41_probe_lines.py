"""The olid41 probe (issue 8): a pointed person ("this", "that", "the", "a"), called by a
name-call with judging words between ("that dumb bitch", "the old hag", "this little
rat") or after a pointer the older rules read as a thing's ("the moron", "a bitch"), as
the subject of what only a person does: lying, saying, tweeting, complaining, blocking or
reporting the writer, "is at it again" ("that dumb bitch blocked me", "the moron lied
again", "a bitch is complaining to my manager about me"); and the clean lines in the same
words that must stay clean (animals and things doing what animals and things do, literal
clowns, reports, the writer's own, fondness, counter-speech and questions). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # this / that, judging words between the pointer and the name-call
    "that dumb bitch blocked me", "this crazy bitch keeps texting me",
    "that old hag is at it again", "that fat slob is complaining about me again",
    "this little rat lied to my face", "that little weasel blocked me after losing the argument",
    "that lying hag said i stole her spot", "this pathetic loser still thinks he won",
    "that ugly cow told everyone my secret", "this fat pig said i owe him money",
    "that spineless coward lied under oath", "that sneaky snake lied to all of us",
    "this dumb cow thinks she's always right", "that two faced bitch talked behind my back",
    "this entitled brat is whining about the refs again",
    "that crooked weasel voted against it again", "that arrogant prick thinks he owns the place",
    "ugh that dumb bitch is lying again",
    # the / a, which the older rules read as a thing's
    "the moron blocked me again", "a bitch is complaining to my manager about me",
    "the stupid idiot tweeted it again", "the old fool is lying again",
    "the dumb bitch deleted her tweet", "that piece of trash lied to the whole country",
    "the piece of garbage blocked me", "the creep keeps texting me", "the idiot is at it again",
    "the lazy bum is complaining again", "the old bat is yelling at the kids again",
    "the bitch reported my account", "the filthy rat snitched on me",
    "a clown just tweeted that i'm a fraud", "wow the moron really said that",
    "the hypocrite posted another rant about honesty", "the old hag claims she never said it",
)

TUNE_CLEAN: tuple[str, ...] = (
    # animals and things doing what animals and things do
    "that dumb bitch keeps barking at the mailman", "this little rat stole my cheese",
    "the old bat flew out of the attic", "that fat pig is eating again",
    "this cow had a calf last night", "the weasel keeps digging under the fence",
    "that piece of trash broke again", "the piece of garbage crashed again",
    "the rat blocked the drain", "the snake is shedding its skin again",
    # literal clowns and story characters
    "the clown at the party told the kids a joke", "the clown said hello to every kid",
    "the old hag in the fairy tale lied to snow white",
    # reports, quotes and counter-speech
    "he called me a dumb bitch and blocked me", "she said that dumb bitch blocked her, not me",
    "calling her an old hag because she complained is cruel",
    "stop calling the new guy a moron, he tweeted the right thing",
    "\"the moron blocked me\" is the name of her new song",
    "nobody should call a woman a bitch for saying no",
    # the writer's own and fondness
    "this dumb bitch forgot her own keys again lol", "i'm the idiot who tweeted the wrong score",
    "that crazy bitch is my best friend and i love her",
    "this dumb bitch said she loves me 😂 love her",
    # people with no name-call, questions and denials
    "the old man blocked the driveway again", "that little girl said hi to me",
    "the new guy is complaining about the heat", "the teacher lied about the test date lol",
    "did the moron block you too?", "is that old hag still at it?",
    "she's not a bitch, she just said no", "he is no idiot, he tweeted the facts",
    "my old bat of a bike is at it again, flat tyre",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that game was wild", "fuck yeah we won the final",
    "damn this hill is hard as hell", "what the fuck just happened lmao",
    "this shit is fire bro", "hell yeah let's fucking go",
)
