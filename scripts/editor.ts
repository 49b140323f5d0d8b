/**
 * `npm run editor`: the web editor (/admin/ of the internal site) on 127.0.0.1, writing to this
 * working copy's content folder through Decap's local server, for trying it and for writing
 * entries without a git host. Build the internal site first (`npm run build:internal`); the
 * address is printed (RELAIS_EDITOR_PORT, default 4341; the local server 8081).
 *
 * The files it saves are ordinary content files: check them (`npm run check`) and commit them.
 * Nothing of this mode reaches a deployed site: its configuration is added here, in memory.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/config/content-dir.ts';
import { env } from '../src/config/env.ts';
import { outDirOf } from '../src/site/settings.ts';
import { run, UsageError } from './cli/cli.ts';
import { startLocalEditor } from './web-editor/local-server.ts';

await run(async () => {
  const root = process.cwd();
  const editor = await startLocalEditor({
    site: outDirOf(root, 'internal'),
    repo: resolve(contentDir(root), '..'),
    port: Number(env.editorPort() ?? 4341),
    backendPort: 8081,
  }).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  console.log(`web editor: ${editor.url} (English) · ${editor.url}?lang=fr (français)`);
  console.log(`it writes to ${contentDir(root)}; Ctrl+C stops it`);
  await new Promise<void>((done) => process.once('SIGINT', () => void editor.close().then(done)));
});
