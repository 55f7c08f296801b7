"""The forum30 probe (issue 8): Reddit-style derogatory claims about a poster or the
people of a thread with a hedge, an adverb or a possessive between the subject and the
put-down ("op clearly has no brain cells", "the mods literally have no life", "whoever
posted this clearly has no brain cells", "the average twitter user is an idiot"), the
clean lines in the same words that must stay clean (the same words said of an idea, a
thing or the writer, asked, reported, denied, friendly swearing about op), and untargeted
friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a hedge between the poster and a put-down that opens with its own verb
    "op clearly has no brain cells", "op obviously has no brain", "the author clearly has no clue",
    "op really has zero brain cells", "the mods literally have no life", "op honestly has no life",
    "the admins seriously have no brain cells", "op definitely has no brain cells",
    "the commenters here clearly have no clue", "the mods apparently have no life",
    "honestly op clearly has no brain lol", "op clearly has no brain cells, what a joke",
    # a modal
    "op must have no brain cells", "the author must have no clue",
    "op really must have no brain cells",
    # lacking
    "redditors clearly have no common sense", "op obviously has no common sense",
    "op clearly lacks common sense", "the mods clearly lack a brain",
    "op seriously lacks brain cells",
    # a hedge before "is"
    "op clearly is an idiot", "the mods honestly are clowns", "op literally is a moron",
    "the author obviously is a hack",
    # whoever posted this, the people of a sub
    "whoever posted this clearly has no brain cells", "whoever wrote this obviously has no clue",
    "whoever made this seriously is an idiot", "people in this sub clearly have no brain cells",
    "people on this sub really have no life", "the people in this thread obviously are morons",
    # the average user
    "the average twitter user is an idiot", "the average user here is a moron",
    "the average reddit user clearly has no life",
    # possession
    "op's reading comprehension is clearly zero", "op's brain is clearly empty",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words of an idea, a thing or a virtue
    "op clearly has a point", "the author clearly knows the subject",
    "the author clearly has a life outside writing", "the mods clearly have a lot of work",
    "op obviously has a good eye for photos", "the mods literally have no time to check every post",
    "op really has no reason to apologise", "the author seriously has no equal in this genre",
    "the author clearly has no shortage of talent", "people in this sub clearly have good taste",
    "the average user here is a student", "the average reddit user clearly has a cat",
    "whoever posted this clearly has a good camera", "whoever wrote this obviously is a genius",
    "op's reading comprehension is clearly fine", "op's brain is clearly working overtime today",
    "the average twitter user is an adult",
    # the writer, a pet, a thing
    "i clearly have no brain cells today lol", "i honestly have no clue what happened",
    "i must have no brain cells left after that exam", "op honestly has a life, unlike me",
    "this sub has no clue what's coming in the next patch", "my cat clearly has no brain cells lol",
    "the zombies obviously have no brain cells", "the ai clearly has no common sense",
    "this game clearly lacks common sense",
    # asked, reported, denied
    "does op clearly have no brain cells?", "is the author really an idiot?",
    "my friend said op clearly has no brain cells", "op clearly isn't an idiot",
    "the mods obviously are not clowns",
    # friendly swearing about op
    "op is clearly fucking right",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "damn this sub is fun", "shit, i clearly forgot to save",
    "this patch is fucking great", "well fuck, the server is down", "fuck yeah, finally friday",
)
