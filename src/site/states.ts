/** What each member state contributed, computed once from this site's lists (public-only in the public build). */
import { correspondents, practices, responses } from '../content.ts';

interface StateContribution {
  practices: typeof practices;
  responses: typeof responses;
  correspondents: typeof correspondents;
}

export const stateIndex: Map<string, StateContribution> = (() => {
  const map = new Map<string, StateContribution>();
  const get = (code: string) => {
    let s = map.get(code);
    if (!s) map.set(code, (s = { practices: [], responses: [], correspondents: [] }));
    return s;
  };
  for (const p of practices) {
    for (const c of new Set(Object.values(p.versions).flatMap((v) => v.data.country))) get(c).practices.push(p);
  }
  for (const r of responses) get(r.data.country).responses.push(r);
  for (const c of correspondents) get(c.data.country).correspondents.push(c);
  return map;
})();
