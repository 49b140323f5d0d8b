/**
 * `npm run serve`: serves the built sites on loopback, the internal one and the public one on two
 * ports (RELAIS_INTERNAL_PORT, RELAIS_PUBLIC_PORT; defaults 4321 and 4322).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, run, variantsFrom } from './lib/cli.ts';
import { serveDir } from './lib/static-server.ts';

const PORTS = {
  internal: Number(process.env.RELAIS_INTERNAL_PORT ?? 4321),
  public: Number(process.env.RELAIS_PUBLIC_PORT ?? 4322),
};

await run(async () => {
  const variants = variantsFrom(process.argv.slice(2));
  for (const v of variants) {
    const dir = resolve(process.env.RELAIS_DIST ?? 'dist', v);
    if (!existsSync(dir)) throw new UsageError(`${dir} does not exist: run npm run build first`);
    try {
      await serveDir(dir, PORTS[v]);
    } catch (e) {
      throw new UsageError(`cannot serve the ${v} site on port ${PORTS[v]}: ${(e as Error).message}`);
    }
    console.log(`${v.padEnd(8)} site: http://127.0.0.1:${PORTS[v]}/en/  (${dir})`);
  }
  console.log('Press Ctrl+C to stop.');
});
