"""The hatecheck33 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "refugees are feckless", "muslims are shiftless", "immigrants are conniving",
    "trans people are gormless", "jews are uncouth", "women are slovenly",
    "gay people are insipid", "black people are boorish", "muslims are craven",
    "disabled people are loutish", "women are venal", "refugees are duplicitous",
    "immigrants are witless", "trans people are oafish", "gay people are grubby",
    "women are perfidious", "muslims are mendacious", "immigrants are so shifty",
    "jews are grasping", "black people are feckless and lazy",
    "I saw a group of immigrants. They were so uncouth.",
    "refugees are all a burden", "women are all just a burden",
    "I have a disabled brother, they are all a burden", "immigrants are just a burden",
    "muslims are nothing but a burden", "gay people are all a burden",
    "some refugees moved in next door. they are all a burden.", "jews are all a burden",
    "disabled people are just a burden on everyone", "trans people are simply a burden",
    "women are really just a burden", "black people are nothing but a burden",
    "the disabled are just a burden", "immigrants are all such a burden",
    "I work with a few muslims, they are just a burden", "refugees are all just a burden",
    "my aunt is disabled. they are all a burden", "gay people are really just a burden",
    "trans people are all a burden to society",
)

HELD_CLEAN: tuple[str, ...] = (
    "my cat is feckless", "bankers are conniving", "i felt so gormless in that meeting",
    "the soup was insipid", "my car is grubby", "the manager was craven",
    "that movie was insipid", "celebrities are venal", "i am so slovenly lol",
    "the lawyers were duplicitous", "refugees are not feckless",
    "muslims are not uncouth, stop it", "are immigrants conniving? no",
    "claiming jews are grasping is antisemitic",
    "she wrote that women are gormless and was fired", "refugees are resilient",
    "gay people are lovely", "trans people are not a burden",
    "these chores are all a burden", "we are all just a burden sometimes",
    "i feel like i'm a burden to my family", "my debts are nothing but a burden",
    "the fees are all a burden", "these meetings are just a burden",
    "immigrants are never a burden", "why do people think refugees are all a burden?",
    "calling disabled people a burden is vile", "my brother is disabled and he is great",
    "the new taxes are all a burden on farmers", "immigrants are all welcome here",
    "these reports are simply a burden", "heavy bags are just a burden on trips",
    "politicians are all a burden", "my homework is all a burden",
    "the disabled parking spots are all taken", "the loud neighbours are shiftless",
    "my teammates are oafish lol", "the spam emails are just a burden",
    "muslims are welcome in our town", "jews are part of our community",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a goal", "fuck me that was close", "damn the sunset is pretty",
    "shit this cake is amazing", "hell yeah payday", "fucking love this song",
)
