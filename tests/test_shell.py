"""The small shell inside containers: BusyBox texts in Alpine, coreutils/dash/bash texts in Debian and Ubuntu."""

import pytest

from taxonomy.catalog import CATALOG, TUTORIAL_CATALOG, recipe_entries
from taxonomy.content import Layer
from taxonomy.containerfs import ContainerFS, Mount, layer_entries, merge_layers, runtime_mounts, tree_value, Entry
from taxonomy.shell import BUSYBOX, GNU, MAX_OUTPUT_BYTES, Context, Process, container_environment, run, run_script
from taxonomy.shell.parse import MAX_SCRIPT_BYTES


def catalog_tree(ref):
    """An image of the catalog as a world makes it: each layer's real tar bytes, read back and merged."""
    repo, _, tag = ref.partition(":")
    spec = next(s for s in CATALOG + TUTORIAL_CATALOG if s.repository.split("/")[-1] == repo and (tag or "latest") in s.tags)
    blobs = [Layer.from_files(recipe_entries(name)).blob for name in spec.layers]
    return merge_layers([layer_entries(b) for b in blobs]), spec.config


@pytest.fixture(scope="module")
def trees():
    return {ref: catalog_tree(ref) for ref in ("alpine:3.22", "debian:bookworm", "ubuntu:24.04", "node:18-alpine",
                                               "busybox", "node:18", "mysql:8.0")}


def make(trees, ref, *, tty=False, mounts=(), cwd="/", uid=0, gid=0):
    tree, config = trees[ref]
    fs = ContainerFS(tree, mounts=tuple(runtime_mounts("a1b2c3d4e5f6")) + tuple(mounts), clock=1_764_748_800)
    env = container_environment(config.get("Env", []), hostname="a1b2c3d4e5f6", tty=tty)
    procs = (Process(1, tuple(config.get("Cmd", ["sh"]))),)
    return Context(fs, env, "a1b2c3d4e5f6", cwd=cwd, tty=tty, processes=procs, now=1_764_748_800, uid=uid, gid=gid,
                   image_time=1_748_736_000)


@pytest.mark.parametrize("ref, argv, output, code", [
    ("alpine:3.22", ["ls", "nosuch"], "ls: nosuch: No such file or directory\n", 1),
    ("debian:bookworm", ["ls", "nosuch"], "ls: cannot access 'nosuch': No such file or directory\n", 2),
    ("alpine:3.22", ["cat", "/nosuch"], "cat: can't open '/nosuch': No such file or directory\n", 1),
    ("debian:bookworm", ["cat", "/nosuch"], "cat: /nosuch: No such file or directory\n", 1),
    ("alpine:3.22", ["cat", "/etc"], "cat: read error: Is a directory\n", 1),
    ("debian:bookworm", ["cat", "/etc"], "cat: /etc: Is a directory\n", 1),
    ("alpine:3.22", ["stat", "greeting.txt"], "stat: can't stat 'greeting.txt': No such file or directory\n", 1),
    ("debian:bookworm", ["stat", "greeting.txt"], "stat: cannot statx 'greeting.txt': No such file or directory\n", 1),
    ("alpine:3.22", ["rm", "/nosuch"], "rm: can't remove '/nosuch': No such file or directory\n", 1),
    ("debian:bookworm", ["rm", "/nosuch"], "rm: cannot remove '/nosuch': No such file or directory\n", 1),
    ("alpine:3.22", ["rm", "/etc"], "rm: '/etc' is a directory\n", 1),
    ("debian:bookworm", ["rm", "/etc"], "rm: cannot remove '/etc': Is a directory\n", 1),
    ("alpine:3.22", ["mkdir", "/etc"], "mkdir: can't create directory '/etc': File exists\n", 1),
    ("debian:bookworm", ["mkdir", "/etc"], "mkdir: cannot create directory '/etc': File exists\n", 1),
    ("alpine:3.22", ["touch", "/nosuch/x"], "touch: /nosuch/x: No such file or directory\n", 1),
    ("debian:bookworm", ["touch", "/nosuch/x"], "touch: cannot touch '/nosuch/x': No such file or directory\n", 1),
    ("alpine:3.22", ["sh", "-c", "yarn"], "sh: yarn: not found\n", 127),
    ("debian:bookworm", ["sh", "-c", "yarn"], "sh: 1: yarn: not found\n", 127),
    ("debian:bookworm", ["bash", "-c", "yarn"], "bash: line 1: yarn: command not found\n", 127),
    ("alpine:3.22", ["sh", "-c", "cd /nosuch"], "sh: cd: line 1: can't cd to /nosuch: No such file or directory\n", 2),
    ("debian:bookworm", ["sh", "-c", "cd /nosuch"], "sh: 1: cd: can't cd to /nosuch\n", 2),
    ("debian:bookworm", ["bash", "-c", "cd /nosuch"], "bash: line 1: cd: /nosuch: No such file or directory\n", 1),
    ("alpine:3.22", ["sh", "-c", "echo hi > /nosuch/x"], "sh: can't create /nosuch/x: nonexistent directory\n", 2),
    ("debian:bookworm", ["sh", "-c", "echo hi > /nosuch/x"], "sh: 1: cannot create /nosuch/x: Directory nonexistent\n", 2),
    ("alpine:3.22", ["whoami"], "root\n", 0),
    ("debian:bookworm", ["id"], "uid=0(root) gid=0(root) groups=0(root)\n", 0),
    ("alpine:3.22", ["id"], "uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),"
                            "10(wheel),11(floppy),20(dialout),26(tape),27(video)\n", 0),
    ("alpine:3.22", ["uname"], "Linux\n", 0),
    ("alpine:3.22", ["hostname"], "a1b2c3d4e5f6\n", 0),
    ("alpine:3.22", ["pwd"], "/\n", 0),
    ("busybox", ["ls", "nosuch"], "ls: nosuch: No such file or directory\n", 1),
])
def test_texts_and_exit_codes(trees, ref, argv, output, code):
    r = run(argv, make(trees, ref))
    assert (r.output, r.exit_code) == (output, code)


def test_uname_a_names_the_userland(trees):
    assert run(["uname", "-a"], make(trees, "alpine:3.22")).output.endswith(" x86_64 Linux\n")
    assert run(["uname", "-a"], make(trees, "debian:bookworm")).output.endswith(" x86_64 x86_64 x86_64 GNU/Linux\n")
    assert run(["uname", "-a"], make(trees, "alpine:3.22")).output.startswith("Linux a1b2c3d4e5f6 6.")


def test_os_release_comes_from_the_real_layer(trees):
    out = run(["cat", "/etc/os-release"], make(trees, "alpine:3.22")).output
    assert "ID=alpine\n" in out and 'PRETTY_NAME="Alpine Linux v3.22"' in out
    assert run(["cat", "/etc/alpine-release"], make(trees, "alpine:3.22")).output == "3.22.0\n"
    assert "VERSION_CODENAME=bookworm" in run(["cat", "/etc/os-release"], make(trees, "debian:bookworm")).output


def test_a_program_the_image_lacks_is_for_docker_to_report(trees):
    r = run(["bash"], make(trees, "alpine:3.22"))
    assert r.not_found == "bash" and r.exit_code == 127 and r.output == ""
    assert run(["ps"], make(trees, "debian:bookworm")).not_found == "ps"      # procps is not in Debian's base
    assert run(["ps"], make(trees, "node:18")).not_found == ""                 # buildpack-deps installs it


def test_program_the_model_does_not_run_gets_a_plain_note(trees):
    r = run(["sh", "-c", "yarn install && yarn run dev"], make(trees, "node:18-alpine"))
    assert r.exit_code == 0
    assert any("does not run yarn" in n and "yarn install" in n for n in r.notes)


def test_and_or_semicolon_and_exit_status(trees):
    ctx = make(trees, "alpine:3.22")
    r = run(["sh", "-c", "false && echo no; false || echo yes; ls /nosuch; echo $?"], ctx)
    assert r.output == "yes\nls: /nosuch: No such file or directory\n1\n"
    assert run(["sh", "-c", "true; exit 3"], ctx).exit_code == 3


def test_quoting_and_variables(trees):
    ctx = make(trees, "alpine:3.22")
    r = run(["sh", "-c", "X='a  b'; echo $X; echo \"$X\"; echo '$X'; echo \\$HOME $HOME"], ctx)
    assert r.output == "a b\na  b\n$X\n$HOME /root\n"


def test_echo_redirect_and_append_then_cat_and_diff(trees):
    ctx = make(trees, "alpine:3.22")
    run(["sh", "-c", "echo hello > /tmp/greeting.txt && echo world >> /tmp/greeting.txt"], ctx)
    assert run(["cat", "/tmp/greeting.txt"], ctx).output == "hello\nworld\n"
    assert ctx.fs.diff_lines() == ["C /tmp", "A /tmp/greeting.txt"]


def test_rm_rf_mkdir_p_and_touch(trees):
    ctx = make(trees, "debian:bookworm")
    r = run(["sh", "-c", "mkdir -p /app/data/x && touch /app/data/x/f && rm -r /app/data && ls /app; rm -f /nosuch"], ctx)
    assert (r.output, r.exit_code) == ("", 0)
    assert ctx.fs.diff_lines() == ["A /app"]


def test_rm_rf_root_refuses(trees):
    r = run(["rm", "-rf", "/"], make(trees, "debian:bookworm"))
    assert r.exit_code == 1 and "it is dangerous to operate recursively on '/'" in r.output


def test_ls_root_one_per_line_and_columns_on_a_terminal(trees):
    ctx = make(trees, "alpine:3.22")
    names = run(["ls", "/"], ctx).output.split()
    assert {"etc", "proc", "sys", "dev"} <= set(names) and names == sorted(names)
    term = run(["ls", "/"], make(trees, "alpine:3.22", tty=True)).output
    assert len(term.splitlines()) < len(names)


def test_ls_l_and_la_formats(trees):
    bb = run(["ls", "-l", "/etc/alpine-release"], make(trees, "alpine:3.22")).output
    assert bb.startswith("-rw-r--r--    1 root     root             7 ")
    gnu = run(["ls", "-la", "/etc"], make(trees, "debian:bookworm")).output.splitlines()
    assert gnu[0].startswith("total ")
    assert gnu[1].endswith(" .") and gnu[2].endswith(" ..")
    passwd = next(line.split() for line in gnu if line.endswith(" passwd"))
    assert passwd[:4] == ["-rw-r--r--", "1", "root", "root"] and passwd[5:8] == ["Jun", "1", "2025"]


def test_stat_of_a_new_file(trees):
    ctx = make(trees, "alpine:3.22")
    run(["sh", "-c", "cd /tmp; echo hello > greeting.txt"], ctx)
    out = run(["stat", "/tmp/greeting.txt"], ctx).output.splitlines()
    assert out[0] == "  File: /tmp/greeting.txt"
    assert out[1].startswith("  Size: 6         \tBlocks: 8          IO Block: 4096   regular file")
    assert out[3].startswith("Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)")
    assert out[5] == "Modify: 2025-12-03 08:00:00.000000000 +0000"


def test_env_in_dockers_order(trees):
    out = run(["env"], make(trees, "node:18-alpine")).output.splitlines()
    assert [line.split("=")[0] for line in out] == ["PATH", "HOSTNAME", "NODE_VERSION", "YARN_VERSION", "HOME"]
    assert "NODE_VERSION=18.20.8" in out


def test_users_from_the_images_passwd(trees):
    ctx = make(trees, "node:18-alpine", uid=1000, gid=1000)
    assert run(["whoami"], ctx).output == "node\n"
    assert run(["id"], ctx).output == "uid=1000(node) gid=1000(node) groups=1000(node)\n"
    r = run(["whoami"], make(trees, "alpine:3.22", uid=4242, gid=4242))
    assert (r.output, r.exit_code) == ("whoami: unknown uid 4242\n", 1)


def test_ps_lists_pid_1(trees):
    out = run(["ps"], make(trees, "alpine:3.22")).output.splitlines()
    assert out[0] == "PID   USER     TIME  COMMAND"
    assert out[1] == "    1 root      0:00 /bin/sh"
    assert out[-1].endswith(" ps")
    gnu = run(["ps", "-ef"], make(trees, "node:18")).output.splitlines()
    assert gnu[0].split() == ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"]


def test_interactive_prompt_keeps_its_directory(trees):
    ctx = make(trees, "alpine:3.22")
    assert run_script("cd /etc", ctx).exit_code == 0
    assert run_script("pwd", ctx).output == "/etc\n"
    assert run_script("cd /nosuch", ctx).output == "sh: cd: can't cd to /nosuch: No such file or directory\n"
    assert run_script("yarn", ctx).output == "sh: yarn: not found\n"


def test_bind_mount_shows_host_files_and_readonly_refuses(trees):
    src = tree_value({"": Entry("dir"), "package.json": Entry(data=b"{}\n"), "src": Entry("dir")})
    ctx = make(trees, "ubuntu:24.04", mounts=[Mount("/src", "bind", "/home/me/app", src)])
    assert run_script("cd src && ls", ctx).output == "package.json\nsrc\n"
    assert run_script("touch myfile.txt", ctx).exit_code == 0
    assert "myfile.txt" in {p for p, *_ in ctx.fs.mount_values()["/src"]}
    ro = make(trees, "alpine:3.22", mounts=[Mount("/src", "bind", "/home/me/app", src, readonly=True)])
    r = run(["touch", "/src/x"], ro)
    assert (r.output, r.exit_code) == ("touch: /src/x: Read-only file system\n", 1)


def test_output_is_bounded(trees):
    ctx = make(trees, "alpine:3.22")
    ctx.fs.write("/tmp/big", b"x" * 40_000)
    r = run(["sh", "-c", "cat /tmp/big /tmp/big; cat /tmp/big"], ctx)
    assert r.truncated and len(r.stdout.encode()) <= MAX_OUTPUT_BYTES
    assert "output truncated" in r.stderr
    assert not run(["cat", "/etc/os-release"], ctx).truncated


def test_syntax_errors_and_limits(trees):
    ctx = make(trees, "alpine:3.22")
    r = run(["sh", "-c", "echo 'oops"], ctx)
    assert r.exit_code == 2 and "unterminated quoted string" in r.output
    r = run(["sh", "-c", "echo $(whoami)"], ctx)
    assert r.exit_code == 2 and "not supported" in r.output
    r = run(["sh", "-c", "echo " + "x" * (MAX_SCRIPT_BYTES + 1)], ctx)
    assert r.exit_code == 2 and "longer than" in r.output
    deep = "true"
    for _ in range(20):
        deep = f"sh -c {deep!r}".replace("'", '"') if '"' not in deep else f"sh -c '{deep}'"
    assert run(["sh", "-c", "sh -c 'sh -c \"sh -c true\"'"], ctx).exit_code == 0


def test_pipes_feed_stdin(trees):
    assert run(["sh", "-c", "echo hi | cat"], make(trees, "alpine:3.22")).output == "hi\n"


def test_glob(trees):
    ctx = make(trees, "alpine:3.22")
    assert run(["sh", "-c", "ls /etc/*-release"], ctx).output == "/etc/alpine-release\n/etc/os-release\n"


def test_flavors_are_detected(trees):
    assert make(trees, "alpine:3.22").flavor is BUSYBOX
    assert make(trees, "busybox").flavor is BUSYBOX
    assert make(trees, "ubuntu:24.04").flavor is GNU


def test_oracle_linux_sh_is_bash(trees):
    ctx = make(trees, "mysql:8.0")
    assert run(["sh", "-c", "nosuch"], ctx).output == "sh: line 1: nosuch: command not found\n"
    assert run(["id", "mysql"], ctx).output == "uid=999(mysql) gid=999(mysql) groups=999(mysql)\n"


def test_id_of_a_named_user(trees):
    assert run(["id", "ubuntu"], make(trees, "ubuntu:24.04")).output == \
        "uid=1000(ubuntu) gid=1000(ubuntu) groups=1000(ubuntu)\n"
    r = run(["id", "nobody2"], make(trees, "debian:bookworm"))
    assert (r.output, r.exit_code) == ("id: 'nobody2': no such user\n", 1)


def test_random_lines_never_raise_anything_but_taxonomy_errors(trees):
    """Fixed-seed fuzzing: whatever a learner types, the shell answers (or raises a TaxonomyError)."""
    import random
    import taxonomy as tx
    rng = random.Random(16)
    words = ["ls", "-la", "cat", "stat", "rm", "-rf", "mkdir", "-p", "touch", "cd", "..", "/", "/etc", "/tmp/x", "echo",
             "hi", "$HOME", "'q'", '"$X y"', ">", ">>", "2>&1", "<", "&&", "||", ";", "|", "*", "/etc/*", "env", "id",
             "uname", "-a", "ps", "sh", "-c", "exit", "7", "whoami", "nosuch", "~", "${X}", "\\", "'", '"', "#", "&"]
    for ref in ("alpine:3.22", "debian:bookworm"):
        ctx = make(trees, ref)
        for _ in range(400):
            line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
            try:
                r = run_script(line, ctx)
            except tx.TaxonomyError:
                continue
            assert isinstance(r.exit_code, int) and 0 <= r.exit_code <= 255, line
