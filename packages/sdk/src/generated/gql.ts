/* eslint-disable */
import * as types from './graphql.js';



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
    "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  requestId\n  action\n  targetType\n  targetId\n  outcome\n  detail\n  actor {\n    id\n    displayName\n  }\n  organization {\n    id\n    name\n  }\n}": typeof types.AuditEntryFieldsFragmentDoc,
    "fragment CoverageFields on ProductCoverage {\n  asOf\n  isCovered\n  reason\n  position\n  message\n}": typeof types.CoverageFieldsFragmentDoc,
    "fragment EntitlementsFields on Entitlements {\n  asOf\n  onPremisesIncidentCount\n  cloudIncidents {\n    kind\n    count\n    isUnlimited\n  }\n  tpdHours\n  cloudCompetencies\n}": typeof types.EntitlementsFieldsFragmentDoc,
    "fragment IncidentEventFields on SupportIncidentEvent {\n  __typename\n  kind\n  occurredAt\n  actor {\n    id\n    displayName\n  }\n  ... on SupportIncidentStatusChangedEvent {\n    status\n  }\n  ... on SupportIncidentNoteEvent {\n    body\n  }\n  ... on SupportIncidentUpdatedEvent {\n    changes {\n      field\n      from\n      to\n    }\n  }\n}": typeof types.IncidentEventFieldsFragmentDoc,
    "fragment IncidentFields on SupportIncident {\n  id\n  number\n  sequenceNumber\n  title\n  description\n  severity\n  status\n  planKind\n  supportContract {\n    id\n  }\n  wasConsumed\n  isRefunded\n  contact {\n    name\n    email\n    phone\n  }\n  productVersion {\n    ...ProductVersionFields\n  }\n  createdBy {\n    id\n    displayName\n    email\n  }\n  customer {\n    id\n    name\n  }\n  organization {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  resolvedAt\n  withdrawnAt\n  viewerCanStartWork\n}": typeof types.IncidentFieldsFragmentDoc,
    "fragment LinkedAccountFields on LinkedAccount {\n  accountKind\n  isOutsideOrganization\n  linkedAt\n  user {\n    id\n    email\n    displayName\n  }\n}": typeof types.LinkedAccountFieldsFragmentDoc,
    "fragment MembershipOfferFields on MembershipOffer {\n  id\n  level\n  competency\n  isCloudCompetency\n  startsOn\n  endsOn\n  isActive\n  revokedAt\n}": typeof types.MembershipOfferFieldsFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": typeof types.PageInfoFieldsFragmentDoc,
    "fragment ProductVersionFields on ProductVersion {\n  id\n  name\n  releasedOn\n  mainstreamEndOn\n  extendedEndOn\n  product {\n    id\n    key\n    name\n    family\n  }\n}": typeof types.ProductVersionFieldsFragmentDoc,
    "fragment SupportContractFields on SupportContract {\n  id\n  kind\n  state\n  startsOn\n  endsOn\n  isUnlimited\n  totalIncidentCount\n  remainingIncidentCount\n  usedIncidentCount\n  linkedAt\n  linkedAccountCount\n}": typeof types.SupportContractFieldsFragmentDoc,
    "fragment SupportPlanChoices on SupportPlanListing {\n  available {\n    ...SupportPlanFields\n  }\n  unavailable {\n    reason\n    message\n    plan {\n      ...SupportPlanFields\n    }\n  }\n  paidPlanSuggestions {\n    kind\n    name\n    description\n  }\n}": typeof types.SupportPlanChoicesFragmentDoc,
    "fragment SupportPlanFields on SupportPlan {\n  kind\n  supportContract {\n    id\n  }\n  isConsuming\n  startsOn\n  endsOn\n  remainingIncidentCount\n  isUnlimited\n}": typeof types.SupportPlanFieldsFragmentDoc,
    "fragment TechnicalBenefitsFields on TechnicalBenefits {\n  state\n  message\n  canActivate\n  activationRefusal\n  usersWhoCanActivate {\n    id\n    displayName\n    email\n  }\n  accessId\n  contractNumber\n  activatedAt\n  activatedBy {\n    id\n    displayName\n  }\n  activeOffers {\n    ...MembershipOfferFields\n  }\n  entitlements {\n    ...EntitlementsFields\n  }\n}": typeof types.TechnicalBenefitsFieldsFragmentDoc,
    "fragment TpdBalanceFields on TpdBalance {\n  periodStartsOn\n  periodEndsOn\n  totalHours\n  usedHours\n  remainingHours\n}": typeof types.TpdBalanceFieldsFragmentDoc,
    "fragment TpdEngagementFields on TpdEngagement {\n  id\n  kind\n  hours\n  description\n  periodStartsOn\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}": typeof types.TpdEngagementFieldsFragmentDoc,
    "fragment UserErrorFields on UserError {\n  code\n  field\n  message\n}": typeof types.UserErrorFieldsFragmentDoc,
    "fragment UserFields on User {\n  id\n  email\n  displayName\n  accountKind\n  isMpnAssociated\n  isCspAssociated\n  roles\n}": typeof types.UserFieldsFragmentDoc,
    "mutation ActivateTechnicalBenefits($input: ActivateTechnicalBenefitsInput) {\n  activateTechnicalBenefits(input: $input) {\n    wasAlreadyActive\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n    contracts {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ActivateTechnicalBenefitsDocument,
    "mutation AddProductVersion($input: AddProductVersionInput!) {\n  addProductVersion(input: $input) {\n    productVersion {\n      ...ProductVersionFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.AddProductVersionDocument,
    "mutation AddSupportIncidentNote($input: AddSupportIncidentNoteInput!) {\n  addSupportIncidentNote(input: $input) {\n    replayed\n    note {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.AddSupportIncidentNoteDocument,
    "mutation AssignUserRole($input: AssignUserRoleInput!) {\n  assignUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.AssignUserRoleDocument,
    "mutation CreateSupportIncident($input: CreateSupportIncidentInput!) {\n  createSupportIncident(input: $input) {\n    isReplay\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n    supportPlans {\n      ...SupportPlanChoices\n    }\n  }\n}": typeof types.CreateSupportIncidentDocument,
    "mutation GrantMembershipOffer($input: GrantMembershipOfferInput!) {\n  grantMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.GrantMembershipOfferDocument,
    "mutation LinkSupportContract($input: LinkSupportContractInput!) {\n  linkSupportContract(input: $input) {\n    contracts {\n      ...SupportContractFields\n    }\n    diagnostic {\n      wasAlreadyLinked\n      firstLinkedAt\n      message\n      canOpenIncidents\n      contracts {\n        ...SupportContractFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.LinkSupportContractDocument,
    "mutation RemoveUserRole($input: RemoveUserRoleInput!) {\n  removeUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RemoveUserRoleDocument,
    "mutation RequestTpdEngagement($input: RequestTpdEngagementInput!) {\n  requestTpdEngagement(input: $input) {\n    isReplay\n    engagement {\n      ...TpdEngagementFields\n    }\n    balance {\n      ...TpdBalanceFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RequestTpdEngagementDocument,
    "mutation ResolveSupportIncident($input: ResolveSupportIncidentInput!) {\n  resolveSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.ResolveSupportIncidentDocument,
    "mutation RevokeMembershipOffer($input: RevokeMembershipOfferInput!) {\n  revokeMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RevokeMembershipOfferDocument,
    "mutation RotateAccessId($input: RotateAccessIdInput) {\n  rotateAccessId(input: $input) {\n    accessId\n    linkedAccountCount\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.RotateAccessIdDocument,
    "mutation StartWorkOnSupportIncident($input: StartWorkOnSupportIncidentInput!) {\n  startWorkOnSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.StartWorkOnSupportIncidentDocument,
    "mutation UnlinkSupportContractAccount($input: UnlinkSupportContractAccountInput!) {\n  unlinkSupportContractAccount(input: $input) {\n    supportContract {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UnlinkSupportContractAccountDocument,
    "mutation UpdateSupportIncident($input: UpdateSupportIncidentInput!) {\n  updateSupportIncident(input: $input) {\n    update {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UpdateSupportIncidentDocument,
    "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    wasCreated\n    product {\n      id\n      key\n      name\n      family\n      isMicrosoft365\n      isCspEligible\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.UpsertProductDocument,
    "mutation WithdrawSupportIncident($input: WithdrawSupportIncidentInput!) {\n  withdrawSupportIncident(input: $input) {\n    wasRefunded\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": typeof types.WithdrawSupportIncidentDocument,
    "query AuditLog($first: Int = 50, $after: String, $filter: AuditLogFilter, $organizationId: ID) {\n  auditLog(\n    first: $first\n    after: $after\n    filter: $filter\n    organizationId: $organizationId\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...AuditEntryFields\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query CoverageWindows($productVersionId: ID!, $from: LocalDate!, $to: LocalDate!) {\n  node(id: $productVersionId) {\n    __typename\n    ... on ProductVersion {\n      id\n      name\n      coveredUntil\n      coverageWindows(from: $from, to: $to) {\n        from\n        to\n        status\n        endsBecause\n        message\n      }\n    }\n  }\n}": typeof types.CoverageWindowsDocument,
    "query Customers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n        domain\n      }\n    }\n  }\n}": typeof types.CustomersDocument,
    "query Eligibility($productVersionId: ID!, $customerId: ID, $asOf: LocalDate) {\n  eligibility(\n    productVersionId: $productVersionId\n    customerId: $customerId\n    asOf: $asOf\n  ) {\n    asOf\n    isEligible\n    steps {\n      rule\n      result\n      reason\n      nextAction\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}": typeof types.EligibilityDocument,
    "query Entitlements($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n  }\n}": typeof types.EntitlementsDocument,
    "query IncidentByNumber($number: String!) {\n  incident(number: $number) {\n    ...IncidentFields\n  }\n}": typeof types.IncidentByNumberDocument,
    "query IncidentTimeline($id: ID!, $first: Int = 50, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      id\n      number\n      timeline(first: $first, after: $after) {\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...IncidentEventFields\n        }\n      }\n    }\n  }\n}": typeof types.IncidentTimelineDocument,
    "query Incident($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      ...IncidentFields\n    }\n  }\n}": typeof types.IncidentDocument,
    "query Incidents($first: Int = 20, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {\n  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...IncidentFields\n    }\n  }\n}": typeof types.IncidentsDocument,
    "query InputLimits {\n  inputLimits {\n    incidentTitle\n    incidentDescription\n    contactName\n    contactEmail\n    contactPhone\n  }\n}": typeof types.InputLimitsDocument,
    "query LinkedAccounts($supportContractId: ID!, $first: Int, $after: String) {\n  node(id: $supportContractId) {\n    __typename\n    ... on SupportContract {\n      id\n      linkedAccounts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...LinkedAccountFields\n          }\n        }\n      }\n    }\n  }\n}": typeof types.LinkedAccountsDocument,
    "query MembershipOffers($organizationId: ID!, $includeInactive: Boolean = false, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    membershipOffers(includeInactive: $includeInactive, asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n  }\n}": typeof types.MembershipOffersDocument,
    "query OrganizationAlerts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    alerts(asOf: $asOf) {\n      kind\n      message\n      actionHint\n      occursOn\n      daysFromAsOf\n      actors {\n        id\n        displayName\n        email\n      }\n      supportContract {\n        id\n        kind\n      }\n      membershipOffer {\n        id\n        level\n        competency\n      }\n      user {\n        id\n        email\n        accountKind\n      }\n    }\n  }\n}": typeof types.OrganizationAlertsDocument,
    "query OrganizationAuditLog($organizationId: ID!, $first: Int = 50, $after: String, $filter: AuditLogFilter) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n}": typeof types.OrganizationAuditLogDocument,
    "query OrganizationLinkedAccounts($organizationId: ID!, $first: Int = 50) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      linkedAccounts(first: $first) {\n        totalCount\n        nodes {\n          ...LinkedAccountFields\n        }\n      }\n    }\n  }\n}": typeof types.OrganizationLinkedAccountsDocument,
    "query OrganizationOverview($id: ID!, $asOf: LocalDate) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n    membershipOffers(asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n    }\n  }\n}": typeof types.OrganizationOverviewDocument,
    "query OrganizationUsers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n}": typeof types.OrganizationUsersDocument,
    "query Organization($id: ID!) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n  }\n}": typeof types.OrganizationDocument,
    "query Organizations($first: Int = 20, $after: String) {\n  organizations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      name\n      cspRelationship\n    }\n  }\n}": typeof types.OrganizationsDocument,
    "query Products($family: ProductFamily, $asOf: LocalDate) {\n  products(family: $family) {\n    id\n    key\n    name\n    family\n    isMicrosoft365\n    isCspEligible\n    versions {\n      id\n      name\n      releasedOn\n      mainstreamEndOn\n      extendedEndOn\n      coverage(asOf: $asOf) {\n        ...CoverageFields\n      }\n    }\n  }\n}": typeof types.ProductsDocument,
    "query SupportContracts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n  }\n}": typeof types.SupportContractsDocument,
    "query SupportPlans($productVersionId: ID!, $asOf: LocalDate, $customerId: ID) {\n  supportPlans(\n    productVersionId: $productVersionId\n    asOf: $asOf\n    customerId: $customerId\n  ) {\n    asOf\n    productVersion {\n      ...ProductVersionFields\n    }\n    coverage {\n      ...CoverageFields\n    }\n    customer {\n      id\n      name\n    }\n    ...SupportPlanChoices\n  }\n}": typeof types.SupportPlansDocument,
    "query TechnicalBenefits($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n  }\n}": typeof types.TechnicalBenefitsDocument,
    "query TpdBalance($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n      engagements {\n        ...TpdEngagementFields\n      }\n    }\n  }\n}": typeof types.TpdBalanceDocument,
    "query Viewer {\n  viewer {\n    ...UserFields\n    organization {\n      id\n      name\n      cspRelationship\n    }\n    linkedContracts {\n      ...SupportContractFields\n    }\n    permissions {\n      canActForOrganization\n      canReadAllOrganizations\n      canLinkContracts\n      canManageCatalog\n      canManageRoles\n      canManageLinkedAccounts\n      canReadAuditLog\n      assignableRoles\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  requestId\n  action\n  targetType\n  targetId\n  outcome\n  detail\n  actor {\n    id\n    displayName\n  }\n  organization {\n    id\n    name\n  }\n}": types.AuditEntryFieldsFragmentDoc,
    "fragment CoverageFields on ProductCoverage {\n  asOf\n  isCovered\n  reason\n  position\n  message\n}": types.CoverageFieldsFragmentDoc,
    "fragment EntitlementsFields on Entitlements {\n  asOf\n  onPremisesIncidentCount\n  cloudIncidents {\n    kind\n    count\n    isUnlimited\n  }\n  tpdHours\n  cloudCompetencies\n}": types.EntitlementsFieldsFragmentDoc,
    "fragment IncidentEventFields on SupportIncidentEvent {\n  __typename\n  kind\n  occurredAt\n  actor {\n    id\n    displayName\n  }\n  ... on SupportIncidentStatusChangedEvent {\n    status\n  }\n  ... on SupportIncidentNoteEvent {\n    body\n  }\n  ... on SupportIncidentUpdatedEvent {\n    changes {\n      field\n      from\n      to\n    }\n  }\n}": types.IncidentEventFieldsFragmentDoc,
    "fragment IncidentFields on SupportIncident {\n  id\n  number\n  sequenceNumber\n  title\n  description\n  severity\n  status\n  planKind\n  supportContract {\n    id\n  }\n  wasConsumed\n  isRefunded\n  contact {\n    name\n    email\n    phone\n  }\n  productVersion {\n    ...ProductVersionFields\n  }\n  createdBy {\n    id\n    displayName\n    email\n  }\n  customer {\n    id\n    name\n  }\n  organization {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  resolvedAt\n  withdrawnAt\n  viewerCanStartWork\n}": types.IncidentFieldsFragmentDoc,
    "fragment LinkedAccountFields on LinkedAccount {\n  accountKind\n  isOutsideOrganization\n  linkedAt\n  user {\n    id\n    email\n    displayName\n  }\n}": types.LinkedAccountFieldsFragmentDoc,
    "fragment MembershipOfferFields on MembershipOffer {\n  id\n  level\n  competency\n  isCloudCompetency\n  startsOn\n  endsOn\n  isActive\n  revokedAt\n}": types.MembershipOfferFieldsFragmentDoc,
    "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}": types.PageInfoFieldsFragmentDoc,
    "fragment ProductVersionFields on ProductVersion {\n  id\n  name\n  releasedOn\n  mainstreamEndOn\n  extendedEndOn\n  product {\n    id\n    key\n    name\n    family\n  }\n}": types.ProductVersionFieldsFragmentDoc,
    "fragment SupportContractFields on SupportContract {\n  id\n  kind\n  state\n  startsOn\n  endsOn\n  isUnlimited\n  totalIncidentCount\n  remainingIncidentCount\n  usedIncidentCount\n  linkedAt\n  linkedAccountCount\n}": types.SupportContractFieldsFragmentDoc,
    "fragment SupportPlanChoices on SupportPlanListing {\n  available {\n    ...SupportPlanFields\n  }\n  unavailable {\n    reason\n    message\n    plan {\n      ...SupportPlanFields\n    }\n  }\n  paidPlanSuggestions {\n    kind\n    name\n    description\n  }\n}": types.SupportPlanChoicesFragmentDoc,
    "fragment SupportPlanFields on SupportPlan {\n  kind\n  supportContract {\n    id\n  }\n  isConsuming\n  startsOn\n  endsOn\n  remainingIncidentCount\n  isUnlimited\n}": types.SupportPlanFieldsFragmentDoc,
    "fragment TechnicalBenefitsFields on TechnicalBenefits {\n  state\n  message\n  canActivate\n  activationRefusal\n  usersWhoCanActivate {\n    id\n    displayName\n    email\n  }\n  accessId\n  contractNumber\n  activatedAt\n  activatedBy {\n    id\n    displayName\n  }\n  activeOffers {\n    ...MembershipOfferFields\n  }\n  entitlements {\n    ...EntitlementsFields\n  }\n}": types.TechnicalBenefitsFieldsFragmentDoc,
    "fragment TpdBalanceFields on TpdBalance {\n  periodStartsOn\n  periodEndsOn\n  totalHours\n  usedHours\n  remainingHours\n}": types.TpdBalanceFieldsFragmentDoc,
    "fragment TpdEngagementFields on TpdEngagement {\n  id\n  kind\n  hours\n  description\n  periodStartsOn\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}": types.TpdEngagementFieldsFragmentDoc,
    "fragment UserErrorFields on UserError {\n  code\n  field\n  message\n}": types.UserErrorFieldsFragmentDoc,
    "fragment UserFields on User {\n  id\n  email\n  displayName\n  accountKind\n  isMpnAssociated\n  isCspAssociated\n  roles\n}": types.UserFieldsFragmentDoc,
    "mutation ActivateTechnicalBenefits($input: ActivateTechnicalBenefitsInput) {\n  activateTechnicalBenefits(input: $input) {\n    wasAlreadyActive\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n    contracts {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.ActivateTechnicalBenefitsDocument,
    "mutation AddProductVersion($input: AddProductVersionInput!) {\n  addProductVersion(input: $input) {\n    productVersion {\n      ...ProductVersionFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.AddProductVersionDocument,
    "mutation AddSupportIncidentNote($input: AddSupportIncidentNoteInput!) {\n  addSupportIncidentNote(input: $input) {\n    replayed\n    note {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.AddSupportIncidentNoteDocument,
    "mutation AssignUserRole($input: AssignUserRoleInput!) {\n  assignUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.AssignUserRoleDocument,
    "mutation CreateSupportIncident($input: CreateSupportIncidentInput!) {\n  createSupportIncident(input: $input) {\n    isReplay\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n    supportPlans {\n      ...SupportPlanChoices\n    }\n  }\n}": types.CreateSupportIncidentDocument,
    "mutation GrantMembershipOffer($input: GrantMembershipOfferInput!) {\n  grantMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.GrantMembershipOfferDocument,
    "mutation LinkSupportContract($input: LinkSupportContractInput!) {\n  linkSupportContract(input: $input) {\n    contracts {\n      ...SupportContractFields\n    }\n    diagnostic {\n      wasAlreadyLinked\n      firstLinkedAt\n      message\n      canOpenIncidents\n      contracts {\n        ...SupportContractFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.LinkSupportContractDocument,
    "mutation RemoveUserRole($input: RemoveUserRoleInput!) {\n  removeUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.RemoveUserRoleDocument,
    "mutation RequestTpdEngagement($input: RequestTpdEngagementInput!) {\n  requestTpdEngagement(input: $input) {\n    isReplay\n    engagement {\n      ...TpdEngagementFields\n    }\n    balance {\n      ...TpdBalanceFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.RequestTpdEngagementDocument,
    "mutation ResolveSupportIncident($input: ResolveSupportIncidentInput!) {\n  resolveSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.ResolveSupportIncidentDocument,
    "mutation RevokeMembershipOffer($input: RevokeMembershipOfferInput!) {\n  revokeMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.RevokeMembershipOfferDocument,
    "mutation RotateAccessId($input: RotateAccessIdInput) {\n  rotateAccessId(input: $input) {\n    accessId\n    linkedAccountCount\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.RotateAccessIdDocument,
    "mutation StartWorkOnSupportIncident($input: StartWorkOnSupportIncidentInput!) {\n  startWorkOnSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.StartWorkOnSupportIncidentDocument,
    "mutation UnlinkSupportContractAccount($input: UnlinkSupportContractAccountInput!) {\n  unlinkSupportContractAccount(input: $input) {\n    supportContract {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.UnlinkSupportContractAccountDocument,
    "mutation UpdateSupportIncident($input: UpdateSupportIncidentInput!) {\n  updateSupportIncident(input: $input) {\n    update {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.UpdateSupportIncidentDocument,
    "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    wasCreated\n    product {\n      id\n      key\n      name\n      family\n      isMicrosoft365\n      isCspEligible\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.UpsertProductDocument,
    "mutation WithdrawSupportIncident($input: WithdrawSupportIncidentInput!) {\n  withdrawSupportIncident(input: $input) {\n    wasRefunded\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}": types.WithdrawSupportIncidentDocument,
    "query AuditLog($first: Int = 50, $after: String, $filter: AuditLogFilter, $organizationId: ID) {\n  auditLog(\n    first: $first\n    after: $after\n    filter: $filter\n    organizationId: $organizationId\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...AuditEntryFields\n    }\n  }\n}": types.AuditLogDocument,
    "query CoverageWindows($productVersionId: ID!, $from: LocalDate!, $to: LocalDate!) {\n  node(id: $productVersionId) {\n    __typename\n    ... on ProductVersion {\n      id\n      name\n      coveredUntil\n      coverageWindows(from: $from, to: $to) {\n        from\n        to\n        status\n        endsBecause\n        message\n      }\n    }\n  }\n}": types.CoverageWindowsDocument,
    "query Customers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n        domain\n      }\n    }\n  }\n}": types.CustomersDocument,
    "query Eligibility($productVersionId: ID!, $customerId: ID, $asOf: LocalDate) {\n  eligibility(\n    productVersionId: $productVersionId\n    customerId: $customerId\n    asOf: $asOf\n  ) {\n    asOf\n    isEligible\n    steps {\n      rule\n      result\n      reason\n      nextAction\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}": types.EligibilityDocument,
    "query Entitlements($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n  }\n}": types.EntitlementsDocument,
    "query IncidentByNumber($number: String!) {\n  incident(number: $number) {\n    ...IncidentFields\n  }\n}": types.IncidentByNumberDocument,
    "query IncidentTimeline($id: ID!, $first: Int = 50, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      id\n      number\n      timeline(first: $first, after: $after) {\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...IncidentEventFields\n        }\n      }\n    }\n  }\n}": types.IncidentTimelineDocument,
    "query Incident($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      ...IncidentFields\n    }\n  }\n}": types.IncidentDocument,
    "query Incidents($first: Int = 20, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {\n  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...IncidentFields\n    }\n  }\n}": types.IncidentsDocument,
    "query InputLimits {\n  inputLimits {\n    incidentTitle\n    incidentDescription\n    contactName\n    contactEmail\n    contactPhone\n  }\n}": types.InputLimitsDocument,
    "query LinkedAccounts($supportContractId: ID!, $first: Int, $after: String) {\n  node(id: $supportContractId) {\n    __typename\n    ... on SupportContract {\n      id\n      linkedAccounts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...LinkedAccountFields\n          }\n        }\n      }\n    }\n  }\n}": types.LinkedAccountsDocument,
    "query MembershipOffers($organizationId: ID!, $includeInactive: Boolean = false, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    membershipOffers(includeInactive: $includeInactive, asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n  }\n}": types.MembershipOffersDocument,
    "query OrganizationAlerts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    alerts(asOf: $asOf) {\n      kind\n      message\n      actionHint\n      occursOn\n      daysFromAsOf\n      actors {\n        id\n        displayName\n        email\n      }\n      supportContract {\n        id\n        kind\n      }\n      membershipOffer {\n        id\n        level\n        competency\n      }\n      user {\n        id\n        email\n        accountKind\n      }\n    }\n  }\n}": types.OrganizationAlertsDocument,
    "query OrganizationAuditLog($organizationId: ID!, $first: Int = 50, $after: String, $filter: AuditLogFilter) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n}": types.OrganizationAuditLogDocument,
    "query OrganizationLinkedAccounts($organizationId: ID!, $first: Int = 50) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      linkedAccounts(first: $first) {\n        totalCount\n        nodes {\n          ...LinkedAccountFields\n        }\n      }\n    }\n  }\n}": types.OrganizationLinkedAccountsDocument,
    "query OrganizationOverview($id: ID!, $asOf: LocalDate) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n    membershipOffers(asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n    }\n  }\n}": types.OrganizationOverviewDocument,
    "query OrganizationUsers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n}": types.OrganizationUsersDocument,
    "query Organization($id: ID!) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n  }\n}": types.OrganizationDocument,
    "query Organizations($first: Int = 20, $after: String) {\n  organizations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      name\n      cspRelationship\n    }\n  }\n}": types.OrganizationsDocument,
    "query Products($family: ProductFamily, $asOf: LocalDate) {\n  products(family: $family) {\n    id\n    key\n    name\n    family\n    isMicrosoft365\n    isCspEligible\n    versions {\n      id\n      name\n      releasedOn\n      mainstreamEndOn\n      extendedEndOn\n      coverage(asOf: $asOf) {\n        ...CoverageFields\n      }\n    }\n  }\n}": types.ProductsDocument,
    "query SupportContracts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n  }\n}": types.SupportContractsDocument,
    "query SupportPlans($productVersionId: ID!, $asOf: LocalDate, $customerId: ID) {\n  supportPlans(\n    productVersionId: $productVersionId\n    asOf: $asOf\n    customerId: $customerId\n  ) {\n    asOf\n    productVersion {\n      ...ProductVersionFields\n    }\n    coverage {\n      ...CoverageFields\n    }\n    customer {\n      id\n      name\n    }\n    ...SupportPlanChoices\n  }\n}": types.SupportPlansDocument,
    "query TechnicalBenefits($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n  }\n}": types.TechnicalBenefitsDocument,
    "query TpdBalance($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n      engagements {\n        ...TpdEngagementFields\n      }\n    }\n  }\n}": types.TpdBalanceDocument,
    "query Viewer {\n  viewer {\n    ...UserFields\n    organization {\n      id\n      name\n      cspRelationship\n    }\n    linkedContracts {\n      ...SupportContractFields\n    }\n    permissions {\n      canActForOrganization\n      canReadAllOrganizations\n      canLinkContracts\n      canManageCatalog\n      canManageRoles\n      canManageLinkedAccounts\n      canReadAuditLog\n      assignableRoles\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryFields on AuditEntry {\n  id\n  occurredAt\n  requestId\n  action\n  targetType\n  targetId\n  outcome\n  detail\n  actor {\n    id\n    displayName\n  }\n  organization {\n    id\n    name\n  }\n}"): typeof import('./graphql.js').AuditEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CoverageFields on ProductCoverage {\n  asOf\n  isCovered\n  reason\n  position\n  message\n}"): typeof import('./graphql.js').CoverageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntitlementsFields on Entitlements {\n  asOf\n  onPremisesIncidentCount\n  cloudIncidents {\n    kind\n    count\n    isUnlimited\n  }\n  tpdHours\n  cloudCompetencies\n}"): typeof import('./graphql.js').EntitlementsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IncidentEventFields on SupportIncidentEvent {\n  __typename\n  kind\n  occurredAt\n  actor {\n    id\n    displayName\n  }\n  ... on SupportIncidentStatusChangedEvent {\n    status\n  }\n  ... on SupportIncidentNoteEvent {\n    body\n  }\n  ... on SupportIncidentUpdatedEvent {\n    changes {\n      field\n      from\n      to\n    }\n  }\n}"): typeof import('./graphql.js').IncidentEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IncidentFields on SupportIncident {\n  id\n  number\n  sequenceNumber\n  title\n  description\n  severity\n  status\n  planKind\n  supportContract {\n    id\n  }\n  wasConsumed\n  isRefunded\n  contact {\n    name\n    email\n    phone\n  }\n  productVersion {\n    ...ProductVersionFields\n  }\n  createdBy {\n    id\n    displayName\n    email\n  }\n  customer {\n    id\n    name\n  }\n  organization {\n    id\n    name\n  }\n  createdAt\n  updatedAt\n  resolvedAt\n  withdrawnAt\n  viewerCanStartWork\n}"): typeof import('./graphql.js').IncidentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LinkedAccountFields on LinkedAccount {\n  accountKind\n  isOutsideOrganization\n  linkedAt\n  user {\n    id\n    email\n    displayName\n  }\n}"): typeof import('./graphql.js').LinkedAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MembershipOfferFields on MembershipOffer {\n  id\n  level\n  competency\n  isCloudCompetency\n  startsOn\n  endsOn\n  isActive\n  revokedAt\n}"): typeof import('./graphql.js').MembershipOfferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on PageInfo {\n  hasNextPage\n  hasPreviousPage\n  startCursor\n  endCursor\n}"): typeof import('./graphql.js').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductVersionFields on ProductVersion {\n  id\n  name\n  releasedOn\n  mainstreamEndOn\n  extendedEndOn\n  product {\n    id\n    key\n    name\n    family\n  }\n}"): typeof import('./graphql.js').ProductVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupportContractFields on SupportContract {\n  id\n  kind\n  state\n  startsOn\n  endsOn\n  isUnlimited\n  totalIncidentCount\n  remainingIncidentCount\n  usedIncidentCount\n  linkedAt\n  linkedAccountCount\n}"): typeof import('./graphql.js').SupportContractFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupportPlanChoices on SupportPlanListing {\n  available {\n    ...SupportPlanFields\n  }\n  unavailable {\n    reason\n    message\n    plan {\n      ...SupportPlanFields\n    }\n  }\n  paidPlanSuggestions {\n    kind\n    name\n    description\n  }\n}"): typeof import('./graphql.js').SupportPlanChoicesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SupportPlanFields on SupportPlan {\n  kind\n  supportContract {\n    id\n  }\n  isConsuming\n  startsOn\n  endsOn\n  remainingIncidentCount\n  isUnlimited\n}"): typeof import('./graphql.js').SupportPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnicalBenefitsFields on TechnicalBenefits {\n  state\n  message\n  canActivate\n  activationRefusal\n  usersWhoCanActivate {\n    id\n    displayName\n    email\n  }\n  accessId\n  contractNumber\n  activatedAt\n  activatedBy {\n    id\n    displayName\n  }\n  activeOffers {\n    ...MembershipOfferFields\n  }\n  entitlements {\n    ...EntitlementsFields\n  }\n}"): typeof import('./graphql.js').TechnicalBenefitsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TpdBalanceFields on TpdBalance {\n  periodStartsOn\n  periodEndsOn\n  totalHours\n  usedHours\n  remainingHours\n}"): typeof import('./graphql.js').TpdBalanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TpdEngagementFields on TpdEngagement {\n  id\n  kind\n  hours\n  description\n  periodStartsOn\n  createdAt\n  createdBy {\n    id\n    displayName\n  }\n}"): typeof import('./graphql.js').TpdEngagementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserErrorFields on UserError {\n  code\n  field\n  message\n}"): typeof import('./graphql.js').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User {\n  id\n  email\n  displayName\n  accountKind\n  isMpnAssociated\n  isCspAssociated\n  roles\n}"): typeof import('./graphql.js').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivateTechnicalBenefits($input: ActivateTechnicalBenefitsInput) {\n  activateTechnicalBenefits(input: $input) {\n    wasAlreadyActive\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n    contracts {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').ActivateTechnicalBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddProductVersion($input: AddProductVersionInput!) {\n  addProductVersion(input: $input) {\n    productVersion {\n      ...ProductVersionFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').AddProductVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSupportIncidentNote($input: AddSupportIncidentNoteInput!) {\n  addSupportIncidentNote(input: $input) {\n    replayed\n    note {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').AddSupportIncidentNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignUserRole($input: AssignUserRoleInput!) {\n  assignUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').AssignUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSupportIncident($input: CreateSupportIncidentInput!) {\n  createSupportIncident(input: $input) {\n    isReplay\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n    supportPlans {\n      ...SupportPlanChoices\n    }\n  }\n}"): typeof import('./graphql.js').CreateSupportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantMembershipOffer($input: GrantMembershipOfferInput!) {\n  grantMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').GrantMembershipOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkSupportContract($input: LinkSupportContractInput!) {\n  linkSupportContract(input: $input) {\n    contracts {\n      ...SupportContractFields\n    }\n    diagnostic {\n      wasAlreadyLinked\n      firstLinkedAt\n      message\n      canOpenIncidents\n      contracts {\n        ...SupportContractFields\n      }\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').LinkSupportContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveUserRole($input: RemoveUserRoleInput!) {\n  removeUserRole(input: $input) {\n    user {\n      ...UserFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').RemoveUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestTpdEngagement($input: RequestTpdEngagementInput!) {\n  requestTpdEngagement(input: $input) {\n    isReplay\n    engagement {\n      ...TpdEngagementFields\n    }\n    balance {\n      ...TpdBalanceFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').RequestTpdEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveSupportIncident($input: ResolveSupportIncidentInput!) {\n  resolveSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').ResolveSupportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeMembershipOffer($input: RevokeMembershipOfferInput!) {\n  revokeMembershipOffer(input: $input) {\n    offer {\n      ...MembershipOfferFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').RevokeMembershipOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateAccessId($input: RotateAccessIdInput) {\n  rotateAccessId(input: $input) {\n    accessId\n    linkedAccountCount\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').RotateAccessIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartWorkOnSupportIncident($input: StartWorkOnSupportIncidentInput!) {\n  startWorkOnSupportIncident(input: $input) {\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').StartWorkOnSupportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkSupportContractAccount($input: UnlinkSupportContractAccountInput!) {\n  unlinkSupportContractAccount(input: $input) {\n    supportContract {\n      ...SupportContractFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').UnlinkSupportContractAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupportIncident($input: UpdateSupportIncidentInput!) {\n  updateSupportIncident(input: $input) {\n    update {\n      ...IncidentEventFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').UpdateSupportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertProduct($input: UpsertProductInput!) {\n  upsertProduct(input: $input) {\n    wasCreated\n    product {\n      id\n      key\n      name\n      family\n      isMicrosoft365\n      isCspEligible\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').UpsertProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawSupportIncident($input: WithdrawSupportIncidentInput!) {\n  withdrawSupportIncident(input: $input) {\n    wasRefunded\n    supportContract {\n      ...SupportContractFields\n    }\n    incident {\n      ...IncidentFields\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').WithdrawSupportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($first: Int = 50, $after: String, $filter: AuditLogFilter, $organizationId: ID) {\n  auditLog(\n    first: $first\n    after: $after\n    filter: $filter\n    organizationId: $organizationId\n  ) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...AuditEntryFields\n    }\n  }\n}"): typeof import('./graphql.js').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageWindows($productVersionId: ID!, $from: LocalDate!, $to: LocalDate!) {\n  node(id: $productVersionId) {\n    __typename\n    ... on ProductVersion {\n      id\n      name\n      coveredUntil\n      coverageWindows(from: $from, to: $to) {\n        from\n        to\n        status\n        endsBecause\n        message\n      }\n    }\n  }\n}"): typeof import('./graphql.js').CoverageWindowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Customers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    customers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        id\n        name\n        domain\n      }\n    }\n  }\n}"): typeof import('./graphql.js').CustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Eligibility($productVersionId: ID!, $customerId: ID, $asOf: LocalDate) {\n  eligibility(\n    productVersionId: $productVersionId\n    customerId: $customerId\n    asOf: $asOf\n  ) {\n    asOf\n    isEligible\n    steps {\n      rule\n      result\n      reason\n      nextAction\n      actors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n}"): typeof import('./graphql.js').EligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entitlements($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n  }\n}"): typeof import('./graphql.js').EntitlementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentByNumber($number: String!) {\n  incident(number: $number) {\n    ...IncidentFields\n  }\n}"): typeof import('./graphql.js').IncidentByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentTimeline($id: ID!, $first: Int = 50, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      id\n      number\n      timeline(first: $first, after: $after) {\n        pageInfo {\n          ...PageInfoFields\n        }\n        nodes {\n          ...IncidentEventFields\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').IncidentTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Incident($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on SupportIncident {\n      ...IncidentFields\n    }\n  }\n}"): typeof import('./graphql.js').IncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Incidents($first: Int = 20, $after: String, $filter: SupportIncidentFilter, $orderBy: SupportIncidentOrder) {\n  incidents(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...IncidentFields\n    }\n  }\n}"): typeof import('./graphql.js').IncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputLimits {\n  inputLimits {\n    incidentTitle\n    incidentDescription\n    contactName\n    contactEmail\n    contactPhone\n  }\n}"): typeof import('./graphql.js').InputLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinkedAccounts($supportContractId: ID!, $first: Int, $after: String) {\n  node(id: $supportContractId) {\n    __typename\n    ... on SupportContract {\n      id\n      linkedAccounts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...LinkedAccountFields\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').LinkedAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembershipOffers($organizationId: ID!, $includeInactive: Boolean = false, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    membershipOffers(includeInactive: $includeInactive, asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n  }\n}"): typeof import('./graphql.js').MembershipOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAlerts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    alerts(asOf: $asOf) {\n      kind\n      message\n      actionHint\n      occursOn\n      daysFromAsOf\n      actors {\n        id\n        displayName\n        email\n      }\n      supportContract {\n        id\n        kind\n      }\n      membershipOffer {\n        id\n        level\n        competency\n      }\n      user {\n        id\n        email\n        accountKind\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAuditLog($organizationId: ID!, $first: Int = 50, $after: String, $filter: AuditLogFilter) {\n  organization(id: $organizationId) {\n    id\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationLinkedAccounts($organizationId: ID!, $first: Int = 50) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      id\n      kind\n      state\n      startsOn\n      endsOn\n      linkedAccounts(first: $first) {\n        totalCount\n        nodes {\n          ...LinkedAccountFields\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationLinkedAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationOverview($id: ID!, $asOf: LocalDate) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n    membershipOffers(asOf: $asOf) {\n      ...MembershipOfferFields\n      isActiveAsOf: isActive(asOf: $asOf)\n    }\n    entitlements(asOf: $asOf) {\n      ...EntitlementsFields\n    }\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationUsers($organizationId: ID!, $first: Int = 20, $after: String) {\n  organization(id: $organizationId) {\n    id\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...UserFields\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organization($id: ID!) {\n  organization(id: $id) {\n    id\n    name\n    cspRelationship\n  }\n}"): typeof import('./graphql.js').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organizations($first: Int = 20, $after: String) {\n  organizations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      name\n      cspRelationship\n    }\n  }\n}"): typeof import('./graphql.js').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Products($family: ProductFamily, $asOf: LocalDate) {\n  products(family: $family) {\n    id\n    key\n    name\n    family\n    isMicrosoft365\n    isCspEligible\n    versions {\n      id\n      name\n      releasedOn\n      mainstreamEndOn\n      extendedEndOn\n      coverage(asOf: $asOf) {\n        ...CoverageFields\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportContracts($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    supportContracts {\n      ...SupportContractFields\n      stateAsOf: state(asOf: $asOf)\n    }\n  }\n}"): typeof import('./graphql.js').SupportContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportPlans($productVersionId: ID!, $asOf: LocalDate, $customerId: ID) {\n  supportPlans(\n    productVersionId: $productVersionId\n    asOf: $asOf\n    customerId: $customerId\n  ) {\n    asOf\n    productVersion {\n      ...ProductVersionFields\n    }\n    coverage {\n      ...CoverageFields\n    }\n    customer {\n      id\n      name\n    }\n    ...SupportPlanChoices\n  }\n}"): typeof import('./graphql.js').SupportPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnicalBenefits($organizationId: ID!) {\n  organization(id: $organizationId) {\n    id\n    technicalBenefits {\n      ...TechnicalBenefitsFields\n    }\n  }\n}"): typeof import('./graphql.js').TechnicalBenefitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TpdBalance($organizationId: ID!, $asOf: LocalDate) {\n  organization(id: $organizationId) {\n    id\n    tpdBalance(asOf: $asOf) {\n      ...TpdBalanceFields\n      engagements {\n        ...TpdEngagementFields\n      }\n    }\n  }\n}"): typeof import('./graphql.js').TpdBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...UserFields\n    organization {\n      id\n      name\n      cspRelationship\n    }\n    linkedContracts {\n      ...SupportContractFields\n    }\n    permissions {\n      canActForOrganization\n      canReadAllOrganizations\n      canLinkContracts\n      canManageCatalog\n      canManageRoles\n      canManageLinkedAccounts\n      canReadAuditLog\n      assignableRoles\n    }\n  }\n}"): typeof import('./graphql.js').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
