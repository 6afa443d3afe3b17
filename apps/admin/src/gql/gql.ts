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
    "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    organiser\n    authorName\n    signUpCount\n    capacity\n    submittedAt\n    canDecide\n    region {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.ActivityRowFragmentDoc,
    "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int!, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivityCalendar($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_ASC, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.ActivityCalendarDocument,
    "\n  query ActivitiesToDecide($filter: ActivityDecideFilter, $first: Int!, $after: String) {\n    activitiesToDecide(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesToDecideDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      description\n      coverUrl\n      imageUrls\n      signUpDeadline\n      signUpOpen\n      publishedAt\n      decidedAt\n      decisionComment\n      cancelledAt\n      cancelReason\n      createdAt\n      canEdit\n      canCancel\n      canManage\n      mySignUp {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  query ActivitySignUps($id: ID!, $status: ActivitySignUpStatus, $first: Int!, $after: String) {\n    activity(id: $id) {\n      id\n      signUps(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            name\n            phoneMasked\n            phone\n            attended\n            attendanceMarkedAt\n            signedUpAt\n            volunteerRegion {\n              id\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivitySignUpsDocument,
    "\n  mutation DecideActivity($id: ID!, $approve: Boolean!, $comment: String) {\n    decideActivity(id: $id, approve: $approve, comment: $comment) {\n      ...ActivityRow\n      publishedAt\n      decisionComment\n    }\n  }\n": typeof types.DecideActivityDocument,
    "\n  mutation SubmitActivity($input: ActivityInput!) {\n    submitActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n": typeof types.SubmitActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      ...ActivityRow\n      cancelledAt\n      cancelReason\n      canCancel\n      signUpOpen\n    }\n  }\n": typeof types.CancelActivityDocument,
    "\n  mutation MarkAttendance($signUpId: ID!, $attended: Boolean!) {\n    markAttendance(signUpId: $signUpId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  query ActivitiesToDecideCount {\n    activitiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ActivitiesToDecideCountDocument,
    "\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ContentShareList($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          publishedAt\n          channel {\n            id\n            name\n          }\n          shareCount\n          openCount\n        }\n      }\n    }\n  }\n": typeof types.ContentShareListDocument,
    "\n  query ContentShareStats($contentId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    contentShareStats(contentId: $contentId, from: $from, to: $to) {\n      from\n      to\n      shares\n      opens\n      content {\n        id\n        title\n        kind\n        shareCount\n        openCount\n      }\n      region {\n        id\n        name\n      }\n      byPlatform {\n        platform\n        shares\n        opens\n      }\n      byDay {\n        day\n        shares\n        opens\n      }\n    }\n  }\n": typeof types.ContentShareStatsDocument,
    "\n  mutation RevokeShareLink($link: String!) {\n    revokeShareLink(link: $link) {\n      id\n      revokedAt\n      content {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  fragment ContentRow on Content {\n    id\n    kind\n    status\n    title\n    summary\n    source\n    tags\n    coverUrl\n    publishedAt\n    featured\n    featuredUntil\n    updatedAt\n    externalId\n    channel {\n      id\n      code\n      name\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    likeCount\n    commentCount\n    favouriteCount\n    shareCount\n  }\n": typeof types.ContentRowFragmentDoc,
    "\n  query Contents($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContentRow\n        }\n      }\n    }\n  }\n": typeof types.ContentsDocument,
    "\n  query ContentDetail($id: ID!) {\n    content(id: $id) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n": typeof types.ContentDetailDocument,
    "\n  mutation CreateContent($input: ContentInput!) {\n    createContent(input: $input) {\n      ...ContentRow\n    }\n  }\n": typeof types.CreateContentDocument,
    "\n  mutation UpdateContent($id: ID!, $input: ContentInput!) {\n    updateContent(id: $id, input: $input) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n": typeof types.UpdateContentDocument,
    "\n  mutation PublishContent($id: ID!) {\n    publishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n": typeof types.PublishContentDocument,
    "\n  mutation UnpublishContent($id: ID!) {\n    unpublishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n": typeof types.UnpublishContentDocument,
    "\n  mutation ImportContents($input: ContentImportInput!) {\n    importContents(input: $input) {\n      total\n      created\n      updated\n      unchanged\n      dryRun\n      rejected {\n        line\n        externalId\n        reason\n      }\n    }\n  }\n": typeof types.ImportContentsDocument,
    "\n  fragment ChannelRow on Channel {\n    id\n    code\n    name\n    sortOrder\n    enabled\n    builtIn\n  }\n": typeof types.ChannelRowFragmentDoc,
    "\n  query ChannelsAll {\n    channels(includeDisabled: true) {\n      ...ChannelRow\n    }\n  }\n": typeof types.ChannelsAllDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelRow\n    }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation UpdateChannel($code: String!, $input: ChannelUpdateInput!) {\n    updateChannel(code: $code, input: $input) {\n      ...ChannelRow\n    }\n  }\n": typeof types.UpdateChannelDocument,
    "\n  mutation ReorderChannels($codes: [String!]!) {\n    reorderChannels(codes: $codes) {\n      ...ChannelRow\n    }\n  }\n": typeof types.ReorderChannelsDocument,
    "\n  fragment ModerationComment on Comment {\n    id\n    body\n    status\n    createdAt\n    hiddenAt\n    hiddenReason\n    authorName\n    replyToName\n    likeCount\n    canHide\n    author {\n      id\n      realName\n      nickname\n      phoneMasked\n    }\n    region {\n      id\n      code\n      path\n    }\n    content {\n      id\n      title\n    }\n  }\n": typeof types.ModerationCommentFragmentDoc,
    "\n  query CommentsForModeration($filter: CommentModerationFilter, $first: Int!, $after: String) {\n    commentsForModeration(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationComment\n        }\n      }\n    }\n  }\n": typeof types.CommentsForModerationDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...ModerationComment\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  fragment MallItemRow on MallItem {\n    id\n    name\n    description\n    imageUrl\n    kind\n    pricePoints\n    stock\n    sold\n    perPersonLimit\n    saleFrom\n    saleUntil\n    enabled\n    onSale\n    updatedAt\n  }\n": typeof types.MallItemRowFragmentDoc,
    "\n  query MallItemsAll {\n    mallItems(all: true) {\n      ...MallItemRow\n    }\n  }\n": typeof types.MallItemsAllDocument,
    "\n  mutation CreateMallItem($input: MallItemInput!) {\n    createMallItem(input: $input) {\n      ...MallItemRow\n    }\n  }\n": typeof types.CreateMallItemDocument,
    "\n  mutation UpdateMallItem($id: ID!, $input: MallItemUpdateInput!) {\n    updateMallItem(id: $id, input: $input) {\n      ...MallItemRow\n    }\n  }\n": typeof types.UpdateMallItemDocument,
    "\n  mutation RestockMallItem($id: ID!, $delta: Int!, $idempotencyKey: String!) {\n    restockMallItem(id: $id, delta: $delta, idempotencyKey: $idempotencyKey) {\n      ...MallItemRow\n    }\n  }\n": typeof types.RestockMallItemDocument,
    "\n  fragment RedemptionRow on Redemption {\n    id\n    status\n    kind\n    itemName\n    quantity\n    totalPoints\n    phone\n    phoneMasked\n    cancelReason\n    createdAt\n    fulfilledAt\n    cancelledAt\n    volunteer {\n      id\n      realName\n      nickname\n      phoneMasked\n      phone\n    }\n  }\n": typeof types.RedemptionRowFragmentDoc,
    "\n  query Redemptions($filter: RedemptionFilter, $first: Int!, $after: String) {\n    redemptions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RedemptionRow\n        }\n      }\n    }\n  }\n": typeof types.RedemptionsDocument,
    "\n  query MallItemChoices {\n    mallItems(all: true) {\n      id\n      name\n    }\n  }\n": typeof types.MallItemChoicesDocument,
    "\n  mutation FulfilRedemptions($ids: [ID!]!) {\n    fulfilRedemptions(ids: $ids) {\n      changed\n      redemptions {\n        ...RedemptionRow\n      }\n    }\n  }\n": typeof types.FulfilRedemptionsDocument,
    "\n  mutation CancelRedemption($id: ID!, $reason: String) {\n    cancelRedemption(id: $id, reason: $reason) {\n      ...RedemptionRow\n    }\n  }\n": typeof types.CancelRedemptionDocument,
    "\n  query PendingRedemptionCount {\n    redemptions(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingRedemptionCountDocument,
    "\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n": typeof types.ManagerApplicationRowFragmentDoc,
    "\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n": typeof types.ManagerApplicationsDocument,
    "\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n": typeof types.DecideManagerApplicationDocument,
    "\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n": typeof types.ApplyForManagerDocument,
    "\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n": typeof types.WithdrawManagerApplicationDocument,
    "\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n": typeof types.ManagerApplicationNodeDocument,
    "\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingApplicationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          text\n          read\n          createdAt\n          subjectType\n          subjectId\n          contentId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment PointsRulesFields on PointsRules {\n    checkIn\n    streakBonuses {\n      day\n      bonus\n    }\n    share\n    shareDailyCap\n    activityPublished\n    activityPublishedDailyCap\n    societyPost\n    societyPostDailyCap\n    comment\n    commentDailyCap\n    levels {\n      name\n      minExperience\n    }\n  }\n": typeof types.PointsRulesFieldsFragmentDoc,
    "\n  query CurrentPointsRules {\n    pointsRules {\n      version\n      effectiveFrom\n      rules {\n        ...PointsRulesFields\n      }\n    }\n  }\n": typeof types.CurrentPointsRulesDocument,
    "\n  query PointsRuleVersions($first: Int!, $after: String) {\n    pointsRuleVersions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          version\n          effectiveFrom\n          createdAt\n          note\n          createdBy {\n            id\n            nickname\n            realName\n            phoneMasked\n          }\n          rules {\n            ...PointsRulesFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PointsRuleVersionsDocument,
    "\n  mutation UpdatePointsRules($input: PointsRulesInput!) {\n    updatePointsRules(input: $input) {\n      version\n      effectiveFrom\n    }\n  }\n": typeof types.UpdatePointsRulesDocument,
    "\n  query VolunteerPointsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        pointsBalance\n        experience\n        checkInStreak\n        longestCheckInStreak\n        level {\n          name\n          minExperience\n        }\n        nextLevel {\n          name\n          minExperience\n        }\n      }\n    }\n  }\n": typeof types.VolunteerPointsSummaryDocument,
    "\n  query VolunteerCheckInCalendar($id: ID!, $month: String!) {\n    checkInCalendar(month: $month, volunteerId: $id) {\n      month\n      currentStreak\n      longestStreak\n      checkedInToday\n      days {\n        day\n        streak\n        points\n      }\n    }\n  }\n": typeof types.VolunteerCheckInCalendarDocument,
    "\n  query VolunteerPointsLedger($id: ID!, $first: Int!, $after: String) {\n    volunteerPointsLedger(volunteerId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          delta\n          reason\n          reasonLabel\n          reference\n          ruleVersion\n          day\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.VolunteerPointsLedgerDocument,
    "\n  mutation AdjustPoints($volunteerId: ID!, $delta: Int!, $reason: String!, $idempotencyKey: String!) {\n    adjustPoints(volunteerId: $volunteerId, delta: $delta, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      delta\n    }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": typeof types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": typeof types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": typeof types.RegionSearchDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.RegionNameDocument,
    "\n  query SocietiesToDecideCount {\n    societiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SocietiesToDecideCountDocument,
    "\n  fragment SocietyRow on Society {\n    id\n    name\n    description\n    status\n    joinPolicy\n    avatarUrl\n    createdAt\n    decidedAt\n    decisionComment\n    dissolveReason\n    memberCount\n    ownerNickname\n    canDecide\n    canModerate\n    region {\n      id\n      code\n      name\n      path\n    }\n    requester {\n      id\n      nickname\n      realName\n      phoneMasked\n    }\n  }\n": typeof types.SocietyRowFragmentDoc,
    "\n  query Societies($filter: SocietyFilter, $first: Int!, $after: String) {\n    societies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n": typeof types.SocietiesDocument,
    "\n  query SocietiesToDecide($first: Int!, $after: String) {\n    societiesToDecide(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n": typeof types.SocietiesToDecideDocument,
    "\n  query SocietyDetail($id: ID!) {\n    society(id: $id) {\n      ...SocietyRow\n      pendingMemberCount\n      dissolvedAt\n      decidedBy {\n        id\n        nickname\n        realName\n      }\n    }\n  }\n": typeof types.SocietyDetailDocument,
    "\n  fragment SocietyMemberRow on SocietyMember {\n    id\n    role\n    status\n    nickname\n    phoneMasked\n    phone\n    joinedAt\n    createdAt\n  }\n": typeof types.SocietyMemberRowFragmentDoc,
    "\n  query SocietyMembers($id: ID!, $status: SocietyMemberStatus, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyMemberRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietyMembersDocument,
    "\n  fragment SocietyPostRow on SocietyPost {\n    id\n    text\n    imageUrls\n    createdAt\n    authorNickname\n    hidden\n    hiddenAt\n    hideReason\n    canModerate\n  }\n": typeof types.SocietyPostRowFragmentDoc,
    "\n  query SocietyPosts($id: ID!, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyPostRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.SocietyPostsDocument,
    "\n  mutation DecideSociety($id: ID!, $approve: Boolean!, $comment: String) {\n    decideSociety(id: $id, approve: $approve, comment: $comment) {\n      ...SocietyRow\n    }\n  }\n": typeof types.DecideSocietyDocument,
    "\n  mutation DissolveSociety($id: ID!, $reason: String!) {\n    dissolveSociety(id: $id, reason: $reason) {\n      ...SocietyRow\n      dissolvedAt\n    }\n  }\n": typeof types.DissolveSocietyDocument,
    "\n  mutation HideSocietyPost($id: ID!, $reason: String!) {\n    hideSocietyPost(id: $id, reason: $reason) {\n      ...SocietyPostRow\n    }\n  }\n": typeof types.HideSocietyPostDocument,
    "\n  mutation UnhideSocietyPost($id: ID!) {\n    unhideSocietyPost(id: $id) {\n      ...SocietyPostRow\n    }\n  }\n": typeof types.UnhideSocietyPostDocument,
    "\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.VolunteerRowFragmentDoc,
    "\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n": typeof types.VolunteersDocument,
    "\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n": typeof types.VolunteerDetailDocument,
    "\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n": typeof types.RevokeManagerDocument,
    "\n  query RegionPickerSearch($search: String!, $within: String, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, within: $within, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": typeof types.RegionPickerSearchDocument,
    "\n  query RegionPickerChosen($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": typeof types.RegionPickerChosenDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    tier\n    certified\n    region {\n      id\n      code\n      name\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      level\n      path\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    organiser\n    authorName\n    signUpCount\n    capacity\n    submittedAt\n    canDecide\n    region {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.ActivityRowFragmentDoc,
    "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int!, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivityCalendar($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_ASC, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.ActivityCalendarDocument,
    "\n  query ActivitiesToDecide($filter: ActivityDecideFilter, $first: Int!, $after: String) {\n    activitiesToDecide(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": types.ActivitiesToDecideDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      description\n      coverUrl\n      imageUrls\n      signUpDeadline\n      signUpOpen\n      publishedAt\n      decidedAt\n      decisionComment\n      cancelledAt\n      cancelReason\n      createdAt\n      canEdit\n      canCancel\n      canManage\n      mySignUp {\n        id\n        status\n      }\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  query ActivitySignUps($id: ID!, $status: ActivitySignUpStatus, $first: Int!, $after: String) {\n    activity(id: $id) {\n      id\n      signUps(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            name\n            phoneMasked\n            phone\n            attended\n            attendanceMarkedAt\n            signedUpAt\n            volunteerRegion {\n              id\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActivitySignUpsDocument,
    "\n  mutation DecideActivity($id: ID!, $approve: Boolean!, $comment: String) {\n    decideActivity(id: $id, approve: $approve, comment: $comment) {\n      ...ActivityRow\n      publishedAt\n      decisionComment\n    }\n  }\n": types.DecideActivityDocument,
    "\n  mutation SubmitActivity($input: ActivityInput!) {\n    submitActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n": types.SubmitActivityDocument,
    "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      ...ActivityRow\n      cancelledAt\n      cancelReason\n      canCancel\n      signUpOpen\n    }\n  }\n": types.CancelActivityDocument,
    "\n  mutation MarkAttendance($signUpId: ID!, $attended: Boolean!) {\n    markAttendance(signUpId: $signUpId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  query ActivitiesToDecideCount {\n    activitiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n": types.ActivitiesToDecideCountDocument,
    "\n  query AuditLogs(\n    $action: AuditAction\n    $targetType: String\n    $targetId: String\n    $actorId: ID\n    $from: LocalDate\n    $to: LocalDate\n    $first: Int!\n    $after: String\n  ) {\n    auditLogs(\n      action: $action\n      targetType: $targetType\n      targetId: $targetId\n      actorId: $actorId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          requestId\n          createdAt\n          actor {\n            id\n            nickname\n            realName\n            phoneMasked\n            tier\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  mutation Login($phone: String!, $password: String!) {\n    login(phone: $phone, password: $password) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      volunteer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query ContentShareList($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          publishedAt\n          channel {\n            id\n            name\n          }\n          shareCount\n          openCount\n        }\n      }\n    }\n  }\n": types.ContentShareListDocument,
    "\n  query ContentShareStats($contentId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    contentShareStats(contentId: $contentId, from: $from, to: $to) {\n      from\n      to\n      shares\n      opens\n      content {\n        id\n        title\n        kind\n        shareCount\n        openCount\n      }\n      region {\n        id\n        name\n      }\n      byPlatform {\n        platform\n        shares\n        opens\n      }\n      byDay {\n        day\n        shares\n        opens\n      }\n    }\n  }\n": types.ContentShareStatsDocument,
    "\n  mutation RevokeShareLink($link: String!) {\n    revokeShareLink(link: $link) {\n      id\n      revokedAt\n      content {\n        id\n        title\n      }\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  fragment ContentRow on Content {\n    id\n    kind\n    status\n    title\n    summary\n    source\n    tags\n    coverUrl\n    publishedAt\n    featured\n    featuredUntil\n    updatedAt\n    externalId\n    channel {\n      id\n      code\n      name\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    likeCount\n    commentCount\n    favouriteCount\n    shareCount\n  }\n": types.ContentRowFragmentDoc,
    "\n  query Contents($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContentRow\n        }\n      }\n    }\n  }\n": types.ContentsDocument,
    "\n  query ContentDetail($id: ID!) {\n    content(id: $id) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n": types.ContentDetailDocument,
    "\n  mutation CreateContent($input: ContentInput!) {\n    createContent(input: $input) {\n      ...ContentRow\n    }\n  }\n": types.CreateContentDocument,
    "\n  mutation UpdateContent($id: ID!, $input: ContentInput!) {\n    updateContent(id: $id, input: $input) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n": types.UpdateContentDocument,
    "\n  mutation PublishContent($id: ID!) {\n    publishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n": types.PublishContentDocument,
    "\n  mutation UnpublishContent($id: ID!) {\n    unpublishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n": types.UnpublishContentDocument,
    "\n  mutation ImportContents($input: ContentImportInput!) {\n    importContents(input: $input) {\n      total\n      created\n      updated\n      unchanged\n      dryRun\n      rejected {\n        line\n        externalId\n        reason\n      }\n    }\n  }\n": types.ImportContentsDocument,
    "\n  fragment ChannelRow on Channel {\n    id\n    code\n    name\n    sortOrder\n    enabled\n    builtIn\n  }\n": types.ChannelRowFragmentDoc,
    "\n  query ChannelsAll {\n    channels(includeDisabled: true) {\n      ...ChannelRow\n    }\n  }\n": types.ChannelsAllDocument,
    "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelRow\n    }\n  }\n": types.CreateChannelDocument,
    "\n  mutation UpdateChannel($code: String!, $input: ChannelUpdateInput!) {\n    updateChannel(code: $code, input: $input) {\n      ...ChannelRow\n    }\n  }\n": types.UpdateChannelDocument,
    "\n  mutation ReorderChannels($codes: [String!]!) {\n    reorderChannels(codes: $codes) {\n      ...ChannelRow\n    }\n  }\n": types.ReorderChannelsDocument,
    "\n  fragment ModerationComment on Comment {\n    id\n    body\n    status\n    createdAt\n    hiddenAt\n    hiddenReason\n    authorName\n    replyToName\n    likeCount\n    canHide\n    author {\n      id\n      realName\n      nickname\n      phoneMasked\n    }\n    region {\n      id\n      code\n      path\n    }\n    content {\n      id\n      title\n    }\n  }\n": types.ModerationCommentFragmentDoc,
    "\n  query CommentsForModeration($filter: CommentModerationFilter, $first: Int!, $after: String) {\n    commentsForModeration(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationComment\n        }\n      }\n    }\n  }\n": types.CommentsForModerationDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...ModerationComment\n    }\n  }\n": types.HideCommentDocument,
    "\n  fragment MallItemRow on MallItem {\n    id\n    name\n    description\n    imageUrl\n    kind\n    pricePoints\n    stock\n    sold\n    perPersonLimit\n    saleFrom\n    saleUntil\n    enabled\n    onSale\n    updatedAt\n  }\n": types.MallItemRowFragmentDoc,
    "\n  query MallItemsAll {\n    mallItems(all: true) {\n      ...MallItemRow\n    }\n  }\n": types.MallItemsAllDocument,
    "\n  mutation CreateMallItem($input: MallItemInput!) {\n    createMallItem(input: $input) {\n      ...MallItemRow\n    }\n  }\n": types.CreateMallItemDocument,
    "\n  mutation UpdateMallItem($id: ID!, $input: MallItemUpdateInput!) {\n    updateMallItem(id: $id, input: $input) {\n      ...MallItemRow\n    }\n  }\n": types.UpdateMallItemDocument,
    "\n  mutation RestockMallItem($id: ID!, $delta: Int!, $idempotencyKey: String!) {\n    restockMallItem(id: $id, delta: $delta, idempotencyKey: $idempotencyKey) {\n      ...MallItemRow\n    }\n  }\n": types.RestockMallItemDocument,
    "\n  fragment RedemptionRow on Redemption {\n    id\n    status\n    kind\n    itemName\n    quantity\n    totalPoints\n    phone\n    phoneMasked\n    cancelReason\n    createdAt\n    fulfilledAt\n    cancelledAt\n    volunteer {\n      id\n      realName\n      nickname\n      phoneMasked\n      phone\n    }\n  }\n": types.RedemptionRowFragmentDoc,
    "\n  query Redemptions($filter: RedemptionFilter, $first: Int!, $after: String) {\n    redemptions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RedemptionRow\n        }\n      }\n    }\n  }\n": types.RedemptionsDocument,
    "\n  query MallItemChoices {\n    mallItems(all: true) {\n      id\n      name\n    }\n  }\n": types.MallItemChoicesDocument,
    "\n  mutation FulfilRedemptions($ids: [ID!]!) {\n    fulfilRedemptions(ids: $ids) {\n      changed\n      redemptions {\n        ...RedemptionRow\n      }\n    }\n  }\n": types.FulfilRedemptionsDocument,
    "\n  mutation CancelRedemption($id: ID!, $reason: String) {\n    cancelRedemption(id: $id, reason: $reason) {\n      ...RedemptionRow\n    }\n  }\n": types.CancelRedemptionDocument,
    "\n  query PendingRedemptionCount {\n    redemptions(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n": types.PendingRedemptionCountDocument,
    "\n  fragment ManagerApplicationRow on ManagerApplication {\n    id\n    tier\n    status\n    reason\n    createdAt\n    decidedAt\n    decisionComment\n    canDecide\n    applicant {\n      id\n      nickname\n      realName\n      phoneMasked\n      tier\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    decidedBy {\n      id\n      nickname\n      realName\n    }\n  }\n": types.ManagerApplicationRowFragmentDoc,
    "\n  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {\n    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ManagerApplicationRow\n        }\n      }\n    }\n  }\n": types.ManagerApplicationsDocument,
    "\n  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {\n      ...ManagerApplicationRow\n      applicant {\n        id\n        tier\n        managedRegion {\n          id\n          code\n          name\n          path\n        }\n      }\n    }\n  }\n": types.DecideManagerApplicationDocument,
    "\n  mutation ApplyForManager($input: ManagerApplicationInput!) {\n    applyForManager(input: $input) {\n      ...ManagerApplicationRow\n    }\n  }\n": types.ApplyForManagerDocument,
    "\n  mutation WithdrawManagerApplication($id: ID!) {\n    withdrawManagerApplication(id: $id) {\n      ...ManagerApplicationRow\n    }\n  }\n": types.WithdrawManagerApplicationDocument,
    "\n  query ManagerApplicationNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on ManagerApplication {\n        ...ManagerApplicationRow\n      }\n    }\n  }\n": types.ManagerApplicationNodeDocument,
    "\n  query PendingApplicationCount {\n    managerApplications(status: PENDING, decidable: true, first: 1) {\n      totalCount\n    }\n  }\n": types.PendingApplicationCountDocument,
    "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          text\n          read\n          createdAt\n          subjectType\n          subjectId\n          contentId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment PointsRulesFields on PointsRules {\n    checkIn\n    streakBonuses {\n      day\n      bonus\n    }\n    share\n    shareDailyCap\n    activityPublished\n    activityPublishedDailyCap\n    societyPost\n    societyPostDailyCap\n    comment\n    commentDailyCap\n    levels {\n      name\n      minExperience\n    }\n  }\n": types.PointsRulesFieldsFragmentDoc,
    "\n  query CurrentPointsRules {\n    pointsRules {\n      version\n      effectiveFrom\n      rules {\n        ...PointsRulesFields\n      }\n    }\n  }\n": types.CurrentPointsRulesDocument,
    "\n  query PointsRuleVersions($first: Int!, $after: String) {\n    pointsRuleVersions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          version\n          effectiveFrom\n          createdAt\n          note\n          createdBy {\n            id\n            nickname\n            realName\n            phoneMasked\n          }\n          rules {\n            ...PointsRulesFields\n          }\n        }\n      }\n    }\n  }\n": types.PointsRuleVersionsDocument,
    "\n  mutation UpdatePointsRules($input: PointsRulesInput!) {\n    updatePointsRules(input: $input) {\n      version\n      effectiveFrom\n    }\n  }\n": types.UpdatePointsRulesDocument,
    "\n  query VolunteerPointsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        pointsBalance\n        experience\n        checkInStreak\n        longestCheckInStreak\n        level {\n          name\n          minExperience\n        }\n        nextLevel {\n          name\n          minExperience\n        }\n      }\n    }\n  }\n": types.VolunteerPointsSummaryDocument,
    "\n  query VolunteerCheckInCalendar($id: ID!, $month: String!) {\n    checkInCalendar(month: $month, volunteerId: $id) {\n      month\n      currentStreak\n      longestStreak\n      checkedInToday\n      days {\n        day\n        streak\n        points\n      }\n    }\n  }\n": types.VolunteerCheckInCalendarDocument,
    "\n  query VolunteerPointsLedger($id: ID!, $first: Int!, $after: String) {\n    volunteerPointsLedger(volunteerId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          delta\n          reason\n          reasonLabel\n          reference\n          ruleVersion\n          day\n          createdAt\n        }\n      }\n    }\n  }\n": types.VolunteerPointsLedgerDocument,
    "\n  mutation AdjustPoints($volunteerId: ID!, $delta: Int!, $reason: String!, $idempotencyKey: String!) {\n    adjustPoints(volunteerId: $volunteerId, delta: $delta, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      delta\n    }\n  }\n": types.AdjustPointsDocument,
    "\n  fragment RegionSummary on Region {\n    id\n    code\n    name\n    level\n    childCount\n    population\n    populationSource\n  }\n": types.RegionSummaryFragmentDoc,
    "\n  query RegionRoots {\n    regions(level: PROVINCE, first: 100) {\n      edges {\n        node {\n          ...RegionSummary\n        }\n      }\n    }\n  }\n": types.RegionRootsDocument,
    "\n  query RegionChildren($code: String!, $first: Int!, $after: String) {\n    region(code: $code) {\n      id\n      code\n      children(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...RegionSummary\n          }\n        }\n      }\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionDetail($code: String!) {\n    region(code: $code) {\n      ...RegionSummary\n      path\n      ancestors {\n        id\n        code\n        name\n        level\n      }\n    }\n  }\n": types.RegionDetailDocument,
    "\n  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": types.RegionSearchDocument,
    "\n  query RegionName($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.RegionNameDocument,
    "\n  query SocietiesToDecideCount {\n    societiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n": types.SocietiesToDecideCountDocument,
    "\n  fragment SocietyRow on Society {\n    id\n    name\n    description\n    status\n    joinPolicy\n    avatarUrl\n    createdAt\n    decidedAt\n    decisionComment\n    dissolveReason\n    memberCount\n    ownerNickname\n    canDecide\n    canModerate\n    region {\n      id\n      code\n      name\n      path\n    }\n    requester {\n      id\n      nickname\n      realName\n      phoneMasked\n    }\n  }\n": types.SocietyRowFragmentDoc,
    "\n  query Societies($filter: SocietyFilter, $first: Int!, $after: String) {\n    societies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n": types.SocietiesDocument,
    "\n  query SocietiesToDecide($first: Int!, $after: String) {\n    societiesToDecide(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n": types.SocietiesToDecideDocument,
    "\n  query SocietyDetail($id: ID!) {\n    society(id: $id) {\n      ...SocietyRow\n      pendingMemberCount\n      dissolvedAt\n      decidedBy {\n        id\n        nickname\n        realName\n      }\n    }\n  }\n": types.SocietyDetailDocument,
    "\n  fragment SocietyMemberRow on SocietyMember {\n    id\n    role\n    status\n    nickname\n    phoneMasked\n    phone\n    joinedAt\n    createdAt\n  }\n": types.SocietyMemberRowFragmentDoc,
    "\n  query SocietyMembers($id: ID!, $status: SocietyMemberStatus, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyMemberRow\n          }\n        }\n      }\n    }\n  }\n": types.SocietyMembersDocument,
    "\n  fragment SocietyPostRow on SocietyPost {\n    id\n    text\n    imageUrls\n    createdAt\n    authorNickname\n    hidden\n    hiddenAt\n    hideReason\n    canModerate\n  }\n": types.SocietyPostRowFragmentDoc,
    "\n  query SocietyPosts($id: ID!, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyPostRow\n          }\n        }\n      }\n    }\n  }\n": types.SocietyPostsDocument,
    "\n  mutation DecideSociety($id: ID!, $approve: Boolean!, $comment: String) {\n    decideSociety(id: $id, approve: $approve, comment: $comment) {\n      ...SocietyRow\n    }\n  }\n": types.DecideSocietyDocument,
    "\n  mutation DissolveSociety($id: ID!, $reason: String!) {\n    dissolveSociety(id: $id, reason: $reason) {\n      ...SocietyRow\n      dissolvedAt\n    }\n  }\n": types.DissolveSocietyDocument,
    "\n  mutation HideSocietyPost($id: ID!, $reason: String!) {\n    hideSocietyPost(id: $id, reason: $reason) {\n      ...SocietyPostRow\n    }\n  }\n": types.HideSocietyPostDocument,
    "\n  mutation UnhideSocietyPost($id: ID!) {\n    unhideSocietyPost(id: $id) {\n      ...SocietyPostRow\n    }\n  }\n": types.UnhideSocietyPostDocument,
    "\n  fragment VolunteerRow on Volunteer {\n    id\n    nickname\n    realName\n    phoneMasked\n    phone\n    idNumberMasked\n    tier\n    certified\n    certifiedAt\n    region {\n      id\n      code\n      path\n    }\n    managedRegion {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.VolunteerRowFragmentDoc,
    "\n  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {\n    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...VolunteerRow\n        }\n      }\n    }\n  }\n": types.VolunteersDocument,
    "\n  query VolunteerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        ...VolunteerRow\n        workUnit\n        createdAt\n        pointsBalance\n        checkInStreak\n      }\n    }\n  }\n": types.VolunteerDetailDocument,
    "\n  mutation RevokeManager($volunteerId: ID!, $reason: String) {\n    revokeManager(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerRow\n    }\n  }\n": types.RevokeManagerDocument,
    "\n  query RegionPickerSearch($search: String!, $within: String, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, within: $within, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n": types.RegionPickerSearchDocument,
    "\n  query RegionPickerChosen($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n": types.RegionPickerChosenDocument,
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
export function graphql(source: "\n  fragment ActivityRow on Activity {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    organiser\n    authorName\n    signUpCount\n    capacity\n    submittedAt\n    canDecide\n    region {\n      id\n      code\n      name\n      path\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityRow on Activity {\n    id\n    kind\n    status\n    title\n    startsAt\n    endsAt\n    place\n    organiser\n    authorName\n    signUpCount\n    capacity\n    submittedAt\n    canDecide\n    region {\n      id\n      code\n      name\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int!, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int!, $after: String) {\n    activities(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCalendar($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_ASC, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityCalendar($filter: ActivityFilter) {\n    activities(filter: $filter, sort: STARTS_AT_ASC, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          status\n          title\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesToDecide($filter: ActivityDecideFilter, $first: Int!, $after: String) {\n    activitiesToDecide(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesToDecide($filter: ActivityDecideFilter, $first: Int!, $after: String) {\n    activitiesToDecide(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      description\n      coverUrl\n      imageUrls\n      signUpDeadline\n      signUpOpen\n      publishedAt\n      decidedAt\n      decisionComment\n      cancelledAt\n      cancelReason\n      createdAt\n      canEdit\n      canCancel\n      canManage\n      mySignUp {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityRow\n      description\n      coverUrl\n      imageUrls\n      signUpDeadline\n      signUpOpen\n      publishedAt\n      decidedAt\n      decisionComment\n      cancelledAt\n      cancelReason\n      createdAt\n      canEdit\n      canCancel\n      canManage\n      mySignUp {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitySignUps($id: ID!, $status: ActivitySignUpStatus, $first: Int!, $after: String) {\n    activity(id: $id) {\n      id\n      signUps(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            name\n            phoneMasked\n            phone\n            attended\n            attendanceMarkedAt\n            signedUpAt\n            volunteerRegion {\n              id\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitySignUps($id: ID!, $status: ActivitySignUpStatus, $first: Int!, $after: String) {\n    activity(id: $id) {\n      id\n      signUps(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            status\n            name\n            phoneMasked\n            phone\n            attended\n            attendanceMarkedAt\n            signedUpAt\n            volunteerRegion {\n              id\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideActivity($id: ID!, $approve: Boolean!, $comment: String) {\n    decideActivity(id: $id, approve: $approve, comment: $comment) {\n      ...ActivityRow\n      publishedAt\n      decisionComment\n    }\n  }\n"): (typeof documents)["\n  mutation DecideActivity($id: ID!, $approve: Boolean!, $comment: String) {\n    decideActivity(id: $id, approve: $approve, comment: $comment) {\n      ...ActivityRow\n      publishedAt\n      decisionComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActivity($input: ActivityInput!) {\n    submitActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitActivity($input: ActivityInput!) {\n    submitActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      ...ActivityRow\n      cancelledAt\n      cancelReason\n      canCancel\n      signUpOpen\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActivity($id: ID!, $reason: String) {\n    cancelActivity(id: $id, reason: $reason) {\n      ...ActivityRow\n      cancelledAt\n      cancelReason\n      canCancel\n      signUpOpen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($signUpId: ID!, $attended: Boolean!) {\n    markAttendance(signUpId: $signUpId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($signUpId: ID!, $attended: Boolean!) {\n    markAttendance(signUpId: $signUpId, attended: $attended) {\n      id\n      attended\n      attendanceMarkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesToDecideCount {\n    activitiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesToDecideCount {\n    activitiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query ContentShareList($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          publishedAt\n          channel {\n            id\n            name\n          }\n          shareCount\n          openCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentShareList($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          publishedAt\n          channel {\n            id\n            name\n          }\n          shareCount\n          openCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentShareStats($contentId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    contentShareStats(contentId: $contentId, from: $from, to: $to) {\n      from\n      to\n      shares\n      opens\n      content {\n        id\n        title\n        kind\n        shareCount\n        openCount\n      }\n      region {\n        id\n        name\n      }\n      byPlatform {\n        platform\n        shares\n        opens\n      }\n      byDay {\n        day\n        shares\n        opens\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContentShareStats($contentId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    contentShareStats(contentId: $contentId, from: $from, to: $to) {\n      from\n      to\n      shares\n      opens\n      content {\n        id\n        title\n        kind\n        shareCount\n        openCount\n      }\n      region {\n        id\n        name\n      }\n      byPlatform {\n        platform\n        shares\n        opens\n      }\n      byDay {\n        day\n        shares\n        opens\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($link: String!) {\n    revokeShareLink(link: $link) {\n      id\n      revokedAt\n      content {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeShareLink($link: String!) {\n    revokeShareLink(link: $link) {\n      id\n      revokedAt\n      content {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentRow on Content {\n    id\n    kind\n    status\n    title\n    summary\n    source\n    tags\n    coverUrl\n    publishedAt\n    featured\n    featuredUntil\n    updatedAt\n    externalId\n    channel {\n      id\n      code\n      name\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    likeCount\n    commentCount\n    favouriteCount\n    shareCount\n  }\n"): (typeof documents)["\n  fragment ContentRow on Content {\n    id\n    kind\n    status\n    title\n    summary\n    source\n    tags\n    coverUrl\n    publishedAt\n    featured\n    featuredUntil\n    updatedAt\n    externalId\n    channel {\n      id\n      code\n      name\n    }\n    region {\n      id\n      code\n      name\n      path\n    }\n    likeCount\n    commentCount\n    favouriteCount\n    shareCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contents($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contents($filter: ContentFilter, $first: Int!, $after: String) {\n    contents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDetail($id: ID!) {\n    content(id: $id) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n"): (typeof documents)["\n  query ContentDetail($id: ID!) {\n    content(id: $id) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContent($input: ContentInput!) {\n    createContent(input: $input) {\n      ...ContentRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContent($input: ContentInput!) {\n    createContent(input: $input) {\n      ...ContentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContent($id: ID!, $input: ContentInput!) {\n    updateContent(id: $id, input: $input) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContent($id: ID!, $input: ContentInput!) {\n    updateContent(id: $id, input: $input) {\n      ...ContentRow\n      body\n      videoUrl\n      durationSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishContent($id: ID!) {\n    publishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n"): (typeof documents)["\n  mutation PublishContent($id: ID!) {\n    publishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishContent($id: ID!) {\n    unpublishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishContent($id: ID!) {\n    unpublishContent(id: $id) {\n      ...ContentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportContents($input: ContentImportInput!) {\n    importContents(input: $input) {\n      total\n      created\n      updated\n      unchanged\n      dryRun\n      rejected {\n        line\n        externalId\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportContents($input: ContentImportInput!) {\n    importContents(input: $input) {\n      total\n      created\n      updated\n      unchanged\n      dryRun\n      rejected {\n        line\n        externalId\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelRow on Channel {\n    id\n    code\n    name\n    sortOrder\n    enabled\n    builtIn\n  }\n"): (typeof documents)["\n  fragment ChannelRow on Channel {\n    id\n    code\n    name\n    sortOrder\n    enabled\n    builtIn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelsAll {\n    channels(includeDisabled: true) {\n      ...ChannelRow\n    }\n  }\n"): (typeof documents)["\n  query ChannelsAll {\n    channels(includeDisabled: true) {\n      ...ChannelRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChannel($input: ChannelInput!) {\n    createChannel(input: $input) {\n      ...ChannelRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChannel($code: String!, $input: ChannelUpdateInput!) {\n    updateChannel(code: $code, input: $input) {\n      ...ChannelRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChannel($code: String!, $input: ChannelUpdateInput!) {\n    updateChannel(code: $code, input: $input) {\n      ...ChannelRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderChannels($codes: [String!]!) {\n    reorderChannels(codes: $codes) {\n      ...ChannelRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderChannels($codes: [String!]!) {\n    reorderChannels(codes: $codes) {\n      ...ChannelRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationComment on Comment {\n    id\n    body\n    status\n    createdAt\n    hiddenAt\n    hiddenReason\n    authorName\n    replyToName\n    likeCount\n    canHide\n    author {\n      id\n      realName\n      nickname\n      phoneMasked\n    }\n    region {\n      id\n      code\n      path\n    }\n    content {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationComment on Comment {\n    id\n    body\n    status\n    createdAt\n    hiddenAt\n    hiddenReason\n    authorName\n    replyToName\n    likeCount\n    canHide\n    author {\n      id\n      realName\n      nickname\n      phoneMasked\n    }\n    region {\n      id\n      code\n      path\n    }\n    content {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsForModeration($filter: CommentModerationFilter, $first: Int!, $after: String) {\n    commentsForModeration(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationComment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsForModeration($filter: CommentModerationFilter, $first: Int!, $after: String) {\n    commentsForModeration(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ModerationComment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...ModerationComment\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...ModerationComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MallItemRow on MallItem {\n    id\n    name\n    description\n    imageUrl\n    kind\n    pricePoints\n    stock\n    sold\n    perPersonLimit\n    saleFrom\n    saleUntil\n    enabled\n    onSale\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MallItemRow on MallItem {\n    id\n    name\n    description\n    imageUrl\n    kind\n    pricePoints\n    stock\n    sold\n    perPersonLimit\n    saleFrom\n    saleUntil\n    enabled\n    onSale\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MallItemsAll {\n    mallItems(all: true) {\n      ...MallItemRow\n    }\n  }\n"): (typeof documents)["\n  query MallItemsAll {\n    mallItems(all: true) {\n      ...MallItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMallItem($input: MallItemInput!) {\n    createMallItem(input: $input) {\n      ...MallItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMallItem($input: MallItemInput!) {\n    createMallItem(input: $input) {\n      ...MallItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMallItem($id: ID!, $input: MallItemUpdateInput!) {\n    updateMallItem(id: $id, input: $input) {\n      ...MallItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMallItem($id: ID!, $input: MallItemUpdateInput!) {\n    updateMallItem(id: $id, input: $input) {\n      ...MallItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestockMallItem($id: ID!, $delta: Int!, $idempotencyKey: String!) {\n    restockMallItem(id: $id, delta: $delta, idempotencyKey: $idempotencyKey) {\n      ...MallItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation RestockMallItem($id: ID!, $delta: Int!, $idempotencyKey: String!) {\n    restockMallItem(id: $id, delta: $delta, idempotencyKey: $idempotencyKey) {\n      ...MallItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RedemptionRow on Redemption {\n    id\n    status\n    kind\n    itemName\n    quantity\n    totalPoints\n    phone\n    phoneMasked\n    cancelReason\n    createdAt\n    fulfilledAt\n    cancelledAt\n    volunteer {\n      id\n      realName\n      nickname\n      phoneMasked\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment RedemptionRow on Redemption {\n    id\n    status\n    kind\n    itemName\n    quantity\n    totalPoints\n    phone\n    phoneMasked\n    cancelReason\n    createdAt\n    fulfilledAt\n    cancelledAt\n    volunteer {\n      id\n      realName\n      nickname\n      phoneMasked\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Redemptions($filter: RedemptionFilter, $first: Int!, $after: String) {\n    redemptions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RedemptionRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Redemptions($filter: RedemptionFilter, $first: Int!, $after: String) {\n    redemptions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RedemptionRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MallItemChoices {\n    mallItems(all: true) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MallItemChoices {\n    mallItems(all: true) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilRedemptions($ids: [ID!]!) {\n    fulfilRedemptions(ids: $ids) {\n      changed\n      redemptions {\n        ...RedemptionRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FulfilRedemptions($ids: [ID!]!) {\n    fulfilRedemptions(ids: $ids) {\n      changed\n      redemptions {\n        ...RedemptionRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRedemption($id: ID!, $reason: String) {\n    cancelRedemption(id: $id, reason: $reason) {\n      ...RedemptionRow\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRedemption($id: ID!, $reason: String) {\n    cancelRedemption(id: $id, reason: $reason) {\n      ...RedemptionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRedemptionCount {\n    redemptions(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingRedemptionCount {\n    redemptions(filter: { status: PENDING }, first: 1) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          text\n          read\n          createdAt\n          subjectType\n          subjectId\n          contentId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {\n    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          text\n          read\n          createdAt\n          subjectType\n          subjectId\n          contentId\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsRulesFields on PointsRules {\n    checkIn\n    streakBonuses {\n      day\n      bonus\n    }\n    share\n    shareDailyCap\n    activityPublished\n    activityPublishedDailyCap\n    societyPost\n    societyPostDailyCap\n    comment\n    commentDailyCap\n    levels {\n      name\n      minExperience\n    }\n  }\n"): (typeof documents)["\n  fragment PointsRulesFields on PointsRules {\n    checkIn\n    streakBonuses {\n      day\n      bonus\n    }\n    share\n    shareDailyCap\n    activityPublished\n    activityPublishedDailyCap\n    societyPost\n    societyPostDailyCap\n    comment\n    commentDailyCap\n    levels {\n      name\n      minExperience\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentPointsRules {\n    pointsRules {\n      version\n      effectiveFrom\n      rules {\n        ...PointsRulesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurrentPointsRules {\n    pointsRules {\n      version\n      effectiveFrom\n      rules {\n        ...PointsRulesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRuleVersions($first: Int!, $after: String) {\n    pointsRuleVersions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          version\n          effectiveFrom\n          createdAt\n          note\n          createdBy {\n            id\n            nickname\n            realName\n            phoneMasked\n          }\n          rules {\n            ...PointsRulesFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsRuleVersions($first: Int!, $after: String) {\n    pointsRuleVersions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          version\n          effectiveFrom\n          createdAt\n          note\n          createdBy {\n            id\n            nickname\n            realName\n            phoneMasked\n          }\n          rules {\n            ...PointsRulesFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePointsRules($input: PointsRulesInput!) {\n    updatePointsRules(input: $input) {\n      version\n      effectiveFrom\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePointsRules($input: PointsRulesInput!) {\n    updatePointsRules(input: $input) {\n      version\n      effectiveFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPointsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        pointsBalance\n        experience\n        checkInStreak\n        longestCheckInStreak\n        level {\n          name\n          minExperience\n        }\n        nextLevel {\n          name\n          minExperience\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPointsSummary($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Volunteer {\n        pointsBalance\n        experience\n        checkInStreak\n        longestCheckInStreak\n        level {\n          name\n          minExperience\n        }\n        nextLevel {\n          name\n          minExperience\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerCheckInCalendar($id: ID!, $month: String!) {\n    checkInCalendar(month: $month, volunteerId: $id) {\n      month\n      currentStreak\n      longestStreak\n      checkedInToday\n      days {\n        day\n        streak\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerCheckInCalendar($id: ID!, $month: String!) {\n    checkInCalendar(month: $month, volunteerId: $id) {\n      month\n      currentStreak\n      longestStreak\n      checkedInToday\n      days {\n        day\n        streak\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPointsLedger($id: ID!, $first: Int!, $after: String) {\n    volunteerPointsLedger(volunteerId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          delta\n          reason\n          reasonLabel\n          reference\n          ruleVersion\n          day\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPointsLedger($id: ID!, $first: Int!, $after: String) {\n    volunteerPointsLedger(volunteerId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          delta\n          reason\n          reasonLabel\n          reference\n          ruleVersion\n          day\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($volunteerId: ID!, $delta: Int!, $reason: String!, $idempotencyKey: String!) {\n    adjustPoints(volunteerId: $volunteerId, delta: $delta, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      delta\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustPoints($volunteerId: ID!, $delta: Int!, $reason: String!, $idempotencyKey: String!) {\n    adjustPoints(volunteerId: $volunteerId, delta: $delta, reason: $reason, idempotencyKey: $idempotencyKey) {\n      id\n      delta\n    }\n  }\n"];
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
export function graphql(source: "\n  query SocietiesToDecideCount {\n    societiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SocietiesToDecideCount {\n    societiesToDecide(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocietyRow on Society {\n    id\n    name\n    description\n    status\n    joinPolicy\n    avatarUrl\n    createdAt\n    decidedAt\n    decisionComment\n    dissolveReason\n    memberCount\n    ownerNickname\n    canDecide\n    canModerate\n    region {\n      id\n      code\n      name\n      path\n    }\n    requester {\n      id\n      nickname\n      realName\n      phoneMasked\n    }\n  }\n"): (typeof documents)["\n  fragment SocietyRow on Society {\n    id\n    name\n    description\n    status\n    joinPolicy\n    avatarUrl\n    createdAt\n    decidedAt\n    decisionComment\n    dissolveReason\n    memberCount\n    ownerNickname\n    canDecide\n    canModerate\n    region {\n      id\n      code\n      name\n      path\n    }\n    requester {\n      id\n      nickname\n      realName\n      phoneMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Societies($filter: SocietyFilter, $first: Int!, $after: String) {\n    societies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Societies($filter: SocietyFilter, $first: Int!, $after: String) {\n    societies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietiesToDecide($first: Int!, $after: String) {\n    societiesToDecide(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietiesToDecide($first: Int!, $after: String) {\n    societiesToDecide(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SocietyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietyDetail($id: ID!) {\n    society(id: $id) {\n      ...SocietyRow\n      pendingMemberCount\n      dissolvedAt\n      decidedBy {\n        id\n        nickname\n        realName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietyDetail($id: ID!) {\n    society(id: $id) {\n      ...SocietyRow\n      pendingMemberCount\n      dissolvedAt\n      decidedBy {\n        id\n        nickname\n        realName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocietyMemberRow on SocietyMember {\n    id\n    role\n    status\n    nickname\n    phoneMasked\n    phone\n    joinedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SocietyMemberRow on SocietyMember {\n    id\n    role\n    status\n    nickname\n    phoneMasked\n    phone\n    joinedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietyMembers($id: ID!, $status: SocietyMemberStatus, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyMemberRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietyMembers($id: ID!, $status: SocietyMemberStatus, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      members(status: $status, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyMemberRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocietyPostRow on SocietyPost {\n    id\n    text\n    imageUrls\n    createdAt\n    authorNickname\n    hidden\n    hiddenAt\n    hideReason\n    canModerate\n  }\n"): (typeof documents)["\n  fragment SocietyPostRow on SocietyPost {\n    id\n    text\n    imageUrls\n    createdAt\n    authorNickname\n    hidden\n    hiddenAt\n    hideReason\n    canModerate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocietyPosts($id: ID!, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyPostRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SocietyPosts($id: ID!, $first: Int!, $after: String) {\n    society(id: $id) {\n      id\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...SocietyPostRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSociety($id: ID!, $approve: Boolean!, $comment: String) {\n    decideSociety(id: $id, approve: $approve, comment: $comment) {\n      ...SocietyRow\n    }\n  }\n"): (typeof documents)["\n  mutation DecideSociety($id: ID!, $approve: Boolean!, $comment: String) {\n    decideSociety(id: $id, approve: $approve, comment: $comment) {\n      ...SocietyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DissolveSociety($id: ID!, $reason: String!) {\n    dissolveSociety(id: $id, reason: $reason) {\n      ...SocietyRow\n      dissolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DissolveSociety($id: ID!, $reason: String!) {\n    dissolveSociety(id: $id, reason: $reason) {\n      ...SocietyRow\n      dissolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideSocietyPost($id: ID!, $reason: String!) {\n    hideSocietyPost(id: $id, reason: $reason) {\n      ...SocietyPostRow\n    }\n  }\n"): (typeof documents)["\n  mutation HideSocietyPost($id: ID!, $reason: String!) {\n    hideSocietyPost(id: $id, reason: $reason) {\n      ...SocietyPostRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideSocietyPost($id: ID!) {\n    unhideSocietyPost(id: $id) {\n      ...SocietyPostRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideSocietyPost($id: ID!) {\n    unhideSocietyPost(id: $id) {\n      ...SocietyPostRow\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPickerSearch($search: String!, $within: String, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, within: $within, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionPickerSearch($search: String!, $within: String, $level: RegionLevel, $first: Int!) {\n    regions(search: $search, within: $within, level: $level, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          level\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPickerChosen($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n"): (typeof documents)["\n  query RegionPickerChosen($code: String!) {\n    region(code: $code) {\n      id\n      code\n      name\n      path\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;