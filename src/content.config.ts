import { defineCollection } from 'astro:content';
import { relaisLoader } from './site/loader.ts';
import { schemas } from './schema/index.ts';

// Every collection goes through relaisLoader: what is public is decided there, at loading time.
export const collections = {
  practices: defineCollection({ loader: relaisLoader('practices'), schema: schemas.practices }),
  methods: defineCollection({ loader: relaisLoader('methods'), schema: schemas.methods }),
  outcomes: defineCollection({ loader: relaisLoader('outcomes'), schema: schemas.outcomes }),
  meetings: defineCollection({ loader: relaisLoader('meetings'), schema: schemas.meetings }),
  requests: defineCollection({ loader: relaisLoader('requests'), schema: schemas.requests }),
  responses: defineCollection({ loader: relaisLoader('responses'), schema: schemas.responses }),
  groups: defineCollection({ loader: relaisLoader('groups'), schema: schemas.groups }),
  correspondents: defineCollection({ loader: relaisLoader('correspondents'), schema: schemas.correspondents }),
};
