import {
  AccountKind,
  ContractKind,
  CspRelationship,
  IncidentStatus,
  OfferLevel,
  PlanKind,
  ProductFamily,
  Role,
  Severity,
  TpdKind,
} from "@support-hub/domain";
import { registerDescribedEnum } from "./register-enum";

registerDescribedEnum(Role, "Role", "A role a user holds in its organization.", {
  GLOBAL_ADMIN: "Administers the organization; may activate benefits and manage users.",
  MPN_PARTNER_ADMIN: "Administers the partner program membership; may activate benefits.",
  ADMIN_AGENT: "Acts for CSP customers; the only role that may open cloud incidents for a customer (DIRECT partners).",
  HELPDESK_AGENT: "Handles support requests.",
  SALES_AGENT: "Sales staff.",
  BILLING_ADMIN: "Billing staff.",
  USER_MANAGEMENT_ADMIN: "Manages users and their roles.",
  REPORT_VIEWER: "Reads reports.",
  SUPPORT_OPERATOR: "Program owner's staff: maintains the product catalog and grants membership offers; reads every tenant.",
});
registerDescribedEnum(CspRelationship, "CspRelationship", "Relationship of an organization to the Cloud Solution Provider program.", {
  NONE: "Not a CSP partner.",
  DIRECT: "Direct-bill partner or indirect provider: may open cloud incidents for its customers.",
  INDIRECT_RESELLER: "Indirect reseller: may not open cloud incidents for its customers.",
  ADVISOR: "Advisor: may not open cloud incidents for its customers.",
});
registerDescribedEnum(AccountKind, "AccountKind", "Kind of account.", {
  AAD: "Work account of an organization.",
  MSA: "Personal Microsoft account (e.g. someone@outlook.com).",
});
registerDescribedEnum(OfferLevel, "OfferLevel", "Membership offer level.", {
  ACTION_PACK: "Action Pack: 10 on-premises incidents, no cloud incidents.",
  SILVER: "Silver: 15 on-premises incidents; unlimited cloud incidents in a cloud competency, otherwise 5.",
  GOLD: "Gold: 20 on-premises incidents; unlimited cloud incidents in a cloud competency, otherwise 10.",
});
registerDescribedEnum(ProductFamily, "ProductFamily", "Product family: decides which plan can pay for an incident.", {
  ON_PREMISES: "Installed software with a fixed lifecycle (N and N-1 in mainstream support are covered).",
  CLOUD: "Cloud service: no version rule.",
});
registerDescribedEnum(ContractKind, "ContractKind", "Kind of support contract created by activation.", {
  ON_PREMISES: "Product support incidents: on-premises products only.",
  CLOUD: "Signature cloud support incidents: cloud products only.",
});
registerDescribedEnum(PlanKind, "PlanKind", "The plan that pays for an incident.", {
  PRODUCT_SUPPORT: "An on-premises product support contract.",
  SIGNATURE_CLOUD: "A signature cloud support contract.",
  MICROSOFT_365:
    "Microsoft 365 requests by a program-associated member of an organization with activated signature cloud support: on that organization's " +
    "cloud contract without linking it; consumes from it unless unlimited (incidents opened before this rule have no contract).",
  CLOUD_SOLUTION_PROVIDER: "A DIRECT CSP partner's Azure requests for its customers: no contract; consumes nothing.",
});
registerDescribedEnum(Severity, "Severity", "Incident severity.", {
  A: "Critical.",
  B: "High.",
  C: "Normal.",
});
registerDescribedEnum(IncidentStatus, "IncidentStatus", "Incident lifecycle.", {
  OPEN: "Opened; support has not started. The requester may withdraw it for a refund.",
  IN_PROGRESS: "Support is working on it.",
  RESOLVED: "Closed as resolved; never refunded.",
  WITHDRAWN: "Withdrawn by its requester before work started; the incident was refunded.",
});
registerDescribedEnum(TpdKind, "TpdKind", "Kind of presales and deployment engagement.", {
  PRESALES: "Presales technical consultation.",
  DEPLOYMENT: "Deployment planning and assistance.",
});
