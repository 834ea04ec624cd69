#!/usr/bin/env python3
"""Edit one function of an existing checkout in place, for `lockaudit bench-incremental --edit-command`.

    python3 bench/edit_function.py FILE FUNCTION

Each call makes the next of three edits of FUNCTION's body, in turn (a counter is kept in FILE.edits next to the
file), and prints FILE's path:
  0. a statement line added after the body's first statement line, or removed again (every later line of the file
     moves: the functions after it are analysed again);
  1. the first `= -E...;` error constant of the body switched between two values (same lines, facts change, the
     summary does not);
  2. the body's last unlock call commented out, or restored (same lines; the summary changes, the callers are
     analysed again).
An edit whose anchor the body lacks falls back to edit 0. Reverting the file is the caller's business (it never
fetches, builds or restores a tree). Measured with it: the real-tree incremental figures of docs/performance.md.
"""
import os
import re
import sys

path, name = sys.argv[1], sys.argv[2]
state = path + '.edits'
n = int(open(state).read()) if os.path.exists(state) else 0
with open(state, 'w') as fh:
    fh.write(str(n + 1))
src = open(path).read()
m = re.search(r'^[^\n;]*\b%s\([^;{]*\)\s*\{' % re.escape(name), src, re.M)
if not m:
    raise SystemExit('function %s not found in %s' % (name, path))
a = m.end()
z = src.index('\n}\n', a) + 1
body = src[a:z]
MARK = '    cpu_relax(); /* edit_function */\n'


def line_edit(body):
    if MARK in body:
        return body.replace(MARK, '', 1)
    first = re.search(r'\n[ \t]+[^\n]*;\n', body)
    return body[:first.end()] + MARK + body[first.end():]


mode = n % 3
if mode == 1 and re.search(r'= -E[A-Z]+;', body):
    e = re.search(r'= -E[A-Z]+;', body)
    value = '= -ENXIO;' if e.group(0) != '= -ENXIO;' else '= -ENODEV;'
    body = body[:e.start()] + value + body[e.end():]
elif mode == 2 and re.search(r'\n([ \t]+)(/\*)?(\w*unlock\w*\([^;\n]*\);)(\*/)?\n(?![\s\S]*\n[ \t]+(/\*)?\w*unlock)', body):
    u = re.search(r'\n([ \t]+)(/\*)?(\w*unlock\w*\([^;\n]*\);)(\*/)?\n(?![\s\S]*\n[ \t]+(/\*)?\w*unlock)', body)
    text = u.group(3) if u.group(2) else '/*' + u.group(3) + '*/'
    body = body[:u.start()] + '\n' + u.group(1) + text + '\n' + body[u.end():]
else:
    body = line_edit(body)
with open(path, 'w') as fh:
    fh.write(src[:a] + body + src[z:])
print(os.path.abspath(path))
