/**
 * `npm run bench` (after `wxt build`): every line of issue #11's table, in real headless
 * Chromium with the built extension and the replica, each with its baseline measured in the
 * same run where it has one, its goal and PASS or FAIL. `--json` prints the lines for
 * machines; `--only a,b` runs some of them (portal, parse, db, export, trend, views, annotate, inject).
 * Exits 1 when a line misses its goal.
 */
import { cpus, totalmem } from 'node:os';
import { annotateLine } from './annotate.bench';
import { dbLine } from './db.bench';
import { injectLine } from './inject.bench';
import { parseLine } from './parse.bench';
import { portalLines } from './portal.bench';
import { exportLines, trendLine } from './store.bench';
import { type BenchLine, formatTable } from './table';
import { viewLines } from './views.bench';

type Lines = BenchLine | BenchLine[];
const LINES: Record<string, () => Promise<Lines> | Lines> = {
  portal: portalLines,
  parse: parseLine,
  db: dbLine,
  export: exportLines,
  trend: trendLine,
  views: viewLines,
  annotate: annotateLine,
  inject: () => injectLine(),
};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args[args.indexOf('--only') + 1];
  const names = args.includes('--only') && only ? only.split(',') : Object.keys(LINES);
  const lines: BenchLine[] = [];
  for (const name of names) {
    const run = LINES[name];
    if (!run) throw new Error(`no bench line "${name}" (${Object.keys(LINES).join(', ')})`);
    if (!json) process.stderr.write(`bench: ${name}…\n`);
    lines.push(...[await run()].flat());
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  const date = new Date().toISOString();
  if (json) {
    process.stdout.write(`${JSON.stringify({ date, machine, lines }, null, 2)}\n`);
  } else {
    process.stdout.write(`${date} — ${machine}\n\n${formatTable(lines)}\n`);
  }
  return lines.every((line) => line.pass) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
