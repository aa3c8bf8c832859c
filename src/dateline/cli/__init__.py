"""Dateline stage: cli."""
