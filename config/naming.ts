import { EnvironmentConfig } from './schema';

/**
 * The name an object gets in the org: the environment's prefix and suffix
 * around a base name, so that dev and prod objects never collide.
 */
export function qualifiedName(env: Pick<EnvironmentConfig, 'naming'>, base: string): string {
  return `${env.naming.prefix}${base}${env.naming.suffix}`;
}
