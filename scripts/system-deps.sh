#!/bin/sh
# PDF output needs Pango (through weasyprint) and at least one font. Install them when they
# are missing and we are allowed to; otherwise say exactly what to install.
#   --test  also LibreOffice Writer (headless), which one test uses to open the DOCX files the
#           way a seller's office suite does; skipped with POA_NO_LIBREOFFICE=1 or when we
#           may not install (the test is then skipped and says so).
set -eu

WITH_LIBREOFFICE=""
if [ "${1:-}" = "--test" ] && [ -z "${POA_NO_LIBREOFFICE:-}" ] && ! command -v soffice >/dev/null 2>&1; then
  WITH_LIBREOFFICE="libreoffice-writer-nogui"
fi

have_pango() {
  python3 -c "import ctypes.util, sys; sys.exit(0 if all(ctypes.util.find_library(n) for n in ('pango-1.0', 'pangoft2-1.0', 'harfbuzz-subset')) else 1)"
}
have_fonts() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]
}

if have_pango && have_fonts && [ -z "$WITH_LIBREOFFICE" ]; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
  fi
  if [ "$(id -u)" = "0" ] || [ -n "$SUDO" ]; then
    echo "Installing Pango and fonts for PDF output${WITH_LIBREOFFICE:+, and LibreOffice Writer for the tests} (apt-get)..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-dejavu-core >/dev/null
    if [ -n "$WITH_LIBREOFFICE" ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        "$WITH_LIBREOFFICE" >/dev/null || echo "LibreOffice could not be installed; its test will be skipped."
    fi
    exit 0
  fi
fi

if have_pango && have_fonts; then
  exit 0  # only LibreOffice is missing and we may not install it: its test is skipped
fi

cat >&2 <<'MSG'
PDF output needs the Pango library and a font, and they are missing.
  Debian/Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
  macOS:         brew install pango
Then run the command again.
MSG
exit 1
