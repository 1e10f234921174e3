#!/usr/bin/env python3
"""Reads an export with an independent parser and prints, as JSON, what it found.

    parse_export.py ics|markdown|csv FILE

The tests compare this reading with what the data file says, so a mistake in
career-planner's writer cannot hide behind the same mistake in a reader.
For ics it also checks the raw text against RFC 5545's line rules.
"""
import csv
import json
import sys


def parse_ics(path):
    import icalendar

    raw = open(path, "rb").read()
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end in CRLF")
    physical = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(physical, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 on its own (a character split by a fold?)")
    calendar = icalendar.Calendar.from_ical(raw)
    events = []
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        events.append({
            "uid": str(event["UID"]),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "allDay": type(start).__name__ == "date" and type(end).__name__ == "date",
            "stamp": event.decoded("DTSTAMP").isoformat(),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
        })
    return {
        "problems": problems,
        "longestLine": max((len(line) for line in physical), default=0),
        "foldedLines": sum(1 for line in physical if line.startswith(b" ")),
        "version": str(calendar["VERSION"]),
        "prodid": str(calendar["PRODID"]),
        "name": str(calendar.get("X-WR-CALNAME", "")),
        "events": events,
    }


def inline_text(token):
    return "".join(child.content for child in (token.children or []) if child.type in ("text", "code_inline"))


def parse_markdown(path):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(open(path, encoding="utf-8").read())
    headings, tables, links, items = [], [], [], []
    row = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append({"level": int(token.tag[1]), "text": inline_text(tokens[index + 1])})
        elif token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[index + 1]))
        elif token.type == "tr_close":
            tables[-1].append(row)
        elif token.type == "list_item_open":
            # The paragraph inside the item: its inline text.
            items.append({"depth": token.level // 2, "text": inline_text(tokens[index + 2])})
        if token.type == "inline":
            for child in token.children or []:
                if child.type == "link_open":
                    links.append(child.attrs["href"])
    return {"headings": headings, "tables": tables, "links": links, "items": items}


def parse_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return {"rows": list(csv.reader(handle, strict=True))}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("ics", "markdown", "csv"):
        sys.exit("usage: parse_export.py ics|markdown|csv FILE")
    parse = {"ics": parse_ics, "markdown": parse_markdown, "csv": parse_csv}[sys.argv[1]]
    try:
        result = parse(sys.argv[2])
    except ModuleNotFoundError as error:
        sys.exit(f"{error.name} is missing: run python3 -m pip install -r Tests/python-requirements.txt")
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        sys.exit(f"{sys.argv[2]} does not parse as {sys.argv[1]}: {error}")
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
