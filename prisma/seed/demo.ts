// Demo data: a few countries in two programme regions, their teams, two officers, one
// administrator, and rounds at several stages with answers. Seeded only in demo mode.
import type { MembershipRole } from "../../lib/generated/prisma/enums";
import type { DemoAccountKind } from "../../lib/auth/demo";

// The password lives with the sign-in code (the sign-in page shows it; no page imports the seed).
export { DEMO_PASSWORD } from "../../lib/auth/demo";

export interface DemoAccount {
  email: string;
  name: string;
  /** What the account is, for the sign-in page's list. */
  kind: DemoAccountKind;
  /** Country (ISO alpha-2) for team members; programme region code for officers. */
  scope?: string;
  role?: MembershipRole;
  pillars?: string[];
}

export const DEMO_COUNTRIES = {
  EAF: ["KE", "UG", "TZ"],
  CAM: ["GT", "CR", "HN"],
} as const;

const RESPONDENT_PILLARS: [string[], string[]] = [
  ["PRE", "INV", "FOR"],
  ["EVI", "PRO", "LEG"],
];

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { email: "admin@example.org", name: "Ada Admin", kind: "admin" },
    { email: "officer.eaf@example.org", name: "Omar Officer", kind: "officer", scope: "EAF" },
    { email: "officer.cam@example.org", name: "Olga Officer", kind: "officer", scope: "CAM" },
  ];
  for (const iso of [...DEMO_COUNTRIES.EAF, ...DEMO_COUNTRIES.CAM]) {
    const lc = iso.toLowerCase();
    accounts.push({ email: `focal.${lc}@example.org`, name: `Focal Point ${iso}`, kind: "focal-point", scope: iso, role: "FOCAL_POINT" });
    RESPONDENT_PILLARS.forEach((pillars, i) => {
      accounts.push({
        email: `respondent${i + 1}.${lc}@example.org`,
        name: `Respondent ${i + 1} ${iso}`,
        kind: "respondent",
        scope: iso,
        role: "RESPONDENT",
        pillars,
      });
    });
  }
  return accounts;
}

/** Round plans per demo country: cycle and status, oldest first. */
export const DEMO_ROUNDS: Record<string, { cycle: string; status: "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "CHANGES_REQUESTED" | "VALIDATED"; completeness: number }[]> = {
  KE: [
    { cycle: "2025", status: "VALIDATED", completeness: 1 },
    { cycle: "2026", status: "DRAFT", completeness: 0.4 },
  ],
  UG: [
    { cycle: "2025", status: "VALIDATED", completeness: 1 },
    { cycle: "2026", status: "SUBMITTED", completeness: 1 },
  ],
  TZ: [
    { cycle: "2025", status: "VALIDATED", completeness: 1 },
    { cycle: "2026", status: "IN_REVIEW", completeness: 1 },
  ],
  GT: [
    { cycle: "2025", status: "VALIDATED", completeness: 1 },
    { cycle: "2026", status: "CHANGES_REQUESTED", completeness: 1 },
  ],
  CR: [{ cycle: "2026", status: "DRAFT", completeness: 0.2 }],
  HN: [{ cycle: "2025", status: "VALIDATED", completeness: 1 }],
};

/** A small deterministic PRNG (mulberry32), so demo answers are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
