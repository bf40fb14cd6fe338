"""What a page type shows: structured-data types, URL words and markup words, each with the
page type it points to. Data only; `features.py` counts them and the fitted model weighs them."""

from __future__ import annotations

# schema.org @type (lower case) -> the kind of page it describes.
JSONLD_TYPE_KINDS = {
    "article": "article", "newsarticle": "article", "blogposting": "article", "reportagenewsarticle": "article",
    "analysisnewsarticle": "article", "opinionnewsarticle": "article", "reviewnewsarticle": "article",
    "backgroundnewsarticle": "article", "liveblogposting": "article", "scholarlyarticle": "article",
    "socialmediaposting": "article", "review": "article", "recipe": "article", "howto": "article",
    "product": "product", "offer": "product", "aggregateoffer": "product", "productgroup": "product",
    "aggregaterating": "product", "individualproduct": "product", "softwareapplication": "product",
    "discussionforumposting": "forum", "qapage": "forum", "question": "forum", "answer": "forum",
    "comment": "forum",
    "itemlist": "listing", "collectionpage": "listing", "searchresultspage": "listing", "blog": "listing",
    "listitem": "listing",
    "techarticle": "documentation", "apireference": "documentation", "softwaresourcecode": "documentation",
    "faqpage": "service", "contactpage": "service", "aboutpage": "service", "service": "service",
    "localbusiness": "service", "organization": "service", "corporation": "service", "place": "service",
    "postaladdress": "service", "event": "service", "educationalorganization": "service",
    "imagegallery": "collection", "imageobject": "collection", "videoobject": "collection",
    "mediagallery": "collection", "musicplaylist": "collection", "dataset": "collection",
    "person": "person", "profilepage": "person",
    "webpage": "webpage", "website": "webpage", "breadcrumblist": "breadcrumb",
}
JSONLD_KINDS = ("article", "product", "forum", "listing", "documentation", "service", "collection", "person",
                "webpage", "breadcrumb")

# og:type values (lower case, before any ":") -> kind.
OG_TYPE_KINDS = {"article": "article", "blog": "article", "product": "product", "website": "website",
                 "video": "collection", "music": "collection", "profile": "person", "book": "product",
                 "object": "website"}
OG_KINDS = ("article", "product", "website", "collection", "person")

# Words of a URL path (split at / - _ . and query punctuation, lower case) -> kind. English words
# because URL paths are overwhelmingly written in them, whatever the page's language.
URL_WORD_KINDS = {
    "news": "article", "article": "article", "articles": "article", "story": "article", "stories": "article",
    "blog": "article", "blogs": "article", "post": "article", "posts": "article", "opinion": "article",
    "tag": "listing", "tags": "listing", "category": "listing", "categories": "listing", "topics": "listing",
    "search": "listing", "archive": "listing", "archives": "listing", "author": "listing", "section": "listing",
    "page": "listing", "list": "listing", "index": "listing", "latest": "listing", "results": "listing",
    "forum": "forum", "forums": "forum", "thread": "forum", "threads": "forum", "topic": "forum",
    "discussion": "forum", "discussions": "forum", "community": "forum", "questions": "forum",
    "question": "forum", "viewtopic": "forum", "showthread": "forum", "board": "forum", "boards": "forum",
    "t": "forum", "r": "forum", "comments": "forum", "answers": "forum",
    "product": "product", "products": "product", "p": "product", "dp": "product", "item": "product",
    "shop": "product", "store": "product", "buy": "product", "sku": "product", "catalog": "product",
    "docs": "documentation", "doc": "documentation", "documentation": "documentation", "api": "documentation",
    "reference": "documentation", "manual": "documentation", "wiki": "documentation", "man": "documentation",
    "library": "documentation", "tutorial": "documentation", "guide": "documentation", "learn": "documentation",
    "developer": "documentation", "developers": "documentation", "sdk": "documentation", "en-us": "documentation",
    "about": "service", "contact": "service", "pricing": "service", "services": "service", "service": "service",
    "support": "service", "help": "service", "faq": "service", "plans": "service", "careers": "service",
    "login": "service", "terms": "service", "privacy": "service", "locations": "service", "solutions": "service",
    "gallery": "collection", "galleries": "collection", "collection": "collection", "collections": "collection",
    "photos": "collection", "video": "collection", "videos": "collection", "album": "collection",
    "media": "collection", "images": "collection", "watch": "collection", "playlist": "collection",
}
URL_KINDS = ("article", "listing", "forum", "product", "documentation", "service", "collection")

# Words of class attributes (split at - _ and space, lower case) -> kind of block they name.
MARKUP_WORD_KINDS = {
    "article": "article", "byline": "article", "author": "article", "dateline": "article", "story": "article",
    "entry": "article", "headline": "article",
    "card": "listing", "teaser": "listing", "grid": "listing", "tile": "listing", "pagination": "listing",
    "pager": "listing", "listing": "listing", "results": "listing", "excerpt": "listing", "feed": "listing",
    "post": "forum", "reply": "forum", "replies": "forum", "thread": "forum", "message": "forum",
    "comment": "forum", "comments": "forum", "forum": "forum", "topic": "forum", "vote": "forum",
    "votes": "forum", "answer": "forum", "signature": "forum", "avatar": "forum", "username": "forum",
    "product": "product", "price": "product", "cart": "product", "sku": "product", "basket": "product",
    "rating": "product", "stock": "product", "checkout": "product", "variant": "product", "quantity": "product",
    "reviews": "product", "wishlist": "product",
    "toc": "documentation", "highlight": "documentation", "syntax": "documentation", "code": "documentation",
    "docs": "documentation", "doc": "documentation", "sidebar": "documentation", "api": "documentation",
    "admonition": "documentation", "note": "documentation", "version": "documentation",
    "hero": "service", "cta": "service", "form": "service", "contact": "service", "pricing": "service",
    "testimonial": "service", "testimonials": "service", "feature": "service", "features": "service",
    "accordion": "service", "faq": "service", "banner": "service", "plan": "service",
    "gallery": "collection", "slide": "collection", "slider": "collection", "carousel": "collection",
    "thumbnail": "collection", "thumb": "collection", "lightbox": "collection", "album": "collection",
    "video": "collection", "player": "collection", "photo": "collection",
}
MARKUP_KINDS = URL_KINDS

# A price: a currency sign next to a digit ("$120", "120 €", "3800円"). Each sign is looked for with
# str.find, a memchr-speed scan (a character class of them scanned the page's text at a third of that
# speed); codes written in letters (USD, kr, zł) would cost a pattern tried at every letter, three
# times the whole page-type stage, and are left out.
CURRENCY_SIGNS = "$€£¥₹₽₩₺₪₫฿₴₱₦円元원"

# Words of a host name's labels before the registered domain ("docs.", "forum.", "shop.") -> kind:
# read with URL_WORD_KINDS, to which these add host-only words.
HOST_WORD_KINDS = {"community": "forum", "discuss": "forum", "answers": "forum", "shop": "product",
                   "store": "product", "docs": "documentation", "developer": "documentation",
                   "developers": "documentation", "wiki": "documentation", "help": "service",
                   "support": "service", "blog": "article", "news": "article"}

# Words of the paths a page links to (split like URL paths, lower case) -> what the link leads to. A
# forum thread links to each poster's profile and to reply forms, an article to its author's page,
# documentation to the source of each page ("edit", "blob"); English words, as in URL_WORD_KINDS.
HREF_WORD_KINDS = {
    "member": "user", "members": "user", "user": "user", "users": "user", "u": "user", "profile": "user",
    "memberlist": "user", "viewprofile": "user",
    "author": "author", "authors": "author",
    "edit": "edit", "blob": "edit",
    "reply": "reply", "replies": "reply", "quote": "reply",
}
HREF_KINDS = ("user", "author", "edit", "reply")
