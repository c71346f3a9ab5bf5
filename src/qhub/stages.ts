// How each QHub/Nebari generation lays out its Terraform roots, and what a plan of each needs
// beyond the stage input variables (which come from QHub itself, see python/stage_vars.py).
// Pure: facts from qhub/state.py, qhub/deploy.py and stages/ of each release, no I/O.
import type { VersionFamily } from '../config/types.js';

/**
 * - `single-root`: QHub 0.3.x, one `infrastructure/` root with every value in files, plus the
 *   `terraform-state/` root that creates the state bucket.
 * - `functional`: QHub 0.4.x and Nebari 2022.10-2023.7, stages whose inputs come from
 *   `stages/input_vars.py` functions.
 * - `plugin`: Nebari 2023.10+, stage classes ordered by priority.
 */
export type PlanningLayout = 'single-root' | 'functional' | 'plugin';

export function planningLayout(family: VersionFamily): PlanningLayout {
  switch (family) {
    case 'qhub-0.3.11':
    case 'qhub-0.3.12':
      return 'single-root';
    case 'qhub-0.4':
    case 'nebari-2022.10':
      return 'functional';
    case 'nebari-2023.10':
      return 'plugin';
  }
}

export type QhubPackageName = 'qhub' | 'nebari';

export function packageOf(family: VersionFamily): QhubPackageName {
  return family.startsWith('qhub-') ? 'qhub' : 'nebari';
}

/** The stage that creates the remote state storage; its own state is a local file on the runner. */
export const STATE_STAGE = '01-terraform-state';
/** The stage whose inputs come only from the config, so a first deployment can plan it against a local backend. */
export const INFRASTRUCTURE_STAGE = '02-infrastructure';

/** An `import` QHub runs before planning a root whose state is a fresh local file. */
export interface StateImport {
  address: string;
  id: string;
}

/** A root of a QHub 0.3.x render, in deploy order. */
export interface SingleRootLayoutEntry {
  name: 'terraform-state' | 'infrastructure';
  /** Relative to the render directory. */
  directory: string;
  imports: StateImport[];
}

interface Config03 {
  provider?: unknown;
  project_name?: unknown;
  namespace?: unknown;
  terraform_state?: { type?: unknown };
  digital_ocean?: { region?: unknown };
  azure?: { storage_account_postfix?: unknown };
  prefect?: { enabled?: unknown };
}

const CLOUDS = new Set(['aws', 'gcp', 'do', 'azure']);

/**
 * QHub 0.3.x deploy syncs `terraform-state` (local state, re-imported every run) only for a cloud
 * provider with remote state (qhub/deploy.py guided_install, qhub/state.py terraform_state_sync).
 */
export function singleRootLayout(config: Config03, env: Record<string, string | undefined>): SingleRootLayoutEntry[] {
  const provider = String(config.provider ?? '');
  const stateType = config.terraform_state?.type ?? 'remote';
  const roots: SingleRootLayoutEntry[] = [];
  if (CLOUDS.has(provider) && stateType === 'remote') {
    roots.push({ name: 'terraform-state', directory: 'terraform-state', imports: singleRootStateImports(config, env) });
  }
  roots.push({ name: 'infrastructure', directory: 'infrastructure', imports: [] });
  return roots;
}

function singleRootStateImports(config: Config03, env: Record<string, string | undefined>): StateImport[] {
  const prefix = `${String(config.project_name)}-${String(config.namespace ?? 'dev')}`;
  switch (config.provider) {
    case 'aws':
      return [
        { address: 'module.terraform-state.aws_s3_bucket.terraform-state', id: `${prefix}-terraform-state` },
        { address: 'module.terraform-state.aws_dynamodb_table.terraform-state-lock', id: `${prefix}-terraform-state-lock` },
      ];
    case 'gcp':
      return [{ address: 'module.terraform-state.module.gcs.google_storage_bucket.static-site', id: `${prefix}-terraform-state` }];
    case 'do':
      return [
        {
          address: 'module.terraform-state.module.spaces.digitalocean_spaces_bucket.main',
          id: `${String(config.digital_ocean?.region ?? 'nyc3')},${prefix}-terraform-state`,
        },
      ];
    case 'azure': {
      // Without these QHub itself refuses to deploy; the plan then shows the creation instead.
      const postfix = config.azure?.storage_account_postfix;
      const subscription = env.ARM_SUBSCRIPTION_ID;
      if (typeof postfix !== 'string' || postfix === '' || !subscription) return [];
      const group = `/subscriptions/${subscription}/resourceGroups/${prefix}`;
      const account = `${prefix.replaceAll('-', '')}${postfix}`;
      return [
        { address: 'module.terraform-state.azurerm_resource_group.terraform-resource-group', id: group },
        { address: 'module.terraform-state.azurerm_storage_account.terraform-storage-account', id: `${group}/providers/Microsoft.Storage/storageAccounts/${account}` },
        { address: 'module.terraform-state.azurerm_storage_container.storage_container', id: `https://${account}.blob.core.windows.net/${prefix}state` },
      ];
    }
    default:
      return [];
  }
}

/** QHub 0.3.x leaves one variable without a value: the Prefect token, read from the environment. */
export function singleRootMissingVariables(config: Config03, env: Record<string, string | undefined>): string[] {
  return config.prefect?.enabled === true && !env.TF_VAR_prefect_token ? ['TF_VAR_prefect_token'] : [];
}

/**
 * The DigitalOcean state backend is S3-compatible and reads AWS_* keys; QHub's docs require them to
 * equal the Spaces keys, and Nebari 2023.10-2024.11 copies SPACES_* into AWS_* itself.
 */
export function backendEnv(provider: string, env: Record<string, string | undefined>): Record<string, string> {
  if (provider !== 'do') return {};
  const mapped: Record<string, string> = {};
  if (!env.AWS_ACCESS_KEY_ID && env.SPACES_ACCESS_KEY_ID) mapped.AWS_ACCESS_KEY_ID = env.SPACES_ACCESS_KEY_ID;
  if (!env.AWS_SECRET_ACCESS_KEY && env.SPACES_SECRET_ACCESS_KEY) mapped.AWS_SECRET_ACCESS_KEY = env.SPACES_SECRET_ACCESS_KEY;
  return mapped;
}

/** Written into a root to plan it against an empty local state (Terraform merges `*_override.tf` last). */
export const LOCAL_BACKEND_OVERRIDE_FILE = 'qhub_gitops_backend_override.tf';
export const LOCAL_BACKEND_OVERRIDE = 'terraform {\n  backend "local" {}\n}\n';

/** Config-driven imports (Terraform/OpenTofu >= 1.5), the plan-time form of QHub's `import` commands. */
export const IMPORTS_FILE = 'qhub_gitops_imports.tf';

export function importBlocks(imports: readonly StateImport[]): string {
  return imports.map((entry) => `import {\n  to = ${entry.address}\n  id = ${JSON.stringify(entry.id)}\n}\n`).join('\n');
}
