"""Undo and redo as a history of immutable states, each step with a short label.

Pure Python: a step is the state after it and the label the window words for its tooltip
("Undo Change quantity of line 2"). The history also knows the saved state, so "unsaved
changes?" is a comparison of positions (undoing back to what was saved is clean again).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

S = TypeVar("S")
L = TypeVar("L")


@dataclass(frozen=True)
class Step(Generic[S, L]):
    state: S
    label: L | None  # what the step did; None for the first state


class History(Generic[S, L]):
    """States from the first to the newest; ``position`` is the one shown."""

    def __init__(self, first: S) -> None:
        self._steps: list[Step[S, L]] = [Step(first, None)]
        self._position = 0
        self._saved: int | None = 0  # None: the saved state was undone and overwritten

    @property
    def state(self) -> S:
        return self._steps[self._position].state

    def push(self, state: S, label: L) -> bool:
        """Record a change; False (nothing recorded) when it changes nothing. Redo is lost."""
        if state == self.state:
            return False
        if self._saved is not None and self._saved > self._position:
            self._saved = None
        del self._steps[self._position + 1 :]
        self._steps.append(Step(state, label))
        self._position += 1
        return True

    @property
    def undo_label(self) -> L | None:
        return self._steps[self._position].label if self._position > 0 else None

    @property
    def redo_label(self) -> L | None:
        return self._steps[self._position + 1].label if self.can_redo else None

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position + 1 < len(self._steps)

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        self._position -= 1
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        self._position += 1
        return True

    @property
    def clean(self) -> bool:
        """The state shown is the one last saved (or the first, before any save)."""
        return self._saved == self._position

    def mark_clean(self, state: S | None = None) -> None:
        """The state shown, or the given one (e.g. the one a save that just ended stored), is
        the saved one; a state no longer in the history (undone, then overwritten) is none."""
        if state is None:
            self._saved = self._position
            return
        found = [i for i, step in enumerate(self._steps) if step.state is state]
        self._saved = found[-1] if found else None
