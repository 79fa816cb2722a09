"""How long a season's data is kept: the settings' ``Slet … efter (år)``, counted from the day
the season began (the day ``mus generate`` made its forms, as its manifest says).

Each kind of data has its own time: preparation forms (the employees' forms, made, mailed and
returned), the leaders' forms, agreements (with the follow-up forms on them) and the overview
workbooks. A kind is due once its years have passed since the season began; a season whose
beginning mus cannot tell (its manifests are gone) is said, never guessed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipeline.forms.manifest import MANIFEST
from pipeline.model import DATA_KINDS, QuestionSet, Retention, Sensitivity
from pipeline.privacy.deletions import retention_done
from pipeline.workspace import Workspace

KIND_WORDS = {"da": {"employee": "forberedelsesskemaer", "leader": "lederskemaer",
                     "agreement": "aftaler og opfølgninger", "overview": "oversigter"},
              "en": {"employee": "preparation forms", "leader": "leader's forms",
                     "agreement": "agreements and follow-ups", "overview": "overviews"}}


@dataclass(frozen=True)
class Due:
    season: str
    kind: str  # employee, leader, agreement or overview
    years: int
    began: dt.date  # when the season began
    since: dt.date  # when its time was up


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def season_starts(manifests: Iterable[tuple[str, str]]) -> dict[str, dt.date]:
    """Each season's first day: the earliest its manifests (forms, follow-ups) were made."""
    starts: dict[str, dt.date] = {}
    for season, generated in manifests:
        try:
            day = dt.datetime.fromisoformat(generated).date()
        except ValueError:
            continue
        if season and (season not in starts or day < starts[season]):
            starts[season] = day
    return starts


def read_starts(ws: Workspace) -> dict[str, dt.date]:
    """The seasons' first days from the manifests in output/ alone (cheap: for `mus status`)."""
    found = []
    for path in [*ws.output_dir.glob(f"forms/*/{MANIFEST}"),
                 *ws.output_dir.glob(f"followups/*/*/{MANIFEST}")]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append((str(data.get("season", "")), str(data.get("generated", ""))))
        except (OSError, ValueError, AttributeError):
            continue
    return season_starts(found)


def due(retention: Retention, starts: Mapping[str, dt.date], seasons: Iterable[str],
        today: dt.date) -> tuple[list[Due], list[str]]:
    """What has passed its time among ``seasons``, and the seasons whose beginning is unknown
    (nothing of theirs is due: mus does not guess)."""
    found: list[Due] = []
    unknown: list[str] = []
    for season in sorted(set(seasons)):
        began = starts.get(season)
        if began is None:
            unknown.append(season)
            continue
        for kind in DATA_KINDS:
            years = retention.years(kind)
            if years is not None and add_years(began, years) <= today:
                found.append(Due(season, kind, years, began, add_years(began, years)))
    return found, unknown


def status_lines(ws: Workspace, retention: Retention, today: dt.date) -> list[str]:
    """What `mus status` says of retention: the kinds of data whose time is up and that
    `mus erase --due` has not deleted yet."""
    if not retention.given:
        return []
    starts = read_starts(ws)
    done = retention_done(ws.root)
    found, _ = due(retention, starts, starts, today)
    open_ = [d for d in found if (d.season, d.kind) not in done]
    if not open_:
        return []
    lines = ["Due for deletion under the settings (Slet … efter (år)):"]
    for season in dict.fromkeys(d.season for d in open_):
        kinds = [d for d in open_ if d.season == season]
        words = ", ".join(f"{KIND_WORDS['en'][d.kind]} ({d.years} years)" for d in kinds)
        lines.append(f"  season {season} (began {kinds[0].began:%d-%m-%Y}): {words}")
    lines.append("Run `mus erase --due --dry-run` to see what would be deleted, then "
                 "`mus erase --due` to delete it.")
    return lines


def describe(item: Due) -> str:
    return (f"season {item.season}: {KIND_WORDS['en'][item.kind]}, kept {item.years} years "
            f"from {item.began:%d-%m-%Y} (due since {item.since:%d-%m-%Y})")


def settings_lines(question_set: QuestionSet) -> list[str]:
    """What `mus check` says of the question set's personal-data settings: its sensitive
    questions and how long each kind of data is kept."""
    lines = []
    how = {Sensitivity.FIELD: "a field, never read",
           Sensitivity.TALK: "no field: raised in the talk"}
    sensitive = [f"{q.id} ({how[q.sensitive]})" for q in question_set.questions
                 if q.sensitive is not Sensitivity.NO]
    if sensitive:
        lines.append(f"Sensitive questions (Følsom): {', '.join(sensitive)}.")
    retention = question_set.settings.retention
    if retention.given:
        kept = ", ".join(f"{KIND_WORDS['en'][kind]} " + (
            f"{years} years" if (years := retention.years(kind)) is not None
            else "until erased") for kind in DATA_KINDS)
        lines.append(f"Kept: {kept} (counted from the day a season began; `mus erase --due` "
                     "deletes what is due).")
    return lines
