"""``docker pull``, ``push``, ``tag``, ``images``, ``rmi``, ``image prune``, ``history`` and ``inspect``.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> print(w.docker("docker pull -q alpine:3.20").output, end="")
docker.io/library/alpine:3.20
"""

from __future__ import annotations

import json

from ..catalog import UNPACK_RATIO
from ..content import short_id
from ..errors import InvalidReference, NotFound, TaxonomyError
from ..ids import layer_id
from ..ops.containers import inspect_container
from ..ops.images import image_prune, pull, push, rmi, tag
from ..ops.network import estimate_for_pull
from ..reference import parse_reference, tag_omitted
from ..results import CommandResult
from .answer import daemon, fail, usage_error
from .format import ellipsis, human_duration, human_size, table
from .parse import UsageError, parse_flags

__all__ = ["docker_pull", "docker_push", "docker_tag", "docker_images", "docker_rmi", "docker_image_prune",
           "docker_history", "docker_inspect", "pull_lines"]


# -- image commands ----------------------------------------------------
def pull_lines(r) -> list[str]:
    lines = []
    if r.default_tag:
        lines.append("Using default tag: latest")
    ref = parse_reference(r.reference)
    what = ref.digest if ref.digest else ref.tag
    lines.append(f"{what}: Pulling from {ref.path}")
    if not r.up_to_date:
        lines += [f"{short_id(l.digest)}: {l.status}" for l in r.layers]
    lines.append(f"Digest: {r.digest}")
    lines.append(f"Status: {'Image is up to date' if r.up_to_date else 'Downloaded newer image'} for {r.familiar}")
    lines.append(r.reference)
    return lines


def docker_pull(world, opts, rest, host):
    text = rest[0]
    if opts["all"]:
        fail("the explorer does not support --all-tags; pull the tags you need one by one")
    estimate = []
    if opts["estimate"]:   # the explorer's own flag: [model] lines, computed before the pull
        estimate = estimate_for_pull(world, text, host, platform=opts["platform"])
    try:
        r = pull(world, text, host=host, platform=opts["platform"])
    except InvalidReference as err:
        fail(str(err))
    except TaxonomyError as err:
        pre = "Using default tag: latest\n" if tag_omitted(text) else ""
        fail(pre + daemon(err))
    if opts["quiet"]:
        return CommandResult(0, "\n".join([r.reference, *estimate]) + "\n")
    return CommandResult(0, "\n".join([*pull_lines(r), *estimate]) + "\n")


def docker_push(world, opts, rest, host):
    text = rest[0]
    try:
        ref = parse_reference(text)
    except InvalidReference as err:
        fail(str(err))
    pre = ["Using default tag: latest"] if tag_omitted(text) else []
    pre.append(f"The push refers to repository [{ref.name}]")
    try:
        r = push(world, text, host=host)
    except NotFound as err:
        fail("\n".join(pre + [str(err) if "does not exist locally" in str(err) else daemon(err)]))
    except TaxonomyError as err:
        try:
            img = world.resolve_local_image(text, world.host_node(host))
            layers = list(dict.fromkeys(world.graph.nodes[img]["layers"]))[::-1]
        except TaxonomyError:
            layers = []
        lines = [f"{short_id(d)}: Preparing" for d in layers] + [f"{short_id(d)}: Waiting" for d in layers[:1]]
        fail("\n".join(pre + lines + [str(err)]))
    lines = pre + [f"{short_id(l.digest)}: {l.status}" for l in reversed(r.layers)]
    lines.append(f"{r.tag}: digest: {r.digest} size: {r.size}")
    return CommandResult(0, "\n".join(lines) + "\n")


def docker_tag(world, opts, rest, host):
    try:
        tag(world, rest[0], rest[1], host=host)
    except InvalidReference as err:
        fail(str(err))
    except TaxonomyError as err:
        fail(daemon(err))
    return CommandResult(0, "")


def _image_rows(world, host, opts, filter_ref=None, filter_tag=False):
    hnode = world.host_node(host)
    g = world.graph
    rows = []
    for img in world.local_images(hnode):
        d = g.nodes[img]
        size = human_size(d["nominal_size"] * UNPACK_RATIO)
        created = _ago(world, d.get("created"))
        tags = world.host_tags_of(hnode, img)
        entries = [(g.nodes[t]["repository"], g.nodes[t]["tag"]) for t in tags] or [(None, None)]
        for repo, tag in entries:
            shown_repo = parse_reference(repo).familiar_name if repo else "<none>"
            if filter_ref is not None and (repo != filter_ref.name or (filter_tag and tag != filter_ref.tag)):
                continue
            digest = "<none>"
            for rd in g.edges[hnode, img].get("repo_digests", ()):
                if repo is None or rd.split("@")[0] == repo:
                    digest = rd.split("@")[1]
                    break
            iid = d["digest"] if opts.get("no_trunc") else short_id(d["digest"])
            rows.append((d.get("created") or "", shown_repo, tag or "<none>", digest, iid, created, size))
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    return rows


def docker_images(world, opts, rest, host):
    filt = None
    if rest:
        try:
            filt = parse_reference(rest[0])
        except InvalidReference as err:
            fail(str(err))
    # `docker images nginx` lists every tag of nginx; `docker images nginx:1.27` only that one
    rows = _image_rows(world, host, opts, filt, filter_tag=bool(rest) and not tag_omitted(rest[0]))
    if opts["quiet"]:
        return CommandResult(0, "".join(f"{r[4]}\n" for r in dict.fromkeys(rows)))
    if opts["digests"]:
        out = table(["REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE"], [r[1:] for r in rows])
    else:
        out = table(["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"], [r[1:3] + r[4:] for r in rows])
    return CommandResult(0, out + "\n")


def _ago(world, created):
    if not created:
        return "N/A"
    import datetime
    import re
    # Real configs write fractional seconds and offsets (2025-05-20T10:11:12.123456789+02:00).
    t = datetime.datetime.fromisoformat(re.sub(r"\.\d+", "", created).replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=datetime.timezone.utc)
    t = t.timestamp()
    return human_duration(world.now - t) + " ago"


def docker_rmi(world, opts, rest, host):
    out, code = [], 0
    for name in rest:
        try:
            r = rmi(world, name, host=host, force=opts["force"])
        except TaxonomyError as err:
            out.append(daemon(err) if not isinstance(err, InvalidReference) else str(err))
            code = 1
            continue
        out += [f"Untagged: {u}" for u in r.untagged] + [f"Deleted: {d}" for d in r.deleted]
    return CommandResult(code, "\n".join(out) + "\n")


def docker_image_prune(world, args, host):
    try:
        opts, rest = parse_flags(args, {"-a": ("all", "bool"), "--all": ("all", "bool"), "-f": ("force", "bool"), "--force": ("force", "bool")})
    except UsageError as err:
        return usage_error("image prune", str(err))
    with world.journal.transaction("docker image prune"):
        r = image_prune(world, host=host, all=opts["all"])
    lines = []
    if r.untagged or r.deleted:
        lines.append("Deleted Images:")
        lines += [f"untagged: {u}" for u in r.untagged] + [f"deleted: {d}" for d in r.deleted]
        lines.append("")
    lines.append("Total reclaimed space: " + ("0B" if not r.deleted else "see 'docker system df'"))
    return CommandResult(0, "\n".join(lines) + "\n")


def docker_history(world, opts, rest, host):
    try:
        hnode = world.host_node(host)
        img = world.resolve_local_image(rest[0], hnode)
    except TaxonomyError as err:
        fail(daemon(err))
    d = world.graph.nodes[img]
    raw = json.loads(world.blobs[d["digest"]])
    history = raw.get("history", [])
    layers = list(d["layers"])
    rows = []
    li = 0
    entries = []
    for h in history:
        if h.get("empty_layer"):
            entries.append((h, None))
        else:
            entries.append((h, layers[li] if li < len(layers) else None))
            li += 1
    for i, (h, layer) in enumerate(reversed(entries)):
        iid = short_id(d["digest"]) if i == 0 else "<missing>"
        size = human_size(world.graph.nodes[layer_id(layer)]["nominal_size"] * UNPACK_RATIO) if layer else "0B"
        created_by = h.get("created_by", "")
        by = created_by if opts["no_trunc"] else ellipsis(created_by, 45)
        rows.append((iid, _ago(world, h.get("created")), by, size, h.get("comment", "")))
    if opts["quiet"]:
        return CommandResult(0, "".join(r[0] + "\n" for r in rows))
    return CommandResult(0, table(["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"], rows) + "\n")


def docker_inspect(world, opts, rest, host):
    out, code = [], 0
    hnode = world.host_node(host)
    for name in rest:
        try:
            if opts["type"] != "image":
                try:
                    out.append(inspect_container(world, name, host=host))
                    continue
                except NotFound:
                    if opts["type"] == "container":
                        raise
            img = world.resolve_local_image(name, hnode)
            out.append(_inspect_image(world, hnode, img))
        except TaxonomyError:
            out_err = f"Error: No such object: {name}"
            code = 1
            return CommandResult(code, (json.dumps(out, indent=4) + "\n" if out else "[]\n") + out_err + "\n")
    return CommandResult(code, json.dumps(out, indent=4) + "\n")


def _inspect_image(world, hnode, img):
    g = world.graph
    d = g.nodes[img]
    raw = json.loads(world.blobs[d["digest"]])
    return {
        "Id": d["digest"],
        "RepoTags": sorted(g.nodes[t]["name"] for t in world.host_tags_of(hnode, img)),
        "RepoDigests": [f"{parse_reference(rd.split('@')[0]).familiar_name}@{rd.split('@')[1]}"
                        for rd in g.edges[hnode, img].get("repo_digests", ())],
        "Created": d.get("created") or "",
        "Config": raw.get("config", {}),
        "Architecture": raw.get("architecture"), "Os": raw.get("os"),
        "Size": int(d["nominal_size"] * UNPACK_RATIO),
        "RootFS": {"Type": "layers", "Layers": raw["rootfs"]["diff_ids"]},
        "Descriptor": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": d["manifest_digest"],
                       "size": d["manifest_size"]},
    }
