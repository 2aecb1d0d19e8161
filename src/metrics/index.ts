export { recordMetrics, recordsMetrics } from './record.js';
export { parsePreviousMetrics } from './previous.js';
export { renderMetrics } from './render.js';
export {
  EVENT_OUTCOMES,
  METRIC_SPOOL_STATES,
  snapshotOf,
  type MetricsSnapshot,
  type PreviousMetrics,
  type RunTimes,
} from './snapshot.js';
export { metricsFileIo, writeMetricsFile, type MetricsFileIo } from './write.js';
