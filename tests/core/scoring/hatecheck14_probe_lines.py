"""The hatecheck14 probe's tuning lines (issue 8): the NON-hateful functions of the
English HateCheck and the Italian Multilingual HateCheck (friendly profanity near a group
or a person, counter-speech and quotes, negated hate, neutral and positive identity
mentions), their hateful contrasts (profanity aimed at the group must stay flagged), and
the hateful shapes hatecheck13 and italian12 left missed. Written before any rule code
was read. kind = "en-"/"it-" and the function; "profanity_nh" = friendly swearing beside
a group or a person, never aimed at them.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # friendly profanity beside a group or a person (English)
    (False, "en-profanity_nh", "shit, the muslim bakery is closed today"),
    (False, "en-profanity_nh", "fuck yeah, the gay pride parade was amazing"),
    (False, "en-profanity_nh", "holy shit my trans friend just got into med school"),
    (False, "en-profanity_nh", "damn, my jewish neighbour makes the best bagels"),
    (False, "en-profanity_nh", "fucking hell, the bus to the mosque is late again"),
    (False, "en-profanity_nh", "shit, i forgot my black coworker's birthday"),
    (False, "en-profanity_nh", "holy fuck, my lesbian aunt just won the lottery"),
    (False, "en-profanity_nh", "fuck, i missed the women's final last night"),
    (False, "en-profanity_nh", "damn, those immigrant chefs cook like gods"),
    (False, "en-profanity_nh", "shit yeah, my disabled cousin finished the marathon"),
    (False, "en-profanity_nh", "fuck me, the refugee choir sounded incredible"),
    (False, "en-profanity_nh", "holy shit, the muslim students won the debate"),
    (False, "en-profanity_nh", "fucking finally, my gay best friend got married"),
    (False, "en-profanity_nh", "ah shit, i spilled coffee on my trans roommate's notes"),
    (False, "en-profanity_nh", "damn it, the women's shelter needs more volunteers"),
    (False, "en-profanity_nh", "bloody hell, the jewish deli ran out of pastrami"),
    # friendly profanity beside a group or a person (Italian)
    (False, "it-profanity_nh", "vaffanculo la sfortuna"),
    (False, "it-profanity_nh", "cazzo, i miei vicini musulmani cucinano benissimo"),
    (False, "it-profanity_nh", "merda, ho perso il treno per andare dal mio amico gay"),
    (False, "it-profanity_nh", "porca miseria, la mia collega ebrea ha vinto il premio"),
    (False, "it-profanity_nh", "cazzo che bello il gay pride di quest'anno"),
    (False, "it-profanity_nh", "minchia, il ristorante dei rifugiati è fantastico"),
    (False, "it-profanity_nh", "merda, ho dimenticato il compleanno della mia amica trans"),
    (False, "it-profanity_nh", "porca troia, le donne della squadra hanno vinto il campionato"),
    (False, "it-profanity_nh", "cazzo, mio cugino disabile ha finito la maratona"),
    (False, "it-profanity_nh", "vaffanculo al traffico, arrivo tardi dai miei amici immigrati"),
    (False, "it-profanity_nh", "porco cane, la moschea è chiusa oggi"),
    (False, "it-profanity_nh", "che cazzo di bravura, quella cantante nera"),
    (False, "it-profanity_nh", "merda, piove proprio il giorno della festa rom"),
    (False, "it-profanity_nh", "cavolo, la mia vicina lesbica mi ha portato una torta"),
    # profanity aimed at the group stays flagged
    (True, "en-profanity_h", "fuck muslims"),
    (True, "en-profanity_h", "gay people are shit"),
    (True, "en-profanity_h", "fuck all the trans freaks"),
    (True, "en-profanity_h", "immigrants are fucking parasites"),
    (True, "it-profanity_h", "fanculo gli ebrei"),
    (True, "it-profanity_h", "i gay sono una merda"),
    (True, "it-profanity_h", "vaffanculo ai musulmani"),
    (True, "it-profanity_h", "immigrati del cazzo"),
    # counter-speech, quotes, negated hate (English)
    (False, "en-counter", "no one should kill muslims"),
    (False, "en-counter", "I'm sick of hearing that women are stupid"),
    (False, "en-counter", "If you call immigrants rats, you are a bigot"),
    (False, "en-counter", "saying that gay people are diseased is disgusting"),
    (False, "en-counter", "stop telling people that black people are lazy"),
    (False, "en-counter", "nobody deserves to be hurt for being trans"),
    (False, "en-counter", "it is wrong to say that jews are greedy"),
    (False, "en-negated", "I would never hurt a muslim"),
    (False, "en-negated", "women are not inferior to men"),
    (False, "en-negated", "refugees are not criminals"),
    (False, "en-neutral", "my neighbour is a muslim woman who teaches maths"),
    (False, "en-positive", "trans people are some of the bravest people I know"),
    # counter-speech, quotes, negated hate (Italian)
    (False, "it-counter", "nessuno dovrebbe uccidere i musulmani"),
    (False, "it-counter", "sono stufo di sentire che le donne sono stupide"),
    (False, "it-counter", "se chiami gli immigrati ratti sei un razzista"),
    (False, "it-counter", "dire che i gay sono malati è vergognoso"),
    (False, "it-counter", "smettetela di dire che i neri sono pigri"),
    (False, "it-counter", "nessuno merita di essere picchiato perché è trans"),
    (False, "it-negated", "non farei mai del male a un musulmano"),
    (False, "it-negated", "le donne non sono inferiori agli uomini"),
    (False, "it-negated", "i rifugiati non sono criminali"),
    (False, "it-positive", "le persone trans sono coraggiosissime"),
    # the hateful misses hatecheck13 and italian12 left
    (True, "en-attrib", "women are emotional and irrational"),
    (True, "en-threat", "refugees should be left to drown"),
    (True, "en-negpos", "a roma will never be honest"),
    (True, "en-distrust", "don't ever believe a muslim, they lie to your face"),
    (True, "en-attrib", "black people are naturally lazy"),
    (True, "it-emote", "provo schifo per i gay"),
    (True, "it-negpos", "nessun musulmano è una brava persona"),
    (True, "it-threat", "le donne come te andrebbero prese a botte"),
    (True, "it-exclude", "i musulmani sono da evitare"),
    # the same shapes, fresh wording
    (True, "en-attrib", "muslims are violent and backward"),
    (True, "en-threat", "immigrants should be left to starve"),
    (True, "en-negpos", "a jew will never be generous"),
    (True, "en-distrust", "never trust a gay man, they will stab you in the back"),
    (True, "en-attrib", "women are naturally weak"),
    (True, "it-emote", "provo disgusto per le donne"),
    (True, "it-negpos", "nessun immigrato è una persona onesta"),
    (True, "it-threat", "i gay come te andrebbero presi a calci"),
    (True, "it-exclude", "gli zingari sono da evitare"),
)
