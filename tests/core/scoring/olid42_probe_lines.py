"""The olid42 probe (issue 8): "lying" said before the person or group it calls a liar, an
adjective, not a verb ("the lying media", "a failed lying politician", "your lying bitter
cronies", "lying democrats at it again", "he is a lying heap of crap", "shut your lying
mouth"); and the clean lines in the same words that must stay clean (lying down, lying
around, lying in bed, things lying somewhere, the writer's own, reports, counter-speech,
denials and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a pointer or a possessive, "lying", a person's or a group's noun
    "the lying media strikes again", "a failed lying politician begging for votes",
    "another lying democrat on tv", "this lying senator should resign",
    "that lying congressman is at it again", "the lying dems want a delay",
    "these lying leftists never stop", "those lying liberals ruined the hearing",
    "ask your lying bitter cronies", "you and your lying friends", "their lying president",
    "his lying lawyer went on cnn", "the lying press ignored it", "such a lying hypocrite",
    "one big lying politician", "a corrupt lying senator", "the lying witness changed her story",
    # the message or the sentence opens with it
    "lying liberals at it again", "lying democrats everywhere", "lying media as usual #MAGA",
    "lying politicians all of them", "Lying leftists will say anything",
    # a body part or a heap called lying: the person's own
    "every word out of his lying ass mouth is fake", "shut your lying mouth",
    "keep your lying face off my tv", "he is a lying heap of crap",
    "she is a lying sack of garbage", "get your lying ass out of here",
    # a judging word before or after
    "a dirty lying politician", "the old lying governor", "a sleazy lying lawyer",
    "the crooked lying mayor", "this lying fake reporter", "the lying corrupt fbi agents",
    "that lying little weasel of a senator",
)

TUNE_CLEAN: tuple[str, ...] = (
    # lying down, lying around, lying somewhere
    "the average american has $500 lying around", "the dog is lying in the sun",
    "i was lying in bed all day", "the book lying on the table is mine",
    "a man lying on the ground needed help", "the lying down position hurts my back",
    "there are kids lying on the grass", "leave your phone lying around and it gets stolen",
    "the cat spent the day lying on my lap", "the money lying in your account earns nothing",
    "my keys were lying next to the door", "patients lying in the corridor all night",
    # lying the act, no person called a liar
    "lying is a can of worms", "lying to yourself never helps", "lying about your age is silly",
    "the lying game is a good show", "i hate lying, just tell me",
    "the art of lying in poker", "no lying in this house",
    # the writer's own, reports, counter-speech, denials, questions
    "my lying eyes fooled me again lol", "i'm the lying one here, sorry",
    "he called her a lying politician and got sued",
    "stop calling the press lying media, they did their job",
    "she is not a lying politician, she made a mistake",
    "is he a lying politician or just wrong?", "was the media lying or not?",
    "\"the lying media\" is the name of his podcast",
    "calling every reporter the lying press is lazy",
    # people with no lie: other words in the same place
    "the hard working senator spoke well", "your loyal friends came to help",
    "the lyin' king is a funny cat video", "the fact checkers caught no lying politician today",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that hearing was wild", "fuck yeah the vote passed",
    "damn this lying around all day is the best", "what the fuck just happened on cnn lmao",
    "this shit is hilarious", "hell yeah lets fucking go",
)
