"""Where the load test's server keeps its data, and how the test reads it back afterwards.

SQLite: a fresh data directory, read with Python's sqlite3. PostgreSQL (--database URL): a fresh
schema in that database, made the server's search path through the URL's `options` (as libpq
reads it), read with `psql` (as JSON) so that no Python driver is needed, and
dropped at the end.
"""

import glob
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import urllib.parse

SCANS = ("scans", ("token", "id", "revision"))
ANSWERS = ("answers", ("scan_id", "question_id", "value", "note", "revision"))


class SQLiteData:
    def __init__(self, work):
        self.directory = os.path.join(work, "data")
        shutil.rmtree(self.directory, ignore_errors=True)
        self.name = "SQLite"

    def server_args(self):
        return []  # the data directory the server is started with

    def rows(self, table, columns):
        database = sqlite3.connect(os.path.join(self.directory, "kader.sqlite"))
        try:
            return [tuple(row) for row in database.execute(f"SELECT {', '.join(columns)} FROM {table}")]
        finally:
            database.close()

    def remove(self):
        pass


class PostgresData:
    def __init__(self, url):
        self.base = url
        self.schema = "kader_load_" + secrets.token_hex(6)
        parts = urllib.parse.urlsplit(url)
        query = urllib.parse.parse_qsl(parts.query) + [("options", f"-c search_path={self.schema}")]
        self.url = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query, quote_via=urllib.parse.quote)))
        self.name = f"PostgreSQL ({parts.hostname}:{parts.port or 5432}{parts.path})"
        self.psql(f"CREATE SCHEMA {self.schema}")

    def server_args(self):
        return ["--database", self.url]

    @staticmethod
    def psql_binary():
        found = shutil.which("psql") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True)), None)
        if found is None:
            raise SystemExit("--database needs psql (Debian's postgresql-client) to read the database back")
        return found

    def psql(self, sql, url=None, tuples=False):
        flags = ["-A", "-t"] if tuples else []
        done = subprocess.run([self.psql_binary(), "-X", "-q", "-v", "ON_ERROR_STOP=1", *flags, url or self.base, "-c", sql],
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    def rows(self, table, columns):
        text = self.psql(f"SELECT COALESCE(json_agg(json_build_array({', '.join(columns)})), '[]') FROM {table}",
                         url=self.url, tuples=True)
        return [tuple(row) for row in json.loads(text)]

    def remove(self):
        self.psql(f"DROP SCHEMA {self.schema} CASCADE")


def stored(data):
    """(scans by token: (id, revision), answers by scan id: {question: (value, note, revision)})."""
    scans = {token: (int(scan_id), int(revision)) for token, scan_id, revision in data.rows(*SCANS)}
    answers = {}
    for scan_id, question, value, note, revision in data.rows(*ANSWERS):
        answers.setdefault(int(scan_id), {})[question] = (value, note, int(revision))
    return scans, answers
