/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 专职 full-time · 兼职 part-time */
export type ManagerEmployment =
  | 'FULL_TIME'
  | 'PART_TIME';

/** Career grade: 见习 · 初级 · 中级 · 高级 · 资深 */
export type ManagerGrade =
  | 'INTERMEDIATE'
  | 'JUNIOR'
  | 'PRINCIPAL'
  | 'SENIOR'
  | 'TRAINEE';

export type ManagerMeQueryVariables = Exact<{
  id: string;
}>;


export type ManagerMeQuery = { customerManager: { id: string, grade: ManagerGrade, employment: ManagerEmployment, capacity: number, portfolioSize: number, staff: { id: string, name: string }, orgUnit: { id: string, name: string, nameEn: string | null } } };


export const ManagerMeDocument = {"__meta__":{"hash":"sha256:d49449efc63c46205e5e690cb75c5a00069f341af16225d59d4f49d83f887b75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagerMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"portfolioSize"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ManagerMeQuery, ManagerMeQueryVariables>;