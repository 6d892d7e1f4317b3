# Sourced by the other scripts: where tools and build output live.
# Both sit outside the clone so that a fresh clone (as in CI) reuses them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${SUPPLIER_AUDIT_CACHE:-$HOME/.cache/supplier-audit}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$CACHE/target}"
# npm's binaryen first: Debian's wasm-opt (108) cannot read current wasm-bindgen output.
export PATH="$ROOT/node_modules/.bin:$CACHE/tools/bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
