"""Shared by the benchmark scripts' summaries: the runs of one tool or jar as table cells."""
import statistics


def spread(values):
    """Median and min-max of some runs' figures, as one table cell."""
    return f"{statistics.median(values):8.2f} ({min(values):.2f}-{max(values):.2f})"


def failures(runs, code):
    """None when every run exited 0 (its exit code at index `code`), else what to print."""
    if runs and all(run[code] == 0 for run in runs):
        return None
    return f"FAILED (exit codes {[run[code] for run in runs]})"
