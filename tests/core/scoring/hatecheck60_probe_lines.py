"""The hatecheck60 probe (issue 8): veiled threats and rhetorical claims against a named
identity group in the HateCheck style: a veiled-threat phrase with the group as its
object ("it's open season on immigrants", "someone should do something about the gays",
"we'll deal with the muslims soon enough"), and the claim that no one would miss the
group ("would anyone even miss the refugees if they vanished?", "nobody would miss the
jews"); the clean lines in the same words that must stay clean (things, animals and
problems, the group's things, real questions, counter-speech, reports, quotes,
negations, a manner after the call) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # open season on the group
    "it's open season on immigrants", "open season on muslims starts tonight",
    "its open season on trans people now", "it is open season on gay people",
    "open season on women, lads",
    "declare open season on the refugees", "open season on jews, finally",
    # someone should do something about the group
    "someone should do something about the gays",
    "somebody needs to do something about all these muslims",
    "we have to do something about the immigrants", "someone should do something about jews",
    "time to do something about the refugees", "we will do something about trans people soon",
    "somebody oughta do something about these black people",
    # dealing with the group, a future or a call before it
    "we'll deal with the muslims soon enough", "we will deal with the jews one day",
    "we're gonna deal with the immigrants once and for all",
    "someone needs to deal with the gays", "we'll deal with women later",
    "soon we'll deal with the refugees", "just wait, we'll deal with those trans people",
    "we need to deal with the disabled people permanently",
    # nobody would miss the group
    "would anyone even miss the refugees if they vanished?", "who would miss the jews?",
    "would anyone miss muslims if they disappeared", "nobody would miss the immigrants",
    "no one would miss trans people", "who'd even miss the gays",
    "would anybody miss women if they were gone?", "the world wouldn't miss black people",
    "honestly nobody would even miss the disabled people", "who would really miss refugees",
    "no one would miss the muslims if they left",
    "would anyone miss the jews? didn't think so", "who would ever miss immigrants lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same forms about things, animals and problems
    "it's open season on deer", "open season on ducks starts tonight",
    "someone should do something about the traffic", "we have to do something about the lag",
    "we'll deal with the bugs soon enough", "someone needs to deal with the spam",
    "would anyone even miss the old logo if it vanished?", "who would miss the old map?",
    "nobody would miss the loading screens",
    # the group's things, or the group after another word
    "someone should do something about the immigrants' visa backlog",
    "we'll deal with the refugees' paperwork soon", "who would miss the jews' bakery?",
    "we have to do something about racism against muslims",
    # a manner or a reason after the call
    "we need to deal with the refugees humanely", "we'll deal with the immigrants fairly",
    "we need to do something about the gays being attacked",
    # real questions
    "how do i deal with gay people at school?", "should we do something about the refugees' camp?",
    "would you miss your trans friends if they moved?", "do you miss the muslims who moved away?",
    # counter-speech, reports, quotes, negations
    "saying 'it's open season on muslims' is vile",
    "he said someone should do something about the gays, disgusting",
    "people who say nobody would miss the immigrants are monsters",
    "it's never open season on jews", "no one should ever 'deal with' trans people",
    "we will never deal with women like that",
    # the group missing someone, or missed kindly
    "the refugees would miss their homes", "i'd miss the jews in my building so much",
    "everyone would miss the women on our team",
    "we would all miss the immigrants who run the cafe",
    "i miss my gay friends", "my grandma would miss the muslims next door",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this patch is wild", "fuck yeah we won", "damn that was close lmao",
    "shit i forgot my charger", "this song is fucking amazing", "hell yeah, open season on ranked",
)
