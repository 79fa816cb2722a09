"""Reading returned forms back: scan a folder, extract each form, choose between duplicates."""
