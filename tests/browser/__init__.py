"""Browser tests: JupyterLab, Voilà and JupyterLite in Debian's Chromium (see conftest.py and labkit.py)."""
