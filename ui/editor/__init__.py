"""The invoice editor. ``presenter`` (with ``draft`` and ``history``) is the editor's logic in
plain Python, tested without Qt; ``window`` and ``line_grid`` only bind widgets to it.

Nothing is imported here, so that importing the presenter does not load Qt."""
