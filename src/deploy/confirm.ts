// Destroy needs the deployment's name typed back: the config's project_name, or (explicit roots
// without a QHub config) the deployment name from the branch. Anything else touches nothing.

/** Null when `typed` confirms; else the message saying what to type. */
export function destroyConfirmationProblem(typed: string, expected: string, deployment: string): string | null {
  if (typed.trim() === expected) return null;
  const what = typed.trim() === '' ? 'No confirmation was given' : `The confirmation '${typed.trim()}' does not match`;
  return `${what}: to destroy ${deployment}, run the workflow again with confirm set to exactly '${expected}'. Nothing was touched.`;
}
