import { DEMO_USER_NOTES, DEMO_USERS } from "@support-hub/db";
import type { Db } from "../database";
import { listSignInAccounts, type SignInAccount } from "./user.queries";

/** An account the dev sign-in offers, with what it shows off when it is a demo user. */
export interface DevAccount extends SignInAccount {
  note: string | null;
}

const DEMO_ORDER = Object.keys(DEMO_USER_NOTES) as (keyof typeof DEMO_USERS)[];

/**
 * Live accounts for `GET /dev/users` (dev only): read from the database, so the console shows the
 * seed's users and their current roles without copying them; demo users first, in the notes' order.
 */
export async function listDevAccounts(db: Db): Promise<DevAccount[]> {
  const accounts = await listSignInAccounts(db);
  const rank = (email: string) => {
    const index = DEMO_ORDER.findIndex((key) => DEMO_USERS[key].email === email);
    return index === -1 ? DEMO_ORDER.length : index;
  };
  return accounts
    .map((account) => {
      const key = DEMO_ORDER.find((demo) => DEMO_USERS[demo].email === account.email);
      return { ...account, note: key ? DEMO_USER_NOTES[key] : null };
    })
    .sort((a, b) => rank(a.email) - rank(b.email));
}
