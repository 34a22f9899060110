#!/usr/bin/env bash
# Runs the image's "spark" launcher once, on the embedded fake Spark, and fails unless the
# quickstart finished. Needs only bash, coreutils and grep; talks only to 127.0.0.1.
#
# usage: image-check.sh <launcher> [<log file>]
set -u

launcher=${1:?usage: image-check.sh <launcher> [<log file>]}
log=${2:-$(mktemp)}
marker='Quickstart complete.'

if [ ! -x "$launcher" ]; then
    echo "image-check: launcher not found or not executable: $launcher" >&2
    exit 1
fi

# No token: the quickstart then starts the fake on loopback instead of calling the real service.
# No transport override: the image holds the JDK transport only. No extra JVM options either.
status=0
env -u SPARK_ACCESS_TOKEN -u SPARK_TRANSPORT -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
    timeout 300 "$launcher" >"$log" 2>&1 || status=$?

if [ "$status" -ne 0 ]; then
    echo "image-check: $launcher exited with status $status; its output:" >&2
    cat "$log" >&2
    exit 1
fi
if ! grep -qF "$marker" "$log"; then
    echo "image-check: '$marker' missing from the output of $launcher:" >&2
    cat "$log" >&2
    exit 1
fi
echo "image-check: $launcher ran the quickstart ($(wc -l <"$log") lines of output, in $log)"
