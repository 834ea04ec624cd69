#!/usr/bin/env python3
"""bench/run --tree PATH: LockAudit on a real checkout that has a compilation database.

Reads the tree, never changes, fetches or builds it. Prints, and writes to bench/out/tree-results.md:
  - the floor: gcc -fsyntax-only over the database's C entries, each with its own flags, in its own directory,
    --jobs processes at a time (wall and CPU);
  - cold `analyze --no-cache --timings` (JVM start included): wall, CPU (user+sys), peak RSS, per-phase times,
    fidelity (clean function bodies, unresolved includes) and how many units took each front-end path;
  - warm `analyze` (a facts cache filled by one untimed run, then a new JVM on the unchanged tree);
  - the JFR profile's top frames of one more cold run (bench/JfrSummary.java).
Figures are printed, never asserted.
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOT_C = {'S', 's', 'sx', 'asm', 'cc', 'cp', 'cxx', 'cpp', 'CPP', 'c++', 'C', 'hh', 'hpp', 'hxx', 'ii', 'm', 'mm'}
# options that name an output or dependency file, with a separate value
DROP_WITH_VALUE = {'-o', '-MF', '-MT', '-MQ'}
DROP = {'-c', '-S', '-E', '-MD', '-MMD', '-MP', '-M', '-MM', '-pipe'}


def find_db(tree, explicit):
    if explicit:
        return os.path.abspath(explicit)
    d = os.path.abspath(tree)
    while True:
        f = os.path.join(d, 'compile_commands.json')
        if os.path.isfile(f):
            return f
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def is_c(entry, args):
    lang = None
    for i, a in enumerate(args):
        if a == '-x' and i + 1 < len(args):
            lang = args[i + 1]
        elif a.startswith('-x') and len(a) > 2:
            lang = a[2:]
    if lang and lang != 'none':
        return lang in ('c', 'c-header')
    name = os.path.basename(entry['file'])
    return '.' not in name or name.rsplit('.', 1)[1] not in NOT_C


def syntax_only(entry):
    """The entry's compiler command with -fsyntax-only instead of its output (None: not C)."""
    if 'arguments' in entry:
        args = list(entry['arguments'])
    else:
        import shlex
        args = shlex.split(entry['command'])
    if not args or not is_c(entry, args[1:]):
        return None
    out = [args[0]]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in DROP_WITH_VALUE:
            skip = True
            continue
        if a in DROP or a.startswith('-Wp,-M') or (a.startswith('-o') and len(a) > 2):
            continue
        out.append(a)
    out.append('-fsyntax-only')
    return out


def floor(db, tree, jobs):
    entries = json.load(open(db))
    tree = os.path.abspath(tree)
    cmds = []
    for e in entries:
        d = e.get('directory', os.path.dirname(db))
        f = e['file'] if os.path.isabs(e['file']) else os.path.normpath(os.path.join(d, e['file']))
        if not f.startswith(tree + os.sep) and f != tree:
            continue
        c = syntax_only(e)
        if c is not None:
            cmds.append((d, c))
    failures = []

    def run(dc):
        d, c = dc
        r = subprocess.run(c, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        return r.returncode, c[-2] if len(c) > 1 else '', r.stderr[-300:]

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        for rc, f, err in ex.map(run, cmds):
            if rc != 0:
                failures.append((f, err.decode(errors='replace')))
    wall = time.time() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {'entries': len(entries), 'c_entries': len(cmds), 'wall': wall, 'cpu': cpu, 'failures': failures}


def timed(cmd, env, timeout, stderr_path):
    """Runs cmd under /usr/bin/time: (rc, wall s, cpu s, max RSS MB)."""
    rss_file = tempfile.NamedTemporaryFile(delete=False, suffix='.time')
    rss_file.close()
    full = ['/usr/bin/time', '-f', 'maxrss_kb=%M user=%U sys=%S', '-o', rss_file.name] + cmd
    t0 = time.time()
    try:
        with open(stderr_path, 'w') as err:
            rc = subprocess.run(full, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err,
                                stdin=subprocess.DEVNULL, timeout=timeout).returncode
    except subprocess.TimeoutExpired:
        rc = 124
    wall = time.time() - t0
    rss = cpu = None
    try:
        text = open(rss_file.name).read()
        for line in text.splitlines():
            if line.startswith('maxrss_kb='):
                kv = dict(p.split('=') for p in line.split())
                rss = int(kv['maxrss_kb']) // 1024
                cpu = float(kv['user']) + float(kv['sys'])
    except (OSError, ValueError, KeyError):
        pass
    os.unlink(rss_file.name)
    return rc, wall, cpu, rss


def timings(stderr_path):
    t = None
    try:
        for line in open(stderr_path, errors='replace'):
            line = line.strip()
            if line.startswith('{') and '"timings"' in line:
                try:
                    t = json.loads(line)['timings']
                except ValueError:
                    pass
    except OSError:
        pass
    return t or {}


def main():
    p = argparse.ArgumentParser(prog='bench/run --tree')
    p.add_argument('--tree', required=True)
    p.add_argument('--compile-commands')
    p.add_argument('--jobs', type=int, default=2)
    p.add_argument('--timeout', type=int, default=3600)
    p.add_argument('--heap', help='-Xmx of the timed runs (default: what ./lockaudit chooses)')
    p.add_argument('--no-warm', action='store_true')
    p.add_argument('--no-profile', action='store_true')
    p.add_argument('--no-floor', action='store_true')
    p.add_argument('--out', default=os.path.join(HERE, 'out'))
    a = p.parse_args()

    tree = os.path.abspath(a.tree)
    db = find_db(tree, a.compile_commands)
    if not db or not os.path.isfile(db):
        print('bench/run --tree: no compile_commands.json in %s or a parent (--compile-commands FILE)' % tree,
              file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)
    la = os.environ.get('LOCKAUDIT', './lockaudit')
    la = la if os.path.isabs(la) else os.path.join(ROOT, la)
    gccv = subprocess.run(['gcc', '-dumpfullversion'], capture_output=True, text=True).stdout.strip()
    name = os.path.basename(tree.rstrip('/')) or tree
    print('bench/run --tree %s: database %s, gcc %s, floor with %d jobs on %d cores'
          % (tree, db, gccv, a.jobs, os.cpu_count() or 0))
    notes = []

    # a first use may build the engine and train its ahead-of-time cache: not timed
    subprocess.run([la, '--version'], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    fl = None
    if not a.no_floor:
        print('[floor] gcc -fsyntax-only over the database (%d jobs)' % a.jobs, flush=True)
        fl = floor(db, tree, a.jobs)
        print('[floor] %d of %d entries are C: %.1f s wall, %.1f s CPU, %d failed'
              % (fl['c_entries'], fl['entries'], fl['wall'], fl['cpu'], len(fl['failures'])), flush=True)
        for f, err in fl['failures'][:5]:
            notes.append('gcc failed on %s: %s' % (f, err.strip().splitlines()[-1] if err.strip() else '?'))

    env = dict(os.environ)
    if a.heap:
        env['LOCKAUDIT_HEAP'] = a.heap
    base = [la, 'analyze', '--compile-commands', db, '--format', 'json', '-o', '/dev/null']
    cold_err = os.path.join(a.out, 'tree-%s-cold.err' % name)
    print('[cold] analyze --no-cache --timings', flush=True)
    rc, wall, cpu, rss = timed(base + ['--no-cache', '--timings', tree], env, a.timeout, cold_err)
    cold = {'rc': rc, 'wall': wall, 'cpu': cpu, 'rss': rss, 't': timings(cold_err)}
    if rc > 1:
        notes.append('cold analyze exited with %d, see %s' % (rc, cold_err))
    print('[cold] %.1f s wall, %s s CPU, %s MB max RSS (exit %d)' % (wall, cpu, rss, rc), flush=True)

    warm = None
    if not a.no_warm:
        cache = tempfile.mkdtemp(prefix='lockaudit-tree-cache-', dir=a.out)
        print('[warm] filling a facts cache (untimed), then analyze again', flush=True)
        subprocess.run(base + ['--cache-dir', cache, tree], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=a.timeout)
        warm_err = os.path.join(a.out, 'tree-%s-warm.err' % name)
        rc, wall, cpu, rss = timed(base + ['--cache-dir', cache, '--timings', tree], env, a.timeout, warm_err)
        warm = {'rc': rc, 'wall': wall, 'cpu': cpu, 'rss': rss, 't': timings(warm_err)}
        shutil.rmtree(cache, ignore_errors=True)
        print('[warm] %.1f s wall, %s s CPU, %s MB max RSS (exit %d)' % (wall, cpu, rss, rc), flush=True)

    profile = ''
    if not a.no_profile:
        jfr = os.path.join(a.out, 'tree-%s.jfr' % name)
        print('[profile] JFR of one more cold analyze (untimed)', flush=True)
        penv = dict(env)
        penv['LOCKAUDIT_EXTRA_OPTS'] = '-XX:StartFlightRecording=filename=%s,settings=profile' % jfr
        subprocess.run(base + ['--no-cache', tree], cwd=ROOT, env=penv, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=a.timeout)
        java = os.path.join(os.environ.get('JAVA_HOME', ''), 'bin', 'java') if os.environ.get('JAVA_HOME') else None
        if not java or not os.path.exists(java):
            java = subprocess.run(['sh', '-c', '. "%s/releng/scripts/java-home.sh" && echo "$JAVA_HOME/bin/java"'
                                   % ROOT], capture_output=True, text=True).stdout.strip()
        if os.path.exists(jfr):
            profile = subprocess.run([java, os.path.join(HERE, 'JfrSummary.java'), jfr, '20'], capture_output=True,
                                     text=True).stdout
            os.unlink(jfr)
        else:
            notes.append('no JFR recording was written')

    # ---- report
    def s(x, fmt='%.1f'):
        return 'n/a' if x is None else fmt % x

    ct = cold['t']
    lines = []
    lines.append('# LockAudit on a real tree: %s' % tree)
    lines.append('')
    lines.append('%s, gcc %s, %d cores, repo %s, load average at the end %s' % (
        datetime.datetime.now().strftime('%Y-%m-%d %H:%M'), gccv, os.cpu_count() or 0,
        subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=ROOT, capture_output=True,
                       text=True).stdout.strip(), ' '.join(open('/proc/loadavg').read().split()[:3])))
    lines.append('')
    fw = fl['wall'] if fl else None
    lines.append('| run | wall s | CPU s | ratio to floor (wall) | max RSS MB |')
    lines.append('|---|---:|---:|---:|---:|')
    if fl:
        lines.append('| gcc -fsyntax-only floor (%d jobs, %d C entries) | %.1f | %.1f | 1.00 | |'
                     % (a.jobs, fl['c_entries'], fl['wall'], fl['cpu']))
    for label, r in (('analyze cold (no cache, JVM start included)', cold), ('analyze warm (facts cache)', warm)):
        if r:
            ratio = '%.2f' % (r['wall'] / fw) if fw else 'n/a'
            lines.append('| %s | %.1f | %s | %s | %s |' % (label, r['wall'], s(r['cpu']), ratio, s(r['rss'], '%d')))
    lines.append('')
    if ct:
        g = lambda k: ct.get(k)
        ms = lambda k: s(g(k) / 1000.0 if g(k) is not None else None, '%.2f')
        # with two threads the inference runs beside the checks (inferenceWaitMillis: the wait for it after them)
        beside = g('inferenceWaitMillis') is not None
        lines.append('Cold run, phases (wall s): facts %s (parse %s + extract %s summed over threads), program %s, '
                     'summaries %s, checks %s, inference %s%s, findings %s, report %s; JVM start %s; heap peak %s MB.'
                     % (ms('factsMillis'), ms('parseMillis'), ms('extractMillis'), ms('programMillis'),
                        ms('summariesMillis'), ms('checksMillis'), ms('inferenceMillis'),
                        ' (beside the checks, then waited for %s)' % ms('inferenceWaitMillis') if beside else '',
                        ms('findingsMillis'), ms('reportMillis'), ms('jvmStartMillis'), g('heapPeakMB')))
        fn, clean = g('functions'), g('cleanFunctions')
        lines.append('')
        lines.append('Front end: %s units (%s parsed, %s from cache, %s failed); header bodies served blank %s; '
                     'units parsed again %s; functions %s, clean %s (%s %%), with problems %s; '
                     'unresolved includes %s; findings %s.'
                     % (g('units'), g('parsed'), g('cached'), g('failedUnits'), g('blankBodies'), g('reparsedUnits'),
                        fn, clean, '%.2f' % (100.0 * clean / fn) if fn and clean is not None else 'n/a',
                        g('problemFunctions'), g('unresolvedIncludes'), g('findings')))
    if warm and warm['t']:
        wt = warm['t']
        lines.append('')
        sec = lambda k: (wt.get(k) or 0) / 1000.0
        lines.append('Warm run: %s of %s units from the cache; facts %.2f s, program %.2f s, summaries %.2f s, '
                     'checks %.2f s, inference %.2f s%s, JVM start %.2f s.'
                     % (wt.get('cached'), wt.get('units'), sec('factsMillis'), sec('programMillis'),
                        sec('summariesMillis'), sec('checksMillis'), sec('inferenceMillis'),
                        ' (beside the checks, then waited for %.2f s)' % sec('inferenceWaitMillis')
                        if wt.get('inferenceWaitMillis') is not None else '', sec('jvmStartMillis')))
    if profile:
        lines.append('')
        lines.append('Profile of a cold analyze (JFR execution samples):')
        lines.append('')
        lines.append('```')
        lines.append(profile.rstrip())
        lines.append('```')
    for n in notes:
        lines.append('- note: ' + n)
    lines.append('')
    lines.append('Figures are measurements, not assertions; see bench/README.md.')
    text = '\n'.join(lines) + '\n'
    print()
    print(text)
    md = os.path.join(a.out, 'tree-results.md')
    with open(md, 'w') as fh:
        fh.write(text)
    print('written to %s' % md)
    return 0


if __name__ == '__main__':
    sys.exit(main())
