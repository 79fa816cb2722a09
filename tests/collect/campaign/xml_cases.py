"""The cases made at XML level, exactly as Microsoft Word writes each edit (41)."""

from __future__ import annotations

from tests.collect.campaign import drawings as D
from tests.collect.campaign import saves
from tests.collect.campaign import xml_edits as E
from tests.collect.campaign.cases import DAMAGE, Case, Long, Other
from tests.collect.campaign.truth import Marked, Need
from tests.collect.campaign.verdict import READ_RIGHT, REPORTED
from tests.collect.campaign.wordml import Docx, card, competence_row, content, para_after, run, sdt

TWO_FORMS = Need("two forms in one file", r"1005|two forms|to skemaer|more than one|flere")


def _libreoffice_without_ids(doc: Docx) -> None:
    """Cards F2 and F5 swapped, then saved as LibreOffice saves after the Document Inspector
    took the hidden text: no hidden IDs, no tags."""
    E.swap_cards(doc, "F2", "F5")
    E.drop_hidden_text(doc)
    E.strip_tags_like_libreoffice(doc)


XML_CASES = [
    # ------------------------------------------------------------ issue-19 kinds, new variations
    Case("x_tab_row_F5", "issue19", "Word: Tab in the last cell, a new row typed in (tags kept)",
         "xml", REPORTED, "1008",
         xml=lambda d: E.new_row(d, "F5", "Jeg forventer klare rammer."),
         expect={"q:F5": "Jeg forventer klare rammer."}),
    Case("x_trackdel_row_K3", "issue19", "Word: competence row deleted with Track Changes",
         "xml", READ_RIGHT, "1011",
         xml=lambda d: E.tracked_row_delete(d, competence_row(d.root, "K3"), "Rasmus Poulsen"),
         expect={"c:K3:now": None, "c:K3:wanted": None}),
    Case("x_smarttag_move", "issue19", "Word: words moved with Track Changes inside a smart tag, "
         "from T1 to N3", "xml", READ_RIGHT, "1012",
         fill={"q:T1": "Året er gået godt. Hanne Kjær har været en god støtte."},
         xml=lambda d: E.move_words(d, "q:T1", "Hanne Kjær har været en god støtte.", "q:N3",
                                    "Ida Thomsen", smart_tag="PersonName"),
         expect={"q:T1": "Året er gået godt.",
                 "q:N3": "{q:N3} Hanne Kjær har været en god støtte."}),
    Case("x_move_plain", "issue19", "Word: a sentence moved with Track Changes from F1 into the "
         "empty F2", "xml", READ_RIGHT, "1013",
         fill={"q:F1": "Om tre år er jeg specialist. Det svære var at lære lønsystemet."},
         xml=lambda d: E.move_words(d, "q:F1", "Det svære var at lære lønsystemet.", "q:F2",
                                    "Niels Christiansen"),
         expect={"q:F1": "Om tre år er jeg specialist.",
                 "q:F2": "Det svære var at lære lønsystemet."}),
    Case("x_textbox_F5", "issue19", "Word: a text box (mc:AlternateContent, wps + VML fallback) "
         "in an answer", "xml", READ_RIGHT, "1014",
         fill={"q:F5": "Jeg forventer tillid."},
         xml=lambda d: E.append_runs(d, "q:F5", D.textbox_run("Og at vi holder vores aftaler.")),
         expect={"q:F5": "Jeg forventer tillid.\nOg at vi holder vores aftaler."}),
    Case("x_textbox_vml_F2", "issue19", "Word 2007 (compatibility mode): a VML text box in an "
         "answer", "xml", READ_RIGHT, "1016",
         fill={"q:F2": "Det var svært at få tid."},
         xml=lambda d: E.append_runs(d, "q:F2", D.vml_textbox_run(
             "Jeg har lært at planlægge bedre.")),
         expect={"q:F2": "Det var svært at få tid.\nJeg har lært at planlægge bedre."}),
    Case("x_append_other_body", "issue19", "Word: another employee's form pasted at the end "
         "(tags and all)", "xml", READ_RIGHT, "1004",
         others={"other": Other("1005", changes={"q:F2": "Andens svar på F2."})},
         xml=E.append_other, must_report=(TWO_FORMS,),
         must_not_read=("{other:q:T1}", "{other:q:N3}", "Andens svar på F2."),
         note="the other form's N3 happens to be this form's N3, word for word: it must not be "
              "in the output beyond this form's own answer"),
    Case("x_field_under_question_N3", "issue19", "Word: the answer control dragged into the "
         "question's cell", "xml", READ_RIGHT, "1010",
         xml=lambda d: E.field_to_question(d, "q:N3")),
    Case("x_strict", "issue19", "Word: saved as Strict Open XML", "xml", READ_RIGHT, "1011",
         save_as=saves.to_strict, wrong_reasons=DAMAGE),
    Case("x_strict_leader", "issue19", "Word: the leader's form saved as Strict Open XML", "xml",
         READ_RIGHT, "1012", kind="leader", save_as=saves.to_strict, wrong_reasons=DAMAGE),
    Case("x_flatopc_xml", "issue19", "Word: saved as 'Word XML Document' (Flat OPC, .xml)",
         "xml", READ_RIGHT, "1013", suffix=".xml", save_as=saves.to_flat_opc,
         wrong_reasons=(*DAMAGE, "not a Word", "ikke et Word")),
    Case("x_flatopc_renamed", "issue19", "Word XML Document (Flat OPC) renamed to .docx", "xml",
         READ_RIGHT, "1014", save_as=saves.to_flat_opc, wrong_reasons=DAMAGE),
    Case("x_bigpaste_6mb", "issue19", "Word: 6 MB of text pasted into an answer (a log)", "xml",
         REPORTED, "1015", fill={"q:F5": Long("log", 6 * 1024 * 1024)},
         wrong_reasons=("zip bomb", "not what it claims", "unsafe", "damaged", "too large",
                        "for stor")),
    Case("x_bigpaste_repeated", "issue19", "Word: the same paragraph pasted over and over "
         "(Ctrl+V held down): 5 MB of text in an answer", "xml", REPORTED, "1017",
         fill={"q:F5": Long("repeated", 5 * 1024 * 1024)},
         wrong_reasons=("zip bomb", "not what it claims", "unsafe", "damaged", "too large",
                        "for stor", "beskadiget")),
    Case("x_long_answer_40k", "issue19", "Word: an answer of 40,000 characters (longer than a "
         "spreadsheet cell holds)", "xml", REPORTED, "1016",
         fill={"q:T1": Long("sentences", 40000)},
         note="the workbook must hold it whole or say so"),
    Case("x_hidden_ids_inspector", "issue19", "Word: Inspect Document removed hidden text (the "
         "cards' hidden IDs); tags kept", "xml", READ_RIGHT, "1018", xml=E.drop_hidden_text),
    Case("x_hidden_ids_lo_swapped", "issue19", "LibreOffice-like save without hidden IDs, and "
         "cards F2 and F5 swapped", "xml", READ_RIGHT, "1020",
         fill={"q:F2": "{spare0}", "q:F5": "{spare1}"}, xml=_libreoffice_without_ids),

    # ------------------------------------------------------------ kinds issue 19 does not list
    Case("x_comment_answer_F5", "new", "Word: the answer to F5 written in a comment (Review > "
         "New Comment) on the empty field", "xml", REPORTED, "1001",
         xml=lambda d: E.add_comment(d, "q:F5", "Mit svar: kurset i Excel har jeg brugt hver "
                                     "uge.", "Anne Sørensen"),
         expect={"q:F5": "Mit svar: kurset i Excel har jeg brugt hver uge."}),
    Case("x_comment_on_N3", "new", "Word: a comment adding to a filled answer", "xml", REPORTED,
         "1002",
         xml=lambda d: E.add_comment(d, "q:N3", "Tilføjelse: også undervisning af nye "
                                     "kolleger.", "Jens Hansen"),
         expect={"q:N3": "{q:N3}\nTilføjelse: også undervisning af nye kolleger."}),
    Case("x_comment_private_N6", "new", "Word: a comment on the private answer", "xml",
         READ_RIGHT, "1003",
         xml=lambda d: E.add_comment(d, "q:N6", "Det må ikke komme videre til HR.",
                                     "Mette Nielsen"),
         must_not_read=("Det må ikke komme videre til HR.",)),
    Case("x_footnote_F5", "new", "Word: a footnote in an answer", "xml", REPORTED, "1005",
         fill={"q:F5": "Jeg forventer gode rammer."},
         xml=lambda d: E.add_footnote(d, "q:F5", "Fx hæve-sænkebord."),
         expect={"q:F5": "Jeg forventer gode rammer.\nFx hæve-sænkebord."}),
    Case("x_table_in_N3", "new", "Word: a table pasted inside the answer control", "xml",
         READ_RIGHT, "1007",
         xml=lambda d: content(sdt(d.root, "q:N3")).append(
             E.nested_table([["Opgave", "Energi"], ["Analyse", "Høj"]])),
         expect={"q:N3": "{q:N3}\nOpgave Energi\nAnalyse Høj"}),
    Case("x_image_F2", "new", "Word: a picture pasted inside the answer control, with text",
         "xml", READ_RIGHT, "1009", fill={"q:F2": "Se mit skema her:"},
         xml=lambda d: E.append_runs(d, "q:F2", D.image_run(d, D.png_bytes())),
         expect={"q:F2": "Se mit skema her:"}),
    Case("x_bullets_F5", "new", "Word: bulleted list inside the answer", "xml", READ_RIGHT,
         "1011", xml=lambda d: E.bullets(d, "q:F5", ["Hjemmearbejde", "Løn", "Kursus"]),
         expect={"q:F5": "Hjemmearbejde\nLøn\nKursus"}),
    Case("x_ins_F1", "new", "Word: tracked insertion (w:ins, author) in an answer", "xml",
         READ_RIGHT, "1013",
         xml=lambda d: E.tracked_insert(d, "q:F1", " Gerne som projektleder.",
                                        "Niels Christiansen"),
         expect={"q:F1": "{q:F1} Gerne som projektleder."}),
    Case("x_del_N3", "new", "Word: tracked deletion (w:del) of words in an answer", "xml",
         READ_RIGHT, "1014", fill={"q:N3": "Jeg får energi af analyser og af møder."},
         xml=lambda d: E.tracked_delete_words(d, "q:N3", " og af møder", "Karen Johansen"),
         expect={"q:N3": "Jeg får energi af analyser."}),
    Case("x_reorder_F1_F2", "new", "Word: F1's and F2's cards swapped (tags kept)", "xml",
         READ_RIGHT, "1021", fill={"q:F2": "{spare0}"},
         xml=lambda d: E.swap_cards(d, "F1", "F2")),
    Case("x_strike_F5", "new", "Word: words struck through (w:strike) in an answer", "xml",
         READ_RIGHT, "1024", fill={"q:F5": "Jeg vil tale om løn og om hjemmearbejde."},
         xml=lambda d: E.format_words(d, "q:F5", " og om hjemmearbejde", "w:strike"),
         expect={"q:F5": "Jeg vil tale om løn."}),
    Case("x_vanish_F5", "new", "Word: user-typed hidden text (w:vanish) in an answer", "xml",
         READ_RIGHT, "1002", fill={"q:F5": "Jeg forventer ro på. Husk at slette dette."},
         xml=lambda d: E.format_words(d, "q:F5", " Husk at slette dette.", "w:vanish"),
         expect={"q:F5": "Jeg forventer ro på."}),
    Case("x_fldsimple_date_F5", "new", "Word: a DATE field (w:fldSimple) in an answer", "xml",
         READ_RIGHT, "1003", fill={"q:F5": "Skrevet den"},
         xml=lambda d: E.append_runs(d, "q:F5", run(" "), E.simple_field(
             ' DATE \\@ "dd-MM-yyyy" ', "10-01-2027")),
         expect={"q:F5": "Skrevet den 10-01-2027"}),
    Case("x_complex_field_T1", "new", "Word: a DATE field (fldChar/instrText) in an answer",
         "xml", READ_RIGHT, "1004", fill={"q:T1": "Status pr."},
         xml=lambda d: E.append_runs(d, "q:T1", run(" "), *E.complex_field(
             ' DATE \\@ "d. MMMM yyyy" ', "10. januar 2027")),
         expect={"q:T1": "Status pr. 10. januar 2027"}),
    Case("x_hyperlink_F5", "new", "Word: a hyperlink inside an answer", "xml", READ_RIGHT, "1007",
         fill={"q:F5": "Jeg forventer det, der står i"},
         xml=lambda d: E.append_runs(d, "q:F5", run(" "), E.hyperlink(
             d, "personalepolitikken", "https://example.org/politik")),
         expect={"q:F5": "Jeg forventer det, der står i personalepolitikken"}),
    Case("x_emoji_rtl", "new", "Word: emoji and Hebrew (w:rtl) in an answer", "xml", READ_RIGHT,
         "1019", fill={"q:F5": "Tak for et godt år 🙏 — שלום וברכה"},
         xml=lambda d: E.right_to_left(d, "q:F5", "שלום"),
         expect={"q:F5": "Tak for et godt år 🙏 — שלום וברכה"}),
    Case("x_customxml_F2", "new", "Word: w:customXml around runs and a paragraph of an answer",
         "xml", READ_RIGHT, "1001", fill={"q:F2": "Første del.\nAnden del."},
         xml=lambda d: E.custom_xml(d, "q:F2"), expect={"q:F2": "Første del.\nAnden del."}),
    Case("x_nested_sdt_F5", "new", "Word: a plain-text control nested inside an answer", "xml",
         READ_RIGHT, "1002", fill={"q:F5": "Jeg har brugt kurset"},
         xml=lambda d: E.nested_control(d, "q:F5", " i mit daglige arbejde."),
         expect={"q:F5": "Jeg har brugt kurset i mit daglige arbejde."}),
    Case("x_textbox_beside_N3", "new", "Word: a text box in the paragraph under N3's card holds "
         "the answer (field empty)", "xml", REPORTED, "1003", fill={"q:N3": None},
         xml=lambda d: para_after(card(d.root, "N3")).append(
             D.textbox_run("Jeg får energi af at løse svære sager.")),
         expect={"q:N3": "Jeg får energi af at løse svære sager."}),
    Case("x_private_textbox", "new", "Word: private N6 answered in a text box in its field",
         "xml", READ_RIGHT, "1006",
         xml=lambda d: E.append_runs(d, "q:N6", D.textbox_run(
             "Jeg overvejer at gå ned i tid.")),
         must_not_read=("Jeg overvejer at gå ned i tid.",)),
    Case("x_breaks_tabs_nbsp", "new", "Word: soft line breaks, tabs and non-breaking spaces in an "
         "answer", "xml", READ_RIGHT, "1010", fill={"q:T1": None},
         xml=lambda d: E.soft_breaks(d, "q:T1"),
         expect={"q:T1": "Mål:\tBedre planlægning\nMiddel:\tUgentlige møder 10\u00a0%"}),
    Case("x_no_custom_props", "new", "Word: Inspect Document removed document properties (MUS.* "
         "gone), tags kept", "xml", READ_RIGHT, "1011", save_as=saves.drop_custom_props,
         wrong_reasons=("damaged", "beskadiget", "not a MUS form", "ikke et MUS-skema")),
    Case("x_word_fill_only", "new", "control: filled in Word, nothing else", "xml", READ_RIGHT,
         "1012"),
    Case("x_leader_comment_tracked_T1", "new", "Word: the leader's remarks inserted with Track "
         "Changes in the employee's answer (two people)", "xml", REPORTED, "1014",
         xml=lambda d: E.tracked_insert(d, "q:T1", " [Leder: Enig, flot år.]", "Pia Lund"),
         expect={"q:T1": Marked("{q:T1} [Leder: Enig, flot år.]")},
         note="the project's rule: insertions nobody accepted are read, and T1 is named as "
              "holding tracked changes"),
]
