"""Benchmarks, run by `manage.py bench` (and `make bench`).

Each app that has benchmarks puts a `benchmarks.py` module beside its models with functions
decorated with `@benchmark("name")`. A benchmark receives a `BenchContext` and prints its figures
through `context.report(...)`. Benchmarks run against a scratch database that the command
creates and drops (a SQLite file, or a PostgreSQL database when DATABASE_URL points at one),
so they never touch real content.
"""

import statistics
import time
from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules

_benchmarks = {}


def benchmark(name):
    def register(function):
        _benchmarks[name] = function
        return function

    return register


def available():
    autodiscover_modules("benchmarks")
    return dict(sorted(_benchmarks.items()))


@dataclass
class BenchContext:
    stdout: object
    rows: list = field(default_factory=list)

    def report(self, label, value, unit="", target=None):
        self.rows.append((label, value, unit, target))
        verdict = ""
        if target is not None:
            verdict = "  ok" if value <= target else f"  OVER TARGET ({target} {unit})"
        self.stdout.write(f"  {label:<52} {value:>10.1f} {unit}{verdict}")


def timed(function, repeat=20, warmup=2):
    """Run `function` repeatedly; return the durations in milliseconds."""
    for _ in range(warmup):
        function()
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def median(durations):
    return statistics.median(durations)


def percentile(durations, fraction):
    ordered = sorted(durations)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
