"""Authors: people named by the page's structured data or visible byline, never the site itself."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from itertools import islice

from ..agencies import AGENCY_NAMES
from ..months import month_alternation
from .bylines import FIELD_JOINERS_ALT, box_text, byline_texts, is_name_boxes, marked_up_groups

AUTHOR_META_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                    "citation_author", "byl")
# Words that make a name an organisation's, so that a site named after its owner ("Jane Roe",
# a personal blog) keeps its author while "Example News" does not.
ORGANISATION_WORDS_RE = re.compile(
    r"\b(?:news|media|team|staff|press|group|inc|ltd|llc|gmbh|online|magazine|times|post|daily|journal|"
    r"security|blog|network|agency|company|institute|university|foundation|association|digital|studio|"
    # a newsroom's desk ("NZZ-Redaktion", "Rédaction Web", "Newsroom")
    r"redaktion|r[ée]daction|redacci[óo]n|reda[çc][ãa]o|redazione|redactie|redaksjonen?|redaktionen|newsroom|desk)\b",
    re.IGNORECASE,
)
# schema.org types of authors that are not people.
ORGANISATION_TYPES = {"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "WebPage",
                      "EducationalOrganization", "GovernmentOrganization", "LocalBusiness", "Brand"}
# Words that follow the writer's name in a byline, by language: "홍길동 기자" (reporter), "홍길동 특파원"
# (correspondent).
NAME_CUES = {
    "ko": ("기자", "특파원", "선임기자", "객원기자"),
}
# A one-word name, its cue, perhaps the writer's e-mail address after them: "홍길동 기자" and an address.
NAME_THEN_CUE_RE = re.compile(
    r"^([^\W\d_]{2,5})\s*(?:" + "|".join(cue for cues in NAME_CUES.values() for cue in cues) + r")(?:\s+\S+@\S+)?$"
)
BY_PREFIX_RE = re.compile(
    r"^(?:(?:written|posted|reviewed|words|story|articles?|posts|more|authored|text|insights|analysis|commentary|"
    r"(?:ein\s+)?kommentar|(?:ein\s+)?gastbeitrag)\s+)?"
    r"(?:by|von|par|por|di|door|av|from)\b\s*:?\s*"
    r"|^(?:author|authors|autor|auteur|автор|writer|posted|written)\s*:?\s+"
    # Chinese and Japanese labels with their full-width colon: "著者：", "作者：", "記者：", "文："
    r"|^(?:著者|作者|筆者|記者|记者|撰文|文)\s*[:：]\s*",
    re.IGNORECASE,
)
# What follows a name in a byline: a date, an update note, a role after a dash, "says", the section
# it is filed "in" (a word or two: "in the modern-day workplace" ends a sentence).
MONTH_NAMES_ALT = month_alternation(ascii_only=True)
# The button beside a writer's name that follows them, by language: "Jane Roe Follow", "Jane Roe +Folgen".
FOLLOW_BUTTONS = {
    "en": ("follow",), "de": ("folgen",), "fr": ("suivre",), "es": ("seguir",), "pt": ("seguir",),
    "it": ("segui",), "nl": ("volgen",), "no": ("følg",), "da": ("følg",), "sv": ("följ",), "pl": ("obserwuj",),
    "cs": ("sledovat",),
}
FOLLOW_BUTTON_RE = re.compile(
    r"\s*\+?(?:" + "|".join(sorted({word for words in FOLLOW_BUTTONS.values() for word in words})) + r")$",
    re.IGNORECASE,
)
BYLINE_TAIL_RE = re.compile(
    r"\s+(?:[-–—|•·](?:\s|$)|on\s+\w+|at\b|(?-i:in)(?:\s+\S+){0,2}$|"
    r"last updated|updated|published|posted|says\b|\d{1,2}[/.]\d|"
    rf"(?:{MONTH_NAMES_ALT})\.?\s+\d).*$",
    re.IGNORECASE,
)
WEEKDAY_NAMES_ALT = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                     "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun")
# A date before the name ("Dec. 19, 2025 · Jane Roe", "2025-12-17 · Jane Roe"), cut with its separator.
LEADING_DATE_RE = re.compile(
    rf"^(?:(?:{WEEKDAY_NAMES_ALT})\.?,?\s+)?"
    rf"(?:(?:{MONTH_NAMES_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:{MONTH_NAMES_ALT})\.?,?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*[·•|–—-]\s*",
    re.IGNORECASE,
)
# Lines of an author box that are not the name: the avatar's initials ("CM"), a label
# ("The Author"), a reading time, bullets.
NOISE_LINE_RE = re.compile(
    r"^(?:(?-i:[A-Z]{1,2})|(?:about )?the authors?:?|\d+\s*min(?:ute)?s?(?: read)?|[^\w]+)$", re.IGNORECASE
)
# What parts the names of one author field: a joiner word in the byline's language, a separator.
AUTHOR_SPLIT_RE = re.compile(rf"\s*(?:;|(?<!\S)(?:{FIELD_JOINERS_ALT})(?!\S)|&|\||、)\s*", re.IGNORECASE)
# Not people: placeholders that CMSs put in the author field.
NOT_AUTHORS_RE = re.compile(
    r"^(?:staff|staff writer|editor|editors|editorial|admin|administrator|redaktion|rédaction|"
    r"redacción|news desk|newsdesk|web desk|correspondent|guest|anonymous|unknown|user|team|"
    r"the editors|editorial staff|editorial team)$|^https?://|^www\.|^/|@|\d{3,}",
    re.IGNORECASE,
)
# Credentials that follow a name after a comma ("Jane Roe, MD, RD") belong to that name.
CREDENTIAL_RE = re.compile(r"^(?:[A-Z][A-Za-z.\-®]{0,7}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]{2,}[\w\-\s]{0,10})$")
# Words of a job title that bylines put after the name ("Jane Roe, Senior Reporter"), by language.
# Only English so far: a title after a comma stays with the name, as general-article labels keep
# it and news labels do not, so more titles keep more news names wrong. German, French, ... titles
# were tried: no tuning page gained, and fundus-news's text-dump authors fell.
ROLE_WORDS = {
    "en": ("expert", "director", "attorney", "lawyer", "editor", "writer", "reporter", "correspondent", "columnist",
           "contributor", "journalist", "ceo", "cto", "cfo", "coo", "founder", "co-founder", "owner", "manager",
           "educator", "specialist", "consultant", "officer", "president", "engineer", "analyst", "dietitian",
           "nutritionist", "physician", "nurse", "therapist", "professor", "lecturer", "researcher", "scientist",
           "producer", "photographer", "strategist", "coach", "trainer", "adviser", "advisor", "designer",
           "developer", "marketer", "horticulturalist", "representative", "chef", "critic", "curator",
           "practitioner"),
}
ROLE_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(word for words in ROLE_WORDS.values() for word in words) + r")s?\b", re.IGNORECASE
)
NAME_PARTICLES = {"van", "der", "den", "de", "del", "della", "la", "le", "von", "di", "da", "dos", "du", "bin", "al",
                  "el", "ten", "ter", "y"}
# Capitalised words that bylines put where a name would be.
NOT_NAME_WORDS = {"published", "updated", "posted", "author", "authors", "share", "use", "case", "insights",
                  "from", "try", "it", "read", "more", "view", "all", "articles", "posts", "about", "admin"}
# One token that is not written like a name: lowercase, dotted or underscored, with digits,
# or with a capital inside ("KatieS"), as CMS user names and template placeholders are.
HANDLE_RE = re.compile(r"[^\s]*[._\d][^\s]*|[a-z][^\s]*|[^\s]*[a-z][A-Z][^\s]*")
MAX_BYLINE_CHARS = 80
# How many tails (a date, a section, an update note) one byline may run on with.
MAX_TAILS = 3
# News agencies in an author field (agencies.py), matched whatever their case.
AGENCY_KEYS = frozenset(name.casefold() for name in AGENCY_NAMES)
# "Corina Gall (cog.)", "Jane Roe (jr)": the desk's short sign for the author after the name.
INITIALS_AFTER_NAME_RE = re.compile(r"\s*\((?:[a-zà-ÿ]{1,4}\.?|[A-Z]{1,4}\.?)\)$")
# "Jane Roe@janeroe", "Jane Roe @janeroe": the writer's social handle after the name. An e-mail
# address goes on after the "@word" with a dot or a hyphen: it stays whole, to be refused as no name.
HANDLE_AFTER_NAME_RE = re.compile(r"(?:(?<=[^\W\d_])|\s+)@\w+(?![\w.@-])")
# The label an SEO plugin gives the author in a Twitter card ("twitter:label1" "Written by",
# "twitter:data1" "Jane Roe"; or one tag "twitter:misc:Written by"), in the languages it writes.
AUTHOR_LABELS = {
    "en": (r"(?:written|posted) by", r"authors?", r"by"),
    "de": (r"verfasst von", r"geschrieben von", r"autor(?:in)?"),
    "fr": (r"[ée]crit par", r"auteur"),
    "es": (r"escrito por", r"autor"),
    "pt": (r"escrito por", r"autor"),
    "it": (r"scritto da", r"autore"),
    "nl": (r"geschreven door", r"auteur"),
    "sv": (r"skriven av", r"f[öo]rfattare"),
    "no": (r"skrevet av", r"forfatter"),
    "da": (r"skrevet af", r"forfatter"),
    "pl": (r"napisane przez", r"autor"),
    "tr": (r"yazan", r"yazar"),
    "ru": (r"автор",),
}
AUTHOR_LABEL_RE = re.compile("|".join(label for labels in AUTHOR_LABELS.values() for label in labels), re.IGNORECASE)
TWITTER_MISC_PREFIX = "twitter:misc:"
MAX_TWITTER_LABELS = 4
# Where the page names its owner or publisher: an author field that names them names no person.
OWNER_META_KEYS = ("copyright", "dc.rights", "publisher", "dc.publisher")
# Shorter names ("AP", "dpa") are found inside too many owners' names by chance.
MIN_OWNER_LETTERS = 4
MAX_AUTHOR_WORDS = 6
# A town after a byline's name is a word of this many letters or more ("Rome"; "Jr", "Esq" are shorter).
MIN_PLACE_LETTERS = 4
# A paper's author list runs to a score of names in its citation tags; a visible byline is cut at
# MAX_BYLINE_CHARS long before this, so the cap only stops a runaway list of tags.
MAX_AUTHORS = 50
# Bylines of the page's byline markup read for more writers than the data names: the first few
# (further ones are teasers of other stories).
MAX_FULLER_BYLINES = 3


def find_authors(tree, meta: dict[str, list[str]], ld: dict, objects: list[dict], site_name: str | None) -> list[str]:
    """The first source that names people wins: JSON-LD, then <meta>, then visible bylines.
    A source that gives only weak names (a login handle, the site's own name) is kept as a
    fallback, so that a visible byline can still name the person; a news agency is left out even
    there. Of the visible bylines only
    the first may give the fallback: further down, a lone lowercase word after "By" is prose
    ("By integrating ..."), not a handle. `meta` holds each tag's values (a page may give each
    author a `citation_author` of their own)."""
    fallback: list[str] = []
    seen_visible = False
    owners = _owner_names(meta, ld)
    for candidates, visible in _author_sources(tree, meta, ld, objects):
        people = clean_authors(candidates, site_name, visible)
        named = [name for name in people if not is_weak_name(name, site_name) and not _is_owner(name, owners)]
        if named:
            return named if visible else fuller_byline(named, tree, site_name)
        if not (visible and seen_visible):
            fallback = fallback or people
        seen_visible = seen_visible or visible
    return without_agencies(fallback)


def without_agencies(names: list[str]) -> list[str]:
    """The names that are no news agency's: a wire service credited for the story ("dpa", "AFP/dpa")
    is no person, and the record has no field for it."""
    return [name for name in names if not _is_agency(name)]


def fuller_byline(named: list[str], tree, site_name: str | None) -> list[str]:
    """The writers of the page's marked-up byline where it names every person the data names and
    more, each writer in markup of their own (a name box each, side by side): a CMS's author
    field may hold only the first of several writers."""
    wanted = {name.casefold() for name in named}
    for group in islice(marked_up_groups(tree), MAX_FULLER_BYLINES):
        if len(group) <= len(wanted) or not is_name_boxes(group):
            continue
        each = [clean_authors([box_text(element)], site_name, visible=True) for element in group]
        if any(len(people) != 1 for people in each):
            continue
        people = [people[0] for people in each]
        if wanted < {name.casefold() for name in people} and not any(is_weak_name(name, site_name) for name in people):
            return people
    return named


def _author_sources(tree, meta: dict[str, list[str]], ld: dict,
                    objects: list[dict]) -> Iterator[tuple[list[str], bool]]:
    """(candidate names, visible?) from the cheapest source to the dearest: the byline search walks
    the whole tree, so only when needed. Visible bylines are noisy ("Dec. 19", "Published on"),
    so their names must look like names."""
    yield _jsonld_authors(ld, objects), False
    for values in _meta_authors(meta):
        yield values, False
    for texts in byline_texts(tree):
        texts = [text for text in texts if len(clean_byline(text)) < MAX_BYLINE_CHARS]
        if texts:
            yield texts, True


def clean_authors(candidates: list[str], site_name: str | None, visible: bool = False) -> list[str]:
    site = (site_name or "").lower()
    people: list[str] = []
    for raw in candidates:
        names = split_authors(raw)
        if visible and is_prose(names):
            continue
        for name in names:
            if visible and not is_written_like_a_name(name):
                continue
            if is_person_name(name) and not _is_site(name, site) and name not in people:
                people.append(name)
    return people[:MAX_AUTHORS]


def is_prose(pieces: list[str]) -> bool:
    """'By 2013, the landscape had transformed. We had ...': a sentence that starts with "By",
    whose pieces are clauses too long to be names."""
    return any(len(piece.split(",")[0].split()) > MAX_AUTHOR_WORDS for piece in pieces)


def split_authors(text: str) -> list[str]:
    """'Jane Roe, MD and John Doe' → ['Jane Roe, MD', 'John Doe']. What follows a name after a
    comma stays with it when it is a credential ('MD', 'PhD') or a role ('Shipping Expert',
    'Master Horticulturalist & Garden Educator'): the person's byline, not another person."""
    names: list[str] = []
    segments = [s.strip() for s in clean_byline(text).split(",")]
    for position, segment in enumerate(segments):
        if names and position == len(segments) - 1 and _is_dateline_place(segment, names[-1]):
            continue
        if names and is_role(segment):
            names[-1] = f"{names[-1]}, {segment}"
            continue
        parts = [p.strip(" ,") for p in _parted_at_joiners(segment)]
        for index, part in enumerate(part for part in parts if part):
            if names and index == 0 and is_credential(part):
                names[-1] = f"{names[-1]}, {part}"
            else:
                names.append(part)
    return names


def _parted_at_joiners(segment: str) -> list[str]:
    """'Jane Roe and John Doe' → ['Jane Roe', 'John Doe']; in a field written in both cases, not
    where a lowercase word follows the joiner: 'Faculty of Law ir visuomenės studijų' is one phrase
    (a role), not two names."""
    cased = segment != segment.lower()
    parts, last = [], 0
    for joint in AUTHOR_SPLIT_RE.finditer(segment):
        if cased and segment[joint.end():joint.end() + 1].islower():
            continue
        parts.append(segment[last:joint.start()])
        last = joint.end()
    return [*parts, segment[last:]]


def _is_dateline_place(segment: str, previous: str) -> bool:
    """"Von Jane Roe, Berlin": one capitalised word after a whole name ends the byline with the
    town the writer files from, not a second writer (whose name would have a surname) or a
    credential ("MD", "PhD", "Jr": capitals inside, or short)."""
    return (segment.isalpha() and segment[:1].isupper() and segment[1:].islower() and len(segment) >= MIN_PLACE_LETTERS
            and len(previous.split(",")[0].split()) >= 2 and not _is_agency(segment) and not is_role(segment))


def is_credential(piece: str) -> bool:
    return bool(CREDENTIAL_RE.match(piece)) and len(piece.split()) <= 3 and not _looks_like_name(piece)


def is_role(segment: str) -> bool:
    return bool(ROLE_WORDS_RE.search(segment))


def clean_byline(text: str) -> str:
    """'Author\n  By Jane Roe - June 12, 2025' → 'Jane Roe'; 'Dec. 19, 2025 · Jane Roe' → 'Jane Roe'."""
    lines = [LEADING_DATE_RE.sub("", " ".join(line.split())) for line in html.unescape(text).splitlines()]
    lines = [BY_PREFIX_RE.sub("", line).strip(" ,:|-–—\"'") for line in lines]
    lines = [line for line in lines
             if line and not BY_PREFIX_RE.fullmatch(line + " ") and not NOISE_LINE_RE.match(line)]
    first = lines[0] if lines else ""
    # tails stack: "Jane Roe in Politics on May 2" loses the date, then the section
    for _ in range(MAX_TAILS):
        first, cut = BYLINE_TAIL_RE.subn("", first)
        first = first.strip(" ,:|-–—\"'")
        if not cut:
            break
    first = FOLLOW_BUTTON_RE.sub("", first) if " " in first.strip() else first
    return HANDLE_AFTER_NAME_RE.sub("", INITIALS_AFTER_NAME_RE.sub("", first))


def is_person_name(name: str) -> bool:
    words = name.split(",")[0].split()
    return 0 < len(words) <= MAX_AUTHOR_WORDS and not NOT_AUTHORS_RE.search(name)


def is_written_like_a_name(name: str) -> bool:
    """'Jane van der Roe', 'J. R. Roe', 'Tom May', 'jsteinhardt'; not 'Dec. 19', 'Published on'."""
    words = name.split(",")[0].split()
    if not words or any(ch.isdigit() for ch in name):
        return False
    if words[0].lower() in NOT_NAME_WORDS:
        return False
    # A lone lowercase word is a handle ("jsteinhardt"); lowercase words among capitalised ones
    # must be name particles ("van der").
    capitalised = [word for word in words if word[0].isupper()]
    return len(words) == 1 or all(word[0].isupper() or word.lower() in NAME_PARTICLES for word in words) \
        and bool(capitalised)


def is_weak_name(name: str, site_name: str | None) -> bool:
    """A login handle ("kffnirmitap", "andrew.keaveney", "KatieS"), the site's own name, an
    organisation's or a desk's ("Example Weekly Staff", "NZZ-Redaktion") or an agency ("Reuters", "AFP"):
    kept only when no source names a person, and left out beside one who is."""
    return (bool(HANDLE_RE.fullmatch(name)) or (bool(site_name) and _letters(name) == _letters(site_name))
            or bool(ORGANISATION_WORDS_RE.search(name)) or _is_agency(name))


def _is_agency(name: str) -> bool:
    """'Reuters', 'AFP/dpa': a news agency, or agencies, in the author field (not a person)."""
    return all(part.strip().casefold() in AGENCY_KEYS for part in name.split("/"))


def _owner_names(meta: dict[str, list[str]], ld: dict) -> list[str]:
    """Who the page says owns or publishes it (its copyright line, its publisher): a company that
    CMSs also write into the author field."""
    names = [value for key in OWNER_META_KEYS for value in meta.get(key, [])]
    for key in ("publisher", "copyrightHolder"):
        owner = ld.get(key)
        owner = owner.get("name") if isinstance(owner, dict) else owner
        if isinstance(owner, str):
            names.append(owner)
    return [_letters(html.unescape(name)) for name in names]


def _is_owner(name: str, owners: list[str]) -> bool:
    """'Example Media' where the copyright reads '© 2022 Example Media': the owner, not a person."""
    letters = _letters(name)
    return len(letters) >= MIN_OWNER_LETTERS and any(letters in owner for owner in owners)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _is_site(name: str, site: str) -> bool:
    return name.lower() == site and (bool(ORGANISATION_WORDS_RE.search(name)) or len(name.split()) < 2)


def _looks_like_name(piece: str) -> bool:
    words = piece.split()
    return len(words) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in words)


def _jsonld_authors(ld: dict, objects: list[dict]) -> list[str]:
    value = ld.get("author") or ld.get("creator")
    values = value if isinstance(value, list) else [value] if value else []
    named = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and "name" in obj}
    names = []
    for item in values:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            # Yoast-style graphs give the article only {"@id": ...}; the Person sits elsewhere in the graph.
            if "name" not in item and isinstance(item.get("@id"), str):
                item = named.get(item["@id"], item)
            if _is_organisation_object(item):
                continue
            name = item.get("name")
            if isinstance(name, list) and name:
                name = name[0]
            if isinstance(name, str):
                names.append(name)
    return names


def _is_organisation_object(item: dict) -> bool:
    """An author typed as an organisation or a website is the publisher, not a person."""
    types = item.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1] in ORGANISATION_TYPES for t in types)


def _meta_authors(meta: dict[str, list[str]]) -> list[list[str]]:
    """Each author <meta> in order, with every value of a tag the page repeats; the Twitter handle
    last, as it is rarely a name."""
    first = {key: values[0] for key, values in meta.items()}
    handle = first.get("twitter:creator")
    tags = [meta[key] for key in AUTHOR_META_KEYS if meta.get(key)]
    return tags + [[value] for value in _labelled_meta_authors(first)] + ([[handle]] if handle else [])


def _labelled_meta_authors(meta: dict) -> list[str]:
    """Twitter card label/value pairs (twitter:label1 "Written by", twitter:data1 "Jane Roe") and
    labelled tags (twitter:misc:Written by "Jane Roe"), as WordPress SEO plugins write them."""
    paired = [meta.get(f"twitter:data{n}", "") for n in range(1, MAX_TWITTER_LABELS + 1)
              if AUTHOR_LABEL_RE.fullmatch(meta.get(f"twitter:label{n}", "").strip())]
    named = [value for key, value in meta.items() if key.startswith(TWITTER_MISC_PREFIX)
             and AUTHOR_LABEL_RE.fullmatch(key[len(TWITTER_MISC_PREFIX):].strip())]
    return paired + named
