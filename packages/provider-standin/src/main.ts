/** Entry point Terraform starts (through the launcher that tools/terraform writes). */
import { StandInProvider } from './provider';
import { loadSchemas } from './schema';
import { checkLaunch, serve } from './server';

const refusal = checkLaunch(process.env);
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}

serve(new StandInProvider(loadSchemas())).catch((err: Error) => {
  process.stderr.write(`stand-in: could not start: ${err.message}\n`);
  process.exit(1);
});

// If Terraform dies without asking for shutdown, do not linger.
const parent = process.ppid;
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch {
    process.exit(0);
  }
}, 1000).unref();
