"""A campaign of realistic edits to returned forms (issue 19), seeded and bounded.

Each case is a filled form edited the way people edit forms (in LibreOffice Writer itself, in
Word-style XML, through AbiWord or pandoc), with the truth written down before the edit is made:
what a careful person reading the edited form states as each answer, what must be reported and
what must never be read. ``oracle.py`` classifies what mus makes of it as read right, reported,
misreported or silently wrong; tests/collect/test_campaign.py runs them all.

The edits are written without anything of mus (``wordml.py`` finds a form as a reader does, by its
visible question IDs and its controls' tags), so that a mistake in the reading code cannot hide in
the code that made the test.
"""
