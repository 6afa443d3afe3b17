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
    "\n  fragment ViewerFields on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    tier\n    certified\n    region {\n      id\n      code\n      name\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      level\n      path\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n": typeof types.ManagerApplicationRowFragmentDoc,
    "\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n": typeof types.ManagerApplicationsDocument,
    "\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n": typeof types.DecideManagerApplicationDocument,
    "\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n": typeof types.ApplyForManagerDocument,
    "\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n": typeof types.WithdrawManagerApplicationDocument,
    "\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n": typeof types.ManagerApplicationNodeDocument,
    "\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingApplicationCountDocument,
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": typeof types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": typeof types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": typeof types.RegionSearchDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.RegionNameDocument,
    "\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.VolunteerRowFragmentDoc,
    "\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n": typeof types.VolunteersDocument,
    "\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n": typeof types.VolunteerDetailDocument,
    "\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n": typeof types.RevokeManagerDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    tier\n    certified\n    region {\n      id\n      code\n      name\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      level\n      path\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n": types.ManagerApplicationRowFragmentDoc,
    "\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n": types.ManagerApplicationsDocument,
    "\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n": types.DecideManagerApplicationDocument,
    "\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n": types.ApplyForManagerDocument,
    "\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n": types.WithdrawManagerApplicationDocument,
    "\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n": types.ManagerApplicationNodeDocument,
    "\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n": types.PendingApplicationCountDocument,
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": types.RegionSearchDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.RegionNameDocument,
    "\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.VolunteerRowFragmentDoc,
    "\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n": types.VolunteersDocument,
    "\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n": types.VolunteerDetailDocument,
    "\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n": types.RevokeManagerDocument,
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
export function graphql(source: "\n  fragment ViewerFields on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    tier\n    certified\n    region {\n      id\n      code\n      name\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      level\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    tier\n    certified\n    region {\n      id\n      code\n      name\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      level\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n"): (typeof documents)["\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n"): (typeof documents)["\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;