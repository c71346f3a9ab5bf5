// The import graph's two rules (docs/architecture.md, "Layers"): no import cycle between files,
// type imports included; and at run time every import goes down the layer order, never up, with
// no cycle between the folders of one layer. Run by .ci/run; exits 1 and names each offending import.
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

/**
 * The project's layers, top first: a file may import its own folder, the folders of a lower layer,
 * and (if no cycle forms, and the layer is not `separate`) other folders of its own layer. A folder is the first path segment under
 * src/ (`rules/shared/x.ts` belongs to `rules`); a top-level file is its own folder (`main.ts`).
 */
export const PROJECT_LAYERS = [
  { name: 'front doors', folders: ['action', 'cli'], separate: true },
  { name: 'jobs', folders: ['jobs'] },
  { name: 'GitHub adapter', folders: ['github'] },
  { name: 'reports', folders: ['report'] },
  { name: 'deployment domain, QHub and validation', folders: ['deploy', 'qhub', 'validation'] },
  { name: 'rules', folders: ['rules'] },
  { name: 'config and engine', folders: ['config', 'terraform'] },
];

function folderOf(file) {
  return file.split(/[\\/]/)[0];
}

async function importGraph(srcDir, skipTypeImports) {
  const result = await madge(srcDir, {
    fileExtensions: ['ts'],
    detectiveOptions: { ts: { skipTypeImports }, tsx: { skipTypeImports } },
  });
  return result;
}

/** Cycles among the folders' run-time imports, each as a list of folders. */
function folderCycles(edges) {
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (folder) => {
    state.set(folder, 'open');
    stack.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(folder, 'done');
  };
  for (const folder of [...edges.keys()].sort()) if (!state.has(folder)) visit(folder);
  return cycles;
}

/**
 * Every problem in the import graph under srcDir, as one readable line each; empty when the
 * graph keeps both rules. A file in no layer is a problem too, so a new folder must be placed.
 */
export async function checkLayers(srcDir, layers = PROJECT_LAYERS) {
  const problems = [];
  const rank = new Map(layers.flatMap((layer, index) => layer.folders.map((folder) => [folder, index])));

  const all = await importGraph(srcDir, false);
  for (const cycle of all.circular()) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  // The folders of a separate layer share nothing, not even types: each stands on the layers below.
  for (const [file, imports] of Object.entries(all.obj())) {
    const from = folderOf(file);
    for (const imported of imports) {
      const to = folderOf(imported);
      if (to !== from && rank.has(from) && rank.get(to) === rank.get(from) && layers[rank.get(from)].separate) {
        problems.push(`${file} imports ${imported}: ${from}/ and ${to}/ are separate ${layers[rank.get(from)].name}; share code through a lower layer`);
      }
    }
  }

  const runtime = (await importGraph(srcDir, true)).obj();
  const folderEdges = new Map();
  for (const [file, imports] of Object.entries(runtime)) {
    const from = folderOf(file);
    if (!rank.has(from)) {
      problems.push(`${file}: its folder ${from}/ is in no layer; add it to the layers in scripts/check-layers.mjs and docs/architecture.md`);
      continue;
    }
    for (const imported of imports) {
      const to = folderOf(imported);
      if (to === from || !rank.has(to)) continue;
      if (rank.get(to) < rank.get(from)) {
        problems.push(`${file} imports ${imported}: ${layers[rank.get(from)].name} may not import ${layers[rank.get(to)].name} (a higher layer)`);
      } else if (rank.get(to) === rank.get(from) && !layers[rank.get(from)].separate) {
        if (!folderEdges.has(from)) folderEdges.set(from, new Set());
        folderEdges.get(from).add(to);
      }
    }
  }
  for (const cycle of folderCycles(folderEdges)) problems.push(`folder cycle at run time: ${cycle.join('/ -> ')}/`);
  return problems;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const srcDir = `${dirname(dirname(fileURLToPath(import.meta.url)))}${sep}src`;
  const problems = await checkLayers(srcDir);
  if (problems.length > 0) {
    process.stderr.write(`check-layers: ${problems.length} problem(s) in ${relative(process.cwd(), srcDir) || srcDir}/ (docs/architecture.md, "Layers"):\n`);
    for (const problem of problems) process.stderr.write(`  ${problem}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('check-layers: no import cycle, every run-time import goes down the layers\n');
  }
}
