"""The PySide6 desktop program. Qt only: views, dialogs, read-only models, background ops."""
