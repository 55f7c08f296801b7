"""The twelfth HateCheck-style probe's tuning lines (issue 8, hatecheck12): English (and
Italian where the shape exists) misses the eleventh round left: a singular-noun idiom
followed by a comma and more, a group with a modal and a death verb, a pronoun insult
after a group was named, "sick and should be cured", "deserve to be murdered", "can never
be trusted" of a singular group noun, "is a terrorist" said of every member, and a "why do
X always complain" question; with clean contrasts (news, counter-speech, quoting, help).
Written before any rule code was read. kind = language and functionality.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # a singular-noun idiom followed by a comma and more
    (True, "en-idiom", "never trust a migrant, they all lie"),
    (True, "en-idiom", "never trust a refugee, they are all thieves"),
    (True, "en-idiom", "you can never trust a foreigner, they always cheat"),
    (True, "en-idiom", "never trust a gypsy, they will rob you blind"),
    (True, "en-idiom", "don't ever trust an arab, not one of them"),
    # a group, a modal and a death verb
    (True, "en-death", "every refugee should drown"),
    (True, "en-death", "all refugees should drown"),
    (True, "en-death", "all muslims should burn"),
    (True, "en-death", "every immigrant should just die"),
    (True, "en-death", "gays should all hang"),
    (True, "en-death", "trans people must die"),
    (True, "it-death", "tutti i migranti dovrebbero annegare"),
    (True, "it-death", "gli zingari devono morire"),
    # a pronoun insult after the group was named
    (True, "en-pronoun", "immigrants? they're shameless liars"),
    (True, "en-pronoun", "I've met plenty of muslims. they're shameless liars"),
    (True, "en-pronoun", "don't talk to me about refugees, they are filthy parasites"),
    (True, "en-pronoun", "jews again. they're all greedy liars"),
    # sick and should be cured
    (True, "en-cure", "gays are sick and should be cured"),
    (True, "en-cure", "trans people are mentally ill and need to be fixed"),
    (True, "en-cure", "homosexuals are diseased and must be cured"),
    (True, "it-cure", "i gay sono malati e vanno curati"),
    # deserve to be murdered
    (True, "en-deserve", "gay people deserve to be murdered"),
    (True, "en-deserve", "muslims deserve to be slaughtered"),
    (True, "en-deserve", "every refugee deserves to be shot"),
    (True, "it-deserve", "i musulmani meritano di essere ammazzati"),
    # can never be trusted
    (True, "en-trust", "a refugee can never be trusted"),
    (True, "en-trust", "a muslim can never be trusted"),
    (True, "en-trust", "immigrants can never be trusted"),
    # is a terrorist, of every member
    (True, "en-terror", "every muslim is a terrorist"),
    (True, "en-terror", "all muslims are terrorists"),
    (True, "en-terror", "every arab is a terrorist"),
    # why do X always complain
    (True, "en-complain", "why do disabled people always complain about everything?"),
    (True, "en-complain", "why do women always whine about everything?"),
    (True, "en-complain", "why do immigrants always complain so much?"),
    # clean contrasts
    (False, "en-idiom", "never trust a migrant, they all lie is what my racist uncle says"),
    (False, "en-idiom", "never trust a used car salesman, they all lie"),
    (False, "en-idiom", "never trust a weather app, they all lie"),
    (False, "en-idiom", "a migrant, they said, was found at the border"),
    (False, "en-death", "refugees should not drown"),
    (False, "en-death", "every refugee should get help"),
    (False, "en-death", "no refugee should drown in the mediterranean"),
    (False, "en-death", "all refugees should be safe"),
    (False, "en-death", "hundreds of refugees drowned off the coast last night"),
    (False, "en-death", "saying all refugees should drown is monstrous"),
    (False, "en-death", "my plants should die soon if I keep forgetting them"),
    (False, "it-death", "nessun migrante dovrebbe annegare"),
    (False, "it-death", "i migranti non devono morire in mare"),
    (False, "en-pronoun", "immigrants? they're hard workers"),
    (False, "en-pronoun", "I read about muslims in history class. they're fascinating"),
    (False, "en-pronoun", "politicians? they're shameless liars"),
    (False, "en-cure", "gays are not sick and should not be cured"),
    (False, "en-cure", "my cat is sick and should be cured soon"),
    (False, "en-cure", "the idea that gays are sick and should be cured is pseudoscience"),
    (False, "it-cure", "mia nonna è malata e va curata"),
    (False, "en-deserve", "gay people deserve to be loved"),
    (False, "en-deserve", "nobody deserves to be murdered for being gay"),
    (False, "en-deserve", "muslims deserve to be treated with respect"),
    (False, "it-deserve", "i musulmani meritano di essere rispettati"),
    (False, "en-trust", "a refugee can always be trusted to help a neighbour"),
    (False, "en-trust", "a liar can never be trusted"),
    (False, "en-trust", "the old bridge can never be trusted in winter"),
    (False, "en-terror", "the police said the attacker was a terrorist"),
    (False, "en-terror", "not every muslim is a terrorist, stop it"),
    (False, "en-terror", "the idea that every muslim is a terrorist is bigotry"),
    (False, "en-terror", "the terrorist was arrested in paris"),
    (False, "en-complain", "why do disabled people have to fight for ramps?"),
    (False, "en-complain", "why do people always complain about the weather?"),
    (False, "en-complain", "why do my kids always complain about vegetables lol"),
    (False, "en-prof", "fucking hell, every refugee story on the news is heartbreaking"),
)
