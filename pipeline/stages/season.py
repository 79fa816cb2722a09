"""Where a season's files are, for the stages that follow generate: the forms and their
manifest (``output/forms/<season>/``), the latest round of follow-up forms, and the day the
forms were made (replies come after it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.errors import InputFileError
from pipeline.followup import followup_folder, latest_round
from pipeline.forms.manifest import read_manifest
from pipeline.inputs import season_of
from pipeline.places import inside
from pipeline.sheets import read_question_set


def season_forms(output_dir: Path, questions: Path) -> Path:
    """``output/forms/<season>/``, the season the question set names."""
    return inside(output_dir / "forms" / season_of(read_question_set(questions), None),
                  output_dir)


def followup_forms(output_dir: Path, questions: Path) -> Path:
    """The latest round of follow-up forms (``output/followups/<season>/<DATE>/``)."""
    season = season_of(read_question_set(questions), None)
    forms = latest_round(output_dir, season)
    if forms is None:
        raise InputFileError(
            f"There are no follow-up forms in {followup_folder(output_dir, season)}. "
            "Run `mus followup` first, or give the folder with --forms.")
    return forms


def generated_day(forms: Path) -> dt.datetime:
    """The day the forms in ``forms`` were generated (the manifest says): replies come after
    it."""
    try:
        made = dt.datetime.fromisoformat(read_manifest(forms).generated)
    except InputFileError as err:
        raise InputFileError(f"{err} Or give the first day to collect from with --since "
                             "DATE.") from err
    except ValueError as err:
        raise InputFileError(f"The manifest in {forms} does not say when the forms were "
                             "made; give the first day to collect from with --since DATE.") from err
    made = made if made.tzinfo else made.astimezone()
    return made.replace(hour=0, minute=0, second=0, microsecond=0)
