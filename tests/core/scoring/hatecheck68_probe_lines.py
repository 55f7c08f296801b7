"""The hatecheck68 probe (issue 8): a named group kept out of work, said plainly as a rule
for the whole group ("no immigrant should ever be hired", "women should not be pilots",
"gay people shouldn't be teachers"), or by the gatekeepers told to turn the group away
("landlords should refuse muslim tenants", "companies should refuse to hire
immigrants"); and the clean lines in the same words that must stay clean (a group
defended or described, people who are no group, counter-speech, reports and questions).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group kept out of work: never hired, given jobs or let into a profession
    "no immigrant should ever be hired", "no muslim should be given a job",
    "immigrants should never be given jobs here", "women should not be hired",
    "disabled people should never be employed", "jews shouldn't be hired anywhere",
    "black people should not be offered jobs", "refugees must never be given work",
    "gay people should not be teachers", "trans women shouldn't be nurses",
    "women should never be pilots", "muslims should not be police officers",
    "a woman should never be a surgeon", "no jew should ever be a judge",
    "no black man should be a doctor", "an immigrant should never be a teacher",
    "honestly, women should not be engineers", "gays must not be teachers",
    "trans people shouldnt be hired", "no refugee should be offered a job",
    "a muslim should never be hired", "asians should not be given jobs here",
    "women shouldn't be in charge", "disabled people should not be teachers",
    "immigrants must not be employed in this country",
    # the gatekeepers told to turn the group away
    "landlords should refuse muslim tenants", "companies should refuse to hire immigrants",
    "employers should refuse to hire trans people", "no company should hire disabled people",
    "schools should refuse to admit gay kids", "businesses should never hire jews",
    "landlords should refuse to rent to black families", "no landlord should rent to immigrants",
    "shops should refuse to serve muslims", "hospitals should stop hiring immigrants",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the group defended or described
    "no immigrant should be denied a job", "immigrants should be given jobs",
    "refugees were given jobs here last year", "women should be hired more often",
    "gay people should be teachers if they want", "no woman should be paid less than a man",
    "no disabled person should be denied work", "disabled people belong in every workplace",
    "a woman should never be afraid to apply for a job",
    "black people should not be given worse jobs", "women should not be underpaid",
    "immigrants should not be exploited at work",
    "trans people should be hired on merit like anyone else",
    "no muslim should be refused a job because of a headscarf",
    # people, roles and things that are no group
    "no intern should ever be given admin rights", "my brother should never be hired",
    "students should not be teachers", "criminals should not be teachers",
    "nobody should be hired because of their religion", "i would never hire a liar",
    "companies should refuse to hire racists", "landlords should refuse to rent to drug dealers",
    "no company should hire unpaid interns", "shops should refuse to serve drunk customers",
    "my cousin shouldn't be a teacher, she hates kids",
    "employers should never refuse to hire immigrants",
    # counter-speech, reports and questions
    "saying gays shouldn't be teachers is bigoted",
    "he said muslims should not be police officers",
    "people who think women shouldn't be pilots are wrong",
    "should immigrants be given jobs?", "why shouldn't women be surgeons?",
    "the idea that jews shouldn't be judges is vile",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit i finally got hired", "fuck yeah i got the job", "damn this job market is brutal",
    "shit, i should never have taken this job lol", "hell yeah we're hiring",
    "fucking finally, the new nurses start monday",
)
