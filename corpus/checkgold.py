"""Check gold files against the format of ../../shared/gold/README.md: ids, names and quotes in the text.

    python corpus/checkgold.py corpus/written/incoming/*.json
"""

import json
import sys
from pathlib import Path

ok_all = True
for p in map(Path, sys.argv[1:]):
    probs = []
    try:
        g = json.loads(p.read_text(encoding="utf-8"))
    except Exception as e:
        print(f"{p}: not valid JSON: {e}")
        ok_all = False
        continue
    t = p.with_name(g.get("document", "")) if g.get("document") else None
    if not t or not t.exists():
        probs.append(f"'document' must name the text file beside it ({g.get('document')!r})")
        text = ""
    else:
        text = t.read_text(encoding="utf-8")
    ids = set()
    for e in g.get("entities", []):
        if not isinstance(e, dict) or not e.get("id") or not isinstance(e.get("names"), list) or not e["names"]:
            probs.append(f"bad entity {e!r:.80}")
            continue
        if e["id"] in ids:
            probs.append(f"duplicate entity id {e['id']}")
        ids.add(e["id"])
        if e.get("type") not in ("Person", "Organization", "State"):
            probs.append(f"{e['id']}: type must be Person|Organization|State")
        if e.get("side") not in ("US", "China", "Other"):
            probs.append(f"{e['id']}: side must be US|China|Other")
        if text and not any(n in text for n in e["names"]):
            probs.append(f"{e['id']}: none of its names occurs in the text")
    for r in g.get("roles", []):
        if r.get("person") not in ids:
            probs.append(f"role person not an entity id: {r!r:.80}")
        if r.get("of") and r["of"] not in ids:
            probs.append(f'role "of" not an entity id: {r!r:.80}')
        if not isinstance(r.get("title"), list) or not r["title"]:
            probs.append(f"role title must be a non-empty list: {r!r:.80}")
    for sec, subj, tgt in (
        ("leverage", "holder", "target"),
        ("demands", "demander", "addressee"),
        ("threats", "actor", "target"),
    ):
        for c in g.get(sec, []):
            for k in (subj, tgt):
                v = c.get(k, [])
                if not isinstance(v, list) or (k == subj and not v):
                    probs.append(f"{sec}: {k} must be a list of entity ids: {c!r:.80}")
                for i in v if isinstance(v, list) else []:
                    if i not in ids:
                        probs.append(f"{sec}: {k} {i!r} is not an entity id")
            it = c.get("item")
            if not isinstance(it, list) or not it:
                probs.append(f"{sec}: item must be a non-empty keyword list: {c!r:.80}")
            elif text and not any(k in text for k in it):
                probs.append(f"{sec}: no item keyword occurs in the text: {it}")
    for s in g.get("statements", []):
        for i in s.get("speaker", []):
            if i not in ids:
                probs.append(f"statement speaker {i!r} is not an entity id")
        q = s.get("quote", "")
        if not q or (text and q not in text):
            probs.append(f"statement quote not verbatim in the text: {q[:30]!r}")
    for pr in probs:
        print(f"{p.name}: {pr}")
    if probs:
        ok_all = False
    else:
        print(
            f"{p.name}: ok ({len(ids)} entities, "
            + ", ".join(f"{len(g.get(s, []))} {s}" for s in ("roles", "leverage", "demands", "threats", "statements"))
            + ")"
        )
sys.exit(0 if ok_all else 1)
