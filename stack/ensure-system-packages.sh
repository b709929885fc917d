#!/usr/bin/env bash
# Makes sure the Debian packages the local stack needs are installed:
#   mariadbd, mariadb-install-db (mariadb-server), mariadb (mariadb-client), /usr/bin/chromium (chromium),
#   ssh, ssh-keygen (openssh-client: SSH host keys of the stack, and the SSH-grant tests)
#   /usr/sbin/nginx (nginx: the end-to-end tests serve the build with deploy/nginx/mytoken-web.conf;
#   they run their own instance, Debian's nginx service is not used), curl, python3 + requests
#   (python3-requests), with which the e2e tests run the reveal page's snippets, and the engines of
#   the Firefox and WebKit journeys: /usr/bin/firefox-esr (firefox-esr), WebKitWebDriver
#   (webkit2gtk-driver, which brings WebKitGTK and its MiniBrowser), xvfb-run and xauth (xvfb, xauth)
# and that Go is on the PATH (not installed here: the stack needs Go >= 1.22 to build the mytoken server).
# Quick when everything is present; installs what is missing with apt-get as root or through sudo.
set -euo pipefail

missing=()
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }

have mariadbd || missing+=(mariadb-server)
have mariadb-install-db || missing+=(mariadb-server)
have mariadb || missing+=(mariadb-client)
[ -x /usr/bin/chromium ] || missing+=(chromium)
have ssh || missing+=(openssh-client)
have ssh-keygen || missing+=(openssh-client)
have nginx || missing+=(nginx)
have curl || missing+=(curl)
/usr/bin/python3 -c 'import requests' >/dev/null 2>&1 || missing+=(python3-requests)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
have WebKitWebDriver || missing+=(webkit2gtk-driver)
have xvfb-run || missing+=(xvfb)
have xauth || missing+=(xauth)

# de-duplicate, keep order
packages=()
for p in "${missing[@]+"${missing[@]}"}"; do
  [[ " ${packages[*]+"${packages[*]}"} " == *" $p "* ]] || packages+=("$p")
done

go_problem=""
if ! command -v go >/dev/null 2>&1; then
  go_problem="Go is not on the PATH; install Go >= 1.22 (https://go.dev/dl/ or the golang-go package of a recent Debian) so that the mytoken server can be built."
fi

if [ ${#packages[@]} -gt 0 ]; then
  command_line="apt-get update && apt-get install -y ${packages[*]}"
  announce() { echo "ensure-system-packages: installing ${packages[*]} (this can take a minute) …"; }
  if [ "$(id -u)" -eq 0 ]; then
    announce
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    announce
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
  elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    announce
    echo "ensure-system-packages: sudo will ask for your password."
    sudo sh -c "DEBIAN_FRONTEND=noninteractive $command_line"
  else
    echo "ensure-system-packages: missing Debian packages: ${packages[*]}" >&2
    echo "Run as root:  $command_line" >&2
    [ -z "$go_problem" ] || echo "$go_problem" >&2
    exit 1
  fi
  echo "ensure-system-packages: installed ${packages[*]}"
fi

if [ -n "$go_problem" ]; then
  echo "ensure-system-packages: $go_problem" >&2
  exit 1
fi
