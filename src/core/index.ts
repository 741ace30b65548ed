/** The one public entry of the pure core. */
export { decode, type DecodeOptions } from './decode';
export type * from './types';
export { mergeResults } from './merge';
export { splitTemplate } from './catalogue/template';
export { asProduct, productChoices, readAs, type ProductChoice, type ShownFor } from './match/product-choice';
export { redact, type Redaction } from './redact/redact';
export { diagnoseWith, factsFor, knowledgeFor, ADVICE, type Diagnosis, type QuestionView, type AnsweredQuestion, type Fact, type DiagnoseOptions } from './diagnose/diagnose';
export type { Knowledge, Cause, Fix, Snippet, SnippetLibrary, RetryAdvice } from './knowledge/types';
export { buildShareLink, decodeShareLink, encodePayload, excerpt, ShareLinkError, HARD_CAP, SOFT_BUDGET, type SharePayload, type BuiltLink } from './share/share-link';
