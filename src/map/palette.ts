/**
 * The map's colours written out, for the map as a file of its own (which carries its colours on
 * its shapes). The page's map takes the same light colours, with their dark pairs, from
 * src/styles/figures.css; a unit test holds the two to the same values.
 */
export const PALETTE = {
  light: {
    /** Step 0 (a member state without practice), then steps 1–5 of the sequential scale. */
    steps: ['#e3e6ea', '#c6dbf2', '#93bce6', '#5b93cf', '#2d67ad', '#0b3a6e'],
    /** Borders between member states. */
    border: '#ffffff',
    /** The outline of a state without practice, so it stays apart from the countries around. */
    zeroLine: '#9aa4ae',
    /** Countries that are not members. */
    out: '#f4f6f8',
    outLine: '#d0d7de',
    /** The ring of a small state's marker. */
    marker: '#1b1f24',
    background: '#ffffff',
    ink: '#1b1f24',
    muted: '#57606a',
  },
} as const;
