"""Word lists as data: every YAML word-list file loads, has every list its module reads, and the
loader names the file and the list when something is wrong."""

import re
from importlib import import_module, resources
from pathlib import Path

import pytest

from newsevents.wordlists import WordListError, load_word_lists, parse_word_lists

SRC = Path(import_module("newsevents").__file__).parent

#: module -> (package, path inside it) of its word-list file
FILES = {
    "newsevents.events.factuality": ("newsevents.events", ("lexicon", "factuality.yaml")),
    "newsevents.events.lexicon": ("newsevents.events", ("lexicon", "matching.yaml")),
    "newsevents.events.roles": ("newsevents.events", ("lexicon", "roles.yaml")),
    "newsevents.events.coder": ("newsevents.events", ("lexicon", "coder.yaml")),
    "newsevents.events.threats": ("newsevents.events", ("lexicon", "threats.yaml")),
    "newsevents.events.domestic": ("newsevents.events", ("lexicon", "domestic.yaml")),
    "newsevents.events.dedup": ("newsevents.events", ("lexicon", "dedup.yaml")),
    "newsevents.events.mention": ("newsevents.events", ("lexicon", "mention.yaml")),
    "newsevents.actors.resolve": ("newsevents.actors", ("resolve.yaml",)),
    "newsevents.time": ("newsevents", ("time.yaml",)),
    "newsevents.place.attach": ("newsevents.place", ("attach.yaml",)),
    "newsevents.place.gazetteer": ("newsevents.place", ("gazetteer.yaml",)),
    "newsevents.pipeline": ("newsevents", ("pipeline.yaml",)),
}

#: Lists that hold names or cased forms on purpose (compared with the text as written, not lemmas).
CASED = {("newsevents.actors.resolve", "not_names"), ("newsevents.actors.resolve", "continent_words"),
         ("newsevents.actors.resolve", "continent_parts"), ("newsevents.place.gazetteer", "country_aliases"),
         ("newsevents.actors.resolve", "state_form_nouns")}  # maps nouns to country codes (upper case)


def _keys_read(module: str) -> set[str]:
    path = SRC.joinpath(*module.split(".")[1:]).with_suffix(".py")
    return set(re.findall(r'_WORDS\["([a-z0-9_]+)"\]', path.read_text("utf-8")))


def _words(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _words(v)
    elif isinstance(value, list):
        for v in value:
            yield from _words(v)
    elif isinstance(value, str):
        yield value


@pytest.mark.parametrize("module", sorted(FILES))
def test_each_file_loads_and_has_every_list_its_module_reads(module):
    package, path = FILES[module]
    lists = load_word_lists(package, *path)
    needed = _keys_read(module)
    assert needed, module
    for key in needed:
        assert lists[key], (module, key)
    assert import_module(module)._WORDS.keys() == lists.keys()
    if module.endswith("factuality"):
        from newsevents.events.factuality import Cues
        needed |= set(Cues.__dataclass_fields__)
    if module.endswith("events.lexicon"):  # lists named by not_events.tsv rows ("by:@natural_forces",
        from importlib.resources import files  # "unless:@recognised_polities")
        table = files("newsevents.events").joinpath("lexicon", "not_events.tsv").read_text(encoding="utf-8")
        needed |= {line.split("\t")[2].split("@", 1)[1] for line in table.splitlines()
                   if line.count("\t") >= 2 and line.split("\t")[2].startswith(("by:@", "unless:@"))}
    assert set(lists) <= needed, f"lists no code reads: {set(lists) - needed}"


@pytest.mark.parametrize("module", sorted(FILES))
def test_members_are_lower_case_and_not_repeated(module):
    package, path = FILES[module]
    for key, value in load_word_lists(package, *path).items():
        if (module, key) not in CASED:
            assert all(w == w.lower() for w in _words(value)), (module, key)
        if isinstance(value, list):
            members = [tuple(m) if isinstance(m, list) else m for m in value]
            assert len(members) == len(set(members)), (module, key)


def test_factuality_cues_come_from_the_same_file():
    from newsevents.events.factuality import Cues, load_cues
    lists = load_word_lists("newsevents.events", "lexicon", "factuality.yaml")
    assert set(Cues.__dataclass_fields__) <= set(lists)
    assert "refuse" in load_cues().negating_verbs


def test_constants_keep_their_values_and_types():
    from newsevents.actors import resolve
    from newsevents.events import coder, factuality, lexicon, roles, threats
    from newsevents.place import attach, gazetteer
    from newsevents import time as ne_time
    assert "drill" in factuality.DRILL_NOUNS and isinstance(factuality.DRILL_NOUNS, frozenset)
    assert factuality.EASE_ADJECTIVES >= {"hard", "difficult", "easy"}
    assert lexicon.END_NOUNS == {"end": ("end",), "stop": ("stop", "end"), "halt": ("halt", "end")}
    assert lexicon.BARE_OBJECT_IDIOMS == frozenset({("join", "force")})
    assert roles.STANCE_NOUNS["defiance"] == {"of"} and isinstance(roles.STANCE_NOUNS["protest"], set)
    assert roles.ADDRESSEE_PREPS == {"plead": ("with",), "appeal": ("to",), "beg": ("of",)}
    assert isinstance(roles.RECIPIENT_PREPS, set) and "of" in roles.NOUN_RECIPIENT_PREPS
    assert coder._POSSESSIVE_PRONOUNS[:2] == ("its ", "their ")
    assert "threaten" in threats.THREAT_VERBS
    assert resolve.BODY_WORDS[1] == frozenset({"police", "policeman", "officer", "cop"})
    assert resolve.GROUP_COUNTS["both"] == 2 and "May" in resolve._NOT_NAMES
    assert "city" in resolve.PLACE_HEAD_NOUNS and "government" in resolve.IT_BODY_NOUNS
    assert ne_time._WEEKDAYS[0] == "monday" and len(ne_time._WEEKDAYS) == 7
    assert list(ne_time._COUNTS)[:3] == ["a", "an", "one"] and ne_time._COUNTS["twelve"] == 12
    assert ne_time.PRIOR_ADVERBS == frozenset({"previously", "formerly", "earlier"})
    assert isinstance(attach.PLACE_NOUNS, set) and {"airport", "province"} <= attach.PLACE_NOUNS
    assert gazetteer.COUNTRY_ALIASES["GBR"][:2] == ("UK", "U.K.")


def test_a_missing_list_is_named_with_its_file():
    lists = load_word_lists("newsevents.events", "lexicon", "roles.yaml")
    with pytest.raises(KeyError, match=r"roles\.yaml: no word list 'no_such_list'"):
        lists["no_such_list"]


def test_a_missing_file_is_named():
    with pytest.raises(WordListError, match=r"nope\.yaml: word-list file not found"):
        load_word_lists("newsevents.events", "lexicon", "nope.yaml")


@pytest.mark.parametrize("text, message", [
    ("verbs: [say, tell\n", "not valid YAML"),
    ("- say\n- tell\n", "expected a mapping"),
    ("verbs: []\n", "list 'verbs' is empty"),
    ("verbs: say\n", "list 'verbs' is empty or not a list"),
    ("verbs: [say, {tell: 1}]\n", "list 'verbs' has a member that is not a word"),
    ("verbs: [say, yes]\n", "list 'verbs' has a member that is not a word"),
    ("preps: {plead: [with, 2]}\n", "list 'preps' has a member that is not a word"),
])
def test_a_malformed_file_raises_an_error_naming_file_and_list(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WordListError, match=message) as err:
        parse_word_lists(path.read_text("utf-8"), str(path))
    assert str(path) in str(err.value)


def test_word_list_files_are_package_data():
    # every YAML file next to the code ships with the package (pyproject package-data "**/*.yaml")
    for package, path in FILES.values():
        assert resources.files(package).joinpath(*path).is_file()
