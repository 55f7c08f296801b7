"""The hatecheck38 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gay people should not be anywhere near children", "trans people shouldnt be around kids ever",
    "muslims should stay away from our children", "gay men should never be around boys",
    "lesbians should keep away from our daughters", "trans folks should not be near kids",
    "jews shouldn't be around our kids", "immigrants shouldnt be near our schools",
    "gays shouldnt be near kids period", "black men should stay away from our women",
    "queer people shouldn't be around children", "disabled people should stay away from us",
    "transgenders shouldnt be around little kids", "muslim men shouldn't be near our girls",
    "gay people should stay away from my kids",
    "if you're gay dont text me", "if u r muslim unfollow", "if ur trans dont talk to me",
    "if you're black don't follow me", "if youre a muslim block me",
    "if you are gay leave my page", "if you're jewish dont dm me",
    "if ur lesbian unfollow me rn", "if you're an immigrant don't message me",
    "if you are a trans person dont talk to me", "if ur gay dont come near me",
    "if you're muslim get away from me", "if you're disabled dont follow me",
    "no gays in my friend list", "no muslims on my page", "no trans people in my server",
    "no jews in my dms", "no immigrants in my neighborhood", "no black people in my house",
    "no lesbians allowed in my chat", "no fags in my group", "no muslims allowed on my timeline",
    "keep muslims away from me", "i dont want trans people near my children",
    "don't let muslims near your kids",
)

HELD_CLEAN: tuple[str, ...] = (
    "if you're sick stay home", "if you're under 18 leave this chat", "keep matches away from kids",
    "no spoilers in my dms please", "gay people are wonderful with kids",
    "claiming muslims shouldn't be around kids is bigotry", "if you're homophobic unfollow me",
    "my aunt thinks trans people shouldn't be near kids, ugh", "if you're trans like me, hi!",
    "should trans people be around children?", "strangers shouldn't be around kids alone",
    "sick people should stay away from babies", "if you're transphobic don't follow me",
    "if ur gay ur welcome here", "if you're jewish, happy hanukkah!",
    "if you're black you're welcome here", "nobody says muslims shouldn't be near kids",
    "trans people can be around kids like anyone else", "no racists in my friend list",
    "no nazis allowed in my server", "no bots in my dms", "no food allowed in the lab",
    "if ur bored just log off", "if you're watching the finale don't talk to me lol",
    "i'm muslim, if that bothers you unfollow me", "gay people shouldn't be scared around kids",
    "immigrants shouldn't be treated like criminals",
    "people who say trans people shouldn't be around kids are bigots",
    "if you're gay and need to talk, dm me", "no jews were mentioned in this thread",
    "if you're muslim and fasting, stay strong", "keep the kids away from the pool",
    "no muslims? that's a weird rule", "why do people say gay people shouldn't be around kids?",
    "it's wrong to say muslims shouldn't be near schools",
    "gay people should be around kids more, they're great role models", "if you're lonely dm me",
    "no politics allowed in this server", "if you're a bigot stay away from me",
    "my gay friends are great around my kids",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that was fast", "fuck yes finally", "damn i love this server",
    "shit my wifi died again", "fucking hell that's funny", "hell yeah new emotes",
)
