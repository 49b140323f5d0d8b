import { defineCollection } from 'astro:content';
import { content, project, today, treeReady, variant } from 'virtual:relais/site';
import { publicSchemas } from './release/fields.ts';
import { relaisLoader } from './site/loader.ts';
import { schemas } from './schema/index.ts';

// Every collection reads this site's tree through relaisLoader: the content folder for the
// internal site, the public tree for the public one (src/site/settings.ts). The public build's
// schemas refuse the fields internal by nature (src/release/fields.ts).
const s = { variant, content, project, today, treeReady };
const pub = variant === 'public';

export const collections = {
  practices: defineCollection({
    loader: relaisLoader('practices', s),
    schema: pub ? publicSchemas.practices : schemas.practices,
  }),
  methods: defineCollection({
    loader: relaisLoader('methods', s),
    schema: pub ? publicSchemas.methods : schemas.methods,
  }),
  outcomes: defineCollection({
    loader: relaisLoader('outcomes', s),
    schema: pub ? publicSchemas.outcomes : schemas.outcomes,
  }),
  meetings: defineCollection({
    loader: relaisLoader('meetings', s),
    schema: pub ? publicSchemas.meetings : schemas.meetings,
  }),
  requests: defineCollection({
    loader: relaisLoader('requests', s),
    schema: pub ? publicSchemas.requests : schemas.requests,
  }),
  responses: defineCollection({ loader: relaisLoader('responses', s), schema: schemas.responses }),
  groups: defineCollection({ loader: relaisLoader('groups', s), schema: pub ? publicSchemas.groups : schemas.groups }),
  correspondents: defineCollection({ loader: relaisLoader('correspondents', s), schema: schemas.correspondents }),
};
