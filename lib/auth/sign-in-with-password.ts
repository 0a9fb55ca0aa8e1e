import { signIn } from "next-auth/react";

/**
 * Signs in with the password just set (a new account, a reset, a change), without navigating:
 * true when the session was made. A failure is never thrown: the password is set either way, and
 * the form says what to do next.
 */
export async function signInWithPassword(email: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false }).catch(() => undefined);
  return Boolean(result?.ok && !result.error);
}
