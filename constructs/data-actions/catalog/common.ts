/** Pieces the catalog's templates share. */
import { isDefinitePath } from '../jsonpath';


/** A conversation id no org has: the smoke tests of the internal read actions use it. */
export const NO_SUCH_CONVERSATION = '00000000-0000-4000-8000-00000000dead';

/** Names written literally into templates: safe in JSON, JSONPath and Velocity alike. */
export const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Default timeouts, in seconds (each can be overridden). */
export const DEFAULT_TIMEOUTS = {
  /** Platform API calls inside Genesys Cloud answer fast. */
  platform: 10,
  /**
   * A status read: one that takes longer is given up, because the next check
   * comes soon, and because the call flow starts a read only when it can end
   * before the caller's deadline.
   */
  statusRead: 3,
  /** The AI takes 5 s or more to name an intent. */
  ai: 20,
  /** One customer database lookup. */
  lookup: 10,
} as const;

/** A JSON text default written inside a Velocity string literal ("..."), where `"` must be `$esc.quote`. */
function velocityStringOf(jsonText: string): string {
  return jsonText.replace(/"/g, '$esc.quote');
}

/**
 * The success-template expression for one translation map entry: the value
 * itself for a definite JSONPath, or the first match of an indefinite one
 * (filters and wildcards give arrays), with `defaultJson` when there is none.
 */
export function firstMatch(name: string, path: string, defaultJson: string): string {
  return !isDefinitePath(path) ? `$successTemplateUtils.firstFromArray("\${${name}}", "${velocityStringOf(defaultJson)}")` : `\${${name}}`;
}

/** The same value as a Velocity expression for `#set(...)`: a string holding the JSON text. */
export function firstMatchValue(name: string, path: string, defaultJson: string): string {
  const expression = firstMatch(name, path, defaultJson);
  return isDefinitePath(path) ? `"${expression}"` : expression;
}

/** Translation map default for an entry read with firstMatch: an empty array, or the plain default. */
export function defaultFor(path: string, defaultJson: string): string {
  return isDefinitePath(path) ? defaultJson : '[]';
}
