"""Markdown: the same report as the HTML one, for any Markdown viewer or a plain-text editor.

Problems, verdicts and corrections first; then the article with its checked figures marked; then
the audit trail as an appendix. Text is escaped only where Markdown would read it as syntax
(:mod:`claims.exports.markdown_escape`), so the raw file reads as plainly as the rendered one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from claims import wording
from claims.exports import digest as digests
from claims.exports.audit_trail import appendix_view
from claims.exports.html import APPENDIX, FIRST_PART, verdict_view
from claims.exports.loader import ArticleBundle
from claims.exports.markdown_escape import autolink, escape_heading, escape_inline
from claims.exports.options import Options, Totals, articles
from claims.exports.selection import Selection
from factcheck.report import REPORT_VERSION

# Private-use characters mark where a figure starts and ends while the text around it is escaped;
# Markdown gives them no meaning, and article text never reaches here with them (they are replaced).
OPEN, CLOSE = "\ue000", "\ue001"
MARKS = {"fail": ("**", "** (✗)"), "indeterminate": ("*", "* (?)"), "pass": ("", " (✓)")}


def esc(text: object) -> str:
    return escape_inline(text)


def cell(text: object) -> str:
    return escape_inline(text, in_table=True) or "—"


def table(header: list[str], rows: Iterable[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n\n"


def quote(q: digests.Quote) -> str:
    text = q.text.replace(OPEN, " ").replace(CLOSE, " ")
    for start, end in reversed(q.marks):
        text = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
    return "> " + escape_inline(text).replace(OPEN, "**").replace(CLOSE, "**") + "\n\n"  # one quote each


def annotated(body: str, spans: Iterable[tuple[int, int, int, str]]) -> str:
    """The article, a paragraph per line, with each checked figure marked by its worst result."""
    text = body.replace(OPEN, " ").replace(CLOSE, " ")
    marks: list[tuple[int, int, str]] = []
    cursor = 0
    for start, end, _, worst in spans:
        if worst in MARKS and start >= cursor and end <= len(text) and "\n" not in text[start:end]:
            marks.append((start, end, worst))
            cursor = end
    kinds = [worst for _, _, worst in marks]
    for start, end, _ in reversed(marks):
        text = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
    paragraphs = []
    order = iter(kinds)
    for line in text.split("\n"):
        if not line.strip():
            continue
        escaped = escape_inline(line, line_start=True)
        out = []
        for char in escaped:
            if char == OPEN:
                worst = next(order)
                out.append(MARKS[worst][0])
                closing = MARKS[worst][1]
            elif char == CLOSE:
                out.append(closing)
            else:
                out.append(char)
        paragraphs.append("".join(out))
    return "\n\n".join(paragraphs) + "\n\n"


def summary(digest: digests.Digest) -> str:
    head = digest.head
    out = [f"## {escape_heading(head.title)}\n\n"]
    byline = [
        esc(head.publisher) if head.publisher else "",
        f"published {head.published:%-d %B %Y}" if head.published else "",
    ]
    if head.url:
        byline.append(autolink(head.url))
    if any(byline):
        out.append(" · ".join(part for part in byline if part) + "\n\n")
    if head.run:
        problems = wording.count(len(digest.problems), "problem")
        out.append(
            f"{problems} found; {wording.count(len(digest.undecided), 'check')} could not decide; "
            f"{len(digest.passed)} passed. {head.coverage.numbers_checked} of {head.coverage.numbers_found} "
            "figures took part in a check.\n\n"
        )
    else:
        out.append("This article has not been checked.\n\n")
    out.append("### Problems found\n\n")
    for problem in digest.problems:
        status = problem.status_line.split(":")[0]
        out.append(f"#### {esc(problem.title)} — {escape_heading(status)}\n\n**{esc(problem.arithmetic)}**\n\n")
        out += [quote(q) for q in problem.quotes]
        reviewed = [verdict_view(c, r) for c, r in problem.reviews if r]
        if reviewed:
            said = "; ".join(review_phrase(v) for v in reviewed)
            out.append(f"{said}\n\n")
        else:
            out.append("Not reviewed yet.\n\n")
    if not digest.problems:
        out.append("No check found a problem.\n\n" if head.run else "Not checked: run the checks to find problems.\n\n")
    out.append("### Verdicts\n\n")
    if digest.verdicts:
        rows = []
        for claim, record in digest.verdicts:
            v = verdict_view(claim, record)
            when = f", {v['given_at']:%-d %b %Y}" if v["given_at"] else ""
            signed = signoff_words(v)
            rows.append([claim.surface, v["verdict"], f"{v['given_by']}{when}; {signed}", v["rationale"]])
        out.append(table(["Figure", "Verdict", "Given and signed off by", "Reasons"], rows))
    else:
        out.append("No verdicts yet.\n\n")
    out.append("### Corrections needed\n\n")
    for claim, record in digest.corrections:
        v = verdict_view(claim, record)
        waiting = " (awaiting sign-off)" if v["needs_signoff"] else ""
        out.append(f"- **“{esc(claim.surface)}”** is {esc(v['verdict'].lower())}{waiting}: {esc(v['rationale'])}\n")
    unreviewed = len(digest.unreviewed_problems)
    if not digest.corrections:
        still = f"None confirmed yet; {wording.count(unreviewed, 'problem')} still to be reviewed."
        out.append((still if unreviewed else "None.") + "\n")
    elif unreviewed:
        out.append(f"\n{wording.count(unreviewed, 'more problem')} still to be reviewed.\n")
    return "".join(out) + "\n"


def signoff_words(v: dict[str, Any]) -> str:
    if v["signed_off_by"]:
        return f"signed off by {v['signed_off_by']}, {v['signed_off_at']:%-d %b %Y}"
    return "awaiting sign-off" if v["needs_signoff"] else "no sign-off needed"


def review_phrase(v: dict[str, Any]) -> str:
    signed = f", signed off by {esc(v['signed_off_by'])}" if v["signed_off_by"] else ""
    if v["needs_signoff"]:
        signed = ", awaiting an editor's sign-off"
    return f"“{esc(v['figure'])}”: **{esc(v['verdict'])}**, given by {esc(v['given_by'])}{signed}"


def text_part(digest: digests.Digest, bundle: ArticleBundle) -> str:
    out = ["### The article, annotated\n\n", "Failed figures in **bold** (✗), undecided in *italics* (?), passed (✓); "
           "figures no check used are left plain.\n\n"]  # fmt: skip
    out.append(annotated(digest.head.body, bundle.spans()))
    undecided = digests.grouped(digest.undecided)
    if undecided:
        out.append("#### Checks that could not decide\n\n")
        for g in undecided:
            figures = f" ({esc(', '.join(g.figures))})" if g.figures else ""
            out.append(f"- **{esc(g.title)}**{figures}: {esc(g.sentence)}\n")
        out.append("\n")
    passed = digests.grouped(digest.passed, by_title=True)
    if passed:
        listed = "; ".join(f"{g.title} ({', '.join(g.figures)})" for g in passed)
        out.append(f"**Passed:** {esc(listed)}.\n\n")
    unchecked = list(dict.fromkeys(c.surface for c in digest.unchecked))
    if unchecked:
        out.append(f"Not checked ({len(unchecked)}): {esc(' · '.join(unchecked))}\n\n")
    return "".join(out)


def appendix(bundle: ArticleBundle) -> str:
    view = appendix_view(bundle)
    a = view["a"]
    out = [f"## {escape_heading(a.title)}\n\n"]
    facts = [f"- Article #{a.id} · {a.source_format} · imported {a.imported_at:%Y-%m-%d %H:%M} UTC"]
    if a.url:
        facts[0] += f" · {autolink(a.url)}"
    facts.append(f"- SHA-256 of the text: `{a.content_hash}`")
    if a.run:
        facts.append(
            f"- Check run #{a.run.id}, engine {esc(a.run.engine_version)}, "
            f"{a.run.started_at:%Y-%m-%d %H:%M:%S} – {a.run.finished_at:%H:%M:%S} UTC"
        )
    else:
        facts.append("- Never checked")
    ratio = f" ({a.coverage.ratio:.0%})" if a.coverage.ratio is not None else ""
    facts.append(f"- Coverage: {a.coverage.numbers_checked} of {a.coverage.numbers_found} figures took part "
                 f"in at least one check{ratio}")  # fmt: skip
    facts.append(f"- Claims: {a.counts.claims}{': ' + view['counts']['claims'] if view['counts']['claims'] else ''}")
    facts.append(f"- Check results: {a.counts.results}"
                 f"{': ' + view['counts']['results'] if view['counts']['results'] else ''}")  # fmt: skip
    out.append("\n".join(facts) + "\n\n### Check results in full\n\n")
    for v in view["results"]:
        r = v["r"]
        claims = ", ".join(f"#{i}" for i in r.claim_ids)
        figures = "; ".join(f"“{esc(q['text'])}” [{q['span'][0]}, {q['span'][1]})" for q in v["quoted"])
        out.append(f"- **#{r.id} {esc(v['title'])}** · {esc(v['status'])}"
                   f"{' · within rounding' if r.within_rounding else ''}{' · claims ' + claims if claims else ''}"
                   f"{' · ' + figures if figures else ''}  \n  {esc(r.message)}")  # fmt: skip
        if v["computed"]:
            out.append("  \n  Computed: " + esc("; ".join(f"{label} {value}" for label, value in v["computed"])))
        if r.pairing:
            out.append(f"  \n  Why these figures: {esc(r.pairing)}")
        if r.uncertain:
            out.append(f"  \n  Not certain they belong together: {esc('; '.join(r.uncertain))}")
        out.append("\n")
    if not view["results"]:
        out.append("No results in the current run.\n" if a.run else "Never checked.\n")
    if view["rounding"]:
        out.append("\n### How the checks allow for rounding\n\n")
        out += [f"- **{esc(title)}**: {esc(rule)}\n" for title, rule in view["rounding"]]
    out.append("\n### Claims\n\n")
    if view["claims"]:
        rows = []
        for v in view["claims"]:
            c = v["c"]
            reading = (
                v["reading"]
                + (f" ({v['interval']})" if v["interval"] else "")
                + (f", {v['hedge']}" if v["hedge"] else "")
            )
            review = v["status"] + (f": {v['verdict']}" if v["verdict"] else "")
            rows.append([c.id, f"{c.span[0]}–{c.span[1]}", c.surface, reading, v["about"], v["result"], review])
        out.append(table(["#", "Span", "Figure", "Read as (rounding)", "Subject; measure; period", "Result", "Review"],
                         rows))  # fmt: skip
    else:
        out.append("No claims.\n\n")
    if view["evidence"]:
        out.append("### Evidence\n\n")
        rows = [
            [f"#{v['c'].id} {v['c'].surface}", v["e"].stance, f"{v['e'].score:.1f}",
             f"source #{v['e'].source.id} [{v['e'].span[0]}, {v['e'].span[1]})", wording.actor(v["e"].linked_by)]
            for v in view["evidence"]
        ]  # fmt: skip
        out.append(table(["Claim", "Stance", "Match", "Source passage", "Linked by"], rows))
        for e in view["passages"]:
            where = f" ({autolink(e.source.url)})" if e.source.url else ""
            out.append(f"- Source #{e.source.id} [{e.span[0]}, {e.span[1]}), {esc(e.source.title)}{where}, "
                       f"{esc(e.source.kind)}: “{esc(e.passage)}”\n")  # fmt: skip
        out.append("\n")
    out.append("### Reviews, as written\n\n")
    for v in view["reviews"]:
        r = v["r"]
        url = f" ({autolink(r.evidence_url)})" if r.evidence_url else ""
        kind = f" ({v['kind']})" if v["kind"] else ""
        claim = f"claim #{v['c'].id} “{esc(v['c'].surface)}”"
        out.append(f"- {r.created_at:%Y-%m-%d %H:%M} · review #{r.id}{kind} of {claim} · "
                   f"**{esc(v['verdict'])}** by **{esc(r.reviewer)}**: {esc(r.rationale)}{url}\n")  # fmt: skip
    if not view["reviews"]:
        out.append("No reviews.\n")
    out.append("\n### History\n\n")
    out += [f"- {esc(line)}\n" for line in view["pipeline"]]
    for h in view["history"]:
        changes = f" · {esc(h['changes'])}" if h["changes"] else ""
        out.append(f"- {h['at']:%Y-%m-%d %H:%M:%S} · claim #{h['claim']} “{esc(h['figure'])}” · {esc(h['what'])} · "
                   f"by {esc(h['who'])}{changes}\n")  # fmt: skip
    if not view["pipeline"] and not view["history"]:
        out.append("No changes recorded.\n")
    return "".join(out) + "\n"


def render(selection: Selection, options: Options) -> Iterator[str]:
    yield f"# Fact-check report\n\nGenerated {selection.generated_at:%-d %B %Y, %H:%M} UTC.\n\n"
    totals = Totals()
    for bundle in articles(selection, options, FIRST_PART):
        totals.add(bundle)
        digest = digests.build(bundle)
        yield summary(digest)
        yield text_part(digest, bundle)
    if totals.articles > 1:
        t = totals.counts
        verdicts = wording.listing(f"{n} {wording.verdict(k).lower()}" for k, n in t.claims_by_verdict.items())
        yield (
            f"## All selected articles\n\n- Articles: {totals.articles}\n- Figures checked: "
            f"{totals.coverage.numbers_checked} of {totals.coverage.numbers_found}\n- Claims: {t.claims}\n"
            f"- Verdicts: {esc(verdicts) or 'none yet'}\n\n"
        )
    yield (
        "# Appendix: audit trail\n\nEverything needed to re-check this report. Spans are [start, end) character "
        f"offsets into the article text; {esc(options.generator)}, report format {REPORT_VERSION}.\n\n"
    )
    for bundle in articles(selection, options.quiet(), APPENDIX):
        yield appendix(bundle)
