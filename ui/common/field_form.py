"""A form whose every field has its own error line under it (problems shown where they are)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c0392b"


class FieldForm(QFormLayout):
    """Rows of ``label: widget`` with a hidden red line under each widget for its problem."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, QLabel] = {}

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(f"{label}: problem")
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        self.addRow(f"{label}:", box)
        self.errors[key] = error
        return widget

    def show_error(self, key: str, message: str) -> bool:
        """Show ``message`` under field ``key``; False when the form has no such field.

        A service names its fields (``key_file``); forms named by the command line's flags
        (``--key-file``) or words (``NAME``) find them too."""
        label = next(
            (
                self.errors[name]
                for name in (key, "--" + key.replace("_", "-"), key.upper())
                if name in self.errors
            ),
            None,
        )
        if label is None:
            return False
        label.setText(message)
        label.show()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
