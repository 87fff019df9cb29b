# Gives a bootstrapped Directus the content tests/bench/directus.sh measures: a stops and an events collection with the
# fields and text `grow` gives ours, filled through the REST API, readable by the public policy.
# Usage: directus-seed.py BASE ADMIN_EMAIL ADMIN_PASSWORD STOPS EVENTS
import datetime, json, sys, urllib.request

base, email, password, stops, events = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])

def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=120) as response:
        text = response.read()
        return json.loads(text) if text else None

token = call("POST", "/auth/login", {"email": email, "password": password})["data"]["access_token"]

def field(name, kind, **schema):
    return {"field": name, "type": kind, "schema": schema, "meta": {}}

def collection(name, fields):
    call("POST", "/collections", {"collection": name, "schema": {}, "meta": {},
        "fields": [{"field": "id", "type": "integer", "schema": {"is_primary_key": True, "has_auto_increment": True}, "meta": {"hidden": True}}] + fields}, token)

collection("stops", [field("name_zh", "string"), field("name_en", "string"), field("slug", "string"), field("latitude", "float"),
    field("longitude", "float"), field("order_on_route", "integer"), field("distance_km", "float"), field("travel_minutes", "integer"),
    field("activities", "json"), field("opening_hours_zh", "string"), field("opening_hours_en", "string"),
    field("summary_zh", "text"), field("summary_en", "text"), field("body_zh", "text"), field("body_en", "text")])
collection("events", [field("name_zh", "string"), field("name_en", "string"), field("start_date", "timestamp"),
    field("end_date", "timestamp"), field("capacity", "integer"), field("summary_zh", "text"), field("summary_en", "text")])

def batches(items, size=250):
    for i in range(0, len(items), size):
        yield items[i:i + size]

rows = [{"name_zh": f"测试站点{i}", "name_en": f"Test stop {i}", "slug": f"test-stop-{i}",
    "latitude": 28.5 + (i % 100) / 1000.0, "longitude": 97.3 + (i % 100) / 1000.0, "order_on_route": ((i + 5) % 999) + 1,
    "distance_km": 1.5 + i % 7, "travel_minutes": 5 + i % 40, "activities": ["sightseeing-picking"],
    "opening_hours_zh": "每天 9:00–18:00", "opening_hours_en": "Daily 9:00–18:00",
    "summary_zh": f"第{i}个测试站点，位于察隅河谷，可以采摘水果、参观合作社。",
    "summary_en": f"Test stop {i} in the Chayu valley: fruit picking and a cooperative shop.",
    "body_zh": f"## 站点{i}\n\n沿着桑久—巴嘎线路，游客可以在这里休息、品尝当地的特色农产品。",
    "body_en": f"## Stop {i}\n\nAlong the Sangjiu–Baga route visitors rest here and taste local produce."} for i in range(1, stops + 1)]
for batch in batches(rows):
    call("POST", "/items/stops", batch, token)
first_day = datetime.datetime(2027, 1, 1, 10, 0)
rows = [{"name_zh": f"测试活动{i}", "name_en": f"Test event {i}",
    "start_date": (first_day + datetime.timedelta(days=i % 365)).isoformat(),
    "end_date": (first_day + datetime.timedelta(days=i % 365, hours=3)).isoformat(),
    "capacity": 20 + i % 80, "summary_zh": f"第{i}场测试活动：丰收节、篝火晚会和民族歌舞。",
    "summary_en": f"Test event {i}: harvest festival, bonfire evening and folk dances."} for i in range(1, events + 1)]
for batch in batches(rows):
    call("POST", "/items/events", batch, token)

public = next(p["id"] for p in call("GET", "/policies", token=token)["data"] if p["name"] == "$t:public_label")
for name in ("stops", "events"):
    call("POST", "/permissions", {"policy": public, "collection": name, "action": "read", "fields": ["*"], "permissions": {}}, token)
print(f"directus: {stops} stops, {events} events, public read")
