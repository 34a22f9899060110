#!/usr/bin/env bash
# Checks the image: it holds the modules it is built for (bin/java --list-modules), its "spark"
# launcher runs the quickstart to the end, and its java runs the room-booking bot to the end, both
# on the embedded fake Spark. Needs only bash, coreutils and grep; talks only to 127.0.0.1.
#
# usage: image-check.sh <launcher> [<quickstart log file> [<bot log file>]]
set -u

launcher=${1:?usage: image-check.sh <launcher> [<quickstart log file> [<bot log file>]]}
log=${2:-$(mktemp)}
bot_log=${3:-$(mktemp)}
java="$(dirname "$launcher")/java"
# The SDK, the JDK transport (a ServiceLoader plug-in no module requires), the bot and its cards.
modules=(io.ciscosparkapi io.ciscosparkapi.transport.jdk io.ciscosparkapi.bot io.ciscosparkapi.cards
    io.ciscosparkapi.examples)

for program in "$launcher" "$java"; do
    if [ ! -x "$program" ]; then
        echo "image-check: not found or not executable: $program" >&2
        exit 1
    fi
done

listed=$(env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$java" --list-modules) || {
    echo "image-check: $java --list-modules failed" >&2
    exit 1
}
for module in "${modules[@]}"; do
    if ! grep -q "^$module@" <<<"$listed"; then
        echo "image-check: module $module is missing from the image; it holds:" >&2
        echo "$listed" >&2
        exit 1
    fi
done

# Runs a program of the image with no token (so on the embedded fake, not the real service), no
# transport override (the image holds the JDK transport only) and no extra JVM options, and fails
# unless it exits cleanly and prints the marker.
run() {
    local what=$1 marker=$2 out=$3
    shift 3
    local status=0
    env -u SPARK_ACCESS_TOKEN -u SPARK_TRANSPORT -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
        timeout 300 "$@" >"$out" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        echo "image-check: the $what exited with status $status; its output:" >&2
        cat "$out" >&2
        exit 1
    fi
    if ! grep -qF "$marker" "$out"; then
        echo "image-check: '$marker' missing from the output of the $what:" >&2
        cat "$out" >&2
        exit 1
    fi
}

run quickstart 'Quickstart complete.' "$log" "$launcher"
run bot 'Bot example complete.' "$bot_log" "$java" -m io.ciscosparkapi.examples/io.ciscosparkapi.examples.RoomBookingBot

echo "image-check: the image holds ${modules[*]}; $launcher ran the quickstart ($(wc -l <"$log") lines,"\
    "in $log) and $java ran the bot ($(wc -l <"$bot_log") lines, in $bot_log)"
