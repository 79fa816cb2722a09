"""Overview workbooks without the rows of people who are erased, still whole and valid.

Where the working folder can still make a workbook as it was (its Om sheet's returned folder,
employee list and question set are there, the question set is the version it was made with and
the list holds the same people), it is made again by the writer `mus ingest` uses, without
those people: every sheet, count and chart as it would be had they never been there. Where it
cannot (a past season whose list or question set has changed since), it is written again from
its own cells (openpyxl reads, XlsxWriter writes), every sheet that lists people row by row
kept but for their rows; the sheets that count or average over everyone (the front sheet,
coverage, departments, leaders) are left out, since they counted them, and its Om sheet says
so: `mus ingest` makes them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.collect.ingest import collect
from pipeline.collect.mailfile import ARROW
from pipeline.errors import MusError
from pipeline.model import Collected, Scale
from pipeline.overview.book import Book
from pipeline.overview.frames import Kind, SheetData
from pipeline.overview.labels import column, sheet
from pipeline.overview.output import replacing
from pipeline.privacy.overviews import Overview, cell_text
from pipeline.sheets import read_question_set
from pipeline.workspace import Workspace

MADE_AGAIN, FROM_CELLS = "made-again", "from-cells"
SUMMARY_SHEETS = ("summary", "coverage", "departments", "leaders")


@dataclass(frozen=True)
class Rebuilt:
    path: Path
    how: str  # MADE_AGAIN or FROM_CELLS
    why: str = ""  # why it could not be made again


def rebuild(ws: Workspace, affected: Sequence[Overview], erased: Collection[str],
            files: Collection[str]) -> list[Rebuilt]:
    """Every workbook in ``affected`` written again without the rows about ``erased`` (and the
    problems about their ``files``, as the workbooks name them)."""
    done: list[Rebuilt] = []
    remade: set[Path] = set()
    reasons: dict[Path, str] = {}
    for hr in [o for o in affected if not o.leader]:
        collected, why = collected_again(ws, hr, set(erased))
        if collected is None:
            reasons[hr.path] = why
            continue
        from pipeline.overview.workbook import write_overview, write_per_leader

        sources, previous = _sources(ws, hr)
        write_overview(collected, hr.path, hr.lang, sources, previous)
        remade.add(hr.path.resolve())
        done.append(Rebuilt(hr.path, MADE_AGAIN))
        folder = hr.path.parent / "ledere"
        if any(o.leader and o.season == hr.season and o.path.parent == folder for o in affected):
            for path in write_per_leader(collected, folder, hr.lang, sources, previous):
                remade.add(path.resolve())
    for overview in affected:
        resolved = overview.path.resolve()
        if resolved in remade:
            if overview.leader:
                done.append(Rebuilt(overview.path, MADE_AGAIN))
            continue
        why = reasons.get(overview.path, "" if not overview.leader else
                          "a leader's workbook is made again only with HR's")
        rewrite_from_cells(overview, erased, files)
        done.append(Rebuilt(overview.path, FROM_CELLS, why))
    return done


def found_path(ws: Workspace, recorded: str | None) -> Path | None:
    """A path as an Om sheet records it (as it was given: absolute, or from the working folder
    or the folder mus was run in), where it is there."""
    if not recorded:
        return None
    path = Path(recorded)
    for candidate in ((path,) if path.is_absolute() else (ws.root / path, path)):
        if candidate.exists():
            return candidate
    return None


def _sources(ws: Workspace, overview: Overview) -> tuple[dict[str, Path], Path | None]:
    sources = {key: Path(overview.about[key]) for key in ("folder", "employees", "questions")
               if key in overview.about}
    return sources, found_path(ws, overview.about.get("previous"))


def collected_again(ws: Workspace, overview: Overview,
                    erased: set[str]) -> tuple[Collected | None, str]:
    """What the workbook was made from, read again and without ``erased``; None (and why) when
    the working folder can no longer make it as it was."""
    folder, employees, questions = (found_path(ws, overview.about.get(key))
                                    for key in ("folder", "employees", "questions"))
    if folder is None or employees is None or questions is None:
        return None, ("its returned folder, employee list or question set is no longer where "
                      "its Om sheet says")
    try:
        if read_question_set(questions).version != overview.about.get("version"):
            return None, "the question set has changed since it was made"
        listed = set(overview.listed) - erased
        for leavers in (False, True):
            got = collect(folder, employees, questions, overview.season, key=ws.key_file,
                          include_leavers=leavers)
            if {e.number for e in got.staff} - erased == listed:
                return without(got, erased), ""
    except MusError:
        return None, "its employee list or question set cannot be read now"
    return None, "the employee list has changed since it was made"


def without(collected: Collected, erased: Collection[str]) -> Collected:
    return replace(collected,
                   staff=tuple(e for e in collected.staff if e.number not in erased),
                   responses=tuple(r for r in collected.responses
                                   if r.employee_id not in erased),
                   problems=tuple(p for p in collected.problems if p.employee_id not in erased))


# --- written again from its own cells ---

def rewrite_from_cells(overview: Overview, erased: Collection[str],
                       files: Collection[str], today: dt.date | None = None) -> None:
    import openpyxl

    lang = overview.lang
    old = openpyxl.load_workbook(overview.path)
    number, file = column(lang, "number"), column(lang, "file")
    left_out = {sheet(lang, key) for key in SUMMARY_SHEETS}
    props = old.properties
    title = props.title or ""
    with replacing(overview.path) as (out, _), Book(out, None, Scale(), title, lang) as book:
        book.wb.set_properties({"title": title, "subject": props.subject or "MUS",
                                "author": props.creator or "mus",
                                "comments": props.description or ""})
        kept = [ws for ws in old.worksheets if ws.title not in left_out and _table(ws)]
        dropped = [ws.title for ws in old.worksheets if ws not in kept]
        for ws in kept:
            data, freeze, filters = _sheet_data(ws, number, file, set(erased), set(files))
            if ws.title == sheet(lang, "about"):
                data = _with_note(data, lang, today or dt.date.today(), len(set(erased)),
                                  dropped)
            book.detail(ws.title, data, freeze=freeze, filters=filters)


def _table(ws: Any) -> bool:
    """A sheet of one header row and a row a record (what can be kept but for some rows): its
    first row names every column, each once. A front sheet or a conversation sheet is not."""
    header = next(ws.iter_rows(max_row=1, values_only=True), ())
    names = [str(h).strip() for h in header if h is not None and str(h).strip()]
    return bool(names) and len(names) == len(header) == len(set(names))


def _sheet_data(ws: Any, number: str, file: str, erased: set[str],
                files: set[str]) -> tuple[SheetData, int, bool]:
    from openpyxl.utils import column_index_from_string

    rows = list(ws.iter_rows())
    headers = [str(c.value) if c.value is not None else "" for c in rows[0]] if rows else []
    at_number = headers.index(number) if number in headers else None
    at_file = headers.index(file) if file in headers else None
    kept = []
    for cells in rows[1:]:
        values = [c.value for c in cells]
        who = cell_text(values[at_number]) if at_number is not None else ""
        shown = cell_text(values[at_file]) if at_file is not None else ""
        if who in erased or (shown and any(shown == f or shown.startswith(f + ARROW)
                                           for f in files)):
            continue
        kept.append(cells)
    frame = pd.DataFrame([[c.value for c in cells] for cells in kept],
                         columns=headers, dtype=object)
    frame = frame.astype(object).where(frame.notna(), None)
    kinds: dict[str, Kind] = {h: _kind([cells[n] for cells in kept if n < len(cells)])
                              for n, h in enumerate(headers)}
    comments = {h: c.comment.text for h, c in zip(headers, rows[0], strict=False)
                if rows and c.comment is not None}
    notes = {(r, headers[n]): c.comment.text for r, cells in enumerate(kept)
             for n, c in enumerate(cells) if c.comment is not None and n < len(headers)}
    choices: dict[str, tuple[str, ...]] = {}
    for validation in ws.data_validations.dataValidation:
        listed = str(validation.formula1 or "")
        if validation.type == "list" and listed.startswith('"'):
            options = tuple(o for o in listed.strip('"').split(",") if o)
            for ref in str(validation.sqref).split():
                letter = "".join(ch for ch in ref.split(":")[0] if ch.isalpha())
                at = column_index_from_string(letter) - 1
                if at < len(headers) and options:
                    choices[headers[at]] = options
    freeze = 0
    if ws.freeze_panes:
        letter = "".join(ch for ch in str(ws.freeze_panes) if ch.isalpha())
        freeze = column_index_from_string(letter) - 1
    data = SheetData(frame, kinds, {}, comments, choices, notes)
    return data, freeze, ws.auto_filter.ref is not None


def _kind(cells: Sequence[Any]) -> Kind:
    """What a column holds, as the cells show it: its first value's type and format."""
    for cell in cells:
        if cell.value is None:
            continue
        fmt = str(cell.number_format or "")
        if isinstance(cell.value, dt.datetime) and ("h" in fmt.lower()):
            return "datetime"
        if isinstance(cell.value, (dt.date, dt.datetime)):
            return "date"
        if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
            return "percent" if fmt.endswith("%") else "decimal" if "." in fmt else "int"
        return "wrap" if cell.alignment is not None and cell.alignment.wrap_text else "text"
    return "text"


def _with_note(data: SheetData, lang: str, today: dt.date, people: int,
               dropped: Sequence[str]) -> SheetData:
    frame = data.frame
    sheets = ", ".join(dropped)
    note = (f"{today:%d-%m-%Y}: mus erase tog rækkerne om {people} medarbejder(e) ud. Arkene "
            f"{sheets} er udeladt: de tæller alle med, eller viser hver medarbejder for sig, "
            "og kan ikke rettes række for række; kør mus ingest for at lave dem igen."
            if lang == "da" else
            f"{today:%d-%m-%Y}: mus erase took out the rows about {people} employee(s). The "
            f"sheets {sheets} are left out: they count everyone, or show each employee on their "
            "own, and cannot be put right row by row; run mus ingest to make them again.")
    row = pd.DataFrame([["Rettet" if lang == "da" else "Changed", note]],
                       columns=frame.columns[:2], dtype=object)
    return replace(data, frame=pd.concat([frame, row], ignore_index=True))

