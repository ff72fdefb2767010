import json
import threading
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer

import pytest

from polemos.serve.api import make_handler
from polemos.store.store import Store


@pytest.fixture
def server(tmp_path):
    Store(tmp_path / "s").close()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(str(tmp_path / "s")))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_lists_and_health(server):
    assert _get(server + "/api/documents") == (200, [])
    status, body = _get(server + "/api/health")
    assert status == 200 and body["status"] == "ok"


@pytest.mark.parametrize("path", ["/", "/api/nothing", "/api/documents/extra/deep"])
def test_every_error_has_one_shape(server, path):
    status, body = _get(server + path)
    assert status == 404
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
