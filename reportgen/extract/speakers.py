"""Who said each quote: a triple's source phrase resolved to an actor through the referents.

:func:`resolve` turns the source phrase of a triple (:mod:`triples`) into an actor: a name, a pronoun,
a relative "who", a description such as "the ministry" or "the Texan", or nobody when the text names
nobody ("a source said"). :func:`resolve_all` resolves an article's triples in text order, hands a
leader's speaker down to the quotes that follow it, and gives a quote that repeats another (a headline,
a teaser) that quote's speaker.

Every way of resolving is a rule of the registry (``quotes.source-*``, ``quotes.continues``,
``quotes.repeated``), recorded on the Doc where it applied, with the speaker it gave.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from reportgen.brief import Actor
from reportgen.brief.model import BODY_TYPES
from reportgen.extract import lexicon
from reportgen.extract.grammar import ANY_SUBJECTS, SUBJECTS
from reportgen.extract.layout import layout_of, sentence_of, span_text
from reportgen.extract.names import state_named
from reportgen.extract.referents import Referents, unnamed_noun
from reportgen.extract.rules import Rule, fire, rule
from reportgen.extract.triples import (
    INTRODUCED_BEFORE,
    PREVIOUS_PARAGRAPH,
    REPORTED_BEFORE,
    SAME_PARAGRAPH,
    SENTENCE_SUBJECT,
    UNFOUND,
    WORD,
    QuoteTriple,
    is_title_word,
)


@dataclass(frozen=True)
class Attribution:
    """A triple resolved: the speaker (or nobody) and the resolving rule."""

    triple: QuoteTriple
    speaker: Actor | None
    rule: Rule
    #: How the text describes the speaker when it names nobody ("a senior official"), else None.
    unnamed: str | None = None


# --- resolving rules -----------------------------------------------------------------------------

REPEATED = rule(
    "quotes.repeated", "An unattributed quote that repeats an attributed one (a headline, a teaser) is "
    "the same speaker's.",
    examples=[("“Nobody will be left behind here”\n\n"
               "“Nobody will be left behind,” Ana Ruiz told the rally on Sunday.",
               {"quote": "behind here", "speaker": "Ana Ruiz"}),
              ("Tomas Reyes opened the harbour meeting on Monday.\n\n“We are vetting every single candidate "
               "for the harbour board”\n\nThe mood was upbeat. “We are vetting every single candidate for "
               "the board now!” said Ana Ruiz, the board's chair.",
               {"quote": "the harbour board", "speaker": "Ana Ruiz"}),
              ("Tomas Reyes opened the harbour meeting on Monday. “We are vetting every single candidate for "
               "the board now,” said Ana Ruiz, the board's chair.\n\nReyes listened from the back of the "
               "room.\n\n“We are vetting every single candidate for the board now.” “Nobody gets a "
               "seat without a long interview with all of us.”",
               {"quote": "Nobody gets a seat", "speaker": "Ana Ruiz"}),
              ("Harbour row: “Is that really all there is, then?”; unions say the plan is thin\n\n“Is that "
               "really all there is? We need a new harbour master, fast!” Ana Ruiz said on Monday.",
               {"quote": "there is, then", "speaker": "Ana Ruiz"})],
    counter=[("“The leading candidate shows up in a small town like that? It is a good day for the harbour,” "
              "Ana Ruiz said.\n\nThe towns lie far from the coast. “That is a tough area.”",
              {"quote": "That is a tough area", "speaker": None}),
             ("“I do not know the board, and exactly who sits on it is a secret,” Ana Ruiz said.\n\n"
              "“We will see,” Tomas Reyes said after the meeting. “I do not know, exactly.”",
              {"quote": "I do not know, exactly", "speaker": "Tomas Reyes"}),
             ("Ruiz vows port “will stay open all winter”\n\nAna Ruiz spoke on Monday. “The port will not "
              "stay open all winter, whatever she says,” Tomas Reyes said on Monday.",
              {"quote": "will stay open all winter", "speaker": "Ana Ruiz"})])



SOURCE_NAMED = rule(
    "quotes.source-named", "A source phrase that holds a name is that actor (“host Ana Ruiz”, "
    "“Army Capt. Tomas Reyes”), or its apposition: the name set after a description (“Hale's barrister, "
    "Ann Roe, said”), also when the parser hung both on a fronted phrase (“Outside court, ...”).",
    examples=[("“The bridge is safe,” said city engineer Ana Ruiz.", {"quote": "bridge is safe",
                                                                   "speaker": "Ana Ruiz"}),
              ("Fraud\n\nGraham Petherick, 57, was jailed for six years on Friday.\n\nOutside court, "
               "Petherick's barrister, Simon Ashworth KC, said: “We will lodge an appeal within 28 days.”",
               {"quote": "We will lodge an appeal", "speaker": "Simon Ashworth"})])
SOURCE_PRONOUN = rule(
    "quotes.source-pronoun", "“He”/“she” as a source is the last person of that gender the text "
    "named; “it” and “they” a body named just before.",
    examples=[("Ana Ruiz visited the depot on Monday. “We need more buses,” she said.",
               {"quote": "We need more buses", "speaker": "Ana Ruiz"})])
SOURCE_RELATIVE = rule(
    "quotes.source-relative", "“who” as a source is the person the relative clause describes.",
    examples=[("Ana Ruiz, who said the plan was “a disaster for every family,” left early.",
               {"quote": "a disaster for every family", "speaker": "Ana Ruiz"}),
              ("Photo row\n\nAna Ruiz posted a photo on Monday. Ruiz added a caption which reads, “The "
               "bridge is finally open to every family in town.”",
               {"quote": "The bridge is finally open", "speaker": "Ana Ruiz"})])
SOURCE_DESCRIPTION = rule(
    "quotes.source-description", "A description as a source (“the minister”, “the ministry”, “the "
    "Texan”) is the actor the text described so.",
    examples=[("Transport minister Ana Ruiz visited the depot. “We need more buses,” the minister said.",
               {"quote": "We need more buses", "speaker": "Ana Ruiz"}),
              # an office of the class the description names (people.yaml office_classes), never one
              # another title qualifies ("Justice Minister")
              ("Magistrate Áine Mulcahy remanded Mr Moorhouse in custody. Justice Minister Tom Reyes said "
               "the law would change.\n\n“You have sat through distressing evidence with great care,” the "
               "judge said.", {"quote": "You have sat through", "speaker": "Áine Mulcahy"}),
              ("Sen. Ana Ruiz, D-Ohio, defended the wage bill on Saturday.\n\n“I apologize to nobody for "
               "that,” the senator said.", {"quote": "I apologize to nobody", "speaker": "Ana Ruiz"}),
              ("The measure's chief sponsor, Senate Majority Leader Curtis Renfro, said Republicans had the "
               "votes.\n\nAsked whether any senators had wavered, the Republican leader added: “Not one. We "
               "will see her on the 28th.”",
               {"quote": "Not one. We will see her", "speaker": "Curtis Renfro"}),
              # a judge by the judicial style (people.yaml honorific_continuations), named so
              ("Sentencing\n\nMrs Justice Penhallow fined the firm on Tuesday. “This was no accident,” the "
               "judge said.", {"quote": "This was no accident", "speaker": "Mrs Justice Penhallow",
                               "actor": "Mrs Justice Penhallow", "aliases": ["Penhallow"]}),
              ("Tomas Reyes bought the old harbour in May. “It was a bargain,” the shipping tycoon said.",
               {"quote": "It was a bargain", "speaker": "Tomas Reyes"}),
              ("Ana Ruiz opened the new depot on Monday. “It took ten years,” said the 61-year-old.",
               {"quote": "It took ten years", "speaker": "Ana Ruiz"}),
              ("Race report\n\nLuca Bellini said the rider had trained in Milan. “He has lost time in every "
               "time trial,” the Italian admitted.",  # a demonym as a noun (places.yaml demonyms)
               {"quote": "He has lost time", "speaker": "Luca Bellini"}),
              ("Tomas Reyes spoke next. Sen. Ana Ruiz spoke first. “The harbour is run by amateurs,” the "
               "senator said.",  # an abbreviated title is the same office (people.yaml title_expansions)
               {"quote": "The harbour is run", "speaker": "Ana Ruiz"}),
              ("Ana Ruiz met the board. The Harbour Gazette called on the mayor to resign. “He has lost the "
               "town's trust,” the weekly newspaper wrote.",  # a medium by what it is (medium_nouns)
               {"quote": "He has lost the town", "speaker": "Harbour Gazette"}),
              ("Truce\n\nThe Special Envoy of the United Nations for the Sahel, Ana Ruiz, warned that the "
               "truce would fail. “Every week without a ceasefire costs lives,” the Chilean diplomat added.",
               {"quote": "Every week without a ceasefire", "speaker": "Ana Ruiz"}),  # (office_classes)
              ("Rates\n\nThe Harbour Reserve Bank cut its rate on Monday. Harbour Reserve Bank Governor Ana "
               "Ruiz spoke after. “Growth has slowed,” the bank said.",  # a body's word is no one's office
               {"quote": "Growth has slowed", "speaker": "Harbour Reserve Bank"}),
              ("Rates\n\nGovernor Ana Ruiz spoke first. Deputy Governor Tomas Reyes sat beside her. The "
               "Governor said the rand was “doing some of the work”.",  # a deputy's is another office
               {"quote": "doing some of the work", "speaker": "Ana Ruiz"}),
              ("Rates\n\nGovernor Ana Ruiz spoke first. Deputy Governor Tomas Reyes sat beside her. The "
               "deputy governor said the rand was “doing some of the work”.",
               {"quote": "doing some of the work", "speaker": "Tomas Reyes"})])
INTERVIEW_ANSWER = rule(
    "quotes.interview-answer", "In an interview set out as questions and answers (“Q: ...” / “A: ...”), "
    "each answer is the interviewee's: the person who acts or speaks most often before the questions "
    "begin (the text before them must say it is an interview: a quiz or an FAQ is none).",
    examples=[("Coal exit\n\nRini Sembiring, an energy official, spoke to us in Jakarta. Sembiring said the "
               "money had not arrived.\n\nQ: Is the plan still alive?\n\nA: It is still our intention, yes."
               "\n\nQ: What would change your mind?\n\nA: Grants, or cheap loans over 30 years.",
               {"quote": "Grants, or cheap loans", "speaker": "Rini Sembiring"}),
              ("Coal exit\n\nRini Sembiring, an energy official, spoke to us in Jakarta. The interview has "
               "been edited.\n\nQ. Is the plan still alive?\n\nA. It is still our intention, yes.\n\nQ. "
               "What would change your mind?\n\nA. Grants, or cheap loans over 30 years.",  # "Q." and "A."
               {"quote": "Grants, or cheap loans", "speaker": "Rini Sembiring"})],
    counter=[("Road news\n\nQ: When does the bridge open?\n\nThe council said on Friday.",
              {"no_quote": "When does the bridge"})])
SOURCE_IN_FURNITURE = rule(
    "quotes.source-in-furniture", "A source the parser found in page furniture (a dateline it made the "
    "lead's subject: “Almaty, Kazakhstan – Ministers agreed ... that one delegate described as “...””) "
    "speaks for nobody.", effect="-",
    examples=[("Water deal agreed\n\nMinisters from five republics back a fund, but one holds out.\n\nBy Ana "
               "Ruiz\nPublished On 15 Sep 2026\n\nAlmaty, Kazakhstan – Ministers from the five states have "
               "agreed on the outline of a treaty after two days of talks that one delegate described as "
               "\"the most honest conversation we have had in 30 years\".",
               {"quote": "the most honest conversation", "speaker": None})],
    counter=[("Water deal\n\nAlmaty, Kazakhstan – Ministers agreed a treaty. \"It is the most honest deal in "
              "30 years,\" said Foreign Minister Ana Ruiz.", {"quote": "the most honest deal",
                                                             "speaker": "Ana Ruiz"})])
SOURCE_UNNAMED = rule(
    "quotes.source-unnamed", "An unnamed source (“a resident”, “one official”, “an official who asked "
    "not to be named”) is nobody the brief can name; the claim keeps how the text describes them.",
    effect="-",
    examples=[("Ana Ruiz spoke first. “We were never asked,” a resident said.",
               {"quote": "We were never asked", "speaker": None, "unnamed_speaker": "a resident"}),
              ("Ward closures\n\n“We are out of beds,” said a senior health official who was not authorised "
               "to speak publicly. “The next two weeks will be hard.”",  # the follower keeps it too
               {"quote": "The next two weeks", "speaker": None,
                "unnamed_speaker": "a senior health official who was not authorised to speak publicly"}),
              ("Ward closures\n\nOne nurse said the wards were full. “We have not slept since March,” she "
               "said.", {"quote": "We have not slept", "speaker": None, "unnamed_speaker": "one nurse"}),
              ("Talks stall\n\nA source close to the talks said the mood was grim. “Nobody expected this,” "
               "the source said.",
               {"quote": "Nobody expected", "unnamed_speaker": "a source close to the talks"}),
              ("Dispute\n\nThe firm's chief executive, Park Ji-hoon, said the move was deliberate.\n\nA "
               "Verdant employee who asked not to be named said the flaw was known. “Nobody pushed to wait,” "
               "the person said.", {"quote": "Nobody pushed to wait", "speaker": None}),
              ("Truce\n\nThe Special Envoy of the United Nations for the Sahel, Ana Ruiz, attended the "
               "talks.\n\nOne of the diplomats, who asked not to be named as the talks are confidential, "
               "described the mood as tense.\n\n“Nobody walked out, which counts as progress,” the diplomat "
               "said.",
               {"quote": "Nobody walked out", "speaker": None})],
    counter=[("Tomas Reyes said he met an aide who ran the count. “The count was fair,” he said.",
              {"quote": "The count was fair", "speaker": "Tomas Reyes"})])
SOURCE_BODY = rule(
    "quotes.source-body", "An unnamed spokesman or official of a body the phrase names (“a spokesman for "
    "the Harbour Board”, “a Harbour Board official”) speaks for that body.",
    examples=[("The Harbour Board met on Monday. “The fees will stay,” a Harbour Board official said.",
               {"quote": "The fees will stay", "speaker": "Harbour Board"}),
              ("The European Commission fined the bank on Monday. A Commission spokesperson said it “takes "
               "note of the verdict”.", {"quote": "takes note", "speaker": "European Commission"}),
              # a clause inside the speaking withholds nothing (never "... after the board was named")
              ("Port\n\nA spokesman for the Port Authority, speaking after the new board was named, told the "
               "paper that fees were “too high for the smaller operators to bear”.",
               {"quote": "too high for the smaller", "speaker": "Port Authority"})],
    counter=[("The Harbour Board met on Monday. “The fees will stay,” an official who asked not to be "
              "named said.", {"quote": "The fees will stay", "speaker": None}),
             ("Gas\n\nA senior official at the Petroleum Division, speaking on condition of anonymity, told "
              "the paper that releases were “frozen across the board”.",
              {"quote": "frozen across the board", "speaker": None})])
SOURCE_NAME_MODIFIER = rule(
    "quotes.source-name-modifier", "A person's name that only modifies the noun of an unnamed source (“one "
    "Clinton aide”, “a Trump campaign official”, “one unaligned Florida Republican strategist”) is not the "
    "speaker: the aide speaks, unnamed.", effect="-",
    examples=[("Campaign\n\nHillary Clinton spoke in Iowa on Monday. “We are confident,” a Clinton aide "
               "said.",
               {"quote": "We are confident", "speaker": None, "unnamed_speaker": "a Clinton aide"}),
              ("Campaign\n\nBernie Sanders spoke in Iowa on Monday. “We are confident,” a spokesman for "
               "Sanders said.", {"quote": "We are confident", "speaker": None})],
    counter=[("Campaign\n\nHillary Clinton spoke in Iowa on Monday. Her opponent, Tom Vale, disagreed. “We "
              "will win,” said Vale's chief strategist, Ana Ruiz.",
              {"quote": "We will win", "speaker": "Ana Ruiz"}),
             ("Campaign\n\nA spokesman for Hillary Clinton, Nick Merrill, answered. “We are confident,” "
              "said the spokesman for Clinton, Nick Merrill.", {"quote": "We are confident",
                                                                "speaker": "Nick Merrill"})])
SOURCE_NAMED_BODY = rule(
    "quotes.source-named-body", "A description headed by a body noun that holds the body's name (“the "
    "Israeli newspaper Haaretz”, “the nationalist Global Times tabloid”) is that body.",
    examples=[("Papers\n\nThe Israeli newspaper Haaretz noted that “as a matter of policy, officials do "
               "not meet with such politicians.”", {"quote": "as a matter of policy", "speaker": "Haaretz"}),
              ("Papers\n\nAs the nationalist Global Times tabloid noted on Thursday, the candidate “has "
               "earned himself a few fans in China.”",
               {"quote": "has earned himself", "speaker": "Global Times"})],
    counter=[("Papers\n\nThe newspaper, which is owned by Acme Corp, noted that “as a matter of policy, "
              "officials do not meet with such politicians.”", {"quote": "as a matter of policy",
                                                               "speaker": None})])
SOURCE_APPOSITIVE_BODY = rule(
    "quotes.source-appositive-body", "A described source with a body's name in apposition (“The owner, "
    "Piraeus-based Kerameikos Shipping SA, said”) is that body, never the last body named before.",
    examples=[("Grounding\n\nThe Aegean Harrier ran aground on Sunday. The owner, Piraeus-based Kerameikos "
               "Shipping SA, said in a statement that it was “cooperating fully with the authorities.”",
               {"quote": "cooperating fully", "speaker": "Kerameikos Shipping SA"}),
              ("Grounding\n\nThe Aegean Harrier ran aground on Sunday. The owner of the vessel, Kerameikos "
               "Shipping SA, said in a statement that it was “cooperating fully with the authorities.”",
               {"quote": "cooperating fully", "speaker": "Kerameikos Shipping SA"})],
    counter=[("Grounding\n\nThe owner of the Aegean Harrier, Tom Vale, said in a statement that he was "
              "“cooperating fully with the authorities.”",
              {"quote": "cooperating fully", "speaker": "Tom Vale"}),
             ("Grounding\n\nThe chief executive of the owner, Kerameikos Shipping SA, said the crew were "
              "“safe and accounted for, every one of them.”", {"quote": "safe and accounted"}),
             ("Spokesman\n\nThe spokesman for the owner, Kerameikos Shipping SA, said the crew were “safe "
              "and accounted for, every one of them.”", {"quote": "safe and accounted"}),
             ("March\n\nThe protesters, mostly Kurds from the city's east, said they would march “every day "
              "until the mayor resigns.”", {"quote": "every day until"})])
SOURCE_UNOWNED = rule(
    "quotes.source-unowned", "A definite text, body or group of people the brief cannot tie to an actor "
    "(“the letter says”, “the company said”, “the protesters chanted”) stays the quote's source as the "
    "text describes it: an analyst reads where the words come from. (One person described, “the diplomat "
    "said”, is quotes.source-unnamed's.)",
    effect="-",
    examples=[("Dozens gathered outside. Holding signs, the protesters chanted “Close the mine now.”",
               {"quote": "Close the mine now", "speaker": None, "unnamed_speaker": "the protesters"}),
              ("Petition\n\nMore than 40 groups wrote to the council. “We ask you to reconsider the plan,” "
               "the letter says.", {"quote": "We ask you to reconsider", "speaker": None,
                                    "unnamed_speaker": "the letter"})],
    counter=[("Petition\n\nThe Harbour Board wrote to the council. “We ask you to reconsider the plan,” "
              "the letter says.", {"quote": "We ask you to reconsider", "speaker": "Harbour Board"}),
             ("Rally\n\n“We will not go away,” they chanted.", {"quote": "We will not go away",
                                                              "unnamed_speaker": None})])
SOURCE_BODY_PART = rule(
    "quotes.source-body-part", "A part of a body as the source (“the panel wrote”, “the board said”) speaks "
    "for the body the text named it a part of (“the disciplinary panel of the Athletics Integrity "
    "Commission”, “Acme's board”), or names with it (“the Nuevo Leon chapter of the employers' federation "
    "Coparmex said”).",
    examples=[("Cuts\n\nThe Leon chapter of the employers' federation Coparmex said in a statement that it "
               "supported “temporary and transparent measures” but warned of cuts.",
               {"quote": "temporary and transparent measures", "speaker": "Coparmex"}),
              ("Ban upheld\n\nIn its written decision, the three-member disciplinary panel of the Harbour "
               "Integrity Commission said the test was valid.\n\n“The athlete took none of the precautions "
               "open to her,” the panel wrote.",
               {"quote": "The athlete took none", "speaker": "Harbour Integrity Commission"})],
    counter=[("Ban upheld\n\nThe final chapter of the report by the Harbour Integrity Commission said “the "
              "test was valid”.", {"quote": "the test was valid", "speaker": None}),
             ("Ban upheld\n\nA panel heard the case on Monday.\n\n“The athlete took none of the precautions "
              "open to her,” the panel wrote.", {"quote": "The athlete took none", "speaker": None}),
             ("Ruling\n\nA panel of three judges in the antitrust case against Google ruled on Monday. “The "
              "company abused its dominance,” the panel wrote.",
              {"quote": "The company abused", "speaker": None})])
SPOKESPERSON_OF_SENTENCE = rule(
    "quotes.spokesperson-of-sentence", "A spokesperson named by no body (“a spokesperson said”) speaks for "
    "the organisation that acts earlier in their sentence, or that is the subject of the sentence right "
    "before in the same paragraph when no person is named after it.",
    examples=[("The Calder Port Authority will publish new fees on Friday, a spokesperson said, adding "
               "that the aim was “a fair deal for every shipper.”", {"quote": "a fair deal for every shipper",
                                                                     "speaker": "Calder Port Authority"}),
              ("Review\n\nThe Calder Port Authority confirmed it had received a request. A spokesperson said "
               "it would be considered “in the usual way” by Friday.",
               {"quote": "in the usual way", "speaker": "Calder Port Authority"})],
    counter=[("Police arrested two men on Friday, a spokesman for the family said, calling it “a long "
              "overdue step for the town.”", {"quote": "a long overdue step", "speaker": None}),
             ("Review\n\nThe Calder Port Authority confirmed it had received a letter from Mayor Tom Hale. A "
              "spokesperson said it would be considered “in the usual way” by Friday.",
              {"quote": "in the usual way", "speaker": None})])
PRONOUN_SPOKESPERSON = rule(
    "quotes.pronoun-spokesperson", "“She said” after an unnamed spokesperson of a body (“a HSE spokeswoman "
    "said ...”) is that spokesperson, who speaks for the body: the body's words.",
    examples=[("Nurses\n\nThe Harbour Health Authority (HHA) said talks had failed.\n\nIn a statement, an "
               "HHA spokeswoman said the authority had recruited 1,850 nurses last year.\n\n“We would urge "
               "the union to return to talks,” she said.",
               {"quote": "We would urge the union", "speaker": "Harbour Health Authority"})],
    counter=[("Truce\n\nHamas said talks had stalled. A Hamas official, speaking by phone from Doha, said "
              "the group had been flexible. “That is not a ceasefire,” he said.",  # (an official may speak
              {"quote": "That is not a ceasefire", "speaker": None}),  # for themselves)
             ("Clinic\n\nThe Harbour Health Authority (HHA) said talks had failed.\n\nA nurse who asked not "
              "to be named said the wards were full.\n\n“We cannot go on like this,” she said.",
              {"quote": "We cannot go on", "speaker": None})])
ANNOUNCED_TEXT = rule(
    "quotes.announced-text", "A text named for the first time as the source (“the release said”, “the "
    "statement read”) is what the one who announced something in the sentence before put out (“The state "
    "party announced on Thursday that she would not come.”).",
    examples=[("Speaker cancels\n\nThe Harbour Party of Wyoming announced on Thursday that Ana Ruiz would "
               "not attend. “Ms Ruiz will not be attending the convention this weekend,” the release said.",
               {"quote": "Ms Ruiz will not be attending", "speaker": "Harbour Party of Wyoming"}),
              ("Petition\n\nThe Harbour Board wrote to the council on Monday. “We ask you to reconsider the "
               "plan,” the letter says.",  # (speech.yaml letter_verbs)
               {"quote": "We ask you to reconsider", "speaker": "Harbour Board"})],
    counter=[("Speaker cancels\n\nAna Ruiz said the report was flawed. “The port lost money for ten years "
              "in a row,” the report said.", {"quote": "The port lost money", "speaker": None}),
             ("Report\n\nAnn Cole wrote the foreword to the report. “The city is not ready,” the statement "
              "said.", {"quote": "The city is not ready", "speaker": None})])
NAMED_DOCUMENT = rule(
    "quotes.named-document", "“the report said” after a report named with the body that wrote it (“A World "
    "Health Organization report ... had flagged ...”) speaks for that body.",
    examples=[("Vaccines\n\nThe World Health Organization warned of shortages. A World Health Organization "
               "report published in May had flagged the problem. “Stocks are below the safe level,” the "
               "report said.", {"quote": "Stocks are below", "speaker": "World Health Organization"})],
    counter=[("Vaccines\n\nThe World Health Organization warned of shortages. A report on the World Health "
              "Organization published in May had flagged the problem. “Stocks are below the safe level,” the "
              "report said.", {"quote": "Stocks are below", "speaker": None})])
SOURCE_DOCUMENT = rule(
    "quotes.source-document", "A text as the source (“her plan promises”, “the campaign's statement "
    "says”, “the statement said” after “the board issued a statement”) speaks for its author or issuer.",
    examples=[("The Harbour Board issued a statement on Monday. “The fees will stay,” the statement said.",
               {"quote": "The fees will stay", "speaker": "Harbour Board"}),
              ("Tomas Reyes bought the ferry line in May. In a statement, the shipping tycoon announced a "
               "new route. “The boats will sail daily,” the statement said.",
               {"quote": "The boats will sail", "speaker": "Tomas Reyes"}),
              ("The club is closing. An email was sent from its director, Jeremy Boland, to the members. "
               "“We will wind the club down this spring,” the email said.",
               {"quote": "We will wind", "speaker": "Jeremy Boland"}),
              ("In a statement read outside the court by the family's lawyer, Tom Hale, the driver's mother, "
               "Rosa Diaz, said the ruling was overdue. “He should have gone home with a ticket,” the "
               "statement said.", {"quote": "He should have gone home", "speaker": "Rosa Diaz"}),
              ("On behalf of the Harbour Families Committee, lawyer Ana Ruiz read a statement rejecting the "
               "offer. “Money cannot buy our silence,” the statement said.",
               {"quote": "Money cannot buy our silence", "speaker": "Harbour Families Committee"}),
              ("Fuel prices\n\nIn a statement signed by its spokeswoman, Mrs Ada Obi, Harbour Oil Ltd said "
               "the new prices reflected the market. “Harbour Oil wishes to assure motorists that supply is "
               "adequate,” the statement read.",
               {"quote": "Harbour Oil wishes", "speaker": "Harbour Oil Ltd"}),
              ("Talks\n\nA joint statement released after the meeting by Jordan's Ministry of Foreign "
               "Affairs said the two sides \"affirmed their commitment to closer ties.\"",
               {"quote": "affirmed their commitment", "speaker": "Ministry of Foreign Affairs"}),
              ("Tomas Reyes lost the vote. His campaign sent out an email fundraising appeal on Monday. "
               "“We need every donor now,” the email said.",  # the email a compound of what was sent
               {"quote": "We need every donor", "speaker": "Tomas Reyes"})])
SOURCE_OWNER = rule(
    "quotes.source-owner", "A person's or body's office, campaign or spokesperson named by a possessive "
    "(“his office said”, “its spokesman said”; speech.yaml voice_nouns) speaks for the owner.",
    examples=[("The Red Crescent called for blood donors. President Tomas Reyes will visit the town on "
               "Wednesday. “Every home will be rebuilt,” his office said.",
               {"quote": "Every home will be rebuilt", "speaker": "Tomas Reyes"})],
    counter=[("The Red Crescent called for blood donors. President Tomas Reyes will visit the town on "
              "Wednesday. “Every home will be rebuilt,” the office said.",
              {"quote": "Every home will be rebuilt", "speaker": None})])
CONTINUES = rule(
    "quotes.continues", "A quote that follows another takes the speaker that quote resolved to.",
    examples=[("“We tried everything,” Ana Ruiz said. “The money was simply not there this year.”",
               {"quote": "The money was simply", "speaker": "Ana Ruiz"}),
              ("Ferry row\n\nAna Ruiz spoke to the crews on Monday.\n\n“The buses will stop in May,” Ruiz "
               "wrote on the board. The drivers thanked Ruiz for the warning. “We need a new plan before the "
               "winter.”",  # the speaker's own name between the two is nobody else
               {"quote": "We need a new plan", "speaker": "Ana Ruiz"})])


# --- resolving -----------------------------------------------------------------------------------

def resolve_all(doc: Any, triples: list[QuoteTriple], index: Referents) -> list[Attribution]:
    """Each triple's speaker, in text order: its source resolved, or its leader's (a follower); then
    quotes that repeat another take its speaker (``_repeated``), and followers their leader's final
    one. Each quote's deciding rule is recorded once, for its final attribution."""
    own = [resolve(doc, t, index) if t.follows is None else Attribution(t, None, CONTINUES) for t in triples]
    found = _hand_down(triples, _pronouns_after_quotes(doc, own, index))
    layout = layout_of(doc)
    headline = layout.headline_end
    if any(a.speaker is None or _placed(a, headline) for a in found):
        words = [WORD.findall(a.triple.quote.text_of(layout.text).lower()) for a in found]
        spoken = _WordIndex([k for k, a in enumerate(found) if a.speaker is not None], words)
        cued = _WordIndex([k for k, a in enumerate(found) if a.speaker is not None
                           and not _placed(a, headline)], words)
        found = _hand_down(triples, [_repeated(k, found, words, spoken if found[k].speaker is None else cued,
                                               headline) for k in range(len(found))])
    for a in found:
        if a.speaker is not None or a.rule is not UNFOUND:
            fire(doc, a.rule, a.triple.quote.start, a.triple.quote.end, a.speaker.name if a.speaker else "")
    return found


PRONOUN_AFTER_QUOTE = rule(
    "quotes.pronoun-after-quote", "“..., he said” opening the paragraph after one that ends with a quote of "
    "a person of that gender is that person's, when nobody else is named in between (the pronoun's "
    "antecedent may be a speaker the parser gave no subject).",
    examples=[("Truce extended as talks end\n\nDoha (AFP) - Sudan and Chad agreed on Wednesday to extend "
               "a fragile truce by 30 days, mediators said. The foreign ministers of the two countries, "
               "Sudan's Tom Vale and Chad's Peter Hale, never met.\n\n\"There has been real movement on "
               "humanitarian access and on the exchange of prisoners, but the core issues remain "
               "unresolved,\" Qatar's Minister of State for Foreign Affairs, Faisal bin Saad Al-Kuwari, told "
               "reporters at the close of the talks.\n\n\"We are not there yet,\" he said.",
               {"quote": "We are not there yet", "speaker": "Faisal bin Saad Al-Kuwari"})],
    counter=[("Talks\n\n“We will sign on Friday,” Tom Vale said.\n\nPeter Hale disagreed. “We are not there "
              "yet,” he said.", {"quote": "We are not there yet", "speaker": "Peter Hale"})])


def _pronouns_after_quotes(doc: Any, found: list[Attribution], index: Referents) -> list[Attribution]:
    """``PRONOUN_AFTER_QUOTE``: a "he"/"she" source opening the paragraph right after another speaker's
    quote, with no one named between the two quotes, stands for that speaker."""
    result = list(found)
    for k in range(1, len(found)):
        own, before = found[k], found[k - 1]
        source = own.triple.source
        if own.rule is not SOURCE_PRONOUN or source is None or doc[source].lower_ not in ("he", "she") \
                or before.speaker is None or before.speaker.type != "person" or own.speaker is before.speaker:
            continue
        quote, last = own.triple.quote, before.triple.quote
        gender = index.genders.get(before.speaker.name)
        if quote.paragraph != last.paragraph + 1 or not index.layout.opens_paragraph(quote) \
                or gender != ("m" if doc[source].lower_ == "he" else "f"):
            continue
        if index.others_between(last.end, quote.start, before.speaker):
            continue
        result[k] = Attribution(own.triple, before.speaker, PRONOUN_AFTER_QUOTE, None)
    return result


def _hand_down(triples: list[QuoteTriple], found: list[Attribution]) -> list[Attribution]:
    """A follower (an attribution by CONTINUES) takes its leader's settled speaker."""
    final: dict[int, Attribution] = {}

    def settle(k: int, depth: int = 0) -> Attribution:
        if k not in final:
            own, follows = found[k], triples[k].follows
            if follows is not None and own.rule is CONTINUES and depth < 8:
                leader = settle(follows, depth + 1)
                if leader.speaker is not own.speaker or leader.unnamed != own.unnamed:
                    own = Attribution(own.triple, leader.speaker, CONTINUES, leader.unnamed)
            final[k] = own
        return final[k]

    return [settle(k) for k in range(len(found))]


class _WordIndex:
    """Quotes (by position) by the words they hold, so a quote is compared only with the quotes that
    could repeat it: one sharing ``least`` of its words must hold one of its rarest words."""

    def __init__(self, positions: list[int], words: list[list[str]]) -> None:
        self.pools = {k: frozenset(words[k]) for k in positions}
        self.postings: dict[str, list[int]] = {}
        for k in positions:
            for word in self.pools[k]:
                self.postings.setdefault(word, []).append(k)

    def candidates(self, words: list[str], least: float) -> list[int]:
        distinct = sorted(set(words), key=lambda w: len(self.postings.get(w, ())))
        # a quote holding none of these rarest words misses more than 1 - least of the quote's words
        needed = math.floor((1 - least) * len(words) + 1e-9) + 1
        found = {k for word in distinct[:needed] for k in self.postings.get(word, ())}
        return sorted(found)


def _placed(found: Attribution, headline: int) -> bool:
    """Whether the quote's speaker is only inferred: by its place (it follows another, or a positional
    rule), or in a headline, whose cues summarise ("Candidates say ...", "CNN chief on Trump: ...") what
    the story attributes (a name there yields only to a near-verbatim repeat, see ``_repeated``)."""
    return found.triple.follows is not None or found.triple.rule.id in _BY_POSITION \
        or found.triple.quote.end <= headline


def _repeated(k: int, found: list[Attribution], words: list[list[str]], index: _WordIndex,
              headline: int) -> Attribution:
    """A quote left without a speaker that repeats one with a speaker (a headline, a teaser) is the
    same speaker's (``index``: the quotes it may repeat); so is a quote that only its place gave a
    speaker, when it repeats a quote with a cue of its own (near verbatim, unless it is the headline's,
    and a headline's word for word cut of a longer quote: "'We are closer than ever': Chad and rebels
    ..." of "“We are closer than ever to silencing the guns,” she said")."""
    own = found[k]
    if own.speaker is not None and not _placed(own, headline):
        return own
    quote, mine = own.triple.quote, words[k]
    if not mine:
        return own
    loose = own.speaker is None or (quote.end <= headline and own.rule is not SOURCE_NAMED)
    least = _REPEATS if loose else _REPEATS_VERBATIM
    distinct = len(set(mine))
    if not loose and distinct < _VERBATIM_WORDS:
        return own  # a short match is chance ("I don't know")
    best: tuple[float, Attribution] | None = None
    for j in index.candidates(mine, least):
        other, pool = found[j], index.pools[j]
        if j == k or other.triple.quote == quote:
            continue
        excerpt = quote.end <= headline and _run_share(mine, words[j]) == 1.0  # the headline's cut of it
        if not loose and len(pool) > _VERBATIM_GROWTH * distinct and not excerpt:
            continue  # a partial match is chance (a short quote inside a long one)
        share = sum(w in pool for w in mine) / len(mine)
        if share >= least and _run_share(mine, words[j]) >= _REPEATS and (best is None or share > best[0]):
            best = (share, other)
    if best is None or best[1].speaker is own.speaker:
        return own
    return Attribution(own.triple, best[1].speaker, REPEATED)


def _run_share(mine: list[str], theirs: list[str]) -> float:
    """The share of ``mine`` that ``theirs`` holds as one run of words: a repeat is an excerpt, while
    common words scattered through a long quote ("That's a tough area" in "It's a tough ... area")
    are chance."""
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    return matcher.find_longest_match(0, len(mine), 0, len(theirs)).size / len(mine)


#: Finding rules that give a quote a speaker by where it stands, not by a cue of its own.
_BY_POSITION = frozenset(r.id for r in (SAME_PARAGRAPH, PREVIOUS_PARAGRAPH, INTRODUCED_BEFORE,
                                         REPORTED_BEFORE, SENTENCE_SUBJECT))
#: Share of a quote's words another quote must hold for the quote to repeat it: with no speaker at
#: all, and (near verbatim) against a speaker only the quote's place gave it.
_REPEATS = 0.6
_REPEATS_VERBATIM = 0.9
#: ... where the quote has at least this many distinct words and the other at most this many times as many.
_VERBATIM_WORDS = 4
_VERBATIM_GROWTH = 1.3


def resolve(doc: Any, triple: QuoteTriple, index: Referents) -> Attribution:
    """The actor a triple's source phrase stands for (see the ``quotes.source-*`` rules)."""
    if triple.source is None:
        return Attribution(triple, None, UNFOUND)
    replying = (triple.cue or "").lower() in lexicon.REPLY_CUES
    head = doc[triple.source]
    speaker, how = _resolve_phrase(doc, head, index, replying=replying)
    unnamed = None
    if speaker is None and how is SOURCE_UNNAMED:
        unnamed = unnamed_description(doc, head, index)
    elif speaker is None and _definite_noun(doc, head):
        unnamed = unnamed_description(doc, head, index)  # "the letter says", "the protesters chanted"
        how = SOURCE_UNOWNED if unnamed else how
    return Attribution(triple, speaker, how, unnamed)


def _lesser(doc: Any, head: Any) -> bool:
    """The description names a deputy's office ("the deputy governor")."""
    return any(t.lower_ in lexicon.DEPUTY_WORDS for t in doc[head.left_edge.i:head.i])


def _definite_noun(doc: Any, head: Any) -> bool:
    """A text, body, anonymous source or group of people with a definite determiner ("the letter", "the
    company", "the insider", "the protesters"); never one person described ("the 71-year-old diplomat",
    whom the story may name) nor an event ("the disruptions")."""
    if head.pos_ != "NOUN" or doc[head.left_edge.i].lower_ not in ("the", "this", "these", "those"):
        return False
    lemma = head.lemma_.lower()
    return lemma in _UNOWNED_HEADS or (head.tag_ == "NNS" and lemma in lexicon.PERSON_HEADS)


#: Heads of a source the brief keeps as written when it ties it to no actor (``_definite_noun``).
_UNOWNED_HEADS = lexicon.DOCUMENT_NOUNS | lexicon.BODY_HEADS | lexicon.ANONYMOUS_NOUNS


#: Tokens of an unnamed speaker's description kept whole ("a senior official who was not authorised
#: to speak publicly"); a longer one loses its clauses ("one of two witnesses"), else all but its noun.
_DESCRIPTION_TOKENS = 16


def unnamed_description(doc: Any, head: Any, index: Referents) -> str | None:
    """How the text describes an unnamed speaker (``head``: the source's head, or a pronoun that stands
    for the last unnamed person): "a senior official who asked not to be named", "one nurse"; "the
    source" is the source described before it. None for a pronoun of nobody, or a name."""
    if head.lower_ in ("he", "she"):
        head = index.unnamed_before(head.i)
    elif doc[head.left_edge.i].lower_ in ("the", "this"):
        earlier = index.unnamed_before(head.i)
        if earlier is not None and unnamed_noun(earlier) == head.lemma_.lower() and head.tag_ != "NNS":
            head = earlier  # "“...,” the source said" after "a source close to the talks said"
    if head is None or index.in_quote(head.idx) or (head.pos_ != "NOUN" and not (
            head.lower_ in _INDEFINITE and any(c.dep_ == "prep" for c in head.children))):
        return None  # "one of two witnesses who ..." has a number word as its head; a bare "one said" none
    tokens = list(doc[head.left_edge.i:head.right_edge.i + 1])
    if len(tokens) > _DESCRIPTION_TOKENS:  # without its clauses ("one of two witnesses"), else the noun
        clauses = {c.i for t in head.subtree if t.dep_ in ("relcl", "acl", "advcl") for c in t.subtree}
        tokens = [t for t in tokens if t.i not in clauses]
        if len(tokens) > _DESCRIPTION_TOKENS:
            tokens = list(doc[head.left_edge.i:head.i + 1])
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    words = [t.text_with_ws for t in tokens]
    if tokens and tokens[0].lower_ in _INDEFINITE | {"the", "this"}:
        words[0] = tokens[0].lower_ + tokens[0].whitespace_  # "One nurse said" opens a sentence
    return "".join(words).strip() or None


#: The label of an interview's answers ("A: ...").
_ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})


def _interviewee(questions: int, index: Referents) -> Actor | None:
    """The person who acts or speaks most often before the interview's first question (character
    ``questions``; the first named among equals): who its introduction is about, not the outlet they
    "told"."""
    doc = index.doc
    counts = [(sum(doc[m.start].idx < questions and m.agentive and not m.furniture
                   for m in index.mentions_of(a)), -i, a)
              for i, a in enumerate(index.actors) if a.type == "person"]
    counts = [c for c in counts if c[0] > 0]
    return max(counts, key=lambda c: (c[0], c[1]))[2] if counts else None


def resolve_source(doc: Any, head: Any, index: Referents) -> Actor | None:
    """The actor a source phrase with head ``head`` stands for (also for reported speech)."""
    return _resolve_phrase(doc, head, index)[0]


#: Words that open a phrase about someone not identified ("a spokesman", "one aide", "two officials").
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})

#: How many relative pronouns ("who said") a source phrase is followed through to the noun they stand for.
_RELATIVE_DEPTH = 3



SOURCE_IT_DESCRIBED = rule(
    "quotes.it-described-body", "“It” as a source right after a sentence whose subject described a body "
    "(“the bank said in its statement. It added that ...”; organisations.yaml org_words, company_nouns, "
    "body_nominals) is that body, never the last country or body named.",
    examples=[("Rates\n\nThe Banco Central de Chile cut its rate on Tuesday, Chile's fourth cut this year. "
               "“The balance of risks has improved,” the bank said in its statement. It added that future "
               "moves would “depend on the evolution of the scenario.”",
               {"quote": "depend on the evolution", "speaker": "Banco Central de Chile"})],
    counter=[("Rates\n\nThe Banco Central de Chile cut its rate on Tuesday. Chile's government welcomed "
              "the cut. It said that growth would “return by the end of the year.”",
              {"quote": "return by the end", "speaker": "Chile"})])


def _described_subject_before(doc: Any, head: Any, index: Referents, depth: int) -> Actor | None:
    """``SOURCE_IT_DESCRIBED``: the body the previous sentence's subject describes ("the bank"), when
    "it" opens its own sentence."""
    sentence = index.layout.sentence_at(head.i)
    if sentence.start == 0 or depth >= _RELATIVE_DEPTH or head.i > sentence.start + 1:
        return None
    before = index.layout.sentence_at(sentence.start - 1)
    subject = next((t for t in before if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"
                    and not index.in_quote(t.idx)), None)
    if subject is None or subject.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subject.children):
        return None
    word = subject.lemma_.lower()
    if not (word in lexicon.ORG_WORDS or word in lexicon.COMPANY_NOUNS or word in lexicon.BODY_NOMINALS):
        return None
    found, _ = _resolve_phrase(doc, subject, index, depth + 1)
    return found if found is not None and found.type == "organization" else None


def _officer(head: Any) -> bool:
    """``head`` names a person's office in a body ("chief executive", "spokesman"): a body set beside it
    is where they work, not who speaks."""
    words = [c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound")] + [head.lower_]
    return " ".join(words) in lexicon.BODY_HEAD_TITLES or head.lower_ in lexicon.BODY_HEAD_TITLES \
        or head.lower_ in lexicon.SPOKES_NOUNS


def _resolve_phrase(doc: Any, head: Any, index: Referents, depth: int = 0,
                    replying: bool = False) -> tuple[Actor | None, Rule]:
    questions = index.layout.questions_start
    if questions is not None and head.idx > questions and (
            (head.text in _ANSWER_LABELS and head.i + 1 < len(doc) and doc[head.i + 1].text in (":", "."))
            or head.text == "A."):
        return _interviewee(questions, index), INTERVIEW_ANSWER  # "A: It is still our intention"
    if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl" and depth < _RELATIVE_DEPTH:
        noun = head.head.head
        while noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head  # "Carla Mendes, an engineer, who said": the name the apposition explains
        speaker, _ = _resolve_phrase(doc, noun, index, depth + 1)
        return speaker, SOURCE_RELATIVE
    if index.layout.is_furniture(head.idx) and not index.in_quote(head.idx):
        return None, SOURCE_IN_FURNITURE  # "Almaty, Kazakhstan – Ministers agreed": the parser's subject
    named = index.actor_at(head.i)
    if named is None and (is_title_word(head) or head.like_num or head.lower_ in lexicon.TITLE_WORDS):
        named = _named_after_rank(doc, head, index)  # "said Air Force 1st Lt. Ana Ruiz" parsed at "1st"
    if named is None and (head.pos_ == "PROPN" or head.is_title):
        named = index.resolve(index.layout.text_of(head.left_edge.i, head.i + 1)) or index.resolve(head.text)
    if named is not None:
        return named, SOURCE_NAMED
    word = head.lower_
    if word in ("he", "she"):
        gender = "m" if word == "he" else "f"
        person = index.antecedent(head.i) or index.person_before(head.i, gender)
        if _unnamed_is_nearer(index, head.i, person) and not (replying and _asked(index, head.i)):
            body = _spokesperson_body(doc, index.unnamed_before(head.i), index)
            if body is not None:  # ("a HSE spokeswoman said ... “...,” she said": the HSE's words)
                fire(doc, PRONOUN_SPOKESPERSON, head.idx, head.idx + len(head.text), body.name)
                return body, PRONOUN_SPOKESPERSON
            return None, SOURCE_UNNAMED  # ("“...,” he replied" after "a reporter asked" is the one asked)
        return person, SOURCE_PRONOUN
    if word == "it":
        described = _described_subject_before(doc, head, index, depth)
        if described is not None:
            return described, SOURCE_IT_DESCRIBED  # "the bank said in its statement. It added that ..."
        return index.org_before(head.i), SOURCE_PRONOUN
    if word == "they":
        return index.org_before(head.i, within=30), SOURCE_PRONOUN
    inside = _actors_in(head, index)
    modifiers = _name_modifiers(head, index)
    inside = [a for a in inside if all(a is not m for m in modifiers)]  # (the description's own words)
    people = [a for a in inside if a.type == "person"]
    # "Hale's son, Peter Hale, said": the apposition; also one set after a description the parser made
    # the apposition of a fronted phrase ("Outside court, Hale's barrister, Ann Roe, said": "court")
    chained: list[Any] = []
    descriptions = [c for c in head.children
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and index.actor_at(c.i) is None]
    for _ in range(3):  # ("Outside court, Hale's barrister, a former prosecutor, Ann Roe, said")
        found = [g for c in descriptions for g in c.children if g.dep_ == "appos"]
        chained += found
        descriptions = [g for g in found if g.pos_ == "NOUN" and index.actor_at(g.i) is None]
    for child in [*head.children, *chained]:
        appositive = index.actor_at(child.i) if child.dep_ == "appos" else None
        if appositive is not None and appositive.type == "person":
            return appositive, SOURCE_NAMED
    for child in head.children:
        appositive = index.actor_at(child.i) if child.dep_ == "appos" else None
        if appositive is not None and appositive.type in ("organization", "country") and head.pos_ == "NOUN" \
                and not _officer(head) \
                and any(t.text == "," for t in doc[head.i + 1:child.left_edge.i]):
            fire(doc, SOURCE_APPOSITIVE_BODY, child.idx, child.idx + len(child.text), appositive.name)
            return appositive, SOURCE_NAMED  # "The owner, Piraeus-based Kerameikos Shipping SA, said"
            # (never "The chief executive of the owner, Kerameikos Shipping SA,", the parser's apposition)
    named_holder = _name_after_object(head, index)
    if named_holder is not None:
        return named_holder, SOURCE_NAMED
    if people:
        return people[0], SOURCE_NAMED
    if modifiers:
        fire(doc, SOURCE_NAME_MODIFIER, head.idx, head.idx + len(head.text))
    # the body's name beside the head ("the newspaper Haaretz", "the Global Times tabloid"), never one
    # further in ("The newspaper, which is owned by Acme Corp, said")
    beside = [index.actor_at(t.i) for c in head.children if c.dep_ in ("compound", "appos", "amod", "nmod")
              for t in c.subtree]
    bodies = {a.name: a for a in beside if a is not None and a.type in ("organization", "group")}
    if len(bodies) == 1 and head.lower_ in lexicon.BODY_HEADS \
            and doc[head.left_edge.i].lower_ not in _INDEFINITE:
        return next(iter(bodies.values())), SOURCE_NAMED_BODY
    if head.pos_ in ("NOUN", "PROPN", "ADJ") and head.ent_type_ not in ("PERSON",):
        return _described(doc, head, inside, index)
    if head.is_upper and head.is_alpha:  # a transcript's "HOST:", tagged a name: whose role says so
        titled = index.titled_person(head.lower_, head.i, lesser=_lesser(doc, head))
        if titled is not None:
            return titled, SOURCE_DESCRIPTION
    return None, SOURCE_UNNAMED


def _name_modifiers(head: Any, index: Referents) -> list[Actor]:
    """``SOURCE_NAME_MODIFIER``: people named in the words that modify a common noun before it ("one
    Clinton aide"), never with a possessive ("Clinton's aide"); or, after a person's noun, as the object
    of "to" or "for" ("an adviser to Trump", "a spokesman for Bernie Sanders")."""
    if head.pos_ != "NOUN":
        return []
    modifiers = [c for c in head.lefts
                 if c.dep_ in ("compound", "amod", "nmod") and not any(t.tag_ == "POS" for t in c.subtree)]
    if head.lower_ in lexicon.PERSON_NOUNS:
        modifiers += [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    return [a for c in modifiers for t in c.subtree
            for a in [index.actor_at(t.i)] if a is not None and a.type == "person"]


def _name_after_object(head: Any, index: Referents) -> Actor | None:
    """"A spokesman for Ruiz, Daniel Mora, said": the parser hangs the spokesman's name on the object
    ("Ruiz"); a full name in apposition to an object that is itself a name, or no person, names the
    head's holder."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "to"):
            continue
        for obj in prep.children:
            owner = index.actor_at(obj.i)
            for appos in obj.children:
                named = index.actor_at(appos.i) if appos.dep_ == "appos" and appos.pos_ == "PROPN" else None
                personal_noun = obj.pos_ == "NOUN" and obj.lower_ in lexicon.PERSON_NOUNS
                if named is not None and named.type == "person" and named is not owner \
                        and (owner is not None or not personal_noun):
                    return named
    return None


def _named_after_rank(doc: Any, head: Any, index: Referents) -> Actor | None:
    """The person named right after a rank or title the parser took for the subject."""
    for token in doc[head.i + 1:min(head.i + 6, len(doc))]:
        actor = index.actor_at(token.i)
        if actor is not None and actor.type == "person":
            return actor
        if not (token.is_title or token.text == "." or is_title_word(token)):
            return None
    return None


def _described(doc: Any, head: Any, inside: list[Actor], index: Referents) -> tuple[Actor | None, Rule]:
    phrase = span_text(doc, head.left_edge.i, head.i + 1)
    first = doc[head.left_edge.i].lower_
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and head.lower_ in lexicon.VOICE_NOUNS and owner.lower_ not in ("its", "their"):
        speaker = _owner(doc, owner, index)
        if speaker is not None:
            return speaker, SOURCE_OWNER  # "his office said"
    if head.lemma_.lower() in lexicon.DOCUMENT_NOUNS:
        author = _document_author(doc, head, inside, index) if first not in ("a", "an") \
            else _issuer(doc, head, index) or _poster(doc, head, index) \
            or next((a for a in inside if a.type in BODY_TYPES), None)  # "added a caption which reads"
        # ("A Mines Safety Department inspection report had flagged ...": the body that wrote it)
        if author is not None:
            return author, SOURCE_DOCUMENT
    if first in _INDEFINITE:
        # "a spokesman for Acme Corp said": the organisation speaks; "a resident said": nobody named
        body = _organisation_of(doc, head, inside, index)
        in_lead = head.idx < layout_of(doc).lead_end
        if body is None and first in ("a", "an") and in_lead and not _kept_unnamed(doc, head) \
                and index.titled_person(head.lower_, head.i) is None:
            later = index.titled_person_later(head.lower_, head.i)  # "A federal judge on Wednesday ..."
            if later is not None:
                return later, SOURCE_DESCRIPTION
        return _body_or_nobody(body)
    modifiers = [t.lower_ for t in doc[head.left_edge.i:head.i]]
    # (a party's member is no office: "the Wisconsin Republican" is read by party tags, in by_title)
    titled = None if head.lower_ in lexicon.PARTY_MEMBERS else \
        index.titled_person(head.lower_, head.i, lesser=_lesser(doc, head), state=state_named(modifiers))
    unnamed = index.unnamed_before(head.i)
    if unnamed is not None and ((unnamed_noun(unnamed) != head.lemma_.lower()
                                 and head.lemma_.lower() not in lexicon.GENERIC_PERSON_NOUNS)
                                or head.tag_ == "NNS"):
        unnamed = None  # (the same noun, or "the person": people.yaml generic_person_nouns)
    seen = index.first_seen_before(titled, head.i) if titled is not None else None
    if titled is not None and (unnamed is None or (seen is not None and seen > unnamed.i)):
        return titled, SOURCE_DESCRIPTION
    if unnamed is not None:
        subtree = doc[unnamed.left_edge.i:unnamed.right_edge.i + 1]
        named = [a for t in subtree for a in [index.actor_at(t.i)] if a]
        return _body_or_nobody(_organisation_of(doc, unnamed, named, index))
    organisation = next((a for a in inside if a.type in BODY_TYPES), None)
    if organisation is not None and head.lower_ in lexicon.SPOKES_NOUNS:
        return organisation, SOURCE_DESCRIPTION  # "the ministry's spokesman said"
    if organisation is not None and head.lemma_.lower() in lexicon.BODY_PARTS and first == "the" \
            and _part_of(head, organisation, index):
        return organisation, SOURCE_BODY_PART  # "the Leon chapter of the federation Coparmex said"
    if titled is None and head.lower_ in lexicon.TITLE_WORDS and first == "the" \
            and head.idx < layout_of(doc).lead_end and index.by_title(phrase, head.i) is None:
        later = index.titled_person_later(head.lower_, head.i)  # "the judge said" before she is named
        if later is not None:
            return later, SOURCE_DESCRIPTION
    described = index.by_title(phrase, head.i)
    if described is None and first in ("the", "this") and head.lemma_.lower() in lexicon.BODY_PARTS:
        body = _body_of_part(doc, head, index)
        if body is not None:
            return body, SOURCE_BODY_PART
    return described, SOURCE_DESCRIPTION


def _part_of(head: Any, body: Actor, index: Referents) -> bool:
    """``SOURCE_BODY_PART``: the body is what "of" right after the part names ("the chapter of the
    federation Coparmex"), never one deeper in ("the final chapter of the report by the Commission")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(index.actor_at(t.i) is body for t in (obj, *obj.children)
                                              if t.dep_ in ("pobj", "appos", "compound")):
                    return True
    return False


#: How far back (tokens) a part of a body ("the panel") is looked for where the text introduced it.
_PART_REACH = 400


def _body_of_part(doc: Any, head: Any, index: Referents) -> Actor | None:
    """``SOURCE_BODY_PART``: the body whose part the text introduced with the same noun before ("the
    disciplinary panel of the Athletics Integrity Commission", "the Commission's panel", "the AIC
    panel"), the nearest first."""
    lemma = head.lemma_.lower()
    for token in reversed(doc[max(head.i - _PART_REACH, 0):head.i]):
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or index.in_quote(token.idx):
            continue
        owners = [c for c in token.children if c.dep_ in ("poss", "compound")]
        owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                   for o in c.children if o.dep_ == "pobj"]
        for owner in owners:  # the body's own name, never one deeper in ("a panel of three judges in the
            # case against Google": a party to the case)
            body = index.actor_at(owner.i)
            if body is not None and body.type in BODY_TYPES:
                return body
    return None


def _document_author(doc: Any, head: Any, inside: list[Actor], index: Referents) -> Actor | None:
    """Who "her plan", "the campaign's statement" or "the statement" (issued earlier) speaks for."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return _owner(doc, owner, index)
    if inside:
        return inside[0]  # "the DNC statement"
    issuer = _issuer(doc, head, index)
    if issuer is not None:
        return issuer
    poster = _poster(doc, head, index)
    if poster is not None:
        return poster
    lemma = head.lemma_.lower()
    sentence = sentence_of(head)
    for token in reversed(doc[max(sentence.start - 120, 0):sentence.start]):
        if token.lemma_.lower() != lemma or index.in_quote(token.idx):
            continue
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head  # "sent out an email fundraising appeal": the appeal is what was sent
        writer = next((a for t in doc[token.left_edge.i:token.i] for a in [index.actor_at(t.i)]
                       if a is not None and a.type in BODY_TYPES), None)
        if writer is not None:
            fire(doc, NAMED_DOCUMENT, token.idx, head.idx + len(head.text))
            return writer  # "A Mines Safety Department inspection report ... the report said": the body's
        verb = token.head.head if token.dep_ == "pobj" else token.head  # "in a statement, X said"
        subject = next((c for c in verb.children if c.dep_ in ANY_SUBJECTS), None)
        # ("In a statement ..., Acme Ltd said", not "... Tom Vale was criticised")
        opening = token.dep_ == "pobj" and token.head.lower_ == "in" \
            and verb.lemma_.lower() in lexicon.REPORTING_VERBS
        before = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].text == "," else verb.i - 1
        if subject is None and opening and before >= 0 and index.actor_at(before) is not None:
            subject = doc[before]  # (the parser hung "..., Acme Ltd said" on the signer's name; "In a
            # statement read by the family's lawyer, X, his mother, Gloria Mayfield, said": hers)
        within = opening and subject is not None and subject.dep_ != "nsubjpass"
        issuer = _on_behalf_of(doc, verb, index) or (None if within else _issuer(doc, token, index))
        if issuer is not None:  # "an email from the club's director, Jeremy Boreing"
            return issuer  # (but "In a statement signed by its spokeswoman, Acme said": Acme's)
        if subject is not None and subject.i == token.i:  # "an email was sent from X", "... by X"
            return _issuer(doc, verb, index)
        if subject is not None:  # "In a statement, the business mogul announced": who the mogul is
            return index.actor_at(subject.i) or _resolve_phrase(doc, subject, index, depth=_RELATIVE_DEPTH)[0]
        return None
    return _announcer_before(doc, head, index)


def _announcer_before(doc: Any, head: Any, index: Referents) -> Actor | None:
    """A text named for the first time as a source ("“...,” the release said") after someone announced
    something in the sentence before ("The state party announced on Thursday that she would not come"):
    what they put out. Only the nearest reporting verb outside quotes counts, in the source's own
    sentence or the one before."""
    if head.lemma_.lower() not in lexicon.ISSUED_TEXTS:
        return None  # (a report, a study or a ruling is not what the last speaker put out)
    letter = head.lemma_.lower() == "letter"
    verbs = lexicon.ANNOUNCING_VERBS | (lexicon.LETTER_VERBS if letter else frozenset())
    sentence = sentence_of(head)
    spans = [doc[sentence.start:head.i]]
    if sentence.start > 0:
        spans.append(sentence_of(doc[sentence.start - 1]))
    for span in spans:
        for token in reversed(span):
            if index.in_quote(token.idx) or token.pos_ not in ("VERB", "AUX") \
                    or token.lemma_.lower() not in verbs:
                continue
            subject = next((c for c in token.children
                            if c.dep_ in SUBJECTS and not index.in_quote(c.idx)), None)
            if subject is None or subject.i == head.i:
                continue
            found = index.actor_at(subject.i) \
                or _resolve_phrase(doc, subject, index, depth=_RELATIVE_DEPTH)[0]
            if found is not None:
                fire(doc, ANNOUNCED_TEXT, subject.idx, head.idx + len(head.text), found.name)
            return found
    return None


def _owner(doc: Any, owner: Any, index: Referents) -> Actor | None:
    """Who a possessive names: "his"/"her" the person last meant, "its"/"their" the body that acted last,
    else the name or description itself."""
    word = owner.lower_
    if word in ("his", "her"):
        return index.antecedent(owner.i) or index.person_before(owner.i, lexicon.PERSON_PRONOUNS[word])
    if word in ("its", "their"):
        return index.org_before(owner.i, within=40)
    return _resolve_phrase(doc, owner, index)[0] or index.by_title(owner.text, owner.i)


def _poster(doc: Any, head: Any, index: Referents) -> Actor | None:
    """Who put out the text ``head`` is the object of ("Henry added a caption which reads ..."), by an
    issuing verb (never "received an email which said")."""
    issued = head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon.ISSUING_VERBS
    poster = next((c for c in head.head.children if c.dep_ in SUBJECTS), None) if issued else None
    if poster is None or poster.i == head.i:
        return None
    return _resolve_phrase(doc, poster, index, depth=_RELATIVE_DEPTH)[0]


def _on_behalf_of(doc: Any, verb: Any, index: Referents) -> Actor | None:
    """Whom a text was read or put out for ("On behalf of the families' committee, lawyer X read a
    statement"): theirs, not the reader's."""
    for prep in verb.children:
        behalf = next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ == "behalf"), None) \
            if prep.dep_ == "prep" and prep.lower_ in ("on", "in") else None
        for of in behalf.children if behalf is not None else ():
            for obj in of.children if of.lower_ == "of" else ():
                if obj.dep_ == "pobj" and not index.in_quote(obj.idx):
                    found = _resolve_phrase(doc, obj, index, depth=_RELATIVE_DEPTH)[0]
                    if found is not None:
                        return found
    return None


def _issuer(doc: Any, word: Any, index: Referents) -> Actor | None:
    """Who a text is from, by its own words: "a letter from X", "a statement signed by X", "the
    statement, which was attributed to X", "was sent from X" (``word`` the noun, or the passive verb)."""
    clauses = [c for c in word.children if c.dep_ in ("relcl", "acl")]
    places = [word, *clauses]
    # a passive participle with no "by" of its own, whose "by" the parser hung on a noun in between
    # ("a joint statement released after the meeting by Jordan's Ministry of Foreign Affairs")
    places += [n for c in clauses if c.tag_ == "VBN" and not any(p.dep_ == "agent" for p in c.children)
               for n in c.subtree if n.i > c.i and n.pos_ == "NOUN"]
    for owner in places:
        for prep in owner.children:
            if (prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by")
                    and (owner in (word, *clauses) or prep.lower_ == "by")) \
                    or (prep.lower_ == "to" and owner.lemma_.lower() == "attribute"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and not index.in_quote(obj.idx):
                        found = _resolve_phrase(doc, obj, index, depth=_RELATIVE_DEPTH)[0]
                        if found is not None:
                            return found
    return None


def _kept_unnamed(doc: Any, head: Any) -> bool:
    """An official the story keeps unnamed: "a senior minister", "a minister, speaking on condition of
    anonymity", or one no word specifies ("a senator told reporters": one of a hundred; "a federal judge"
    is the court's)."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if not modifiers or any(c.lower_ in lexicon.UNNAMED_RANKS for c in modifiers):
        return True
    return any(t.lemma_.lower() in lexicon.ANONYMITY_WORDS for t in sentence_of(head))


def _body_or_nobody(body: Actor | None) -> tuple[Actor | None, Rule]:
    return (body, SOURCE_BODY) if body is not None else (None, SOURCE_UNNAMED)


def _withheld_by_verb(head: Any) -> bool:
    """A clause of speaking on the speaker's verb withholds the name ("A senior official at the ministry,
    speaking on condition of anonymity, told the Courier"): the parser hangs it on the verb, not the
    speaker. Only the speaking's own words count, not a clause inside it ("speaking after the board
    was named")."""
    if head.dep_ not in SUBJECTS:
        return False
    for clause in head.head.children:
        if clause.dep_ != "advcl" or (clause.lemma_.lower() not in lexicon.REPORTING_VERBS
                                      and clause.lemma_.lower() != "speak"):
            continue
        own = [c for c in clause.children if c.dep_ not in ("advcl", "ccomp", "relcl", "acl", "xcomp")]
        if any(t.lower_ in lexicon.ANONYMITY_WORDS for c in own for t in c.subtree):
            return True
    return False


def _organisation_of(doc: Any, head: Any, inside: list[Actor], index: Referents) -> Actor | None:
    """The body an unnamed speaker speaks for: named in the phrase ("a UK Government official", "a
    spokesman for the board"). A source, or anyone whose name is withheld ("who asked not to be
    named"), speaks for nobody named."""
    withheld = any(t.lower_ in lexicon.ANONYMITY_WORDS for t in head.subtree) or _withheld_by_verb(head)
    if withheld or (head.lower_ in lexicon.ANONYMOUS_NOUNS and head.lower_ not in lexicon.SPOKES_NOUNS):
        return None
    named = next((a for a in inside if a.type in BODY_TYPES), None)
    if named is not None:
        return named
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    found = index.by_title(span_text(doc, obj.left_edge.i, obj.i + 1), head.i)
                    if found is not None and found.type != "person":
                        return found
    if head.lower_ in lexicon.SPOKES_NOUNS:
        for mod in head.children:
            if mod.dep_ in ("compound", "nmod") and mod.pos_ in ("NOUN", "PROPN") and mod.i < head.i:
                # ("a Commission spokesperson": the body's own name cut short, after the European Commission)
                found = index.by_title(mod.lower_, head.i)
                if found is not None and found.type != "person":
                    return found
        if not any(c.dep_ == "prep" for c in head.children):
            # "The Commission will publish its guidance on Friday, a spokesperson said": a bare
            # spokesperson speaks for the body their sentence is about.
            body = index.org_before(head.i, within=head.i - sentence_of(head).start) \
                or _body_of_sentence_before(doc, head, index)
            if body is not None:
                fire(doc, SPOKESPERSON_OF_SENTENCE, head.idx, head.idx + len(head.text))
            return body
    return None


def _body_of_sentence_before(doc: Any, head: Any, index: Referents) -> Actor | None:
    """``SPOKESPERSON_OF_SENTENCE``: the body that is the subject of the sentence right before, in the same
    paragraph, when nobody is named after it ("The Attorney General's Office confirmed it had received a
    request. A spokesperson said ...")."""
    own = sentence_of(head)
    if own.start == 0 or any("\n" in t.whitespace_ or t.is_space for t in doc[own.start - 1:own.start]):
        return None
    before = sentence_of(doc[own.start - 1])
    subject = next((t for t in before.root.children if t.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    body = index.actor_at(subject.i)
    if body is None or body.type not in BODY_TYPES:
        return None
    named = (index.actor_at(t.i) for t in doc[subject.i + 1:head.i])
    return None if any(a is not None and a.type == "person" for a in named) else body


def _actors_in(head: Any, index: Referents) -> list[Actor]:
    """The actors named in the phrase ``head`` heads, outside quotes, in text order."""
    return [a for t in index.layout.tokens[head.left_edge.i:head.right_edge.i + 1]
            if not index.in_quote(t.idx) for a in [index.actor_at(t.i)] if a]


def _spokesperson_body(doc: Any, unnamed: Any | None, index: Referents) -> Actor | None:
    """``PRONOUN_SPOKESPERSON``: the body an unnamed spokesperson speaks for, if any (speech.yaml voice_nouns;
    never "an official", who may speak for themselves)."""
    if unnamed is None or unnamed.lower_ not in lexicon.VOICE_NOUNS:
        return None
    body = _organisation_of(doc, unnamed, _actors_in(unnamed, index), index)
    return body if body is not None and body.type in BODY_TYPES else None


def _asked(index: Referents, token_i: int) -> bool:
    """The last unnamed person before ``token_i`` asked something ("Another reporter asked whether ...")."""
    unnamed = index.unnamed_before(token_i)
    return unnamed is not None and unnamed.head.lemma_.lower() == "ask"


def _unnamed_is_nearer(index: Referents, token_i: int, person: Actor | None) -> bool:
    """True when an unnamed person ("a nurse who ...") came after the last mention of ``person``."""
    unnamed = index.unnamed_before(token_i)
    if unnamed is None:
        return False
    if person is None:
        return True
    seen = index.first_seen_before(person, token_i)
    if seen is not None and unnamed.dep_ not in SUBJECTS \
            and sentence_of(unnamed).start <= seen < sentence_of(unnamed).end:
        return False  # "Reyes said he met an aide who ...": the aide is in Reyes's own sentence
    return seen is None or seen < unnamed.i
