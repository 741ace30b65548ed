/**
 * The Markdown report ("Copy as Markdown"): pasted as is into a GitHub issue or a forum post, it says
 * what was found, what each error means, what to do, the answers given, the likeliest cause and its
 * first fix, the lines around each error, and a link to the same diagnosis. Everything from the paste
 * is redacted like a share link. Loaded with the core (it diagnoses every finding), not at first paint.
 */
import { diagnoseWith, readAs, redact, splitTemplate, type Diagnosis, type DecodeResult, type Finding, type Knowledge, type ShownFor } from '../../../core/index';
import { SOURCE_NAMES, VERDICT_LABELS, findingTitle } from '../../lib/labels';

/** What a report is made of. */
export interface ReportInput {
  /** The paste, for the lines around each error. */
  text: string;
  result: DecodeResult;
  /** The findings as the page shows them (read with the user's product choices, most dangerous first). */
  findings: readonly Finding[];
  /** The user's answers, by finding id. */
  answers: Record<string, Record<string, string>>;
  knowledge: readonly Knowledge[];
  /** The share link of the diagnosis, if one could be made. */
  link: string | null;
  /** The clock and time zone of the diagnosis (the machine's when not given). */
  now?: number;
  timeZone?: string;
}

/** Lines of context above and below an error. */
const AROUND = 2;
/** A line longer than this is cut (with `…`). */
const MAX_LINE = 300;

/** `text` as an inline code span: a run of backticks longer than any inside, padded where it starts or ends with one. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
export function codeBlock(text: string, info = 'text'): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** The message to quote: the one in the paste, else the catalogue's with each placeholder shown as `<value>`. */
export function quotedMessage(f: Finding): string | null {
  if (f.message != null && f.message.trim() !== '') return redact(f.message).text;
  if (f.catalogueMessage == null) return null;
  return splitTemplate(f.catalogueMessage).parts.join('<value>');
}

/** The lines around a 1-based line of `text`, numbered, redacted, with `…` where lines above or below (or the end of a long line) are cut. */
export function linesAround(text: string, line: number, around = AROUND): string {
  const all = text.split(/\r?\n/);
  const from = Math.max(1, line - around);
  const to = Math.min(all.length, line + around);
  const width = String(to).length;
  const out: string[] = [];
  if (from > 1) out.push('…');
  for (let n = from; n <= to; n++) {
    const raw = all[n - 1] ?? '';
    const cut = raw.length > MAX_LINE ? `${raw.slice(0, MAX_LINE)} …` : raw;
    out.push(`${String(n).padStart(width)}${n === line ? ' >' : '  '} ${redact(cut).text}`);
  }
  if (to < all.length) out.push('…');
  return out.join('\n');
}

/** A sentence as Markdown text on one line, with the characters that could start markup escaped (`_` inside words never does). */
function plain(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/([\\`*[\]<>])/g, '\\$1');
}

/** Where a finding was seen, in words. */
function seen(f: Finding): string {
  const first = f.occurrences[0]?.line;
  const last = f.occurrences.at(-1)?.line;
  const times = f.occurrences.length === 1 ? 'once' : `${f.occurrences.length}×`;
  if (first === undefined) return times;
  return first === last ? `${times}, line ${first}` : `${times}, first on line ${first}, last on line ${last ?? first}`;
}

/** The answers on the diagnosis path: the user's, and those the paste gave (marked). */
function answersGiven(d: Diagnosis): string {
  if (d.path.length === 0) return 'none yet';
  return d.path.map((a) => `${plain(a.question.text)} **${plain(a.label)}**${a.by === 'paste' ? ' (from the paste)' : ''}`).join('; ');
}

/** One finding's section. */
function findingSection(n: number, f: Finding, d: Diagnosis, text: string, shownFor: ShownFor | null): string[] {
  const out = [`### ${n}. ${plain(findingTitle(f))}${f.product != null ? ` — ${plain(SOURCE_NAMES[f.product] ?? f.product)}` : ''}`, ''];
  if (shownFor != null) out.push(`- **API:** not said in the paste; written up for ${plain(SOURCE_NAMES[shownFor.product] ?? shownFor.product)}, the most pasted of the APIs that have it`);
  const message = quotedMessage(f);
  if (message != null) out.push(`- **Message:** ${codeSpan(message)}`);
  out.push(`- **Meaning:** ${plain(d.meaning)}`);
  out.push(`- **Verdict:** ${VERDICT_LABELS[d.retry.verdict]}. ${plain(d.retry.advice)}`);
  out.push(`- **Seen:** ${seen(f)}`);
  out.push(`- **Answers given:** ${answersGiven(d)}`);
  const ruledOut = new Set(d.ruledOut);
  const cause = d.causes.find((c) => !ruledOut.has(c.id)) ?? d.causes[0];
  if (cause !== undefined) {
    out.push(`- **${d.ranked ? 'Most likely cause' : 'A likely cause'}:** ${plain(cause.title)}. ${plain(cause.why)}`);
    const fix = cause.fixes[0];
    if (fix !== undefined) {
      out.push(`- **First fix:** ${plain(fix.title)}`);
      for (const step of fix.steps) out.push(`  - ${plain(step)}`);
    }
  }
  const first = f.occurrences[0];
  if (first !== undefined && text !== '') out.push('', `Lines around it (line ${first.line}, redacted):`, '', codeBlock(linesAround(text, first.line)));
  out.push('');
  return out;
}

/** The report: a summary line, the product and library, a section per finding, and the link. */
export function markdownReport(input: ReportInput): string {
  const { result, findings } = input;
  const ev = result.evidence;
  const urgent = findings.filter((f) => f.retry === 'query-order-first' || f.retry === 'never-retry');
  const count = `${findings.length} error${findings.length === 1 ? '' : 's'}`;
  const out = [`## Binance API errors: ${count} (decoded by Futures Error Doctor)`, ''];
  const action = urgent.length === 0 ? 'none needs action now' : `${urgent.length} need${urgent.length === 1 ? 's' : ''} action now (${urgent.map((f) => plain(findingTitle(f))).join(', ')})`;
  out.push(`**Summary:** ${count} in ${result.stats.lines} line${result.stats.lines === 1 ? '' : 's'}; ${action}.`, '');
  const product = ev.product != null ? (SOURCE_NAMES[ev.product] ?? ev.product) : 'not said in the paste';
  out.push(`**Product:** ${plain(product)} · **Library:** ${plain(ev.library ?? 'not recognised')}${ev.endpoint != null ? ` · **Endpoint:** ${codeSpan(redact(ev.endpoint).text)}` : ''}`, '');
  findings.forEach((f, i) => {
    // NOTE: an error whose API nobody said is written up as the app's "Not sure" shows it, and says so.
    const { finding: shown, shownFor } = readAs(f, null);
    const d = diagnoseWith(shown, shown.evidence, { answers: input.answers[f.id] ?? {}, knowledge: input.knowledge, now: input.now, timeZone: input.timeZone });
    out.push(...findingSection(i + 1, f, d, input.text, shownFor));
  });
  if (input.link != null) out.push('---', '', `[Open this diagnosis in Futures Error Doctor](${input.link}) (the redacted paste travels in the link’s #fragment, never to a server)`, '');
  return out.join('\n');
}
