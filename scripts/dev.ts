/**
 * `npm run dev` / `npm run dev:public`: Astro's dev server for one site. The public preview loads
 * exactly what the public build loads (the same loader decides), so it never shows internal entries.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { run, variantsFrom, UsageError } from './cli/cli.ts';
import { lockProject } from './build/lock.ts';

await run(async () => {
  const variants = variantsFrom(process.argv.slice(2, 3));
  if (variants.length !== 1) throw new UsageError('name one site: internal or public');
  await lockProject(process.cwd(), `${variants[0]} dev server`, 0);
  const astro = join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = process.env.RELAIS_DEV_PORT ?? (variants[0] === 'public' ? '4332' : '4331');
  const child = spawn(
    process.execPath,
    [astro, 'dev', '--host', '127.0.0.1', '--port', port, ...process.argv.slice(3)],
    {
      stdio: 'inherit',
      env: { ...process.env, RELAIS_SITE: variants[0] },
    },
  );
  // A signal sent to this script alone (a service manager, `timeout`) ends it through
  // process.exit (scripts/build/lock.ts): the server goes with it, or it would keep the port with
  // the lock released.
  process.once('exit', () => child.kill());
  return new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
});
