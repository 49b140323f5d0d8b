/**
 * Reference data (facts, not configuration): member states, GCM objectives, themes.
 * Loaded with import attributes so the same module works under Astro (Vite) and plain Node scripts.
 */
import memberStates from './member-states.json' with { type: 'json' };
import gcm from './gcm-objectives.json' with { type: 'json' };
import themes from './themes.json' with { type: 'json' };

export type Lang = 'en' | 'fr';

export const STATES = memberStates.states;
export const STATE_CODES = STATES.map((s) => s.code);
export const GCM_OBJECTIVES = gcm.objectives;
export const THEMES = themes.themes;
export const THEME_IDS = THEMES.map((t) => t.id);

const stateByCode = new Map(STATES.map((s) => [s.code, s]));
const themeById = new Map(THEMES.map((t) => [t.id, t]));

export function stateName(code: string, lang: Lang): string {
  return stateByCode.get(code)?.[lang] ?? code;
}

/**
 * Every name a reader may search a state by: its names in both languages, then its usual variants
 * (member-states.json, `aliases`). The search index gives them to each entry about the state.
 */
export function stateSearchNames(code: string): string[] {
  const s = stateByCode.get(code);
  return s ? [...new Set([s.en, s.fr, ...s.aliases])] : [];
}

export function themeLabel(id: string, lang: Lang): string {
  return themeById.get(id)?.[lang] ?? id;
}

export function gcmShort(n: number, lang: Lang): string {
  const o = GCM_OBJECTIVES[n - 1];
  return o ? (lang === 'fr' ? o.short_fr : o.short_en) : String(n);
}

export function gcmTitle(n: number, lang: Lang): string {
  const o = GCM_OBJECTIVES[n - 1];
  return o ? (lang === 'fr' ? o.title_fr : o.title_en) : String(n);
}
