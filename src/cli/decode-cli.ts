/** `npm run decode -- [--json] [--product API] [FILE]`: every Binance error in a log file or standard input. */
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { PRODUCTS } from '../core/catalogue/index';
import { decode, diagnoseWith, mergeResults, readAs } from '../core/index';
import { KNOWLEDGE } from '../core/knowledge/registry';
import type { DecodeResult, Finding, Product } from '../core/index';
import { formatReport, toJson } from './report';

const CHUNK = 16 * 1024 * 1024;

function usage(): never {
  process.stderr.write(
    [
      'usage: npm run decode -- [--json] [--product API] [FILE]   (reads standard input without FILE)',
      `  --product API   the API your bot called, for errors the log does not tie to one: ${PRODUCTS.join(', ')}`,
      '',
    ].join('\n'),
  );
  process.exit(2);
}

/** Decodes a file descriptor chunk by chunk, cutting at line ends so no line is split. */
function decodeFd(fd: number): DecodeResult {
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.alloc(CHUNK);
  let carry = '';
  let result: DecodeResult | null = null;
  let lines = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, CHUNK, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') n = 0;
      else throw e;
    }
    const text = carry + decoder.decode(buf.subarray(0, n), { stream: n > 0 });
    const cut = n > 0 ? text.lastIndexOf('\n') : text.length - 1;
    const part = cut >= 0 ? text.slice(0, cut + 1) : '';
    carry = cut >= 0 ? text.slice(cut + 1) : text;
    if (part.length > 0 || (n === 0 && result == null)) {
      const body = part.endsWith('\n') ? part.slice(0, -1) : part;
      const r = decode(body);
      result = result == null ? r : mergeResults(result, r, lines);
      lines += r.stats.lines;
    }
    if (n === 0) break;
  }
  if (carry.length > 0) {
    const r = decode(carry);
    result = result == null ? r : mergeResults(result, r, lines);
  }
  return result ?? decode('');
}

function main(argv: string[]): void {
  let json = false;
  let file: string | null = null;
  let product: Product | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    const value = a.startsWith('--product=') ? a.slice('--product='.length) : a === '--product' ? argv[++i] : undefined;
    if (value !== undefined || a === '--product') {
      if (value === undefined || !(PRODUCTS as readonly string[]).includes(value)) {
        process.stderr.write(`decode: --product takes one of ${PRODUCTS.join(', ')} (got ${value ?? 'nothing'})\n`);
        process.exit(2);
      }
      product = value as Product;
    } else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-') && a !== '-') usage();
    else if (file == null) file = a;
    else usage();
  }
  let fd: number;
  try {
    fd = file == null || file === '-' ? 0 : openSync(file, 'r');
    if (fd !== 0 && fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (e) {
    process.stderr.write(`decode: cannot read ${file ?? 'standard input'}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  let result: DecodeResult;
  try {
    result = decodeFd(fd);
  } catch (e) {
    process.stderr.write(`decode: cannot read ${file ?? 'standard input'}: ${(e as Error).message}\n`);
    process.exit(2);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  const colour = process.stdout.isTTY && process.env.NO_COLOR === undefined;
  // NOTE: an error the log does not tie to one API is diagnosed as the API given, else as the one "Not sure" falls back to, and says so.
  const shown = result.findings.map((f) => readAs(f, product));
  const diagnoses = shown.map((s) => diagnoseWith(s.finding, s.finding.evidence, { knowledge: KNOWLEDGE }));
  const shownFor = shown.map((s) => s.shownFor);
  process.stdout.write(json ? `${JSON.stringify(toJson(result, diagnoses, shownFor), null, 2)}\n` : formatReport(result, colour, diagnoses, shownFor));
}

export type { Finding };
main(process.argv.slice(2));
