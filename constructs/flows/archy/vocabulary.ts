/**
 * The key pairs seen in Archy flows exported from real orgs
 * (`vocabulary.json`, "parent>child", `^` the root, `*` a name the author
 * chose). A pair outside it is a form no public export shows: it may be
 * valid, but only publishing to an org would tell.
 *
 * `tools/archy/grow-vocabulary.ts` grows the list from exports with the same
 * walk (`vocabularyPairs`), so the list and the check cannot drift apart.
 */
import VOCABULARY from './vocabulary.json';

const KNOWN = new Set<string>(VOCABULARY as string[]);

/** Keys whose children are all names the author chose (integrations, data actions, inputs, outputs, languages, literal fields, table columns, scripts). */
const NAMED_CHILDREN = new Set([
  'category', 'dataAction', 'inputs', 'successOutputs', 'failureOutputs', 'foundOutputs', 'supportedLanguages', 'lit', 'screenPopScript',
]);
/** Keys whose children are names only under one action: the called bot, module or table (a top-level `botFlow:` holds settings instead). */
const NAMED_CHILDREN_UNDER = new Map([
  ['botFlow', 'callBotFlow'],
  ['digitalBotFlow', 'callDigitalBotFlow'],
  ['commonModule', 'callCommonModule'],
  ['dataTable', 'dataTableLookup'],
]);
/** A knowledge base is named under `settingsKnowledge`, whose only fixed child is `none`. */
const NAMED_EXCEPT = new Map([['settingsKnowledge', 'none']]);
/** A key that is a variable (bot slots and module or flow variables passed in and out). */
const VARIABLE = /^(Slot|Common|Flow|State|Task|Interaction|Session)\./;

/** Whether `key`, a child of `parent` (itself a child of `grand`), is a name the author chose. */
function isName(key: string, parent: string, grand: string): boolean {
  return (
    NAMED_CHILDREN.has(parent) ||
    NAMED_CHILDREN_UNDER.get(parent) === grand ||
    (NAMED_EXCEPT.has(parent) && NAMED_EXCEPT.get(parent) !== key) ||
    VARIABLE.test(key)
  );
}

/**
 * Every parent>child key pair of a parsed YAML document, names normalised, with
 * the path of the child key. A name becomes `*`, and what is under it has the
 * parent `*<parent>`, so `inputs: {Flow.x: {exp: …}}` gives `inputs>*` and `*inputs>exp`.
 */
export function vocabularyPairs(doc: unknown): { pair: string; path: string }[] {
  const out: { pair: string; path: string }[] = [];
  const walk = (node: unknown, parent: string, grand: string, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, parent, grand, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const named = isName(key, parent, grand);
      out.push({ pair: `${parent}>${named ? '*' : key}`, path: `${path}/${key}` });
      walk(child, named ? `*${parent}` : key, parent, `${path}/${key}`);
    }
  };
  walk(doc, '^', '', '');
  return out;
}

/** Every parent>child pair of a document that the vocabulary does not hold, with where it is. */
export function vocabularyViolations(doc: unknown): string[] {
  return vocabularyPairs(doc)
    .filter(({ pair }) => !KNOWN.has(pair))
    .map(({ pair, path }) => `${pair} at ${path}`);
}
