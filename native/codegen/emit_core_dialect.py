"""Python names for the Tensor methods the idiomatic API writes by hand (x.eq(y), x.floor(), x.select(0, 1)).

The generated dialect forwards only what the generator itself made; an op the core writes by hand (for Python's
scalar rules, or speed) would have no Python name. For each public instance method of the hand-written Tensor files
whose snake_case name is an op of this LibTorch (or its in-place form), a forward with the same parameters."""
import glob
import re

from csharp_names import CS_KEYWORDS

METHOD = re.compile(
    r"^\s*public\s+(?:unsafe\s+)?(?P<ret>[\w<>\[\]?,.]+(?:\s*\[\])?)\s+(?P<name>[A-Z]\w*)\((?P<params>[^)]*)\)", re.M)


def snake(pascal_name):
    trailing = "_" if pascal_name.endswith("_") else ""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", pascal_name.rstrip("_")).lower()
    return words + trailing


def python_name(name):
    return "@" + name if name in CS_KEYWORDS else name


def parameters(text):
    """(declaration, argument) pairs; None when a parameter cannot be forwarded as written (ref, out, this)."""
    text = " ".join(text.split())
    if not text:
        return []
    result = []
    for raw in split_top_level(text):
        if re.match(r"^(ref|out|in|this)\s", raw):
            return None
        match = re.match(r"^(?P<params>params\s+)?(?P<type>[\w<>\[\]?,.]+(?:\[\])?)\s+(?P<name>@?\w+)(?:\s*=\s*(?P<default>.+))?$", raw)
        if not match:
            return None
        name = python_name(snake(match["name"].lstrip("@")))
        declaration = f"{match['params'] or ''}{match['type']} {name}" + (f" = {match['default']}" if match["default"] else "")
        result.append((declaration, name))
    return result


def split_top_level(text):
    parts, depth, current = [], 0, ""
    for ch in text:
        if ch in "<([":
            depth += 1
        elif ch in ">)]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def forwards(core_pattern, op_names, taken):
    """Doc and text of each forward, in name order; names in `taken` (hand-written or generated dialect) are left alone."""
    seen, found = set(), []
    for path in sorted(glob.glob(core_pattern)):
        if ".g.cs" in path:
            continue
        with open(path, encoding="utf-8") as f:
            source = f.read()
        for m in METHOD.finditer(source):
            name = snake(m["name"])
            if name not in op_names or name in taken or "static" in source[source.rfind("\n", 0, m.start()):m.start()]:
                continue
            params = parameters(m["params"])
            if params is None:
                continue
            key = (name, tuple(d.split("=")[0].split()[-2] for d, _ in params))
            if key in seen:
                continue
            seen.add(key)
            declaration = ", ".join(d for d, _ in params)
            arguments = ", ".join(a for _, a in params)
            found.append((name, f"/// <summary><c>{name}</c>: forwards to <c>Tensor.{m['name']}</c>.</summary>",
                          f"public {m['ret']} {python_name(name)}({declaration}) => self.{m['name']}({arguments});"))
    return sorted(found, key=lambda f: (f[0], f[2]))
