#!/usr/bin/env bash
# Installs what armsnet needs on a fresh Debian machine: the Graphviz C library (libgvc) and its headers.
set -euo pipefail
if ! pkg-config --exists libgvc 2>/dev/null || [ ! -f /usr/include/graphviz/gvc.h ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev >/dev/null
fi
# Graphviz finds its layout and render plugins through this file; a container may have skipped the postinst that writes it.
if ! ls /usr/lib/*/graphviz/config6* >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO libgvc6-config-update -c
fi
