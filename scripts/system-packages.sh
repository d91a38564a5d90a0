#!/usr/bin/env bash
# Debian packages the tests need beyond Node: Chromium (browser tests), LibreOffice Calc and
# poppler (print checks), xmllint (manifest schema), and named fonts with Vietnamese glyphs. As
# root the missing ones are installed with apt-get; otherwise the script names them and stops.
set -euo pipefail

# package:command-or-file that shows it is installed
needed=(
  "chromium:/usr/bin/chromium"
  "libreoffice-calc:/usr/bin/soffice"
  "poppler-utils:/usr/bin/pdftotext"
  "libxml2-utils:/usr/bin/xmllint"
  "fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  "fonts-liberation2:/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
)

missing=()
for entry in "${needed[@]}"; do
  [ -e "${entry#*:}" ] || missing+=("${entry%%:*}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Thiếu gói hệ thống / Missing Debian packages: ${missing[*]}" >&2
  echo "Cài bằng / Install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Đang cài / Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
