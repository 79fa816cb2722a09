"""Building the preparation forms: once from the question set, then personalised per employee."""
