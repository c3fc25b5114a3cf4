/**
 * Progress of a long command, on stderr only, so that stdout stays the
 * command's result (one JSON document with --json). On a terminal a counter
 * redraws one line; in a CI log it prints a line at each tenth, so the log
 * shows the command is alive without thousands of lines.
 */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** A counter of `total` things: call it with how many are done. */
export function counter(label: string, total: number, stream: ProgressStream = process.stderr): (done: number) => void {
  let lastTenth = -1;
  return (done: number) => {
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done >= total) stream.write('\n');
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${label}: ${done}/${total}\n`);
    }
  };
}

/** Steps of a long command, each on its own line with the time since the start. */
export function stepper(label: string, stream: ProgressStream = process.stderr, now: () => number = Date.now): (step: string) => void {
  const start = now();
  return (step: string) => {
    const s = Math.floor((now() - start) / 1000);
    stream.write(`${label} [${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${step}\n`);
  };
}
