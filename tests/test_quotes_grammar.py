"""Speakers from the sentence's grammar: subjects of cue verbs, participles, appositions, colon leads,
transcript labels, and the chain of names a surname or a pronoun points back to."""

from extractor.quotes.finder import find_quotes


def speaker(body: str, index: int = 0) -> str | None:
    return find_quotes(body)[index].speaker


def test_partial_quote_takes_the_subject_of_its_sentence():
    body = "Senator Jane Holt called the budget plan “a betrayal of every family in the state” on Monday."
    assert speaker(body) == "Jane Holt"


def test_participle_cue_takes_the_sentence_subject_not_its_object():
    body = ("Speaking in Ohio on Tuesday, Governor Mark Reyes went after his rival, calling him "
            "“a man with no plan at all.”")
    assert speaker(body) == "Mark Reyes"


def test_description_with_a_name_between_commas_is_that_name():
    body = "“We have seen nothing like it,” the agency spokesman, Tomas Ortega, said."
    assert speaker(body) == "Tomas Ortega"


def test_abstract_noun_is_no_speaker():
    body = ("Kim Ward wrote the report.\n\n"
            "The paradox, says the report, is that “nobody wanted the delay but everyone caused it.”")
    assert speaker(body) != "The paradox"


def test_colon_at_the_end_of_a_paragraph_introduces_the_next():
    body = ("Mayor Luis Arroyo made the following statement:\n\n"
            "“The water is safe to drink again and the schools will open tomorrow morning.”")
    assert speaker(body) == "Luis Arroyo"


def test_transcript_label_inside_the_quotation_is_the_speaker():
    body = "The exchange went on.\n\n“HOLT: And that is why we are running in this race at all.”"
    assert speaker(body) == "HOLT"


def test_unlisted_verb_right_after_a_quotation():
    body = "“This is a fantastic day for all of us!” beamed Donald Hartley, a delegate."
    assert speaker(body) == "Donald Hartley"


def test_surname_used_alone_makes_an_unknown_given_name_a_person():
    body = ("Zebulon Quackenbush spoke at the rally on Friday.\n\n"
            "Quackenbush added that the plan was late.\n\n"
            "“We will not wait for them any longer,” he said.")
    assert speaker(body, -1) == "Zebulon Quackenbush"


def test_he_goes_on_with_the_subject_across_pronoun_sentences():
    body = ("Donald Fisk is raising questions about the count.\n\n"
            "He notes that the Commission on Voting Standards found an error.\n\n"
            "He says, “Counting those ballots was harder than winning the race.”")
    assert speaker(body) == "Donald Fisk"


def test_days_are_no_speakers():
    body = "The mayor spoke on Friday, saying “the roads will reopen by the end of the week.”"
    assert speaker(body) != "Friday"


def test_modifiers_before_a_name_are_not_the_speaker():
    body = "Democratic presidential candidate Wendell Brooks called the plan “a giveaway to every bank in town.”"
    assert speaker(body) == "Wendell Brooks"


def test_apposition_after_a_description_names_the_speaker():
    body = ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "“The alliance is strongest when its members stand together.”")
    assert speaker(body) == "Jake Sullivan"


def test_name_before_an_apposition_is_the_subject_not_a_name_inside_it():
    body = ("81-year-old Parker Eaton, a nominal Republican who voted for Bill Clinton, said that: "
            "“There is only one candidate who spends his own money.”")
    assert speaker(body) == "Parker Eaton"


def test_family_name_after_a_title_keeps_the_words_up_to_it():
    body = ("“Guarantees are good when you have a good venture,” said Melba Acosta Febo, the bank's president.\n\n"
            "“We need a new chapter of the law,” Ms. Acosta said.")
    assert speaker(body, 1) == "Melba Acosta"


def test_description_resolves_to_the_person_with_that_title():
    body = ("Sen. Wendell Brooks (I-Vt.) defended his plan on Saturday.\n\n"
            "“I apologize to nobody for that,” the senator said.")
    assert speaker(body) == "Wendell Brooks"


def test_quotation_inside_a_description_is_no_speaker():
    body = ("In the email, Bruce Ash described the move as a “major breach of trust,” adding: "
            "“I am now informing all of our committee members of this incident.”")
    assert speaker(body, 1) == "Bruce Ash"


def test_document_owner_keeps_its_inner_words():
    body = "“They raise prices on the day of the move,” the Department of Justice complaint says."
    assert speaker(body) == "Department of Justice"


def test_surname_named_alone_twice_is_a_person_for_he():
    body = ("“That is a false equivalency!” Quiller replied.\n\n"
            "“There is no doubt where most of it happens,” said Quiller.\n\n"
            "“I do not know if freedom is the same for everyone,” he said.")
    assert speaker(body, 2) == "Quiller"


def test_name_qualifying_a_role_noun_is_not_the_pronoun_antecedent():
    body = ("Obama consultant Cornell Belcher picked up a similar thread at the time. "
            "“They have a lot more in common with other voters than not,” he said.")
    assert speaker(body) == "Cornell Belcher"


def test_role_word_after_a_title_is_a_surname():
    body = ("Larry King hosts a show on the network.\n\n"
            "“They pay us a lot of money, and we need money,” Mr. King said.")
    assert speaker(body) == "Larry King"


def test_speaker_stands_before_a_chain_of_affiliations():
    body = ("“Building it would be a stretch for them,” Jeffrey Lewis of the James Martin Center "
            "for Nonproliferation Studies wrote in December.")
    assert speaker(body) == "Jeffrey Lewis"


def test_question_then_a_speaker_with_an_apposition():
    body = ("Eva Miller works the phones.\n\n"
            "“How are you today?” Miller, a retired worker from a nuclear plant, said into the phone.")
    assert speaker(body) == "Eva Miller"


def test_coordinated_verb_after_a_quotation_keeps_the_sentence_subject():
    body = ("Hillary Clinton won the primaries.\n\n"
            "Clinton celebrated with supporters, declaring it “another super Tuesday for our campaign” "
            "and said it was a step closer to the White House.")
    assert speaker(body) == "Hillary Clinton"


def test_sentence_subject_a_pronoun_refers_to_is_a_person():
    body = ("Angel Mendoza came from Texas to the rally. He said the march was long.\n\n"
            "“We walked for three hours in the heat,” he said.")
    assert speaker(body) == "Angel Mendoza"


def test_unisex_given_name_takes_the_gender_of_its_pronouns():
    body = ("“They are wrong,” said widow Terry Strada. She spoke for the families.\n\n"
            "Strada said she was tired of waiting. She asked for a vote.\n\n"
            "“All we are asking for is our day in court,” she said.")
    assert speaker(body, 1) == "Terry Strada"


def test_quotation_standing_alone_is_the_words_of_the_previous_sentence_subject():
    body = ("Mayor Tom Valastro praised the governor's leadership after the storm.\n\n"
            "“We need someone who is going to bring people together.”")
    assert speaker(body) == "Tom Valastro"


def test_subject_of_a_sentence_with_several_quotations():
    body = ("Ted Cruz spoke on Monday.\n\n"
            "Cruz called Trump a “pathological liar” who is “utterly amoral,” and a “narcissist at a level "
            "I don't think this country has ever seen.”")
    assert speaker(body, -1) == "Ted Cruz"


def test_days_before_a_participle_and_a_title_after_a_quoted_exclamation():
    body = ("Donald J. Trump spoke.\n\n"
            "Trump unleashed a series of tweets early Friday saying that Clinton used her “as a paragon of virtue.”\n\n"
            "“If she plays that card on me, she's wrong!” Mr. Trump wrote on Twitter on Monday.")
    assert [q.speaker for q in find_quotes(body)] == ["Donald J. Trump", "Donald J. Trump"]
