#!/usr/bin/env bash
# Copies the web UI's third-party assets from npm: the Noto Naskh Arabic typeface (OFL, from
# @fontsource/noto-naskh-arabic) into src/Rasd.Web/wwwroot/vendor/, which the app serves, and
# axe-core (MPL-2.0) into tests/Rasd.Web.Tests/vendor/, which the browser tests inject. Versions
# are pinned in src/Rasd.Web/assets/package.json. Does nothing when the copies are already there.
set -euo pipefail
cd "$(dirname "$0")/.."
assets=src/Rasd.Web/assets
fonts=src/Rasd.Web/wwwroot/vendor/fonts
axe=tests/Rasd.Web.Tests/vendor
marker="$fonts/.copied-from-$(sha256sum "$assets/package.json" | cut -c1-12)"
if [[ -f "$marker" && -f "$axe/axe.min.js" ]]; then
  exit 0
fi
npm install --prefix "$assets" --no-audit --no-fund --no-save --loglevel=error >&2
modules="$assets/node_modules"
rm -rf "$fonts" && mkdir -p "$fonts" "$axe"
for weight in 400 700; do
  for subset in arabic latin; do
    cp "$modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-$subset-$weight-normal.woff2" "$fonts/"
  done
done
cp "$modules/@fontsource/noto-naskh-arabic/LICENSE" "$fonts/LICENSE-OFL.txt"
cp "$modules/axe-core/axe.min.js" "$axe/axe.min.js"
touch "$marker"
echo "web assets: $(ls "$fonts" | wc -l) font files in $fonts, axe-core in $axe" >&2
