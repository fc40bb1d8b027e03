#!/usr/bin/env bash
# The waiting-list report browser test (tests/HealthGap.Cli.Tests/WaitingList) opens report.html in
# Debian's chromium through Playwright; never `playwright install` (no browser downloads here).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/install-system-packages chromium
