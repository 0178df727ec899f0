import cliProgress from 'cli-progress';

/** rows written so far, the (estimated, then exact) total, and the table being written */
export type ProgressCallback = (done: number, total: number, table: string) => void;
/** a callback, a terminal bar, a line every 10 % (for logs and pipes), or nothing */
export type ProgressOption = ProgressCallback | 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  update(done: number, table: string): void;
  /** the total is an estimate until the big tables are written; it is corrected as they finish */
  setTotal(total: number): void;
  stop(): void;
}

/**
 * Progress over every row of the seed. Callbacks are throttled to about every 0.5 % (and always at
 * the end of each table); lines mode prints every 10 %.
 */
export function progressReporter(
  option: ProgressOption | undefined,
  estimatedTotal: number,
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): ProgressReporter {
  let total = Math.max(1, estimatedTotal);
  if (!option || option === 'none' || estimatedTotal === 0) return { update() {}, setTotal() {}, stop() {} };
  if (option === 'bar') {
    const bar = new cliProgress.SingleBar(
      {
        format: '{table} |{bar}| {percentage}% · {value}/{total} rows · {rate} rows/s · ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    const t0 = performance.now();
    bar.start(total, 0, { rate: 0, table: 'customer'.padEnd(24) });
    return {
      update: (done, table) =>
        bar.update(done, { rate: Math.round(done / Math.max(1e-3, (performance.now() - t0) / 1000)), table: table.padEnd(24) }),
      setTotal: (n) => {
        total = Math.max(1, n);
        bar.setTotal(total);
      },
      stop: () => bar.stop(),
    };
  }
  if (option === 'lines') {
    let nextTenth = 1;
    return {
      update(done, table) {
        // the total is an estimate until the end: 100 % is said once, when the seed says it is done
        while (nextTenth <= 9 && done >= (total * nextTenth) / 10) {
          write(`rows: ${nextTenth * 10}% (${done.toLocaleString('en')} of ~${total.toLocaleString('en')}) · ${table}`);
          nextTenth++;
        }
        if (table === 'done') write(`rows: 100% (${done.toLocaleString('en')} of ${done.toLocaleString('en')}) · done`);
      },
      setTotal: (n) => {
        total = Math.max(1, n);
      },
      stop() {},
    };
  }
  let last = 0;
  let lastTable = '';
  return {
    update(done, table) {
      const step = Math.max(1, Math.floor(total / 200));
      if (done - last >= step || table !== lastTable) {
        last = done;
        lastTable = table;
        option(done, total, table);
      }
    },
    setTotal: (n) => {
      total = Math.max(1, n);
    },
    stop() {},
  };
}
