import pytest

from newsevents.place import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize("name,story,expected,country", [
    ("Minsk", [], "Minsk", "BLR"),
    ("Kyiv", [], "Kyiv", "UKR"),
    ("Kiev", [], "Kyiv", "UKR"),
    ("St. Petersburg", ["RUS"], "Saint Petersburg", "RUS"),
    ("St. Petersburg", ["USA"], "St. Petersburg", "USA"),
    ("Belarus", [], "Belarus", "BLR"),
])
def test_resolve(gaz, name, story, expected, country):
    p = gaz.resolve(name, story)
    assert (p.name, p.country) == (expected, country)


def test_country_has_no_centroid(gaz):
    loc = gaz.resolve("Belarus").location("Belarus")
    assert loc.feature == "country" and loc.lat is None and loc.lon is None


def test_city_location_fields(gaz):
    loc = gaz.resolve("Minsk").location("Minsk")
    assert (loc.feature, loc.geonameid) == ("city", 625144)
    assert loc.lat == pytest.approx(53.9, abs=0.01) and loc.lon == pytest.approx(27.57, abs=0.01)


def test_unknown_name_is_none(gaz):
    assert gaz.resolve("Xyzzyville") is None
