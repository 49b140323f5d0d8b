/**
 * Whether a build keeps Astro's incremental cache (experimental.incrementalBuild; keys in
 * src/site/cache-keys.ts). Kept, a rebuild after an edit copies the pages whose inputs did not
 * change; but every build also writes a copy of its pages into the cache, which at 10,000 entries
 * adds about 15–25 s to a cold build of the internal site here. RELAIS_INCREMENTAL=0 turns it off
 * for one-shot builds whose cache would be thrown away (a CI runner or a fresh clone building once).
 */
export const incrementalBuild = process.env.RELAIS_INCREMENTAL !== '0';
