import { EnvironmentDefinition } from '../schema';

/**
 * Production: serves real callers. Promoted from dev with the same code and
 * its own region and names. Before a first apply, point `backend` at a remote
 * store with locking, e.g. `{ type: 's3', bucket: '...', region: '...' }`.
 */
export const prod: EnvironmentDefinition = {
  name: 'prod',
  production: true,
  region: 'eu-central-1',
  naming: { prefix: 'prod-' },
  backend: { type: 'local' },
};
