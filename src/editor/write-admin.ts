/**
 * Writes the web editor into the built internal site, under /admin/: its page, Decap's own bundle
 * copied from node_modules (never a CDN: the site fetches nothing from elsewhere, and /admin/ has
 * its own Content-Security-Policy), the script that starts it, and its configuration in each
 * language. Only the internal build calls it; the public build has no /admin/ (the audit and
 * tests/architecture check so).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { useT } from '../i18n/t.ts';
import { backendFromEnv, editorConfig, type EditorBackend } from './editor-config.ts';

export const ADMIN_DIR = 'admin';
const BROWSER = join(import.meta.dirname, 'browser');

/** Decap's bundle and the chunks it loads on demand (no source maps). */
function decapFiles(): { dir: string; files: string[] } {
  const main = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
  const dir = dirname(main);
  return { dir, files: readdirSync(dir).filter((f) => /(^|\.)decap-cms\.js$/.test(f)) };
}

/** The site's own stylesheets, as its home page links them: the preview pane uses them. */
function siteStyles(outDir: string): string[] {
  const home = join(outDir, 'en', 'index.html');
  if (!existsSync(home)) return [];
  const html = readFileSync(home, 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function page(styles: string[]): string {
  const en = useT('en').t;
  const fr = useT('fr').t;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escape(en('editor.title'))} · ${escape(fr('editor.title'))}</title>
${styles.map((href) => `<link rel="relais-preview-style" href="${escape(href)}">`).join('\n')}
<script src="start.js"></script>
<script src="decap-cms.js"></script>
<script src="admin.js"></script>
</head>
<body>
<noscript><p>${escape(en('editor.noScript'))}</p><p lang="fr">${escape(fr('editor.noScript'))}</p></noscript>
<template id="relais-not-connected"><main class="relais-notice"><h1>${escape(en('editor.title'))}</h1><p>${escape(en('editor.notConnected'))}</p><h1 lang="fr">${escape(fr('editor.title'))}</h1><p lang="fr">${escape(fr('editor.notConnected'))}</p></main></template>
</body>
</html>
`;
}

/** The folder holding the content, as a path from the repository's root (Decap's `folder`). */
export function contentFolderOf(project: string, content: string): string {
  const rel = content.startsWith(project) ? content.slice(project.length).replace(/^[/\\]+/, '') : '';
  if (!rel || rel.startsWith('..')) return 'content';
  return rel.split(/[/\\]/).join('/');
}

/** Writes dist/internal/admin/; returns the files written, relative to the site. */
export function writeAdmin(
  outDir: string,
  contentFolder: string,
  backend: EditorBackend | undefined = backendFromEnv(),
): string[] {
  const admin = join(outDir, ADMIN_DIR);
  mkdirSync(admin, { recursive: true });
  const written: string[] = [];
  const put = (name: string, text: string) => {
    writeFileSync(join(admin, name), text);
    written.push(`${ADMIN_DIR}/${name}`);
  };
  for (const lang of ['en', 'fr'] as const)
    put(`config.${lang}.yml`, yaml.dump(editorConfig(lang, contentFolder, backend), { lineWidth: -1, noRefs: true }));
  put('index.html', page(siteStyles(outDir)));
  for (const script of ['start.js', 'admin.js']) put(script, readFileSync(join(BROWSER, script), 'utf8'));
  const decap = decapFiles();
  for (const f of decap.files) {
    copyFileSync(join(decap.dir, f), join(admin, f));
    written.push(`${ADMIN_DIR}/${f}`);
  }
  return written;
}
