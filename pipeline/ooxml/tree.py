"""Looking things up in a parsed tree, fast: lxml's find() evaluates a path in Python; these
filter in C (half the time, and reading a folder does it millions of times)."""

from __future__ import annotations

from lxml import etree


def child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with this (qualified) tag."""
    return next(element.iterchildren(tag), None)


def first(element: etree._Element, tag: str) -> etree._Element | None:
    """The first element with this tag at any depth below ``element``."""
    return next(element.iterdescendants(tag), None)


def ancestor(element: etree._Element, tag: str) -> etree._Element | None:
    """The nearest element with this tag that ``element`` is inside (never ``element`` itself)."""
    return next(element.iterancestors(tag), None)
