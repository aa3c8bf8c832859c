"""The tagger's rule regexes, compiled once from the language data.

Only regex *structure* lives here; every word list comes from the lexicon.
Each rule is ``(name, compiled regex)``; the rule with the longest match wins,
earlier rules win ties. :mod:`.rules` turns a match into a TIMEX3 value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, alternation, load_lexicon

__all__ = ["Grammar", "grammar"]

_B = r"(?<![\w$£€@#/-])"  # start of an expression
_E = r"(?![\w@])"  # end of an expression


@dataclass(frozen=True)
class Grammar:
    """Compiled rules and the fragments they were built from.

    rules (tuple[tuple[str, re.Pattern[str]], ...]): rule name and regex, by priority.
    fragments (dict[str, str]): named regex fragments (``MON``, ``WD``, ``NUM``...).
    """

    rules: tuple[tuple[str, re.Pattern[str]], ...]
    fragments: dict[str, str]


def _fragments(lex: Lexicon) -> dict[str, str]:
    raw = lex.raw
    needs_period = set(raw["weekday_abbreviations_need_period"])
    wd_words = [w for w in lex.weekdays if w not in needs_period]
    bare = sorted(raw["weekday_abbreviations_bare"], key=len, reverse=True)  # "due Thurs": as written only
    wd = "(?:" + "|".join(
        sorted([re.escape(w) for w in wd_words] + [re.escape(w) + r"\." for w in needs_period], key=len, reverse=True)
        + ["(?-i:" + "|".join(re.escape(w) for w in bare) + ")"]
    ) + ")"
    wd_plural = "(?:" + "|".join(re.escape(w) + "s" for w in wd_words if len(w) > 4) + ")"
    ones = [w for w, v in lex.numbers.items() if 1 <= v <= 9 and " " not in w and w not in ("a", "an")]
    tens = alternation(raw["tens_with_units"])
    num = (
        r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+\d/\d)?|"  # "1,000 days", "18", "2.5", "5 1/2"
        + tens + r"[- ]" + alternation(ones) + "|" + alternation(list(lex.numbers)) + ")"
    )
    day_ord = alternation([w for w in lex.ordinals if not w[0].isdigit()])
    out = {
        "MON": alternation(lex.months, optional_period=True),
        "WD": wd,
        "WDPL": wd_plural,
        "NUM": num,
        "VAGUE": alternation(raw["vague_numbers"]),
        "UNIT": alternation(lex.units),
        "APPROX": alternation(raw["approx_modifiers"]),
        "REL": alternation(raw["relative_modifiers"]),
        "POS": r"(?:" + alternation([w for w in raw["position_modifiers"] if not w.endswith("-")]) + r"[- ]?|mid-)",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)",
        "DAYN": r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|" + day_ord + ")",
        "ORD": alternation(lex.ordinals),
        "QREL": alternation([w for w in raw["quarter_relative"] if w]),
        "FINALQ": alternation(raw["final_quarter_words"]),
        "HALF": alternation(raw["halves"]),
        "HALFSPAN": alternation(raw["half_spans"]),
        "SEASON": alternation(raw["seasons"]),
        "SEASONPL": "(?:" + "|".join(re.escape(w) + "s" for w in sorted(raw["seasons"], key=len, reverse=True)) + ")",
        "SEASONREL": alternation(raw["season_set_modifiers"]),
        "DECW": alternation(raw["decade_words"]),
        "DEICTIC": alternation(raw["deictic_days"]),
        "PART": alternation(raw["parts_of_day"]),
        "CLOCKW": alternation(raw["clock_words"]),
        "CLOCKHOUR": alternation([w for w, v in lex.numbers.items() if 1 <= v <= 12 and float(v).is_integer()
                                  and w not in raw["clock_hour_words_not"]]),
        "OCLOCK": alternation(raw["oclock_words"]).replace("'", "['’]"),
        "MER": r"(?:" + alternation([m for m in raw["meridiems"] if " " in m]) + r"|[ap]\.\s?m\b\.?|[ap]\s?m\b)",
        "TZ": "(?:" + alternation(raw["time_zones"]) + "|(?-i:" + alternation(raw["time_zones_upper_case"]) + "))",
        "REF": alternation(raw["references"]),
        "SETW": alternation(raw["sets"]),
        "SETQ": alternation(raw["set_quantifiers"]),
        "HOL": alternation(raw["holidays"]),
        "BAREMOD": alternation(raw["bare_unit_modifiers"]),
        "AHEAD": alternation(raw["ahead_words"]),
        "RELUNIT": alternation(raw["unit_of_day_words"]),
        "THEUNIT": alternation(raw["the_unit_words"]),
        "WEEKOF": alternation(raw["week_of_words"]),
        "HOLWEEK": alternation(raw["holiday_week_words"]),
        "YEARSIDE": alternation(raw["year_side_prefixes"]),
        "VAGUEDUR": alternation(raw["vague_durations"]),
        "VAGUEDUR_CUES": alternation(raw["vague_duration_cues_before"]),
        "WEEKEND_ON": alternation(raw["week_ending_words"]),
        "FULL": alternation(raw["full_words"]),
        "CLOCKAPPROX": alternation(raw["clock_approx"]),
        "AGO": alternation(raw["ago_words"]),
        "FRACTION": alternation(raw["fraction_amounts"]),
        "YEAREND": alternation(raw["year_end_words"] + raw["mid_year_words"]),
        "YEARAGO": alternation(raw["year_ago_adjectives"]),
        "PERIODAGO": alternation(raw["period_year_ago_words"]),
        "PERIOD": alternation(raw["period_words"]),
        "QDET": alternation(raw["quarter_determiners"]),
        "YREL": alternation(raw["year_relatives"]),
        "DAYYREL": alternation(raw["month_day_year_relatives"]),
        "FISCAL": alternation(raw["fiscal_prefixes"]),
        "YEARNOUN": alternation(raw["named_year_nouns"]),
        "OVERNIGHT": alternation(raw["overnight_words"]),
        "SMALLHOURS": alternation(raw["small_hours_words"]),
        "OVERNIGHT_NEXT": alternation(raw["overnight_followers"]),
        "OF": alternation(raw["of_words"]),
        "CENTURY": alternation(raw["century_words"]),
        "CLOCKDAY": alternation(raw["clock_day_words"]),
        "DAYPOS": alternation(raw["day_position_modifiers"]),
        "FILLER": alternation(raw["duration_fillers"]),
        "DURADJ": alternation(raw["duration_adjectives"]),
        "CLOSEDDUR": alternation(raw["closed_duration_words"]),
        "RANGE": alternation(raw["range_words"]),
        "YEARPRE": alternation(raw["year_prefixes"]),
        "RANGECONN": alternation(raw["range_connectors"]),
        "ANADET": alternation(raw["anaphoric_determiners"]),
        "SPOKENC": alternation(raw["spoken_year_centuries"]),
        "SPOKENK": alternation(raw["spoken_year_thousands"]),
        "SPOKEN0": alternation(raw["spoken_year_zero"]),
        "TENS": tens,
        "ONES": alternation(ones),
        "TEENS": alternation([w for w, v in lex.numbers.items() if 10 <= v <= 19 and " " not in w]),
        "ANAUNIT": alternation(raw["anaphoric_units"]),
        "ANAPOS": alternation(raw["anaphoric_positions"]),
        "ANASHIFT": alternation(raw["anaphoric_shifts"]),
        "ANASHIFT_NEXT": alternation(raw["anaphoric_shift_followers"]),
        "AFTERNEXT": alternation(raw["unit_shift_words"]),
        "SAMETIME": alternation(raw["same_time_words"]),
        "LASTW": alternation(raw["last_week_of_month_words"]),
        "TURN": alternation(raw["turn_of_year_words"]),
        "FREQ": alternation(raw["frequency_words"]),
        "ANDHALF": alternation(raw["and_a_half"]),
        "LONEUNIT": alternation(raw["units_without_number"]),
        "ONEMOD": alternation(raw["single_unit_modifiers"]),
        "WEPL": alternation(raw["weekend_set_words"]),
        "MONQ": alternation(raw["month_quarter_words"]),
        "DAYEDGE": alternation(raw["day_edge_words"]),
        "FROMDAY": alternation(raw["from_day_words"]),
        "TIMES": alternation(raw["frequency_times"]),
        "FREQART": alternation(raw["frequency_articles"]),
    }
    out["RANGETAIL"] = (  # "-5", " to 5, 2026", "-Nov. 2": connector, last day, optional year (no clock, no percent)
        rf"(?P<pre>\s*(?P<conn>{out['RANGECONN']})\s*)(?:(?P<mon2>{out['MON']})\s+)?(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?![\d:,.]\d|\s*%|\s*[ap]\.?m\b)(?:,?\s+(?P<year2>{out['YEAR']}))?(?!\d)"
    )
    return out


@cache
def grammar(language: str = "en") -> Grammar:
    """Compile the rules for a language, once.

    language (str): language code of the data file.
    RETURNS (Grammar): the compiled rules.
    """
    f = _fragments(load_lexicon(language))
    F = f  # noqa: N806 - short alias for the templates below
    day_tail = (
        rf"(?:(?P<twd>{F['WD']})(?:,?\s+(?P<tmon>{F['MON']})\s+(?P<tday>{F['DAYN']}))?"
        rf"|(?P<tmon2>{F['MON']})\s+(?P<tday2>{F['DAYN']})(?:,?\s+(?P<tyear>{F['YEAR']}))?"
        rf"|(?P<tdeictic>{F['CLOCKDAY']}))"
    )
    clock = (
        rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<mer>{F['MER']})"
        rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!\d)|(?P<cw>{F['CLOCKW']})"
        rf"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s+{F['TZ']}\b)"  # wire style "1400 GMT"
        rf"|(?P<h4>1[0-2]|0?[1-9]|{F['CLOCKHOUR']})\s+{F['OCLOCK']}(?:\s+(?P<mer4>{F['MER']}))?)"  # "ten o'clock"
    )
    code_year = (  # "Q3 2025", "Q3 of 2025", "Q3'25", "3Q25", "Q3 FY26"
        rf"(?:\s+(?:of\s+)?(?:{F['FISCAL']}\s*)?(?P<year>{F['YEAR']})|\s?['’](?P<yy>\d\d)"
        rf"|(?<=\d[QH])(?P<yy2>\d\d)|\s+(?-i:FY)\s?['’]?(?P<fyy>{F['YEAR']}|\d\d))"
    )
    spoken_century_year = (  # "nineteen ninety-four", "nineteen oh five" (the spoken_year rule without groups)
        rf"(?:{F['SPOKENC']})\s+(?:{F['TENS']}(?:[- ]{F['ONES']})?|{F['TEENS']}|{F['SPOKEN0']}[- ]{F['ONES']})"
        rf"(?![- ](?:{F['UNIT']}|{F['ONES']}|percent|per|hundred|thousand|million|billion)\b)"
    )
    QCODE = r"(?:(?-i:Q)(?P<q>[1-4])|(?P<q2>[1-4])(?-i:Q))"  # noqa: N806
    HCODE = r"(?:(?-i:H)(?P<q>[12])|(?P<q2>[12])(?-i:H))"  # noqa: N806
    templates: list[tuple[str, str]] = [
        ("time", rf"(?:(?P<approx>{F['CLOCKAPPROX']})\s+)?{clock}(?:\s+(?P<tz>{F['TZ']})\b)?"
                 rf"(?:,?\s+(?:(?-i:on)\s+)?{day_tail}{_E})?"),  # not "at 3 p.m. On Friday, ...": a new sentence
        ("date_iso", rf"(?P<year>{F['YEAR']})-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-3]\d)"
                     rf"(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?(?![\d-])"),
        ("date_slash", r"(?P<mon>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])"
                       r"|(?P<dday>1[3-9]|2\d|3[01])/(?P<dmon>1[0-2]|0?[1-9])/(?P<dyear>\d{4}|\d{2})(?![\d/])"
                       r"|(?P<pday>3[01]|[12]\d|0?[1-9])\.(?P<pmon>1[0-2]|0?[1-9])\.(?P<pyear>\d{4})(?!\.?\d)"),
        ("small_hours", rf"(?P<sh>{F['SMALLHOURS']})(?:\s+(?:of|on)\s+(?P<wd>{F['WD']})(?!['’]))?"),
        ("part_of_day", r"(?:the\s+)?(?:(?P<mod>early|late)\s+)?(?P<part>morning|afternoon|evening)(?![\w-])"
                        r"|(?P<mid>mid-?\s?(?:morning|afternoon)|midmorning|midafternoon)(?![\w-])"
                        rf"|(?P<edge>{F['DAYEDGE']})(?![\w-])"),
        ("overnight", rf"(?P<on>{F['OVERNIGHT']})(?=\s*[,.;:!?)]|\s*$|\s+(?:{F['OVERNIGHT_NEXT']})\b)"),
        ("date_mdy", rf"(?:(?:(?P<rel>{F['REL']})\s+)?(?P<wd>{F['WD']}),?\s+)?(?P<mon>{F['MON']})\s+"
                     rf"(?:(?P<the>the)\s+)?(?P<day>{F['DAYN']})(?![\d:,]\d|\s*%)(?:,?\s+(?P<year>{F['YEAR']})|\s+(?P<yrel>{F['DAYYREL']}))?(?!\d)"),
        ("ordinal_day", r"the\s+(?P<day>3[01]|[12]\d|[1-9])(?P<suf>st|nd|rd|th)"
                        r"(?:\s+of\s+(?P<ofrel>this|next|last|the\s+current|the\s+coming)\s+month\b)?"),
        ("week_ending_weekday", rf"(?P<ending>{F['WEEKEND_ON']})\s+(?:(?P<rel>{F['REL']})\s+)?(?P<wd>{F['WD']})"
                                rf"(?!['’])(?!,?\s+(?:{F['MON']}|\d))"),
        ("week_of", rf"(?:{F['WEEKOF']}\s+(?P<hol>{F['HOL']})(?:,?\s+(?P<hyear>{F['YEAR']}))?(?!\d)|"
                    rf"(?P<hol2>{F['HOL']})\s+{F['HOLWEEK']}(?![\w-])|"
                    rf"(?:{F['WEEKOF']}|(?P<ending>{F['WEEKEND_ON']}))\s+(?:(?P<wd>{F['WD']}),?\s+)?(?P<mon>{F['MON']})\s+"
                    rf"(?P<day>{F['DAYN']})(?![\d:,]\d|\s*%)(?:,?\s+(?P<year>{F['YEAR']}))?(?!\d))"),
        ("week_of_dmy", rf"(?:{F['WEEKOF']}|(?P<ending>{F['WEEKEND_ON']}))\s+(?:(?P<wd>{F['WD']}),?\s+)?(?:the\s+)?"
                        rf"(?P<day>{F['DAYN']})(?:\s+of)?\s+(?P<mon>{F['MON']})(?:,?\s+(?P<year>{F['YEAR']}))?(?!\d)"),
        ("date_dmy", rf"(?:(?P<wd>{F['WD']}),?\s+)?(?:the\s+)?(?P<day>{F['DAYN']})(?:\s+of)?\s+"
                     rf"(?P<mon>{F['MON']})(?:,?\s+(?P<year>{F['YEAR']}))?(?!\d)"),
        ("quarter", rf"(?:(?P<det>{F['QDET']})\s+)?"
                    rf"(?:(?P<yq>{F['YEAR']}|{F['YREL']})'s\s+)?"
                    rf"(?:(?P<yq2>{F['YEAR']})\s+)?(?:(?P<rel>{F['QREL']})\s+)?(?:{F['FISCAL']}[- ]?)?"
                    rf"(?:(?P<ord>{F['ORD']}|{F['FINALQ']})[- ](?:{F['FISCAL']}[- ])?)?(?P<qw>{F['PERIOD']})(?:\s+{F['OF']}\s+(?:(?:{F['FISCAL']}\s+)?(?P<year>{F['YEAR']})|"
                    rf"(?P<yrel>{F['YREL']})))?"),
        ("half", rf"(?:the\s+)?(?:(?P<half>{F['HALF']})|(?P<span>{F['HALFSPAN']})(?=\s+of\s))"
                 rf"(?:\s+of\s+(?:(?:{F['FISCAL']}\s+)?(?P<year>{F['YEAR']})|(?P<yrel>{F['YREL']})"
                 rf"|the\s+(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0'?s)))?"),
        ("fiscal", rf"(?:(?P<pos>(?:the\s+)?{F['POS']})\s*)?"  # "the end of fiscal 2027", "the end of the fiscal year"
                   rf"(?:the\s+)?(?:(?P<rel>{F['REL']})\s+)?(?P<fy>{F['FISCAL']})(?:\s+(?P<year>{F['YEAR']}|'\d\d)"
                   rf"|(?<=[yY])\s?['’-]?(?P<fyy>{F['YEAR']}|\d\d))?(?:[/–-](?P<y2>\d\d)(?!\d))?"),
        ("named_year", rf"(?:the\s+)?(?P<y1>{F['YEAR']})(?:[/–-](?P<y2>{F['YEAR']}|\d\d))?\s+(?P<what>{F['YEARNOUN']})"),
        ("year_span", rf"(?P<y1>{F['YEAR']})[/–](?P<y2>{F['YEAR']}|\d\d)(?![/\d])|(?P<y1b>{F['YEAR']})-(?P<y2b>{F['YEAR']}|\d\d)(?![-/\d])"),
        ("quarter_code", rf"(?:(?:the\s+)?(?P<pos>{F['POS']})\s*)?{QCODE}{code_year}?"),
        ("month_quarter", rf"(?P<det>{F['QDET']})\s+(?:(?P<mon0>{F['MON']})\s*[-–/]\s*)?(?P<mon>{F['MON']})"
                          rf"(?:\s+(?P<year>{F['YEAR']}))?[- ](?P<qw>{F['MONQ']})(?:\s+of\s+(?P<year2>{F['YEAR']}))?"),
        ("half_code", rf"{HCODE}{code_year}"),
        ("month", rf"(?:(?:the\s+)?(?P<pos>{F['POS']})\s*|(?:the\s+)?(?P<mhalf>{F['HALF']})\s+of\s+)?(?:(?P<rel>{F['REL']})\s+)?(?P<mon>{F['MON']})"
                  rf"(?:,?\s+(?:of\s+)?(?P<year>{F['YEAR']}|'\d\d)|\s+(?:of\s+)?(?P<yrel>{F['YREL']}))?"),
        ("season_set", rf"(?:the\s+)?(?:{F['SEASONREL']})\s+(?:{F['NUM']}|{F['VAGUE']})\s+(?P<seasons>{F['SEASONPL']})"),
        ("season", rf"(?:the\s+)?(?:(?P<pos>{F['POS']})\s*)?(?:(?P<rel>{F['REL']})\s+)?(?P<season>{F['SEASON']})"
                   rf"(?:\s+(?:of\s+)?(?P<year>{F['YEAR']})|\s+of\s+(?P<syear>{spoken_century_year})"
                   rf"|\s+of\s+(?P<yrel>{F['DAYYREL']}))?"),
        ("decade", rf"(?:the\s+)?(?:(?P<pos>{F['POS']})\s*)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0'?s"
                   rf"|(?P<decw>{F['DECW']}))"),
        ("century", rf"(?:the\s+)?(?:(?P<pos>{F['POS']})\s*(?:the\s+)?)?(?P<ord>{F['ORD']}|\d{{1,2}}(?:st|nd|rd|th))[- ]{F['CENTURY']}"),
        ("year", rf"(?:(?P<pre>(?:the\s+)?{F['POS']}\s*|{F['YEARPRE']}\s+)|(?P<side>{F['YEARSIDE']})-)?"
                 rf"(?P<year>{F['YEAR']})(?![\d,.]\d|\s*%|\s*percent|-\d|\s*(?:{F['UNIT']}))"),
        ("spoken_year", rf"(?:(?P<pre>{F['YEARPRE']})\s+)?(?:(?P<cent>{F['SPOKENC']})\s+"
                        rf"(?P<yy>{F['TENS']}(?:[- ]{F['ONES']})?|{F['TEENS']}|{F['SPOKEN0']}[- ]{F['ONES']})"
                        rf"|(?P<k>{F['SPOKENK']})(?:\s+(?:and\s+)?(?P<yk>{F['TEENS']}|{F['ONES']}))?)"
                        rf"(?![- ](?:{F['UNIT']}|{F['ONES']}|percent|per|hundred|thousand|million|billion)\b)"),
        ("year_end", rf"(?:(?:around|about|at)\s+)?(?:the\s+)?(?P<ye>{F['YEAREND']})"),
        ("year_ago", rf"(?:the\s+)?(?P<ya>{F['YEARAGO']})(?:\s+(?P<what>{F['PERIOD']})|"
                     rf"\s+(?P<num>{F['NUM']})\s+(?P<unit>{F['UNIT']})(?![\w-]))?"
                     rf"|the\s+(?P<period>{F['PERIOD']})\s+(?:{F['PERIODAGO']})"),
        ("holiday", rf"(?:(?P<rel>{F['REL']})\s+)?(?P<hol>{F['HOL']})(?:,?\s+(?P<year>{F['YEAR']}))?"),
        ("ago", rf"(?:(?:(?P<approx>{F['APPROX']})\s+)?(?P<num>{F['NUM']}|{F['VAGUE']})\s+)?(?P<unit>{F['UNIT']})\s+"
                rf"(?:or\s+so\s+)?(?P<dir>{F['AGO']})"),
        ("anaphor", rf"(?:(?P<pos>{F['ANAPOS']})\s+)?(?P<det>{F['ANADET']})\s+(?P<unit>{F['ANAUNIT']})"),
        ("anaphor_shift", rf"(?P<shift>{F['ANASHIFT']})(?=\s*[,.;:!?)]|\s*$|\s+(?:{F['ANASHIFT_NEXT']})\b)"),
        ("rel_unit", rf"(?:(?P<pos>{F['POS']})\s*)?(?P<rel>{F['REL']})\s+(?P<unit>{F['RELUNIT']})"),
        ("rel_weekday", rf"(?:(?P<pos>{F['DAYPOS']})\s+(?:on\s+)?|(?:{F['CLOCKAPPROX']}\s+)?(?P<edge>{F['DAYEDGE']})\s+(?:on\s+)?)?(?:(?P<rel>{F['REL']})\s+)?(?P<wd>{F['WD']})"
                        rf"(?:\s+(?P<part>{F['PART']}))?"),
        ("deictic", rf"(?:(?P<pos>{F['DAYPOS']})\s+)?(?P<dd>{F['DEICTIC']})(?:\s+(?P<part>{F['PART']}))?"),
        ("set", rf"(?:(?P<setw>{F['SETW']})|(?P<q>{F['SETQ']})\s+(?:(?P<num>{F['NUM']})\s+)?"
                rf"(?P<what>{F['WD']}|{F['MON']}|{F['PART']}|{F['UNIT']}|{F['SEASON']})(?:\s+(?P<part>{F['PART']}))?"
                rf"|(?P<wdpl>{F['WDPL']})(?:\s+(?P<part2>{F['PART']}s?))?"
                rf"|(?P<wepl>{F['WEPL']})"
                rf"|(?P<wdn>{F['WD']})\s+(?P<partpl>{F['PART']})s)"),
        ("from_day", rf"(?P<num>{F['NUM']})\s+(?P<unit>{F['UNIT']})\s+(?P<fromw>{F['FROMDAY']})\s+"
                     rf"(?:(?P<dd>{F['CLOCKDAY']})|(?:(?P<rel>{F['REL']})\s+)?(?P<wd>{F['WD']})(?!['’]))"),
        ("frequency", rf"(?:(?P<freq>{F['FREQ']})|(?P<num>{F['NUM']}|{F['VAGUE']})\s+{F['TIMES']}"
                      rf"|(?P<cnum>{F['NUM']})\s+(?P<cunit>{F['UNIT']}))\s+"
                      rf"(?:(?P<art>{F['FREQART']})\s+(?:(?P<every>{F['NUM']})\s+)?(?P<unit>{F['UNIT']})|(?P<setw>{F['SETW']}))"
                      rf"(?!\s+(?:{F['AGO']}|before|after)\b)"),
        ("duration", rf"(?:(?P<approx>{F['APPROX']})\s+)?(?P<num>{F['NUM']}|{F['VAGUE']})"
                     rf"(?:\s+{F['RANGE']}\s+(?P<num2>{F['NUM']}))?(?:\s+{F['FILLER']})?"
                     rf"(?P<sep>[- ]|\s+)(?P<unit>{F['UNIT']})(?P<half>\s+{F['ANDHALF']})?(?:[- ](?P<adj>{F['DURADJ']}))?"
                     rf"|(?P<approx2>{F['APPROX']})\s+(?P<lone>{F['LONEUNIT']})"
                     rf"|(?:(?P<approx4>{F['APPROX']})\s+)?(?P<approx3>{F['ONEMOD']})\s+(?P<lone2>{F['UNIT']})"
                     rf"|(?P<ulong>{F['UNIT']})-(?P<adj2>{F['DURADJ']})"
                     rf"|(?P<closed>{F['CLOSEDDUR']})"),
        ("ref", rf"(?P<ref>{F['REF']})"),
        ("vague_duration", rf"(?<![\w'’])(?:{F['VAGUEDUR_CUES']})\s+(?P<vd>{F['VAGUEDUR']})"),
        ("bare_units", rf"(?:(?P<mod>{F['BAREMOD']})\s+)?(?P<unit>{F['UNIT']})(?:\s+(?P<ahead>{F['AHEAD']}))?"),
        ("the_unit", rf"(?:(?P<pos>{F['POS']})\s*)?the\s+(?:(?P<full>{F['FULL']})\s+)?(?P<unit>{F['THEUNIT']})"),
        ("unit_after_next", rf"the\s+(?P<unit>{F['RELUNIT']})\s+(?P<shift>{F['AFTERNEXT']})"),
        ("same_time", rf"(?:{F['SAMETIME']})\s+(?P<rel>{F['REL']})\s+(?P<unit>{F['RELUNIT']})"),
        ("week_of_month", rf"the\s+(?P<nth>{F['ORD']}|{F['LASTW']})\s+week\s+of\s+(?:(?P<rel>{F['REL']})\s+month|"
                          rf"(?P<mon>{F['MON']})(?:,?\s+(?P<year>{F['YEAR']}))?)"),
        ("day_of_month", rf"the\s+(?P<nth>{F['ORD']}|{F['LASTW']})\s+(?:(?P<wd>{F['WD']})|day)\s+(?:of|in)\s+"
                         rf"(?:(?:(?P<rel>{F['REL']})|the)\s+month|(?P<every>{F['SETQ']})\s+month"
                         rf"|(?P<mon>{F['MON']})(?:,?\s+(?P<year>{F['YEAR']}))?)"),
        ("half_unit", rf"(?P<num>{F['FRACTION']})\s+(?P<unit>{F['UNIT']})(?:\s+(?P<dir>{F['AGO']}))?(?![\w-])"),
        ("turn", rf"(?P<turn>{F['TURN']})"),
        ("nth_day", rf"(?:the\s+)?(?P<ord>{F['ORD']})\s+(?:(?:{F['FILLER']})\s+)?day(?=\s+of\b)"),
    ]
    rules = tuple((name, re.compile(_B + "(?:" + body + ")" + _E, re.I)) for name, body in templates)
    # "Nov. 3-5", "March 3 and 4": the last day is a TIMEX3 of its own, matched with its connector
    # (left out of the extent by the handler), right after a word character: _B would refuse the "-".
    rules += (("date_range", re.compile(rf"(?<=\w){F['RANGETAIL']}" + _E, re.I)),)
    # Day-first ranges ("3-5 November 2025", "from 24 to 27 November"): the first day alone, read with the month
    # written after the last one, and the last day with its month (the connector in neither extent).
    dmy_last = rf"(?P<day2>{F['DAYN']})(?:\s+of)?\s+(?P<mon2>{F['MON']})(?:,?\s+(?P<year2>{F['YEAR']}))?(?!\d)"
    rules += (
        ("dmy_range_first", re.compile(_B + rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                                       rf"(?=(?P<pre>\s*(?:{F['RANGECONN']})\s*){dmy_last})", re.I)),
        ("dmy_range_last", re.compile(rf"(?<=\w)(?P<pre>\s*(?:{F['RANGECONN']})\s*)(?P<day>{F['DAYN']})(?:\s+of)?\s+"
                                      rf"(?P<mon>{F['MON']})(?:,?\s+(?P<year>{F['YEAR']}))?(?!\d)" + _E, re.I)),
    )
    return Grammar(rules=rules, fragments=f)
