"""Units written as paths through the organisation: Google Workspace's ``/Ansatte/Indskoling``,
a breadcrumb ``Region Nordjylland > Aalborg Universitetshospital > Ortopædkirurgi``, a
directory's ``Koncern\\Økonomi\\Løn``. The department is the path's last part, or as many
parts from the end as it takes to tell two units apart (``Skole A > Sekretariat`` and
``Skole B > Sekretariat`` stay two departments).

A column is read as paths only on evidence: (nearly) every filled cell is split by the same
separator, and the parts form a tree (a first part that several units share), so a
department called ``Salg/Marketing`` beside ``Økonomi`` stays as it is.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

# Longest first: " > " before ">", " / " before "/".
_SEPARATORS = (" > ", " » ", " › ", " / ", " | ", " \\ ", ">", "»", "›", "/", "\\", "|")


def _parts(text: str, separator: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.strip().strip(separator.strip()).split(
        separator.strip()) if p.strip())


def path_separator(texts: Iterable[str]) -> str | None:
    """The separator the texts are paths by, or None when they are not paths."""
    filled = sorted({t.strip() for t in texts if t and t.strip()})
    if len(filled) < 2:
        return None
    for separator in _SEPARATORS:
        mark = separator.strip()
        spaced = separator[0] == " "
        rooted = not spaced and all(t.startswith(mark) for t in filled)  # "/Ansatte/Løn"
        split = [t for t in filled if (separator if spaced else mark) in t.strip(mark)]
        # (the root itself, "Denmark" above "Denmark > Operations": the top's own unit)
        heads = {_parts(t, separator)[0] for t in split if _parts(t, separator)}
        split += [t for t in filled if t in heads]
        if (not rooted and len(split) < 0.9 * len(filled)) or (not spaced and any(
                f" {mark} " in t for t in filled)):
            continue
        paths = [p for p in (_parts(t, separator) for t in filled) if p]  # "/" is the root
        if not paths or any(len(p) > 12 for p in paths) or not all(
                any(c.isalpha() for c in part) for p in paths for part in p):
            continue
        roots = Counter(p[0] for p in paths if len(p) >= 2)
        if rooted or (roots and roots.most_common(1)[0][1] >= 2):  # a tree: a shared root
            return separator
    return None


def units_above(unit: str, separator: str) -> Iterator[tuple[str, str]]:
    """The units up ``unit``'s path, nearest first, each as written with the bare separator and
    with the separator as the path has it ("A/B" and "A / B")."""
    mark = separator.strip()
    path = [p.strip() for p in unit.split(mark)]
    while len(path) > 1:
        path.pop()
        yield mark.join(path), separator.join(path)


def short_units(texts: Sequence[str], separator: str) -> dict[str, str]:
    """Each path's department: its last part, or more parts from the end where two units
    would otherwise be called the same. Joined again with the separator."""
    paths = {t: _parts(t, separator) for t in {t for t in texts if t and t.strip()}}
    distinct = set(paths.values())
    depth = dict.fromkeys(distinct, 1)
    while True:
        named: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for path in distinct:
            named.setdefault(path[-depth[path]:], []).append(path)
        clashes = [group for group in named.values() if len(group) > 1]
        if not clashes:
            break
        grew = False
        for group in clashes:
            for path in group:
                if depth[path] < len(path):
                    depth[path] += 1
                    grew = True
        if not grew:  # cannot happen for distinct paths; stop rather than loop
            break
    joiner = separator if separator[0] == " " else separator.strip()
    return {t: joiner.join(p[-depth[p]:]) for t, p in paths.items()}


def reversed_separator(texts: Iterable[str]) -> str | None:
    """The separator of paths written from the unit up ("Skovhold Øst, Enhed Nordsjælland,
    Skov og Natur"), or None: every cell split by it or the root alone, every path ending in
    the same root, some three levels deep, and no first part shared (the units themselves)."""
    filled = sorted({t.strip() for t in texts if t and t.strip()})
    if len(filled) < 3:
        return None
    for separator in (", ", *_SEPARATORS[:6]):
        paths = [_parts(t, separator) for t in filled]
        deep = [p for p in paths if len(p) >= 2]
        roots = {p[-1] for p in deep}
        if len(deep) < 0.8 * len(filled) or len(roots) != 1 or not any(
                len(p) >= 3 for p in deep):
            continue
        root = roots.pop()
        if any(len(p) == 1 and p[0] != root for p in paths):
            continue
        if Counter(p[0] for p in deep).most_common(1)[0][1] >= 2 and len(deep) > 2:
            continue  # (a first part shared: a path from the top, or no path)
        return separator
    return None


def shorten_paths(departments: dict[int, str]) -> tuple[dict[int, str], str, bool]:
    """Given each row's department as the column holds it, each row's department with paths
    shortened, an example of what was done ("" when the column holds no paths), and whether
    the paths are written from the unit up (their first part the department)."""
    separator = path_separator(departments.values())
    if separator is None and (backwards := reversed_separator(departments.values())):
        # written from the unit up: the same as from the top, read the other way
        turned = {t: backwards.join(reversed(_parts(t, backwards)))
                  for t in set(departments.values()) if t and t.strip()}
        short = short_units(list(turned.values()), backwards)
        back = {t: backwards.join(reversed(_parts(short[u], backwards)))
                for t, u in turned.items()}
        changed = {row: back.get(text, text) for row, text in departments.items()}
        return changed, _example(departments, changed), True
    if separator is None:
        return departments, "", False
    short = short_units(list(departments.values()), separator)
    changed = {row: short.get(text, text) for row, text in departments.items()}
    return changed, _example(departments, changed), False


def _example(departments: dict[int, str], changed: dict[int, str]) -> str:
    """The first department shortened, as `mus check` shows it: '"A > B" as "B"'."""
    return next((f'"{text}" as "{changed[row]}"' for row, text in departments.items()
                 if changed[row] != text and changed[row]), "")
