/** Builds the sample content once for every browser test that reads it. */
import { buildSites, SAMPLE_DIST } from '../support/sites.ts';

export default function globalSetup() {
  const { ok, output } = buildSites({ dist: SAMPLE_DIST });
  if (!ok) throw new Error(`building the sample sites failed:\n${output}`);
}
