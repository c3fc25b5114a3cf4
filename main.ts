import { DEFAULT_ENVIRONMENTS } from './config';
import { runSynth } from './stacks/app';

// The cdktf CLI passes its output directory in CDKTF_OUTDIR; `npm run synth` uses the default.
process.exitCode = runSynth(DEFAULT_ENVIRONMENTS, process.env.CDKTF_OUTDIR ?? 'cdktf.out');
