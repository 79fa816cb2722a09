"""What the question set lacks for the forms it makes is said before they go out: mus check and
mus generate name the untranslated texts and the questions the leader is asked in the employee's
words; the English forms then show the Danish, so nothing is hidden."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline import samples
from pipeline.cli import main
from pipeline.ooxml.parser import SafeZip
from pipeline.ooxml.text import block_text
from pipeline.workspace import Workspace
from tests.helpers import question, questions_xlsx


def test_untranslated_and_unworded_questions_are_reported(ws: Workspace) -> None:
    rows = [row[:10] + ("",) * 8 if row[0] in ("N3", "F5") else row
            for row in samples.QUESTIONS]  # N3 and F5 lose their English and leader texts
    rows.append(question("X1", "Et nyt spørgsmål", phase="Afslutning"))
    questions_xlsx(ws.questions, questions=rows)
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0
    assert result.stderr == (
        "Warning: English forms show Danish text where the question set has no English: "
        "N3 (Spørgsmål (en)), F5 (Spørgsmål (en)), X1 (Spørgsmål (en), Fase (en)). Write the "
        "English texts in those columns of the question set (the column names are in "
        "brackets).\n"
        "Warning: The leader's form asks F5 in the employee's words (\"du\", \"dine\"), because "
        "they have no text in the column \"Spørgsmål til leder\". Write how the question should "
        "be put to the leader there.\n")
    assert result.stdout.endswith("No mistakes found.\n")

    generated = CliRunner().invoke(
        main, ["--dir", str(ws.root), "generate", "--only", "00042", "--jobs", "1"])
    assert generated.exit_code == 0
    assert "Warning: English forms show Danish text" in generated.stderr
    with SafeZip(ws.output_dir / "forms" / "2027" / "00042_Aisha_Ahmed.docx") as package:
        text = block_text(package.xml("word/document.xml"))
    assert "Hvilke opgaver giver dig energi, og hvilke dræner dig?" in text  # visibly Danish
    assert "What has been difficult" not in text


def test_a_translated_set_gets_no_warning(ws: Workspace) -> None:
    result = CliRunner().invoke(main, ["--dir", str(ws.root), "check"])
    assert result.exit_code == 0 and result.stderr == ""
