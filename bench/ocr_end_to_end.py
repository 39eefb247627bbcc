#!/usr/bin/env python3
"""Times reading a scanned PDF as a user runs it: `vigia-cli parse SCAN.pdf` (the whole process:
pages rendered, cleaned, OCR by Tesseract, ruling lines, layout, plan, JSON out) against the
same work done by hand with the Debian tools in the same run: `pdftoppm -r DPI -gray` for the
pages, then `tesseract PAGE - -l spa` for each (Tesseract's own command, one page after the
other), DPI being the resolution Vigía reads the scan at (its own between 200 and 300 dpi, else
300). The scan is made first from a text PDF with make-scanned-pdf (pages as images of
--scan-dpi, 200 by default). Prints the fastest wall time and CPU time of each, per page, and
their ratios. --one-core: Vigía reads one page at a time (VIGIA_PDF_THREADS=1) and Tesseract's
command runs on one thread (OMP_THREAD_LIMIT=1), for the CPU a page takes on one core.
--exact-size: each scanned page exactly its image's size, as scanners write them (Vigía then
takes the image as stored instead of rendering the page).

Usage: bench/ocr_end_to_end.py --cli vigia-cli --scanner make-scanned-pdf [--runs N]
       [--scan-dpi N] [--one-core] [--exact-size] FILE.pdf
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time


def run_once(commands, env=None):
    """Runs `commands` one after the other, output discarded; returns (wall s, CPU s)."""
    start = time.perf_counter()
    cpu = 0.0
    for command in commands:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(command)}")
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="the vigia-cli to time")
    parser.add_argument("--scanner", required=True, help="make-scanned-pdf (tests/accuracy)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--scan-dpi", type=int, default=200, help="resolution of the scan's page images (default 200)")
    parser.add_argument("--one-core", action="store_true", help="one page at a time, Tesseract on one thread")
    parser.add_argument("--exact-size", action="store_true",
                        help="pages exactly their image's size, as scanners write them (make-scanned-pdf --exact-size)")
    parser.add_argument("pdf")
    args = parser.parse_args()
    tools = {name: shutil.which(name) for name in ("pdftoppm", "tesseract", "pdfinfo")}
    missing = [name for name, path in tools.items() if not path]
    if missing:
        sys.exit(f"not found: {', '.join(missing)} (Debian packages poppler-utils, tesseract-ocr)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    vigia_env = dict(os.environ)
    reference_env = dict(os.environ)
    if args.one_core:
        vigia_env["VIGIA_PDF_THREADS"] = "1"
        reference_env["OMP_THREAD_LIMIT"] = "1"
    # The resolution Vigía reads the scan at (PdfOcrReader::renderDpiFor).
    read_dpi = args.scan_dpi if 200 <= args.scan_dpi < 300 else 300
    with tempfile.TemporaryDirectory() as work:
        scan = os.path.join(work, "scan.pdf")
        subprocess.run([args.scanner, args.pdf, scan, str(args.scan_dpi)] + (["--exact-size"] if args.exact_size else []),
                       check=True, stderr=subprocess.DEVNULL)
        info = subprocess.run([tools["pdfinfo"], scan], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        prefix = os.path.join(work, "page")

        best = {"vigia-cli parse": None, "pdftoppm + tesseract": None}
        for _ in range(max(1, args.runs)):
            for name in best:
                if name == "vigia-cli parse":
                    wall, cpu = run_once([[args.cli, "parse", scan]], vigia_env)
                else:
                    render_wall, render_cpu = run_once([[tools["pdftoppm"], "-r", str(read_dpi), "-gray", scan, prefix]])
                    ocr_wall, ocr_cpu = run_once([[tools["tesseract"], image, "-", "-l", "spa"]
                                                  for image in sorted(glob.glob(prefix + "*.pgm"))], reference_env)
                    wall, cpu = render_wall + ocr_wall, render_cpu + ocr_cpu
                    for image in glob.glob(prefix + "*.pgm"):
                        os.remove(image)
                if best[name] is None or wall < best[name][0]:
                    best[name] = (wall, cpu)
    cores = "one core" if args.one_core else "all cores"
    print(f"document: {args.pdf}, scanned at {args.scan_dpi} dpi, read at {read_dpi} dpi: {pages} pages; {cores}; "
          f"{args.runs} runs each, alternating; fastest wall shown")
    print(f"{'command':<24} {'wall s':>8} {'CPU s':>8} {'wall s/page':>12} {'CPU s/page':>11}")
    for name, (wall, cpu) in best.items():
        print(f"{name:<24} {wall:8.2f} {cpu:8.2f} {wall / pages:12.2f} {cpu / pages:11.2f}")
    (wall, cpu), (ref_wall, ref_cpu) = best["vigia-cli parse"], best["pdftoppm + tesseract"]
    print(f"{'ratio':<24} {wall / ref_wall:7.2f}x {cpu / max(ref_cpu, 1e-6):7.2f}x")


if __name__ == "__main__":
    main()
