"""Speed at municipal scale: mus against what HR would otherwise use.

    python benchmarks/run.py                       # 1,000, 10,000 and 50,000 employees
    python benchmarks/run.py --sizes 1000 --peer-sample 200

For each size it writes a synthetic employee list (the sample question set: every employee gets
a form and their leader a form about them, so N employees make 2N forms), then runs, each stage as
its own process tree whose wall time and peak memory (all processes together) are measured:

  generate   `mus generate` on all cores
  fill       every form filled as an employee would (Word-style; setup for the next stage)
  ingest     `mus ingest` on all cores: every returned form read, the workbook written

and, on its own, the workbook writer (`--writer-sizes`): a season of N employees made in memory
(every employee's and leader's form answered as the demo's respondents do, 1–2 goals each) is
written as HR's overview workbook, timed as frames built and as the whole write, with the
process's peak memory and the machine's load average beside it.

Peers run in this process on the same data (a sample of the forms, one core each, as is mus for
the comparison):

  docxtpl     a docxtpl mail merge of an equivalent form (the usual alternative), ms per form
  python-docx a plain python-docx loop that opens each returned form and reads its controls

Ratios are the result; absolute times vary with the machine. Needs `pip install -e .[bench]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from pipeline import samples  # noqa: E402
from pipeline.workspace import DEFAULT_INPUT  # noqa: E402

# The question set every stage uses (--questions, passed on to the stages' processes): the
# sample set by default; an earlier one to compare a change with figures measured before it.
QUESTIONS = Path(os.environ.get("MUS_BENCH_QUESTIONS", DEFAULT_INPUT / "questions.xlsx"))
FIRST = ("Anne", "Jens", "Mette", "Søren", "Lærke", "Frederik", "Camilla", "Mads", "Sofie",
         "Rasmus", "Ida", "Niels", "Karen", "Line", "Peter", "Emma", "Ahmad", "Birgitte")
LAST = ("Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Østergaard")
DEPARTMENTS = ("IT", "Borgerservice", "Økonomi", "HR og Løn", "Teknik og Miljø", "Skole",
               "Ældrepleje", "Dagtilbud", "Kultur", "Sundhed")


# --- data ------------------------------------------------------------------------------------

def write_employees(path: Path, n: int) -> Path:
    rng = random.Random(n)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Medarbejdere")
    ws.append(list(samples.EMPLOYEE_HEADERS))
    for i in range(n):
        department = DEPARTMENTS[i % len(DEPARTMENTS)]
        team = (i // 25) % 200
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        ws.append([100000 + i, name, f"m{i}@eksempel.dk", department, "Medarbejder",
                   f"Leder {department} {team}", f"leder{team}@eksempel.dk",
                   dt.date(2027, 2, 1) + dt.timedelta(days=i % 40), "da", "Rådhuset"])
    wb.save(path)
    return path


# --- stages (each run in its own process by `measure`) ----------------------------------------

def stage_generate(work: Path, jobs: int) -> dict[str, Any]:
    from pipeline.forms.generate import GenerateOptions, generate

    result = generate(GenerateOptions(work / "employees.xlsx", QUESTIONS, work / "forms",
                                      force=True, jobs=jobs))
    return {"forms": len(result.entries)}


def _fill_chunk(files: list[str], returned: str) -> int:
    from pipeline.demo import Respondent

    for i, name in enumerate(files):
        source = Path(name)
        data = Respondent(seed=hash(source.name) % 1000 + i).fill(source.read_bytes())
        (Path(returned) / source.name).write_bytes(data)
    return len(files)


def stage_fill(work: Path, jobs: int) -> dict[str, Any]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    files = sorted(str(p) for p in (work / "forms").glob("*.docx"))
    returned = work / "returned"
    returned.mkdir(exist_ok=True)
    chunks = [files[i:i + 200] for i in range(0, len(files), 200)]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = sum(pool.map(_fill_chunk, chunks, [str(returned)] * len(chunks)))
    return {"forms": done}


def stage_ingest(work: Path, jobs: int) -> dict[str, Any]:
    from pipeline.stages.ingest import IngestOptions, ingest

    read_done = [0.0]

    def progress(done: int, total: int) -> None:  # the last call: every form read
        if done == total:
            read_done[0] = time.perf_counter()

    start = time.perf_counter()
    result = ingest(IngestOptions(work / "returned", work / "employees.xlsx", QUESTIONS,
                                  work / "MUS-oversigt.xlsx", jobs=jobs), progress=progress)
    end = time.perf_counter()
    return {"forms": len(result.collected.responses),
            "problems": len(result.collected.problems),
            "read_s": round(read_done[0] - start, 2), "write_s": round(end - read_done[0], 2)}


# Answers of the lengths people write, for the writer's season (the demo's respondents fill forms;
# here there are no forms).
TEXTS = ("Det fungerer fint, som det er.",
         "Jeg er glad for mine opgaver og for samarbejdet i teamet.",
         "Det har været et travlt år med mange nye sager, men vi er kommet godt igennem det.",
         "Jeg vil gerne have mere tid til fordybelse og færre afbrydelser i løbet af dagen, "
         "især i de perioder hvor vi har mange henvendelser fra borgerne.",
         "Overgangen til det nye fagsystem tog mere tid end ventet.\nNu fungerer det godt, og "
         "jeg har lært meget af at oplære vores nye kollega.")
LIST_ANSWER = ("Faste 1:1-samtaler", "Feedback undervejs", "Tydelige prioriteringer")
GOALS = (("Blive fortrolig med det nye sagssystem", "Kursus og sidemandsoplæring",
          "Kan håndtere alle sagstyper selvstændigt", "Teamleder"),
         ("Styrke formidling til borgere", "Kursus i klarsprog; mentorordning",
          "Borgerhenvendelser løses ved første kontakt", "Medarbejderen selv"),
         ("Prøve projektledelse i mindre projekter", "Jobrotation i 3 måneder",
          "Har ledet ét projekt fra start til slut", "Leder"))


def synthetic_season(work: Path) -> Any:
    """What `mus ingest` would have collected if every form had come back filled in: the real
    employee list and question set, answers as the demo's respondents give them."""
    from pipeline.inputs import read_inputs
    from pipeline.model import Collected, FormKind, Goal, QuestionType, Rating, Response

    staff, qs = read_inputs(work / "employees.xlsx", QUESTIONS)
    rng = random.Random(len(staff))
    scale = list(qs.settings.scale.steps)
    responses = []
    for n, e in enumerate(staff):
        for kind in (FormKind.EMPLOYEE, FormKind.LEADER):
            answers: dict[str, Any] = {}
            for q in qs.questions:
                if not q.audience.includes(kind) or rng.random() > 0.85:
                    continue
                if q.type is QuestionType.TEXT:
                    answers[q.id] = ("\n".join(f"• {a}" for a in LIST_ANSWER)
                                     if rng.random() < 0.15 else rng.choice(TEXTS))
                elif q.type is QuestionType.SCALE:
                    answers[q.id] = rng.choice(scale)
                elif q.type is QuestionType.YESNO:
                    answers[q.id] = rng.random() < 0.5
                elif q.type is QuestionType.CHOICE:
                    answers[q.id] = rng.choice(q.options)
                else:
                    answers[q.id] = dt.date(2027, 4, 1) + dt.timedelta(days=rng.randrange(180))
            ratings = {c.id: Rating(rng.choice(scale[:4]), rng.choice(scale[1:]))
                       for c in qs.competences}
            goals = tuple(Goal(g[0], g[1], g[2], dt.date(2027, 8, 1), g[3],
                               dt.date(2027, 2, 1) + dt.timedelta(days=rng.randrange(120)))
                          for g in rng.sample(GOALS, 1 + n % 2))
            responses.append(Response(f"{e.number}-{kind.value}.docx", e.number, "2027", kind,
                                      answers, ratings, goals, (), "controls",
                                      question_set_version=qs.version))
    return Collected(tuple(staff), qs, "2027", tuple(responses), (), len(responses))


def stage_write(work: Path, jobs: int) -> dict[str, Any]:
    from pipeline.overview.frames import (
        answers_sheet,
        competences_sheet,
        goals_sheet,
        make_view,
        overview_sheet,
    )
    from pipeline.overview.workbook import write_overview

    collected = synthetic_season(work)
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    view = make_view(collected, "da", today=dt.date(2027, 3, 1))
    frames = [f(view) for f in (overview_sheet, answers_sheet, goals_sheet, competences_sheet)]
    frames_s = time.perf_counter() - start
    cells = sum(int(f.frame.count().sum()) for f in frames)
    del frames, view
    start = time.perf_counter()
    write_overview(collected, work / "writer.xlsx", "da", {}, today=dt.date(2027, 3, 1))
    write_s = time.perf_counter() - start
    return {"employees": len(collected.staff), "cells": cells, "frames_s": round(frames_s, 2),
            "write_s": round(write_s, 2), "mib": round((work / "writer.xlsx").stat().st_size
                                                       / 2**20, 1),
            "load": [round(load_before, 1), round(os.getloadavg()[0], 1)]}


STAGES = {"generate": stage_generate, "fill": stage_fill, "ingest": stage_ingest,
          "write": stage_write}


def measure(stage: str, work: Path, jobs: int) -> dict[str, Any]:
    """Run one stage as a child process tree; wall time and the peak of its summed memory."""
    import psutil

    out = work / f"{stage}.json"
    cpu_before = _children_cpu()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--stage", stage, "--work", str(work),
                              "--jobs", str(jobs)])
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"stage {stage} failed with exit code {child.returncode}")
    result = json.loads(out.read_text())
    result.update({"wall_s": round(wall, 2), "peak_mib": round(peak / 2**20),
                   "cpu_s": round(_children_cpu() - cpu_before, 2)})
    return result


def _children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and its own children: on a
    machine shared with other work, the steadier measure beside wall time (POSIX only)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- peers, in this process, on the same data ---------------------------------------------------

def docxtpl_template(path: Path) -> Path:
    """A docxtpl form equivalent to ours: title, identity table, introduction, one question and
    answer row per question, competence table, goal tables: the same text, built by mail merge."""
    from docx import Document

    doc = Document()
    doc.add_heading("MUS {{ season }}: din forberedelse", 0)
    table = doc.add_table(rows=4, cols=4)
    fields = [("Navn", "{{ e.name }}"), ("Medarbejdernr.", "{{ e.number }}"),
              ("Afdeling", "{{ e.department }}"), ("Stilling", "{{ e.job_title }}"),
              ("Leder", "{{ e.leader }}"), ("MUS-dato", "{{ e.meeting }}"),
              ("Svarfrist", "{{ deadline }}"), ("", "")]
    for i, (label, value) in enumerate(fields):
        table.cell(i // 2, (i % 2) * 2).text = label
        table.cell(i // 2, (i % 2) * 2 + 1).text = value
    doc.add_paragraph("Kære {{ e.first }}")
    doc.add_paragraph("{{ intro }}")
    questions = doc.add_table(rows=3, cols=2)
    questions.cell(0, 0).text = "{%tr for q in questions %}"
    questions.cell(1, 0).text = "{{ q.id }}"
    questions.cell(1, 1).text = "{{ q.text }}\n{{ q.help }}\n{{ q.answer }}"
    questions.cell(2, 0).text = "{%tr endfor %}"
    comps = doc.add_table(rows=3, cols=4)
    comps.cell(0, 0).text = "{%tr for c in competences %}"
    for col, value in enumerate(("{{ c.id }}", "{{ c.name }}", "{{ c.now }}", "{{ c.wanted }}")):
        comps.cell(1, col).text = value
    comps.cell(2, 0).text = "{%tr endfor %}"
    goals = doc.add_table(rows=3, cols=2)
    goals.cell(0, 0).text = "{%tr for g in goals %}"
    goals.cell(1, 0).text = "{{ g.label }}"
    goals.cell(1, 1).text = "{{ g.value }}"
    goals.cell(2, 0).text = "{%tr endfor %}"
    doc.save(str(path))
    return path


def peer_docxtpl(work: Path, sample: int) -> float:
    from docxtpl import DocxTemplate

    from pipeline.sheets import read_employees, read_question_set

    staff = read_employees(work / "employees.xlsx")[:sample]
    qs = read_question_set(QUESTIONS)
    template = docxtpl_template(work / "docxtpl-form.docx")
    out = work / "docxtpl"
    out.mkdir(exist_ok=True)
    questions = [{"id": q.id, "text": q.text, "help": q.help, "answer": "Klik her og skriv."}
                 for q in qs.questions]
    competences = [{"id": c.id, "name": c.name, "now": "Vælg", "wanted": "Vælg"}
                   for c in qs.competences]
    goals = [{"label": f"Mål {n}: {part}", "value": "Klik her"} for n in range(1, 4)
             for part in ("Mål", "Aktiviteter", "Succes", "Deadline", "Ansvarlig", "Opfølgning")]
    start = time.perf_counter()
    for e in staff:
        doc = DocxTemplate(str(template))
        doc.render({"season": "2027", "deadline": "29-01-2027", "intro": "Om lidt …",
                    "e": {"name": e.name, "number": e.number, "department": e.department,
                          "job_title": e.job_title, "leader": e.leader,
                          "meeting": str(e.meeting_date), "first": e.name.split()[0]},
                    "questions": questions, "competences": competences, "goals": goals})
        doc.save(str(out / f"{e.number}.docx"))
    return (time.perf_counter() - start) / len(staff) * 1000


def mus_generate_one_core(work: Path, sample: int) -> float:
    from pipeline.atomic import write_atomic
    from pipeline.forms.personalise import FormMaker
    from pipeline.model import FormKind
    from pipeline.sheets import read_employees, read_question_set

    staff = read_employees(work / "employees.xlsx")[:sample]
    maker = FormMaker(read_question_set(QUESTIONS), None, "2027", "2026-12-01T00:00:00+00:00")
    out = work / "mus-one-core"
    maker.make(staff[0], FormKind.EMPLOYEE)
    start = time.perf_counter()
    for e in staff:
        write_atomic(out / f"{e.number}.docx", maker.make(e, FormKind.EMPLOYEE).data)
    return (time.perf_counter() - start) / len(staff) * 1000


def peer_python_docx(files: list[Path]) -> float:
    import docx
    from docx.oxml.ns import qn

    start = time.perf_counter()
    for path in files:
        document = docx.Document(str(path))
        values = {}
        for sdt in document.element.body.iter(qn("w:sdt")):
            tag = sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}")
            content = sdt.find(qn("w:sdtContent"))
            text = "".join(t.text or "" for t in content.iter(qn("w:t"))) if content is not None \
                else ""
            values[tag.get(qn("w:val")) if tag is not None else ""] = text
    return (time.perf_counter() - start) / len(files) * 1000


def mus_extract_one_core(files: list[Path]) -> float:
    from pipeline.collect.extract import extract_file

    start = time.perf_counter()
    for path in files:
        extract_file(path)
    return (time.perf_counter() - start) / len(files) * 1000


# --- the run -----------------------------------------------------------------------------------

def run_size(n: int, jobs: int, peer_sample: int, base: Path) -> dict[str, Any]:
    work = base / f"n{n}"
    work.mkdir(parents=True, exist_ok=True)
    write_employees(work / "employees.xlsx", n)
    row: dict[str, Any] = {"employees": n}
    for stage in ("generate", "fill", "ingest"):
        row[stage] = measure(stage, work, jobs)
        print(f"  {n} {stage}: {row[stage]}", flush=True)
    sample = min(n, peer_sample)
    returned = sorted((work / "returned").glob("*.docx"))[:sample]
    row["peers"] = {
        "sample": sample,
        "mus_generate_ms": round(mus_generate_one_core(work, sample), 2),
        "docxtpl_ms": round(peer_docxtpl(work, sample), 2),
        "mus_extract_ms": round(mus_extract_one_core(returned), 2),
        "python_docx_ms": round(peer_python_docx(returned), 2),
    }
    print(f"  {n} peers: {row['peers']}", flush=True)
    return row


def report(rows: list[dict[str, Any]], jobs: int) -> str:
    lines = [f"Machine: {os.cpu_count()} cores; mus on {jobs} processes; "
             f"{dt.date.today().isoformat()}.", "",
             "| employees | forms | generate s (ms/form) | peak MiB | ingest s (ms/form) | "
             "of which read s / workbook s | ingest CPU s | peak MiB | fill s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        forms = r["generate"]["forms"]
        g, i = r["generate"], r["ingest"]
        lines.append(
            f"| {r['employees']:,} | {forms:,} | {g['wall_s']} ({g['wall_s'] / forms * 1000:.2f})"
            f" | {g['peak_mib']} | {i['wall_s']} ({i['wall_s'] / forms * 1000:.2f}) | "
            f"{i['read_s']} / {i['write_s']} | {i['cpu_s']} | {i['peak_mib']} | "
            f"{r['fill']['wall_s']} |")
    lines += ["", "| employees | sample | mus generate ms/form (1 core) | docxtpl ms/form | ratio "
              "| mus read ms/form (1 core) | python-docx ms/form | ratio |",
              "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        p = r["peers"]
        lines.append(
            f"| {r['employees']:,} | {p['sample']} | {p['mus_generate_ms']} | {p['docxtpl_ms']} "
            f"| {p['docxtpl_ms'] / p['mus_generate_ms']:.1f}× | {p['mus_extract_ms']} | "
            f"{p['python_docx_ms']} | {p['python_docx_ms'] / p['mus_extract_ms']:.1f}× |")
    return "\n".join(lines)


def run_writer(n: int, base: Path) -> dict[str, Any]:
    work = base / f"w{n}"
    work.mkdir(parents=True, exist_ok=True)
    write_employees(work / "employees.xlsx", n)
    result = measure("write", work, 1)
    print(f"  {n} writer: {result}", flush=True)
    return result


def writer_report(rows: list[dict[str, Any]]) -> str:
    lines = ["| employees | cells in the big sheets | frames s | whole write s (µs a cell) | "
             "CPU s of the stage | workbook MiB | peak MiB | load before → after |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['employees']:,} | {r['cells']:,} | {r['frames_s']} | {r['write_s']} "
            f"({r['write_s'] / r['cells'] * 1e6:.1f}) | {r['cpu_s']} | {r['mib']} | "
            f"{r['peak_mib']} | {r['load'][0]} → {r['load'][1]} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 50000])
    parser.add_argument("--writer-sizes", type=int, nargs="*", default=[1000, 10000, 50000],
                        help="employees for the writer on its own (none: skip)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--peer-sample", type=int, default=300,
                        help="forms per peer comparison (docxtpl is slow)")
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--questions", type=Path,
                        help="another question set (default: the sample set)")
    args = parser.parse_args()
    if args.questions:
        global QUESTIONS
        QUESTIONS = args.questions.resolve()
        os.environ["MUS_BENCH_QUESTIONS"] = str(QUESTIONS)
    if args.stage:
        result = STAGES[args.stage](args.work, args.jobs)
        (args.work / f"{args.stage}.json").write_text(json.dumps(result))
        return
    rows, writer_rows = [], []
    with tempfile.TemporaryDirectory(prefix="mus-bench-") as tmp:
        for n in args.writer_sizes:
            writer_rows.append(run_writer(n, Path(tmp)))
        for n in args.sizes:
            rows.append(run_size(n, args.jobs, args.peer_sample, Path(tmp)))
    text = "\n\n".join(part for part in (report(rows, args.jobs) if rows else "",
                                          writer_report(writer_rows) if writer_rows else "")
                        if part)
    print("\n" + text)
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    (args.results / f"{stamp}.json").write_text(json.dumps({"sizes": rows,
                                                            "writer": writer_rows}, indent=1))
    (args.results / f"{stamp}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
