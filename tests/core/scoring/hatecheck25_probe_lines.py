"""The hatecheck25 probe (issue 8): an English functional hate suite's spelling
variations (spaces deleted until the statement is one token, spaces added inside a
word, letters swapped or dropped, leet) over its hateful templates, a group carried
over to "them all gone", and clean lines in the same spellings: neutral and positive
statements run together or respelled, counter-speech, ordinary long tokens (links,
hashtags, usernames), friendly lines with typos. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the whole statement one token
    "allwomenaretrash", "allmuslimsarevermin", "allimmigrantsarescum",
    "deathtoallmuslims", "deathtoalljews", "muslimsshouldallbeshot",
    "refugeesshouldbedeported", "womenmakemesick", "gaypeoplemakemesick",
    "alltranspeoplearedisgusting", "killalltheimmigrants", "jewsshouldbekilled",
    "ihatedisabledpeople", "blackpeoplearesubhuman",
    # spaces added inside a word
    "m u s l i m s are scum", "trans people are d i s g u s t i n g",
    "i h a t e refugees", "women are p a t h e t i c",
    # letters swapped or dropped
    "Muslmis are scum", "women are trahs", "I hate gya people",
    "blakc people are vermin", "gya people are disgusting", "kill all gya people",
    "imigrants are parasites", "refugees are vremin", "disbled people are useless",
    # leet
    "w0m3n are tr4sh", "1mm1grants are parasites", "d1sabled people are useless",
    "mu5l1ms are a plague", "i h4te gay people",
    # a group carried over to "them all gone"
    "So many immigrants around here. I want them all gone.",
    "Too many muslims in this town. I want them gone.",
    "refugees everywhere now. i want them all gone",
    "there are trans people at my school, i want them all gone",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same spellings, neutral or positive
    "muslimsarewelcome", "allwomenarewelcome", "refugeesarewelcomehere",
    "gaypeoplemakemehappy", "w0men deserve respect", "1mm1grants are welcome here",
    "m u s l i m s are our neighbours", "i l o v e trans people", "gya people are great",
    "blakc people are amazing", "Muslmis are welcome here",
    # counter-speech
    "saying allmuslimsareterrorists is just hate", "stop writing w0m3n are tr4sh, it's vile",
    "people who say 'immigrants are vermin' are the problem",
    # ordinary long tokens
    "#blacklivesmatter", "#refugeeswelcome", "#transrightsarehumanrights",
    "check out www.muslimsforpeace.org", "follow @gaypeoplemeetup for events",
    "my username is blackpanther2009", "#stopasianhate", "#loveislove",
    # "them all gone" of things or with no group
    "So many ants in the kitchen. I want them all gone.",
    "too many weeds in the garden, i want them all gone",
    "the immigrants arrived last week and now they are all gone to the new housing",
    "refugees? we helped them and now they are all gone home safely",
    # friendly typos
    "tahnks so much guys", "you are teh best", "hvae a good one everyone",
    "ur awsome lol", "congrtas on the promotion", "i lvoe this server",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fucking nice shot", "damn this game is hard",
    "wtf that was insane lmao", "shit i missed the bus", "hell yeah we won",
)
