/**
 * The key pairs seen in Archy flows exported from real orgs
 * (`vocabulary.json`, "parent>child", `^` the root, `*` a name the author
 * chose). A pair outside it is a form no public export shows: it may be
 * valid, but only publishing to an org would tell.
 */
import VOCABULARY from './vocabulary.json';

const KNOWN = new Set<string>(VOCABULARY as string[]);
/** Keys whose children are names the author chose. */
const NAMED_CHILDREN = new Set(['category', 'dataAction', 'inputs', 'successOutputs', 'failureOutputs', 'supportedLanguages', 'lit']);

/** Every parent>child pair of a document that the vocabulary does not hold, with where it is. */
export function vocabularyViolations(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, parent: string, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, parent, `${path}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const named = NAMED_CHILDREN.has(parent);
      // The exports name one bot flow "X" and one slot "Slot.Email": any bot flow and slot take their place.
      const form = named ? '*' : parent === 'botFlow' && path.endsWith('/callBotFlow/botFlow') ? 'X' : /^Slot\./.test(key) ? 'Slot.Email' : key;
      const pair = `${parent}>${form}`;
      if (!KNOWN.has(pair)) out.push(`${pair} at ${path}/${key}`);
      walk(child, named ? `*${parent}` : form, `${path}/${key}`);
    }
  };
  walk(doc, '^', '');
  return out;
}
