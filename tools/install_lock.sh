#!/usr/bin/env bash
# install_lock.sh VENV LOCK [UV]: install the lock file LOCK into the virtual environment VENV,
# every pin checked against its sha256 and nothing resolved (--require-hashes --no-deps).
#
# With uv (seconds on 2 cores, where pip takes minutes): UV, or else the uv pinned in LOCK itself,
# installed into VENV first by pip (with its hash). uv reads no pip.conf, so it gets the package
# sources pip is configured with (`pip config list`: index-url, extra-index-url, find-links, cert;
# PIP_* variables included) on its command line; every source counts, as with pip
# (--index-strategy unsafe-best-match: e.g. torch's CPU build from a wheel folder).
# On any failure of uv (missing, not installable, an install error) pip installs LOCK as before.
# No --compile-bytecode: `make test` keeps the bytecode its processes compile (Makefile), so only
# what is imported is compiled, once per fresh clone. Measured at stop 69 (2 busy cores): compiling
# the whole of both environments (483 MB of .py) ~74 CPU s (transformers' 57 MB: 8.7) against ~18
# saved (the engine's imports 8.4 CPU s, the Rasa server's 9.4, each paid once; a little more for
# pytest's own), and the install's compiling is on the critical path.
set -uo pipefail
venv=$1
lock=$2
uv=${3:-$venv/bin/uv}

with_pip() {
    "$venv/bin/pip" install -q --require-hashes --no-deps -r "$lock"
}

# The value pip uses for option $1: the environment (PIP_*) first, then pip.conf's [install], [global].
pip_option() {
    local scope value
    for scope in ':env:' install global; do
        value=$(grep -m1 "^$scope\.$1=" <<<"$pip_config" | sed "s/^[^=]*=//; s/^'//; s/'\$//")
        if [ -n "$value" ]; then
            echo "$value"
            return
        fi
    done
}

if [ ! -x "$uv" ] && [ "$uv" = "$venv/bin/uv" ] && grep -q '^uv==' "$lock"; then
    pin=$(mktemp)
    awk '/^uv==/ {on = 1} on {print; if (!/\\$/) exit}' "$lock" >"$pin"  # the pin and its hashes
    "$venv/bin/pip" install -q --require-hashes --no-deps -r "$pin" || true
    rm -f "$pin"
fi
if [ ! -x "$uv" ]; then
    with_pip
    exit
fi

pip_config=$("$venv/bin/pip" config list 2>/dev/null || true)
sources=()
index=$(pip_option index-url)
[ -n "$index" ] && sources+=(--index-url "$index")
for url in $(pip_option extra-index-url); do sources+=(--extra-index-url "$url"); done
for place in $(pip_option find-links); do sources+=(--find-links "$place"); done
cert=$(pip_option cert)
[ -n "$cert" ] && export SSL_CERT_FILE=${SSL_CERT_FILE:-$cert}

if ! "$uv" pip install -q --python "$venv/bin/python" --index-strategy unsafe-best-match \
    ${sources[@]+"${sources[@]}"} --require-hashes --no-deps -r "$lock"; then
    echo "uv could not install $lock; installing it with pip instead"
    with_pip
fi
