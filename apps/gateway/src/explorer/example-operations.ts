/**
 * The demo user the explorers (Apollo Sandbox and GraphiQL) open as: Fabrikam's Global Admin,
 * whose organization has activated benefits, contracts, CSP customers and incidents, so that
 * every example query shows data. (Contoso's Alice has no incidents until she activates.)
 */
export const EXPLORER_DEMO_EMAIL = "frank.admin@fabrikam.example";

/**
 * The operations both explorers open with. Queries only read. The one mutation takes its whole
 * input as a required variable that the document does not supply, so running it blindly fails
 * validation and changes nothing. No `<`, `>` or `&`: Apollo's landing page escapes only the
 * first of each when it inlines this text into a script (a test checks).
 */
export const EXAMPLE_OPERATIONS = `# Welcome to Support Hub. You are signed in as Frank Admin, Global Admin of Fabrikam
# (see the Authorization header). Pick a query and press Run: queries only read.
# OpenIncident writes, so it runs only with the variables you give it (see below).
# Another demo user: pnpm --silent token alice.admin@contoso.example (Contoso, not activated yet).
# Start the demo data over: pnpm db:reset (the gateway stopped).

query Me {
  viewer {
    displayName
    email
    roles
    organization {
      name
      technicalBenefits {
        state
        accessId
        contractNumber
      }
      entitlements {
        onPremisesIncidentCount
        cloudIncidents { kind count }
        tpdHours
      }
    }
  }
}

query RecentIncidents {
  incidents(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
    totalCount
    nodes {
      number
      title
      severity
      status
      planKind
      productVersion { name product { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}

query Coverage {
  products(family: ON_PREMISES) {
    name
    versions {
      id
      name
      coverage { isCovered reason message }
    }
  }
}

# Opens an incident (it consumes one from a contract). Put in the Variables pane, with a version
# id from Coverage:
# { "input": { "productVersionId": "...", "severity": "C", "title": "Test incident",
#   "description": "Opened from the explorer", "contact": { "name": "Frank Admin",
#   "email": "frank.admin@fabrikam.example" } } }
mutation OpenIncident($input: CreateSupportIncidentInput!) {
  createSupportIncident(input: $input) {
    incident { number status planKind }
    userErrors { code field message }
  }
}
`;
