'use strict';
// Benchmark-only preload (node --expose-gc -r bench/gc-on-signal.js <server>): on SIGUSR2 the server collects its
// garbage and writes process.memoryUsage() (plus V8's heap statistics) to BENCH_MEMORY_FILE, so the benchmark
// measures live memory, not garbage. V8 hands freed pages back to the OS from a background thread, so RSS is read
// only after two collections a moment apart.
const fs = require('node:fs');
const v8 = require('node:v8');

function collect() {
  const gc = globalThis.gc;
  if (typeof gc === 'function') gc();
}

process.on('SIGUSR2', () => {
  collect();
  setTimeout(() => {
    collect();
    setTimeout(() => {
      const file = process.env.BENCH_MEMORY_FILE;
      if (file) fs.writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), heap: v8.getHeapStatistics() }));
    }, 500);
  }, 500);
});
