"""C# spellings: PascalCase member names, camelCase parameters, literals for PyTorch's defaults."""
import glob
import os
import re

CS_KEYWORDS = {
    "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
    "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
    "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
    "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
    "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
    "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
    "using", "virtual", "void", "volatile", "while",
}

DTYPES = {"float": "Float32", "double": "Float64", "long": "Int64", "int": "Int32", "bool": "Bool", "half": "Float16",
          "short": "Int16", "char": "Int8", "uint8": "UInt8", "bfloat16": "BFloat16", "cfloat": "Complex64",
          "cdouble": "Complex128"}
REDUCTIONS = {"None": "0", "Mean": "1", "Sum": "2"}
MEMORY_FORMATS = {"contiguous_format": "Contiguous", "preserve_format": "Preserve", "channels_last": "ChannelsLast",
                  "channels_last_3d": "ChannelsLast3d"}


def pascal(schema_name: str) -> str:
    """add -> Add, index_select -> IndexSelect, add_ -> Add_, _softmax -> _Softmax."""
    leading = len(schema_name) - len(schema_name.lstrip("_"))
    trailing = len(schema_name) - len(schema_name.rstrip("_"))
    core = schema_name.strip("_")
    words = [w for w in core.split("_") if w]
    return "_" * leading + "".join(w[0].upper() + w[1:] for w in words) + "_" * trailing


def camel(schema_name: str) -> str:
    """keepdim -> keepdim, memory_format -> memoryFormat; C# keywords get an @."""
    words = [w for w in schema_name.split("_") if w]
    name = words[0] + "".join(w[0].upper() + w[1:] for w in words[1:]) if words else schema_name
    return "@" + name if name in CS_KEYWORDS else name


def number(text: str, floating: bool) -> str | None:
    if text in ("inf", "-inf"):
        return ("double.NegativeInfinity" if text.startswith("-") else "double.PositiveInfinity") if floating else None
    if re.fullmatch(r"-?\d+", text):
        return text + (".0" if floating else "L")
    if re.fullmatch(r"-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", text):
        return text if floating else None
    return None


def int_list(text: str, length: int | None) -> str | None:
    """[] -> [], [0,1] -> [0, 1], and a single number for int[N] repeated N times, as PyTorch expands it."""
    if text.startswith("[") and text.endswith("]"):
        items = [t.strip() for t in text[1:-1].split(",") if t.strip()]
        if all(re.fullmatch(r"-?\d+", t) for t in items):
            return "[" + ", ".join(items) + "]"
        return None
    if re.fullmatch(r"-?\d+", text) and length:
        return "[" + ", ".join([text] * length) + "]"
    return None


def hand_written_members(pattern: str, exclude: str | None = None) -> set:
    """Names of the public members written by hand in the files matching pattern (the generator leaves them alone),
    except in files whose name matches the regular expression exclude."""
    member = re.compile(
        r"^\s*public\s+(?:(?:static|unsafe|override|readonly|new|sealed|virtual)\s+)*"
        r"(?!class|enum|struct|record|interface|delegate|const)[\w<>\[\]?,.() ]+?\s+(\w+)\s*(?:\(|\{|=>|$)", re.M)
    names = set()
    for path in glob.glob(pattern):
        if ".g.cs" in path or (exclude and re.search(exclude, os.path.basename(path))):
            continue
        with open(path, encoding="utf-8") as f:
            names |= set(member.findall(f.read()))
    return names


def xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
