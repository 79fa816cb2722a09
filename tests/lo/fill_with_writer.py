"""Fill forms in LibreOffice Writer itself, the ways a person does, and save them as .docx.

Run by the tests with the system Python (Debian's python3-uno is importable only there):

    /usr/bin/python3 tests/lo/fill_with_writer.py plan.json

The plan (JSON) names the forms and, per form, the field keys in document order (the form's own
field list) and what to do in each field::

    {"soffice": "/usr/bin/soffice", "profile": "/tmp/x/profile",
     "forms": [{"source": "a.docx", "target": "out/a.docx",
                "fields": ["q:T1", "q:N1", ...],
                "fill": {"q:T1": {"how": "dialog", "value": "Two\\nlines"},
                         "q:N1": {"how": "pick", "value": "3 – I nogen grad"}}}]}

Writer opens a form's rich-text answer as an *input field* and every drop-down, date and checkbox
as a *content control*. The ways of filling, as a person does them:

- input field: ``dialog`` (the input-field dialog: its content replaced, Enter between lines),
  ``over`` (the field selected and typed over: plain text in its place, Enter between lines),
  ``after`` (typed after the grey placeholder, which stays);
- drop-down: ``pick`` (Writer's own handler: the item's text replaces the content and the
  placeholder flag goes), ``type`` (the popup closed and text typed into the control: the flag
  stays);
- date: ``pick`` (the date popup: the current date set, the date shown in the control's format,
  the flag goes), ``type`` (text typed into the control: the flag stays);
- checkbox: ``tick`` (Writer's own handler: the state flips and the glyph with it).

The slots (input fields and content controls, in document order) must match the field list
one to one, kinds fitting: the driver checks that before it types anything. It prints a JSON
report (the slots it found per form) on stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

INPUT = "com.sun.star.text.TextField.Input"
# Field codes (the form's field list) and the slot each needs.
SLOT_OF = {"t": "input", "l": "input", "s": "dropdown", "r": "dropdown", "y": "dropdown",
           "c": "dropdown", "d": "date", "k": "checkbox"}


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Writer:
    """One headless soffice, its own profile, connected over a named pipe."""

    def __init__(self, binary: str, profile: Path) -> None:
        self.pipe = f"mus-fill-{uuid.uuid4().hex[:12]}"
        self.process = subprocess.Popen(
            [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--invisible", "--norestore", "--nologo", "--nodefault",
             f"--accept=pipe,name={self.pipe};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 120
        while True:
            try:
                ctx = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise RuntimeError("LibreOffice did not start") from None
                time.sleep(0.2)
        self.ctx = ctx
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx)

    def open(self, path: Path):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(path)), "_blank",
                                                 0, (prop("Hidden", True),))

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the bridge goes down with it
            self.desktop.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def slots(text):
    """(kind, object) of every input field and content control under ``text``, in order."""
    found = []
    paragraphs = text.createEnumeration()
    while paragraphs.hasMoreElements():
        para = paragraphs.nextElement()
        if para.supportsService("com.sun.star.text.TextTable"):
            for name in para.getCellNames():
                found += slots(para.getCellByName(name))
            continue
        portions = para.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            kind = portion.TextPortionType
            if kind == "TextField" and portion.TextField.supportsService(INPUT):
                found.append(("input", portion.TextField))
            elif kind == "ContentControl":
                control = portion.ContentControl
                if control.Checkbox:
                    found.append(("checkbox", control))
                elif control.Date:
                    found.append(("date", control))
                elif len(control.ListItems):
                    found.append(("dropdown", control))
                else:
                    found.append(("plain", control))
    return found


def type_lines(text, cursor, value: str) -> None:
    """Type ``value`` at ``cursor`` as a person does: Enter between lines."""
    for i, line in enumerate(value.split("\n")):
        if i:
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        if line:
            text.insertString(cursor, line, False)


def fill_input(field, how: str, value: str) -> None:
    anchor = field.getAnchor()
    text = anchor.getText()
    if how == "dialog":
        # The dialog's edit box holds lines separated by a line feed.
        field.setPropertyValue("Content", value)
        return
    if how == "over":
        cursor = text.createTextCursorByRange(anchor)
        text.insertString(cursor, "", True)  # the field selected and deleted by typing
        type_lines(text, cursor, value)
        return
    if how == "after":
        cursor = text.createTextCursorByRange(anchor.getEnd())
        type_lines(text, cursor, value)
        return
    raise ValueError(f"input field: unknown way {how!r}")


def replace_content(control, value: str) -> None:
    """Select everything inside the control and type ``value`` over it (a cursor of the control
    selects its content character by character; gotoEnd would leave it, the anchor's range
    would take the control with it)."""
    cursor = control.createTextCursor()
    cursor.goRight(len(control.getAnchor().getString()), True)
    cursor.setString(value)


def fill_dropdown(control, how: str, value: str) -> None:
    items = [{p.Name: p.Value for p in item} for item in control.ListItems]
    if how == "pick":
        shown = next((i.get("DisplayText") or i.get("Value") for i in items
                      if value in (i.get("DisplayText"), i.get("Value"))), None)
        if shown is None:
            raise ValueError(f"{value!r} is not an item of the drop-down")
        replace_content(control, shown)
        control.ShowingPlaceHolder = False
        return
    if how == "type":
        replace_content(control, value)  # ShowingPlaceHolder stays, as Writer leaves it
        return
    raise ValueError(f"drop-down: unknown way {how!r}")


def fill_date(control, how: str, value: str) -> None:
    if how == "pick":
        year, month, day = value.split("-")
        pattern = control.DateFormat or "dd-MM-yyyy"
        shown = (pattern.replace("yyyy", year).replace("MM", month).replace("dd", day))
        control.CurrentDate = f"{value}T00:00:00Z"
        replace_content(control, shown)
        control.ShowingPlaceHolder = False
        return
    if how == "type":
        replace_content(control, value)
        return
    raise ValueError(f"date: unknown way {how!r}")


def tick(control) -> None:
    new = not control.Checked
    replace_content(control, control.CheckedState if new else control.UncheckedState)
    control.Checked = new


def fill_form(writer: Writer, form: dict) -> dict:
    doc = writer.open(Path(form["source"]))
    try:
        found = slots(doc.getText())
        fields = form["fields"]  # [[key, code], ...]
        kinds = [k for k, _ in found]
        expected = [SLOT_OF[code[0]] for _, code in fields]
        if kinds != expected:
            raise RuntimeError(f"{form['source']}: slots {kinds} do not match fields {expected}")
        todo = form["fill"]
        for (key, _), (kind, obj) in zip(fields, found, strict=True):
            step = todo.get(key)
            if step is None:
                continue
            how, value = step["how"], step.get("value", "")
            if kind == "input":
                fill_input(obj, how, value)
            elif kind == "dropdown":
                fill_dropdown(obj, how, value)
            elif kind == "date":
                fill_date(obj, how, value)
            elif kind == "checkbox":
                tick(obj)
            else:
                raise ValueError(f"{key}: cannot fill a {kind}")
        doc.getTextFields().refresh()
        target = Path(form["target"])
        target.parent.mkdir(parents=True, exist_ok=True)
        doc.storeToURL(uno.systemPathToFileUrl(str(target)),
                       (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)))
        return {"source": form["source"], "slots": kinds}
    finally:
        doc.close(True)


def main(plan_file: str) -> int:
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    profile = Path(plan.get("profile") or f"/tmp/mus-lo-{os.getpid()}")
    writer = Writer(plan.get("soffice") or "soffice", profile)
    try:
        report = [fill_form(writer, form) for form in plan["forms"]]
    finally:
        writer.close()
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
