import pytest

from newsevents.time import is_historical, resolve_expression, resolve_holiday, shift_date

PUB = "2022-12-16"  # a Friday

# (text, anchor, prefer, value, basis): value's length is its precision (day, month, year).
# "past"/"future" is what the governing verb's tense and modality give (see tense_preference).
TABLE = [
    # weekdays, with and without qualifiers; a weekday in a paper of that weekday is that day
    ("on Monday", PUB, "future", "2022-12-19", "relative"),
    ("on Monday", PUB, "past", "2022-12-12", "relative"),
    ("Monday", PUB, "future", "2022-12-19", "relative"),
    ("on Friday", PUB, "past", "2022-12-16", "relative"),
    ("on Friday", PUB, "future", "2022-12-16", "relative"),
    ("Thursday", PUB, "past", "2022-12-15", "relative"),
    ("Thursday", PUB, "future", "2022-12-22", "relative"),
    ("Saturday", PUB, "past", "2022-12-10", "relative"),
    ("Saturday", PUB, "future", "2022-12-17", "relative"),
    ("Sunday", PUB, "past", "2022-12-11", "relative"),
    ("Tuesday", PUB, "past", "2022-12-13", "relative"),
    ("Wednesday", PUB, "future", "2022-12-21", "relative"),
    ("late Saturday", PUB, "past", "2022-12-10", "relative"),
    ("on late Saturday", PUB, "past", "2022-12-10", "relative"),
    ("early Tuesday morning", PUB, "past", "2022-12-13", "relative"),
    ("Thursday night", PUB, "past", "2022-12-15", "relative"),
    ("Wednesday evening", PUB, "past", "2022-12-14", "relative"),
    ("Friday's", PUB, "past", "2022-12-16", "relative"),
    ("last Monday", PUB, "past", "2022-12-12", "relative"),
    ("last Monday", PUB, "future", "2022-12-12", "relative"),
    ("next Tuesday", PUB, "past", "2022-12-20", "relative"),
    ("the weekend", PUB, "past", "2022-12-10", "relative"),
    ("the weekend", PUB, "future", "2022-12-17", "relative"),
    ("last weekend", PUB, "past", "2022-12-10", "relative"),
    ("this past weekend", PUB, "past", "2022-12-10", "relative"),
    ("on Monday", "2017-05-09", "past", "2017-05-08", "relative"),
    # a Monday paper's "early Tuesday" in the past tense: the next morning abroad, not 6 days back
    ("early Tuesday", "2017-08-28", "past", "2017-08-29", "relative"),
    ("last Tuesday", "2017-08-28", "past", "2017-08-22", "relative"),
    ("on Wednesday", "2017-08-28", "past", "2017-08-23", "relative"),
    ("Tuesday", "2017-08-28", "past", "2017-08-22", "relative"),
    ("on Saturday", "2017-05-09", "past", "2017-05-06", "relative"),
    # days around publication
    ("today", PUB, "past", "2022-12-16", "relative"),
    ("yesterday", PUB, "past", "2022-12-15", "relative"),
    ("tomorrow", PUB, "future", "2022-12-17", "relative"),
    ("tonight", PUB, "past", "2022-12-16", "relative"),
    ("this morning", PUB, "past", "2022-12-16", "relative"),
    ("last night", PUB, "past", "2022-12-15", "relative"),
    # weeks, months, years relative to publication: the precision of the words
    ("last week", PUB, "past", "2022-12", "relative"),
    ("this week", PUB, "past", "2022-12", "relative"),
    ("earlier this month", PUB, "past", "2022-12", "relative"),
    ("later this month", PUB, "future", "2022-12", "relative"),
    ("this month", PUB, "past", "2022-12", "relative"),
    ("last month", PUB, "past", "2022-11", "relative"),
    ("next month", PUB, "future", "2023-01", "relative"),
    ("last year", PUB, "past", "2021", "relative"),
    ("this year", PUB, "past", "2022", "relative"),
    ("earlier this year", PUB, "past", "2022", "relative"),
    ("next year", PUB, "future", "2023", "relative"),
    ("last month", "2018-01-03", "past", "2017-12", "relative"),
    # "ago"
    ("three years ago", PUB, "past", "2019", "relative"),
    ("a year ago", PUB, "past", "2021", "relative"),
    ("a decade ago", PUB, "past", "2012", "relative"),
    ("two weeks ago", PUB, "past", "2022-12-02", "relative"),
    ("five days ago", PUB, "past", "2022-12-11", "relative"),
    ("two weeks ago", "2018-01-01", "past", "2017-12-18", "relative"),
    # months without a year: the verb's tense picks the year
    ("February 24", PUB, "past", "2022-02-24", "explicit"),
    ("February 24", PUB, "future", "2023-02-24", "explicit"),
    ("Feb. 24", PUB, "past", "2022-02-24", "explicit"),
    ("24 February", PUB, "past", "2022-02-24", "explicit"),
    ("March 3rd", PUB, "past", "2022-03-03", "explicit"),
    ("on Dec 5", PUB, "past", "2022-12-05", "explicit"),
    ("in December", PUB, "past", "2022-12", "relative"),
    ("in December", "2018-01-01", "past", "2017-12", "relative"),
    ("in January", PUB, "past", "2022-01", "relative"),
    ("in January", PUB, "future", "2023-01", "relative"),
    ("in mid-December", PUB, "past", "2022-12", "relative"),
    ("in late November", PUB, "past", "2022-11", "relative"),
    ("the end of November", PUB, "past", "2022-11", "relative"),
    ("at the end of November", "2017-12-31", "past", "2017-11", "relative"),
    ("in September", "2017-12-31", "past", "2017-09", "relative"),
    # absolute dates: the tense does not move them
    ("16 December 2022", PUB, "past", "2022-12-16", "explicit"),
    ("February 24, 2022", PUB, "future", "2022-02-24", "explicit"),
    ("Dec. 28, 2017", PUB, "past", "2017-12-28", "explicit"),
    ("2014-09-03", PUB, "past", "2014-09-03", "explicit"),
    ("in June 2019", PUB, "past", "2019-06", "explicit"),
    ("June 2019", PUB, "future", "2019-06", "explicit"),
    ("September 2014", PUB, "past", "2014-09", "explicit"),
    ("in April 2014", PUB, "past", "2014-04", "explicit"),
    ("in 2020", PUB, "past", "2020", "explicit"),
    ("in 2020", PUB, "future", "2020", "explicit"),
    ("2013", PUB, "past", "2013", "explicit"),
    ("in 1998", PUB, "past", "1998", "explicit"),
    ("late 2019", PUB, "past", "2019", "explicit"),
    ("early 2020", PUB, "past", "2020", "explicit"),
    ("mid-2019", PUB, "past", "2019", "explicit"),
    # ranges keep their start
    ("since June 2019", PUB, "past", "2019-06", "explicit"),
    ("since September 2014", "2018-03-30", "past", "2014-09", "explicit"),
    ("between March and May", PUB, "past", "2022-03", "relative"),
    ("from March to May", PUB, "past", "2022-03", "relative"),
    ("between March and May 2021", PUB, "past", "2021-03", "explicit"),
    ("from 2014 to 2016", PUB, "past", "2014", "explicit"),
    ("between 2014 and 2016", PUB, "past", "2014", "explicit"),
    # fixed-date holidays: the occurrence the tense points to, or the year given
    ("on New Year's Eve", "2016-01-22", "past", "2015-12-31", "relative"),
    ("New Year's Eve", "2017-12-29", "future", "2017-12-31", "relative"),
    ("New Years Eve", "2016-01-22", "past", "2015-12-31", "relative"),
    ("New Year's Day", "2017-12-31", "future", "2018-01-01", "relative"),
    ("Christmas", PUB, "past", "2021-12-25", "relative"),
    ("Christmas", PUB, "future", "2022-12-25", "relative"),
    ("on Christmas Eve", PUB, "future", "2022-12-24", "relative"),
    ("Christmas Day 2015", PUB, "past", "2015-12-25", "explicit"),
    ("Halloween", PUB, "past", "2022-10-31", "relative"),
]


@pytest.mark.parametrize("text,anchor,prefer,value,basis", TABLE)
def test_resolve_expression(text, anchor, prefer, value, basis):
    r = resolve_expression(text, anchor, prefer)
    assert r is not None, text
    assert (r.value, r.basis) == (value, basis)


def test_the_table_is_large():
    assert len(TABLE) >= 80


@pytest.mark.parametrize("text", [
    "more than three years", "three years", "the past two weeks", "", "one-year", "a 10-day",
    "the 1990s", "last summer", "25", "recent weeks",
])
def test_durations_and_vague_words_are_not_dates(text):
    assert resolve_expression(text, PUB, "past") is None


def test_relative_expression_needs_a_publication_date():
    assert resolve_expression("on Monday", None, "past") is None
    assert resolve_expression("in 2020", None, "past").value == "2020"


@pytest.mark.parametrize("value,expected", [
    ("2022-02-24", True), ("2022-11-20", False), ("2022-12-19", False),
    ("2020", True), ("2022", False), ("2022-10", True), ("2022-11", False), (None, False),
])
def test_historical_is_more_than_30_days_before_publication(value, expected):
    assert is_historical(value, PUB) is expected


def test_a_holiday_nearest_to_an_approximate_anchor():
    # "two years after ... New Year's Eve" in a paper of 2017-12-30: the anchor is 2015-12-30
    assert resolve_holiday("New Year's Eve", "2015-12-30", "nearest") == "2015-12-31"
    assert resolve_holiday("New Year's Eve", "2015-12-30", "past") == "2014-12-31"
    assert resolve_holiday("New Year's Day", "2016-01-03", "nearest") == "2016-01-01"
    assert resolve_holiday("Orthodox Christmas", PUB) is None
    assert resolve_holiday("Christmas", None) is None


@pytest.mark.parametrize("value,count,unit,expected", [
    ("2017-12-30", -2, "year", "2015"),       # a day moved by years is a year
    ("2017-12-27", -1, "day", "2017-12-26"),
    ("2018-01-03", 2, "week", "2018-01-17"),
    ("2018-03-31", -1, "month", "2018-02"),
    ("2018-07", -3, "month", "2018-04"),
    ("2018", -3, "year", "2015"),
    ("2018-07", -10, "day", "2018-06"),      # never more precise than the anchor
    ("2020-05-01", -1, "decade", "2010"),
])
def test_shift_date_keeps_the_coarser_precision(value, count, unit, expected):
    assert shift_date(value, count, unit) == expected


def test_the_holiday_table_loads_real_days():
    from newsevents.time import load_holidays, resolve_holiday

    days = load_holidays()
    assert days["new years eve"] == (12, 31) and days["bastille day"] == (7, 14)
    assert resolve_holiday("Christmas Eve", "2017-12-30") == "2017-12-24"
    assert resolve_holiday("New Year's Eve", "2017-12-30") == "2016-12-31"


@pytest.mark.parametrize("text", ["the past year", "in the past year", "over the last month", "the past week"])
def test_a_stretch_up_to_now_is_no_date(text):
    # "jihadist attacks in the past year" (July 2016) were not in 2015
    assert resolve_expression(text, "2016-07-15") is None


def test_last_year_without_the_is_still_the_calendar_year():
    assert resolve_expression("last year", "2016-07-15").value == "2015"


@pytest.mark.parametrize("words, value", [
    ("September 24, 2019", "2019-09-24"), ("24 September 2019", "2019-09-24"), ("Sep. 4, 2019", "2019-09-04"),
    ("June 2019", "2019-06"), ("2019", "2019"), ("September 24", None), ("last June", None), ("1492", None),
])
def test_whole_calendar_dates_are_read_without_dateparser(words, value):
    from newsevents.time import _calendar_date

    assert _calendar_date(words) == value


@pytest.mark.parametrize("words, base, prefer, value", [
    ("April 18", "2020-01-15", "past", "2019-04-18"), ("April 18", "2020-01-15", "future", "2020-04-18"),
    ("Dec. 18", "2020-01-15", "past", "2019-12-18"), ("14 December", "2020-12-14", "past", "2020-12-14"),
    ("14 December", "2020-12-14", "future", "2021-12-14"), ("jan 2", "2020-01-15", "past", "2020-01-02"),
])
def test_month_days_take_the_year_before_or_after_the_base(words, base, prefer, value):
    from newsevents.time import resolve_expression

    got = resolve_expression.__wrapped__(words, base, prefer)
    assert (got.value, got.basis) == (value, "explicit")


@pytest.mark.parametrize("text", ["on September 24, 2019", "in June 2019", "in 2019", "on 4 July 2016"])
def test_calendar_fast_path_agrees_with_dateparser(text, monkeypatch):
    import newsevents.time as T

    fast = T.resolve_expression.__wrapped__(text, "2020-01-15", "past")
    monkeypatch.setattr(T, "_calendar_date", lambda words: None)
    slow = T.resolve_expression.__wrapped__(text, "2020-01-15", "past")
    assert fast == slow and fast is not None and fast.basis == "explicit"


def _undated_expressions() -> list[str]:
    """Every expression of ``time._UNDATED``'s closed grammar (built from the same ``time.yaml`` lists)."""
    from newsevents.time import _WORDS

    stretches = [f"{p} {c + ' ' if c else ''}{u}" for p in _WORDS["stretch_pointers"]
                 for c in ["", *_WORDS["stretch_counts"]] for u in _WORDS["stretch_units"]]
    return [*_WORDS["undated_words"], *stretches]


def test_undated_expressions_are_what_dateparser_reads_as_no_date():
    # resolve_expression answers None for these without dateparser: dateparser must read none of them
    # as a date, in either direction, lower case or capitalised, from any base
    from newsevents.time import _UNDATED, _parser

    words = _undated_expressions()
    assert len(words) > 500 and "last few years" in words and "recent weeks" in words
    for w in words:
        assert _UNDATED.fullmatch(w), w
        for form in (w, w.capitalize()):
            for base, prefer in (("2020-01-15", "past"), ("2020-01-15", "future"), ("1987-12-31", "past")):
                data = _parser(base, prefer, False).get_date_data(form)
                assert data is None or data.date_obj is None, (form, base, prefer)


@pytest.mark.parametrize("text", ["years", "in recent weeks", "in the last few years", "the next three years",
                                  "the past several months", "overnight", "annual"])
def test_undated_expressions_resolve_to_nothing_without_dateparser(text, monkeypatch):
    import newsevents.time as T

    def no_call(*args):
        raise AssertionError(f"dateparser asked about {args}")

    monkeypatch.setattr(T, "_read_date", no_call)
    assert T.resolve_expression.__wrapped__(text, "2020-01-15", "past") is None


@pytest.mark.parametrize("text, value", [("last week", "2020-01"), ("next year", "2021"), ("last month", "2019-12"),
                                         ("this morning", "2020-01-15")])
def test_pointed_units_still_read_as_dates(text, value):
    # a unit with "last"/"next"/"this" and no count is a date: not among the undated expressions
    from newsevents.time import _UNDATED

    assert not _UNDATED.fullmatch(text)
    assert resolve_expression.__wrapped__(text, "2020-01-15", "past").value == value


def test_holiday_pre_check_lets_every_holiday_name_through():
    # each pattern is scanned only in a sentence its pre-check passes: the holiday names' pre-check
    # is the words they start with, and must pass wherever a name is written
    from newsevents.time import PATTERNS, _PATTERN_NEEDS
    holiday, need = PATTERNS[-1], _PATTERN_NEEDS[-1]
    for text in ("on New Year's Eve", "New Years Day", "Christmas Eve", "Boxing Day", "Valentine's Day",
                 "Halloween", "Bastille Day", "the Fourth of July"):
        assert holiday.search(text) and need.search(text), text
    assert not need.search("Russia and Belarus signed a trade deal on Monday.")


def test_holiday_in_a_sentence_is_a_candidate_expression(nlp):
    from newsevents.time import expressions
    doc = nlp("Protesters clashed with police on Christmas Eve in New York.")
    assert [e.text for e in expressions(next(doc.sents))] == ["Christmas Eve"]


@pytest.mark.parametrize("text", ["between 2014 and 2016", "from 1998 to 2003", "in 2019", "since 2011", "mid-2019",
                                  "late 1990", "earlier this week", "later this year", "this morning", "last night",
                                  "tonight", "today", "yesterday", "tomorrow", "this evening"])
def test_each_pattern_pre_check_passes_where_its_pattern_matches(text):
    # a pattern is scanned only in a sentence its pre-check passes: the pre-check must pass wherever
    # the pattern matches (the shared year and unit pre-checks, the named days' own words)
    from newsevents.time import _NEEDS, _PATTERN_PLAN

    sentence = f"The ministers said they met {text}, officials said."
    matched = [(pat, k) for pat, k, _ in _PATTERN_PLAN if pat.search(sentence)]
    assert matched, text
    for pat, k in matched:
        assert _NEEDS[k].search(sentence), (text, pat.pattern)


def test_dateline_date_is_read_once_per_sentence(nlp):
    from newsevents.time import _CACHE_KEY, _in_dateline, expressions

    doc = nlp("GENEVA, March 6 - The foreign minister of France met his counterpart from Germany on Wednesday.")
    sent = next(doc.sents)
    found = {e.text: _in_dateline(e) for e in expressions(sent, reference_points=True)}
    assert found == {"March 6": True, "Wednesday": False}
    openers, dash = doc.user_data[_CACHE_KEY][("dateline", sent.start)]
    assert [doc[i].text for i in openers] == ["GENEVA"] and doc[dash].text == "-"
