import { EnvironmentDefinition } from '../schema';

/** Development: where changes land first. State stays on the machine that applies. */
export const dev: EnvironmentDefinition = {
  name: 'dev',
  region: 'eu-west-1',
  naming: { prefix: 'dev-' },
  backend: { type: 'local' },
};
