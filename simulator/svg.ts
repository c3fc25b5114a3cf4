/** SVG drawings of simulated calls: written by hand, no drawing library. */
import { Lane, TimelineEvent } from './engine';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const LANES: [Lane, string, string][] = [
  ['caller', 'Caller hears', '#7aa6d6'],
  ['callFlow', 'Call flow', '#f0a35e'],
  ['participantData', 'Participant data', '#9bc47a'],
  ['workflow', 'Workflow', '#c792c9'],
];

/** One call in four lanes: what the caller hears, the call flow's data actions, participant data writes, the workflow's work. */
export function timelineSvg(events: readonly TimelineEvent[], title: string): string {
  const end = Math.max(1, ...events.map((e) => e.end));
  const width = 1100;
  const left = 140;
  const laneHeight = 56;
  const scale = (width - left - 20) / end;
  const rows = LANES.map(([lane, label, colour], i) => {
    const y = 40 + i * laneHeight;
    const boxes = events
      .filter((e) => e.lane === lane)
      .map((e) => {
        const x = left + e.start * scale;
        const w = Math.max(2, (e.end - e.start) * scale);
        const text = w > 40 ? `<text x="${(x + 3).toFixed(1)}" y="${y + 24}" font-size="10">${esc(e.label.slice(0, Math.floor(w / 6)))}</text>` : '';
        return `<rect x="${x.toFixed(1)}" y="${y + 8}" width="${w.toFixed(1)}" height="30" fill="${colour}" stroke="#333" stroke-width="0.5"><title>${esc(`${e.label} (${e.start.toFixed(2)}–${e.end.toFixed(2)} s)`)}</title></rect>${text}`;
      })
      .join('');
    return `<text x="8" y="${y + 28}" font-size="12">${label}</text><line x1="${left}" y1="${y + laneHeight - 4}" x2="${width - 20}" y2="${y + laneHeight - 4}" stroke="#ddd"/>${boxes}`;
  }).join('');
  const ticks = Array.from({ length: Math.floor(end / 5) + 1 }, (_, i) => i * 5)
    .map((s) => `<text x="${(left + s * scale).toFixed(1)}" y="${40 + 4 * laneHeight + 14}" font-size="10" text-anchor="middle">${s}s</text>`)
    .join('');
  const height = 40 + 4 * laneHeight + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><text x="8" y="20" font-size="14" font-weight="bold">${esc(title)}</text>${rows}${ticks}</svg>\n`;
}

export interface Series {
  readonly label: string;
  readonly colour: string;
  readonly points: readonly [number, number][];
}

/** A line chart, e.g. time to queue against AI latency. */
export function lineChartSvg(series: readonly Series[], title: string, xLabel: string, yLabel: string): string {
  const width = 720;
  const height = 420;
  const pad = { l: 60, r: 150, t: 40, b: 50 };
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y1 = Math.ceil(Math.max(...ys) / 5) * 5;
  const X = (x: number) => pad.l + ((x - x0) / Math.max(1e-9, x1 - x0)) * (width - pad.l - pad.r);
  const Y = (y: number) => height - pad.b - (y / y1) * (height - pad.t - pad.b);
  const grid = Array.from({ length: y1 / 5 + 1 }, (_, i) => i * 5)
    .map((y) => `<line x1="${pad.l}" y1="${Y(y)}" x2="${width - pad.r}" y2="${Y(y)}" stroke="#eee"/><text x="${pad.l - 6}" y="${Y(y) + 4}" font-size="10" text-anchor="end">${y}</text>`)
    .join('');
  const xticks = [...new Set(xs)]
    .sort((a, b) => a - b)
    .map((x) => `<text x="${X(x)}" y="${height - pad.b + 16}" font-size="10" text-anchor="middle">${x}</text>`)
    .join('');
  const lines = series
    .map((s, i) => {
      const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(' ');
      const ly = pad.t + 20 + i * 20;
      return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/><line x1="${width - pad.r + 10}" y1="${ly}" x2="${width - pad.r + 30}" y2="${ly}" stroke="${s.colour}" stroke-width="2"/><text x="${width - pad.r + 35}" y="${ly + 4}" font-size="11">${esc(s.label)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><text x="${pad.l}" y="22" font-size="14" font-weight="bold">${esc(title)}</text>${grid}${xticks}${lines}<text x="${(pad.l + width - pad.r) / 2}" y="${height - 12}" font-size="11" text-anchor="middle">${esc(xLabel)}</text><text x="14" y="${(pad.t + height - pad.b) / 2}" font-size="11" transform="rotate(-90 14 ${(pad.t + height - pad.b) / 2})" text-anchor="middle">${esc(yLabel)}</text></svg>\n`;
}
