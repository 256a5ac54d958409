"""Image references: why ``nginx`` means ``docker.io/library/nginx:latest``.

An *image reference* is the text you give ``docker pull``, ``docker run`` or
``docker tag``. Most references you type are short, *familiar* forms; Docker
expands every one of them to a *full* form in three steps before it does
anything else.

1. **Which registry?** The text before the first ``/`` names a registry
   (the *domain*) only if it looks like a host name: it contains a ``.`` or a
   ``:``, it is ``localhost``, or it has an uppercase letter (repository names
   are always lowercase, so ``Myhost/app`` cannot be a repository). Otherwise,
   and whenever there is no ``/`` at all, the registry is Docker Hub, spelled
   ``docker.io``. The old name ``index.docker.io`` is rewritten to
   ``docker.io``.
2. **Which repository?** The rest is the repository *path*. On Docker Hub a
   one-component path such as ``nginx`` lives in the ``library`` namespace,
   the home of the Official Images, so it becomes ``library/nginx``. Other
   registries get no such prefix: ``localhost:5000/app`` stays ``app``.
3. **Which version?** A ``:tag`` names a version that can move; an
   ``@digest`` names exact content that never changes. A reference with
   neither gets the tag ``latest``. With both, Docker keeps both, and the
   digest decides what is fetched.

So ``nginx`` is ``docker.io`` + ``library/nginx`` + ``:latest``, and
``docker ps`` or ``docker images`` print the familiar form back again.

==================================== ==========================================
you type (familiar)                  Docker uses (full)
==================================== ==========================================
``nginx``                            ``docker.io/library/nginx:latest``
``nginx:1.27``                       ``docker.io/library/nginx:1.27``
``student/web``                      ``docker.io/student/web:latest``
``localhost:5000/app``               ``localhost:5000/app:latest``
``mcr.microsoft.com/dotnet/sdk:8.0`` ``mcr.microsoft.com/dotnet/sdk:8.0``
``nginx@sha256:…``                   ``docker.io/library/nginx@sha256:…``
==================================== ==========================================

The grammar (from ``github.com/distribution/reference``)::

    reference        := name [ ":" tag ] [ "@" digest ]
    name             := [ domain "/" ] path
    domain           := host [ ":" port ]           e.g. localhost:5000, [::1]
    path             := path-component [ "/" path-component ]*
    path-component   := [a-z0-9]+ ( separator [a-z0-9]+ )*
    separator        := "." | "_" | "__" | "-"+
    tag              := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}   (at most 128)
    digest           := algorithm ":" hex           e.g. sha256:<64 hex>

and the path may be at most 255 characters long.

Examples
--------
>>> from taxonomy.reference import parse_reference
>>> ref = parse_reference("nginx")
>>> ref
Reference(domain='docker.io', path='library/nginx', tag='latest', digest=None)
>>> str(ref), ref.familiar
('docker.io/library/nginx:latest', 'nginx:latest')
>>> parse_reference("localhost:5000/app").name
'localhost:5000/app'
>>> parse_reference("nginx:NoSuch:tag")
Traceback (most recent call last):
    ...
taxonomy.errors.InvalidReference: invalid reference format

Notes
-----
Parsing follows ``ParseNormalizedNamed`` followed by ``TagNameOnly`` of
``github.com/distribution/reference`` v0.6 (the package current Docker
releases use), including the order in which errors are found, so every
message is Docker's own text, except that an empty or non-str input gets a
longer explanation after Docker's ``invalid reference format``. The grammar's regular expressions, the Docker Hub domain
split and the digest check come from ``docker-image-py`` (module
``docker_image``, imported only on first use because it compiles its
expressions at import time). Where that port differs from Go, this module
follows Go:

* A trailing newline is rejected (``"nginx\\n"``); the port matches with
  ``$``, which in Python also matches before a final newline.
* The port pre-checks the whole text for characters such as ``+`` whenever
  the first component contains a ``.`` (always true after ``docker.io/`` is
  added), so ``nginx@sha256+b64:<hex>`` gave "invalid reference format"
  where Docker says "unsupported digest algorithm".
* The same pre-check runs before the lowercase check, so
  ``bad_host.com/UPPER`` gave "invalid reference format" where Docker says
  "invalid reference format: repository name (UPPER) must be lowercase".
  It also rejected a first component such as ``my_registry.com`` that
  Docker accepts: Docker reads ``my_registry.com/app`` with an *empty*
  domain and the whole text as the path (moby/moby#34975), and so does
  this module.
* A malformed digest gave "invalid digest"; go-digest says
  "invalid checksum digest format".
* Lowercasing for the "repository name must be lowercase" check is done
  character by character, as Go's ``strings.ToLower`` does (``İ`` → ``i``).

Two Docker facts that surprise people are kept on purpose. The 255-character
limit counts the path only, not the domain (distribution/reference#9). And
the familiar form is ambiguous for a Docker Hub namespace that looks like a
host: ``docker.io/foo.bar/app`` prints as ``foo.bar/app``, which Docker reads
back as registry ``foo.bar``.
"""

from dataclasses import dataclass

try:
    from .errors import InvalidReference
except ImportError:  # run as a plain file: ``python -m doctest taxonomy/reference.py``
    from taxonomy.errors import InvalidReference

__all__ = ["Reference", "parse_reference", "tag_omitted", "DEFAULT_DOMAIN", "OFFICIAL_NAMESPACE"]

DEFAULT_DOMAIN = "docker.io"
"""The domain Docker gives a reference that names no registry: Docker Hub."""

OFFICIAL_NAMESPACE = "library"
"""The Docker Hub namespace of the Official Images (``nginx`` is ``library/nginx``)."""

_DEFAULT_TAG = "latest"
_NAME_MAX = 255  # distribution/reference RepositoryNameTotalLengthMax (path only)

# Docker's messages, word for word.
_ERR_FORMAT = "invalid reference format"
_ERR_UPPERCASE = "repository name must be lowercase"
_ERR_TOO_LONG = f"repository name must not be more than {_NAME_MAX} characters"
_ERR_TAG_FORMAT = "invalid tag format"
_ERR_DIGEST_FORMAT = "invalid digest format"
_ERR_CHECKSUM_FORMAT = "invalid checksum digest format"
_ERR_CHECKSUM_LENGTH = "invalid checksum digest length"
_ERR_UNSUPPORTED = "unsupported digest algorithm"


def _grammar():
    """Return docker-image-py's compiled expressions (imported on first use)."""
    from docker_image.regexp import ImageRegexps

    return ImageRegexps


def _go_lower(text: str) -> str:
    """Lowercase like Go's ``strings.ToLower``: one character at a time."""
    if text.isascii():
        return text.lower()
    return "".join(ch.lower()[:1] for ch in text)


def _check_digest(digest: str) -> None:
    """Validate a digest like go-digest's ``Digest.Validate``, with its messages."""
    from docker_image import digest as lib_digest

    try:
        lib_digest.validate_digest(digest)
    except lib_digest.DigestUnsupported as err:
        raise InvalidReference(_ERR_UNSUPPORTED) from err
    except lib_digest.DigestInvalidLength as err:
        raise InvalidReference(_ERR_CHECKSUM_LENGTH) from err
    except lib_digest.InvalidDigest as err:  # the port words this "invalid digest"
        raise InvalidReference(_ERR_CHECKSUM_FORMAT) from err


def _parse_canonical(text: str) -> tuple[str, str, str | None, str | None]:
    """Go's ``reference.Parse`` of a name that already has its domain."""
    grammar = _grammar()
    # fullmatch, not match: the port's "^...$" would accept a final newline.
    found = grammar.REFERENCE_REGEXP.fullmatch(text)
    if found is None:
        lowered = _go_lower(text)
        if lowered != text and grammar.REFERENCE_REGEXP.fullmatch(lowered):
            raise InvalidReference(_ERR_UPPERCASE)
        raise InvalidReference(_ERR_FORMAT)
    name, tag, digest = found.groups()
    domain, path = grammar.ANCHORED_NAME_REGEXP.fullmatch(name).groups()
    if len(path) > _NAME_MAX:
        raise InvalidReference(_ERR_TOO_LONG)
    if digest:
        _check_digest(digest)
    return domain or "", path, tag or None, digest or None


def _parse_parts(text: object) -> tuple[str, str, str | None, str | None]:
    """ParseNormalizedNamed + TagNameOnly; return (domain, path, tag, digest)."""
    if not isinstance(text, str):
        raise InvalidReference(
            f"{_ERR_FORMAT}: a reference must be a str such as 'nginx:1.27', "
            f"not {type(text).__name__} ({text!r})"
        )
    if not text:
        raise InvalidReference(
            f"{_ERR_FORMAT}: the reference is empty; name an image such as 'nginx' or 'nginx:1.27'"
        )
    from docker_image.reference import Reference as LibReference

    if _grammar().ANCHORED_IDENTIFIER_REGEXP.fullmatch(text):
        raise InvalidReference(
            f"invalid repository name ({text}), cannot specify 64-byte hexadecimal strings"
        )
    # The port's splitDockerDomain is faithful (localhost, index.docker.io,
    # "." or ":", uppercase first component, "library/" for Hub names).
    domain, remainder = LibReference.split_docker_domain(text)
    remote = remainder.partition(":")[0]
    if _go_lower(remote) != remote:
        raise InvalidReference(f"{_ERR_FORMAT}: repository name ({remote}) must be lowercase")
    domain, path, tag, digest = _parse_canonical(f"{domain}/{remainder}")
    if tag is None and digest is None:
        tag = _DEFAULT_TAG
    return domain, path, tag, digest


@dataclass(frozen=True, slots=True)
class Reference:
    """A parsed, normalised image reference (immutable).

    Build one with :func:`parse_reference`. Constructing one directly is
    allowed, but the fields must already be in Docker's full form: the
    constructor checks that ``parse_reference(str(ref)) == ref`` and raises
    :class:`~taxonomy.errors.InvalidReference` otherwise. A reference built
    with neither a tag nor a digest gets the tag ``"latest"``.

    Parameters
    ----------
    domain : str
        The registry, such as ``"docker.io"`` or ``"localhost:5000"``. Empty
        only in Docker's corner case of a host-like first component that is
        not a valid host name (``my_registry.com/app``).
    path : str
        The repository within the registry, such as ``"library/nginx"``.
    tag : str or None
        The tag; ``"latest"`` when the text gave neither a tag nor a digest,
        None when it gave only a digest.
    digest : str or None
        The content digest, such as ``"sha256:<64 hex>"``, or None.

    Raises
    ------
    InvalidReference
        If a field is not a str (or None for tag and digest), or the fields
        are not a valid reference in full form.

    Examples
    --------
    >>> from taxonomy.reference import Reference, parse_reference
    >>> ref = parse_reference("student/web:v2")
    >>> ref.domain, ref.path, ref.tag, ref.digest
    ('docker.io', 'student/web', 'v2', None)
    >>> ref == Reference("docker.io", "student/web", "v2", None)
    True
    >>> Reference("docker.io", "library/nginx", None, None).tag
    'latest'
    >>> Reference("docker.io", "nginx", "latest", None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    taxonomy.errors.InvalidReference: Reference(...) is not in Docker's full form; ...path='library/nginx'...
    >>> ref.tag = "v3"
    Traceback (most recent call last):
        ...
    dataclasses.FrozenInstanceError: cannot assign to field 'tag'
    """

    domain: str
    path: str
    tag: str | None = None
    digest: str | None = None

    def __post_init__(self) -> None:
        for field in ("domain", "path", "tag", "digest"):
            value = getattr(self, field)
            if not isinstance(value, str) and not (field in ("tag", "digest") and value is None):
                allowed = "a str" if field in ("domain", "path") else "a str or None"
                raise InvalidReference(
                    f"Reference.{field} must be {allowed}, not {type(value).__name__} ({value!r})"
                )
        if self.tag is None and self.digest is None:
            object.__setattr__(self, "tag", _DEFAULT_TAG)
        text = str(self)
        fields = (self.domain, self.path, self.tag, self.digest)
        try:
            parsed = _parse_parts(text)
        except InvalidReference as err:
            raise InvalidReference(f"{self!r} is not a valid reference: {err}") from err
        if parsed != fields:
            raise InvalidReference(
                f"{self!r} is not in Docker's full form; parse_reference({text!r}) gives "
                f"Reference(domain={parsed[0]!r}, path={parsed[1]!r}, tag={parsed[2]!r}, digest={parsed[3]!r})"
            )

    @property
    def name(self) -> str:
        """The full repository name, ``domain/path``.

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> parse_reference("nginx:1.27").name
        'docker.io/library/nginx'
        """
        return f"{self.domain}/{self.path}" if self.domain else self.path

    @property
    def familiar_name(self) -> str:
        """The repository name as Docker prints it.

        ``docker.io/`` is dropped, and so is ``library/`` when one component
        follows it (Go's ``FamiliarName``).

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> [parse_reference(t).familiar_name for t in
        ...  ["docker.io/library/nginx", "student/web", "localhost:5000/app",
        ...   "mcr.microsoft.com/dotnet/sdk:8.0"]]
        ['nginx', 'student/web', 'localhost:5000/app', 'mcr.microsoft.com/dotnet/sdk']
        """
        if self.domain != DEFAULT_DOMAIN:
            return self.name
        namespace, _, rest = self.path.partition("/")
        if namespace == OFFICIAL_NAMESPACE and rest and "/" not in rest:
            return rest
        return self.path

    @property
    def familiar(self) -> str:
        """The short form Docker prints, with tag and digest (Go's ``FamiliarString``).

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> digest = "sha256:" + "ab" * 32
        >>> parse_reference("docker.io/library/nginx").familiar
        'nginx:latest'
        >>> parse_reference("nginx:1.27@" + digest).familiar == "nginx:1.27@" + digest
        True
        """
        return self.familiar_name + self._suffix()

    @property
    def is_official(self) -> bool:
        """Whether this is a Docker Hub Official Image (``docker.io/library/…``).

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> parse_reference("nginx").is_official, parse_reference("student/web").is_official
        (True, False)
        """
        return self.domain == DEFAULT_DOMAIN and self.path.startswith(OFFICIAL_NAMESPACE + "/")

    @property
    def namespace(self) -> str:
        """The first path component when the path has two or more, else ``""``.

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> [parse_reference(t).namespace for t in ["nginx", "student/web", "localhost:5000/app"]]
        ['library', 'student', '']
        """
        namespace, sep, _ = self.path.partition("/")
        return namespace if sep else ""

    def with_tag(self, tag: str) -> "Reference":
        """Return a copy with ``tag`` as its tag; a digest is kept (Go's ``WithTag``).

        Parameters
        ----------
        tag : str
            1 to 128 of ``A-Z a-z 0-9 _ . -``, not starting with ``.`` or ``-``.

        Returns
        -------
        Reference
            The new reference.

        Raises
        ------
        InvalidReference
            ``invalid tag format`` if ``tag`` breaks the tag grammar.

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> print(parse_reference("nginx").with_tag("1.27"))
        docker.io/library/nginx:1.27
        >>> parse_reference("nginx").with_tag("-bad")
        Traceback (most recent call last):
            ...
        taxonomy.errors.InvalidReference: invalid tag format
        """
        if not isinstance(tag, str) or not _grammar().ANCHORED_TAG_REGEXP.fullmatch(tag):
            raise InvalidReference(_ERR_TAG_FORMAT)
        return Reference(self.domain, self.path, tag, self.digest)

    def with_digest(self, digest: str) -> "Reference":
        """Return a copy with ``digest`` as its digest; a tag is kept (Go's ``WithDigest``).

        Like Docker, the tag stays, including the ``latest`` that a bare name
        was given, so ``parse_reference("nginx").with_digest(d)`` prints as
        ``docker.io/library/nginx:latest@<d>``; ``parse_reference("nginx@" + d)``
        has no tag.

        Parameters
        ----------
        digest : str
            ``algorithm:hex``, such as ``sha256:`` and 64 lowercase hex digits.

        Returns
        -------
        Reference
            The new reference.

        Raises
        ------
        InvalidReference
            ``invalid digest format`` if ``digest`` breaks the reference
            grammar; otherwise go-digest's message (``invalid checksum digest
            length``, ``invalid checksum digest format`` or ``unsupported
            digest algorithm``) if it is not a valid digest. Go's ``WithDigest``
            makes only the first check; the second keeps every Reference
            parseable.

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> ref = parse_reference("nginx:1.27").with_digest("sha256:" + "ab" * 32)
        >>> ref.tag, ref.digest == "sha256:" + "ab" * 32
        ('1.27', True)
        >>> parse_reference("nginx").with_digest("sha256:abc")
        Traceback (most recent call last):
            ...
        taxonomy.errors.InvalidReference: invalid digest format
        """
        if not isinstance(digest, str) or not _grammar().ANCHORED_DIGEST_REGEXP.fullmatch(digest):
            raise InvalidReference(_ERR_DIGEST_FORMAT)
        _check_digest(digest)
        return Reference(self.domain, self.path, self.tag, digest)

    def _suffix(self) -> str:
        tag = f":{self.tag}" if self.tag is not None else ""
        digest = f"@{self.digest}" if self.digest is not None else ""
        return tag + digest

    def __str__(self) -> str:
        """The full form: ``name[:tag][@digest]``.

        Examples
        --------
        >>> from taxonomy.reference import parse_reference
        >>> str(parse_reference("student/web"))
        'docker.io/student/web:latest'
        """
        return self.name + self._suffix()


def parse_reference(text: str) -> Reference:
    """Parse an image reference the way Docker does.

    Applies Docker's normalisation (``ParseNormalizedNamed``) and then gives
    a reference with neither tag nor digest the tag ``latest``
    (``TagNameOnly``). See the module documentation for the rules.

    Parameters
    ----------
    text : str
        A familiar or full reference, such as ``"nginx"``,
        ``"student/web:v2"`` or ``"localhost:5000/app@sha256:<hex>"``.

    Returns
    -------
    Reference
        The normalised reference.

    Raises
    ------
    InvalidReference
        If ``text`` is not a str, is empty or breaks the grammar. The message
        is Docker's, for example ``invalid reference format``,
        ``invalid reference format: repository name (library/UPPER) must be
        lowercase``, ``repository name must not be more than 255
        characters``, ``invalid repository name (<64 hex>), cannot specify
        64-byte hexadecimal strings``, ``invalid checksum digest length`` or
        ``unsupported digest algorithm``.

    Examples
    --------
    >>> from taxonomy.reference import parse_reference
    >>> print(parse_reference("index.docker.io/student/web"))
    docker.io/student/web:latest
    >>> ref = parse_reference("mcr.microsoft.com/dotnet/sdk:8.0")
    >>> ref.domain, ref.path, ref.tag
    ('mcr.microsoft.com', 'dotnet/sdk', '8.0')
    >>> ref = parse_reference("localhost:5000/app@sha256:" + "0" * 64)
    >>> ref.tag is None, ref.familiar_name
    (True, 'localhost:5000/app')
    >>> parse_reference("UPPER")
    Traceback (most recent call last):
        ...
    taxonomy.errors.InvalidReference: invalid reference format: repository name (library/UPPER) must be lowercase
    """
    return Reference(*_parse_parts(text))


def tag_omitted(text: str) -> bool:
    """True when ``text`` names neither a tag nor a digest (Docker then says "Using default tag: latest").

    Examples
    --------
    >>> from taxonomy.reference import tag_omitted
    >>> tag_omitted("nginx"), tag_omitted("localhost:5000/app"), tag_omitted("nginx:1.27"), tag_omitted("nginx@sha256:ab")
    (True, True, False, False)
    """
    return ":" not in text.rsplit("/", 1)[-1] and "@" not in text
