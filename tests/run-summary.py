#!/usr/bin/env python3
"""The closing lines of tests/run.sh: how many tests ran on each provider, so a run that skipped PostgreSQL
shows it, then how many passed and failed. Reads every .trx file in the folder given as the only argument.

A storage test's provider is its argument, which the test name shows as "(provider: Postgres)" or
"(provider: Sqlite, ...)"; a method whose name merely mentions a provider is not counted."""
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
argument = re.compile(r"[(,]\s*provider: (Postgres|Sqlite)\s*[,)]")
passed = failed = pg = sqlite = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        name, outcome = result.get("testName", ""), result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted"):
            failed += 1
        match = argument.search(name)
        if match and match.group(1) == "Postgres":
            pg += 1
        elif match:
            sqlite += 1
print(f"storage tests: {pg} on PostgreSQL, {sqlite} on SQLite")
print(f"{passed} passed, {failed} failed")
