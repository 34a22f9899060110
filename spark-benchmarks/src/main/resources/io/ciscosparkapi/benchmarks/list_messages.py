"""The Python reference of the client-CPU run: lists every message of one room with the
standard library alone (http.client on one kept-alive connection, json), each item wrapped in an
object, Link headers followed.

    python3 list_messages.py STYLE BASE_URL TOKEN ROOM_ID ITEMS WARMUPS LISTINGS

STYLE "sdk" parses a page as the Python SDK (ciscosparkapi, now webexteamssdk) does: the body
decoded to text, then json.loads with object_hook=OrderedDict. STYLE "plain" hands the bytes to
json.loads and keeps plain dicts, the least a Python client can do.

Prints "measured listings=N cpu=NS wall=NS" for the measured listings together (this process's
CPU time), then "done", in the format of the Java child (CpuListing).
"""
import collections
import http.client
import json
import re
import sys
import time
import urllib.parse

NEXT = re.compile(r'<([^>]*)>\s*;\s*rel="next"')


class Message:
    """An item as a Python client hands it over: its JSON object, read through attributes."""

    __slots__ = ("_json",)

    def __init__(self, json_data):
        if not isinstance(json_data, dict):
            raise TypeError("a message is a JSON object")
        self._json = json_data

    @property
    def id(self):
        return self._json.get("id")

    @property
    def text(self):
        return self._json.get("text")


def parse_sdk(body):
    return json.loads(body.decode("utf-8"), object_hook=collections.OrderedDict)


def parse_plain(body):
    return json.loads(body)


def list_all(connection, base, token, room_id, parse):
    url = urllib.parse.urljoin(base, "messages?" + urllib.parse.urlencode({"roomId": room_id, "max": 1000}))
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    count = 0
    chars = 0
    while url:
        parts = urllib.parse.urlsplit(url)
        connection.request("GET", parts.path + "?" + parts.query, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError("GET %s answered %d" % (url, response.status))
        for item in parse(body)["items"]:
            message = Message(item)
            chars += len(message.id) + len(message.text)
            count += 1
        url = None
        for link in response.headers.get_all("Link") or []:
            found = NEXT.search(link)
            if found:
                url = urllib.parse.urljoin(base, found.group(1))
    return count, chars


def main():
    style, base, token, room_id = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    items, warmups, listings = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
    parse = {"sdk": parse_sdk, "plain": parse_plain}[style]
    if not base.endswith("/"):
        base += "/"
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)

    def listing():
        count, _ = list_all(connection, base, token, room_id, parse)
        if count != items:
            raise RuntimeError("listed %d of %d messages" % (count, items))

    for _ in range(warmups):
        listing()
    cpu = time.process_time_ns()
    wall = time.perf_counter_ns()
    for _ in range(listings):
        listing()
    wall = time.perf_counter_ns() - wall
    cpu = time.process_time_ns() - cpu
    connection.close()
    print("measured listings=%d cpu=%d wall=%d" % (listings, cpu, wall))
    print("done")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
