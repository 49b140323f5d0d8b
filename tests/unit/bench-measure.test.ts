/** What the benchmark measures around a build (scripts/bench/measure.ts). */
import { describe, expect, test } from 'vitest';
import { runMeasured } from '../../scripts/bench/measure.ts';

describe('measuring a run', () => {
  test('the CPU time counts a process its parent never waited for, as Pagefind’s service is left', async () => {
    // The shell starts a busy process (1.5 s of CPU) and ends without waiting for it.
    const busy = `"${process.execPath}" -e "const t = process.cpuUsage(); while (process.cpuUsage(t).user < 1.5e6);"`;
    const r = await runMeasured('sh', ['-c', `${busy} & sleep 0.3; exit 0`], { cwd: process.cwd(), env: process.env });
    expect(r.code).toBe(0);
    expect(r.cpuMs).toBeGreaterThanOrEqual(1200);
    expect(r.peakRss).toBeGreaterThan(10 * 2 ** 20);
  });
});
