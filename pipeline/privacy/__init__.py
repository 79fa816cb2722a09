"""Personal data for its whole life: what a working folder holds about whom (holdings.py, the
overview workbooks read back in overviews.py); erasing it (erase.py plans, choose.py makes the
plan from the command's options, deleting.py carries it out, writing again what is shared in
rewrite.py and rebuild.py, each step in the deletion log of deletions.py); retention by the
settings (retention.py); and the bundle for a person's right of access (access.py, its index
page in access_index.py)."""
