import { DEFAULT_ENVIRONMENTS } from './config';
import { runSynth } from './stacks/app';

/**
 * npm run synth                  every environment the configuration lists
 * npm run synth -- <env>...      only those; the other stacks stay as they are
 */
function main(args: readonly string[]): number {
  const flag = args.find((a) => a.startsWith('-'));
  if (flag !== undefined) {
    console.error(`synth: unknown option ${JSON.stringify(flag)}; usage: npm run synth [-- <environment>...]`);
    return 1;
  }
  // The cdktf CLI passes its output directory in CDKTF_OUTDIR; `npm run synth` uses the default.
  return runSynth(DEFAULT_ENVIRONMENTS, process.env.CDKTF_OUTDIR || 'cdktf.out', console, args.length > 0 ? { only: args } : {});
}

process.exitCode = main(process.argv.slice(2));
