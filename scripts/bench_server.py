"""Serving a built site for the benches as production does: nginx from Debian on 127.0.0.1
with gzip, or Python's http.server with precompressed .gz files (``--server python`` or no nginx).

Shared by every bench module (Lighthouse, search, taps, offline); imports none of them.
``nginx(site)`` and ``python_server(site)`` are context managers yielding ``(basis_url, hoe)``.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NGINX_CONF = """\
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
daemon off;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  sendfile on;
  charset utf-8;
  charset_types text/css application/javascript application/json text/plain image/svg+xml;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_vary on;
  gzip_types text/css application/javascript text/javascript application/json image/svg+xml
             text/plain text/csv application/xml;
  server {{
    listen 127.0.0.1:{poort};
    root {site};
    index index.html;
    error_page 404 /404.html;
    # Production-like caching: Material's fingerprinted assets for a year, the rest briefly.
    # The site's own security headers (Content-Security-Policy etc.), as a host would send
    # them; repeated in the location that adds a header (nginx does not inherit add_header there).
    include {site}/_headers.nginx.conf;
    location ~ "\\.[0-9a-f]{{8}}\\.min\\.(js|css)$" {{ expires 1y; add_header Cache-Control immutable; include {site}/_headers.nginx.conf; }}
    location / {{ expires 10m; }}
  }}
}}
"""


@contextlib.contextmanager


def nginx(site: Path):
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    tmp = Path(tempfile.mkdtemp(prefix="sw-nginx-"))
    poort = vrije_poort()
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, poort=poort, site=site), encoding="utf-8")
    # As root, nginx workers run as `nobody`: the site must be readable for everyone.
    grens = Path(tempfile.gettempdir())
    for p in [site, *site.parents]:
        if p == grens or p == Path("/"):
            break
        p.chmod(p.stat().st_mode | 0o005)
    for p in site.rglob("*"):
        p.chmod(p.stat().st_mode | (0o005 if p.is_dir() else 0o004))
    proc = subprocess.Popen([nginx_bin, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wacht_op_poort(poort, proc)
        yield f"http://127.0.0.1:{poort}", "nginx (gzip, niveau 6)"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


GZIP_SOORTEN = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv", ".map")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves <file>.gz (made beforehand) with Content-Encoding: gzip when the client accepts it."""

    def log_message(self, *args):
        pass

    def send_head(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir():
            pad = pad / "index.html"
        gz = pad.with_name(pad.name + ".gz")
        if "gzip" in self.headers.get("Accept-Encoding", "") and gz.is_file():
            f = gz.open("rb")
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(pad)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(gz.stat().st_size))
            self.end_headers()
            return f
        return super().send_head()


@contextlib.contextmanager


def python_server(site: Path):
    for p in site.rglob("*"):
        if p.is_file() and p.suffix in GZIP_SOORTEN:
            p.with_name(p.name + ".gz").write_bytes(gzip.compress(p.read_bytes(), 6))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", "python http.server (voorgecomprimeerd, gzip 6)"
    finally:
        httpd.shutdown()


def _wacht_op_poort(poort: int, proc: subprocess.Popen) -> None:
    for _ in range(100):
        if proc.poll() is not None:
            raise SystemExit(f"nginx startte niet: {proc.stderr.read().decode()[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", poort)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit("nginx antwoordt niet")


# ------------------------------------------------------------------------------ lighthouse
