import pytest

from newsevents.time import is_historical, resolve_expression

PUB = "2022-12-16"  # a Friday


@pytest.mark.parametrize("text,prefer,value,basis", [
    ("on Monday", "future", "2022-12-19", "relative"),
    ("on Monday", "past", "2022-12-12", "relative"),
    ("on Friday", "past", "2022-12-16", "relative"),
    ("on Friday", "future", "2022-12-16", "relative"),
    ("Thursday", "past", "2022-12-15", "relative"),
    ("in June 2019", "past", "2019-06", "explicit"),
    ("in 2020", "past", "2020", "explicit"),
    ("February 24", "past", "2022-02-24", "explicit"),
    ("February 24", "future", "2023-02-24", "explicit"),
    ("16 December 2022", "past", "2022-12-16", "explicit"),
    ("three years ago", "past", "2019", "relative"),
    ("today", "past", "2022-12-16", "relative"),
    ("yesterday", "past", "2022-12-15", "relative"),
])
def test_resolve_expression(text, prefer, value, basis):
    r = resolve_expression(text, PUB, prefer)
    assert (r.value, r.basis) == (value, basis)


@pytest.mark.parametrize("text", ["more than three years", "three years", "the past two weeks", ""])
def test_durations_are_not_dates(text):
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
