"""The hatecheck37 probe (issue 8): a member's place or success called undeserved because
of their identity group ("she only got the job because she's black", "he's only here
because of diversity quotas", "another diversity hire", "they only let her in because
she's a woman"), and clean lines that look alike (a reason that is no group, the writer's
own luck, the claim denied, countered, asked or reported, kind words). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # only got it because of the group
    "she only got the job because she's black", "he only got hired because he's black",
    "she only got promoted because she's a woman", "he only got in because he's gay",
    "they only let her in because she's a woman", "he only won because he's trans",
    "she only got the role because she's asian", "he only got elected because he's muslim",
    "the only reason she got hired is because she's black",
    "she only got the scholarship cause she's mexican", "he only got the job bc he's black",
    "they only hired him because he is black", "she only got picked because she is a woman",
    "he's only on the team because he's black", "she's only here because she's a woman",
    "they only accepted him because he's an immigrant", "he only got the award because he's gay",
    "she only got into yale because she's black lol",
    # only there because of quotas or diversity
    "he's only here because of diversity quotas", "she was only hired to fill a quota",
    "she only got in because of affirmative action", "he only got the job because of dei",
    "she's only here because of her race", "he only got hired because of his skin color",
    "they only hired her to meet a diversity quota",
    # a diversity hire
    "another diversity hire", "typical diversity hire", "he's a diversity hire",
    "she is such a diversity hire", "what a dei hire", "the new manager is a diversity hire",
    "our new captain is an affirmative action hire", "fire the diversity hires",
    "obvious diversity hire lol", "just another dei hire",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a reason that is no group, the writer's own
    "she only got the job because she's the boss's daughter",
    "he's only here because of the free pizza", "i only got the job because i'm bilingual",
    "he only got in because he knew the owner", "she only won because the other team forfeited",
    "i only got hired because i'm black and proud of it", "he only got promoted because he's good",
    "i'm only here because of my mom", "we only won because of the refs lol",
    "she got the job because she's qualified", "she's only here because she's bored",
    # countered, denied, asked, reported
    "diversity hires are a myth", "it's wrong to say she only got the job because she's black",
    "stop calling people diversity hires", "she's not a diversity hire, she's brilliant",
    "calling her a dei hire is racist", "did she only get the job because she's black?",
    "is he a diversity hire?", "my uncle says she only got the job because she's black smh",
    "he said she was a diversity hire, what a clown",
    "people claim she only got in because she's a woman, which is false",
    "there's no such thing as a diversity hire",
    # kind and neutral talk about the group or about hiring
    "she got the job and she's black, congrats queen",
    "proud of her, first black woman in the role",
    "our company has a diversity program", "diversity makes the team stronger",
    "the quota for tickets is filled", "i hire for skill, not for looks",
    "gay people are great around kids", "she's a woman and she's the best coder here",
    "affirmative action helped a lot of students", "he's black and he got the job, amazing",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i got the job", "fuck yeah she got promoted", "damn this interview was hard",
    "shit i forgot my badge", "fucking finally hired lol", "hell yeah new job",
)
