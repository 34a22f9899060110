#!/usr/bin/env bash
# Gives the jlink image a class-data sharing (CDS) archive of the classes the quickstart uses, so
# that they start already parsed, verified and laid out (the image's own JDK classes included:
# jlink makes no archive of its own). Runs the quickstart once on the embedded fake (loopback
# only) to list the classes it loads, then dumps them into the image's default archive,
# lib/server/classes.jsa, which every start of the image's java uses without any option.
#
# usage: cds-archive.sh <image directory> <log file>
set -euo pipefail

image=${1:?usage: cds-archive.sh <image directory> <log file>}
log=${2:?usage: cds-archive.sh <image directory> <log file>}
list="$(dirname "$log")/quickstart.classlist"
main=io.ciscosparkapi.examples/io.ciscosparkapi.examples.Quickstart

: >"$log"
env -u SPARK_ACCESS_TOKEN -u SPARK_TRANSPORT -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
    timeout 300 "$image/bin/java" -Xshare:off -XX:DumpLoadedClassList="$list" -m "$main" >>"$log" 2>&1
env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
    timeout 300 "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -m "${main%%/*}" >>"$log" 2>&1
# The archive must be usable: -Xshare:on fails the start when it is not.
"$image/bin/java" -Xshare:on -version >>"$log" 2>&1
echo "cds-archive: $(wc -l <"$list") classes listed, archive $(du -h "$image/lib/server/classes.jsa" | cut -f1)"
