#!/bin/sh
# Writes the app's config.json from environment variables, e.g. when a container or service
# starts. POSIX sh only (runs in a plain nginx image); no other tool than sed, tr, awk.
#
#   MYTOKEN_WEB_INSTANCES='https://mytoken.data.kit.edu mytoken.data.kit.edu (KIT);https://mytok.eu mytok.eu' \
#   MYTOKEN_WEB_SPA_CLIENTS='https://login.helmholtz.de/oauth2 my-client-id' \
#     sh deploy/write-config.sh /srv/mytoken-web [/etc/nginx/snippets/mytoken-web-origins.conf]
#
# MYTOKEN_WEB_INSTANCES    (required) the mytoken servers: entries separated by ';' or new lines,
#                          each "<issuer URL> <name shown to users>" (the name may contain spaces).
# MYTOKEN_WEB_SPA_CLIENTS  (optional) public PKCE clients of this app: entries "<provider issuer URL> <client id>".
#
# Writes WEB_ROOT/config.json (replacing it in one step) and prints the two nginx `set` lines
# of deploy/nginx/mytoken-web.conf that allow exactly these servers in the CSP; with a second
# argument it also writes them to that file (`include` it instead of the two lines).
set -eu

fail() {
  echo "write-config.sh: $*" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || fail "usage: write-config.sh WEB_ROOT [NGINX_ORIGINS_FILE]"
web_root=$1
origins_file=${2:-}
[ -d "$web_root" ] || fail "WEB_ROOT $web_root is not a directory"
[ -n "${MYTOKEN_WEB_INSTANCES:-}" ] || fail "MYTOKEN_WEB_INSTANCES is empty; set it to '<issuer URL> <name>' entries separated by ';'"

# one entry per line, surrounding blanks removed, empty entries dropped
entries() {
  printf '%s\n' "$1" | tr ';' '\n' | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | awk 'NF'
}

json_string() {
  printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

check_url() {
  printf '%s' "$1" | grep -Eq '^https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]+)?([/?#][^[:space:]]*)?$' ||
    fail "$2: \"$1\" is not an http(s) URL"
}

origin_of() {
  printf '%s' "$1" | sed -E 's#^([a-zA-Z]+://[^/?#]+).*#\1#'
}

# Reads "<url> <rest>" entries; prints JSON objects (one per line) and collects origins.
json_entries() {
  variable=$1 url_key=$2 rest_key=$3 what=$4
  index=0
  entries "$5" | while IFS= read -r entry; do
    url=${entry%%[[:space:]]*}
    rest=$(printf '%s' "${entry#"$url"}" | sed -e 's/^[[:space:]]*//')
    check_url "$url" "$variable entry $((index + 1))"
    [ -n "$rest" ] || fail "$variable entry $((index + 1)) (\"$entry\") has no $what after the URL"
    printf '{ %s: %s, %s: %s }\n' "\"$url_key\"" "$(json_string "$url")" \
      "\"$rest_key\"" "$(json_string "$rest")"
    index=$((index + 1))
  done
}

for variable in MYTOKEN_WEB_INSTANCES MYTOKEN_WEB_SPA_CLIENTS; do
  # new lines separate entries; any other control character (a tab too) is a mistake
  eval "value=\${$variable:-}"
  if printf '%s' "$value" | tr -d '\n' | LC_ALL=C grep -q '[[:cntrl:]]'; then
    fail "$variable contains a control character (a tab?); separate URL and name by a space"
  fi
done

instances=$(json_entries MYTOKEN_WEB_INSTANCES issuer name "name" "$MYTOKEN_WEB_INSTANCES")
[ -n "$instances" ] || fail "MYTOKEN_WEB_INSTANCES lists no mytoken server"
clients=$(json_entries MYTOKEN_WEB_SPA_CLIENTS providerIssuer clientId "client id" "${MYTOKEN_WEB_SPA_CLIENTS:-}")

join_lines() { awk 'NR > 1 { printf ",\n" } { printf "    %s", $0 } END { if (NR) printf "\n" }'; }

tmp="$web_root/.config.json.$$"
{
  printf '{\n  "instances": [\n'
  printf '%s\n' "$instances" | join_lines
  printf '  ],\n  "spaClients": ['
  if [ -n "$clients" ]; then
    printf '\n'
    printf '%s\n' "$clients" | join_lines
    printf '  '
  fi
  printf ']\n}\n'
} >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$web_root/config.json"

# the CSP origins: the app, the instances, the providers (connect-src); the app and the providers (frame-src)
urls() { entries "$1" | sed -e 's/[[:space:]].*//'; }
instance_origins=$(urls "$MYTOKEN_WEB_INSTANCES" | while IFS= read -r u; do origin_of "$u"; echo; done)
provider_origins=$(urls "${MYTOKEN_WEB_SPA_CLIENTS:-}" | while IFS= read -r u; do origin_of "$u"; echo; done)
unique_words() { awk 'NF && !seen[$0]++' | tr '\n' ' ' | sed -e 's/ $//'; }
connect_src=$(printf "'self'\n%s\n%s\n" "$instance_origins" "$provider_origins" | unique_words)
frame_src=$(printf "'self'\n%s\n" "$provider_origins" | unique_words)
nginx_lines="set \$mytoken_web_connect_src \"$connect_src\";
set \$mytoken_web_frame_src \"$frame_src\";"
if [ -n "$origins_file" ]; then
  printf '%s\n' "$nginx_lines" >"$origins_file"
fi
printf '%s\n' "$nginx_lines"
