"""mus: MUS preparation forms out to employees, one HR overview workbook back in."""

__version__ = "0.1.0"
