import { CombinedError } from 'urql';
import type { CompetencyDimension } from '@crm/ui-kit/schema-types';
import { DIMENSIONS } from '../training.i18n';
import type { ScoreInput } from './assessment.queries';

// The form's rules, as plain functions (the page renders what they say): what may be sent, and where a
// server's refusal belongs. An error is a key of the training namespace with its variables, so it can
// be said again in the other language when the shell switches.

/** What the form holds: per dimension a score (1–5 in half steps) and the evidence. */
export type FormValues = Partial<Record<CompetencyDimension, { score?: number | null; evidence?: string | null }>>;
export type FieldName = [CompetencyDimension, 'score' | 'evidence'];
export interface Message {
  key: string;
  vars?: Record<string, unknown>;
  /** dimensions named in the message, said in the reader's language when shown */
  dimensions?: readonly CompetencyDimension[];
  /** a refusal the kit words from its code (errorText), in the language of the moment */
  error?: CombinedError;
}
export interface FieldError {
  name: FieldName;
  message: Message;
}
export interface FormCheck {
  /** the scores to send, in the model's order (the server names a refused one by this index) */
  scores: ScoreInput[];
  fields: FieldError[];
  general: Message[];
}

const EVIDENCE_MAX = 1000;
const hasScore = (v: FormValues[CompetencyDimension]) => v?.score != null;
const hasEvidence = (v: FormValues[CompetencyDimension]) => !!v?.evidence?.trim();

/**
 * Checks the form before anything is sent. Submitting needs all six dimensions, each with a score and
 * evidence; a draft may hold any of them, but a dimension half filled (a score without evidence or
 * the other way round) is refused, and an empty draft is not saved.
 */
export function checkForm(values: FormValues, mode: 'draft' | 'submit'): FormCheck {
  const fields: FieldError[] = [];
  const missing: CompetencyDimension[] = [];
  for (const d of DIMENSIONS) {
    const v = values[d];
    const score = hasScore(v);
    const evidence = hasEvidence(v);
    if (mode === 'submit' || score || evidence) {
      if (!score) fields.push({ name: [d, 'score'], message: { key: 'needScore', dimensions: [d] } });
      if (!evidence) fields.push({ name: [d, 'evidence'], message: { key: 'needEvidence', dimensions: [d] } });
      else if (v!.evidence!.trim().length > EVIDENCE_MAX) fields.push({ name: [d, 'evidence'], message: { key: 'badEvidence' } });
    }
    if (mode === 'submit' && !(score && evidence)) missing.push(d);
  }
  const scores = DIMENSIONS.filter((d) => hasScore(values[d]) && hasEvidence(values[d])).map((d) => ({
    dimension: d,
    score: values[d]!.score!,
    evidence: values[d]!.evidence!.trim(),
  }));
  const general: Message[] = [];
  if (missing.length) general.push({ key: 'missingDimensions', dimensions: missing });
  if (mode === 'draft' && !scores.length && !fields.length) general.push({ key: 'needSomething' });
  return { scores, fields, general };
}

const SCORE_FIELD = /^(?:input\.)?scores\[(\d+)\]\.(score|evidence|dimension)$/;

/**
 * A refusal of saveAssessmentDraft / submitAssessment, translated from its code and `extensions.field`:
 * `scores[i].score|evidence|dimension` onto that dimension's input (i indexes the scores sent),
 * `scores` (submitted without all six: the missing ones are named) onto each missing score,
 * `managerId` (oneself), `assessmentId`/`id` (no longer a draft); anything else — CONFLICT, FORBIDDEN,
 * NOT_FOUND, a failed round trip — is the kit's words for its code (errorText, when shown).
 */
export function serverErrors(error: CombinedError, sent: readonly ScoreInput[]) {
  const fields: FieldError[] = [];
  const general: Message[] = [];
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : '';
    const at = SCORE_FIELD.exec(field);
    const dimension = at ? sent[Number(at[1])]?.dimension : undefined;
    if (code === 'BAD_USER_INPUT' && at && dimension) {
      const part = at[2];
      if (part === 'score') fields.push({ name: [dimension, 'score'], message: { key: 'badScore' } });
      else if (part === 'evidence') fields.push({ name: [dimension, 'evidence'], message: { key: 'badEvidence' } });
      else fields.push({ name: [dimension, 'score'], message: { key: 'duplicateDimension' } });
    } else if (code === 'BAD_USER_INPUT' && /^(?:input\.)?scores$/.test(field)) {
      // the server names the missing dimensions by their codes: each one's score is marked
      const missing = DIMENSIONS.filter((d) => new RegExp(`\\b${d}\\b`).test(e.message));
      for (const d of missing) fields.push({ name: [d, 'score'], message: { key: 'needScore', dimensions: [d] } });
      general.push({ key: 'missingDimensions', dimensions: missing });
    } else if (code === 'BAD_USER_INPUT' && /(^|\.)managerId$/.test(field)) {
      general.push({ key: 'selfAssessment' });
    } else if (code === 'BAD_USER_INPUT' && /(^|\.)(assessmentId|id)$/.test(field)) {
      general.push({ key: 'notDraft' });
    } else {
      general.push({ key: 'serverError', error: new CombinedError({ graphQLErrors: [e], response: error.response }) });
    }
  }
  if (!error.graphQLErrors.length) general.push({ key: 'serverError', error });
  return { fields, general };
}
