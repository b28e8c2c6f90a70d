#!/usr/bin/env python3
"""A non-Java client of iin serve, with nothing but the standard library (urllib).

Usage: client.py BASE_URL CASE_FILE. Prints, separated by lines of '---':
the decision for the case, the batch answer for the case sent twice, and the status and
content type of a refusal (a body that is not JSON).
"""
import sys
import urllib.error
import urllib.request


def post(url, content_type, body):
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except urllib.error.HTTPError as refused:
        return refused.code, refused.headers["Content-Type"], refused.read().decode("utf-8")


def main():
    base, case_file = sys.argv[1], sys.argv[2]
    with open(case_file, "rb") as f:
        case = f.read()
    status, _, decision = post(base + "/v1/decisions", "application/json", case)
    assert status == 200, status
    sys.stdout.write(decision)
    print("---")
    one_line = case.replace(b"\n", b"")
    _, _, batch = post(base + "/v1/decisions/batch", "application/jsonl", one_line + b"\n" + one_line + b"\n")
    sys.stdout.write(batch)
    print("---")
    status, content_type, _ = post(base + "/v1/decisions", "application/json", b"not json")
    print(status, content_type)


if __name__ == "__main__":
    main()
