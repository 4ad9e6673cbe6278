"""acme-shop: a tiny catalogue service."""

from http.server import BaseHTTPRequestHandler, HTTPServer

PRODUCTS = {"1": "plumb line", "2": "spirit level"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        product = PRODUCTS.get(self.path.strip("/"))
        self.send_response(200 if product else 404)
        self.end_headers()
        self.wfile.write((product or "not found").encode())


if __name__ == "__main__":
    HTTPServer(("", 8080), Handler).serve_forever()
