"""--mount and -v values, with docker/cli's and the daemon's texts."""

import pytest

import taxonomy as tx
from taxonomy.containerfs import MountSpec, MountSpecError, parse_mount, parse_volume


@pytest.mark.parametrize("value, spec", [
    ("type=volume,src=todo-db,target=/etc/todos", MountSpec("volume", "todo-db", "/etc/todos")),
    ("src=todo-db,target=/etc/todos", MountSpec("volume", "todo-db", "/etc/todos")),
    ("type=bind,src=/home/me/app,target=/app", MountSpec("bind", "/home/me/app", "/app")),
    ("type=bind,source=./,target=/usr/local/apache2/htdocs/", MountSpec("bind", "/home/me/app", "/usr/local/apache2/htdocs/")),
    ("type=bind,src=/x,dst=/y,readonly", MountSpec("bind", "/x", "/y", readonly=True)),
    ("type=bind,src=/x,destination=/y,ro=true", MountSpec("bind", "/x", "/y", readonly=True)),
    ('type=bind,"src=/my dir",target=/y', MountSpec("bind", "/my dir", "/y")),   # CSV quoting, as the CLI reads it
    ("type=tmpfs,target=/run/cache,tmpfs-size=64m", MountSpec("tmpfs", "", "/run/cache")),
    ("TYPE=Volume,src=v,target=/v,volume-nocopy", MountSpec("volume", "v", "/v", nocopy=True)),
])
def test_mount_values(value, spec):
    assert parse_mount(value, cwd="/home/me/app") == spec


@pytest.mark.parametrize("value, text, source", [
    ("type=bind,src=/x", "target is required", "flag"),
    ("type=,target=/x", "type is required", "flag"),
    ("type=bind,src=/x,target=/y,colour=red", "unexpected key 'colour' in 'colour=red'", "flag"),
    ("type=bind,src=/x,target=/y,wat", "invalid field 'wat' must be a key=value pair", "flag"),
    ("type=bind,src=/x,target=/y,readonly=maybe", "invalid value for readonly: maybe", "flag"),
    ("type=bind,src=/x,target=/y,volume-nocopy", "cannot mix 'volume-*' options with mount type 'bind'", "flag"),
    ("type=bind,target=/y", 'invalid mount config for type "bind": field Source must not be empty', "daemon"),
    ("type=volume,src=v,target=app", "invalid mount config for type \"volume\": invalid mount path: 'app' mount path must be absolute", "daemon"),
    ("type=volume,src=v,target=/", "invalid mount config for type \"volume\": invalid specification: destination can't be '/'", "daemon"),
    ("type=disk,src=v,target=/v", 'invalid mount config for type "disk": mount type unknown', "daemon"),
])
def test_mount_errors(value, text, source):
    with pytest.raises(MountSpecError) as err:
        parse_mount(value)
    assert str(err.value) == text and err.value.source == source and err.value.value == value
    assert isinstance(err.value, tx.InvalidArgument)


@pytest.mark.parametrize("value, spec", [
    ("todo-mysql-data:/var/lib/mysql", MountSpec("volume", "todo-mysql-data", "/var/lib/mysql")),
    ("/home/me/app:/app", MountSpec("bind", "/home/me/app", "/app")),
    (".:/app", MountSpec("bind", "/home/me/app", "/app")),
    ("/home/me/app:/app:ro", MountSpec("bind", "/home/me/app", "/app", readonly=True)),
    ("/var/lib/postgresql", MountSpec("volume", "", "/var/lib/postgresql")),
    ("data:/data:rw,nocopy", MountSpec("volume", "data", "/data", nocopy=True)),
])
def test_volume_values(value, spec):
    assert parse_volume(value, cwd="/home/me/app") == spec


@pytest.mark.parametrize("value, text", [
    (":/app", "invalid volume specification: ':/app'"),
    ("/data:ro", "invalid volume specification: '/data:ro'"),
    ("a:/b:c:d", "invalid volume specification: 'a:/b:c:d'"),
    ("a:/b:fast", "invalid mode: fast"),
    ("a:/b:ro,rw", "invalid mode: ro,rw"),
    ("a:b", "invalid mount config for type \"volume\": invalid mount path: 'b' mount path must be absolute"),
])
def test_volume_errors(value, text):
    with pytest.raises(MountSpecError, match="^" + text.replace("(", r"\(").replace(")", r"\)") + "$") as err:
        parse_volume(value)
    assert err.value.source == "daemon"
