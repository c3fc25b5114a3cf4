/**
 * The Velocity that Genesys Cloud data actions run: the tools it puts in a
 * template's context, and reading which references a template makes. Shared
 * by DataAction (checks at synth) and the emulator (renders in tests).
 */
import type * as Velocity from 'velocityjs';
import { cacheKey, DiskCache, installedVersion } from '../cache';
import { replaceTokens } from './terraform-escape';

/** Names a template may use besides inputs and translation map entries. */
export const CONTEXT_TOOLS = ['esc', 'math', 'successTemplateUtils', 'rawResult', 'input', 'credentials', 'velocityCount', 'foreach'] as const;

/** Thrown for a template Velocity cannot parse. */
export class TemplateSyntaxError extends Error {}

/** Parsed templates: each is read several times at synth (inputs, variables, locals). */
const parsedTemplates = new Map<string, unknown[]>();

/**
 * Parses a template; cdktf tokens in it (Terraform references) count as plain
 * text. The tree is kept in the disk cache (constructs/cache.ts) by the
 * template's text and the parser's version, so a synth of templates it has
 * seen never loads the parser; a template that does not parse is never kept.
 */
export function parseTemplate(template: string, what: string): unknown[] {
  const known = parsedTemplates.get(template);
  if (known) return known;
  const text = replaceTokens(template, () => 'TERRAFORM_REFERENCE');
  const key = cacheKey('velocity-ast', installedVersion('velocityjs'), text);
  const ast = JSON.parse(new DiskCache('velocity').getOrCompute(key, () => JSON.stringify(parseVelocity(text, what)), isTree)) as unknown[];
  parsedTemplates.set(template, ast);
  return ast;
}

const isTree = (json: string) => {
  try {
    return Array.isArray(JSON.parse(json));
  } catch {
    return false;
  }
};

function parseVelocity(text: string, what: string): unknown[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on a cache miss only (see parseTemplate)
  const { parse } = require('velocityjs') as typeof Velocity;
  try {
    return parse(text) as unknown[];
  } catch (err) {
    const first = String((err as Error).message).split('\n').slice(0, 3).join(' ');
    throw new TemplateSyntaxError(`${what} is not valid Velocity: ${first}`);
  }
}

interface ReferenceNode {
  type: 'references';
  id: string;
  path?: { type: string; id: string }[];
}

/** Every `$name` or `${name.path}` reference in a template, including method arguments and conditions. */
export function references(template: string, what: string): ReferenceNode[] {
  const found: ReferenceNode[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'references' && typeof n.id === 'string') found.push(n as unknown as ReferenceNode);
      Object.values(n).forEach(walk);
    }
  };
  walk(parseTemplate(template, what));
  return found;
}

/** The input names a template reads as `$input.x`, `${input.x}` or `$!{input.x}`. */
export function inputReferences(template: string, what: string): string[] {
  const names = references(template, what)
    .filter((r) => r.id === 'input' && r.path && r.path.length > 0 && r.path[0].type === 'property')
    .map((r) => r.path![0].id);
  return [...new Set(names)];
}

/** Names the template assigns itself, with #set or as a #foreach variable. */
function localNames(ast: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, any>;
      if (n.type === 'set' && Array.isArray(n.equal) && n.equal[0]?.id) names.add(n.equal[0].id);
      if (n.type === 'foreach' && typeof n.to === 'string') names.add(n.to);
      Object.values(n).forEach(walk);
    }
  };
  walk(ast);
  return names;
}

/** The names a template reads that are neither tools, inputs nor its own: translation map entries, or mistakes. */
export function variableReferences(template: string, what: string): string[] {
  const locals = localNames(parseTemplate(template, what));
  const names = references(template, what)
    .map((r) => r.id)
    .filter((id) => !(CONTEXT_TOOLS as readonly string[]).includes(id) && !locals.has(id));
  return [...new Set(names)];
}

/**
 * java.net.URLEncoder, which Velocity's EscapeTool.url uses: UTF-8, letters,
 * digits and `.-*_` kept, space as `+`, everything else percent-encoded.
 */
export function formUrlEncode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Escapes a string for use inside a JSON string literal (Genesys's `$esc.jsonString`). */
export function jsonString(value: unknown): string {
  return JSON.stringify(value === undefined || value === null ? '' : String(value)).slice(1, -1);
}

/**
 * The tools Genesys Cloud puts in a template's context, as far as this
 * project's templates use them.
 */
export function genesysTools(): Record<string, unknown> {
  return {
    esc: {
      quote: '"',
      jsonString,
      url: (s: unknown) => formUrlEncode(String(s ?? '')),
    },
    successTemplateUtils: {
      /**
       * The first element of a JSON array given as text, as JSON text; the
       * default (JSON text) when the array is empty or the text is no array.
       */
      firstFromArray: (arrayJson: unknown, defaultJson: unknown = '') => {
        try {
          const parsed = JSON.parse(String(arrayJson));
          if (Array.isArray(parsed) && parsed.length > 0) return JSON.stringify(parsed[0]);
        } catch {
          // not JSON: fall through to the default, as Genesys does
        }
        return String(defaultJson);
      },
    },
  };
}
