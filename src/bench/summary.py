"""Writes section 0 of docs/benchmarks.md from src/bench/results/latest.csv (called by run-all.sh).

Usage: python3 src/bench/summary.py LATEST_CSV DOC CORES MEMORY JDK POSTGRES LOAD_BEFORE LOAD_AFTER PARTS SMOKE

The section lies between the markers <!-- run-all:begin --> and <!-- run-all:end -->; when DOC has no
markers yet, the section goes in before "## 1.". With SMOKE "true" DOC is a scratch file, written whole.
Every row names the date of its own figures: a run of some parts keeps the other parts' last figures.
"""
import csv
import os
import re
import sys

BEGIN, END = "<!-- run-all:begin -->", "<!-- run-all:end -->"


def day(stamp):
    """20261202T001211Z -> 2026-12-02 00:12 UTC"""
    return f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]} UTC"


def kpi_rows(fig, val, when, fmt, met):
    """The KPI report (part kpi, section 8): p95 of each report at one connection (a dashboard's refresh,
    one at a time) against the 300 ms target, the other concurrencies beside it, and the heap."""
    rows = []
    cases = val("kpi", "rows", "pg", "complaint_case")
    names = {"day": "90 days per day, all departments", "week-dept": "90 days per ISO week, one department"}
    for name, label in names.items():
        levels = sorted(int(m[1:-4]) for (pa, b, d, m) in fig
                        if pa == "kpi" and b == f"report-{name}" and re.fullmatch(r"c\d+\.p95", m))
        if not levels:
            continue
        first = levels[0]
        p50, p95, p99, rps = (val("kpi", f"report-{name}", "pg", f"c{first}.{m}") for m in ("p50", "p95", "p99", "rps"))
        others = "; ".join(f"{c} connections: p95 {fmt(val('kpi', f'report-{name}', 'pg', f'c{c}.p95'), 0)} ms at "
                           f"{fmt(val('kpi', f'report-{name}', 'pg', f'c{c}.rps'), 1)}/s" for c in levels[1:])
        rows.append((f"KPI report ({label}), {fmt(cases)} cases in PostgreSQL, {first} connection",
                     others or "—", f"p95 {fmt(p95, 0)} ms (p50 {fmt(p50, 0)}, p99 {fmt(p99, 0)}) at {fmt(rps, 1)}/s", "—",
                     "p95 ≤ 300 ms", met(None if p95 is None else p95 <= 300),
                     when("kpi", f"report-{name}", "pg", f"c{first}.p95")))
    # CPU per day report, which the machine's load does not change: PostgreSQL's (the ledger's statements on
    # the roll-ups) and the server's; beside it PostgreSQL's on the detailed rows (the same report with every
    # priority listed), the work the roll-ups save.
    pg, jvm = val("kpi", "ledger-rollup", "pg", "cpu.ms"), val("kpi", "report-day", "pg", "jvm-cpu.ms")
    detailed = val("kpi", "ledger-detailed", "pg", "cpu.ms")
    if pg is not None and jvm is not None:
        rows.append(("KPI report (90 days per day, all departments): CPU per report, PostgreSQL + server JVM",
                     f"PostgreSQL on the detailed rows: {fmt(detailed, 0)} ms",
                     f"{fmt(pg + jvm, 0)} ms (PostgreSQL {fmt(pg, 0)}, JVM {fmt(jvm, 0)})", "—", "≤ 300 ms",
                     met(pg + jvm <= 300), when("kpi", "ledger-rollup", "pg", "cpu.ms")))
    before, after = val("kpi", "heap", "pg", "before.used"), val("kpi", "heap", "pg", "after.used")
    if after is not None:
        rows.append(("Heap used after a full GC after the KPI report load", f"before the load: {fmt(before, 0)} MB",
                     f"{fmt(after, 0)} MB", "—" if not before else f"{after / before:.2f}×", "flat (≤ 1.10× before)",
                     met(None if not before else after / before <= 1.10), when("kpi", "heap", "pg", "after.used")))
    return rows


def impact_rows(fig, val, when, fmt, met):
    """The impact preview (part impact, section 10): the median end-to-end time against the 60 s target."""
    secs = val("impact", "preview", "pg", "seconds.median")
    if secs is None:
        return []
    cases = val("impact", "preview", "pg", "cases")
    rate = val("impact", "preview", "pg", "cases-per-second.median")
    return [(f"Impact preview of a proposed version, {fmt(cases)} past cases in PostgreSQL, end to end",
             f"first run {fmt(val('impact', 'preview', 'pg', 'seconds.first'), 1)} s", f"{fmt(secs, 1)} s ({fmt(rate)} cases/s)",
             "—", "≤ 60 s for 100,000", met(None if cases is None or cases < 100000 else secs <= 60),
             when("impact", "preview", "pg", "seconds.median"))]


def retention_rows(fig, val, when, fmt, met):
    """The retention job (part retention, section 11): closed cases anonymised per second with intake running."""
    rate = val("retention", "job", "pg", "cases-per-second")
    if rate is None:
        return []
    cases = val("retention", "job", "pg", "cases")
    workers = val("retention", "job", "pg", "workers")
    rps, p99 = val("retention", "intake", "pg", "during.rps"), val("retention", "intake", "pg", "during.p99")
    return [(f"Retention job: closed cases anonymised per second, {fmt(cases)} cases in PostgreSQL, "
             f"{fmt(workers)} workers, web-form intake running",
             f"intake beside it: {fmt(rps, 1)} req/s, p99 {fmt(p99)} ms", f"{fmt(rate)} cases/s", "—",
             "≥ 2,000/s for 100,000", met(None if cases is None or cases < 100000 else rate >= 2000),
             when("retention", "job", "pg", "cases-per-second"))]


def search_rows(fig, val, when, fmt, met):
    """The staff search (part search, section 9): p95 of the mix of queries at one connection against the
    200 ms target, the other concurrencies beside it, and the slowest query alone."""
    levels = sorted(int(m[1:-4]) for (pa, b, d, m) in fig if pa == "search" and b == "mix" and re.fullmatch(r"c\d+\.p95", m))
    if not levels:
        return []
    first = levels[0]
    cases = val("search", "rows", "pg", "complaint_case")
    p50, p95, p99, rps = (val("search", "mix", "pg", f"c{first}.{m}") for m in ("p50", "p95", "p99", "rps"))
    others = "; ".join(f"{c} connections: p95 {fmt(val('search', 'mix', 'pg', f'c{c}.p95'), 0)} ms at "
                       f"{fmt(val('search', 'mix', 'pg', f'c{c}.rps'), 1)}/s" for c in levels[1:])
    alone = [(b[len("query-"):], val("search", b, "pg", "p95")) for (pa, b, d, m) in fig
             if pa == "search" and b.startswith("query-") and m == "p95"]
    slowest = max(alone, key=lambda q: q[1] or 0) if alone else None
    listed = val("search", "reference-agent-list", "pg", "p95")
    reference = "; ".join(filter(None, [others, slowest and f"slowest query alone ({slowest[0]}): p95 {fmt(slowest[1], 0)} ms",
                                        listed is not None and f"the agent's queue without q: p95 {fmt(listed, 0)} ms"]))
    return [(f"Staff search, a mix of 6 queries, {fmt(cases)} cases in PostgreSQL, {first} connection", reference or "—",
             f"p95 {fmt(p95, 0)} ms (p50 {fmt(p50, 0)}, p99 {fmt(p99, 0)}) at {fmt(rps, 1)}/s", "—", "p95 ≤ 200 ms",
             met(None if p95 is None else p95 <= 200), when("search", "mix", "pg", f"c{first}.p95"))]


def main():
    latest, doc, cores, memory, jdk, postgres, load_before, load_after, parts, smoke = sys.argv[1:11]
    rows = list(csv.DictReader(open(latest, encoding="utf-8")))
    fig = {}
    for r in rows:
        fig[(r["part"], r["benchmark"], r["db"], r["metric"])] = r

    def val(part, bench, db, metric):
        r = fig.get((part, bench, db, metric))
        return float(r["value"]) if r and r["value"] not in ("", "-") else None

    def when(part, bench, db, metric):
        r = fig.get((part, bench, db, metric))
        return day(r["date"]) if r else ""

    def fmt(x, digits=0):
        return "—" if x is None else f"{x:,.{digits}f}"

    def met(ok):
        return "—" if ok is None else ("**yes**" if ok else "**no**")

    table = []
    curves = []
    ref = val("intake", "pgbench", "pg", "case-insert.16clients.tps")
    names = {"webform": "web form", "call-started": "call.started"}
    dbs = {"h2": "embedded H2", "pg": "PostgreSQL " + postgres.split()[-1]}
    for script in ("webform", "call-started"):
        for db in ("h2", "pg"):
            sat = val("intake", script, db, "saturation.rps")
            if sat is None:
                continue
            ratio = sat / ref if ref else None
            table.append((f"Intake {names[script]}, {dbs[db]}: complaints/s at saturation",
                          f"pgbench, case-shaped row, 1 commit per row, 16 clients: {fmt(ref)}/s",
                          f"{fmt(sat)}/s", "—" if ratio is None else f"{ratio:.1%}".replace("%", " %"),
                          "≥ 25 % of pgbench", met(None if ratio is None else ratio >= 0.25),
                          when("intake", script, db, "saturation.rps")))
            c70 = val("intake", script, db, "p70.connections")
            p50, p99 = val("intake", script, db, "p70.p50"), val("intake", script, db, "p70.p99")
            rate70 = val("intake", script, db, "p70.rps")
            offered = val("intake", script, db, "p70.offered")
            table.append((f"Intake {names[script]}, {dbs[db]}: latency at 70 % of saturation",
                          f"open loop, {fmt(offered)}/s offered on {fmt(c70)} connections: {fmt(rate70)}/s reached = "
                          f"{fmt(None if not rate70 else 100 * rate70 / sat)} % of saturation",
                          f"p50 {fmt(p50, 1)} ms, p99 {fmt(p99, 1)} ms", "—", "p99 ≤ 50 ms",
                          met(None if p99 is None else p99 <= 50), when("intake", script, db, "p70.p99")))
            levels = sorted(((int(m[1:-4]), float(r["value"])) for (pa, b, d, m), r in fig.items()
                             if pa == "intake" and b == script and d == db and re.fullmatch(r"c\d+\.rps", m)))
            p99s = {int(m[1:-4]): float(r["value"]) for (pa, b, d, m), r in fig.items()
                    if pa == "intake" and b == script and d == db and re.fullmatch(r"c\d+\.p99", m)}
            curves.append(f"| {names[script]} | {dbs[db]} | "
                          + ", ".join(f"{c}: {rps:,.0f}/s ({p99s.get(c, 0):.0f} ms)" for c, rps in levels) + " |")
    ready = val("startup", "ready", "h2", "median")
    if ready is not None:
        runs = [fig[k]["value"] for k in sorted(fig) if k[:3] == ("startup", "ready", "h2") and k[3].startswith("run")]
        table.append(("Start-up: process start to /health/ready UP (embedded H2)",
                      "runs: " + ", ".join(f"{float(x):.1f} s" for x in runs), f"median {ready:.1f} s", "—",
                      "≤ 15 s", met(ready <= 15), when("startup", "ready", "h2", "median")))
    empty, full = val("heap", "after-full-gc", "pg", "empty.used"), val("heap", "after-full-gc", "pg", "cases.used")
    cases = val("heap", "cases", "pg", "in-database")
    if full is not None:
        table.append((f"Heap used after a full GC, {fmt(cases)} cases in PostgreSQL",
                      f"the same server before the cases: {fmt(empty, 0)} MB", f"{fmt(full, 0)} MB",
                      "—" if not empty else f"{full / empty:.2f}×", "none set (must not grow with the cases)",
                      "—", when("heap", "after-full-gc", "pg", "cases.used")))
    # The rule decision at 1,000 rows: mean, p50 and p99 (JMH sample mode) beside the sequential loop's.
    def rule_fig(bench, metric):
        r = fig.get(("rules", bench, "-", metric))
        return float(r["value"]) if r else None
    loop = next((k[1] for k in fig if k[0] == "rules" and k[1].startswith("SequentialBaselineBenchmark.mentionsLoop")
                 and "rows=1000" in k[1]), None)
    lavg, l50, l99 = (rule_fig(loop, m) if loop else None for m in ("avg", "p50", "p99"))
    decides = sorted({k[1] for k in fig if k[0] == "rules" and k[1].startswith("DecisionBenchmark.decide")
                      and "rows=1000" in k[1]})
    for bench in decides:
        avg, p50, p99 = (rule_fig(bench, m) for m in ("avg", "p50", "p99"))
        whole = "FULL_DECISION" in bench
        figure = f"mean {fmt(avg, 2)} µs" + ("" if p99 is None else f", p50 {fmt(p50, 2)}, p99 {fmt(p99, 2)} µs")
        reference = "sequential Java loop (mentionsLoop): " + (
            "—" if lavg is None else f"mean {lavg:.2f} µs" + ("" if l99 is None else f", p50 {l50:.2f}, p99 {l99:.2f} µs"))
        if whole:
            ratio, target = "—", "p99 ≤ 20 µs"
            ok = None if p99 is None else p99 <= 20
        else:
            ratio = "—" if not (l50 and p50) else f"{l50 / p50:.1f}× faster (p50)"
            target = "≥ 2× the loop"
            ok = None if not (l50 and p50) else l50 / p50 >= 2
        table.append((f"Rule decision {bench.split('[', 1)[-1].rstrip(']')}", reference, figure, ratio, target,
                      met(ok), when("rules", bench, "-", "avg")))
    mails = [(k[2], float(r["value"]), day(r["date"])) for k, r in fig.items() if k[:2] == ("email", "mails-per-second")]
    for db, m, d in mails:
        table.append((f"Email: mails/s from Dovecot to committed cases ({dbs.get(db, db)})", "—", f"{m:,.1f}/s", "—",
                      "≥ 200/s on PostgreSQL", met(m >= 200) if db == "pg" else "—", d))
    p99, reached = val("phone", "call-started", "pg", "p99.median"), val("phone", "call-started", "pg", "reached.median")
    if p99 is not None:
        table.append(("Phone: call.started offered at 500/s, 10 % retries (PostgreSQL, src/bench/phone-wrk.sh)",
                      "—", f"p99 {p99:,.1f} ms at {fmt(reached)}/s reached", "—", "p99 ≤ 50 ms at 500/s",
                      met(p99 <= 50 and reached is not None and reached >= 490),
                      when("phone", "call-started", "pg", "p99.median")))
    sweep = val("escalation", "sweep", "pg", "checkpoints-per-second.median")
    applied = val("escalation", "sweep", "pg", "applied-per-second.median")
    if sweep is not None:
        # The figure is the rate of the firings themselves (first to last); the wall rate, which also
        # holds the wait for the node's next poll, is the reference beside it.
        figure = sweep if applied is None else applied
        table.append(("Escalation: checkpoints applied per second (one node, PostgreSQL, first to last firing)",
                      f"seeded to all fired, with the wait for the next poll: {fmt(sweep)}/s", f"{figure:,.0f}/s", "—",
                      "≥ 2,000/s", met(figure >= 2000), when("escalation", "sweep", "pg", "checkpoints-per-second.median")))
    small, big = val("escalation", "claim", "pg", "open10000.median"), val("escalation", "claim", "pg", "open1000000.median")
    if big is not None:
        table.append(("Escalation: sweeper's claim of 200 at 1 M open cases", f"at 10 k open cases: {fmt(small, 2)} ms",
                      f"{big:.2f} ms", "—" if not small else f"{big / small:.2f}×", "flat (≤ 2× the 10 k claim)",
                      met(None if not small else big / small <= 2), when("escalation", "claim", "pg", "open1000000.median")))

    table += kpi_rows(fig, val, when, fmt, met)
    table += search_rows(fig, val, when, fmt, met)
    table += impact_rows(fig, val, when, fmt, met)
    table += retention_rows(fig, val, when, fmt, met)

    out = [BEGIN, "## 0. Summary: `src/bench/run-all.sh`", "",
           "Generated by `src/bench/run-all.sh` (do not edit between the markers; rerun instead). Raw figures: "
           "[`src/bench/results/latest.csv`](../src/bench/results/latest.csv).", "",
           "```",
           "src/bench/run-all.sh                       # everything (build, PostgreSQL, each part); alone on the machine",
           "src/bench/run-all.sh --only intake,startup # some parts; the others keep their last figures",
           "src/bench/run-all.sh --smoke               # a few seconds each, scratch output (.ci/run)",
           "```", "",
           f"**Machine (last run).** {cores} cores, {memory} RAM, {jdk}, {postgres} on loopback. Parts run: "
           f"{parts.replace(',', ', ')}. Load average (1, 5, 15 min) before: {load_before}; after: {load_after}.", "",
           "| benchmark | reference (same run) | figure | ratio | target | met? | measured |",
           "|---|---|---|---|---|---|---|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in table]
    if curves:
        out += ["", "Rising concurrency (wrk connections: rate (p99)), from which saturation and the 70 % point are read:", "",
                "| path | database | connections: complaints/s (p99) |", "|---|---|---|"] + curves
    out += ["", "How each figure is taken: section 3 (intake and the pgbench reference), section 4 (start-up and "
            "heap), and for the others their own sections (1, 5, 6, 7, 8, 9).", END]
    section = "\n".join(out) + "\n"

    if smoke == "true":
        open(doc, "w", encoding="utf-8").write(section)
        return
    text = open(doc, encoding="utf-8").read()
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section.rstrip("\n") + text[text.index(END) + len(END):]
    else:
        at = text.index("\n## 1.") + 1
        text = text[:at] + section + "\n" + text[at:]
    tmp = doc + ".new"
    open(tmp, "w", encoding="utf-8").write(text)
    os.replace(tmp, doc)


if __name__ == "__main__":
    main()
