/**
 * The seed's demo accounts (packages/db/src/seed/demo-ids.ts, DEMO_USERS), copied as a plain list
 * so the browser bundle does not depend on the server-side database package.
 */
export interface DemoAccount {
  email: string;
  displayName: string;
  organization: string;
  roles: readonly string[];
  note: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "alice.admin@contoso.example", displayName: "Alice Admin", organization: "Contoso", roles: ["GLOBAL_ADMIN"], note: "Gold Cloud Platform + Silver Data Analytics, not activated yet" },
  { email: "paul.partneradmin@contoso.example", displayName: "Paul Partner-Admin", organization: "Contoso", roles: ["MPN_PARTNER_ADMIN"], note: "Can activate Contoso's benefits" },
  { email: "aaron.agent@contoso.example", displayName: "Aaron Agent", organization: "Contoso", roles: ["ADMIN_AGENT"], note: "Indirect reseller's admin agent" },
  { email: "hannah.helpdesk@contoso.example", displayName: "Hannah Helpdesk", organization: "Contoso", roles: ["HELPDESK_AGENT"], note: "Cannot activate: sees who can" },
  { email: "someone@outlook.com", displayName: "Someone Outside", organization: "No organization (MSA)", roles: [], note: "Links a contract with an Access ID + Contract ID" },
  { email: "frank.admin@fabrikam.example", displayName: "Frank Admin", organization: "Fabrikam", roles: ["GLOBAL_ADMIN"], note: "Activated; cloud 5-pack with 2 left" },
  { email: "fiona.agent@fabrikam.example", displayName: "Fiona Agent", organization: "Fabrikam", roles: ["ADMIN_AGENT"], note: "Direct CSP partner: incidents for customers" },
  { email: "henry.helpdesk@fabrikam.example", displayName: "Henry Helpdesk", organization: "Fabrikam", roles: ["HELPDESK_AGENT"], note: "Fabrikam helpdesk" },
  { email: "nina.admin@northwind.example", displayName: "Nina Admin", organization: "Northwind", roles: ["GLOBAL_ADMIN"], note: "Action Pack; no on-premises incidents left" },
  { email: "tom.admin@tailspin.example", displayName: "Tom Admin", organization: "Tailspin", roles: ["GLOBAL_ADMIN"], note: "No offers: the empty state" },
  { email: "carol.csp@adatum.example", displayName: "Carol CSP", organization: "Adatum", roles: ["ADMIN_AGENT"], note: "CSP-only account: not authorized for benefits" },
  { email: "olivia.operator@partnerprogram.example", displayName: "Olivia Operator", organization: "Partner Program Operations", roles: ["SUPPORT_OPERATOR"], note: "Platform operator: catalog and offers" },
];
