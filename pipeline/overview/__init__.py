"""From Responses to the HR overview workbook (and the leaders' own)."""
