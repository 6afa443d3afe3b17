/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": typeof types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": typeof types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $first: Int!) {\n    regions(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": typeof types.RegionSearchDocument,
};
const documents: Documents = {
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $first: Int!) {\n    regions(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": types.RegionSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n"): (typeof documents)["\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSearch($search: String!, $first: Int!) {\n    regions(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionSearch($search: String!, $first: Int!) {\n    regions(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;