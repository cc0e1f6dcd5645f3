#!/usr/bin/env python3
"""Renders the reports as a person sees them: in headless Chromium.

For every example description (examples/*.yaml), three Model Openness Tool fixtures and one
overview of the examples, the script writes the page with the built binary, opens it in headless
Chromium through the DevTools protocol, and checks that

- the page text shows the release's name, every framework and every open-washing finding (the
  expectations come from `ai-openness classify --format json`, not from the page's generator);
- no console error and no uncaught exception was reported;
- the screenshot (PNG, 1000 px wide) is not blank: its pixels vary;
- on the overview, a column header sorts the table.

Standard library only. Where Chromium is missing the script skips with a notice (exit 0), except
under CI=true, where it fails. Usage: check_reports.py [--out DIR]. Environment:
AI_OPENNESS_BIN (the binary), AI_OPENNESS_SHARED (the third-party fixtures; default ../shared),
CHROMIUM (default /usr/bin/chromium).
"""

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ.get("AI_OPENNESS_BIN", str(ROOT / "target/debug/ai-openness"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SHARED = Path(os.environ.get("AI_OPENNESS_SHARED", str(ROOT.parent / "shared")))
CI = os.environ.get("CI") in ("true", "1")
WIDTH = 1000

passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}")


# --- A minimal WebSocket client (RFC 6455), enough for the DevTools protocol. ---


class WebSocket:
    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, _, path = url[5:].partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=120)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the DevTools socket closed during the handshake")
            response += chunk
        head, _, self.buffer = response.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", n)
        mask = os.urandom(4)
        header += mask
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + masked)

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("the DevTools socket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            if b1 & 0x80:
                mask = self._read(4)
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(n)))
            else:
                data = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise ConnectionError("the DevTools socket closed")
            if opcode in (0x9, 0xA):
                continue
            message += data
            if b0 & 0x80:
                return message.decode()


class Browser:
    """Headless Chromium with one page, driven through the DevTools protocol."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="ai-openness-chromium-")
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                f"--user-data-dir={self.profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = WebSocket(page["webSocketDebuggerUrl"])
        self.next_id = 0
        self.events = []
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(method)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=800,
            deviceScaleFactor=1,
            mobile=False,
        )

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def open(self, path):
        self.events.clear()
        self.call("Page.navigate", url=path.as_uri())
        self.wait_for("Page.loadEventFired")

    def errors(self):
        """Console errors and uncaught exceptions since the last `open`."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, out):
        height = self.evaluate("Math.ceil(document.documentElement.scrollHeight)")
        height = max(600, min(int(height), 6000))
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        data = self.call("Page.captureScreenshot", format="png")["data"]
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=WIDTH,
            height=800,
            deviceScaleFactor=1,
            mobile=False,
        )
        png = base64.b64decode(data)
        out.write_bytes(png)
        return png

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# --- PNG decoding (8-bit RGB or RGBA, non-interlaced: what Chromium writes). ---


def png_variance(png, max_rows=1200):
    """The variance of the grey levels of the first `max_rows` rows (the top of the page, what a
    person sees first), and the number of distinct grey levels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    previous = bytearray(stride)
    total = total_sq = count = 0
    levels = set()
    for y in range(min(height, max_rows)):
        filter_type = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if filter_type == 1:
                line[i] = (line[i] + a) & 0xFF
            elif filter_type == 2:
                line[i] = (line[i] + b) & 0xFF
            elif filter_type == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif filter_type == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        previous = line
        # Every 4th row and pixel is plenty to tell a blank page from a rendered one.
        if y % 4 == 0:
            for x in range(0, width, 4):
                r, g, b = line[x * bpp], line[x * bpp + 1], line[x * bpp + 2]
                grey = (r * 299 + g * 587 + b * 114) // 1000
                total += grey
                total_sq += grey * grey
                count += 1
                levels.add(grey)
    mean = total / count
    return total_sq / count - mean * mean, len(levels)


# --- The checks. ---


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, check=False)


def expectations(document):
    """Name, frameworks and finding codes of a document, from `classify --format json`."""
    result = run("classify", "--format", "json", str(document))
    line = json.loads(result.stdout.splitlines()[0])
    frameworks = [c["framework"] for c in line.get("classifications", [])]
    findings = [f["code"] for f in line.get("findings", [])]
    return line.get("name", ""), frameworks, findings


def check_page(browser, document, out_dir):
    name = Path(document).stem
    page = out_dir / f"{name}.html"
    result = run("report", "-o", str(page), str(document))
    check(result.returncode == 0, f"{document}: report exits 0 ({result.stderr.strip()})")
    browser.open(page)
    text = browser.evaluate("document.body.innerText")
    release, frameworks, findings = expectations(document)
    check(bool(release) and release in text, f"{document}: the page shows the name {release!r}")
    check(len(frameworks) == 5, f"{document}: five frameworks expected, got {frameworks}")
    for framework in frameworks:
        check(framework in text, f"{document}: the page shows the framework {framework}")
    for finding in findings:
        check(finding in text, f"{document}: the page shows the finding {finding}")
    errors = browser.errors()
    check(not errors, f"{document}: console errors {errors}")
    png = browser.screenshot(out_dir / f"{name}.png")
    variance, levels = png_variance(png)
    check(variance > 100 and levels > 8, f"{document}: the screenshot is blank ({variance:.0f}, {levels})")
    print(f"ok {document}: {len(frameworks)} frameworks, {len(findings)} findings, variance {variance:.0f}")


def check_overview(browser, documents, out_dir):
    page = out_dir / "overview.html"
    result = run("report", "--overview", "--title", "Examples registry", "-o", str(page), *map(str, documents))
    check(result.returncode == 0, f"overview: exits 0 ({result.stderr.strip()})")
    browser.open(page)
    text = browser.evaluate("document.body.innerText")
    names = [expectations(d)[0] for d in documents]
    for name in names:
        check(name in text, f"overview: shows {name!r}")
    for short in ("MOF 1.0", "OSAID 1.0", "OSAI Index", "EU AI Act", "DPG 1.1.4"):
        check(short in text, f"overview: shows {short}")
    check(browser.evaluate("document.querySelectorAll('#releases th button').length") == 9,
          "overview: every column header is a sort button")
    first = "Array.from(document.querySelectorAll('#releases tbody tr')).map(r => r.cells[1].textContent)"
    before = browser.evaluate(first)
    browser.evaluate("document.querySelectorAll('#releases th button')[1].click()")
    ascending = browser.evaluate(first)
    browser.evaluate("document.querySelectorAll('#releases th button')[1].click()")
    descending = browser.evaluate(first)
    check(ascending == sorted(before, key=str.lower) or ascending == sorted(before),
          f"overview: sorts by name ascending {ascending}")
    check(descending == list(reversed(ascending)), "overview: and descending")
    errors = browser.errors()
    check(not errors, f"overview: console errors {errors}")
    png = browser.screenshot(out_dir / "overview.png")
    variance, levels = png_variance(png)
    check(variance > 100 and levels > 8, f"overview: the screenshot is blank ({variance:.0f})")
    print(f"ok overview of {len(documents)} releases, variance {variance:.0f}")


def main():
    out_dir = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else ROOT / "target/browser"
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM}"
        if CI:
            print(f"FAIL: {message} (CI=true: refusing to skip)")
            return 1
        print(f"notice: {message}; skipping the browser checks (apt-get install chromium)")
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    mot = []
    if (SHARED / "fixtures/mot").is_dir():
        test_data = SHARED / "fixtures/mot/test-data"
        mot = [SHARED / "fixtures/mot/data/sample_model.yml"]
        for prefix in ("Class1TestFile_", "Class3RTestFile_"):
            mot += sorted(test_data.glob(f"{prefix}*.yml"))[:1]
    elif CI:
        print(f"FAIL: the MOT fixtures are not at {SHARED}/fixtures/mot (CI=true)")
        return 1
    else:
        print(f"notice: the MOT fixtures are not at {SHARED}/fixtures/mot; checking the examples only")
    browser = Browser()
    try:
        for document in examples + mot:
            check_page(browser, document, out_dir)
        check_overview(browser, examples, out_dir)
    finally:
        browser.close()
    print(f"screenshots in {out_dir}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
