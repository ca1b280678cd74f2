"""signals_core's Signal against Django 5.2's and blinker 1.9's, measured in one process.

    .venv/bin/python benchmarks/dispatch.py

Prints one table: each measure for the three dispatchers, signals_core's ratio to Django (or,
for tracing, to itself with tracing off) and whether the goal of issue 3 is met. Timings are
the fastest of many interleaved rounds, so that other work on the machine hurts every
dispatcher alike and mostly not at all. Django runs as in production (DEBUG off), so it does
not check receivers on connect; signals_core always does.
"""

from __future__ import annotations

import gc
import inspect
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import blinker  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(DEBUG=False)

from django.dispatch import Signal as DjangoSignal  # noqa: E402

from signals_core import Signal, trace  # noqa: E402

ROUNDS = 200  # short rounds (about 0.5 ms), many of them: a busy machine pauses the
MANY = 10_000  # process every few ms, and a longer round would be paused more often


class Sender:
    """Senders are usually model classes."""


def make_receivers(count):
    """`count` distinct receivers, as distinct functions (a closure each)."""
    def make(index):
        def receiver(sender, **kwargs):
            return index
        return receiver
    return [make(index) for index in range(count)]


def fastest(candidates, rounds=ROUNDS, prepare=None):
    """{name: fastest seconds per call of candidates[name]()}, rounds interleaved.

    candidates: {name: (function, calls per round)}; prepare: {name: function}, run (untimed)
    before each of that candidate's rounds."""
    best = dict.fromkeys(candidates, float("inf"))
    gc.disable()  # as timeit does: a collection would land in one candidate's round at random
    for _ in range(rounds):
        for name, (function, calls) in candidates.items():
            (prepare or {}).get(name, lambda: None)()
            started = time.perf_counter()
            for _ in range(calls):
                function()
            best[name] = min(best[name], (time.perf_counter() - started) / calls)
    gc.enable()
    return best


def connected(signal_class, receivers):
    signal = signal_class()
    for receiver in receivers:
        signal.connect(receiver)
    return signal


def send_times(count):
    receivers = make_receivers(count)
    core, django = connected(Signal, receivers), connected(DjangoSignal, receivers)
    blink = connected(blinker.Signal, receivers)
    calls = max(5, 300 // count)
    return fastest({
        "signals_core": (lambda: core.send(Sender, value=1), calls),
        "Django": (lambda: django.send(Sender, value=1), calls),
        "blinker": (lambda: blink.send(Sender, value=1), calls),
    })


def connect_disconnect_times():
    receivers = make_receivers(MANY)

    def connect_then_disconnect(signal_class):
        def run():
            signal = connected(signal_class, receivers)
            for receiver in receivers:
                signal.disconnect(receiver)
        return run, 1

    return fastest({name: connect_then_disconnect(cls) for name, cls in
                    [("signals_core", Signal), ("Django", DjangoSignal), ("blinker", blinker.Signal)]},
                   rounds=1)


def bytes_per_receiver():
    """Memory a connected receiver costs (weak, the default), after one send."""
    receivers = make_receivers(MANY)
    sizes = {}
    for name, signal_class in [("signals_core", Signal), ("Django", DjangoSignal),
                               ("blinker", blinker.Signal)]:
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        signal = connected(signal_class, receivers)
        signal.send(Sender)
        sizes[name] = (tracemalloc.get_traced_memory()[0] - before) / MANY
        tracemalloc.stop()
        del signal
    return sizes


def untraced_signal_class():
    """signals_core's Signal whose send() lacks the line that asks the trace for a record,
    made from its own source, to show what that line costs when tracing is off."""
    source = textwrap.dedent(inspect.getsource(Signal._send))
    hook = "record = trace.start_send(self, sender, named, robust) if trace.active else None"
    assert hook in source, "the trace hook in Signal._send() changed: update this benchmark"
    namespace = vars(sys.modules[Signal.__module__]).copy()
    exec(source.replace(hook, "record = None"), namespace)
    return type("UntracedSignal", (Signal,), {"_send": namespace["_send"]})


def tracing_times():
    receivers = make_receivers(10)
    core, untraced = connected(Signal, receivers), connected(untraced_signal_class(), receivers)
    calls = 50  # a fresh recording per round, far under the cap on records
    times = fastest({
        "off": (lambda: core.send(Sender, value=1), calls),
        "on": (lambda: core.send(Sender, value=1), calls),
        "without hook": (lambda: untraced.send(Sender, value=1), calls),
    }, prepare={"off": trace.stop, "on": trace.start, "without hook": trace.stop})
    trace.stop()
    return times


def row(measure, times, unit, ratio, goal, met):
    core, django, blink = (f"{times[name] * unit:,.2f}" if name in times else "" for name in
                           ("signals_core", "Django", "blinker"))
    return f"| {measure} | {core} | {django} | {blink} | {ratio:.2f}x | {goal} | {'yes' if met else 'NO'} |"


def main():
    lines = ["| measure | signals_core | Django 5.2 | blinker 1.9 | ratio | goal | met |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    for count in (1, 10, 100):
        times = send_times(count)
        ratio = times["signals_core"] / times["Django"]
        lines.append(row(f"send(), {count} receiver{'s' * (count > 1)} (µs)", times, 1e6,
                         ratio, "<= 1.0x Django (aim 0.8x)", ratio <= 1.0))
    times = connect_disconnect_times()
    ratio = times["signals_core"] / times["Django"]
    lines.append(row(f"connect {MANY:,} receivers, then disconnect them (ms)", times, 1e3,
                     ratio, "<= 0.1x Django (10x faster)", ratio <= 0.1))
    sizes = bytes_per_receiver()
    ratio = sizes["signals_core"] / sizes["Django"]
    lines.append(row("memory per connected receiver (bytes)", sizes, 1, ratio,
                     "<= 1.0x Django", ratio <= 1.0))
    times = tracing_times()
    on, off, bare = times["on"], times["off"], times["without hook"]
    lines.append(f"| send(), 10 receivers, tracing on (µs) | {on * 1e6:,.2f} | | | "
                 f"{on / off:.2f}x off | < 2x off | {'yes' if on / off < 2 else 'NO'} |")
    lines.append(f"| send(), 10 receivers, tracing off (µs) | {off * 1e6:,.2f} | | | "
                 f"{off / bare:.2f}x no hook | ~1.0x without the hook ({bare * 1e6:,.2f} µs) | "
                 f"{'yes' if off / bare <= 1.05 else 'NO'} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
