"""The hatecheck60 held-back lines (issue 8): other wordings of the probe's shapes,
written at the same time and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "it's open season on the muslims", "open season on refugees has begun",
    "it's about to be open season on gay people", "open season on jews tonight boys",
    "open season on black people, spread the word",
    "someone should really do something about the jews",
    "somebody has to do something about those immigrants",
    "we must do something about the muslims", "someone do something about the trans people",
    "we're going to do something about the refugees soon",
    "somebody should do something about women", "we gotta do something about gay people",
    "we'll deal with the immigrants soon", "someone should deal with the muslims",
    "we will deal with the trans people eventually", "we're going to deal with jews soon enough",
    "they'll deal with the refugees one day", "soon enough we'll deal with the black people",
    "we have to deal with the gays once and for all", "we'll deal with you women later",
    "someone has to deal with those immigrants for good",
    "would anyone miss the muslims if they vanished", "who would even miss trans people?",
    "nobody would even miss the refugees", "no one would ever miss the jews",
    "would anybody even miss gay people?", "who would miss black people if they were gone",
    "the world would not miss immigrants", "who'd miss the women anyway",
    "no one would miss disabled people if they disappeared",
    "would anyone really miss the refugees?", "nobody would miss jews lol",
    "who would miss muslims, seriously", "would the world even miss the gays?",
    "no one would miss the trans people if they vanished",
    "would anyone miss immigrants if they left?", "who would ever miss the muslims",
    "nobody would miss those refugees", "it's open season on women",
    "somebody needs to do something about the disabled people",
)

HELD_CLEAN: tuple[str, ...] = (
    "it's open season on rabbits", "open season on bass fishing has begun",
    "someone should really do something about the potholes",
    "we must do something about the cheaters", "we'll deal with the lag soon",
    "someone should deal with the mods' queue", "would anyone miss the old forum if it vanished",
    "who would even miss the tutorial?", "nobody would miss the old ui",
    "no one would ever miss that bug", "somebody has to do something about the noise",
    "we'll deal with the refugees' applications soon",
    "we must do something about the immigrants' housing crisis",
    "who would miss the muslims' iftar dinners?",
    "we have to deal with the immigrants with respect",
    "we need to do something about the trans people being bullied",
    "how should we deal with the refugees arriving tomorrow?",
    "what can we do about the women's locker room?",
    "would you miss the jews in your class if they moved schools?",
    "do you ever miss your gay roommates?",
    "writing 'open season on jews' should get you banned",
    "she said nobody would miss the refugees, which is awful",
    "anyone who says 'someone should do something about the gays' needs help",
    "it's not open season on immigrants, cut it out", "nobody should deal with muslims like that",
    "we would never deal with black people that way",
    "the immigrants would miss their families", "i would miss the refugees at our church",
    "everyone would miss the trans people in our server",
    "the whole town would miss the jews who left",
    "i really miss my muslim neighbours", "we'd all miss the women who run the guild",
    "someone should do something about the weather",
    "we'll deal with the boss fight soon enough",
    "would anybody miss the old emotes?", "who would miss the spam bots lol",
    "open season on turkeys is in november", "somebody needs to do something about the lag spikes",
    "we gotta deal with the raid boss once and for all", "no one would miss the loading bar",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this boss is hard", "holy shit that clutch", "damn i'm tired as hell",
    "shit that was a good game", "fucking finally, open season on the leaderboard",
    "lmao what the fuck was that",
)
