#!/bin/sh
# The first decision in a fresh JVM: JVM start -> a case read from JSON -> the first Decision, as the JVM itself
# reports it (kz.iin.bench.rules.FirstDecision), median of N runs per variant (default 9), the variants taking
# turns run by run so that a change in the machine's load touches them alike; the load average beside the figures.
# Variants of the same jars (java -cp <iin-drools-rules and its run-time dependencies>):
#   plain        no options
#   short-run    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC: C1 only (no C2 compiler threads competing with
#                the main thread for a core), one GC thread; for JVMs that live a few decisions long
#   archive      a class-data archive recorded from kz.iin.rules.ArchiveTraining with the same class path
#                (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile): the documented deployment option
#   archive+short-run  both
#   aot-cache    with a JDK 25 or later only: its ahead-of-time cache (-XX:AOTCacheOutput, then -XX:AOTCache)
#                recorded from the same training run
# Columns: where the time goes in the median run (JVM start to main, reading the case, creating the service,
# i.e. building the rule base, the decision), then CPU time: all threads, the main thread, and how long the
# main thread waited for a core. On a loaded machine the wall times mostly measure that wait; the time from main
# to the decision cannot go below the main thread's CPU time (which an idle machine would also show lower).
# Last, one more run per variant counts where its classes came from: read from jars (the three biggest named),
# mapped from class-data archives (the JDK's own included), loaded from the JDK's modules, or defined at run time.
# Usage: bench/rules/first-decision.sh [runs]    JAVA=/path/to/bin/java to measure another JDK
set -e
cd "$(dirname "$0")/../.."
RUNS=${1:-9}
JAVA=${JAVA:-java}
mvn -B -q -Dstyle.color=never -pl bench -am package -DskipTests
OUT=bench/target/first-decision
rm -rf "$OUT" && mkdir -p "$OUT"
mvn -B -q -Dstyle.color=never -pl drools-rules dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$PWD/$OUT/runtime.cp"
# Copies of every jar, so that a concurrent build (here or in ~/.m2) cannot change the class path mid-run: an
# archive names the jars it was recorded from and is refused when one changes.
mkdir -p "$OUT/lib"
cp "$(ls drools-rules/target/iin-drools-rules-*.jar | grep -v -e sources -e javadoc -e tests | head -1)" "$OUT/rules.jar"
cp "$(ls bench/target/iin-bench-*.jar | grep -v -e sources -e javadoc | head -1)" "$OUT/bench.jar"
CP="$PWD/$OUT/bench.jar:$PWD/$OUT/rules.jar"
for jar in $(tr ':' ' ' < "$OUT/runtime.cp") ~/.m2/repository/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar; do
  cp "$jar" "$OUT/lib/"
  CP="$CP:$PWD/$OUT/lib/$(basename "$jar")"
done
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $("$JAVA" -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run-time class path: $(echo "$CP" | tr ':' '\n' | grep -c jar) jars (with the bench's own and slf4j-simple)"

SHORT="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# The archive: one training run with the class path the application runs with.
"$JAVA" -XX:ArchiveClassesAtExit="$OUT/rules.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP" \
    kz.iin.rules.ArchiveTraining
ARCHIVE="-XX:SharedArchiveFile=$OUT/rules.jsa -Xshare:on"
VARIANTS="plain short-run archive archive+short-run"
if [ "$FEATURE" -ge 25 ] 2>/dev/null; then
  "$JAVA" -XX:AOTCacheOutput="$OUT/rules.aot" -Xlog:aot=off -Xlog:cds=off -cp "$CP" kz.iin.rules.ArchiveTraining \
      > /dev/null 2>&1
  VARIANTS="$VARIANTS aot-cache"
fi
options() {
  case "$1" in
    plain) echo "" ;;
    short-run) echo "$SHORT" ;;
    archive) echo "$ARCHIVE" ;;
    archive+short-run) echo "$ARCHIVE $SHORT" ;;
    aot-cache) echo "-XX:AOTCache=$OUT/rules.aot -XX:AOTMode=on" ;;
  esac
}
for v in $VARIANTS; do
  "$JAVA" $(options "$v") -cp "$CP" kz.iin.bench.rules.FirstDecision > /dev/null 2>&1   # page cache warm-up
  : > "$OUT/$v.txt"
done
i=0
while [ $i -lt "$RUNS" ]; do
  for v in $VARIANTS; do
    # -Xshare:on / -XX:AOTMode=on: an archive the JVM cannot map stops the run instead of being skipped silently.
    "$JAVA" $(options "$v") -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
        kz.iin.bench.rules.FirstDecision >> "$OUT/$v.txt"
  done
  i=$((i + 1))
done
for v in $VARIANTS; do
  sort -n "$OUT/$v.txt" | awk -v label="$v" '{a[NR]=$1; l[NR]=$0} END {m=int((NR+1)/2); split(l[m], f, " ");
    printf "%-17s first decision %4d ms (median of %d; min %d, max %d); median run: to main %d, read case %d, service %d, decide %d ms; CPU %d ms, main thread %d ms, waited %d ms\n",
      label, a[m], NR, a[1], a[NR], f[2], f[3], f[4], f[5], f[6], f[7], f[8]}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Where the classes of one more run per variant come from (-Xlog:class+load; the whole run, so it includes the
# few dozen JDK classes FirstDecision loads after the decision to measure it).
echo "classes loaded:"
for v in $VARIANTS; do
  "$JAVA" $(options "$v") -Xlog:class+load=info:file="$OUT/$v.classes" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp "$CP" kz.iin.bench.rules.FirstDecision > /dev/null
  awk -v label="$v" '{sub(/.* source: /, "")}
    /^shared objects file/ {archive++; next}
    /^jrt:\// {jdk++; next}
    /^file:.*\.jar$/ {n = split($0, p, "/"); sub(/-[0-9][0-9.]*(-SNAPSHOT)?\.jar$/, "", p[n]); if (!(p[n] in jar)) kinds++; jar[p[n]]++; jars++; next}
    {runtime++}
    END {top = ""; for (k = 0; k < 3; k++) {best = ""; for (j in jar) if (best == "" || jar[j] > jar[best]) best = j;
           if (best != "") {top = top sprintf("%s%s %d", top == "" ? "" : ", ", best, jar[best]); delete jar[best]}}
         printf "  %-17s %4d read from jars%s, %4d mapped from class-data archives, %3d from the JDK'"'"'s modules, %3d defined at run time (lambdas, proxies)\n",
           label, jars, top == "" ? "" : " (" top (kinds > 3 ? ", ..." : "") ")", archive, jdk, runtime}' "$OUT/$v.classes"
done
echo "deployment options measured:"
echo "  short-run  java $SHORT ..."
echo "  archive    java -XX:ArchiveClassesAtExit=rules.jsa -cp APP_CLASS_PATH kz.iin.rules.ArchiveTraining   (once per build)"
echo "             java -XX:SharedArchiveFile=rules.jsa -cp APP_CLASS_PATH my.app.Main"
[ "$FEATURE" -ge 25 ] 2>/dev/null && \
echo "  aot-cache  java -XX:AOTCacheOutput=rules.aot -cp APP_CLASS_PATH kz.iin.rules.ArchiveTraining   (JDK 25+)" && \
echo "             java -XX:AOTCache=rules.aot -cp APP_CLASS_PATH my.app.Main"
exit 0
