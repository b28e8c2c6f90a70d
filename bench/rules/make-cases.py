#!/usr/bin/env python3
"""Writes N eligibility cases as JSON Lines (one case per line) for `iin decide --jsonl`, deterministic
for a seed: a mix of citizens and residents, documents with and without an IIN, papers submitted or not,
and some lines that are not valid cases. Usage: make-cases.py N [SEED] > cases.jsonl"""
import json
import random
import sys
from datetime import date, timedelta

W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(body):
    d = [int(c) for c in body]
    s = sum(x * w for x, w in zip(d, W1)) % 11
    if s == 10:
        s = sum(x * w for x, w in zip(d, W2)) % 11
    return None if s == 10 else s


def iin(born, sex, serial):
    century = (born.year - 1800) // 100
    digit = 1 + 2 * century + (0 if sex == "M" else 1)
    while True:
        body = "%02d%02d%02d%d%04d" % (born.year % 100, born.month, born.day, digit, serial % 10000)
        c = check_digit(body)
        if c is not None:
            return body + str(c)
        serial += 1


def case(r):
    born = date(1930, 1, 1) + timedelta(days=r.randrange(365 * 70))
    as_of = date(2007, 2, 1) + timedelta(days=r.randrange(365 * 18))
    issued = born + timedelta(days=r.randrange(max(1, (as_of - born).days)))
    sex = r.choice("MF")
    kind = r.randrange(10)
    citizenship, resident, doc = "KZ", None, r.choice(["ID_CARD", "PASSPORT", "BIRTH_CERTIFICATE"])
    if kind == 8:
        citizenship, resident, doc = r.choice(["RU", "CN", "UZ", "DE"]), r.random() < 0.8, "RESIDENCE_PERMIT"
    elif kind == 9:
        citizenship, resident, doc = "STATELESS", r.random() < 0.8, "STATELESS_CERTIFICATE"
    applicant = {"iin": iin(born, sex, r.randrange(1, 9000)) if r.random() < 0.9 else None,
                 "citizenship": citizenship, "birthDate": born.isoformat(), "sex": sex}
    if resident is not None:
        applicant["permanentResident"] = resident
    submitted = {k: r.randrange(3) for k in ["ID_COPY", "ID_ORIGINAL", "ADDRESS_REFERENCE", "PHOTOS"]
                 if r.random() < 0.8}
    return {"asOf": as_of.isoformat(), "applicant": applicant,
            "document": {"type": doc, "issued": issued.isoformat(), "iinPrinted": r.random() < 0.4},
            "application": {"surrendersPreviousDocuments": r.random() < 0.7,
                            "governmentForCitizensOfficeAtResidence": r.random() < 0.9,
                            "submitted": submitted}}


def main():
    n = int(sys.argv[1])
    r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261201)
    out = sys.stdout
    for i in range(n):
        if i % 1000 == 999:
            out.write('{"asOf": "2014-03-01", "applicant": {"sex": "X"}}\n')  # not a valid case
        else:
            out.write(json.dumps(case(r), separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
