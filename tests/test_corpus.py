"""Real corpora end to end: every article is coded or skipped with a reason, never crashes.

A small sample runs by default; the whole of guardian_sample and news_cluster is marked slow
(``pytest -m slow``)."""

import pytest

from conftest import DATA, need
from newsevents.read import read_paths

ALLOWED_SKIPS = ("empty article", "no news text left after cleaning", "not English: language ")


def _run(pipeline, paths, limit=None):
    items = []
    for item in read_paths(paths):
        items.append(item)
        if limit and len(items) >= limit:
            break
    results = list(pipeline.run(items))
    assert len(results) == len(items)
    for r in results:
        assert r.error is None or r.error.startswith(ALLOWED_SKIPS), (r.story_id, r.error)
        for e in r.events:
            assert e.story_id == r.story_id and e.actor
            s, t = e.event_span
            assert r.article.text[s:t].startswith(e.event_text.split()[0])
            assert r.article.text[s:t].endswith(e.event_text.split()[-1])
    return results


def test_news_cluster_sample(pipeline):
    folder = need(DATA / "news_cluster" / "data_raw")
    results = _run(pipeline, [folder], limit=25)
    coded = [r for r in results if r.error is None]
    assert len(coded) >= 20 and sum(len(r.events) for r in coded) >= 40


def test_guardian_sample(pipeline):
    path = need(DATA / "guardian_sample" / "Guardian_SDF_sample.csv")
    results = _run(pipeline, [path], limit=5)
    assert all(r.error is None for r in results)
    assert all(r.article.published and r.article.published.startswith(("2017", "2018", "2019")) for r in results)
    assert sum(len(r.events) for r in results) >= 20


@pytest.mark.slow
def test_whole_guardian_and_news_cluster(pipeline):
    results = _run(pipeline, [need(DATA / "guardian_sample" / "Guardian_SDF_sample.csv"),
                              need(DATA / "news_cluster" / "data_raw")])
    assert len(results) == 249 + 421
    assert sum(r.error is None for r in results) >= 640


def test_reuters_dateline_places_sample():
    from newsevents.eval.cleaning import evaluate_reuters_datelines

    scores = evaluate_reuters_datelines(need(DATA / "reuters21578" / "json-data"), limit=300)
    # measured (2026-12-02): 276 of 291 dateline places among the story's places tags (0.948)
    assert scores["place_scored"] == pytest.approx(291, abs=3)
    assert scores["place_accuracy"] == pytest.approx(0.948, abs=0.02)


@pytest.mark.slow
def test_reuters_dateline_places_whole_set():
    """All 19,043 bodies: the dateline place's country is among the story's places tags."""
    from newsevents.eval.cleaning import evaluate_reuters_datelines

    scores = evaluate_reuters_datelines(need(DATA / "reuters21578" / "json-data"))
    assert scores["stories"] == 19043 and scores["place_accuracy"] >= 0.90
