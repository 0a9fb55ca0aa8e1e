// Integers from clients are bounded by what their column holds: PostgreSQL's `integer` is 32 bits,
// and a larger number (2^31, or 1e20) would make the query fail, a 500 instead of a 422.
export const INT4_MAX = 2_147_483_647;
