/**
 * Records how long Astro spends between its build hooks (see src/timings.ts): preparing
 * (config, content sync), rendering (bundling and writing every page) and the build:done hooks of
 * the integrations after it (attachments, sitemap). Does nothing unless
 * RELAIS_TIMINGS is set.
 */
import type { AstroIntegration } from 'astro';
import type { Variant } from '../release/rule.ts';
import { recordPhase } from '../timings.ts';

export function buildTimings(site: Variant): AstroIntegration {
  let setup = 0;
  let start = 0;
  let generated = 0;
  return {
    name: 'relais-timings',
    hooks: {
      'astro:config:setup': () => {
        setup = performance.now();
        // Time since this process started: Node, Astro and Vite start-up, loading the config.
        recordPhase('astro-startup', setup, { site });
      },
      'astro:build:start': () => {
        start = performance.now();
        recordPhase('astro-prepare', start - setup, { site });
      },
      'astro:build:generated': () => {
        generated = performance.now();
        recordPhase('render', generated - start, { site });
      },
      'astro:build:done': () => {
        // Integrations listed after this one run their build:done hooks later: measured by the
        // build script as the rest of the Astro process.
        recordPhase('astro-generated-to-done', performance.now() - generated, { site });
      },
    },
  };
}
