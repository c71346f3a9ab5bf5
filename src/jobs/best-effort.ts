// Reporting to GitHub (a comment, a deployment status, an issue) beside a job's real work.
import { GitHubApiError } from '../github/api.js';

/** Reporting to GitHub must neither decide nor hide what was done: a failed call becomes a notice. */
export async function bestEffort<T>(notices: string[], what: string, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    notices.push(`Could not ${what}: ${error.message}`);
    return null;
  }
}
