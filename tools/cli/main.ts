/**
 * The end of an async command: its exit code, or for a bug (anything the
 * command did not turn into a code, a user's mistake being a message) the
 * stack trace and exit code 1.
 */
export function exitWith(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
