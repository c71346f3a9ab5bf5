// Cached virtualenvs holding one exact QHub/Nebari release each.
//
// API (everything else in this file is internal):
//   ensureVenv({ package: 'qhub' | 'nebari', version }, options?) -> Promise<VenvPaths>
//     Returns the virtualenv at <cacheRoot>/venvs/<package>-<version>/, creating it first when it
//     is missing or stale: `python3 -m venv` + `pip install <package>==<version> -c <constraints>`.
//     The build happens in a temporary sibling directory that is renamed into place, and a marker
//     file written last records success (pip installed it and `<cli> --help` runs), so a crashed,
//     broken or concurrent build never leaves a venv that looks usable. Throws VenvError (a message
//     meant for users, no stack needed) when Python, venv or pip is missing or the install fails,
//     naming the package, version and the last lines of pip's output.
//   specForVersion('0.4.5' | '2023.7.2') -> VenvSpec     the package that released a version: qhub for 0.x,
//                                                       nebari for calendar versions (2022.10 onwards)
//   venvPaths(spec, cacheRoot?) -> VenvPaths            where it lives, without creating it
//   isVenvReady(spec, options?) -> Promise<boolean>     built and matching its constraints file
//   defaultCacheRoot(env?) -> string                    $QHUB_GITOPS_CACHE or ~/.cache/qhub-gitops
//   constraintsFileFor(spec, constraintsDir?) -> string src/qhub/python/constraints/<package>-<version>.txt,
//                                                       else <package>-other.txt (known breaking upgrades only)
// VenvPaths: { dir, python: <dir>/bin/python, cli: <dir>/bin/qhub or <dir>/bin/nebari }.
// The Python interpreter is options.python, else $QHUB_GITOPS_PYTHON, else `python3`.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessResult, ProcessRunner } from '../terraform/engine.js';
import { QhubError } from './errors.js';

export type QhubPackage = 'qhub' | 'nebari';

export interface VenvSpec {
  package: QhubPackage;
  version: string;
}

export interface VenvPaths {
  dir: string;
  python: string;
  /** The package's console script: `qhub` or `nebari`. */
  cli: string;
}

/** Where the venvs live: the cache under the given environment's HOME (or QHUB_GITOPS_CACHE). */
export interface VenvLocation {
  env: NodeJS.ProcessEnv;
  cacheRoot?: string;
  constraintsDir?: string;
}

export interface EnsureVenvOptions extends VenvLocation {
  /** Runs python, pip and the console script (the one subprocess seam). */
  runner: ProcessRunner;
  python?: string;
  /** Called with a one-line progress message before slow steps. */
  log?: (message: string) => void;
  /** Where built venvs are kept between runs (the Actions cache); absent: built when missing. */
  cache?: VenvCache;
}

/** Restores or saves a venv directory under a key (see src/action/run-cache.ts). */
export interface VenvCache {
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}

/**
 * A venv is only reusable with the same release, constraints, Python and platform, and at the same
 * path (console scripts name their interpreter by absolute path).
 */
export function venvCacheKey(spec: VenvSpec, constraintsSha256: string, pythonVersion: string, platform: string, arch: string): string {
  return `qhub-gitops-venv-${spec.package}-${spec.version}-${constraintsSha256.slice(0, 16)}-py${pythonVersion}-${platform}-${arch}`;
}

export class VenvError extends QhubError {
  override name = 'VenvError';
}

const MARKER = '.qhub-gitops-venv.json';
const PIP_TAIL_LINES = 20;

/** Versions look like 0.3.11, 0.4.0.post1 or 2023.7.2; anything else never reaches pip or a path. */
const VERSION_PATTERN = /^\d+(\.\d+)*(\.?(post|dev|rc|a|b)\d+)?$/;

function checkSpec(spec: VenvSpec): void {
  if (spec.package !== 'qhub' && spec.package !== 'nebari') {
    throw new VenvError(`unknown package "${String(spec.package)}": expected qhub or nebari`);
  }
  if (!VERSION_PATTERN.test(spec.version)) {
    throw new VenvError(`"${spec.version}" is not a ${spec.package} version (expected e.g. 0.4.5 or 2023.7.2)`);
  }
}

export function specForVersion(version: string): VenvSpec {
  const spec: VenvSpec = { package: Number(version.split('.')[0]) >= 2022 ? 'nebari' : 'qhub', version };
  checkSpec(spec);
  return spec;
}

export function defaultCacheRoot(env: NodeJS.ProcessEnv): string {
  return env.QHUB_GITOPS_CACHE || join(env.HOME || homedir(), '.cache', 'qhub-gitops');
}

export function venvPaths(spec: VenvSpec, cacheRoot: string): VenvPaths {
  checkSpec(spec);
  const dir = join(cacheRoot, 'venvs', `${spec.package}-${spec.version}`);
  return { dir, python: join(dir, 'bin', 'python'), cli: join(dir, 'bin', spec.package) };
}

/**
 * The constraints directory ships beside this module: src/qhub/python/constraints when run from
 * source, dist/python/constraints in the bundle (scripts/build.mjs copies src/qhub/python there,
 * and puts every chunk beside the entry points in dist/).
 */
function defaultConstraintsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'python', 'constraints');
}

export function constraintsFileFor(spec: VenvSpec, constraintsDir: string = defaultConstraintsDir()): string {
  checkSpec(spec);
  const exact = join(constraintsDir, `${spec.package}-${spec.version}.txt`);
  if (existsSync(exact)) return exact;
  const fallback = join(constraintsDir, `${spec.package}-other.txt`);
  if (existsSync(fallback)) return fallback;
  throw new VenvError(`no constraints file for ${spec.package}==${spec.version} in ${constraintsDir}`);
}

function constraintsDirOf(constraintsFile: string): string {
  return dirname(constraintsFile);
}

/**
 * The Python minor version the constraints files were made and tested with: `python` in
 * versions.json beside the constraints directory (null where there is none, e.g. a test's own directory).
 */
async function constraintsPython(constraintsDir: string): Promise<string | null> {
  try {
    const listed = JSON.parse(await readFile(join(constraintsDir, '..', 'versions.json'), 'utf8')) as { python?: unknown };
    return typeof listed.python === 'string' ? listed.python : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Old releases' dependencies do not install (or import) on newer Pythons: refuse before pip runs,
 * with one line naming what was found, what is needed and the workflow step that provides it.
 */
export function pythonProblem(found: string, needed: string | null, python: string, requirement: string): string | null {
  if (needed === null || found === needed || found.startsWith(`${needed}.`)) return null;
  return (
    `${python} is Python ${found}, but ${requirement} is installed with constraints made for Python ${needed}: ` +
    `add \`- uses: actions/setup-python@v6\` with \`python-version: '${needed}'\` before the qhub-gitops step (locally, set QHUB_GITOPS_PYTHON to a Python ${needed})`
  );
}

interface Marker {
  package: QhubPackage;
  version: string;
  constraints: string;
  constraintsSha256: string;
  python: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function readMarker(dir: string): Promise<Marker | null> {
  try {
    return JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as Marker;
  } catch {
    return null;
  }
}

/** A venv is reusable when its marker names the same release and the same constraints content. */
function markerMatches(marker: Marker | null, spec: VenvSpec, constraintsSha256: string): boolean {
  return marker !== null && marker.package === spec.package && marker.version === spec.version && marker.constraintsSha256 === constraintsSha256;
}

export async function isVenvReady(spec: VenvSpec, options: VenvLocation): Promise<boolean> {
  const paths = venvPaths(spec, options.cacheRoot ?? defaultCacheRoot(options.env));
  const constraints = constraintsFileFor(spec, options.constraintsDir);
  return markerMatches(await readMarker(paths.dir), spec, sha256(await readFile(constraints, 'utf8')));
}

function lastLines(result: ProcessResult, count: number): string {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return lines.slice(-count).join('\n');
}

async function run(runner: ProcessRunner, file: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string, what: string): Promise<ProcessResult> {
  try {
    return await runner(file, args, { cwd, env });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VenvError(`${what}: "${file}" was not found`);
    throw new VenvError(`${what}: could not run "${file}": ${(error as Error).message}`);
  }
}

/**
 * Console scripts carry the absolute interpreter path in their shebang; after the rename from the
 * build directory they must point at the final location.
 */
async function rewriteShebangs(binDir: string, from: string, to: string): Promise<void> {
  for (const name of await readdir(binDir)) {
    const file = join(binDir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue; // symlinks to the base interpreter or unreadable entries
    }
    if (text.startsWith('#!') && text.includes(from)) await writeFile(file, text.split(from).join(to));
  }
}

export async function ensureVenv(spec: VenvSpec, options: EnsureVenvOptions): Promise<VenvPaths> {
  const { env, runner } = options;
  const cacheRoot = options.cacheRoot ?? defaultCacheRoot(env);
  const paths = venvPaths(spec, cacheRoot);
  const constraints = constraintsFileFor(spec, options.constraintsDir);
  const constraintsSha256 = sha256(await readFile(constraints, 'utf8'));
  if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;

  const python = options.python ?? env.QHUB_GITOPS_PYTHON ?? 'python3';
  const requirement = `${spec.package}==${spec.version}`;
  const pipEnv: NodeJS.ProcessEnv = { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' };
  let cacheKey: string | null = null;
  if (options.cache) {
    const found = await run(runner, python, ['-c', 'import sys; print(sys.version.split()[0])'], pipEnv, dirname(paths.dir), `cannot query ${python}`);
    cacheKey = venvCacheKey(spec, constraintsSha256, found.stdout.trim(), process.platform, process.arch);
    await rm(paths.dir, { recursive: true, force: true });
    if ((await options.cache.restore(paths.dir, cacheKey)) && markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) {
      options.log?.(`restored the virtualenv for ${requirement} from the Actions cache`);
      return paths;
    }
  }
  const venvsDir = dirname(paths.dir);
  await mkdir(venvsDir, { recursive: true });
  const buildDir = join(venvsDir, `.build-${spec.package}-${spec.version}-${process.pid}-${randomBytes(4).toString('hex')}`);

  try {
    options.log?.(`creating a virtualenv for ${requirement} with ${python}`);
    const created = await run(runner, python, ['-m', 'venv', buildDir], pipEnv, venvsDir, `cannot create a virtualenv for ${requirement}`);
    if (created.code !== 0) {
      const hint = /ensurepip|venv/.test(created.stdout + created.stderr) ? ' (on Debian/Ubuntu, install the python3-venv package)' : '';
      throw new VenvError(`\`${python} -m venv\` failed for ${requirement}${hint}:\n${lastLines(created, PIP_TAIL_LINES)}`);
    }
    const buildPython = join(buildDir, 'bin', 'python');
    const version = await run(runner, buildPython, ['-c', 'import sys; print(sys.version.split()[0])'], pipEnv, venvsDir, 'cannot query Python');
    const problem = pythonProblem(version.stdout.trim(), await constraintsPython(constraintsDirOf(constraints)), python, requirement);
    if (problem) throw new VenvError(problem);
    options.log?.(`installing ${requirement} with constraints ${constraints}`);
    const installed = await run(
      runner,
      buildPython,
      // setuptools too: old dependencies import pkg_resources, which Python 3.12 venvs lack.
      ['-m', 'pip', 'install', '--quiet', requirement, 'setuptools', '-c', constraints],
      pipEnv,
      venvsDir,
      `cannot install ${requirement}`,
    );
    if (installed.code !== 0) {
      throw new VenvError(
        `pip could not install ${requirement} (constraints ${constraints}); last lines of pip's output:\n${lastLines(installed, PIP_TAIL_LINES)}`,
      );
    }
    // A release whose unpinned dependencies moved on installs fine and then fails to import, so
    // the console script must start before the venv counts as built (shebangs still name buildDir).
    const buildCli = join(buildDir, 'bin', spec.package);
    const started = await run(runner, buildCli, ['--help'], pipEnv, venvsDir, `cannot run ${spec.package} after installing ${requirement}`);
    if (started.code !== 0) {
      throw new VenvError(
        `${requirement} installed, but \`${spec.package} --help\` fails (a dependency too new for it? pin it in ${constraints}):\n${lastLines(started, PIP_TAIL_LINES)}`,
      );
    }
    await rewriteShebangs(join(buildDir, 'bin'), buildDir, paths.dir);
    const marker: Marker = { package: spec.package, version: spec.version, constraints, constraintsSha256, python: version.stdout.trim() };
    await writeFile(join(buildDir, MARKER), `${JSON.stringify(marker, null, 2)}\n`);

    // A stale or half-built venv at the final path is replaced; a concurrent builder that
    // finished first wins and this build is discarded.
    if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;
    await rm(paths.dir, { recursive: true, force: true });
    try {
      await rename(buildDir, paths.dir);
    } catch (error) {
      if (markerMatches(await readMarker(paths.dir), spec, constraintsSha256)) return paths;
      throw new VenvError(`cannot move the new virtualenv into ${paths.dir}: ${(error as Error).message}`);
    }
    if (options.cache && cacheKey) await options.cache.save(paths.dir, cacheKey);
    return paths;
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
}
