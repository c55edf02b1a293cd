#!/usr/bin/python3
"""The soak's WebSocket side and order trickle (tests/bench/soak.sh): N clients on /ws, each subscribed to
`feed` and one item, kept open for the whole run (a dropped one reconnects and is counted); one paid order
every ORDER_EVERY seconds through the API. Every minute one line of JSON: clients connected, reconnects,
messages received, orders placed and refused. Usage: soak.py BASE_URL CLIENTS SECONDS ORDER_EVERY
(Debian's python3-websockets)"""
import asyncio, json, sys, time, urllib.request, uuid

import websockets

BASE, CLIENTS, SECONDS, ORDER_EVERY = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
stats = {"connected": 0, "reconnects": 0, "messages": 0, "orders": 0, "order_errors": 0}


def http(method, path, body=None, headers=None):
    req = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, json.loads(r.read() or b"{}")


async def client(i, end):
    url = BASE.replace("http://", "ws://") + "/ws"
    first = True
    while time.monotonic() < end:
        try:
            async with websockets.connect(url, max_queue=None, ping_interval=20) as ws:
                stats["connected"] += 1
                if not first:
                    stats["reconnects"] += 1
                first = False
                for topic in ("feed", f"item:{1 + i % 200}"):
                    await ws.send(json.dumps({"type": "subscribe", "topic": topic}))
                try:
                    while time.monotonic() < end:
                        await asyncio.wait_for(ws.recv(), timeout=max(0.1, end - time.monotonic()))
                        stats["messages"] += 1
                except asyncio.TimeoutError:
                    pass
                finally:
                    stats["connected"] -= 1
        except Exception:
            await asyncio.sleep(1)


async def orders(end):
    token = http("POST", "/api/v1/auth/login", {"email": "buyer@demo.test", "password": "demo1234"})[1]["token"]
    body = {"shipping_address": {"name": "Soak", "line1": "1 Road", "city": "Town", "postal_code": "1",
                                 "country": "US"},
            "payment": {"card_number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123"}}
    n = 0
    while time.monotonic() < end:
        n += 1
        body["lines"] = [{"item_id": 1 + n % 200, "quantity": 1}]
        try:
            await asyncio.to_thread(http, "POST", "/api/v1/orders", body,
                                    {"Authorization": "Bearer " + token, "Idempotency-Key": str(uuid.uuid4())})
            stats["orders"] += 1
        except urllib.error.HTTPError as e:
            stats["order_errors" if e.code != 409 else "orders"] += 1  # sold out (409) is an answer, not an error
        except Exception:
            stats["order_errors"] += 1
        await asyncio.sleep(ORDER_EVERY)


async def report(end):
    minute = 0
    while time.monotonic() < end - 1:
        await asyncio.sleep(min(60, max(0.1, end - time.monotonic() - 1)))
        minute += 1
        print(json.dumps({"minute": minute, **stats}), flush=True)


async def main():
    end = time.monotonic() + SECONDS
    await asyncio.gather(report(end), orders(end), *(client(i, end) for i in range(CLIENTS)))


asyncio.run(main())
