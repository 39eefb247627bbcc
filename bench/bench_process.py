"""What the end-to-end benches share: timing a whole process, and printing the fastest run of a
command and of its reference, measured alternately in the same run, with their ratios."""
import os
import subprocess
import sys
import time


def run_process(command, stdin=None):
    """Runs `command` (writing `stdin` to it, if given) with its output discarded; returns
    (wall s, CPU s, max RSS KiB). Exits with the command's last errors when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command[:4])} …\n{errors.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def keep_fastest(best, name, figures):
    """Keeps in `best[name]` whichever of it and `figures` (wall, CPU, RSS) has the shorter wall."""
    if name not in best or figures[0] < best[name][0]:
        best[name] = figures


def print_fastest(best, command, reference, per=None):
    """Prints wall, CPU and max RSS of each entry of `best` and the ratios of `command` to
    `reference`; `per` = (label, count) adds the wall time per unit in ms."""
    per_header = f" {per[0] + ' ms':>12}" if per else ""
    print(f"{'command':<24} {'wall s':>8} {'CPU s':>8} {'max RSS MiB':>12}{per_header}")
    for name, (wall, cpu, rss) in best.items():
        per_value = f" {1000 * wall / per[1]:12.2f}" if per else ""
        print(f"{name:<24} {wall:8.3f} {cpu:8.3f} {rss / 1024:12.1f}{per_value}")
    (wall, cpu, rss), (ref_wall, ref_cpu, ref_rss) = best[command], best[reference]
    print(f"{'ratio':<24} {wall / ref_wall:7.2f}x {cpu / max(ref_cpu, 1e-6):7.2f}x {rss / max(ref_rss, 1):11.2f}x")
