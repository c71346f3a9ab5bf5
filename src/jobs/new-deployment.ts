// The new-deployment job: the config of a deployment to build beside the existing ones on its own
// `deploy/<name>` branch, or why that would not be safe.
import { createNewDeployment, NewDeploymentError, type NewDeployment, type NewDeploymentRequest } from '../deploy/new-deployment.js';

export type NewDeploymentOutcome = { status: 'created'; deployment: NewDeployment } | { status: 'refused'; message: string };

/** Pure: the front door reads the configs and writes the new one. */
export function runNewDeployment(request: NewDeploymentRequest): NewDeploymentOutcome {
  try {
    return { status: 'created', deployment: createNewDeployment(request) };
  } catch (error) {
    if (error instanceof NewDeploymentError) return { status: 'refused', message: error.message };
    throw error;
  }
}
