import { EVENT_OUTCOMES, METRIC_SPOOL_STATES, type MetricsSnapshot } from './snapshot.js';

interface Family {
  name: string;
  help: string;
  samples: { labels?: string; value: number }[];
}

const PREFIX = 'dify_export_';

function families(s: MetricsSnapshot): Family[] {
  return [
    {
      name: 'last_run_timestamp_seconds',
      help: 'Unix time the last export run ended, whatever its outcome.',
      samples: [{ value: s.lastRunSeconds }],
    },
    {
      name: 'last_success_timestamp_seconds',
      help: 'Unix time the last export run ended with exit code 0 (0 if none yet).',
      samples: [{ value: s.lastSuccessSeconds }],
    },
    {
      name: 'last_exit_code',
      help: 'Exit code of the last export run (0 OK, 75 try again later, others see README).',
      samples: [{ value: s.lastExitCode }],
    },
    {
      name: 'run_duration_seconds',
      help: 'Wall time of the last export run.',
      samples: [{ value: s.runDurationSeconds }],
    },
    {
      name: 'events',
      help: 'Usage events of the last export run, by outcome.',
      samples: EVENT_OUTCOMES.map((o) => ({ labels: `outcome="${o}"`, value: s.events[o] })),
    },
    {
      name: 'spool_batches',
      help: 'Batches in the spool by state after the last export run.',
      samples: METRIC_SPOOL_STATES.map((st) => ({
        labels: `state="${st}"`,
        value: s.spoolBatches[st],
      })),
    },
    {
      name: 'spool_oldest_age_seconds',
      help: 'Age of the oldest queued batch (0 if none is queued).',
      samples: [{ value: s.spoolOldestAgeSeconds }],
    },
    {
      name: 'watermark_timestamp_seconds',
      help: 'Unix time up to which usage has been exported (0 if no watermark yet).',
      samples: [{ value: s.watermarkSeconds }],
    },
    {
      name: 'apps_without_usage',
      help: 'Selected apps whose usage Dify does not record (Agent apps, Dify 1.15+), last export run.',
      samples: [{ value: s.appsWithoutUsage }],
    },
    {
      name: 'pending_items',
      help: 'Dify runs not final yet, remembered and re-checked by the next runs.',
      samples: [{ value: s.pendingItems }],
    },
    {
      name: 'pending_given_up',
      help: 'Pending runs the last export run gave up (older than PENDING_MAX_AGE; exit 65).',
      samples: [{ value: s.pendingGivenUp }],
    },
    {
      name: 'dify_requests',
      help: 'Dify console requests made by the last export run.',
      samples: [{ value: s.difyRequests }],
    },
    {
      name: 'apps',
      help: 'Apps of the last export run: to read, and read whole.',
      samples: [
        { labels: 'state="total"', value: s.appsTotal },
        { labels: 'state="done"', value: s.appsDone },
      ],
    },
  ];
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  // Millisecond precision is all the inputs have; rounding keeps 0.1 + 0.2 noise out of the file.
  return String(Math.round(value * 1000) / 1000);
}

/** Prometheus text exposition format 0.0.4, as node_exporter's textfile collector reads it. */
export function renderMetrics(snapshot: MetricsSnapshot): string {
  const lines: string[] = [];
  for (const family of families(snapshot)) {
    const name = PREFIX + family.name;
    lines.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} gauge`);
    for (const sample of family.samples) {
      const labels = sample.labels === undefined ? '' : `{${sample.labels}}`;
      lines.push(`${name}${labels} ${formatValue(sample.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
