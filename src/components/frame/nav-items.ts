/** The sections of the main navigation, in the order both headers list them. */
import { sections } from '../../content.ts';
import type { Lang } from '../../data/reference.ts';
import { path } from '../../i18n/paths.ts';
import type { UIKey } from '../../i18n/ui.ts';

export interface NavItem {
  key: UIKey;
  href: string;
  current: boolean;
}

const SECTIONS: { section: keyof typeof sections; key: UIKey }[] = [
  { section: 'practices', key: 'nav.practices' },
  { section: 'methods', key: 'nav.methods' },
  { section: 'outcomes', key: 'nav.outcomes' },
  { section: 'meetings', key: 'nav.meetings' },
  { section: 'requests', key: 'nav.requests' },
  { section: 'groups', key: 'nav.groups' },
  { section: 'directory', key: 'nav.directory' },
  { section: 'states', key: 'nav.states' },
];

/** Home, then every section this site has content for; `current` marks the reader's section. */
export function navItems(lang: Lang, current: string): NavItem[] {
  const home = path(lang);
  return [
    { key: 'nav.home' as UIKey, href: home, current: current === home },
    ...SECTIONS.filter((s) => sections[s.section]).map((s) => {
      const href = path(lang, s.section);
      return { key: s.key, href, current: current.startsWith(href) };
    }),
  ];
}
