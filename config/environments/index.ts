import { EnvironmentDefinition } from '../schema';
import { dev } from './dev';
import { prod } from './prod';

/** The environments `npm run synth` builds, one file each. Add yours here. */
export const DEFAULT_ENVIRONMENTS: readonly EnvironmentDefinition[] = [dev, prod];
