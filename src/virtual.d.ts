/** The site's settings, as src/site/integrations.ts makes them into a module. */
declare module 'virtual:relais/site' {
  /** Which site this build makes. */
  export const variant: import('./release/rule.ts').Variant;
  export const isPublicSite: boolean;
  /** The content tree this site reads: the content folder, or the public tree. */
  export const content: string;
  /** The project (its src/ and public/). */
  export const project: string;
  /** The day the build judges upcoming meetings, open requests and embargoes by. */
  export const today: Date;
  /** Public site, built while its tree is being written: the file that says it is. */
  export const treeReady: string | undefined;
}
