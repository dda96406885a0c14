/**
 * Permissions are the admin's: boot grants what the newsroom needs the first time it needs it and never again,
 * so a permission the admin removed stays removed and one the admin added stays. Each grant boot has made is
 * recorded by its key; a grant whose key is recorded is never made again (even if it is gone now), a grant
 * never made is made (a new release that needs a new permission reaches existing databases). Nothing is ever
 * removed. Pure: the store of made grants and the permission rows are the caller's.
 */
export interface Grant {
  /** Who gets it: `up:<role type>` (users-permissions) or `admin:<role code>`. */
  holder: string;
  /** The action, with the subject for admin permissions (`<action> <subject>`). */
  permission: string;
}

export const grantKey = (grant: Grant): string => `${grant.holder} ${grant.permission}`;

export interface GrantPlan<G extends Grant> {
  /** Grants to write now: never made before and not already there. */
  create: G[];
  /** Keys to add to the record: every wanted grant not recorded yet (present or created). */
  record: string[];
}

export const planGrants = <G extends Grant>(
  wanted: readonly G[],
  made: ReadonlySet<string>,
  present: ReadonlySet<string>,
): GrantPlan<G> => {
  const fresh = wanted.filter((grant) => !made.has(grantKey(grant)));
  return {
    create: fresh.filter((grant) => !present.has(grantKey(grant))),
    record: [...new Set(fresh.map(grantKey))],
  };
};
