"""What the commands print: readable listings for people, JSON lines for programs."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.agreement import AgreementResult
from pipeline.collect.extract import Extracted
from pipeline.followup import FollowupResult
from pipeline.forms.generate import GenerateResult
from pipeline.forms.lookback import Carried
from pipeline.forms.prose import long_date
from pipeline.model import (
    Collected,
    Employee,
    FormKind,
    QuestionSet,
    Response,
    Value,
    expects_leader_form,
)
from pipeline.problems import sentence
from pipeline.stages.ingest import IngestResult
from pipeline.teams import teams
from pipeline.terminal import one_line, printable

_AGREEMENT_ONLY = ("agreed", "employee_comment", "leader_comment")


def _json_value(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def extraction_dict(result: Extracted, lang: str = "en") -> dict[str, Any]:
    r = result.response
    if r is None:
        return {"file": result.file, "employee_id": None, "season": None, "kind": None,
                "answers": {}, "competences": {}, "goals": [], "previous_goals": [],
                "read_by": None, "problems": [sentence(p, lang) for p in result.problems]}
    return {
        "file": result.file,
        "employee_id": r.employee_id,
        "season": r.season,
        "kind": r.kind.value,
        "answers": {k: _json_value(v) for k, v in r.answers.items()},
        "competences": {k: {"now": v.now, "wanted": v.wanted} for k, v in r.competences.items()},
        # (an agreement's goals say besides whether they are agreed; a follow-up's the next step)
        "goals": [{k: _json_value(v) for k, v in asdict(g).items()
                   if r.kind is FormKind.AGREEMENT or k not in _AGREEMENT_ONLY} for g in r.goals],
        "previous_goals": [{k: v for k, v in asdict(g).items()
                            if r.kind is FormKind.FOLLOWUP or k != "next_step"}
                           for g in r.previous_goals],
        "read_by": r.read_by,
        "saved": _json_value(r.saved),
        "question_set_version": r.question_set_version,
        **({"agreement": {k: _json_value(v) for k, v in r.extra.items()}} if r.extra else {}),
        # What fields show where it could not be read as an answer: for HR to check.
        **({"unreadable": dict(r.unreadable)} if r.unreadable else {}),
        # What a person wrote outside every field, by the question (or competence, goal) it
        # stands beside: never part of an answer, always with a problem naming where.
        **({"outside": dict(r.beside)} if r.beside else {}),
        "problems": [sentence(p, lang) for p in r.problems],
    }


def extraction_json(result: Extracted, lang: str = "en") -> str:
    return json.dumps(extraction_dict(result, lang), ensure_ascii=False)


def _show(v: Value) -> str:
    if v is None:
        return "(unanswered)"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, dt.date):
        return v.isoformat()
    return printable(str(v)).replace("\n", "\n      ")


def extraction_text(result: Extracted, question_set: QuestionSet | None,
                    lang: str = "en") -> str:
    r = result.response
    if r is None:
        return (f"{one_line(result.file)}: skipped. "
                + " ".join(one_line(sentence(p, lang)) for p in result.problems))
    lines = [one_line(result.file),
             f"  employee {r.employee_id}, season {r.season}, {r.kind.value}'s form, read by "
             f"{r.read_by}"]
    for qid, v in r.answers.items():
        q = question_set.question(qid) if question_set else None
        lines.append(one_line(f"  {qid}{' ' + q.text if q else ''}"))
        lines.append(f"      {_show(v)}")
    if r.competences:
        lines.append("  competences (now → wanted):")
        for cid, rating in r.competences.items():
            lines.append(f"    {one_line(cid)}: {_show(rating.now)} → {_show(rating.wanted)}")
    for n, g in enumerate(r.goals, start=1):
        lines.append(f"  goal {n}: {_show(g.goal)}")
        for label, v in (("activities", g.activities), ("success", g.criterion),
                         ("deadline", g.deadline), ("responsible", g.responsible),
                         ("follow-up", g.follow_up), ("agreed", g.agreed),
                         ("employee's comment", g.employee_comment),
                         ("leader's comment", g.leader_comment)):
            if v is not None:
                lines.append(f"      {label}: {_show(v)}")
    which = "goal followed up" if r.kind is FormKind.FOLLOWUP else "last year's goal"
    for previous in r.previous_goals:
        lines.append(f"  {which} \"{one_line(previous.goal)}\": "
                     f"{one_line(previous.status or '(no status)')}"
                     + (f" ({one_line(previous.comment)})" if previous.comment else "")
                     + (f"; next: {one_line(previous.next_step)}" if previous.next_step else ""))
    for k, v in r.extra.items():
        lines.append(f"  {one_line(k)}: {_show(v)}")
    for p in r.problems:
        lines.append(f"  problem: {one_line(sentence(p, lang))}")
    return "\n".join(lines)


def ingest_summary(result: IngestResult, lang: str = "en") -> str:
    c = result.collected
    read = len(c.responses)
    employee_forms = sum(1 for r in c.responses if r.kind is FormKind.EMPLOYEE)
    missing = result.missing
    lines = [
        f"Read {read} form(s) from {c.files_seen} file(s): {employee_forms} of {len(c.staff)} "
        f"employees have answered, {len(missing)} still missing, {len(c.problems)} problem(s).",
        f"Workbook: {result.workbook}",
    ]
    if result.leader_workbooks:
        lines.append(f"Leaders' workbooks: {len(result.leader_workbooks)} in "
                     f"{result.leader_workbooks[0].parent}")
    for team in result.unclear_leaders:
        numbers = ", ".join(e.number for e in team.members[:5]) + (
            f" and {len(team.members) - 5} more" if len(team.members) > 5 else "")
        lines.append(one_line(
            f'No leader\'s workbook for the leader "{team.name}" of employee(s) {numbers}: the '
            "name fits several people on the employee list, so mus cannot tell whose team it "
            "is (their answers are in HR's workbook). Give the leader by employee number or "
            "e-mail in the list (a \"Leders e-mail\" column) and run again."))
    for p in c.problems:
        lines.append(f"  {one_line(p.file)}: {one_line(sentence(p, lang))}")
    return "\n".join(lines)


@dataclass(frozen=True)
class TeamStanding:
    """Who in one leader's team has answered (by who the leader is, never by a shared name)."""

    label: str  # the leader as the list names them; "" for those with no leader
    ambiguous: bool  # the name fits several people on the employee list
    members: tuple[Employee, ...]
    answered: tuple[Employee, ...]
    missing: tuple[Employee, ...]
    leader_forms: int  # leader's forms returned about the team
    leader_expected: int  # leader's forms there should be (0: the set has none, or no leader)
    agreements: int


@dataclass(frozen=True)
class Standing:
    """``mus status``: where the season stands, per leader."""

    season: str
    staff: int
    answered: int
    agreements: int  # meetings held (an agreement returned)
    due: int  # agreed goals due for follow-up and not followed up yet
    teams: tuple[TeamStanding, ...]
    problems: int


def standing(collected: Collected, today: dt.date | None = None) -> Standing:
    answered = {r.employee_id for r in collected.responses if r.kind is FormKind.EMPLOYEE}
    leader_forms = {r.employee_id for r in collected.responses if r.kind is FormKind.LEADER}
    agreements = {r.employee_id for r in collected.responses if r.kind is FormKind.AGREEMENT}
    names_leaders = any(e.leader for e in collected.staff)
    due = 0
    if agreements:
        from pipeline.cycle import due_goals

        followups: dict[str, list[Response]] = {}
        for r in collected.responses:
            if r.kind is FormKind.FOLLOWUP:
                followups.setdefault(r.employee_id, []).append(r)
        due = sum(len(due_goals(r, followups.get(r.employee_id, []), today or dt.date.today())[0])
                  for r in collected.responses if r.kind is FormKind.AGREEMENT)
    standings = []
    for leader in teams(collected.staff):
        team = leader.members
        expected = [e for e in team if expects_leader_form(e, names_leaders)]
        standings.append(TeamStanding(
            leader.label if leader.key else "", leader.ambiguous, tuple(team),
            tuple(e for e in team if e.number in answered),
            tuple(e for e in team if e.number not in answered),
            sum(1 for e in team if e.number in leader_forms) if leader_forms else 0,
            len(expected) if leader_forms else 0,
            sum(1 for e in team if e.number in agreements)))
    return Standing(collected.season, len(collected.staff), len(answered), len(agreements), due,
                    tuple(standings), len(collected.problems))


def status_text(collected: Collected) -> str:
    now = standing(collected)
    lines = [f"Season {now.season}: {now.answered} of {now.staff} employees "
             f"have answered; {now.staff - now.answered} missing."]
    if now.agreements:
        lines.append(f"Meetings held (agreement returned): {now.agreements} of "
                     f"{now.staff}. Agreed goals due for follow-up and not followed "
                     f"up yet: {now.due} (`mus followup` makes their forms; `--coverage` "
                     "counts by the rules).")
    for team in now.teams:
        shown = one_line(team.label) if team.label else "(no leader)"
        if team.ambiguous:
            shown += " (this name fits several people on the employee list)"
        lines.append(f"\n{shown}: {len(team.answered)}/{len(team.members)} answered"
                     + (f", leader's forms {team.leader_forms}/{team.leader_expected}"
                        if team.leader_expected else ""))
        if now.agreements:
            lines[-1] += f", agreements {team.agreements}/{len(team.members)}"
        for e in team.missing:
            lines.append(f"  missing: {one_line(e.number)} {one_line(e.name)}"
                         + (" (on leave)" if e.on_leave else ""))
    if now.problems:
        lines.append(f"\n{now.problems} problem(s); run `mus ingest` to see them.")
    return "\n".join(lines)


_COLUMNS = (("On list", "employees"), ("Leave", "leave"), ("Returned", "returned"),
            ("Held", "held"), ("Written", "written"), ("Agreed", "agreed"),
            ("FU due", "followup_due"), ("FU held", "followed_up"), ("Covered", "covered"))


def coverage_text(collected: Collected, today: dt.date | None = None) -> str:
    """``mus status --coverage``: per department, per leader and in total, then who is not
    covered yet for each leader, with what is lacking."""
    from pipeline.coverage import LACKING, Tally, coverage, rules_sentence

    cover = coverage(collected, today, lang="en")
    names = [t.name for t in cover.departments] + [t.name for t, _ in cover.leaders]
    width = min(max((len(one_line(n)) for n in names), default=10) + 2, 40)

    def table(title: str, rows: list[Tally]) -> list[str]:
        head = title.ljust(width) + "".join(h.rjust(9) for h, _ in _COLUMNS) + "Rate".rjust(7)
        out = [head]
        for t in [*rows, cover.total]:
            rate = f"{t.rate:.0%}" if t.rate is not None else "–"
            out.append(one_line(t.name)[:width - 2].ljust(width)
                       + "".join(str(getattr(t, key)).rjust(9) for _, key in _COLUMNS)
                       + rate.rjust(7))
        return out

    lines = [f"Coverage, season {collected.season}. {rules_sentence(cover.rules, 'en')}",
             "(Written: goals written in the agreement; Agreed: a goal marked agreed and both "
             "signed; FU due/held: agreed goals whose follow-up date has passed, and all of "
             "them followed up.)", ""]
    lines += [*table("Department", list(cover.departments)), ""]
    lines += [*table("Leader", [t for t, _ in cover.leaders]), ""]
    missing = [(t, cover.uncovered(members)) for t, members in cover.leaders]
    missing = [(t, people) for t, people in missing if people]
    if not missing:
        lines.append("Everyone on the list is covered.")
    else:
        lines.append("Not covered yet, per leader:")
        for t, people in missing:
            lines.append(f"{one_line(t.name)}:")
            lines += [f"  {one_line(p.employee.number)} {one_line(p.employee.name)}: "
                      f"{LACKING['en'][p.lacking]}" for p in people]
    return "\n".join(lines)


def generate_lines(result: GenerateResult, skipping_leave: bool = False
                   ) -> list[tuple[str, bool]]:
    """What ``mus generate`` says when it is done, line by line: (text, whether it is a
    warning). The spreadsheets' warnings come before (``warning_lines``)."""
    lines: list[tuple[str, bool]] = []
    kinds = {k: sum(1 for e in result.entries if e.kind == k) for k in ("employee", "leader")}
    lines.append((f"Wrote {kinds['employee']} employee form(s)"
                  + (f" and {kinds['leader']} leader's form(s)" if kinds["leader"] else "")
                  + f" for season {result.season} to {result.out}", False))
    if result.no_leader:
        shown = ", ".join(one_line(f"{e.number} {e.name}") for e in result.no_leader[:5])
        more = len(result.no_leader) - 5
        lines.append((f"No leader's form for {len(result.no_leader)} employee(s) with no "
                      f"leader on the list: {shown}" + (f" and {more} more" if more > 0 else "")
                      + ". Add their leader to the list and run `mus generate --only NUMBER` "
                      "if they should have one.", False))
    if result.left_out:
        lines.append((f"No form for {result.left_out} on the list who have left"
                      + (" or are on leave" if skipping_leave else "")
                      + " (`mus check` lists them; --include-leavers gives leavers one).",
                      False))
    if result.carried is not None:
        lines += [(line, False) for line in carried_lines(result.carried, skipping_leave)]
    if result.unfinished:
        lines.append((f"{result.unfinished} form(s) left unfinished by an earlier run that was "
                      "interrupted (there was no manifest for them, so none was mailed) were "
                      "made again.", False))
    lines.append((f"Manifest: {result.manifest} (question set version "
                  f"{result.question_set_version})", False))
    lines += [(f"Warning: {warning}", True) for warning in result.warnings]
    lines.append(("Next: `mus mail` to prepare the e-mails, then collect the returned forms in "
                  "a folder and run `mus ingest FOLDER`.", False))
    return lines


def carried_lines(got: Carried, skipping_leave: bool = False) -> list[str]:
    """What --previous put on the forms, and who had nothing to look back on."""
    kinds = f"{got.agreed} agreed" + (
        f", {got.proposed} only proposed (no agreement came back; the form says so)"
        if got.proposed else "")
    lines = [f"Last season's goals: {got.goals} goal(s) on {got.employees} form(s) ({kinds})."]
    if got.without:
        shown = ", ".join(one_line(f"{e.number} {e.name}") for e in got.without[:5])
        more = len(got.without) - 5
        lines.append(f"No goal from last season for {len(got.without)} employee(s): {shown}"
                     + (f" and {more} more" if more > 0 else "")
                     + ". Their forms have no look-back on goals (new this season, or no goal "
                     "last season).")
    if got.elsewhere:  # not on the list, or on it but given no form (left, or on leave)
        why = "left or are on leave" if skipping_leave else "have left"
        lines.append(f"{got.elsewhere} employee(s) with goals last season get no form this "
                     f"season (not on this employee list, or they {why}); their goals were not "
                     "carried.")
    return lines


def agreement_lines(result: AgreementResult) -> list[str]:
    """What ``mus agreement`` says when it is done."""
    return [f"Wrote {len(result.files)} agreement document(s) for season {result.season} to "
            f"{result.out} ({result.with_proposals} with proposals from returned forms).",
            "Use them in the meetings; collect the signed-off documents with the returned "
            "forms and run `mus ingest`: agreed goals replace the proposals."]


def followup_lines(result: FollowupResult) -> list[str]:
    """What ``mus followup`` says when it is done."""
    until = long_date(result.due_before, "en")
    lines = [f"Read {result.agreements} agreement(s). Wrote {len(result.files)} follow-up "
             f"form(s) with {result.goals} agreed goal(s) due for follow-up by {until} to "
             f"{result.out}" + (f"; {result.done} goal(s) due by then were followed up "
                                "already." if result.done else ".")]
    if result.files:
        lines.append("Next: `mus mail --followup` sends each to the employee and the leader; "
                     "put the filled forms with the returned forms and run `mus ingest`.")
    return lines
