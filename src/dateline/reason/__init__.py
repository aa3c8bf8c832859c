"""Dateline stage: reason."""
