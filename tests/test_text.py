"""Word counts and sentence ends that work for every script, not only for spaced Latin text."""

from extractor.text import ends_sentence, word_count


def test_spaced_scripts_count_their_words():
    assert word_count("The minister said it twice") == 5
    assert word_count("Министр сказал это дважды") == 4
    assert word_count("장관이 두 번 말했다") == 4  # Korean separates words with spaces


def test_han_and_kana_count_a_word_per_character():
    assert word_count("东京都政府表示") == 7
    # A digit glued to Han text belongs to its run: four characters, four words.
    assert word_count("東京で3人") == 4
    assert word_count("東京 news") == 3


def test_thai_counts_a_word_every_few_characters():
    # Twelve Thai characters, no spaces: three words, not one.
    assert word_count("ประเทศไทยมีค") == 3


def test_mixed_text_counts_spaced_and_unspaced_words():
    assert word_count("Reuters 报道 said") == 4


def test_sentence_ends_in_many_scripts():
    for text in ("He left.", "Did he?”", "他走了。", "彼は行った！", "क्या हुआ।", "ماذا حدث؟", "یہ ہوا۔", "(see above.)"):
        assert ends_sentence(text), text
    for text in ("Read more", "Share on", "東京", "Photo: AFP"):
        assert not ends_sentence(text), text
