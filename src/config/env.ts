/**
 * The environment variables Relais reads, each named and explained once. This is the only module
 * that reads `process.env` (tests/architecture holds every other file to it): a setting that
 * changes what a build shows or where it reads from is easy to find, and a site's build is handed
 * its settings as values (src/site/settings.ts) rather than reading them wherever it likes.
 *
 * An empty variable counts as unset.
 */

const read = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

export const env = {
  /** RELAIS_SITE: which site an Astro process builds, `internal` or `public` (set by the scripts). */
  site: () => read('RELAIS_SITE'),
  /** RELAIS_CONTENT: the content tree (default `content/`); for a public Astro process, the public tree. */
  content: () => read('RELAIS_CONTENT'),
  /** RELAIS_CONTENT_INDEX: the content index the build's validation wrote, for the processes it starts. */
  contentIndex: () => read('RELAIS_CONTENT_INDEX'),
  /** RELAIS_TREE_READY: a file the build's validation writes once the public tree is written. */
  treeReady: () => read('RELAIS_TREE_READY'),
  /** RELAIS_TODAY: pins "today" (YYYY-MM-DD): embargoes, upcoming meetings, open requests, §4.1. */
  today: () => read('RELAIS_TODAY'),
  /** RELAIS_HOLIDAYS: another holiday list than src/data/holidays.json for the §4.1 working days. */
  holidays: () => read('RELAIS_HOLIDAYS'),
  /** RELAIS_PRIVATE_LINKS=text: a public entry's link to an internal one becomes its words (default: an error). */
  privateLinks: () => read('RELAIS_PRIVATE_LINKS'),
  /** RELAIS_INCREMENTAL=0: keep no incremental cache (one-shot builds). */
  incremental: () => read('RELAIS_INCREMENTAL'),
  /** RELAIS_TIMINGS: a file the build's phases append their timings to (the benchmark sets it). */
  timings: () => read('RELAIS_TIMINGS'),
  /** RELAIS_ROOT: the project folder, for scripts started elsewhere (default: the working directory). */
  root: () => read('RELAIS_ROOT'),
  /** RELAIS_DIST: the output folder (default `dist/`). */
  dist: () => read('RELAIS_DIST'),
  /** RELAIS_CACHE: where each site keeps its Astro root, caches and (public) tree. */
  cache: () => read('RELAIS_CACHE'),
  /** RELAIS_STAGING=disk: build in .cache/ rather than in memory. */
  staging: () => read('RELAIS_STAGING'),
  /** RELAIS_BUILD_SEQUENTIAL=1: build the two sites one after the other (less memory at once). */
  buildSequential: () => read('RELAIS_BUILD_SEQUENTIAL') === '1',
  /** RELAIS_DEBUG: keep Node's stack trace for file-system errors. */
  debug: () => read('RELAIS_DEBUG') !== undefined,
  /** RELAIS_SERVER: `nginx` or `node`, the server `npm run serve` uses. */
  server: () => read('RELAIS_SERVER'),
  /** RELAIS_NGINX: the nginx binary. */
  nginx: () => read('RELAIS_NGINX'),
  /** RELAIS_HTPASSWD: the accounts file of the internal site (default `.htpasswd`). */
  htpasswd: () => read('RELAIS_HTPASSWD'),
  /** RELAIS_INTERNAL_PORT, RELAIS_PUBLIC_PORT: the ports `npm run serve` uses. */
  internalPort: () => read('RELAIS_INTERNAL_PORT'),
  publicPort: () => read('RELAIS_PUBLIC_PORT'),
  /** RELAIS_DEV_PORT: the port of `npm run dev`. */
  devPort: () => read('RELAIS_DEV_PORT'),
  /** RELAIS_CHROMIUM: the Chromium binary of the browser tests and measurements. */
  chromium: () => read('RELAIS_CHROMIUM'),
  /** GITHUB_ACTIONS=true: check messages as GitHub annotations. */
  githubActions: () => read('GITHUB_ACTIONS') === 'true',
  /** CI: a continuous-integration run (one browser worker). */
  ci: () => read('CI') !== undefined,
  /** PATH: where to look for nginx. */
  path: () => read('PATH') ?? '',
  // The web editor at /admin/ (src/editor/, deploy/README.md "Web editor"): the git host it
  // commits through. None of them is a secret: a client secret stays in the OAuth client.
  /** RELAIS_EDITOR_BACKEND: `github` (default), `gitlab` or `gitea`. */
  editorBackend: () => read('RELAIS_EDITOR_BACKEND'),
  /** RELAIS_EDITOR_REPO: the repository, `owner/name`; unset, /admin/ says the editor is not connected. */
  editorRepo: () => read('RELAIS_EDITOR_REPO'),
  /** RELAIS_EDITOR_BRANCH: the branch pull requests go to (default `main`). */
  editorBranch: () => read('RELAIS_EDITOR_BRANCH'),
  /** RELAIS_EDITOR_API_ROOT: the API of a self-hosted host (GitHub Enterprise, GitLab, Gitea). */
  editorApiRoot: () => read('RELAIS_EDITOR_API_ROOT'),
  /** RELAIS_EDITOR_AUTH_URL: the OAuth client that signs editors in to GitHub (it holds the secret). */
  editorAuthUrl: () => read('RELAIS_EDITOR_AUTH_URL'),
  /** RELAIS_EDITOR_APP_ID: the OAuth application id for GitLab or Gitea sign-in with PKCE (no secret). */
  editorAppId: () => read('RELAIS_EDITOR_APP_ID'),
  /** RELAIS_EDITOR_PORT: the port of `npm run editor` (the editor against the working copy). */
  editorPort: () => read('RELAIS_EDITOR_PORT'),
};

/** The environment of a child process: this one's, with these variables set (or unset, for undefined). */
export function childEnv(changes: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
