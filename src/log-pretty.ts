/** A terminal-friendly rendering of one pino JSON line: `HH:MM:SS LEVEL message key=value …`. */
const OMIT = new Set(['time', 'level', 'msg', 'run_id', 'cmd']);

export function prettyLine(jsonLine: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(jsonLine) as Record<string, unknown>;
  } catch {
    return jsonLine;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const level = String(entry.level).toUpperCase().padEnd(5);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !OMIT.has(key) && value !== null && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const msg = typeof entry.msg === 'string' ? entry.msg : '';
  return `${time} ${level} ${msg}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}\n`;
}
