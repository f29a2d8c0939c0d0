"""Uploads from the browser: names, content checks, archives, limits, saving, and a real batch
through a real (incremental) ETL rebuild into a temporary warehouse."""
from __future__ import annotations

import io
import stat
import zipfile

import pytest

from services import uploads
from services.uploads import Limits, check_batch, content_problem, safe_name, save_batch
from tests.dashboard import upload_samples as s


@pytest.mark.parametrize("name, expected", [
    ("report.txt", "report.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\win.ini.TXT", "win.ini.txt"),
    ("/abs/path/a.md", "a.md"),
    (".hidden.html", "hidden.html"),
    ("...txt", "upload.txt"),
    ("技术转移论坛 2023.docx", "技术转移论坛_2023.docx"),
    ("ｆｕｌｌｗｉｄｔｈ．ｐｄｆ", "fullwidth.pdf"),
    ("a\x00b\nc.txt", "abc.txt"),
    ("rm -rf $(x);.html", "rm_-rf_(x).html"),
    ("noext", "noext"),
    ("", "upload"),
])
def test_safe_name_keeps_letters_and_drops_paths_and_leading_dots(name, expected):
    assert safe_name(name) == expected


def test_safe_name_is_bounded_and_keeps_the_suffix():
    out = safe_name("x" * 500 + ".html")
    assert len(out) == 120 and out.endswith(".html")


@pytest.mark.parametrize("name, data, expected", [
    ("a.txt", b"Forum held in Accra in 2019.", None),
    ("a.md", "# 论坛\n\n2019年在昆明举办。".encode(), None),
    ("a.htm", b"<html><body><p>Forum</p></body></html>", None),
    ("a.pdf", b"%PDF-1.7\n...", None),
    ("a.pdf", b"\n\n%PDF-1.4\n", None),
    ("a.exe", b"MZ...", "unsupported file type '.exe'"),
    ("a.doc", b"\xd0\xcf\x11\xe0", "unsupported file type '.doc'"),
    ("README", b"text", "no file extension"),
    ("a.txt", b"", "empty file (0 bytes)"),
    ("a.pdf", b"<html>not a pdf</html>", "named .pdf but the content is not a PDF"),
    ("a.pdf", b"\x89PNG\r\n\x1a\n", "named .pdf but the content is a PNG image"),
    ("a.docx", b"%PDF-1.5", "named .docx but the content is a PDF"),
    ("a.docx", b"plain words", "named .docx but the content is not a Word document"),
    ("a.txt", b"\x7fELF\x02\x01", "named .txt but the content is a program, not text"),
    ("a.html", b"PK\x03\x04rest", "named .html but the content is a ZIP archive (or .docx), "
                                  "not text"),
])
def test_content_problem_names_the_mismatch(name, data, expected):
    problem = content_problem(name, data)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and problem.startswith(expected)


def test_docx_without_a_word_document_inside_is_refused():
    assert content_problem("a.docx", s.zip_bytes({"hello.txt": b"hi"})) == \
        "named .docx but it is a ZIP without a Word document inside"
    assert content_problem("a.docx", s.docx_bytes("Forum in Lima.")) is None


def _messages(refused):
    return {o.name: o.message for o in refused}


def test_zip_members_are_checked_one_by_one():
    data = s.zip_bytes({"ok.txt": b"A forum in Quito.", "../evil.txt": b"x",
                        "/etc/cron.txt": b"x", "C:/win.txt": b"x", "inner.zip": b"PK\x03\x04",
                        "pic.png": b"\x89PNG", "__MACOSX/._ok.txt": b"x", ".DS_Store": b"x",
                        "dir/": b""})
    accepted, refused = check_batch([("b.zip", data)])
    assert [a.name for a in accepted] == ["b.zip/ok.txt"]
    msgs = _messages(refused)
    assert msgs["b.zip/../evil.txt"].startswith("unsafe path in archive")
    assert msgs["b.zip//etc/cron.txt"].startswith("unsafe path in archive")
    assert msgs["b.zip/C:/win.txt"].startswith("unsafe path in archive")
    assert msgs["b.zip/inner.zip"] == "archives inside archives are not accepted"
    assert msgs["b.zip/pic.png"].startswith("unsupported file type '.png'")
    assert len(refused) == 5  # hidden files and folders are skipped silently


def test_zip_bomb_by_ratio_is_refused():
    data = s.zip_bytes({"bomb.txt": b"A" * 2_000_000})
    _, refused = check_batch([("b.zip", data)])
    assert "zip bomb?" in refused[0].message and refused[0].status == "rejected"


def test_zip_whose_declared_total_is_too_large_is_refused_whole():
    data = s.zip_bytes({f"{i}.txt": b"forum " * 2000 for i in range(5)})
    _, refused = check_batch([("b.zip", data)], limits=Limits(max_total_bytes=30_000))
    assert [o.name for o in refused] == ["b.zip"]
    assert refused[0].message.startswith("archive unpacks to")


def test_zip_symlink_member_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("link.txt")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    _, refused = check_batch([("l.zip", buf.getvalue())])
    assert refused[0].message == "symbolic link inside the archive"


def test_broken_zip_is_refused_with_the_reason():
    _, refused = check_batch([("b.zip", b"PK\x03\x04 truncated")])
    assert refused[0].message.startswith("not a readable ZIP archive")


def test_too_many_archive_entries():
    data = s.zip_bytes({f"{i}.txt": b"x" for i in range(6)})
    _, refused = check_batch([("b.zip", data)], limits=Limits(max_archive_entries=5))
    assert refused[0].message == "archive has 6 files; the limit is 5"


@pytest.mark.parametrize("limits, n_ok, message", [
    (Limits(max_files=2), 2, "too many files in one upload (limit 2)"),
    (Limits(max_file_bytes=15), 2, "per file"),
    (Limits(max_total_bytes=25), 2, "the upload exceeds"),
])
def test_per_upload_limits(limits, n_ok, message):
    files = [("a.txt", b"forum one 123"), ("b.txt", b"forum two 45"),
             ("c.txt", b"forum three 67890")]
    accepted, refused = check_batch(files, limits=limits)
    assert len(accepted) == n_ok
    assert message in refused[0].message


def test_identical_content_is_a_duplicate_of_the_known_document_or_of_the_batch():
    known = {uploads._sha(b"old text"): "2019/a.txt"}
    accepted, refused = check_batch([("x.txt", b"old text"), ("y.txt", b"new"),
                                     ("z.txt", b"new")], known)
    assert [a.name for a in accepted] == ["y.txt"]
    assert [(o.name, o.status, o.duplicate_of) for o in refused] == [
        ("x.txt", "duplicate", "2019/a.txt"), ("z.txt", "duplicate", "y.txt (this upload)")]


def test_save_never_overwrites(tmp_path):
    accepted, _ = check_batch([("a.txt", b"first")])
    save_batch(accepted, tmp_path, s.DAY)
    accepted, _ = check_batch([("a.txt", b"second"), ("sub/a.txt", b"third")])
    out = save_batch(accepted, tmp_path, s.DAY)
    assert [o.saved_as for o in out] == ["uploads/2026-03-09/a-1.txt",
                                         "uploads/2026-03-09/a-2.txt"]
    folder = tmp_path / "uploads" / "2026-03-09"
    assert (folder / "a.txt").read_bytes() == b"first"
    assert (folder / "a-2.txt").read_bytes() == b"third"


def test_check_batch_never_raises_on_garbage():
    accepted, refused = check_batch([("", b""), ("\x00", b"\xff" * 10), ("a.zip", b""),
                                     ("🙂.zip", b"PK\x05\x06" + b"\x00" * 18)])
    assert accepted == [] and len(refused) == 4
    assert _messages(refused)["🙂.zip"] == "the archive holds no files"
