import { execFileSync } from 'node:child_process';

/** `[Section] Key=Value` of a systemd unit: repeated keys keep every value, in order. */
export type UnitFile = Map<string, Map<string, string[]>>;

export function parseUnitFile(text: string): UnitFile {
  const unit: UnitFile = new Map();
  let section: Map<string, string[]> | undefined;
  // A trailing backslash continues the line (systemd.syntax(7)).
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = new Map();
      unit.set(header[1] ?? '', section);
      continue;
    }
    const eq = line.indexOf('=');
    if (!section || eq < 0) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, eq).trim();
    section.set(key, [...(section.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return unit;
}

/** Every value of a key; an empty list when absent. */
export function values(unit: UnitFile, section: string, key: string): string[] {
  return unit.get(section)?.get(key) ?? [];
}

/** The effective (last) value of a key. */
export function value(unit: UnitFile, section: string, key: string): string | undefined {
  return values(unit, section, key).at(-1);
}

/** A systemd time span in milliseconds, as systemd itself reads it. */
export function timespanMs(analyze: string, span: string): number {
  const out = execFileSync(analyze, ['timespan', span], { encoding: 'utf8' });
  const us = /μs:\s*(\d+)/.exec(out)?.[1];
  if (us === undefined) throw new Error(`systemd-analyze timespan ${span}: ${out}`);
  return Number(us) / 1000;
}
