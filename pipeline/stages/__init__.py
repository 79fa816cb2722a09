"""The season's stages, below both faces (the `mus` command and `mus app`).

Each stage takes explicit inputs and gives a result record with its problems; what a person
must see while it runs (progress, a sign-in code, a wait) goes through one ``Reporter``
(``reporter.py``), which the terminal and the web page each implement. No stage knows click or
HTTP. A stage orchestrates the packages under it (``inputs``, ``forms/``, ``collect/``,
``overview/``, ``mail/``), which never import a stage.

The stages and where they live: check (``stages/check.py``), generate (``forms/generate.py``),
mail (``mail/run.py``), collect from the mailbox (``mail/collecting.py``), status and ingest
(``stages/ingest.py``), agreement (``agreement.py``), follow-up (``followup.py``).
"""
