import type { DEMO_USERS } from "./demo-ids";

/** What each demo account shows off, for the dev sign-in screens (a new demo user needs a note: a compile error otherwise). */
export const DEMO_USER_NOTES: Record<keyof typeof DEMO_USERS, string> = {
  contosoGlobalAdmin: "Gold Cloud Platform + Silver Data Analytics, not activated yet",
  contosoPartnerAdmin: "Can activate Contoso's benefits",
  contosoAdminAgent: "Indirect reseller's admin agent",
  contosoHelpdesk: "Cannot activate: sees who can",
  outsideMsa: "Links a contract with an Access ID + Contract ID",
  fabrikamGlobalAdmin: "Activated; cloud 5-pack with 2 left",
  fabrikamAdminAgent: "Direct CSP partner: incidents for customers",
  fabrikamHelpdesk: "Fabrikam helpdesk",
  northwindGlobalAdmin: "Action Pack; no on-premises incidents left",
  tailspinGlobalAdmin: "No offers: the empty state",
  adatumCspAgent: "CSP-only account: not authorized for benefits",
  wingtipGlobalAdmin: "Action Pack; benefit year ended: renewal due (new Contract ID)",
  relecloudGlobalAdmin: "Silver Security granted after activation: upgrade available",
  operator: "Platform operator: catalog and offers",
};
