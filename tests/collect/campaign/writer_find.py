"""Finding things in a form open in Writer as a person finds them: a card by the question number
and ID shown in its first cell, a goal by its heading, a competence by its row; and the means to
act on the form (the dispatcher of menu commands, Find, the cursor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.lo.fill_with_writer import Writer

Op = dict[str, Any]


class Editing:
    """One open form and the means to act on it as a person does."""

    def __init__(self, writer: Writer, doc: Any) -> None:
        self.writer = writer
        self.doc = doc
        self.dispatcher = writer.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", writer.ctx)

    def dispatch(self, command: str, doc: Any = None) -> None:
        frame = (doc or self.doc).getCurrentController().getFrame()
        self.dispatcher.executeDispatch(frame, command, "", 0, ())

    def find(self, needle: str) -> Any:
        """Edit > Find: the first place the words occur (a case's words are unique in it)."""
        search = self.doc.createSearchDescriptor()
        search.SearchString = needle
        search.SearchCaseSensitive = True
        found = self.doc.findFirst(search)
        if found is None:
            raise LookupError(f"text not found: {needle[:30]}")
        return found

    def cursor_to(self, where: Any, doc: Any = None) -> Any:
        cursor = (doc or self.doc).getCurrentController().getViewCursor()
        cursor.gotoRange(where, False)
        return cursor


def body_elements(doc: Any) -> list[Any]:
    out = []
    items = doc.getText().createEnumeration()
    while items.hasMoreElements():
        out.append(items.nextElement())
    return out


def is_table(element: Any) -> bool:
    return bool(element.supportsService("com.sun.star.text.TextTable"))


def card(doc: Any, qid: str, nth: int = 1) -> Any:
    """The question card (a table of at most 3 rows) whose first cell shows '<n> <ID>' (the ID
    hidden); nth: the second copy of a card, and so on."""
    seen = 0
    for element in body_elements(doc):
        if is_table(element) and "A1" in element.getCellNames():
            words = element.getCellByName("A1").getString().split()
            if words and words[-1] == qid and len(element.getRows()) <= 3:
                seen += 1
                if seen == nth:
                    return element
    raise LookupError(f"card {qid}")


def goal_table(doc: Any, n: int) -> Any:
    for element in body_elements(doc):
        if (is_table(element) and len(element.getRows()) >= 6
                and element.getCellByName("A1").getString().strip().endswith(f" {n}")):
            return element
    raise LookupError(f"goal {n}")


def competence_table(doc: Any) -> Any:
    for element in body_elements(doc):
        if is_table(element) and any(element.getCellByName(n).getString().strip() == "K1"
                                     for n in element.getCellNames() if n.startswith("A")):
            return element
    raise LookupError("competence table")


def competence_row(table: Any, cid: str) -> int:
    """The row's index (0-based)."""
    for name in table.getCellNames():
        if name.startswith("A") and table.getCellByName(name).getString().strip() == cid:
            return int(name[1:]) - 1
    raise LookupError(cid)


def para_after(doc: Any, qid: str | int) -> Any:
    """The paragraph under a card (or under goal N's table)."""
    elements = body_elements(doc)
    target = goal_table(doc, qid) if isinstance(qid, int) else card(doc, qid)
    i = next(i for i, e in enumerate(elements)
             if is_table(e) and e.getName() == target.getName())
    if is_table(elements[i + 1]):
        raise LookupError(f"no paragraph after card {qid}")
    return elements[i + 1]


def cell_of(doc: Any, op: Op) -> Any:
    """A cell named in the op: of a card ("qid", "nth"), of goal N's table ("goal"), or of the
    competence table; "A2" (the answer's cell) unless the op names another."""
    if "goal" in op:
        table = goal_table(doc, op["goal"])
    elif "competence" in op:
        table = competence_table(doc)
    else:
        table = card(doc, op["qid"], op.get("nth", 1))
    return table.getCellByName(op.get("cell", "A2"))


def end_of(cell: Any) -> Any:
    cursor = cell.createTextCursor()
    cursor.gotoEnd(False)
    return cursor


def walk(text: Any, visit: Callable[[Any], None]) -> None:
    """Every paragraph, in tables too."""
    items = text.createEnumeration()
    while items.hasMoreElements():
        p = items.nextElement()
        if is_table(p):
            for name in p.getCellNames():
                walk(p.getCellByName(name), visit)
        else:
            visit(p)
