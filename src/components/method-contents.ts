/**
 * The on-page contents of a version of the working methods: its sections, with the headings of
 * their text beneath them (a section's title is its h2; see MethodVersion.astro).
 */
import { render } from 'astro:content';
import { pick, type MethodVersion } from '../content.ts';
import type { Lang } from '../data/reference.ts';
import type { ContentsEntry } from '../site/contents.ts';

export async function methodContents(version: MethodVersion, lang: Lang): Promise<ContentsEntry[]> {
  const parts = await Promise.all(
    version.sections.map(async (s) => {
      const { entry } = pick(s, lang);
      const { headings } = await render(entry);
      const written = entry.data.lang;
      return [
        { depth: 2, slug: s.key, text: entry.data.title, lang: written },
        ...headings.map((h) => ({ depth: 3, slug: h.slug, text: h.text, lang: written })),
      ];
    }),
  );
  return parts.flat();
}
