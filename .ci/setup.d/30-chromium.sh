#!/usr/bin/env bash
# The web browser tests (tests/HealthGap.Web.Tests, Playwright) drive Debian's chromium; never
# `playwright install` (it downloads a browser build, which this machine cannot fetch).
# DejaVu and Noto cover the Polish pages' characters. npm (bundled with Node) restores nhsuk-frontend during the web build.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/install-system-packages chromium fonts-dejavu-core fonts-noto-core
