import type { AccountKind, Role } from "@support-hub/domain";

/**
 * Fixed ids of the demo data, so tests, docs and the seed agree and re-seeding is a no-op.
 * Pattern: `<kind>0000000-0000-4000-8000-<serial>`: 1 organization, 2 user, 3 offer, 4 CSP
 * customer, 5 support contract, 6 product, 7 product version, 8 incident, 9 TPD engagement, b benefit year.
 */
export const DEMO_IDS = {
  organizations: {
    operations: "10000000-0000-4000-8000-000000000001",
    contoso: "10000000-0000-4000-8000-000000000002",
    fabrikam: "10000000-0000-4000-8000-000000000003",
    northwind: "10000000-0000-4000-8000-000000000004",
    tailspin: "10000000-0000-4000-8000-000000000005",
    adatum: "10000000-0000-4000-8000-000000000006",
    /** Action Pack, activated 13 months ago: its benefit year has ended, renewal due. */
    wingtip: "10000000-0000-4000-8000-000000000007",
    /** Silver Data Platform, activated 3 months ago, Silver Security granted since: upgrade available. */
    relecloud: "10000000-0000-4000-8000-000000000008",
  },
  users: {
    operator: "20000000-0000-4000-8000-000000000001",
    contosoGlobalAdmin: "20000000-0000-4000-8000-000000000002",
    contosoPartnerAdmin: "20000000-0000-4000-8000-000000000003",
    contosoAdminAgent: "20000000-0000-4000-8000-000000000004",
    contosoHelpdesk: "20000000-0000-4000-8000-000000000005",
    outsideMsa: "20000000-0000-4000-8000-000000000006",
    fabrikamGlobalAdmin: "20000000-0000-4000-8000-000000000007",
    fabrikamAdminAgent: "20000000-0000-4000-8000-000000000008",
    fabrikamHelpdesk: "20000000-0000-4000-8000-000000000009",
    northwindGlobalAdmin: "20000000-0000-4000-8000-000000000010",
    tailspinGlobalAdmin: "20000000-0000-4000-8000-000000000011",
    adatumCspAgent: "20000000-0000-4000-8000-000000000012",
    wingtipGlobalAdmin: "20000000-0000-4000-8000-000000000013",
    relecloudGlobalAdmin: "20000000-0000-4000-8000-000000000014",
  },
  offers: {
    contosoGoldCloudPlatform: "30000000-0000-4000-8000-000000000001",
    contosoSilverDataAnalytics: "30000000-0000-4000-8000-000000000002",
    fabrikamSilverDataPlatform: "30000000-0000-4000-8000-000000000003",
    northwindActionPack: "30000000-0000-4000-8000-000000000004",
    wingtipActionPack: "30000000-0000-4000-8000-000000000005",
    relecloudSilverDataPlatform: "30000000-0000-4000-8000-000000000006",
    relecloudSilverSecurity: "30000000-0000-4000-8000-000000000007",
  },
  cspCustomers: {
    contosoLitware: "40000000-0000-4000-8000-000000000001",
    fabrikamWideWorldImporters: "40000000-0000-4000-8000-000000000002",
    fabrikamWoodgroveBank: "40000000-0000-4000-8000-000000000003",
    adatumProseware: "40000000-0000-4000-8000-000000000004",
  },
  contracts: {
    /** Silver (not cloud): 15 product support incidents. */
    fabrikamOnPremises: "50000000-0000-4000-8000-000000000001",
    /** Silver (not cloud): signature cloud 5-pack, 2 left. */
    fabrikamCloud: "50000000-0000-4000-8000-000000000002",
    /** Action Pack: 10 product support incidents, none left. */
    northwindOnPremises: "50000000-0000-4000-8000-000000000003",
    /** Action Pack, year 1: ended a month ago (renewal due). */
    wingtipOnPremises: "50000000-0000-4000-8000-000000000004",
    /** Silver (not cloud): 15 product support incidents. */
    relecloudOnPremises: "50000000-0000-4000-8000-000000000005",
    /** Silver (not cloud): cloud 5-pack; Silver Security since makes it unlimited on upgrade. */
    relecloudCloud: "50000000-0000-4000-8000-000000000006",
  },
  /** Benefit years (pattern `b...`): one per activated organization. */
  benefitYears: {
    fabrikam: "b0000000-0000-4000-8000-000000000001",
    northwind: "b0000000-0000-4000-8000-000000000002",
    wingtip: "b0000000-0000-4000-8000-000000000003",
    relecloud: "b0000000-0000-4000-8000-000000000004",
  },
  products: {
    windowsServer: "60000000-0000-4000-8000-000000000001",
    sqlServer: "60000000-0000-4000-8000-000000000002",
    exchangeServer: "60000000-0000-4000-8000-000000000003",
    sharePointServer: "60000000-0000-4000-8000-000000000004",
    azure: "60000000-0000-4000-8000-000000000005",
    dynamics365: "60000000-0000-4000-8000-000000000006",
    microsoft365: "60000000-0000-4000-8000-000000000007",
  },
  productVersions: {
    windowsServer2016: "70000000-0000-4000-8000-000000000001",
    windowsServer2019: "70000000-0000-4000-8000-000000000002",
    windowsServer2022: "70000000-0000-4000-8000-000000000003",
    sqlServer2017: "70000000-0000-4000-8000-000000000004",
    sqlServer2019: "70000000-0000-4000-8000-000000000005",
    sqlServer2022: "70000000-0000-4000-8000-000000000006",
    exchangeServer2016: "70000000-0000-4000-8000-000000000007",
    exchangeServer2019: "70000000-0000-4000-8000-000000000008",
    sharePointServer2016: "70000000-0000-4000-8000-000000000009",
    sharePointServer2019: "70000000-0000-4000-8000-000000000010",
    azureCurrent: "70000000-0000-4000-8000-000000000011",
    dynamics365Current: "70000000-0000-4000-8000-000000000012",
    microsoft365Current: "70000000-0000-4000-8000-000000000013",
    windowsServer2025: "70000000-0000-4000-8000-000000000014",
    sqlServer2025: "70000000-0000-4000-8000-000000000015",
  },
} as const;

/** The demo Access ID / Contract ID pairs of the activated organizations. */
export const DEMO_ACTIVATIONS = {
  fabrikam: { accessId: "FAB-ACCESS-DEMO-0001", contractId: "FAB-CONTRACT-DEMO-0001" },
  northwind: { accessId: "NWD-ACCESS-DEMO-0001", contractId: "NWD-CONTRACT-DEMO-0001" },
  wingtip: { accessId: "WGT-ACCESS-DEMO-0001", contractId: "WGT-CONTRACT-DEMO-0001" },
  relecloud: { accessId: "REL-ACCESS-DEMO-0001", contractId: "REL-CONTRACT-DEMO-0001" },
} as const;

/** A demo account, as seeded. */
export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  accountKind: AccountKind;
  /** Key in `DEMO_IDS.organizations`, or null for the outside MSA account. */
  organization: keyof typeof DEMO_IDS.organizations | null;
  roles: readonly Role[];
  mpnAssociated: boolean;
  cspAssociated: boolean;
}

const U = DEMO_IDS.users;

/** Every demo account by a short name. The README's table lists the same. */
export const DEMO_USERS = {
  operator: {
    id: U.operator,
    email: "olivia.operator@partnerprogram.example",
    displayName: "Olivia Operator",
    accountKind: "AAD",
    organization: "operations",
    roles: ["SUPPORT_OPERATOR"],
    mpnAssociated: false,
    cspAssociated: false,
  },
  contosoGlobalAdmin: {
    id: U.contosoGlobalAdmin,
    email: "alice.admin@contoso.example",
    displayName: "Alice Admin",
    accountKind: "AAD",
    organization: "contoso",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  contosoPartnerAdmin: {
    id: U.contosoPartnerAdmin,
    email: "paul.partneradmin@contoso.example",
    displayName: "Paul Partner-Admin",
    accountKind: "AAD",
    organization: "contoso",
    roles: ["MPN_PARTNER_ADMIN"],
    mpnAssociated: true,
    cspAssociated: false,
  },
  contosoAdminAgent: {
    id: U.contosoAdminAgent,
    email: "aaron.agent@contoso.example",
    displayName: "Aaron Agent",
    accountKind: "AAD",
    organization: "contoso",
    roles: ["ADMIN_AGENT"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  contosoHelpdesk: {
    id: U.contosoHelpdesk,
    email: "hannah.helpdesk@contoso.example",
    displayName: "Hannah Helpdesk",
    accountKind: "AAD",
    organization: "contoso",
    roles: ["HELPDESK_AGENT"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  outsideMsa: {
    id: U.outsideMsa,
    email: "someone@outlook.com",
    displayName: "Someone Outside",
    accountKind: "MSA",
    organization: null,
    roles: [],
    mpnAssociated: false,
    cspAssociated: false,
  },
  fabrikamGlobalAdmin: {
    id: U.fabrikamGlobalAdmin,
    email: "frank.admin@fabrikam.example",
    displayName: "Frank Admin",
    accountKind: "AAD",
    organization: "fabrikam",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  fabrikamAdminAgent: {
    id: U.fabrikamAdminAgent,
    email: "fiona.agent@fabrikam.example",
    displayName: "Fiona Agent",
    accountKind: "AAD",
    organization: "fabrikam",
    roles: ["ADMIN_AGENT"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  fabrikamHelpdesk: {
    id: U.fabrikamHelpdesk,
    email: "henry.helpdesk@fabrikam.example",
    displayName: "Henry Helpdesk",
    accountKind: "AAD",
    organization: "fabrikam",
    roles: ["HELPDESK_AGENT"],
    mpnAssociated: true,
    cspAssociated: true,
  },
  northwindGlobalAdmin: {
    id: U.northwindGlobalAdmin,
    email: "nina.admin@northwind.example",
    displayName: "Nina Admin",
    accountKind: "AAD",
    organization: "northwind",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: false,
  },
  tailspinGlobalAdmin: {
    id: U.tailspinGlobalAdmin,
    email: "tom.admin@tailspin.example",
    displayName: "Tom Admin",
    accountKind: "AAD",
    organization: "tailspin",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: false,
  },
  adatumCspAgent: {
    id: U.adatumCspAgent,
    email: "carol.csp@adatum.example",
    displayName: "Carol CSP",
    accountKind: "AAD",
    organization: "adatum",
    roles: ["ADMIN_AGENT"],
    mpnAssociated: false,
    cspAssociated: true,
  },
  wingtipGlobalAdmin: {
    id: U.wingtipGlobalAdmin,
    email: "wendy.admin@wingtiptoys.example",
    displayName: "Wendy Admin",
    accountKind: "AAD",
    organization: "wingtip",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: false,
  },
  relecloudGlobalAdmin: {
    id: U.relecloudGlobalAdmin,
    email: "rachel.admin@relecloud.example",
    displayName: "Rachel Admin",
    accountKind: "AAD",
    organization: "relecloud",
    roles: ["GLOBAL_ADMIN"],
    mpnAssociated: true,
    cspAssociated: false,
  },
} as const satisfies Record<string, DemoUser>;
