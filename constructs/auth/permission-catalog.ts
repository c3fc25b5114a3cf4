/**
 * The permissions the Platform API asks for, operation by operation
 * (`permission-catalog.json`, written by `npm run permissions:generate` from
 * Genesys's own CLI, which is generated from the API's definition). A role
 * that names a permission outside it names one no operation needs, or one
 * that does not exist: Genesys refuses a role with an unknown permission, and
 * a misspelt one would leave a plan or a data action without access.
 */
import * as path from 'path';
import CATALOG from './permission-catalog.json';

export const CATALOG_FILE = path.join(__dirname, 'permission-catalog.json');

export interface PermissionCatalog {
  readonly source: { readonly repo: string; readonly commit: string };
  readonly permissions: readonly string[];
}

export const PERMISSION_CATALOG: PermissionCatalog = CATALOG;
const KNOWN = new Set(PERMISSION_CATALOG.permissions);

export function isKnownPermission(permission: string): boolean {
  return KNOWN.has(permission);
}

/** Catalogued permissions close to an unknown one: the same domain and entity, or the same domain and action with an entity of similar spelling. */
export function closePermissions(permission: string, max = 4): string[] {
  const [domain, entity, action] = permission.split(':');
  const lower = (s: string | undefined) => (s ?? '').toLowerCase();
  const sameEntity = PERMISSION_CATALOG.permissions.filter((p) => {
    const [d, e] = p.split(':');
    return d === domain && lower(e) === lower(entity);
  });
  const sameAction = PERMISSION_CATALOG.permissions.filter((p) => {
    const [d, e, a] = p.split(':');
    return d === domain && a === action && (lower(e).startsWith(lower(entity).slice(0, 3)) || lower(entity).startsWith(lower(e).slice(0, 3)));
  });
  return [...new Set([...sameEntity, ...sameAction])].slice(0, max);
}
