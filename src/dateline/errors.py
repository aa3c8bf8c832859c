"""Dateline's error catalogue: every message has a code, names the bad value and says what to do.

Codes by stage: E0xx settings, E1xx ingest, E2xx extract and time, E3xx store,
E4xx reason (questions), E5xx CLI. Modules raise :class:`DatelineError`
subclasses with a message from :class:`Errors`; ingest turns per-file errors into
:class:`dateline.model.Rejection` rows instead of raising.
"""

from __future__ import annotations

__all__ = [
    "Errors",
    "DatelineError",
    "SettingError",
    "IngestError",
    "ExtractError",
    "TimeMLError",
    "StoreError",
    "QuestionError",
]


class Errors:
    """Message templates, by code. Use ``Errors.E101.format(...)``."""

    # settings
    E001 = "E001: unknown setting '{key}' in {origin}; expected one of: {valid}"
    E002 = "E002: setting '{key}' in {origin} must be a whole number >= 1, got '{value}'"
    E003 = "E003: setting '{key}' in {origin} is empty; give it a value or remove the line"
    E004 = "E004: cannot read settings from {origin}: {reason}"
    E005 = (
        "E005: spaCy model '{model}' is not installed; run scripts/setup.sh, or set "
        "DATELINE_MODEL to an installed pipeline such as en_core_web_sm"
    )

    # ingest (per file or record; these become Rejection rows)
    E101 = "E101: file is empty"
    E102 = "E102: file looks binary ({detail}); expected text, HTML, JSON Lines, RSS/Atom or WARC"
    E103 = "E103: file is {size} bytes, over the limit of {limit}; raise max_bytes to ingest it"
    E104 = "E104: cannot decode text as UTF-8 or a declared encoding ({detail})"
    E105 = "E105: malformed JSON on this line ({detail})"
    E106 = "E106: JSON record lacks '{field}'; expected id, url, title, published and text or html"
    E107 = "E107: broken feed ({detail})"
    E108 = "E108: corrupt or truncated gzip/WARC ({detail})"
    E109 = "E109: no article text could be extracted ({detail})"
    E110 = "E110: article text is {chars} characters, under the minimum of {minimum}"
    E111 = "E111: published value '{value}' is not an ISO date or datetime (YYYY-MM-DD[THH:MM])"
    E112 = "E112: cannot read file ({detail})"
    E113 = "E113: path does not exist: {path}"
    E114 = "E114: JSON record field '{field}' must be {expected}, got {got}"
    E115 = "E115: article text is {chars} characters, over the limit of {limit}; raise max_chars to ingest it"
    E116 = (
        "E116: article text has a run of {chars} characters without a space (over {limit}); "
        "it is not prose (raise max_word_chars to ingest it)"
    )
    E117 = "E117: text contains characters that cannot be stored as UTF-8 ({detail})"
    E118 = "E118: cannot list folder ({detail}); its files were not read"
    E119 = (
        "E119: extraction failed in pipeline component {detail}; the article was not stored "
        "(the rest of the batch was); please report it with the file"
    )
    E120 = (
        "E120: storing the article failed ({detail}); nothing of it was stored (the rest of the "
        "batch was); please report it with the file"
    )

    # ingest warnings (the article is kept)
    W101 = (
        "W101: dateline says '{dateline}' but published date is {published}; "
        "the published date is used as the anchor"
    )
    W102 = "W102: no publication date; relative dates in this article stay unanchored"

    # time / TimeML
    E201 = "E201: {path}: not a TimeML document ({detail})"
    E202 = "E202: {path}: TimeML document has no <DCT> TIMEX3 with a date value"
    E203 = "E203: {path}: TimeML document has no <TEXT> element"
    E204 = "E204: anchor '{value}' is not a date; expected YYYY-MM-DD"

    # store
    E301 = "E301: database '{db}' cannot be opened: {detail}"
    E302 = (
        "E302: database '{db}' has schema version {found}, newer than this Dateline "
        "knows ({known}); upgrade Dateline"
    )
    E303 = "E303: no article with id '{article_id}'; list ids with 'dateline articles'"
    E304 = "E304: no question with id {question_id}; list them with 'dateline questions list'"
    E305 = "E305: unsupported database '{db}'; this version stores to a SQLite file path (or :memory:)"
    E307 = "E307: database file '{db}' does not exist; create it with 'dateline ingest ... --db {db}'"
    E306 = "E306: no event with id {event_id}; list them with 'dateline events'"

    # reason / questions
    E401 = (
        "E401: not a yes/no question about an event: '{question}'; ask like "
        "'Will <actor> <visit|meet|attend|sign...> <place or person> [by <date>]?'"
    )
    E402 = "E402: no action found in '{question}'; expected a verb such as visit, meet, attend, sign"
    E403 = (
        "E403: '{question}' asks whether something will not happen; ask the positive question "
        "('Will X attend the summit?') and read the probability of no"
    )
    E404 = "E404: cannot read the date '{text}' in '{question}': {why}"
    E405 = "E405: '{question}' asks two things at once ('{words}'); ask one yes/no question at a time"
    E406 = (
        "E406: '{question}' asks whether someone will {verb} something; Dateline does not record that kind "
        "of event (dropping, suspending or winning); ask whether it happens ('Will X impose sanctions ...?', "
        "'Will X hold an election ...?')"
    )

    # CLI
    E501 = "E501: '{value}' is not a date for {option}; expected YYYY-MM-DD"
    E502 = "E502: unknown format '{value}' for {command}; expected one of: {valid}"


class DatelineError(Exception):
    """Base class of every error Dateline raises on purpose. ``str(err)`` is the coded message."""


class SettingError(DatelineError):
    """A setting is unknown or has a bad value."""


class IngestError(DatelineError):
    """An input file or record cannot become an article. Carries the coded reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.code = message.split(":", 1)[0]


class ExtractError(DatelineError):
    """The NLP pipeline cannot be built (model missing...)."""


class TimeMLError(DatelineError):
    """A file is not a TimeML document Dateline can annotate."""


class StoreError(DatelineError):
    """The database cannot be opened, migrated or queried as asked."""


class QuestionError(DatelineError):
    """A question cannot be parsed as a yes/no question about an event."""
