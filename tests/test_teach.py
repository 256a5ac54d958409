"""Teaching tables: reference expansion, image sizes, registries."""

import pytest

import taxonomy as tx
from taxonomy import teach


def test_expand_follows_dockers_normalisation():
    t = teach.expand("nginx", "student/web:v2", "localhost:5000/app", "mcr.microsoft.com/dotnet/sdk:8.0",
                     "index.docker.io/library/redis", lang="en")
    assert t.column("full") == ["docker.io/library/nginx:latest", "docker.io/student/web:v2",
                                "localhost:5000/app:latest", "mcr.microsoft.com/dotnet/sdk:8.0",
                                "docker.io/library/redis:latest"]
    assert t.column("registry") == ["docker.io", "docker.io", "localhost:5000", "mcr.microsoft.com", "docker.io"]
    assert t.column("repository")[0] == "library/nginx"
    assert t.column("typed")[1] == "student/web:v2"


def test_expand_shows_a_digest_short_and_keeps_it_in_full():
    digest = "sha256:" + "ab" * 32
    t = teach.expand(f"nginx@{digest}", lang="en")
    assert t.column("digest") == ["sha256:abababababab…"]
    assert t.column("tag") == ["—"]
    assert t.column("full") == [f"docker.io/library/nginx@{digest}"]


@pytest.mark.parametrize("text, message", [
    ("NGINX", "repository name (library/NGINX) must be lowercase"),
    ("nginx:bad:tag", "invalid reference format"),
    ("", "invalid reference format"),
])
def test_an_invalid_reference_is_a_row_with_dockers_message_not_an_exception(text, message):
    t = teach.expand(text, lang="en")
    assert t.column("full")[0].startswith("invalid: ") and message in t.column("full")[0]
    assert t.column("registry") == [""]


def test_headings_follow_the_language():
    assert teach.expand("nginx", lang="fr").headings[0] == "vous tapez"
    try:
        tx.set_language("fr")
        assert teach.expand("nginx").headings[-1] == "Docker utilise"
    finally:
        tx.set_language("en")


def test_a_table_prints_as_text_and_renders_as_html():
    t = teach.expand("a<b", "nginx", lang="en")
    text = str(t)
    assert text.splitlines()[0].startswith("you type") and repr(t) == text
    page = t._repr_html_()
    assert page.startswith('<table class="tx-table"><caption>How Docker reads image references</caption>')
    assert "a&lt;b" in page and "<th>Docker uses</th>" in page


def test_column_refuses_an_unknown_id():
    with pytest.raises(tx.InvalidArgument, match="no column 'nosuch'; the columns are: typed, registry"):
        teach.expand("nginx").column("nosuch")


def test_sizes_count_each_shared_layer_once_and_follow_docker_images():
    w = tx.World()
    w.pull("nginx:1.27")
    size = teach.image_size(w, "nginx:1.27")
    assert size == sum(layer["nominal_size"] for layer in w.layers("nginx:1.27"))
    t = teach.sizes(w, "nginx:1.27", lang="en")
    assert t.column("layers") == ["7"]
    images = w.docker("docker images").output
    assert t.column("disk")[0] in images


def test_sizes_of_a_missing_image_raise_dockers_not_found():
    with pytest.raises(tx.NotFound, match="No such image"):
        teach.image_size(tx.World(), "nginx:1.27")


def test_registries_table_names_the_three_kinds():
    w = tx.World()
    w.add_registry("contoso.azurecr.io", kind="private-cloud", label="Azure Container Registry")
    w.add_registry("dtr.contoso.local", kind="on-premises", label="Docker Trusted Registry")
    t = teach.registries(w, lang="fr")
    assert t.column("domain") == ["contoso.azurecr.io", "docker.io", "dtr.contoso.local", "mcr.microsoft.com"]
    assert t.column("kind") == ["privé, cloud", "public", "sur site", "public"]
    assert t.column("login") == ["oui", "non", "oui", "non"]
