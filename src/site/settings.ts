/**
 * A site's build is a function of two values: which site (`internal` or `public`) and which tree
 * it reads. The internal site reads the content folder; the public site reads the public tree the
 * release module wrote (src/release/tree.ts) and nothing else. Everything a site's Astro process
 * needs is decided here, once, and handed to the Astro configuration (astro-config.ts), which hands
 * the pages what they need through the module `virtual:relais/site`.
 */
import { join, resolve } from 'node:path';
import { contentDir } from '../config/content-dir.ts';
import { env } from '../config/env.ts';
import { isoDay, today } from '../config/today.ts';
import { parseVariant, type Variant } from '../release/rule.ts';

export interface SiteSettings {
  variant: Variant;
  /** The project: its code (src/, public/), packages and configuration. */
  project: string;
  /** The content tree this site is built from: the content folder, or (public) the public tree. */
  content: string;
  /** This site's Astro root (its own .astro/ folder). */
  root: string;
  /** Astro's caches of this site: its content data store, the incremental build's pages. */
  cacheDir: string;
  /** Where the site is written. */
  outDir: string;
  /** The day the build judges upcoming meetings, open requests and embargoes by (YYYY-MM-DD). */
  today: string;
  /** Whether the build keeps Astro's incremental cache (RELAIS_INCREMENTAL=0: no). */
  incremental: boolean;
  /** Public site, built while its tree is being written: the file that says it is. */
  treeReady?: string | undefined;
}

/**
 * The folders a site keeps between builds: its Astro root and, for the public site, the public
 * tree, in the project's .cache/ (inside the project, so that modules they name resolve from the
 * project's packages); its Astro caches beside the output for a build into another dist (tests,
 * benchmarks: RELAIS_DIST), under RELAIS_CACHE when set, else in .cache/ too.
 */
export function siteDirs(project: string, variant: Variant) {
  const own = join(project, '.cache', 'sites', variant);
  const dist = env.dist();
  const cache = env.cache();
  return {
    root: join(own, 'root'),
    tree: join(own, 'tree'),
    cache: cache
      ? join(resolve(project, cache), variant)
      : dist
        ? join(resolve(project, dist), '.astro-cache', variant)
        : join(own, 'cache'),
  };
}

/** The output folder of a site. */
export const outDirOf = (project: string, variant: Variant) => join(resolve(project, env.dist() ?? 'dist'), variant);

/** One site's settings. */
export function siteSettings(variant: Variant, project: string): SiteSettings {
  const dirs = siteDirs(project, variant);
  return {
    variant,
    project,
    content: variant === 'public' ? dirs.tree : contentDir(project),
    root: dirs.root,
    cacheDir: dirs.cache,
    outDir: outDirOf(project, variant),
    today: isoDay(today()),
    incremental: env.incremental() !== '0',
    treeReady: variant === 'public' ? env.treeReady() : undefined,
  };
}

/** The settings of the Astro process the scripts started (RELAIS_SITE names the site). */
export const settingsFromEnv = (project: string): SiteSettings => siteSettings(parseVariant(env.site()), project);
