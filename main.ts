import { DEFAULT_ENVIRONMENTS } from './config';
import { synthCli } from './stacks/app';

/**
 * npm run synth                  every environment the configuration lists
 * npm run synth -- <env>...      only those; the other stacks stay as they are
 *
 * The cdktf CLI passes its output directory in CDKTF_OUTDIR; `npm run synth` uses the default.
 */
process.exitCode = synthCli(process.argv.slice(2), DEFAULT_ENVIRONMENTS, process.env.CDKTF_OUTDIR || 'cdktf.out');
