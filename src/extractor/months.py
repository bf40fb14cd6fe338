"""Month names as pages write them, one table for every stage that reads a date (metadata, the
text-dump byline, the boilerplate patterns): a language added here is read everywhere."""

from __future__ import annotations

# Per language, each month's spellings in calendar order: full names, the abbreviations pages print
# ("Sept.", "ene", "abr"), and where the language declines them the form a date uses ("5 марта").
MONTH_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
           ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
           ("october", "oct"), ("november", "nov"), ("december", "dec")),
    "de": (("januar", "jan"), ("februar", "feb"), ("märz", "mär", "mrz"), ("april", "apr"), ("mai",), ("juni", "jun"),
           ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
           ("dezember", "dez")),
    "fr": (("janvier", "janv"), ("février", "févr"), ("mars",), ("avril", "avr"), ("mai",), ("juin",),
           ("juillet", "juil"), ("août",), ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
           ("décembre", "déc")),
    "es": (("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",), ("junio",), ("julio",),
           ("agosto", "ago"), ("septiembre",), ("octubre",), ("noviembre",), ("diciembre", "dic")),
    "ru": (("январь", "января"), ("февраль", "февраля"), ("март", "марта"), ("апрель", "апреля"),
           ("май", "мая"), ("июнь", "июня"), ("июль", "июля"), ("август", "августа"),
           ("сентябрь", "сентября"), ("октябрь", "октября"), ("ноябрь", "ноября"), ("декабрь", "декабря")),
    "it": (("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"), ("maggio", "mag"),
           ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"), ("settembre", "set"), ("ottobre", "ott"),
           ("novembre", "nov"), ("dicembre", "dic")),
    "pt": (("janeiro",), ("fevereiro",), ("março",), ("abril",), ("maio",), ("junho",), ("julho",), ("agosto",),
           ("setembro",), ("outubro",), ("novembro",), ("dezembro",)),
    "nl": (("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",), ("juli",), ("augustus",),
           ("september",), ("oktober",), ("november",), ("december",)),
    "sv": (("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",), ("augusti",),
           ("september",), ("oktober",), ("november",), ("december",)),
    "no": (("januar",), ("februar",), ("mars",), ("april",), ("mai",), ("juni",), ("juli",), ("august",),
           ("september",), ("oktober",), ("november",), ("desember",)),
    "da": (("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",), ("august",),
           ("september",), ("oktober",), ("november",), ("december",)),
    # Polish and Czech write a date's month in the genitive ("5 marca", "5. března").
    "pl": (("styczeń", "stycznia"), ("luty", "lutego"), ("marzec", "marca"), ("kwiecień", "kwietnia"),
           ("maj", "maja"), ("czerwiec", "czerwca"), ("lipiec", "lipca"), ("sierpień", "sierpnia"),
           ("wrzesień", "września"), ("październik", "października"), ("listopad", "listopada"),
           ("grudzień", "grudnia")),
    "cs": (("leden", "ledna"), ("únor", "února"), ("březen", "března"), ("duben", "dubna"), ("květen", "května"),
           ("červen", "června"), ("červenec", "července"), ("srpen", "srpna"), ("září",), ("říjen", "října"),
           ("listopad", "listopadu"), ("prosinec", "prosince")),
    "tr": (("ocak",), ("şubat",), ("mart",), ("nisan",), ("mayıs",), ("haziran",), ("temmuz",), ("ağustos",),
           ("eylül",), ("ekim",), ("kasım",), ("aralık",)),
}

# Every spelling → its month's number (1-12), lowercase.
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for months in MONTH_NAMES.values()
    for number, names in enumerate(months, start=1)
    for name in names
}


def month_alternation(ascii_only: bool = False) -> str:
    """The spellings as a regex alternation, longest first (so "june" is tried before "jun")."""
    names = (name for name in MONTH_NUMBERS if name.isascii() or not ascii_only)
    return "|".join(sorted(names, key=lambda name: (-len(name), name)))
