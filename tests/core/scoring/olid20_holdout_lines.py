"""The olid20 held-back batch (issue 8): written with the probe, before any rule, in the
same shapes with other wording; not read while building, counted at the start and the
end only.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER Obama should be in prison", "Pelosi belongs behind bars", "he belongs in prison!!",
    "@USER she should be locked up", "Strzok should be jailed", "he needs to be in jail",
    "they need to be arrested", "she needs to be arrested", "the mayor should be fired",
    "this clown should be fired", "@USER you need to be fired", "LOCK HER UP #MAGA",
    "lock him up already", "arrest her", "arrest them", "arrest that man",
    "@USER you're going to jail", "you are going to prison buddy", "you'll go to prison",
    "Kavanaugh should be impeached", "impeach her", "he must be impeached",
    "@USER he should be thrown in jail", "throw her in jail", "throw them in prison",
    "put her behind bars", "Mueller should be prosecuted", "she should be indicted",
    "@USER he should be locked up for life", "the governor should be in jail",
    "these people should be in jail", "every one of them belongs in prison",
    "@USER she's a nobody", "Avenatti is a nobody", "he is a nobody lol",
    "@USER you are nothing but a nobody", "she's just some nobody", "you're a nobody",
    "Holder should go to prison", "@USER hope she goes to jail",
)

HELD_CLEAN: tuple[str, ...] = (
    "he was arrested yesterday according to police", "officials said she was fired",
    "the suspect was jailed for life", "was he arrested?", "should she be impeached?",
    "can he be fired for that?", "my uncle went to prison in the 90s",
    "they were locked up for two days", "she was fired from her job at the bank",
    "is he going to jail?", "i'm going to jail if i eat another donut",
    "i should be in prison for that joke lol", "i should be fired honestly", "i'm a nobody",
    "we were nobodies once", "lock the gate", "lock your car", "arrest warrants were issued",
    "the cannon should be fired at noon", "if she lied she should be fired",
    "nobody should go to prison for that", "nobody is getting arrested",
    "the files should be locked up", "the data should be locked up",
    "we are fired up for the game", "nobody knows", "she was a nobody until she won",
    "she is a legend", "he deserves an award", "he should be mayor",
    "she belongs in the senate", "he should be on the cover", "you should be so proud",
    "they should be in the playoffs", "she should be in the lineup", "he belongs in the top ten",
    "the bill should be dropped", "this law should be repealed", "the vote should be delayed",
    "free him, he did nothing wrong",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit she got arrested lmaooo", "damn i'm fired up", "fuck i should be asleep",
    "shit this is wild", "hell yeah we won", "fucking finally the weekend",
)
