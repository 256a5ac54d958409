"""Recording a level from a sandbox session.

An instructor sets up a start world (as data, the ``start`` section of a
level, or an existing level's start), types the commands a learner should
find, and saves: the start, the commands (the solution) and the goal they
reach become a level file. The goal is the world the commands leave
(``world: solution``, ignoring ids and timestamps) plus predicates read
from what changed: containers now running, registry tags created or moved,
named containers removed. Only commands that changed the world are kept.
The file is validated before it is written, and written atomically.

Examples
--------
>>> rec = Recorder({"hosts": ["prod-1"]})
>>> rec.docker("docker ps").exit_code, rec.steps
(0, [])
>>> _ = rec.docker("docker run -d --name web nginx:1.27", host="prod-1")
>>> rec.steps
['prod-1$ docker run -d --name web nginx:1.27']
>>> text = rec.to_yaml("my-first-level", "my-class", title={"en": "Web", "fr": "Web"},
...                    introduction={"en": "Run nginx on prod-1.", "fr": "Lancez nginx sur prod-1."})
>>> print(text[text.index("goal:"):text.index("hints:")].strip())
goal:
  mode: ignore-ids
  world: solution
  predicates:
  - image_runs: {host: prod-1, image: 'nginx:1.27', name: web}
>>> loads(text).par
1
"""

from __future__ import annotations

import yaml

from ..reference import parse_reference
from .compare import invented_name
from .progress import atomic_write
from .schema import Goal, Level, Problem, _Checker, check_start, level_error, loads, parse_step
from .start import build_start
from .validate import validate_level

__all__ = ["Recorder", "raw_start"]


class _Dumper(yaml.SafeDumper):
    """Safe YAML, with texts of several lines written as literal blocks (``|``)."""


def _str(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


class _Flow(dict):
    """A mapping written on one line (``{host: prod-1, image: nginx:1.27}``)."""


def _flow(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, _flow)


def raw_start(start: dict) -> dict:
    """A normalised ``start`` section written back as level data (defaults left out)."""
    out: dict = {}
    if not start.get("kit", True):
        out["kit"] = False
    if start.get("hosts"):
        out["hosts"] = [h["name"] if set(h) == {"name"} else {k: v for k, v in h.items() if v is not None}
                        for h in start["hosts"]]
    if start.get("registries"):
        regs = []
        for r in start["registries"]:
            item = {k: v for k, v in r.items() if k != "accounts" and v is not None}
            if r.get("accounts"):
                item["accounts"] = [_account(a) for a in r["accounts"]]
            regs.append(item)
        out["registries"] = regs
    if start.get("accounts"):
        out["accounts"] = [_account(a) for a in start["accounts"]]
    if start.get("files"):
        out["files"] = {h: dict(f) for h, f in start["files"].items()}
    if start.get("setup"):
        out["setup"] = [str(s) for s in start["setup"]]
    return out


def _account(a: dict) -> dict:
    item = {k: a[k] for k in ("registry", "user", "password") if k in a}
    if a.get("namespaces"):
        item["namespaces"] = list(a["namespaces"])
    return item


def _last_step(world):
    done = world.journal.done
    return done[-1] if done else None


class Recorder:
    """A sandbox session that becomes a level.

    Parameters
    ----------
    start : dict or Level, optional
        The start world as a level's ``start`` section (``{"hosts": ["prod-1"], …}``),
        or a level whose start to reuse. The starting kit by default.

    Attributes
    ----------
    world : World
        The sandbox: act on it with :meth:`docker`.
    steps : list of str
        The commands kept so far (``HOST$ docker …`` off the default host).

    Raises
    ------
    LevelError
        A malformed start section, or a setup command that fails.
    """

    def __init__(self, start=None):
        raw = raw_start(start.start) if isinstance(start, Level) else (start or {})
        ck = _Checker("<recorder start>", {})
        self.start = check_start(raw, ck)
        if ck.problems:
            raise level_error(ck.problems)
        self._shell = Level("recording", "recording", 1, {}, {}, self.start, Goal(), (), (), 1,
                            source="<recorder start>")
        self.world = build_start(self._shell)
        self.steps: list[str] = []

    def __repr__(self) -> str:
        return f"Recorder(steps={len(self.steps)}, hosts={self.world.hosts()})"

    def docker(self, command: str, host: str | None = None):
        """Run a command in the sandbox (``HOST$`` prompts work); keep it if it changed the world."""
        prompt, text = parse_step(command)
        target = prompt or host
        before = _last_step(self.world)
        result = self.world.docker(text, host=target)
        if _last_step(self.world) is not before:
            on_default = target in (None, self.world.default_host)
            self.steps.append(text if on_default else f"{target}$ {text}")
        return result

    def undo(self) -> str | None:
        """Undo the last change and forget its command."""
        done = self.world.undo()
        if done is not None and self.steps:
            self.steps.pop()
        return done

    def predicates(self) -> list:
        """Goal predicates read from what the session changed."""
        before, after = build_start(self._shell), self.world
        out = []
        for c in _containers(after):
            old = _containers_by_name(before).get((c["host"], c["name"]))
            if c["state"] != "running" or (old and old["state"] == "running" and old["image"] == c["image"]):
                continue
            ref = _name_of(after, c["image"], c["host"])
            if ref is None:
                continue
            args = {"host": c["host"], "image": ref}
            if not invented_name(c["name"], c["id"]):
                args["name"] = c["name"]
            out.append({"image_runs": args})
        now = _containers_by_name(after)
        for (host, name), c in sorted(_containers_by_name(before).items()):
            if (host, name) not in now and not invented_name(name, c["id"]):
                out.append({"container_absent": {"host": host, "name": name}})
        old_tags = _registry_tags(before)
        for ref, img in sorted(_registry_tags(after).items()):
            if old_tags.get(ref) != img:
                r = parse_reference(ref)
                out.append({"repo_has_tag": {"repository": r.name, "tag": r.tag}})
        return out

    def to_yaml(self, id: str, sequence: str, *, title: dict, introduction: dict, hints=None, order: int = 1,
                par: int | None = None, disabled=(), predicates=None, mode: str = "ignore-ids",
                world_goal: bool = True, author: str | None = None) -> str:
        """The level as YAML text (checked against the schema).

        ``hints`` default to one that names the first command; ``par`` to
        the number of commands; ``predicates`` to :meth:`predicates`.

        Raises
        ------
        LevelError
            Nothing recorded yet, or a text that breaks the schema.
        """
        if not self.steps:
            raise level_error([_problem("nothing to record yet: run the commands of the solution with "
                                        "recorder.docker('docker …') first")])
        first = self.steps[0]
        doc: dict = {"id": id, "sequence": sequence, "order": order, "title": dict(title),
                     "introduction": dict(introduction)}
        if author:
            doc["author"] = author
        start = raw_start(self.start)
        if start:
            doc["start"] = start
        goal: dict = {"mode": mode}
        if world_goal:
            goal["world"] = "solution"
        preds = self.predicates() if predicates is None else list(predicates)
        if preds:
            goal["predicates"] = [{k: _Flow(v) if isinstance(v, dict) else v for k, v in p.items()} for p in preds]
        doc["goal"] = goal
        doc["hints"] = [dict(h) for h in hints] if hints else [
            {"en": f"Start with: {first}", "fr": f"Commencez par : {first}"}]
        doc["solution"] = list(self.steps)
        doc["par"] = par if par is not None else len(self.steps)
        if disabled:
            doc["disabled"] = list(disabled)
        text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        loads(text, source=f"<recorded level {id}>")
        return text

    def save(self, path, id: str, sequence: str, **options) -> Level:
        """Write the level file at ``path`` atomically, after validating it; return the level.

        Raises
        ------
        LevelError
            The recorded level does not validate (for instance the start
            already meets the goal): nothing is written.
        """
        text = self.to_yaml(id, sequence, **options)
        level = loads(text, source=str(path))
        problems = validate_level(level)
        if problems:
            raise level_error(problems)
        atomic_write(path, text.encode("utf-8"))
        return level


def _problem(message):
    return Problem("<recorder>", 1, message)


def _containers(world):
    g = world.graph
    return [d for _, d in sorted(g.nodes(data=True)) if d["kind"] == "container"]


def _containers_by_name(world):
    return {(c["host"], c["name"]): c for c in _containers(world)}


def _registry_tags(world):
    g = world.graph
    out = {}
    for n, d in g.nodes(data=True):
        if d["kind"] == "tag" and d.get("host") is None:
            out[d["ref"]] = next((v for v, e in g.succ[n].items() if e["kind"] == "points_to"), None)
    return out


def _name_of(world, img, host):
    """A reference that names ``img``: a tag on the host, else a registry tag (familiar form)."""
    g = world.graph
    tags = [g.nodes[t] for t, e in g.pred[img].items() if e["kind"] == "points_to"]
    local = sorted(t["ref"] for t in tags if t.get("host") == host)
    remote = sorted(t["ref"] for t in tags if t.get("host") is None)
    for ref in local + remote:
        return parse_reference(ref).familiar
    return None
