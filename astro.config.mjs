// @ts-check
// The site to build and the tree to read come from the scripts that start Astro (scripts/build.ts,
// scripts/dev.ts); src/site/astro-config.ts makes the configuration from those two values.
import { relaisConfig } from './src/site/astro-config.ts';
import { settingsFromEnv } from './src/site/settings.ts';

export default relaisConfig(settingsFromEnv(import.meta.dirname));
