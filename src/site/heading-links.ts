/**
 * Headings of entry bodies link to themselves, the way MDN's do: a reader takes a section's address
 * from its heading, and the on-page contents (components/OnPageContents.astro) lead to the same ids.
 * The ids are set here, before Astro's own pass, which keeps an id a heading already has and
 * reports it in `render().headings`: link, id and contents cannot disagree. They are made as
 * Astro makes them (github-slugger's rule), so addresses stay what they were.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';

// github-slugger removes every character that is not a letter, a mark, a digit (decimal or
// letter-like: Ⅻ stays, ½ goes), a connector (`_`), a space or a hyphen, after lower-casing; its
// table of characters comes down to this.
const DROPPED = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu;

/** A function giving each title its id within one document, `-1`, `-2`… for repeats. */
export function slugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = text.toLowerCase().replace(DROPPED, '').replace(/ /g, '-');
    let slug = base;
    while (occurrences.has(slug)) {
      const n = occurrences.get(base)! + 1;
      occurrences.set(base, n);
      slug = `${base}-${n}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}

const holdsLink = (nodes: readonly ElementContent[]): boolean =>
  nodes.some((n) => n.type === 'element' && (n.tagName === 'a' || holdsLink(n.children)));

const SLUGS = 'relaisHeadingSlugs';

export function headingLinks() {
  return defineHastPlugin({
    name: 'relais-heading-links',
    before(_root, ctx) {
      ctx.data[SLUGS] = slugger();
    },
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const slug = ctx.data[SLUGS] as ReturnType<typeof slugger>;
        const own = node.properties?.id;
        const id = typeof own === 'string' ? own : slug(ctx.textContent(node));
        if (id === '') return;
        const children = holdsLink(node.children)
          ? [...node.children]
          : [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: `#${id}`, className: ['heading-link'] },
                children: [...node.children],
              } satisfies Element,
            ];
        ctx.replaceNode(node, { ...node, properties: { ...node.properties, id }, children });
      },
    },
  });
}
