// The message for a state lock held by someone else: who holds it, and the exact command that
// releases it once that holder is known to be gone. qhub-gitops never unlocks or retries by itself.
import type { StateLock } from '../terraform/diagnostics.js';

export function lockMessage(lock: StateLock, root: string): string {
  const holder = [
    lock.who ? `held by ${lock.who}` : null,
    lock.operation ? `for ${lock.operation.replace(/^OperationType/, '').toLowerCase()}` : null,
    lock.created ? `since ${lock.created}` : null,
  ].filter((part) => part !== null);
  return [
    `The state of ${root} is locked: lock ID ${lock.id}${holder.length > 0 ? `, ${holder.join(' ')}` : ''}.`,
    'Another run may still be working on it: wait for that run to finish, then re-run this one.',
    'A cancelled or timed-out run leaves its lock behind (the runner kills the engine before it can release it).',
    `Once no run is using this state, release the lock from the root directory ${root}: ${lock.unlockCommand}`,
    'Nothing was retried: qhub-gitops never applies over a lock it did not take.',
  ].join('\n');
}
