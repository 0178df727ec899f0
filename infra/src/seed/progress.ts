import cliProgress from 'cli-progress';

export type ProgressCallback = (done: number, total: number) => void;
/** a callback, a terminal bar, a line every 10 % (for logs and pipes), or nothing */
export type ProgressOption = ProgressCallback | 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  update(done: number): void;
  stop(): void;
}

/** Reports customers written; callbacks are throttled to about every 0.5 % (and always at the end). */
export function progressReporter(option: ProgressOption | undefined, total: number, write: (line: string) => void = (l) => process.stdout.write(l + '\n')): ProgressReporter {
  if (!option || option === 'none' || total === 0) return { update() {}, stop() {} };
  if (option === 'bar') {
    const bar = new cliProgress.SingleBar({
      format: 'customers |{bar}| {percentage}% · {value}/{total} · {rate} rows/s · ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    const t0 = performance.now();
    bar.start(total, 0, { rate: 0 });
    return {
      update: (done) => bar.update(done, { rate: Math.round(done / Math.max(1e-3, (performance.now() - t0) / 1000)) }),
      stop: () => bar.stop(),
    };
  }
  if (option === 'lines') {
    let nextTenth = 1;
    return {
      update(done) {
        while (nextTenth <= 10 && done >= (total * nextTenth) / 10) {
          write(`customers: ${nextTenth * 10}% (${Math.round((total * nextTenth) / 10)}/${total})`);
          nextTenth++;
        }
      },
      stop() {},
    };
  }
  const step = Math.max(1, Math.floor(total / 200));
  let last = 0;
  return {
    update(done) {
      if (done - last >= step || done === total) {
        last = done;
        option(done, total);
      }
    },
    stop() {},
  };
}
