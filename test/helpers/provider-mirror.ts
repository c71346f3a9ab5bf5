// A provider offered to real engines offline, the way operators of air-gapped runners do it: the
// time provider scripts/build-engines.sh builds (provider-time@VERSION), laid out as a filesystem
// mirror, and a CLI configuration that installs it from there and from nowhere else.
//
//   const mirror = await buildProviderMirror(dir);
//   mirror.cliConfig   a file for TF_CLI_CONFIG_FILE (overrides noNetworkEnv's /dev/null)
//   mirror.missing     'provider-time 0.14.2' when it is not built (skip, naming it), else null
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { releasePlatform } from '../../src/terraform/provision.js';

export const TIME_PROVIDER_VERSION = '0.14.2';

const cacheRoot = process.env.QHUB_GITOPS_CACHE || join(homedir(), '.cache', 'qhub-gitops');

/** `hashicorp/time` resolves to registry.terraform.io under Terraform and registry.opentofu.org under OpenTofu. */
const REGISTRY_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];

export interface ProviderMirror {
  cliConfig: string;
  missing: string | null;
}

/** `terraform { required_providers { ... } }` pinning the mirrored provider (0.13+ syntax, every engine here). */
export function requiredTimeProvider(): string {
  return `terraform {
  required_providers {
    time = {
      source  = "hashicorp/time"
      version = "${TIME_PROVIDER_VERSION}"
    }
  }
}
`;
}

export async function buildProviderMirror(dir: string): Promise<ProviderMirror> {
  const binary = join(cacheRoot, 'builds', 'provider-time', TIME_PROVIDER_VERSION, 'provider-time');
  const cliConfig = join(dir, 'provider-mirror.tfrc');
  if (!existsSync(binary)) return { cliConfig, missing: `provider-time ${TIME_PROVIDER_VERSION}` };
  const mirrorDir = join(dir, 'providers');
  const platform = releasePlatform(process.platform, process.arch);
  // The unpacked layout: HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION.
  for (const host of REGISTRY_HOSTS) {
    const target = join(mirrorDir, host, 'hashicorp', 'time', TIME_PROVIDER_VERSION, `${platform.os}_${platform.arch}`);
    await mkdir(target, { recursive: true });
    await copyFile(binary, join(target, `terraform-provider-time_v${TIME_PROVIDER_VERSION}`));
  }
  const sources = REGISTRY_HOSTS.map((host) => `"${host}/hashicorp/time"`).join(', ');
  await writeFile(
    cliConfig,
    `provider_installation {
  filesystem_mirror {
    path    = "${mirrorDir}"
    include = [${sources}]
  }
  direct {
    exclude = [${sources}]
  }
}
`,
  );
  return { cliConfig, missing: null };
}
