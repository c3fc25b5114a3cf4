/**
 * The one place where data action templates are made safe for Terraform.
 *
 * Terraform evaluates `${...}` and `%{...}` in every string of a .tf.json
 * file, and Velocity uses `${input.x}`. So every template is escaped here,
 * once, by the DataAction construct: `$${` and `%%{` reach the provider as
 * `${` and `%{`. cdktf tokens in a template (a reference to another
 * resource, such as a flow id) are kept, so Terraform still resolves them.
 */

/** How cdktf encodes a string token: `${TfToken[TOKEN.123]}`. */
const CDKTF_TOKEN = /\$\{TfToken\[[A-Za-z0-9:._-]+\]\}/g;

function escapeLiteral(text: string): string {
  // Replacer functions, because "$$" in a replacement string means one "$".
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** Replaces each cdktf token with `replacement(token)`, e.g. to read a template as Velocity. */
export function replaceTokens(template: string, replacement: (token: string) => string): string {
  return template.replace(CDKTF_TOKEN, replacement);
}

/** Escapes a Velocity template for Terraform, leaving cdktf tokens alone. */
export function escapeForTerraform(template: string): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(CDKTF_TOKEN)) {
    out += escapeLiteral(template.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + escapeLiteral(template.slice(last));
}

/**
 * What a synthesized string becomes once Terraform has evaluated it: escapes
 * are undone and each `${expression}` is replaced by `resolve(expression)`.
 * Used to read the deployed templates back from cdk.tf.json. Directives
 * (`%{if}`) are not expected in this project's JSON and are refused.
 */
export function evaluateTerraformString(text: string, resolve: (expression: string) => string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      out += text[i] + '{';
      i += 3;
    } else if (text.startsWith('${', i)) {
      const end = text.indexOf('}', i + 2);
      if (end === -1) throw new Error(`unterminated Terraform interpolation at ${i} in ${JSON.stringify(text.slice(i, i + 40))}`);
      out += resolve(text.slice(i + 2, end).trim());
      i = end + 1;
    } else if (text.startsWith('%{', i)) {
      throw new Error(`a Terraform template directive at ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}
