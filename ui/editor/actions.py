"""The editor's toolbar: save, issue, undo and redo (worded with the step they take back or
do again, as their tooltip shows), adding and removing lines, close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from ui.editor.draft import DraftState
from ui.editor.history import History
from ui.editor.presenter import EditKind, EditLabel

ORDER = ("save", "issue", None, "undo", "redo", None, "add", "remove", None, "close")


class EditorToolbar(QToolBar):
    def __init__(
        self,
        slots: dict[str, Callable[[], object]],
        headers: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draft"))
        self.setObjectName("editor-toolbar")
        self.headers = headers
        keys = QKeySequence.StandardKey
        texts_and_keys = {
            "save": (self.tr("Save"), QKeySequence(keys.Save)),
            "issue": (self.tr("Issue…"), QKeySequence("Ctrl+Shift+I")),
            "undo": (self.tr("Undo"), QKeySequence(keys.Undo)),
            "redo": (self.tr("Redo"), QKeySequence(keys.Redo)),
            "add": (self.tr("Add line"), QKeySequence("Ctrl+Ins")),
            "remove": (self.tr("Remove line"), QKeySequence("Ctrl+Del")),
            "close": (self.tr("Close"), QKeySequence(keys.Close)),
        }
        self.actions_by_name: dict[str, QAction] = {}
        for name, (text, shortcut) in texts_and_keys.items():
            action = QAction(text, parent)
            action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, slot=slots[name]: slot())
            self.actions_by_name[name] = action
        for shown in ORDER:
            if shown is None:
                self.addSeparator()
            else:
                self.addAction(self.actions_by_name[shown])

    def show_history(self, history: History[DraftState, EditLabel]) -> None:
        """Undo and redo enabled as the history allows, each named with its step."""
        for name, label, enabled in (
            ("undo", history.undo_label, history.can_undo),
            ("redo", history.redo_label, history.can_redo),
        ):
            action = self.actions_by_name[name]
            prefix = self.tr("Undo") if name == "undo" else self.tr("Redo")
            action.setText(prefix if label is None else f"{prefix} {self.wording(label)}")
            action.setEnabled(enabled)

    def wording(self, label: EditLabel) -> str:
        """One step as the user reads it ("Change Quantity of line 2")."""
        row = "" if label.row is None else str(label.row + 1)
        if label.kind is EditKind.CHANGE_LINE and label.column is not None:
            return self.tr("Change {0} of line {1}").format(self.headers[label.column], row)
        return {
            EditKind.ADD_LINE: self.tr("Add line"),
            EditKind.REMOVE_LINE: self.tr("Remove line {0}").format(row),
            EditKind.CUSTOMER: self.tr("Choose customer"),
            EditKind.NEW_CUSTOMER: self.tr("New customer"),
            EditKind.CURRENCY: self.tr("Change currency"),
            EditKind.RATE: self.tr("Change exchange rate"),
            EditKind.REMOVE_RATE: self.tr("Remove exchange rate"),
            EditKind.DATE: self.tr("Change date"),
            EditKind.TEXT: self.tr("Change text"),
            EditKind.NOTE: self.tr("Change note"),
        }.get(label.kind, "")
