"""Tests of taxonomy.reference against Docker's (distribution/reference v0.6) behaviour."""

import dataclasses
import re

import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from taxonomy.errors import InvalidReference, TaxonomyError
from taxonomy.reference import (
    DEFAULT_DOMAIN,
    OFFICIAL_NAMESPACE,
    Reference,
    parse_reference,
)

DIGEST = "sha256:" + "0123456789abcdef" * 4
HEX64 = "f" * 64
TAG128 = "t" * 128
PATH255 = "/".join(["a" * 127, "b" * 127])  # 255 characters
assert len(PATH255) == 255

FORMAT = "invalid reference format"
TOO_LONG = "repository name must not be more than 255 characters"
EMPTY = "invalid reference format: the reference is empty; name an image such as 'nginx' or 'nginx:1.27'"


# text -> (domain, path, tag, digest, str(ref), ref.familiar)
VALID = {
    # Docker Hub: docker.io/ and library/ inserted, tag latest added.
    "nginx": ("docker.io", "library/nginx", "latest", None,
              "docker.io/library/nginx:latest", "nginx:latest"),
    "nginx:1.27": ("docker.io", "library/nginx", "1.27", None,
                   "docker.io/library/nginx:1.27", "nginx:1.27"),
    "nginx:Latest_1.0-rc": ("docker.io", "library/nginx", "Latest_1.0-rc", None,
                            "docker.io/library/nginx:Latest_1.0-rc", "nginx:Latest_1.0-rc"),
    "library/nginx": ("docker.io", "library/nginx", "latest", None,
                      "docker.io/library/nginx:latest", "nginx:latest"),
    "docker.io/nginx": ("docker.io", "library/nginx", "latest", None,
                        "docker.io/library/nginx:latest", "nginx:latest"),
    "docker.io/library/nginx:latest": ("docker.io", "library/nginx", "latest", None,
                                       "docker.io/library/nginx:latest", "nginx:latest"),
    "index.docker.io/nginx": ("docker.io", "library/nginx", "latest", None,
                              "docker.io/library/nginx:latest", "nginx:latest"),
    "index.docker.io/student/web:v1": ("docker.io", "student/web", "v1", None,
                                       "docker.io/student/web:v1", "student/web:v1"),
    "student/web": ("docker.io", "student/web", "latest", None,
                    "docker.io/student/web:latest", "student/web:latest"),
    "student/web/api:2": ("docker.io", "student/web/api", "2", None,
                          "docker.io/student/web/api:2", "student/web/api:2"),
    "library/distros/ubuntu": ("docker.io", "library/distros/ubuntu", "latest", None,
                               "docker.io/library/distros/ubuntu:latest", "library/distros/ubuntu:latest"),
    "my-app__x/z--w.y_v": ("docker.io", "my-app__x/z--w.y_v", "latest", None,
                           "docker.io/my-app__x/z--w.y_v:latest", "my-app__x/z--w.y_v:latest"),
    # A bare host name has no "/", so it is a Docker Hub repository (Go's FIXME).
    "example.com": ("docker.io", "library/example.com", "latest", None,
                    "docker.io/library/example.com:latest", "example.com:latest"),
    # No "/", so ":5000" is a tag, not a port.
    "localhost:5000": ("docker.io", "library/localhost", "5000", None,
                       "docker.io/library/localhost:5000", "localhost:5000"),
    # Only the bare 64-hex string is refused; with a tag it is a name.
    HEX64 + ":v1": ("docker.io", "library/" + HEX64, "v1", None,
                    f"docker.io/library/{HEX64}:v1", f"{HEX64}:v1"),
    # Other registries: localhost, ports, IPs, dotted names, uppercase.
    "localhost/app": ("localhost", "app", "latest", None,
                      "localhost/app:latest", "localhost/app:latest"),
    "localhost:5000/app": ("localhost:5000", "app", "latest", None,
                           "localhost:5000/app:latest", "localhost:5000/app:latest"),
    "localhost:5000/team/app:dev": ("localhost:5000", "team/app", "dev", None,
                                    "localhost:5000/team/app:dev", "localhost:5000/team/app:dev"),
    "192.168.1.10:5000/app:v1": ("192.168.1.10:5000", "app", "v1", None,
                                 "192.168.1.10:5000/app:v1", "192.168.1.10:5000/app:v1"),
    "127.0.0.1/app": ("127.0.0.1", "app", "latest", None,
                      "127.0.0.1/app:latest", "127.0.0.1/app:latest"),
    "[::1]:5000/app": ("[::1]:5000", "app", "latest", None,
                       "[::1]:5000/app:latest", "[::1]:5000/app:latest"),
    "myregistry:5000/app": ("myregistry:5000", "app", "latest", None,
                            "myregistry:5000/app:latest", "myregistry:5000/app:latest"),
    "Localhost:5000/x": ("Localhost:5000", "x", "latest", None,
                         "Localhost:5000/x:latest", "Localhost:5000/x:latest"),
    "MyRegistry/app": ("MyRegistry", "app", "latest", None,
                       "MyRegistry/app:latest", "MyRegistry/app:latest"),
    "mcr.microsoft.com/dotnet/sdk:8.0": ("mcr.microsoft.com", "dotnet/sdk", "8.0", None,
                                         "mcr.microsoft.com/dotnet/sdk:8.0", "mcr.microsoft.com/dotnet/sdk:8.0"),
    "ghcr.io/owner/repo/sub:1.0": ("ghcr.io", "owner/repo/sub", "1.0", None,
                                   "ghcr.io/owner/repo/sub:1.0", "ghcr.io/owner/repo/sub:1.0"),
    # A host-like first component that is not a valid host: Docker keeps an
    # empty domain and the whole name as path (moby/moby#34975).
    "my_registry.com/app": ("", "my_registry.com/app", "latest", None,
                            "my_registry.com/app:latest", "my_registry.com/app:latest"),
    # Digests: digest only has no tag; tag and digest are both kept.
    "nginx@" + DIGEST: ("docker.io", "library/nginx", None, DIGEST,
                        f"docker.io/library/nginx@{DIGEST}", f"nginx@{DIGEST}"),
    "nginx:1.27@" + DIGEST: ("docker.io", "library/nginx", "1.27", DIGEST,
                             f"docker.io/library/nginx:1.27@{DIGEST}", f"nginx:1.27@{DIGEST}"),
    "localhost:5000/app@" + DIGEST: ("localhost:5000", "app", None, DIGEST,
                                     f"localhost:5000/app@{DIGEST}", f"localhost:5000/app@{DIGEST}"),
    "nginx@sha512:" + "a" * 128: ("docker.io", "library/nginx", None, "sha512:" + "a" * 128,
                                  "docker.io/library/nginx@sha512:" + "a" * 128, "nginx@sha512:" + "a" * 128),
    # Limits: a 128-character tag; a 255-character path (the domain does not count).
    "nginx:" + TAG128: ("docker.io", "library/nginx", TAG128, None,
                        f"docker.io/library/nginx:{TAG128}", f"nginx:{TAG128}"),
    "example.com/" + PATH255: ("example.com", PATH255, "latest", None,
                               f"example.com/{PATH255}:latest", f"example.com/{PATH255}:latest"),
    "docker.io/" + PATH255: ("docker.io", PATH255, "latest", None,
                             f"docker.io/{PATH255}:latest", f"{PATH255}:latest"),
}


# text -> Docker's exact message
INVALID = {
    "": EMPTY,
    # uppercase in the path, found before the grammar is checked
    "UPPER": "invalid reference format: repository name (library/UPPER) must be lowercase",
    "student/Web": "invalid reference format: repository name (student/Web) must be lowercase",
    "localhost:5000/App:v1": "invalid reference format: repository name (App) must be lowercase",
    "bad_host.com/UPPER": "invalid reference format: repository name (UPPER) must be lowercase",
    "nginx@SHA256:" + "0" * 64: "invalid reference format: repository name (library/nginx@SHA256) must be lowercase",
    # uppercase found by Parse itself (the domain is not a valid host)
    "A_B/x": "repository name must be lowercase",
    "\u0130.com/x": "repository name must be lowercase",  # Go lowercases İ to i
    # grammar errors
    "nginx:": FORMAT,
    "nginx::1": FORMAT,
    "nginx:1.0:extra": FORMAT,
    "student//web": FORMAT,
    "/nginx": FORMAT,
    "nginx/": FORMAT,
    "-nginx": FORMAT,
    "nginx-": FORMAT,
    "nginx_": FORMAT,
    "ng..inx": FORMAT,
    "nginx:-tag": FORMAT,
    "nginx:.tag": FORMAT,
    "nginx:" + TAG128 + "x": FORMAT,  # 129-character tag
    "nginx@": FORMAT,
    "nginx@sha256:" + "0" * 31: FORMAT,  # under 32 hex digits
    "nginx\n": FORMAT,
    " nginx": FORMAT,
    "nginx latest": FORMAT,
    "localhost:/x": FORMAT,
    "https://registry.example.com/app": FORMAT,
    "ñginx": FORMAT,
    # length: 256-character path
    "example.com/" + PATH255 + "c": TOO_LONG,
    "docker.io/" + PATH255 + "c": TOO_LONG,
    # a bare 64-hex string looks like an image id
    HEX64: f"invalid repository name ({HEX64}), cannot specify 64-byte hexadecimal strings",
    HEX64 + "\n": FORMAT,
    # digests (go-digest's messages)
    "nginx@sha256:" + "0" * 32: "invalid checksum digest length",
    "nginx@sha256:" + "0" * 65: "invalid checksum digest length",
    "nginx@sha256:" + "A" * 64: "invalid checksum digest format",
    "nginx@md5:" + "0" * 32: "unsupported digest algorithm",
    "nginx@sha256+b64:" + "0" * 64: "unsupported digest algorithm",
    # after a tag the uppercase is no longer in the path Docker checks first
    "nginx:1.0@SHA256:" + "0" * 64: "invalid checksum digest format",
}


@pytest.mark.parametrize("text", list(VALID), ids=repr)
def test_parse_valid(text):
    domain, path, tag, digest, full, familiar = VALID[text]
    ref = parse_reference(text)
    assert (ref.domain, ref.path, ref.tag, ref.digest) == (domain, path, tag, digest)
    assert ref == Reference(domain, path, tag, digest)
    assert str(ref) == full
    assert ref.familiar == familiar
    assert ref.name == (f"{domain}/{path}" if domain else path)
    assert parse_reference(str(ref)) == ref
    assert parse_reference(ref.familiar) == ref
    assert parse_reference(ref.familiar_name + ref.familiar[len(ref.familiar_name):]) == ref


@pytest.mark.parametrize("text", list(INVALID), ids=repr)
def test_parse_invalid(text):
    with pytest.raises(InvalidReference, match=f"^{re.escape(INVALID[text])}$"):
        parse_reference(text)


@pytest.mark.parametrize(
    "value, shown",
    [(42, "int (42)"), (None, "NoneType (None)"), (b"nginx", "bytes (b'nginx')"),
     (["nginx"], "list (['nginx'])")],
    ids=repr,
)
def test_parse_non_string(value, shown):
    message = f"invalid reference format: a reference must be a str such as 'nginx:1.27', not {shown}"
    with pytest.raises(InvalidReference, match=f"^{re.escape(message)}$"):
        parse_reference(value)


def test_invalid_reference_is_a_value_error_and_taxonomy_error():
    with pytest.raises(ValueError):
        parse_reference("UPPER")
    with pytest.raises(TaxonomyError):
        parse_reference("")


def test_digest_errors_chain_the_library_exception():
    from docker_image import digest as lib_digest

    with pytest.raises(InvalidReference) as info:
        parse_reference("nginx@sha256:" + "0" * 32)
    assert isinstance(info.value.__cause__, lib_digest.DigestInvalidLength)


@pytest.mark.parametrize(
    "text, familiar_name",
    [
        ("nginx", "nginx"),
        ("docker.io/library/nginx", "nginx"),
        ("student/web", "student/web"),
        ("localhost:5000/app", "localhost:5000/app"),
        ("mcr.microsoft.com/dotnet/sdk:8.0", "mcr.microsoft.com/dotnet/sdk"),
        ("library/distros/ubuntu", "library/distros/ubuntu"),
        ("my_registry.com/app", "my_registry.com/app"),
    ],
)
def test_familiar_name(text, familiar_name):
    assert parse_reference(text).familiar_name == familiar_name


@pytest.mark.parametrize(
    "text, official, namespace",
    [
        ("nginx", True, "library"),
        ("library/distros/ubuntu", True, "library"),
        ("student/web", False, "student"),
        ("student/web/api", False, "student"),
        ("localhost:5000/app", False, ""),
        ("localhost:5000/team/app", False, "team"),
        ("mcr.microsoft.com/dotnet/sdk", False, "dotnet"),
        ("example.com/library/nginx", False, "library"),
    ],
)
def test_is_official_and_namespace(text, official, namespace):
    ref = parse_reference(text)
    assert ref.is_official is official
    assert ref.namespace == namespace


def test_constants():
    assert DEFAULT_DOMAIN == "docker.io"
    assert OFFICIAL_NAMESPACE == "library"


def test_familiar_form_of_a_host_like_namespace_is_ambiguous():
    # Docker prints docker.io/foo.bar/app as foo.bar/app, which reads back as
    # registry foo.bar: the familiar form does not round-trip here (str does).
    ref = parse_reference("docker.io/foo.bar/app")
    assert (ref.domain, ref.path, ref.familiar) == ("docker.io", "foo.bar/app", "foo.bar/app:latest")
    assert parse_reference(str(ref)) == ref
    assert parse_reference(ref.familiar) == Reference("foo.bar", "app", "latest", None)


# with_tag / with_digest

@pytest.mark.parametrize("tag", ["1.27", "v2", "_x", "A" * 128, "1.0-alpine_3"])
def test_with_tag(tag):
    ref = parse_reference("nginx:old").with_tag(tag)
    assert ref == Reference("docker.io", "library/nginx", tag, None)
    assert str(ref) == f"docker.io/library/nginx:{tag}"


def test_with_tag_keeps_digest():
    ref = parse_reference("nginx@" + DIGEST).with_tag("1.27")
    assert (ref.tag, ref.digest) == ("1.27", DIGEST)
    assert str(ref) == f"docker.io/library/nginx:1.27@{DIGEST}"


@pytest.mark.parametrize("tag", ["", "-x", ".x", "a" * 129, "bad tag", "a:b", "a/b", "é", "1.0\n", 5, None])
def test_with_tag_rejects_bad_tags(tag):
    ref = parse_reference("nginx")
    with pytest.raises(InvalidReference, match=f"^{re.escape('invalid tag format')}$"):
        ref.with_tag(tag)
    assert ref.tag == "latest"


def test_with_digest_keeps_tag():
    assert parse_reference("nginx:1.27").with_digest(DIGEST) == parse_reference("nginx:1.27@" + DIGEST)
    assert str(parse_reference("nginx").with_digest(DIGEST)) == f"docker.io/library/nginx:latest@{DIGEST}"


@pytest.mark.parametrize(
    "digest, message",
    [
        ("sha256:abc", "invalid digest format"),
        ("0" * 64, "invalid digest format"),
        ("sha256:" + "0" * 64 + "\n", "invalid digest format"),
        (None, "invalid digest format"),
        ("sha256:" + "0" * 32, "invalid checksum digest length"),
        ("sha256:" + "A" * 64, "invalid checksum digest format"),
        ("md5:" + "0" * 32, "unsupported digest algorithm"),
    ],
)
def test_with_digest_rejects_bad_digests(digest, message):
    with pytest.raises(InvalidReference, match=f"^{re.escape(message)}$"):
        parse_reference("nginx").with_digest(digest)


# the dataclass itself

def test_reference_is_frozen():
    ref = parse_reference("nginx")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.tag = "1.27"
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.domain = "example.com"
    assert ref.tag == "latest"


def test_reference_is_hashable_and_compares_by_value():
    assert len({parse_reference("nginx"), parse_reference("docker.io/library/nginx:latest")}) == 1
    assert parse_reference("nginx") != parse_reference("nginx:1.27")


def test_reference_repr():
    assert repr(parse_reference("nginx@" + DIGEST)) == (
        f"Reference(domain='docker.io', path='library/nginx', tag=None, digest='{DIGEST}')"
    )


def test_reference_constructor_defaults_tag_to_latest():
    assert Reference("docker.io", "library/nginx").tag == "latest"
    assert Reference("docker.io", "library/nginx", None, DIGEST).tag is None


@pytest.mark.parametrize(
    "args, message",
    [
        (("docker.io", "nginx", "latest", None),
         "Reference(domain='docker.io', path='nginx', tag='latest', digest=None) is not in Docker's full form; "
         "parse_reference('docker.io/nginx:latest') gives "
         "Reference(domain='docker.io', path='library/nginx', tag='latest', digest=None)"),
        (("index.docker.io", "library/nginx", "latest", None),
         "Reference(domain='index.docker.io', path='library/nginx', tag='latest', digest=None) is not in "
         "Docker's full form; parse_reference('index.docker.io/library/nginx:latest') gives "
         "Reference(domain='docker.io', path='library/nginx', tag='latest', digest=None)"),
        (("docker.io", "library/nginx", "-bad", None),
         "Reference(domain='docker.io', path='library/nginx', tag='-bad', digest=None) is not a valid "
         "reference: invalid reference format"),
        (("docker.io", "library/nginx", "", None),
         "Reference(domain='docker.io', path='library/nginx', tag='', digest=None) is not a valid "
         "reference: invalid reference format"),
        ((None, "library/nginx", "latest", None), "Reference.domain must be a str, not NoneType (None)"),
        (("docker.io", "library/nginx", 1, None), "Reference.tag must be a str or None, not int (1)"),
    ],
)
def test_reference_constructor_rejects_non_canonical_fields(args, message):
    with pytest.raises(InvalidReference, match=f"^{re.escape(message)}$"):
        Reference(*args)


def test_replace_is_validated():
    ref = parse_reference("nginx")
    assert dataclasses.replace(ref, tag="1.27") == parse_reference("nginx:1.27")
    with pytest.raises(InvalidReference):
        dataclasses.replace(ref, path="nginx")


def test_import_is_cheap():
    # Import taxonomy.reference alone (not the package's __init__): the
    # grammar library and its regex engine load on first parse, not on import.
    import pathlib
    import subprocess
    import sys

    root = pathlib.Path(__file__).resolve().parent.parent
    code = (
        "import sys, types\n"
        "pkg = types.ModuleType('taxonomy'); pkg.__path__ = ['taxonomy']; sys.modules['taxonomy'] = pkg\n"
        "import taxonomy.reference as r\n"
        "print('docker_image' in sys.modules, 'regex' in sys.modules)\n"
        "r.parse_reference('nginx')\n"
        "print('docker_image' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.split() == ["False", "False", "True"]


# property: every parsed reference round-trips through str() and familiar

_LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_TAG_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _LOWER_ALNUM + "_"
_HEX = "0123456789abcdef"


def _joined(first, rest):
    return first + "".join(sep + part for sep, part in rest)


_alnum = st.text(_LOWER_ALNUM, min_size=1, max_size=8)
_component = st.builds(  # path-component := [a-z0-9]+ (separator [a-z0-9]+)*
    _joined, _alnum, st.lists(st.tuples(st.sampled_from([".", "_", "__", "-", "--", "---"]), _alnum), max_size=3)
)
_host_char = st.text(_LOWER_ALNUM + "ABCXYZ", min_size=1, max_size=1)
_label = st.one_of(  # domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
    _host_char,
    st.builds(lambda a, middle, z: a + middle + z, _host_char, st.text(_LOWER_ALNUM + "ABC-", max_size=6), _host_char),
)
_host = st.one_of(
    st.sampled_from(["localhost", "example.com", "mcr.microsoft.com", "Registry.Example.com", "10.0.0.1",
                     "[::1]", "[fe80::1]", "MyHost", "my_reg.io"]),
    st.builds(".".join, st.lists(_label, min_size=1, max_size=3)),
)
_domain = st.one_of(
    st.none(),
    st.sampled_from(["docker.io", "index.docker.io"]),
    st.builds(lambda h, p: h + p, _host, st.sampled_from(["", ":5000", ":443", ":1"])),
)
_tag = st.one_of(  # tag := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
    st.none(),
    st.builds(lambda a, b: a + b,
              st.text(_TAG_FIRST, min_size=1, max_size=1), st.text(_TAG_FIRST + ".-", max_size=127)),
)
_digest = st.one_of(
    st.none(),
    st.builds(lambda h: "sha256:" + h, st.text(_HEX, min_size=64, max_size=64)),
    st.builds(lambda h: "sha512:" + h, st.text(_HEX, min_size=128, max_size=128)),
)


def _hub_namespace_looks_like_a_host(ref):
    first, sep, _ = ref.familiar_name.partition("/")
    return ref.domain == DEFAULT_DOMAIN and bool(sep) and ("." in first or first == "localhost")


@settings(deadline=None, max_examples=300)
@given(domain=_domain, components=st.lists(_component, min_size=1, max_size=4), tag=_tag, digest=_digest)
def test_round_trip_property(domain, components, tag, digest):
    text = (f"{domain}/" if domain else "") + "/".join(components)
    text += (f":{tag}" if tag else "") + (f"@{digest}" if digest else "")
    try:
        ref = parse_reference(text)
    except InvalidReference:
        event("rejected")
        assume(False)  # e.g. "my_reg.io:5000/x" (not a host, and ":" is no path character)
    assert parse_reference(str(ref)) == ref
    assert str(parse_reference(str(ref))) == str(ref)
    event(f"domain {'docker.io' if ref.domain == DEFAULT_DOMAIN else 'empty' if not ref.domain else 'other'}")
    if _hub_namespace_looks_like_a_host(ref):
        event("ambiguous familiar form")
        # Docker's own ambiguity (see test_familiar_form_of_a_host_like_namespace_is_ambiguous)
        assert parse_reference(ref.familiar).domain != DEFAULT_DOMAIN
    else:
        assert parse_reference(ref.familiar) == ref
    if tag is not None:
        assert ref.tag == tag
    else:
        assert ref.tag == ("latest" if digest is None else None)
    assert ref.digest == digest
