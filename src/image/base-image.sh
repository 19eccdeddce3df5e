#!/usr/bin/env bash
# The container image's base layer, as a docker-archive tarball that Jib builds on (pom.xml, profile "image"): a JRE
# made by jlink from a local JDK 21 or later, the shared libraries that JRE loads (copied from this machine: the image
# needs no registry), a non-root user (uid and gid 10001, "igbridge") and the data directory /data, owned by that user
# so that a volume mounted there starts out writable by it. A tarball rather than Jib's extra directories because
# Jib writes every file it adds as owned by root.
#
# usage: src/image/base-image.sh <jdk home> <output directory>
# The JDK given is used if it is there; otherwise the first JDK 21+ under /usr/lib/jvm, named on the output.
set -euo pipefail

jdk=$1
out=$2
uid=10001

java_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2> /dev/null; }
usable() { [ -x "$1/bin/jlink" ] && [ "$(java_major "$1")" -ge 21 ] 2> /dev/null; }
if ! usable "$jdk"; then
  echo "base-image: no JDK 21+ with jlink at $jdk (-Dimage.jdk=...); looking under /usr/lib/jvm" >&2
  jdk=
  for candidate in /usr/lib/jvm/*; do
    if usable "$candidate"; then jdk=$candidate; break; fi
  done
  [ -n "$jdk" ] || { echo "base-image: no JDK 21 or later with jlink found: set -Dimage.jdk=/path/to/jdk" >&2; exit 1; }
fi
echo "base-image: JRE from $jdk (Java $(java_major "$jdk"))"

case "$(uname -m)" in
  x86_64) architecture=amd64 ;;
  aarch64) architecture=arm64 ;;
  *) echo "base-image: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

rm -rf "$out"
root=$out/rootfs
mkdir -p "$root"

# The modules the service uses: jdeps --print-module-deps over target/classes and the runtime class path, plus what
# is loaded as a service (charsets, French and English locale data, DNS for JNDI, zip file system). The desktop
# module is needed (java.beans) but its X11, sound and splash-screen libraries are not: the service runs headless.
modules=java.base,java.compiler,java.desktop,java.instrument,java.net.http,java.prefs,java.scripting
modules+=,java.security.jgss,java.security.sasl,java.sql.rowset,jdk.jfr,jdk.management,jdk.net,jdk.unsupported
modules+=,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec,jdk.naming.dns
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,fr \
  --exclude-files='**/libawt_xawt.so,**/libjawt.so,**/libsplashscreen.so,**/libjsound.so' \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$root/opt/java"

# The shared libraries the JRE's programs and libraries load, at the paths ldd finds them (the C library, the
# loader, ...). libjvm.so is the JRE's own, found by the libraries that need it once the JVM is loaded.
libraries=$(find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} \; 2> /dev/null \
  | awk '$2 == "=>" && $3 == "not" && $1 != "libjvm.so" { print "missing:" $1 }
         $2 == "=>" && $3 ~ /^\// { print $3 }
         $1 ~ /^\// { print $1 }' | grep -v "^$root/" | sort -u)
if grep -q '^missing:' <<< "$libraries"; then
  echo "base-image: libraries the JRE needs are not on this machine: $(grep '^missing:' <<< "$libraries")" >&2
  exit 1
fi
for library in $libraries; do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done

mkdir -p "$root/etc" "$root/tmp" "$root/data"
chmod 1777 "$root/tmp"
chmod 0755 "$root/data"
printf 'root:x:0:0:root:/root:/sbin/nologin\nigbridge:x:%s:%s:igbridge:/nonexistent:/sbin/nologin\n' $uid $uid \
  > "$root/etc/passwd"
printf 'root:x:0:\nigbridge:x:%s:\n' $uid > "$root/etc/group"

# One layer; everything owned by root but /data; fixed order and times, so the same inputs give the same layer.
image=$out/image
mkdir -p "$image"
tar --create --file "$image/layer.tar" --directory "$root" --sort=name --mtime=@0 --numeric-owner \
  --owner=0 --group=0 --exclude=./data .
tar --append --file "$image/layer.tar" --directory "$root" --numeric-owner --mtime=@0 \
  --owner=$uid --group=$uid ./data
diff_id=sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
printf '{"architecture":"%s","os":"linux","created":"1970-01-01T00:00:00Z","config":{"Env":["PATH=/opt/java/bin","JAVA_HOME=/opt/java"]},"rootfs":{"type":"layers","diff_ids":["%s"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"src/image/base-image.sh"}]}' \
  "$architecture" "$diff_id" > "$image/config.json"
printf '[{"Config":"config.json","RepoTags":["igbridge-base:local"],"Layers":["layer.tar"]}]' > "$image/manifest.json"
tar --create --file "$out/base-image.tar" --directory "$image" --sort=name --mtime=@0 --numeric-owner --owner=0 \
  --group=0 manifest.json config.json layer.tar
echo "base-image: $out/base-image.tar ($(du -h "$out/base-image.tar" | cut -f1))"
