#!/usr/bin/env python3
"""The RapidFuzz peer on the labelled `across` sets (tests/across/*.toml), scored as
tests/across.rs scores mgi-diff: pairwise precision and recall (two findings in one theme are
a pair).

What an analyst would script: within each domain and category, RapidFuzz `token_set_ratio`
(the score of the peer matcher, with its normalisation) between every two findings of
different places, then a grouping, two ways: connected components of the pairs at or above TH,
and average linkage with at most one finding per place (the grouping mgi-diff uses, so that the
comparison is of the scores, not of the clustering). TH is swept from 0.30 to 0.95; the peer is
given its best threshold per set (which flatters it), then scored leave-one-set-out as mgi-diff
is (each set at the grouping and TH that the other sets choose by F0.5).

    pip install rapidfuzz; python3 benches/across_peer.py [SET.toml ...]
"""
import glob, itertools, os, re, sys, tomllib, unicodedata

from rapidfuzz import fuzz


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"}))
    return re.sub(r"\s+", " ", s).strip().rstrip(".;").lower()


def cat(c):
    return {"wd": "wd", "well-developed": "wd", "fd": "fd", "further-development": "fd"}[c]


def load(path):
    d = tomllib.load(open(path, "rb"))
    findings, gold = [], set()
    for t in d.get("theme", []):
        keys = []
        for iso3, text in t["members"].items():
            k = (iso3, t["domain"], cat(t["category"]), text)
            findings.append(k)
            keys.append(k)
        gold |= {tuple(sorted(p)) for p in itertools.combinations(keys, 2)}
    for p in d.get("particular", []):
        findings.append((p["iso3"], p["domain"], cat(p["category"]), p["text"]))
    return findings, gold


def groups(findings, th, method):
    by_list = {}
    for f in findings:
        by_list.setdefault((f[1], f[2]), []).append(f)
    out = []
    for items in by_list.values():
        n = len(items)
        score = {}
        for i, j in itertools.combinations(range(n), 2):
            if items[i][0] != items[j][0]:
                score[(i, j)] = fuzz.token_set_ratio(norm(items[i][3]), norm(items[j][3])) / 100
        if method == "components":
            parent = list(range(n))
            def find(x):
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x
            for (i, j), s in score.items():
                if s >= th:
                    parent[find(i)] = find(j)
            comp = {}
            for i in range(n):
                comp.setdefault(find(i), []).append(items[i])
            out += list(comp.values())
        else:  # average linkage, one finding per place, missing pairs (same place) impossible
            clusters = [[i] for i in range(n)]
            while True:
                best = None
                for a, b in itertools.combinations(range(len(clusters)), 2):
                    A, B = clusters[a], clusters[b]
                    if {items[i][0] for i in A} & {items[j][0] for j in B}:
                        continue
                    avg = sum(score[(min(i, j), max(i, j))] for i in A for j in B) / (len(A) * len(B))
                    if avg >= th and (best is None or avg > best[0]):
                        best = (avg, a, b)
                if best is None:
                    break
                _, a, b = best
                clusters[a] += clusters[b]
                del clusters[b]
            out += [[items[i] for i in c] for c in clusters]
    return out


def counts(findings, gold, th, method):
    found = set()
    for g in groups(findings, th, method):
        found |= {tuple(sorted(p)) for p in itertools.combinations(g, 2)}
    return len(found & gold), len(found), len(gold)


def rates(c, beta=1.0):
    right, found, labelled = c
    p = right / found if found else 1.0
    r = right / labelled if labelled else 1.0
    f = (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0
    return f, p, r


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "tests", "across", "*.toml")))
    settings = [(m, th / 100) for m in ("components", "average") for th in range(30, 100, 5)]
    table = {}
    for path in paths:
        findings, gold = load(path)
        name = os.path.basename(path)
        table[name] = {s: counts(findings, gold, s[1], s[0]) for s in settings}
        for method in ("components", "average"):
            f1, p, r, th = max(rates(table[name][(method, th)]) + (th,) for m, th in settings if m == method)
            print(f"{name} {method}: best TH {th:.2f}: precision {p:.3f} recall {r:.3f} (F1 {f1:.3f})")
    # Leave-one-set-out, as tests/across.rs scores mgi-diff: each set at the grouping and TH
    # the other sets choose (best F0.5 pooled over them).
    if len(table) > 1:
        pooled = (0, 0, 0)
        for name in table:
            def f_half(s):
                c = [sum(table[o][s][i] for o in table if o != name) for i in range(3)]
                return round(rates(c, 0.5)[0], 3)
            best = max(f_half(s) for s in settings)
            plateau = [s for s in settings if f_half(s) == best]
            chosen = plateau[len(plateau) // 2]
            c = table[name][chosen]
            pooled = tuple(a + b for a, b in zip(pooled, c))
            _, p, r = rates(c)
            print(f"leave-one-set-out {name}: {chosen[0]} TH {chosen[1]:.2f}: precision {p:.3f} recall {r:.3f}")
        _, p, r = rates(pooled)
        print(f"leave-one-set-out, all sets: precision {p:.3f} recall {r:.3f}")


if __name__ == "__main__":
    main()
