"""Reading articles as scraped: plain text, HTML, JSON Lines, news-please JSON, CSV, WARC and
Reuters-21578 JSON.

Public surface: :class:`RawArticle`, :func:`read_path`, :func:`read_paths` (:func:`read_sources`: with each item's file), :func:`decode_bytes` (:func:`decode_text`: with a note on how it was read),
:func:`reuters_articles` (Reuters-21578 JSON stories), :func:`reuters_rows`, :class:`UniqueIds` (story ids
unique in a batch), :func:`set_published`.
Readers never raise for one bad article: they yield an :class:`~newsevents.errors.ArticleError`
in its place so the batch goes on.
"""

from newsevents.read.readers import (RawArticle, UniqueIds, decode_bytes, decode_text, input_files, read_path, read_paths,
                                     read_sources, reuters_articles, reuters_rows, safe_text, set_published)

__all__ = ["RawArticle", "UniqueIds", "decode_bytes", "decode_text", "input_files", "read_path", "read_paths",
           "read_sources", "reuters_articles", "reuters_rows", "safe_text", "set_published"]
