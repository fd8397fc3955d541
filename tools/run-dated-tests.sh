#!/usr/bin/env bash
# The date-sensitive tests (tests/crm and tests/gui) again, with the machine's clock faked by
# libfaketime: the clock starts at a moment where date code breaks and runs on from there, in
# Europe/Paris. tools/calendar_moments.py picks the moments, COUNT of them per run (1 unless
# CRM_DATED_RUNS says otherwise) among: a leap day at 23:30, the night of a daylight-saving
# change, 31 December at 23:30, today plus 400 days. The tests pin their own clock at the
# moment the run starts (tests/support/clock.py): every run is a run on that night.
# Usage: tools/run-dated-tests.sh [pytest arguments]   (after tools/run-tests.sh installed all)
# CRM_DATED_TESTS="tests/crm/test_my_day.py ..." runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/system-packages.sh
ensure_packages libfaketime tzdata gcc libc6-dev

library=$(dpkg -L libfaketime | grep '/libfaketime\.so\.1$' | head -n1)
shim_dir=$(mktemp -d)
trap 'rm -rf "$shim_dir"' EXIT
gcc -shared -fPIC -O2 -o "$shim_dir/monotonic_sleep.so" tools/faketime/monotonic_sleep.c

export QT_QPA_PLATFORM=offscreen TZ=Europe/Paris
mapfile -t moments < <(.venv/bin/python tools/calendar_moments.py "${CRM_DATED_RUNS:-1}")
failed=()
for line in "${moments[@]}"; do
  name=${line%%$'\t'*} moment=${line#*$'\t'}
  echo "dated tests: $name, the machine's clock starting at $moment (Europe/Paris)"
  # the monotonic clock stays real: timeouts and event loops measure real durations
  LD_PRELOAD="$shim_dir/monotonic_sleep.so $library" FAKETIME="@$moment" \
    FAKETIME_DONT_FAKE_MONOTONIC=1 .venv/bin/python -m pytest ${CRM_DATED_TESTS:-tests/crm tests/gui} "$@" \
    || failed+=("$name ($moment)")
done
if ((${#failed[@]})); then
  echo "dated tests failed at: ${failed[*]} (replay with CRM_DATED_MOMENTS=NAME)" >&2
  exit 1
fi
