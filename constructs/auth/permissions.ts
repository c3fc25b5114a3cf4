/**
 * Genesys Cloud permissions as `domain:entity:action` strings, e.g.
 * `architect:flow:launch`, and their form in a role's permission policies.
 */
import { ValidationError } from '../validation';
import { closePermissions, isKnownPermission, PERMISSION_CATALOG } from './permission-catalog';

/** `domain:entity:action`; an entity may start with a digit (`chat:1on1:view`). */
export const PERMISSION = /^([a-zA-Z][a-zA-Z0-9]*):([a-zA-Z0-9]+):([a-zA-Z][a-zA-Z0-9]*)$/;

export interface PermissionPolicy {
  readonly domain: string;
  readonly entityName: string;
  readonly actionSet: readonly string[];
}

/** Why a permission string is not acceptable, or null. Wildcards are refused: least privilege. */
export function permissionProblem(permission: string): string | null {
  if (permission.includes('*')) {
    return `permission ${JSON.stringify(permission)} has a wildcard; name each permission, e.g. "architect:flow:launch"`;
  }
  if (!PERMISSION.test(permission)) {
    return `permission ${JSON.stringify(permission)} is not of the form domain:entity:action, e.g. "architect:flow:launch"`;
  }
  if (!isKnownPermission(permission)) {
    const close = closePermissions(permission);
    const { repo, commit } = PERMISSION_CATALOG.source;
    return (
      `permission ${JSON.stringify(permission)} is asked for by no Platform API operation (${repo} at ${commit.slice(0, 8)}, constructs/auth/permission-catalog.json): ` +
      (close.length > 0 ? `did you mean ${close.map((c) => JSON.stringify(c)).join(', ')}?` : 'name the permission the operation you need asks for')
    );
  }
  return null;
}

/** Groups permissions into one policy per domain and entity, sorted, without duplicates. */
export function toPolicies(permissions: Iterable<string>): PermissionPolicy[] {
  const byEntity = new Map<string, Set<string>>();
  for (const p of permissions) {
    const m = PERMISSION.exec(p);
    if (!m) throw new ValidationError('permissions', [permissionProblem(p) ?? `bad permission ${p}`]);
    const key = `${m[1]}:${m[2]}`;
    if (!byEntity.has(key)) byEntity.set(key, new Set());
    byEntity.get(key)!.add(m[3]);
  }
  return [...byEntity.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, actions]) => {
      const [domain, entityName] = key.split(':');
      return { domain, entityName, actionSet: [...actions].sort() };
    });
}
