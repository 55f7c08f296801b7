"""The hatecheck23 held-back batch (issue 8): written with the probe, before any rule, in
its shapes with other wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # spelling variations
    "i hate muslmis", "wmoen are trash", "immigrnts are vermin", "womenaredisgusting",
    "ihatemuslims", "i h a t e gay people", "gay people are t r a s h",
    "musl1ms are scum", "j3ws are rats", "refugeeees are disgusting", "blakc people are animals",
    "disabeld people are useless", "tr@nny freaks should die", "imm1grants are filth",
    # pronoun reference
    "I've met many women. They are all stupid.", "Immigrants keep coming. They are parasites.",
    "Refugees? I want them out.", "Black people moved in next door. I can't stand them.",
    "Look at all these muslims. They make me sick.",
    "Disabled people get benefits. They are leeches.",
    "I know a few jews. I despise every one of them.", "Gay people again. Get rid of them.",
    # openers and multi-word groups
    "honestly, jews should go back", "ngl, women should leave", "asylum seekers should leave",
    "frankly, gay people should go back", "not a single muslim is trustworthy",
    "not one refugee is honest", "no jew is worth anything", "asylum seekers are vermin",
    "to be honest, immigrants should go back",
    # threats
    "I will beat up any muslim I see", "the next refugee I see is getting hurt",
    "we should burn their churches", "any jew who walks in here is dead",
    "if I see a gay couple tonight they're dead", "I'm going to stab the next woman who talks back",
    "we should torch their homes, those immigrants", "I can't wait to hurt some refugees",
    "we'll make sure no muslim survives this", "the next trans person i see is getting punched",
)

HELD_CLEAN: tuple[str, ...] = (
    # counter-speech
    "writing 'the next refugee I see is getting hurt' is a crime",
    "anyone who says muslims should go back should be ashamed",
    "\"gay people are trash\" is not an opinion, it's hate",
    "he posted that he'd beat up any muslim he sees and got banned",
    "stop saying that not one refugee is honest, it's a lie",
    # typos in friendly lines
    "muslmis celebrate eid", "imigrants are welcome here", "wmoen are amazing athletes",
    "refugeeees need our help", "jewsih holidays are lovely",
    # pests and things
    "sewer rats are vermin", "I hate cockroaches", "the next fly I see is getting swatted",
    "I will squash any spider I see", "we should burn the dead leaves",
    "wasps? I can't stand them.", "Seagulls everywhere. Get rid of them.",
    "not one of these printers is worth anything", "honestly, the students should go back to class",
    "dogs should not be allowed on the sofa",
    "toddlers should not be allowed near the fireplace",
    "not a single lawyer is honest",
    # group talk with no hostility
    "I've met many women. They are all so kind.", "Immigrants keep coming. They work so hard.",
    "Refugees? I want them to feel at home.", "Black people moved in next door. They're great.",
    "the next refugee I see is getting a hug",
    "if I see a gay couple tonight I'll buy them a drink",
    "no muslim should have to hide their faith", "asylum seekers should get legal help",
    "honestly, immigrants should be proud", "not a single refugee I met was rude",
    "we should visit their mosques to learn more", "any jew who walks in here is welcome",
    "I'd never hurt a muslim or anyone else", "not one woman in my class failed the exam",
    "trans people deserve safety", "disabled people should be able to access every building",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell that was close", "holy shit gg", "damn that's a nice car",
    "shit happens, we go again", "this pizza is fucking amazing", "oh crap i'm late",
    "hell yeah lets go",
)
