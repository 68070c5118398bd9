"""The application, the main window and what it keeps (layout, idle lock)."""
