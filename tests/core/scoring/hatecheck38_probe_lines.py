"""The hatecheck38 probe (issue 8): English hate against identity groups that keeps a
group away from children, places or the writer, on a condition or as a demand ("gay
people shouldn't be around kids", "if you're gay don't talk to me", "if ur muslim
unfollow me", "no muslims in my friend list"), and clean lines that look alike (the
same frames on a non-group condition or a thing, behaviour rules, support and
counter-speech, denied, asked, reported, the writer's own group). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group said not to be near or around children or people
    "gay people shouldn't be around kids", "gay men should not be near children",
    "muslims shouldn't be around our kids", "trans people should stay away from kids",
    "trans people shouldnt be anywhere near kids", "lesbians shouldn't be around little girls",
    "immigrants should stay away from our neighborhood", "gays should never be around children",
    "jews should not be around our families", "trans women shouldn't be near young girls",
    "black people should stay away from our town",
    "disabled people shouldn't be around normal kids",
    # "if you're <group>, don't / unfollow / leave / block"
    "if you're gay don't talk to me", "if ur muslim unfollow me",
    "if you're trans don't follow me", "if ur gay unfollow me",
    "if you are muslim leave my page", "if ur black dont message me",
    "if you're a lesbian block me now", "if youre gay dont dm me",
    "if you're a muslim dont even talk to me", "if you're jewish stay away from me",
    "if ur an immigrant dont come near me", "if you are trans just unfollow",
    # "no <group> (allowed) in my X"
    "no muslims in my friend list", "no trans people in my dms", "no blacks in my friend list",
    "no jews on my timeline", "no homos allowed in my group chat", "no gays in my house",
    "no immigrants on my street", "no muslims near my kids",
    # kept away, older shapes
    "keep gay people away from me", "keep trans people away from our children",
    "i don't want gay people near my kids",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames on a non-group condition or a thing
    "if you're sick don't talk to me", "if you're under 13 leave the server",
    "keep knives away from children", "no spoilers allowed in this channel",
    "dogs shouldn't be around small kids", "smokers should stay away from kids",
    "no phones allowed in class", "if ur tired just go to bed",
    "if you're a fan of the show don't spoil it", "no cops in my dms",
    # rules about behaviour
    "if you're racist unfollow me", "if you're homophobic don't talk to me",
    "no homophobes in my friend list", "no bigots allowed in my server",
    # support and counter-speech
    "gay people are great around kids", "saying gay people shouldn't be around kids is hateful",
    "gay people should be around kids as much as anyone",
    "people who say gay people shouldn't be around kids are bigots",
    "if you're gay you're welcome here", "if you're muslim, eid mubarak!",
    "if you're trans, you are loved", "if you're gay and lonely dm me",
    # denied, asked, reported, the writer's own
    "no one thinks gay people shouldn't be around kids", "should gay people be around kids?",
    "my uncle says gay people shouldn't be around kids smh",
    "if you're gay like me, welcome!", "i'm gay, if you don't like it unfollow me",
    # the group's words elsewhere
    "trans people shouldn't be afraid to go outside", "muslims shouldn't be treated this way",
    "no muslims were harmed in this video", "lesbians should stay hydrated lol",
    "immigrants should stay away from scam lawyers",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this server is fun", "fuck yeah new followers", "damn this chat is wild lmao",
    "shit i forgot my charger", "fucking love this song", "hell yeah we're back",
)
