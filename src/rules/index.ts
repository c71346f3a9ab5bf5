// All guard rules, and the one entry point the validator calls after the schema check.
import type { Finding } from '../config/types.js';
import type { Rule, RuleContext } from './types.js';
import { daskPin } from './dask-pin.js';
import { defaultProfile } from './default-profile.js';
import { deploymentCollision } from './deployment-collision.js';
import { duplicateUid } from './duplicate-uid.js';
import { environmentRemoved } from './environment-removed.js';
import { immutableField } from './immutable-field.js';
import { letsEncryptEmail } from './lets-encrypt-email.js';
import { nodeGroupBounds } from './node-group-bounds.js';
import { plaintextSecret } from './plaintext-secret.js';
import { profileFit } from './profile-fit.js';
import { projectName } from './project-name.js';
import { providerBlock } from './provider-block.js';
import { storageResize } from './storage-resize.js';
import { unpinnedPackage } from './unpinned-package.js';
import { versionPin } from './version-pin.js';
import { compareFindings } from '../config/order.js';

/** In the order docs/architecture.md lists the rule ids. */
export const rules: Rule[] = [
  immutableField,
  storageResize,
  providerBlock,
  nodeGroupBounds,
  profileFit,
  defaultProfile,
  projectName,
  letsEncryptEmail,
  duplicateUid,
  plaintextSecret,
  unpinnedPackage,
  daskPin,
  environmentRemoved,
  deploymentCollision,
  versionPin,
];

/** Runs every rule; rules never throw, so nothing is caught here. */
export function runRules(context: RuleContext): Finding[] {
  return rules.flatMap((rule) => rule.check(context)).sort(compareFindings);
}
