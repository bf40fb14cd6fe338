"""The text-dump path on real dumps: the seed page and development pages flattened both ways."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from extractor.cli.command import cli
from extractor.model import Article, Options
from extractor.pipeline import run
from extractor.text import normalise_line
from extractor.textdump.story import find_story, label_lines, segment_lines

SEED_TITLE = "Aleppo 'Bloodbath': US-Backed Moderate Rebels Join Extremists in Major Offensive"
# How each of the seed's twelve article paragraphs starts, in order.
SEED_PARAGRAPH_STARTS = (
    "The Army of Conquest, including al-Nusra Front",
    "Journalist Evgeny Krutikov described",
    '"While the US State Department was trying',
    "Krutikov referred to the militant offensive",
    "A two-week-long humanitarian pause",
    "Well-armed seasoned fighters have been repositioned",
    "Having sustained almost no reputational",
    "In recent months, the city of Aleppo",
    "Russian officials and experts have warned",
    '"Our American partners mistakenly believe',
    "The Russian diplomat noted",
    '"We understand that Western and regional countries',
)
SEED_CLUTTER = (
    "Sputnik International", "Get the latest news from around the world", "Subscribe",
    "Aleppo Humanitarian Pause Introduced by Russia Enters Into Force", "Mosul vs. Aleppo",
    "The area of the humanitarian corridor", "An Iraqi special forces soldier", "Newsfeed",
    "To participate in the discussion", "log in or register", "loader", "Chats", "Заголовок", "© ",
    "Rebel fighters fire towards", "Go to the mediabank", "A man rides a bicycle",
)


def extract_dump(path, explain: bool = False) -> Article:
    return run(Article(source=path.name, raw=path.read_bytes()), Options(explain=explain))


@pytest.fixture
def seed(fixtures) -> Article:
    return extract_dump(fixtures / "dumps" / "sputnik-aleppo.txt", explain=True)


def test_seed_is_sniffed_as_a_text_dump(seed):
    assert seed.input_format == "text"


def test_seed_title_is_exact(seed):
    assert seed.title == SEED_TITLE


def test_seed_body_is_its_twelve_paragraphs_in_order(seed):
    paragraphs = seed.paragraphs
    assert len(paragraphs) == len(SEED_PARAGRAPH_STARTS)
    for paragraph, start in zip(paragraphs, SEED_PARAGRAPH_STARTS, strict=True):
        assert paragraph.startswith(start)
    assert paragraphs[-1].endswith('one cannot cozy up to them," she added.')


@pytest.mark.parametrize("clutter", SEED_CLUTTER)
def test_seed_body_has_none_of_the_clutter(seed, clutter):
    assert clutter not in seed.body


def test_seed_photos_have_credit_and_caption_apart(seed):
    assert [image.credit for image in seed.images] == [
        "© AFP 2023 / FADI AL-HALABI",
        "© Sputnik / Michael Alaeddin",
        "© REUTERS / Abdalrhman Ismail",
    ]
    assert seed.images[0].caption.startswith("Rebel fighters fire towards positions of regime forces")
    assert seed.images[2].caption.startswith("A man rides a bicycle near damaged ground")
    assert all(image.src is None for image in seed.images)
    assert [image.role for image in seed.images] == ["lead", "inline", "inline"]


def test_seed_captions_are_given_once(seed):
    captions = [image.caption for image in seed.images]
    assert len(set(captions)) == 3
    assert not any("Sputnik International" in caption for caption in captions)


def test_seed_explains_every_dropped_line_with_its_kind(seed):
    kinds = {}
    for removal in seed.removed:
        kinds.setdefault(removal.text, removal.kind)
    assert kinds["Subscribe"] == "subscribe"
    assert kinds["Newsfeed"] == "newsfeed"
    assert kinds["To participate in the discussion"] == "login_prompt"
    assert kinds["log in or register"] == "login_prompt"
    assert kinds["loader"] == "widget"
    assert kinds["Chats"] == "widget"
    assert kinds["Aleppo Humanitarian Pause Introduced by Russia Enters Into Force"] == "related"
    assert kinds["- Sputnik International"] == "site_header"
    assert "duplicate_caption" in kinds.values()
    # every non-body line of the dump is accounted for
    dump_lines = {normalise_line(line) for line in seed.text.splitlines() if line.strip()}
    body_lines = {line for paragraph in seed.paragraphs for line in paragraph.splitlines()}
    assert dump_lines - body_lines <= set(kinds)


def test_without_explain_nothing_is_collected(fixtures):
    article = extract_dump(fixtures / "dumps" / "sputnik-aleppo.txt")
    assert article.removed == []


# Development pages (WCXB, CC-BY-4.0) flattened with the shared flatten.py: the label's title,
# first and last paragraph, and clutter from the label's `without` list that the dump carries.
DEV_DUMPS = {
    "innertext-news-photo-credit.txt": dict(
        title="Human input crucial to maximise effectiveness of AI, says new research",
        first="Research at Cambridge Judge Business School tackled the issue in a different way",  # a paragraph
        last="interact effectively with it.”",
        clutter=("A worldwide window to Cambridge business, innovation and technology",
                 "© Copyright Q Communications Limited", "Privacy policy", "Thumbnail"),
        published="2025-12-19",
    ),
    "soup-review-credit-lines.txt": dict(
        title="These are the best major appliances of 2025",
        first="Funny enough, buying a new large appliance can bring on feelings of both excitement",
        last="is specifically designed to make the most of them.",
        clutter=("Skip to main content", "Sign up for our newsletter",
                 "Products are chosen independently by our editors", "Credit: Hisense"),
        published="2025-08-14",
    ),
    "innertext-byline-glued-date.txt": dict(
        title="The 7 Biggest Diet and Nutrition Trends in 2025, According to Nutritionists",
        first="Food and nutrition advice is constantly changing",
        last="Keatley says.",
        clutter=("Skip to Content", "We may earn commission from links on this page",
                 "Advertisement - Continue Reading Below", "Hearst Magazines"),
        published="2025-01-29",
        authors=["Korin Miller"],
    ),
}


@pytest.mark.parametrize("name", sorted(DEV_DUMPS))
def test_development_dumps(fixtures, name):
    expected = DEV_DUMPS[name]
    article = extract_dump(fixtures / "dumps" / name)
    assert article.input_format == "text"
    assert article.title == expected["title"]
    assert any(p.startswith(expected["first"]) for p in article.paragraphs[:2])  # a standfirst may lead
    assert article.body.endswith(expected["last"])
    for clutter in expected["clutter"]:
        assert clutter not in article.body
    assert article.published == expected["published"]
    if "authors" in expected:
        assert article.authors == expected["authors"]


# Development pages cut down around the headline: where the headline was the line nearest the
# story (a restatement in the story, a menu prompt, a breadcrumb that ends with it).
HEADLINE_DUMPS = {
    # The headline has its byline and date right below it; the story restates it more fully.
    "innertext-headline-then-byline-date.txt": "Keeping Your Home Spotless: Top Cleaning Trends",
    # The breadcrumb above ends with the headline; a date and a standfirst follow it.
    "innertext-headline-echoed-by-breadcrumb.txt":
        "Graphic information technology vs. graphic design: Which program is right for you?",
}


@pytest.mark.parametrize("name", sorted(HEADLINE_DUMPS))
def test_headline_is_the_line_its_byline_follows(fixtures, name):
    assert extract_dump(fixtures / "dumps" / name).title == HEADLINE_DUMPS[name]


def test_title_keeps_the_pages_apostrophes_as_on_the_html_path():
    text = ("News\n\nWhy the Council’s Budget Won’t Balance\n\nBy Jane Roe\n\n" + "".join(
        f"The council’s budget has a gap of four million, the treasurer said on Monday ({n}).\n\n"
        for n in range(5)))
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert article.title == "Why the Council’s Budget Won’t Balance"
    assert "council’s budget" in article.body  # the body keeps the page's typography too


# Development pages cut down to their header, headline, byline and first paragraphs: what the
# text itself says about who wrote the article and when.
BYLINE_DUMPS = {
    # "Last Updated on April 8, 2024 by Amanda Brooks": the name after a date and "by".
    "innertext-date-then-by-name.txt": dict(
        title="Daily Harvest vs Freshly vs Eat to Evolve: Prepared Meal Delivery",
        authors=["Amanda Brooks"], published="2024-04-08"),
    # A bare name between the headline and a date line, no "By".
    "innertext-bare-name-beside-date.txt": dict(
        title="Which Website Builder Is Best for Your Small Business",
        authors=["Scott Matton"], published="2026-03-02"),
    # "By Chase Bernath" below the standfirst, the date after a separator line.
    "innertext-standfirst-above-byline.txt": dict(
        title="The best workout earbuds 2026", authors=["Chase Bernath"], published="2026-01-23"),
    # "ByNina Pineda": innerText glues the label to the name.
    "innertext-by-glued-to-name.txt": dict(
        title="7 On Your Side: NJ moving company under federal investigation",
        authors=["Nina Pineda"], published="2025-11-14"),
    # "Rebecca MacFarlane" over "Written byby Rebecca MacFarlane": a capital inside the name.
    "innertext-name-with-inner-capital.txt": dict(
        title="How to use social media ecommerce effectively in 2025",
        authors=["Rebecca MacFarlane"], published="2025-11-11"),
    # "Eric Gerard Ruiz Avatar" above "Written by": the photo's alt text names the author too.
    "innertext-avatar-alt-beside-name.txt": dict(
        title="5 Best Self-Employed Accounting Software", authors=["Eric Gerard Ruiz"], published="2025-06-11"),
    # "Published August 7, 2023 by Nicole Burke" above the headline, nothing below it.
    "innertext-byline-above-headline.txt": dict(
        title="Gardenary Planting vs. Ordinary Planting", authors=["Nicole Burke"], published="2023-08-07"),
    # "Andrew King" over "September 4, 2025", both above the headline.
    "innertext-name-and-date-above-headline.txt": dict(
        title="Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating (and How Scratch Makes It Easy)",
        authors=["Andrew King"], published="2025-09-04"),
    # "Joe Kindness" twice below the headline (the photo's alt text, then the name), no date near.
    "innertext-name-printed-twice.txt": dict(
        title="The Only 19 SEO Tutorials You Need To Read", authors=["Joe Kindness"], published="2024-01-23"),
    # "Dylan Bailey, MS, RD, FAND" over "Published Jun 4, 2025": the credentials are the byline's.
    "innertext-name-with-credentials.txt": dict(
        title="5 Trends from Nutrition 2025", authors=["Dylan Bailey, MS, RD, FAND"], published="2025-06-04"),
    # "By David Kim • December 17, 2025 • 11 min read git version-control ...": 16 words, no sentence.
    "innertext-byline-with-reading-facts.txt": dict(
        title="What is Git and How Does Version Control Work?", authors=["David Kim"], published="2025-12-17"),
    # "Dec 17, 2025Julian K. Arni" above the headline: the name glued after the date.
    "innertext-date-glued-before-name.txt": dict(
        title="Hardware-Attested Nix Builds", authors=["Julian K. Arni"], published="2025-12-17"),
    # "Written by: Colin Gray Colin Gray": the photo's alt text glued to the name.
    "innertext-name-glued-to-its-alt-text.txt": dict(
        title="What’s the Best Video Editing Software for Creators?", authors=["Colin Gray"],
        published="2025-08-25"),
    # "By Jeff Cobb. Last Updated on December 11, 2025": the full stop is the sentence's.
    "innertext-byline-ends-with-full-stop.txt": dict(
        title="9 Best Online Course Selling Platforms For Creators (2026) [I Tested All Of Them]",
        authors=["Jeff Cobb"], published="2025-12-11"),
    # Soup: "Nicoletta Richardson" over "Trending Editor", the date lines further up.
    "soup-name-over-job-title.txt": dict(
        title="The No. 1 most popular workout of 2024 — and 5 fitness trends to expect in 2025",
        authors=["Nicoletta Richardson"], published="2024-12-23"),
    # Soup: "Home Decor", "Apr 12" (no year), "Written By", "Tina Flint Huffman": the label's name.
    "soup-written-by-label-over-name.txt": dict(
        title="How To Design A Room Like An Interior Designer [Step By Step]",
        authors=["Tina Flint Huffman"], published=None),
}


@pytest.mark.parametrize("name", sorted(BYLINE_DUMPS))
def test_bylines_read_from_the_dump(fixtures, name):
    expected = BYLINE_DUMPS[name]
    article = extract_dump(fixtures / "dumps" / name)
    assert (article.title, article.authors, article.published) == (
        expected["title"], expected["authors"], expected["published"])


# Development dumps whose date line is more than a date: what the line says, not its length.
DATED_DUMPS = {
    # "Posted on June 29, 2020November 12, 2021": innerText glues the update to the publication.
    "innertext-posted-on-glued-dates.txt": "2020-06-29",
    # "December 15, 2025 · 30 min · 6279 words · Ash Vardanian": a date among reading facts.
    "innertext-date-in-meta-line.txt": "2025-12-15",
    # Soup: "Updated November 11, 2022" over "November 9, 2022": the update yields to the first date.
    "soup-update-above-publication-date.txt": "2022-11-09",
}


@pytest.mark.parametrize("name", sorted(DATED_DUMPS))
def test_dates_read_from_lines_that_say_more(fixtures, name):
    assert extract_dump(fixtures / "dumps" / name).published == DATED_DUMPS[name]


def test_name_after_the_reading_facts_of_a_dated_line(fixtures):
    # "December 15, 2025 · 30 min · 6279 words · Ash Vardanian": the last piece that is a name.
    assert extract_dump(fixtures / "dumps" / "innertext-date-in-meta-line.txt").authors == ["Ash Vardanian"]


def test_what_stands_before_a_date_is_a_name_only_if_no_date_label():
    story = "".join(f"The council's budget has a gap of four million, the treasurer said on Monday ({n}).\n\n"
                    for n in range(5))
    for line, authors in (("Jane Roe March 9, 2025", ["Jane Roe"]), ("Last Updated March 9, 2025", []),
                          ("Released Wednesday, March 9, 2025", [])):
        text = f"News\n\nWhy the Council's Budget Won't Balance\n\n{line}\n\n{story}"
        article = run(Article(source="x.txt", text=text), Options(input_format="text"))
        assert (article.authors, article.published) == (authors, "2025-03-09")


def test_name_with_letters_beyond_latin_1(fixtures):
    # "Josef Průša" twice below the headline.
    assert extract_dump(fixtures / "dumps" / "innertext-comments-say-under-story.txt").authors == ["Josef Průša"]


def test_date_with_a_full_stop_after_the_day(fixtures):
    # "December 19. 2025" below the author's name.
    assert extract_dump(fixtures / "dumps" / "innertext-comments-say-under-story.txt").published == "2025-12-19"


def test_section_heading_over_its_photo_is_no_byline(fixtures):
    # "Snake Plant (Dracaena trifasciata...)" (the photo's alt text) over "Snake Plant", below the
    # story's first paragraphs: a heading of the story, said twice, not its author.
    article = extract_dump(fixtures / "dumps" / "innertext-heading-over-its-photo-no-byline.txt")
    assert article.authors == []
    assert "Snake Plant" in article.body.split("\n")


def test_posted_on_names_no_author(fixtures):
    # "Posted on June 29, 2020...": "on" is the label's, not a user name.
    assert extract_dump(fixtures / "dumps" / "innertext-posted-on-glued-dates.txt").authors == []


def test_labelled_publication_date_wins_over_an_update_before_it():
    text = ("News\n\nWhy the Council's Budget Won't Balance\n\nUpdated March 9, 2025\n\n"
            "Published: 23.02.2025\n\n" + "".join(
                f"The council's budget has a gap of four million, the treasurer said on Monday ({n}).\n\n"
                for n in range(5)))
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert article.published == "2025-02-23"  # 23.02 reads one way only: day first


def test_standfirst_between_headline_and_byline_is_the_description(fixtures):
    article = extract_dump(fixtures / "dumps" / "innertext-standfirst-above-byline.txt")
    assert article.description == ("We tested dozens of earbuds at the gym and in our SoundGuys testing lab to "
                                   "determine which workout earbuds are worth buying.")


def test_standfirst_below_the_byline_before_share_buttons_is_the_description(fixtures):
    article = extract_dump(fixtures / "dumps" / "innertext-headline-echoed-by-breadcrumb.txt")
    assert article.description.startswith("ASU Online offers bachelor’s programs in graphic information technology")


def test_first_paragraph_followed_by_a_subheading_is_no_standfirst(fixtures):
    article = extract_dump(fixtures / "dumps" / "innertext-bare-name-beside-date.txt")
    assert article.description is None
    assert article.paragraphs[0].startswith("Choosing which website builder is best for a small business")


def test_short_sentence_after_the_first_paragraph_is_story_not_furniture(fixtures):
    # "One of the overlooked pieces ..." is followed by "I can cook.": the story goes on.
    article = extract_dump(fixtures / "dumps" / "innertext-date-then-by-name.txt")
    assert article.description is None


def test_byline_name_is_not_a_menu_entry_beside_a_date():
    text = ("Menu\n\nPricing\n\nTen Ways to Keep Bread Fresh for a Week\n\nWeb Designer Business\n\nJul 11\n\n"
            "Written By Paige Brunton\n\n" + "".join(
                f"Bread goes stale when its starch crystallises, which happens fastest in the fridge ({n}).\n\n"
                for n in range(5)))
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert article.authors == ["Paige Brunton"]


def test_powered_by_is_no_byline():
    text = ("Shop\n\nHow to Repot a Fiddle Leaf Fig\n\nSecure checkout powered by Shopify\n\nMay 2, 2025\n\n"
            + "".join(f"Repot in spring, when the roots fill the pot and water runs straight through ({n}).\n\n"
                      for n in range(5)))
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert article.authors == []
    assert article.published == "2025-05-02"


def test_credit_lines_become_images_with_their_credit(fixtures):
    article = extract_dump(fixtures / "dumps" / "soup-review-credit-lines.txt")
    credits = [image.credit for image in article.images]
    assert "Hisense" in credits  # the label word "Credit:" dropped, as on the HTML path
    assert all(image.src is None for image in article.images)


def test_wrapped_lines_are_rejoined_into_prose():
    text = ("Menu\nHome\n\nThe council met on Monday to discuss the budget and\nagreed to raise the fees "
            "for the coming year, officials said.\n\nA second paragraph says more about the plan that the "
            "council adopted, and about its cost.\n\nFooter\n")
    lines = segment_lines(text)
    label_lines(lines)
    start, end = find_story(lines)
    assert [line.text for line in lines[start:end]][0].startswith("The council met on Monday")
    assert "and agreed to raise" in lines[start].text


def test_story_stops_at_a_comment_section():
    article_text = "".join(f"The mayor said the new bridge will open next spring after {n} years of work on it.\n\n"
                           for n in ("two", "three", "four"))
    comments = "12 Comments on “The bridge”\n\n" + "".join(
        f"I think the bridge is a waste of money and nobody asked for it in the first place, said reader {n}.\n\n"
        for n in range(8))
    article = run(Article(source="x.txt", text="Site\n\nBridge opens in spring\n\n" + article_text + comments),
                  Options(input_format="text"))
    assert article.body.count("The mayor said") == 3
    assert "waste of money" not in article.body


def test_story_stops_where_commenters_say_their_piece(fixtures):
    # Page 0448 cut down: the story's last section, a related list, then "Name says:" over each comment.
    article = extract_dump(fixtures / "dumps" / "innertext-comments-say-under-story.txt")
    assert article.paragraphs[0].startswith("Today, we are releasing the full CAD files")
    assert article.body.endswith("use the OCL for your own creations.")
    assert "says:" not in article.body
    assert "This makes me really happy" not in article.body


def test_story_goes_on_across_its_tables(fixtures):
    # Page 0103: two ranking tables, a row a line, between the story's paragraphs.
    article = extract_dump(fixtures / "dumps" / "innertext-ranking-tables-in-story.txt")
    assert "The 2023-2024 US News ranking data for the top 20 full-time MBA programs" in article.body
    assert "1 Chicago Booth School of Business 1 37% / 40%" in article.body
    assert "2023-2024 US News ranking data for the top 20 part-time MBA programs can be found here:" in article.body
    assert "20 Olin Business School (Missouri) 19 N/A / 39% 648 89% 38" in article.body


def test_price_ranges_are_no_site_name_suffix(fixtures):
    # Page 4070: "Basic Finishing: $50,000 – $100,000" ends like "Alt text – Site", and the same
    # price ends two lines; the story must not break there as at an image and a teaser.
    article = extract_dump(fixtures / "dumps" / "innertext-price-ranges-in-story.txt")
    assert "High-End Remodel (home theater, gym, guest suite): $100,000 – $200,000+" in article.body
    assert "Additional costs may include:" in article.body
    assert "Factors That Affect Bay Area Renovation Costs" in article.body
    assert article.paragraphs[-1].startswith("At GV Build, we are a high-quality remodeler")
    assert "Home Builders in Atherton" not in article.body


def test_story_stops_above_dated_teasers(fixtures):
    # Page 0234 cut down: the story, then "Recommend Posts", each teaser a headline, a blurb and a date.
    article = extract_dump(fixtures / "dumps" / "innertext-dated-teasers-below-story.txt")
    assert article.paragraphs[0].startswith("As technology advances, Bluetooth headphones are evolving")
    assert "Conclusion: The Future of Bluetooth Headphones" in article.body
    assert article.body.endswith("ensuring you stay ahead of the curve as technology evolves.")
    for teaser in ("Recommend Posts", "Healing Through Headphones", "NOV 19, 2025", "Budget vs. Premium Earbuds"):
        assert teaser not in article.body


def test_story_stops_at_a_newsletter_box_and_popular_posts(fixtures):
    # Page 0333: "Subscribe to <Site>" over a sign-up box, then "Popular posts" and "Trending stories".
    article = extract_dump(fixtures / "dumps" / "innertext-newsletter-box-and-popular-posts.txt")
    assert "Enterprise Rent-A-Car has claimed the top spot" in article.body
    assert article.body.endswith("compared to more than 22 minutes for those who stopped at it.")
    for clutter in ("Subscribe to", "free daily newsletter", "Popular posts", "Trending stories",
                    "The Cheapest Destinations To Fly In 2026"):
        assert clutter not in article.body


def test_one_name_saying_something_is_no_comment_section():
    text = ("Site\n\nBridge opens in spring\n\n" + "".join(
        f"The mayor said the new bridge will open next spring after {n} years of work on it.\n\n"
        for n in ("two", "three")) + "The engineer says:\n\n" + "".join(
        f"It carries four lanes and a cycle path, and it was built to last a hundred years ({n}).\n\n"
        for n in range(3)))
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert "The engineer says:" in article.body
    assert article.body.count("four lanes") == 3


def test_cli_reads_gzipped_dumps_and_forced_text(fixtures, tmp_path):
    dump = tmp_path / "page.txt.gz"
    dump.write_bytes(gzip.compress((fixtures / "dumps" / "sputnik-aleppo.txt").read_bytes()))
    result = CliRunner().invoke(cli, ["--explain", str(dump)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["input_format"] == "text"
    assert record["title"] == SEED_TITLE
    assert any(r["kind"] == "subscribe" and r["text"] == "Subscribe" for r in record["removed"])
    assert all(image["src"] is None for image in record["images"])


def test_cli_input_format_text_forces_the_dump_path(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>Not really markup</p>\nA line of text that is just a sentence about markup, for once.\n")
    result = CliRunner().invoke(cli, ["--input-format", "text", str(page)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["input_format"] == "text"


def test_japanese_story_stops_at_its_comment_form_and_ranking():
    # Ideographic prose counts by its characters: without the furniture's own words, the rankings and
    # teasers below a story, each a sentence, carried the story on to the end of the page.
    sentence = "市は{}年かけて建設した新しい橋を来春に開通させると発表した。市長は記者会見で安全性を強調した。\n\n"
    story = "".join(sentence.format(n) for n in ("二", "三", "四"))
    furniture = "コメントを書く\n\nログインする\n\nニュースランキング\n\n" + "".join(
        f"別の町では{n}月に新しい図書館が開館し、多くの市民が訪れたと関係者が明らかにした。\n\n1時間前\n\n"
        for n in range(1, 7))
    text = "サイト名\n\nホーム\n\n新しい橋が来春に開通\n\n" + story + furniture
    article = run(Article(source="x.txt", text=text), Options(input_format="text"))
    assert article.body.count("新しい橋を来春に開通させる") == 3
    assert "図書館" not in article.body
    assert "ランキング" not in article.body
