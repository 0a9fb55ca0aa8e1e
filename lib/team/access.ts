// The team rules live in lib/authz.ts with every other authorization rule; this module only keeps
// the team feature's imports short.
export { canManageTeam, canReadTeam } from "../authz";
