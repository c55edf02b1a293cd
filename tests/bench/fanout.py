#!/usr/bin/python3
"""WebSocket fan-out benchmark: N clients subscribed to `feed`, M orders placed one after
another; for every order, the time from its 201 (and from sending it) to each client's receipt
of the purchase event; and the server's resident memory per connection.
Usage: fanout.py BASE_URL SERVER_PID [clients=1000] [orders=40]  (Debian's python3-websockets)"""
import asyncio, json, statistics, sys, time, urllib.request, uuid

import websockets

BASE, PID = sys.argv[1], int(sys.argv[2])
CLIENTS = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
ORDERS = int(sys.argv[4]) if len(sys.argv) > 4 else 40


def rss_kib():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def http(method, path, body=None, headers=None):
    req = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req) as r:
        return r.status, json.loads(r.read() or b"{}")


async def client(url, ready, received):
    async with websockets.connect(url, max_queue=None, ping_interval=None) as ws:
        await ws.send(json.dumps({"type": "subscribe", "topic": "feed"}))
        await ws.send(json.dumps({"type": "ping"}))
        while json.loads(await ws.recv()).get("type") != "pong":
            pass
        ready.append(1)
        async for text in ws:
            m = json.loads(text)
            if m.get("type") == "purchase":
                received.setdefault(m["item_id"], []).append(time.monotonic())
                if len(received) >= ORDERS and all(len(v) >= 1 for v in received.values()):
                    pass


async def main():
    ws_url = BASE.replace("http://", "ws://") + "/ws"
    _, login = http("POST", "/api/v1/auth/login", {"email": "buyer@demo.test", "password": "demo1234"})
    token = login["token"]
    _, page = http("GET", "/api/v1/items?per_page=100&sort=price_asc")
    items = [i["id"] for i in page["items"] if i["stock"] >= 2][:ORDERS]
    base_rss = rss_kib()
    ready, received = [], {}
    tasks = []
    for _ in range(CLIENTS):
        tasks.append(asyncio.create_task(client(ws_url, ready, received)))
        if len(tasks) % 100 == 0:
            await asyncio.sleep(0.05)
    deadline = time.monotonic() + 60
    while len(ready) < CLIENTS and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    connected_rss = rss_kib()
    after_201, after_send, errors = [], [], 0
    loop = asyncio.get_running_loop()
    for item in items:
        body = {"shipping_address": {"name": "B", "line1": "1", "city": "T", "postal_code": "1", "country": "US"},
                "payment": {"card_number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"},
                "lines": [{"item_id": item, "quantity": 1}]}
        sent = time.monotonic()
        status, _ = await loop.run_in_executor(None, lambda: http("POST", "/api/v1/orders", body, {
            "Authorization": "Bearer " + token, "Idempotency-Key": str(uuid.uuid4())}))
        got = time.monotonic()
        if status != 201:
            errors += 1
            continue
        wait_until = time.monotonic() + 10
        while len(received.get(item, [])) < len(ready) and time.monotonic() < wait_until:
            await asyncio.sleep(0.002)
        for t in received.get(item, []):
            after_201.append((t - got) * 1000)
            after_send.append((t - sent) * 1000)
    missing = len(items) * len(ready) - len(after_201)
    for t in tasks:
        t.cancel()

    def pct(v, p):
        v = sorted(v)
        return v[min(len(v) - 1, int(len(v) * p))] if v else float("nan")
    per_conn = (connected_rss - base_rss) / max(1, len(ready))
    print(f"clients connected: {len(ready)}/{CLIENTS}; orders: {len(items)}; deliveries: {len(after_201)}; "
          f"missing: {missing}; order errors: {errors}")
    print(f"{'measure':28} {'p50 ms':>9} {'p99 ms':>9} {'max ms':>9}")
    print(f"{'201 -> event received':28} {pct(after_201, .5):9.2f} {pct(after_201, .99):9.2f} {max(after_201):9.2f}")
    print(f"{'request sent -> received':28} {pct(after_send, .5):9.2f} {pct(after_send, .99):9.2f} {max(after_send):9.2f}")
    print(f"server RSS: {base_rss} KiB idle, {connected_rss} KiB with clients: {per_conn:.1f} KiB per connection")
    print(json.dumps({"clients": len(ready), "orders": len(items), "missing": missing,
                      "p50_ms_after_201": pct(after_201, .5), "p99_ms_after_201": pct(after_201, .99),
                      "max_ms_after_201": max(after_201), "p50_ms_after_send": pct(after_send, .5),
                      "p99_ms_after_send": pct(after_send, .99), "kib_per_connection": per_conn}))

asyncio.run(main())
