#!/usr/bin/env python3
"""The promises of the source tree's layout (STYLE.md, "Layout of the tree").

- No two files include each other in a circle: the #include "mbc-…h"
  lines of src/, read as edges between files (a file's .c, .h and
  -private.h are one node), make no cycle. A circle means two layers
  each need the other, and the tree no longer reads from the bottom up.
- No file in src/ is longer than 800 lines, but the artwork
  (*-shapes.c): a longer one wants splitting by concern.

Prints each broken promise and exits 1; exits 0 and says so otherwise.
"""
import os
import re
import sys

LIMIT = 800

def node(path):
    return re.sub(r'(-private)?\.[ch]$', '', os.path.basename(path))

def main(src):
    files = []
    for root, _, names in os.walk(src):
        files += [os.path.join(root, n) for n in names if n.endswith(('.c', '.h'))]

    edges = {}
    for path in files:
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for included in re.findall(r'#include\s+"(mbc-[^"]+)\.h"', text):
            target = re.sub(r'-private$', '', included)
            if target != node(path):
                edges.setdefault(node(path), set()).add(target)

    # Tarjan's strongly connected components, without recursion.
    index, low, on_stack, stack, circles = {}, {}, set(), [], []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            v, children = work[-1]
            advanced = False
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))

    problems = []
    for circle in circles:
        problems.append('these files include each other in a circle: ' + ', '.join(circle))

    for path in sorted(files):
        with open(path, encoding='utf-8', errors='replace') as f:
            lines = sum(1 for _ in f)
        if lines > LIMIT and not path.endswith('-shapes.c'):
            problems.append('%s: %d lines, more than %d' % (os.path.relpath(path, src), lines, LIMIT))

    for problem in problems:
        print(problem)
    if problems:
        return 1

    print('%d files, %d include edges: no circle, none over %d lines but the artwork'
          % (len(files), sum(len(t) for t in edges.values()), LIMIT))
    return 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
