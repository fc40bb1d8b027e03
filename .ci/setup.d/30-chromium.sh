#!/usr/bin/env bash
# The web browser tests (tests/HealthGap.Web.Tests, Playwright) drive Debian's chromium; never
# `playwright install` (it downloads a browser build, which this machine cannot fetch).
# DejaVu and Noto cover the Polish pages' characters; fonts-noto-core also has Noto Nastaliq Urdu and
# Noto Naskh Arabic for the Urdu pages (a browser test checks chromium draws Urdu with them, not empty
# boxes). npm (bundled with Node) restores nhsuk-frontend during the web build.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/install-system-packages chromium fonts-dejavu-core fonts-noto-core
