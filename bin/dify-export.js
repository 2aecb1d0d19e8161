#!/usr/bin/env -S node --max-old-space-size=128 --max-semi-space-size=4
// The flags above bound the heap (SPEC §14: peak RSS ≤ 150 MB whatever the number of events):
// the live heap stays ≈ 17 MB, but unbounded V8 lets garbage pile up to hundreds of MB before it
// collects. The Dockerfile and the systemd unit set the same flags through NODE_OPTIONS, and
// `npm run bench` reads them from this line (bench/lib/shipped-flags.ts). Keep the three equal.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), process.env);
