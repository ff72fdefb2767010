"""A small read-only JSON API over the store (stdlib HTTP server, loopback by default).

GET /api/{documents,mentions,events,places,actors}  -> JSON list
GET /api/health                                       -> {"status": "ok", ...}
Every error has one shape: {"error": {"code": int, "message": str}}.
"""
from __future__ import annotations

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

from ..store.store import Store

KINDS = ("documents", "mentions", "events", "places", "actors")


def make_handler(store_dir: str):
    class Handler(BaseHTTPRequestHandler):
        def _send(self, code: int, payload: object) -> None:
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            self.send_response(code)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = urlparse(self.path).path.rstrip("/")
            kind = path.rsplit("/", 1)[-1]
            if path == "/api/health":
                store = Store(store_dir, create=False)
                self._send(200, {"status": "ok", "documents": store.counts()})
            elif path.startswith("/api/") and kind in KINDS:
                store = Store(store_dir, create=False)
                self._send(200, list(getattr(store, kind)()))
            else:
                self._send(404, {"error": {"code": 404, "message": f"no such resource '{path}'; "
                                           f"try /api/{{{','.join(KINDS)}}}"}})

        def log_message(self, fmt: str, *args: object) -> None:
            sys.stderr.write("polemos serve: " + fmt % args + "\n")

    return Handler


def serve(store: Store, host: str, port: int) -> None:
    server = ThreadingHTTPServer((host, port), make_handler(str(store.dir)))
    print(f"Serving {store.dir} on http://{host}:{port}/api/events", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
