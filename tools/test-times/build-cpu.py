#!/usr/bin/env python3
"""Where a Maven build's CPU time went, per module and per plugin step, PostgreSQL servers included.

    python3 tools/test-times/build-cpu.py [--log FILE] -- mvn -B verify -P quick

On a shared machine wall time says more about the neighbours than about the build; CPU time does not.
/usr/bin/time misses the PostgreSQL servers the tests start (pg_ctl detaches them), so this script makes
itself their parent (a Linux child subreaper), samples the CPU of every process under it twice a second,
and charges it to the module and plugin step Maven's log names at that moment. Run serial builds only
(no -T): a parallel build's log cannot say which module a second belongs to.

It also bounds the wall time on a quiet machine, from the scheduler's own accounting per thread
(/proc/PID/task/TID/schedstat: time on a CPU, and time runnable but waiting for one, which a quiet
machine would not have). Per half second, with r the CPU time of each thread: the time no thread of the
build was running or waiting (sleeps, I/O) stays as it was, and the rest takes between max(max r, sum r /
CPUs) (the threads overlapping as much as they can) and sum r (one after another).
"""
import ctypes
import os
import signal
import subprocess
import sys
import threading
import time

PR_SET_CHILD_SUBREAPER = 36
TICKS = os.sysconf("SC_CLK_TCK")


def stat_fields(pid):
    with open("/proc/%d/stat" % pid) as f:
        text = f.read()
    name = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    # rest[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17.
    return name, int(rest[1]), sum(int(x) for x in rest[11:15]) / TICKS


class Tree:
    """The CPU seconds of this process's descendants: the live ones, the children they reaped, and ours."""

    def __init__(self):
        self.reaped = 0.0
        self.reaped_servers = 0.0
        self.schedstat = {}
        self.lock = threading.Lock()

    def sample(self):
        """CPU seconds so far, and since the last call (seconds run, seconds waited for a CPU) per thread."""
        # Under the lock, so a process reaped during the scan is not counted twice.
        with self.lock:
            pids = self._scan()
            threads = []
            seen = {}
            for pid in pids:
                try:
                    tids = os.listdir("/proc/%d/task" % pid)
                except OSError:
                    continue
                for tid in tids:
                    try:
                        with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                            run_ns, wait_ns = (int(x) for x in f.read().split()[:2])
                    except (OSError, ValueError):
                        continue
                    before = self.schedstat.get((pid, tid), (0, 0))
                    threads.append(((run_ns - before[0]) / 1e9, (wait_ns - before[1]) / 1e9))
                    seen[(pid, tid)] = (run_ns, wait_ns)
            self.schedstat = seen
            return sum(pids.values()) + self.reaped, threads

    def _scan(self):
        parents, cpu = {}, {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    name, ppid, seconds = stat_fields(int(entry))
                except (OSError, ValueError):
                    continue
                parents[int(entry)] = ppid
                cpu[int(entry)] = seconds
        me, mine = os.getpid(), {}
        for pid in cpu:
            if pid == me:
                continue
            p = pid
            while p in parents and p != me and p > 1:
                p = parents[p]
            if p == me:
                mine[pid] = cpu[pid]
        return mine


def reap(tree, main, done):
    """Waits for every process that ends up under us (the build, and the servers pg_ctl detached)."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT)
        except ChildProcessError:
            if done.is_set():
                return
            time.sleep(0.1)
            continue
        if info is None:
            continue
        try:
            name = stat_fields(info.si_pid)[0]
        except OSError:
            name = "?"
        with tree.lock:
            pid, status, usage = os.wait4(info.si_pid, 0)
            tree.reaped += usage.ru_utime + usage.ru_stime
            if name.startswith("postgres") or name.startswith("pgbouncer"):
                tree.reaped_servers += usage.ru_utime + usage.ru_stime
        if pid == main.pid:
            main.exit_status = os.waitstatus_to_exitcode(status)
            done.set()


def main():
    args = sys.argv[1:]
    log_path = None
    if args[:1] == ["--log"]:
        log_path, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("cannot become a child subreaper (Linux only)")
    load_before = open("/proc/loadavg").read().split()[:3]
    tree = Tree()
    done = threading.Event()
    started = time.monotonic()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    child.exit_status = None
    signal.signal(signal.SIGINT, lambda *_: child.send_signal(signal.SIGINT))
    threading.Thread(target=reap, args=(tree, child, done), daemon=True).start()

    steps = []  # [module, step, wall, cpu, quiet-machine wall if overlapped, if one after another] seconds
    current = {"module": "(start)", "step": "(start)", "t": started, "cpu": 0.0}
    lock = threading.Lock()
    peak_load = [float(load_before[0])]
    cpus = os.cpu_count()

    def charge():
        now = time.monotonic()
        cpu, threads = tree.sample()
        wall = now - current["t"]
        ran = sum(r for r, _ in threads)
        idle = max(0.0, wall - max((r + q for r, q in threads), default=0.0))
        overlapped = idle + max(max((r for r, _ in threads), default=0.0), ran / cpus)
        steps.append([current["module"], current["step"], wall, cpu - current["cpu"], overlapped, idle + ran])
        current["t"], current["cpu"] = now, cpu

    def sample():
        while not done.wait(0.5):
            with lock:
                charge()
            peak_load[0] = max(peak_load[0], float(open("/proc/loadavg").read().split()[0]))

    threading.Thread(target=sample, daemon=True).start()
    log = open(log_path, "w") if log_path else sys.stdout
    for raw in child.stdout:
        line = raw.decode("utf-8", "replace")
        log.write(line)
        plain = line.replace("\x1b[1m", "").replace("\x1b[m", "").replace("\x1b[0m", "")
        with lock:
            if plain.startswith("[INFO] -") and "< " in plain and " >" in plain:
                # [INFO] -----< kz.iin:iin-core >-----: a module starts.
                charge()
                current["module"] = plain[plain.index("< ") + 2:plain.index(" >")].split(":")[-1]
                current["step"] = "(resolve)"
            elif plain.startswith("[INFO] --- ") and " @ " in plain:
                charge()
                current["step"] = plain[11:plain.index(" @ ")].strip()
    done.wait()
    # The servers a test forgot to stop would keep us waiting: give them ten seconds, then name them.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and children_left():
        time.sleep(0.2)
    with lock:
        charge()
    wall = time.monotonic() - started
    load_after = open("/proc/loadavg").read().split()[:3]
    if log is not sys.stdout:
        log.close()

    def table(key, title, limit):
        sums = {}
        for s in steps:
            k = key(s)
            w, c, lo, hi = sums.get(k, (0.0, 0.0, 0.0, 0.0))
            sums[k] = (w + s[2], c + s[3], lo + s[4], hi + s[5])
        print("%-52s %7s %7s %13s" % (title, "wall s", "cpu s", "quiet wall s"))
        for k, (w, c, lo, hi) in sorted(sums.items(), key=lambda kv: -kv[1][1])[:limit]:
            print("%-52s %7.1f %7.1f %6.1f-%-6.1f" % (k[:52], w, c, lo, hi))
        print()

    print("command: " + " ".join(args))
    print("exit code: %s" % child.exit_status)
    print("wall %.1f s, cpu %.1f s (PostgreSQL and pgbouncer servers %.1f s of it), cpu/wall %.2f"
          % (wall, steps and sum(s[3] for s in steps), tree.reaped_servers, sum(s[3] for s in steps) / wall))
    print("wall on a quiet machine, estimated: %.1f s (threads overlapping) to %.1f s (one after another)"
          % (sum(s[4] for s in steps), sum(s[5] for s in steps)))
    print("load average before %s, after %s, highest 1-minute seen %.2f; %d CPUs"
          % (" ".join(load_before), " ".join(load_after), peak_load[0], cpus))
    left = children_left()
    if left:
        print("still running, not counted: " + ", ".join(left))
    print()
    table(lambda s: s[0], "module", 100)
    table(lambda s: s[1].split(":")[0] + ":" + s[1].split(":")[-1].split(" ")[0], "plugin:goal (all modules)", 25)
    table(lambda s: s[0] + " | " + s[1].split(":")[0] + ":" + s[1].split(":")[-1].split(" ")[0],
          "module | plugin:goal", 30)
    sys.exit(child.exit_status or 0)


def children_left():
    me, left = os.getpid(), []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                name, ppid, _ = stat_fields(int(entry))
            except (OSError, ValueError):
                continue
            if ppid == me:
                left.append("%s %s" % (entry, name))
    return left


if __name__ == "__main__":
    main()
