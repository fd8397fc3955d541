"""What both loopback servers share: a threaded HTTP server on 127.0.0.1 that can be stopped
and started again on the same port (a closed port, then the server back), a count of the
requests being answered, and waiting until none is."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    tls: tuple[str, str] | None = None  # (certificate, key) files to serve https

    def __init__(self) -> None:
        self.httpd: ThreadingHTTPServer | None = None
        self.waiters: list = []  # called after each request is recorded
        self.in_flight = 0
        self.idle = threading.Condition()
        self.port = 0

    def start(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body leave in two writes: without this, Nagle and the client's
            # delayed ACK hold each answer 40 ms on a kept-alive connection
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                server.handle(self)

            do_POST = do_PATCH = do_DELETE = do_GET

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.httpd.daemon_threads = True
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.started()
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def started(self) -> None:
        """The port is known."""

    def stop(self) -> None:
        """Close the port: the client then meets a refused connection."""
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def handle(self, http: BaseHTTPRequestHandler) -> None:
        with self.idle:
            self.in_flight += 1
        try:
            self._handle(http)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client stopped waiting (a slow answer)
        finally:
            with self.idle:
                self.in_flight -= 1
                self.idle.notify_all()

    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError

    def wait_idle(self, timeout: float = 30) -> bool:
        """Wait until no request is being answered (a slow one still does its work)."""
        with self.idle:
            return self.idle.wait_for(lambda: self.in_flight == 0, timeout)

    @staticmethod
    def drop(http: BaseHTTPRequestHandler) -> None:
        """Close the connection without an answer: the work is done, the client never knows."""
        http.close_connection = True
        http.connection.shutdown(2)
