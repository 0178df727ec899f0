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

/** Page of a list; pageSize at most 100 */
export type PageInput = {
  page?: number;
  pageSize?: number;
};

export type TrainingManagersQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type TrainingManagersQuery = { customerManagers: { total: number, page: number, pageSize: number, items: Array<{ id: string, grade: ManagerGrade, employment: ManagerEmployment, staff: { id: string, name: string }, orgUnit: { id: string, name: string, nameEn: string | null } }> } };


export const TrainingManagersDocument = {"__meta__":{"hash":"sha256:65be88d6d2914c9c11508e209e5acb1df6d92273b5f1b847fb158c5ed2d00cc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingManagers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerManagers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingManagersQuery, TrainingManagersQueryVariables>;