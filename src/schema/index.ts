/**
 * One schema per collection, assembled here. Astro's content config and every script import
 * these, so editors get the same verdict from `npm run build` and from the content tooling.
 */
import type { z } from 'zod';
import { requireDecision } from '../release/rule.ts';
import { correspondent } from './correspondents.ts';
import { group } from './groups.ts';
import { meeting } from './meetings.ts';
import { method } from './methods.ts';
import { outcome } from './outcomes.ts';
import { practice } from './practices.ts';
import { request, response } from './requests.ts';

/** The collections' fields, before the rules that tie fields together (the public tree omits some). */
export const fieldSchemas = {
  practices: practice,
  methods: method,
  outcomes: outcome,
  meetings: meeting,
  requests: request,
  responses: response,
  groups: group,
  correspondents: correspondent,
} as const;

export const schemas = {
  practices: requireDecision(practice),
  methods: requireDecision(method),
  outcomes: requireDecision(outcome),
  meetings: requireDecision(meeting),
  requests: requireDecision(request),
  responses: response,
  groups: requireDecision(group),
  correspondents: correspondent,
} as const;

export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];

export type Practice = z.output<typeof schemas.practices>;
export type Method = z.output<typeof schemas.methods>;
export type Outcome = z.output<typeof schemas.outcomes>;
export type Meeting = z.output<typeof schemas.meetings>;
export type InfoRequest = z.output<typeof schemas.requests>;
export type Response = z.output<typeof schemas.responses>;
export type Group = z.output<typeof schemas.groups>;
export type Correspondent = z.output<typeof schemas.correspondents>;
