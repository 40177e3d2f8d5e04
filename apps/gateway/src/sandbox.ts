import type { GatewayConfig } from "./config";
import { signDevToken } from "./auth";
import type { AppDatabase } from "./database";
import { findUserIdByEmail } from "./users/user.queries";

/** The demo admin whose token the Sandbox opens with. */
export const SANDBOX_DEMO_EMAIL = "alice.admin@contoso.example";

const EXAMPLE_OPERATIONS = `# Welcome to Support Hub. You are signed in as Alice, Global Admin of Contoso
# (see the Authorization header below). Pick an operation and press Run.
# Other demo users: \`pnpm --silent token <email>\` (e.g. frank.admin@fabrikam.example).

query Me {
  viewer {
    displayName
    email
    roles
    organization {
      id
      name
      technicalBenefits {
        state
        message
        canActivate
        usersWhoCanActivate { displayName email }
        accessId
        contractId
      }
      entitlements {
        onPremisesIncidents
        cloudIncidents { kind count }
        tpdHours
      }
    }
  }
}

query Coverage {
  products(family: ON_PREMISES) {
    name
    versions {
      id
      name
      coverage { covered reason message }
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

mutation Activate {
  activateTechnicalBenefits {
    alreadyActive
    technicalBenefits { accessId contractId }
    contracts { kind incidentsRemaining unlimited endsOn }
    userErrors { code field message }
  }
}
`;

/** Opens Apollo Sandbox with example operations and, in dev, a ready Authorization header. */
export async function sandboxInitialState(config: GatewayConfig, database: AppDatabase) {
  const headers: Record<string, string> = {};
  if (config.auth.devTokens) {
    const userId = await findUserIdByEmail(database.db, SANDBOX_DEMO_EMAIL).catch(() => undefined);
    if (userId) headers.Authorization = `Bearer ${await signDevToken(config.auth, userId, { expiresIn: "30d" })}`;
  }
  return { document: EXAMPLE_OPERATIONS, headers };
}
