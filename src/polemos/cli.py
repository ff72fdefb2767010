"""The commands of the contract, each a few lines over the Python API."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from importlib import resources
from typing import Optional

from . import __version__
from .errors import UserError

KINDS = ("documents", "mentions", "events", "places", "actors")
FORMATS = ("jsonl", "csv", "parquet", "geojson", "plover", "acled")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UserError(f"{message} (try `{self.prog} --help`)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="polemos", description="Conflict news in, a traceable event record out.")
    p.add_argument("--version", action="version", version=f"polemos {__version__}")
    p.add_argument("--verbose", "-v", action="store_true", help="debug logs on stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("analyze", help="read articles into the store",
                       epilog="Example: polemos analyze articles/ --store my-store")
    a.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    _store_arg(a)
    a.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    a.add_argument("--engine", choices=("local", "dask"), default="local")
    a.add_argument("--scheduler", help="address of a Dask scheduler (with --engine dask)")
    a.add_argument("--backend", help="event backend (rules, embeddings)")
    a.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")

    e = sub.add_parser("export", help="write records from the store",
                       epilog="Example: polemos export events --format geojson --output events.geojson")
    e.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    _store_arg(e)
    e.add_argument("--format", choices=FORMATS, default="jsonl")
    e.add_argument("--output", "-o", help="file to write (default: stdout)")

    t = sub.add_parser("timeline", help="chronological view of the merged events",
                       epilog="Example: polemos timeline --since 2020-09-01 --type ASSAULT")
    _store_arg(t)
    t.add_argument("--since", help="YYYY-MM-DD")
    t.add_argument("--until", help="YYYY-MM-DD")
    t.add_argument("--place", help="place name (any alias)")
    t.add_argument("--type", help="PLOVER event type")

    s = sub.add_parser("serve", help="JSON API over the store",
                       epilog="Example: polemos serve --port 8000")
    _store_arg(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)

    d = sub.add_parser("demo", help="analyze the built-in sample corpus and print its timeline")
    d.add_argument("--store", default=None, help="store folder (default: a fresh temporary one)")
    d.add_argument("--quiet", "-q", action="store_true")
    return p


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default="polemos-store", help="store folder (default ./polemos-store)")


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                            format="polemos: %(levelname)s: %(message)s", stream=sys.stderr)
        if not args.command:
            parser.print_help(sys.stderr)
            return 2
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"polemos: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("polemos: interrupted; the store is consistent, re-run to finish", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from .store import open_store

    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    if args.backend:
        from .events import BACKENDS
        if args.backend not in BACKENDS:
            raise UserError(f"unknown event backend '{args.backend}'; choose one of: "
                            f"{', '.join(sorted(BACKENDS))}")
    for path in args.paths:
        if path != "-" and not os.path.exists(path):
            raise UserError(f"no such file or folder: '{path}'")
    store = open_store(args.store)
    summary = store.analyze(args.paths, workers=args.workers, engine=args.engine,
                            scheduler=args.scheduler, quiet=args.quiet, backend=args.backend)
    if not args.quiet:
        for source, reason in summary.rejections:
            print(f"rejected: {source}: {reason}", file=sys.stderr)
        print(summary.line(), file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export.writers import BINARY, get_writer
    from .store.store import Store

    write = get_writer(args.format, args.kind)
    store = Store(args.store, create=False)
    records = getattr(store, args.kind)()
    if args.format in BINARY:
        if not args.output:
            raise UserError(f"--format {args.format} needs --output FILE")
        write(records, args.output, args.kind)
    elif args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            write(records, out, args.kind)
    else:
        write(records, sys.stdout, args.kind)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    for name in ("since", "until"):
        value = getattr(args, name)
        if value and not _is_date(value):
            raise UserError(f"--{name} must be a date as YYYY-MM-DD, got '{value}'")
    from .fuse import render_timeline
    from .fuse_step import sources
    from .store.store import Store

    store = Store(args.store, create=False)
    width = min(120, max(60, _terminal_width()))
    print(render_timeline(store.load_events(), since=args.since, until=args.until,
                          place=args.place, type=args.type.upper() if args.type else None,
                          width=width, sources=sources(store)))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve.api import serve
    from .store.store import Store

    serve(Store(args.store, create=False), args.host, args.port)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import tempfile

    sample = resources.files("polemos").joinpath("data/sample")
    store_dir = args.store or tempfile.mkdtemp(prefix="polemos-demo-")
    print(f"Analyzing the sample corpus ({sample}) into {store_dir} ...", file=sys.stderr)
    articles = sorted(str(p) for p in sample.iterdir() if not p.name.startswith("README"))
    code = cmd_analyze(argparse.Namespace(paths=articles, store=store_dir, workers=1,
                                          engine="local", scheduler=None, backend=None,
                                          quiet=args.quiet))
    if code:
        return code
    return cmd_timeline(argparse.Namespace(store=store_dir, since=None, until=None,
                                           place=None, type=None))


def _is_date(value: str) -> bool:
    import datetime as dt
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def _terminal_width() -> int:
    import shutil
    return shutil.get_terminal_size((100, 24)).columns


COMMANDS = {"analyze": cmd_analyze, "export": cmd_export, "timeline": cmd_timeline,
            "serve": cmd_serve, "demo": cmd_demo}

if __name__ == "__main__":
    sys.exit(main())
