# Sourced by ./mvnw and ./lockaudit: exports JAVA_HOME as a JDK >= 21 (Tycho 5 and the CDT parser need it;
# the machine's default java may be older). Keeps a suitable JAVA_HOME the user already set.
lockaudit_java_ok() { "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! lockaudit_java_ok "$JAVA_HOME"; then
  for j in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    if [ -x "$j/bin/java" ] && lockaudit_java_ok "$j"; then JAVA_HOME=$j; export JAVA_HOME; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || ! lockaudit_java_ok "$JAVA_HOME"; then
  echo "lockaudit: needs a JDK 21 or newer (set JAVA_HOME)" >&2
  exit 2
fi
