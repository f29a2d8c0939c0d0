"""The one YAML reader of the project (curation files): YAML 1.2, plain data, nothing else.

The ETL and the dashboard both read curation files here, so a file means the same to both
(YAML 1.2: `yes` and `1:30` are text, not True and 90). What a hand-written data file never
needs is refused with the line it is on, instead of being expanded or executed:

- anchors and aliases (`&a` / `*a`, `<<: *a`): a 461-byte alias bomb expands to gigabytes
  when its values are turned into text;
- tags other than YAML's own scalar types (`!!python/object:…`, `!!binary`, `!!set`);
- directives (`%YAML 1.1` would switch the meaning of `yes`), several documents;
- duplicate keys in one mapping (which one would win is a guess);
- files over `MAX_BYTES`.

Mappings come back as `Mapping` (a dict that also knows the line of each key), so a caller
can name the line of the value it refuses.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from settings import CURATION_MAX_BYTES as MAX_BYTES

_CORE = "tag:yaml.org,2002:"
_DIRECTIVE = re.compile(r"^%", re.MULTILINE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class YamlError(ValueError):
    """The text is not plain YAML data; `line` (1-based, 0 if unknown) says where."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.message = message


class Mapping(dict):
    """A YAML mapping; `lines[key]` is the 1-based line the key is written on."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


def round_trip() -> YAML:
    """The ruamel instance that edits files in place (comments, order and quoting survive).

    Use it only on text `loads` accepted: it then holds no alias, tag or directive."""
    y = YAML(typ="rt")
    y.width = 100
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def read(path: Path) -> str:
    """The text of a YAML file, refused (YamlError) above MAX_BYTES; OSError/UnicodeError
    propagate for the caller to name the file."""
    with open(path, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise YamlError(0, f"file too large: more than {MAX_BYTES // 1024} KiB")
    return data.decode("utf-8")


def loads(text: str) -> object:
    """YAML text → dict/list/str/int/float/bool/None/date (datetimes stay text)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise YamlError(0, f"file too large: more than {MAX_BYTES // 1024} KiB")
    directive = _DIRECTIVE.search(text)
    if directive:
        raise YamlError(text.count("\n", 0, directive.start()) + 1,
                        "directives (%YAML, %TAG) are not allowed; curation files are YAML 1.2")
    try:
        root = YAML(typ="safe", pure=True).compose(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise YamlError(mark.line + 1 if mark else 0,
                        f"invalid YAML ({e.problem or e.context})") from None
    except ReaderError as e:
        raise YamlError(text.count("\n", 0, e.position) + 1, f"invalid YAML ({e.reason})") \
            from None
    except YAMLError as e:
        raise YamlError(0, f"invalid YAML ({e})") from None
    except RecursionError:
        raise YamlError(0, "invalid YAML (nested too deeply)") from None
    if root is None:
        return None
    return _value(root, set())


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _value(node: Node, seen: set[int]) -> object:
    if id(node) in seen or getattr(node, "anchor", None):
        raise YamlError(_line(node), "anchors and aliases (&name, *name, <<) are not allowed")
    seen.add(id(node))
    tag = node.tag if isinstance(node.tag, str) else str(node.tag)
    if isinstance(node, MappingNode) and tag == _CORE + "map":
        out = Mapping(_line(node))
        for key_node, value_node in node.value:
            key = _value(key_node, seen)
            if not isinstance(key, str):
                raise YamlError(_line(key_node), f"a key must be text, not {key!r}")
            if key in out:
                raise YamlError(_line(key_node), f"duplicate key {key!r} (first on line "
                                                 f"{out.lines[key]})")
            out[key] = _value(value_node, seen)
            out.lines[key] = _line(key_node)
        return out
    if isinstance(node, SequenceNode) and tag == _CORE + "seq":
        return [_value(item, seen) for item in node.value]
    if isinstance(node, ScalarNode) and tag.startswith(_CORE) and \
            tag[len(_CORE):] in _SCALARS:
        return _SCALARS[tag[len(_CORE):]](node.value, _line(node))
    shown = "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag
    raise YamlError(_line(node), f"the tag {shown} is not allowed (plain values only)")


def _int(text: str, line: int) -> int:
    t = text.replace("_", "")
    sign = -1 if t.startswith("-") else 1
    body = t.lstrip("+-")
    try:
        if body[:2].lower() in ("0o", "0x"):
            return sign * int(body[2:], 8 if body[1] in "oO" else 16)
        return sign * int(body, 10)
    except ValueError:
        raise YamlError(line, f"not a number: {text!r}") from None


def _float(text: str, line: int) -> float:
    t = text.lower().lstrip("+")
    special = {".inf": math.inf, "-.inf": -math.inf, ".nan": math.nan}
    if t in special:
        return special[t]
    try:
        return float(t.replace("_", ""))
    except ValueError:
        raise YamlError(line, f"not a number: {text!r}") from None


def _timestamp(text: str, line: int) -> dt.date | str:
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise YamlError(line, f"not a real date: {text!r}") from None
    return day if _DATE.fullmatch(text) else text  # a time stamp (`at`) is kept as written


_SCALARS = {
    "str": lambda text, line: text,
    "null": lambda text, line: None,
    "bool": lambda text, line: text.lower() == "true",
    "int": _int,
    "float": _float,
    "timestamp": _timestamp,
}
