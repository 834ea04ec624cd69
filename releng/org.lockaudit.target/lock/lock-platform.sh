#!/bin/bash
# Regenerates the pinned "platform" location of ../org.lockaudit.target from roots.txt (G:A:V per line).
# Step 1: Maven nearest-wins closure of the roots (compile scope).
# Step 2: every org.eclipse.* artifact bumped to the newest version on Central (>= step-1 version),
#         because platform POMs declare the *minimum* versions and nearest-wins mixes old+new bundles
#         (e.g. e4.core.di.extensions.supplier 0.17.900 wants jakarta.annotation [2.1,3) but ui.ide pulls 3.0.0).
# Output: platform-location.xml (includeDependencyDepth="none"); then paste into org.lockaudit.target
#         (batik/xml-apis-ext are removed from it and wrapped in their own locations with Orbit names).
set -euo pipefail
cd "$(dirname "$0")"
MVNW=../../../mvnw
W=$(mktemp -d)
python3 - "$W" <<'PY'
import sys
w=sys.argv[1]
deps="".join(f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version></dependency>"
             for g,a,v in (l.strip().split(':') for l in open('roots.txt') if l.strip() and not l.startswith('#')))
open(w+'/pom.xml','w').write(f'<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>lock</groupId><artifactId>s1</artifactId><version>1</version><dependencies>{deps}</dependencies></project>')
PY
$MVNW -q -f "$W/pom.xml" dependency:list -DincludeScope=compile -DoutputFile="$W/step1.txt" -DoutputScope=false
python3 - "$W" <<'PY'
import sys
w=sys.argv[1]
rows=[l.strip().split(' ')[0].split(':') for l in open(w+'/step1.txt') if l.startswith('   ')]
d="".join(f"<dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{'[%s,)'%v if g.startswith('org.eclipse.') else v}</version></dependency>" for g,a,t,v,s in rows)
open(w+'/pom2.xml','w').write(f'<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>lock</groupId><artifactId>s2</artifactId><version>1</version><dependencies>{d}</dependencies></project>')
PY
$MVNW -q -f "$W/pom2.xml" dependency:list -DexcludeTransitive=true -DoutputFile="$W/step2.txt" -DoutputScope=false
python3 - "$W" <<'PY'
import sys
w=sys.argv[1]
rows=sorted(set(tuple(l.strip().split(' ')[0].split(':')[:4]) for l in open(w+'/step2.txt') if l.startswith('   ')))
out=['    <location includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="false" missingManifest="generate" type="Maven" label="platform">','      <dependencies>']
out+=[f'        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>{t}</type></dependency>' for g,a,t,v in rows]
out+=['      </dependencies>','    </location>']
open('platform-location.xml','w').write("\n".join(out)+"\n")
print(len(rows),"artifacts pinned")
PY
rm -rf "$W"
