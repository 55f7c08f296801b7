"""The insults21 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "go back to your mum's basement", "go back to your momma's basement loser",
    "head back to your mom's basement", "go back to your cot, your parents are calling you",
    "go back to your nap, grown ups are busy", "back to your playpen, toddler",
    "go back to your cradle", "go back to sucking your mommy's tit",
    "get back to your mother's basement and your video games",
    "go crawl back into your mom's basement", "run along, little girl",
    "run along, the adults are talking", "isn't it way past your bedtime kid",
    "shouldn't you be in school, little boy", "another basement dweller living with his mommy",
    "you live in your parents' basement and it shows",
    "written from his mother's basement, no doubt",
    "you're still living in your mum's basement at 40",
    "the iq of a houseplant, that's what you have", "you have the iq of a brick",
    "your iq can't be higher than 50", "your iq is lower than your shoe size",
    "you have an iq of maybe 60", "with an iq like yours you should stay quiet",
    "you have the brains of a sack of rocks", "you have the intelligence of a fence post",
    "you have the mind of a five year old", "you have the reading level of a first grader",
    "you sound smarter when you keep quiet", "you aren't half as clever as you think you are",
    "you're not the brightest bulb in the box", "you are not the sharpest knife in the drawer",
    "your only brain cell is fighting for its life", "you're as sharp as a bowling ball",
    "you were dropped on your head as a kid, weren't you",
    "your mother must have dropped you on your head",
    "did your mom drink during the pregnancy?", "you have the wit of a wet sponge",
    "a rock has a higher iq than you", "you're as clever as a bag of hammers",
)

HELD_CLEAN: tuple[str, ...] = (
    "i lived in my mom's basement for two years after college",
    "our basement is finally finished", "go back to the home screen and tap settings",
    "i'm going back to bed, i'm sick", "she went back to her crib and slept",
    "go back to your room and get your shoes, we're late",
    "back to the playpen for the puppy", "the toddler ran along the path",
    "let the adults talk, she told the kids", "it's way past my bedtime lol",
    "shouldn't you be on holiday? enjoy it", "my son still lives in my basement, rent free",
    "they rent out their mother's basement", "he moved into his mom's basement to save money",
    "the basement tenants are lovely", "i'm heading back to my parents' tomorrow",
    "iq is a poor measure of worth", "his iq was tested at 130 as a child",
    "the study compared the iq of twins", "you have the iq to do this job well",
    "you have the courage of a lion", "you have the voice of an angel",
    "you have the eyes of your mother", "you're smarter than you give yourself credit for",
    "you are the sharpest person in this thread", "i have the memory of a goldfish",
    "i'm not the sharpest tool in the shed, but i try", "my last brain cell is on strike today",
    "i must have been dropped on my head, i forgot my keys again",
    "the scientist has the mind of a genius", "she has the intelligence to run the firm",
    "you're not as old as you think you are", "you're wrong about the budget figures",
    "i disagree with your reading of the bill", "you're mistaken about the dates",
    "the kid went back to sleep at noon", "my mom's basement is full of old toys",
    "run along to the store for me, would you", "the adults are talking about the game",
    "did your mom make it to the pregnancy class?",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this basement party is wild", "shit, back to bed for me",
    "damn, this iq quiz is hard as hell", "fuck me, the baby finally slept",
    "bloody hell, the crib came with no instructions", "that was a fucking great match",
)
