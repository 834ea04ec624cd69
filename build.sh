#!/usr/bin/env bash
# Builds LockAudit and runs every test (engine, CLI, OSGi, UI under Xvfb), then checks the update site.
#   ./build.sh            full clean build + all tests
#   ./build.sh -o         the same, offline
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "build.sh: UI tests need Xvfb: apt-get install xvfb xauth libgtk-3-0 (or run .ci/run)" >&2
  exit 2
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B clean verify "$@"
