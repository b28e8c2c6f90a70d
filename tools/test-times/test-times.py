#!/usr/bin/env python3
"""Where a build's test time went: reads the JUnit reports that surefire and failsafe left under
*/target/ and prints the seconds per module and the slowest test classes. Run it from the repository
root after any mvn verify (e.g. mvn -B verify -P quick); it reads the reports, it runs nothing.

    python3 tools/test-times/test-times.py [HOW_MANY_CLASSES]
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def suites(root):
    for path in sorted(glob.glob(os.path.join(root, "**", "target", "*-reports", "TEST-*.xml"), recursive=True)):
        suite = ET.parse(path).getroot()
        module = os.path.relpath(path, root).split(os.sep + "target" + os.sep)[0]
        yield (module, suite.get("name").rsplit(".", 1)[-1], float(suite.get("time", "0").replace(",", "")),
               int(suite.get("tests", "0")), int(suite.get("skipped", "0")))


def main():
    how_many = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    rows = list(suites(root))
    if not rows:
        sys.exit("no test reports under */target/: run mvn verify first")
    if os.path.exists("/proc/loadavg"):
        # Now, not while the tests ran: note the load during the build yourself.
        print("load average now: " + open("/proc/loadavg").read().strip())
    per_module = {}
    for module, _, seconds, tests, _ in rows:
        total, count = per_module.get(module, (0.0, 0))
        per_module[module] = (total + seconds, count + tests)
    print("%-20s %9s %7s" % ("module", "seconds", "tests"))
    for module, (seconds, tests) in sorted(per_module.items(), key=lambda m: -m[1][0]):
        print("%-20s %9.1f %7d" % (module, seconds, tests))
    print("%-20s %9.1f %7d" % ("all", sum(m[0] for m in per_module.values()), sum(m[1] for m in per_module.values())))
    print()
    print("%-20s %-40s %9s %7s" % ("module", "slowest classes", "seconds", "tests"))
    for module, name, seconds, tests, skipped in sorted(rows, key=lambda r: -r[2])[:how_many]:
        print("%-20s %-40s %9.1f %7d%s" % (module, name, seconds, tests, "  (%d skipped)" % skipped if skipped else ""))


if __name__ == "__main__":
    main()
