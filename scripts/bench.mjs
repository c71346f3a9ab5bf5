// `npm run bench`: runs every bench/*.mjs module and prints one table of results.
// Each module exports `async function run()` returning rows
// `{ name, value, unit, target, ok }`; `ok: null` means the target could not be measured here.
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'bench');
const only = process.argv.slice(2);
const modules = (await readdir(benchDir)).filter((name) => name.endsWith('.mjs') && !name.startsWith('_')).sort();

const rows = [];
for (const name of modules) {
  if (only.length > 0 && !only.some((filter) => name.includes(filter))) continue;
  process.stderr.write(`bench: ${name}\n`);
  const { run } = await import(pathToFileURL(join(benchDir, name)).href);
  for (const row of await run()) rows.push({ module: name.replace(/\.mjs$/, ''), ...row });
}

const format = (value) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : String(value));
const table = rows.map((row) => [row.module, row.name, `${format(row.value)} ${row.unit}`, row.target ?? '', row.ok === null ? 'n/a' : row.ok ? 'ok' : 'MISSED']);
const header = ['module', 'measure', 'value', 'target', 'verdict'];
const widths = header.map((title, i) => Math.max(title.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
const missed = rows.filter((row) => row.ok === false).length;
console.log(`\n${rows.length} measures, ${missed} missed their target`);
