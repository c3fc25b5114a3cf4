/**
 * A copy of this checkout as a fresh clone has it, for what must run in a
 * changed copy (CDK Terrain in place of cdktf, one more environment, a base and
 * a head to compare): no git, nothing npm installs or builds, no output of
 * synth, Terraform, the simulator or the diagrams.
 */
import * as fs from 'fs';
import * as path from 'path';

/** What a checkout does not hold, or the copy makes afresh; paths relative to its root, with "/". */
const NOT_IN_A_CHECKOUT = /^(node_modules|\.git|cdktf\.out[^/]*|simulation|coverage|diagrams)(\/|$)|^packages\/[^/]+\/(lib|node_modules)(\/|$)|(^|\/)\.terraform(\/|$)/;

export interface CopyCheckoutOptions {
  /**
   * Reach this checkout's node_modules through a symlink instead of installing
   * in the copy. The workspace packages (22 MB) are then not copied either: the
   * copy reaches this checkout's, like everything installed, through node_modules.
   * @default false
   */
  readonly shareNodeModules?: boolean;
}

/** Copies the checkout at `from` to `to` (which must not exist yet). */
export function copyCheckout(checkout: string, to: string, options: CopyCheckoutOptions = {}): void {
  // Absolute, so that the symlink leads to this node_modules from wherever the copy is.
  const from = path.resolve(checkout);
  if (fs.existsSync(to)) throw new Error(`copyCheckout: ${to} exists already`);
  const share = options.shareNodeModules ?? false;
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src).split(path.sep).join('/');
      return !NOT_IN_A_CHECKOUT.test(rel) && !(share && /^packages(\/|$)/.test(rel));
    },
  });
  if (!fs.existsSync(path.join(to, 'package.json'))) throw new Error(`copyCheckout: ${from} is no checkout (the copy has no package.json)`);
  if (share) fs.symlinkSync(path.join(from, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}
