"""What the pipeline builds when it loads, and what coding one document leaves behind."""
import gc

from newsevents.actors.resolve import PERSON_KINDS, PLACE_KINDS
from newsevents.records import Article


def test_loading_builds_the_near_spelling_aliases(pipeline):
    # built with the pipeline, not while the first story with an unknown name is coded
    assert PLACE_KINDS in pipeline.kb._near_cache and PERSON_KINDS in pipeline.kb._near_cache
    assert pipeline.kb._near_cache[PLACE_KINDS]


def test_coding_leaves_garbage_collection_as_it_found_it(pipeline):
    text = "Police arrested 12 protesters in Minsk on Monday, officials said."
    article = Article(story_id="gc-1", text=text, published="2020-01-15")
    assert gc.isenabled()
    events = pipeline.code_doc(pipeline.nlp(text), article)
    assert gc.isenabled() and [e.event for e in events] == ["COERCE"]
    gc.disable()
    try:
        pipeline.code_doc(pipeline.nlp(text), article)
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()
