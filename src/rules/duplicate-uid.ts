import type { Finding } from '../config/types.js';
import type { Rule } from './types.js';
import { ruleFinding } from './shared/finding.js';
import { asMapping, asNumber, entriesAt } from './shared/shape.js';

const ID = 'duplicate-uid';

export const duplicateUid: Rule = {
  id: ID,
  severity: 'error',
  description: 'Two users in `security.users` (QHub 0.3.x) must not share a `uid`.',
  doc: [
    'QHub 0.3.x creates a POSIX account for every entry of `security.users` and mounts one shared filesystem for everyone. Two users with the same `uid` are the same owner on that filesystem: each can read and overwrite the other\'s home directory. QHub 0.3.11 accepts such a config silently; 0.3.12–0.3.14 reject it when `qhub deploy` validates it (`check_for_duplicates` in `qhub/utils.py`), i.e. only after the pull request is merged. Uids are compared as numbers, so `1000` and `\'1000\'` are the same uid.',
    '',
    'What to do instead: give every user a distinct `uid` (QHub numbers them from 1000); never reuse the uid of a removed user whose files still exist.',
  ].join('\n'),
  check({ config }) {
    const owners = new Map<number, string>();
    const findings: Finding[] = [];
    for (const [user, settings] of entriesAt(config.data, ['security', 'users'])) {
      const uid = asNumber(asMapping(settings)?.uid);
      if (uid === undefined) continue;
      const owner = owners.get(uid);
      if (owner === undefined) {
        owners.set(uid, user);
        continue;
      }
      findings.push(ruleFinding(config, ID, 'error', ['security', 'users', user, 'uid'], `user \`${user}\` has uid ${uid}, already used by \`${owner}\`; both would own the same files on the shared filesystem. Give each user a distinct uid.`));
    }
    return findings;
  },
};
