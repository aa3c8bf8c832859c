"""Internals of the temporal tagger; the public entry point is :mod:`dateline.extract.time`.

``lexicon`` loads the language data, ``patterns`` compiles the rule regexes,
``tense`` reads the tense of a clause from cheap cues, ``resolve`` does the
calendar arithmetic and ``rules`` turns a regex match into a TIMEX3 value: its
table of handlers draws on ``days``, ``clock``, ``periods``, ``relative`` and
``durations`` (one module per kind of expression), which share ``context``
(``Value``, ``Context``, checks of the text around a match) and ``words`` (the
readers of month names, numbers and other words of a match).
"""
