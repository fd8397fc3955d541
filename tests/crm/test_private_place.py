"""On Windows a file that holds a secret must live in the user's own folder, whose access list
keeps other users out (file modes do it elsewhere): the rule is pure over PureWindowsPath, so
it is tested here on any system, with the places a Windows laptop has."""

from __future__ import annotations

import pytest

from desktop.crm.io.files import check_private_place

PROFILE = r"C:\Users\Marie"


@pytest.mark.parametrize("path", [
    r"C:\Users\Marie\AppData\Local\crm-desktop\graph-token-cache.bin",
    r"c:\users\MARIE\AppData\Roaming\cache.bin",  # Windows ignores case
    r"C:\Users\Marie\Documents\..\AppData\cache.bin",  # ".." staying inside
])
def test_a_secret_in_the_users_own_folder_is_accepted(path):
    check_private_place(path, PROFILE, windows=True)


@pytest.mark.parametrize("path", [
    r"C:\Users\Public\cache.bin",  # every user's
    r"C:\Users\Marie\..\Public\cache.bin",  # out of the profile by ".."
    r"C:\Users\Marie2\cache.bin",  # a name that only begins like the profile
    r"C:\ProgramData\crm-desktop\cache.bin",
    r"D:\Users\Marie\cache.bin",  # another drive
    r"\\server\share\Marie\cache.bin",  # a network share
    r"cache.bin",  # relative: its place depends on the current folder
    PROFILE,  # the folder itself is not a file in it
])
def test_a_secret_outside_the_users_own_folder_is_refused(path):
    with pytest.raises(PermissionError, match="outside the user's own folder"):
        check_private_place(path, PROFILE, windows=True)


def test_elsewhere_than_windows_file_modes_keep_others_out():
    check_private_place("/tmp/cache.bin", "/home/marie", windows=False)
