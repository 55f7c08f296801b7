"""The hatecheck35 probe (issue 8): English stereotype claims about a named identity
group that carry no insult word, a civic or moral duty said never done ("immigrants never
pay taxes", "muslims never integrate", "black people don't work", "gypsies never wash"),
and clean lines that look alike (the same duties of people who are no identity group, of
oneself or a thing, denied, countered, asked, reported, kind or factual claims, one named
person). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # never + a duty
    "immigrants never pay taxes", "muslims never integrate", "black people never work",
    "gypsies never wash", "mexicans never learn english", "refugees never integrate",
    "immigrants never learn the language", "muslims never assimilate",
    "immigrants never work a day in their lives", "black people never pay taxes",
    "roma never work", "refugees never pay taxes lol", "migrants never integrate",
    "jews never pay taxes", "arabs never wash", "indians never wash their hands",
    # don't / won't / refuse to + a duty
    "black people don't work", "immigrants don't pay taxes", "muslims don't integrate",
    "mexicans dont learn english", "refugees don't work", "gypsies dont wash",
    "immigrants won't learn the language", "muslims refuse to integrate",
    "immigrants refuse to learn english", "migrants don't pay taxes",
    "black people refuse to work", "refugees won't integrate",
    # with "all", "just", "simply"
    "all immigrants never pay taxes", "immigrants just don't work",
    "muslims simply refuse to integrate", "these immigrants never pay taxes",
    "gypsies never work they just steal", "immigrants never pay any taxes",
    "muslims will never integrate",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no identity group: people, oneself, things
    "politicians never pay taxes", "my kids never wash", "cats never work",
    "billionaires never pay taxes", "rich people don't pay taxes", "these apps never work",
    "my teenagers refuse to wash", "i never learn the language in time",
    "the printers don't work", "my coworkers never work on fridays",
    "corporations refuse to pay taxes", "the drivers won't work",
    # denied, countered, reported, asked, quoted
    "it's a myth that immigrants never pay taxes", "not true that muslims never integrate",
    "he said immigrants never pay taxes, which is racist",
    "do immigrants pay taxes?", "do immigrants never pay taxes?",
    "people claim refugees don't work but that's false",
    "stop saying black people don't work", "the idea that gypsies never wash is bigoted",
    "\"muslims never integrate\" is a lazy stereotype",
    # kind or factual claims
    "immigrants pay billions in taxes", "muslims always welcome guests",
    "immigrants work harder than anyone", "refugees pay taxes like everyone else",
    "muslims integrate well in most towns", "mexicans learn english fast",
    # one named person
    "my muslim neighbour never works weekends", "my mexican friend never pays for lunch",
    "the immigrant who lives next door never washes his car",
    "my black coworker doesn't work on sundays",
    "muslims don't work on eid",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit taxes are due tomorrow", "fuck this app never works", "damn i need a wash",
    "shit my code doesn't work lol", "fucking finally paid my taxes", "hell yeah payday",
)
