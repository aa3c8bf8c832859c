"""Dateline stage: serve."""
