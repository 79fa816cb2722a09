"""Personal data for its whole life: what a working folder holds about whom (holdings.py, with
the overview workbooks in overviews.py), erasing it (erase.py, rewriting what is shared in
rewrite.py and rebuild.py, each deletion logged in deletions.py), retention by the settings
(retention.py) and the bundle for a person's right of access (access.py)."""
