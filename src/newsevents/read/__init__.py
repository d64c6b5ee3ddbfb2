"""Reading articles as scraped: plain text, HTML, JSON Lines, news-please JSON and CSV.

Public surface: :class:`RawArticle`, :func:`read_path`, :func:`read_paths`, :func:`decode_bytes`.
Readers never raise for one bad article: they yield an :class:`~newsevents.errors.ArticleError`
in its place so the batch goes on.
"""

from newsevents.read.readers import RawArticle, decode_bytes, read_path, read_paths, safe_text

__all__ = ["RawArticle", "decode_bytes", "read_path", "read_paths", "safe_text"]
