"""Hard-wrapped plain text is joined back into paragraphs, one character for one (offsets stay), and nothing else is."""

from __future__ import annotations

import textwrap
from datetime import date

from dateline.config import Settings
from dateline.ingest.text import read_text
from dateline.ingest.wrapping import unwrap_lines
from dateline.model import Article

PARAGRAPHS = [
    "Harbour pilots in Valparaiso will stop work for two days from Monday, their union said on Friday, after talks "
    "with the port authority on pay and night shifts broke down without an agreement.",
    "The port handles about a third of the country's container traffic. Shipping lines said they would divert some "
    "vessels to San Antonio, further south, if the stoppage went ahead as announced.",
]


def test_wrapped_paragraphs_are_joined_with_spaces() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS)
    assert "\n" in wrapped.split("\n\n")[0]
    out = unwrap_lines(wrapped)
    assert len(out) == len(wrapped)
    assert out == "\n\n".join(PARAGRAPHS)


def test_headline_bullets_and_one_sentence_lines_are_kept() -> None:
    text = ("Pilots strike at Valparaiso\n"
            "The union's demands are a higher night rate and two more pilots on each shift at the port.\n"
            "The port authority says the demands would raise the cost of each ship call by a fifth.\n"
            "Shipping lines say they will divert some vessels to San Antonio if the stoppage goes ahead.\n"
            "- first demand: a higher night rate\n"
            "- second demand: two more pilots per shift")
    assert unwrap_lines(text) == text


def test_unwrapped_long_paragraph_lines_are_kept() -> None:
    text = "\n".join(PARAGRAPHS)
    assert unwrap_lines(text) == text


def test_plain_text_article_reads_whole_sentences_from_a_wrapped_file() -> None:
    body = "\n\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    data = ("Pilots to strike in Valparaiso\n\n" + body + "\n").encode()
    (article,) = list(read_text(data, "wrapped.txt", Settings(), date(2026, 3, 6)))
    assert isinstance(article, Article)
    assert article.title == "Pilots to strike in Valparaiso"
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[1] in article.text
