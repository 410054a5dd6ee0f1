#!/usr/bin/env bash
# Install Marsad into ./.venv and run it on the bundled sample articles (examples/).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/marsad ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e .
fi
mkdir -p out
.venv/bin/marsad run examples/ --out out/report.json --db out/marsad.db
echo
echo "Report: out/report.json   Store: out/marsad.db   (try: .venv/bin/marsad search 'الأسد' --db out/marsad.db)"
