// A minimal OpenID Connect provider for the end-to-end tests: discovery, an authorization page where
// the test types who it is, the token endpoint (client secret and PKCE checked), and signed ID
// tokens. It stands in for the ministry's or the UN's identity provider, so single sign-on is tested
// through next-auth's real code path in a real browser. Never used outside tests.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

export interface MockOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop: () => Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  email: string;
  /** The `email_verified` claim to send; undefined leaves it out of the token. */
  emailVerified: boolean | undefined;
  name: string;
  expiresAt: number;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(response: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** The test page's choice: "false" and "missing" let a test check what an unverified address may do. */
function emailVerifiedClaim(choice: string | null): boolean | undefined {
  if (choice === "missing") return undefined;
  return choice !== "false";
}

/** The subject the provider gives an email address: stable, so signing in twice is the same person. */
export function subjectFor(email: string): string {
  return `mock-${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 24)}`;
}

export async function startMockOidcProvider(options: { port: number; host?: string }): Promise<MockOidcProvider> {
  const host = options.host ?? "127.0.0.1";
  const issuer = `http://${host}:${options.port}`;
  const clientId = "cybercap-e2e";
  const clientSecret = randomBytes(24).toString("hex");
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "mock-1", alg: "RS256", use: "sig" };
  const codes = new Map<string, PendingCode>();

  const authorizePage = (params: URLSearchParams) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>
<form method="post" action="/authorize">
${[...params].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join("\n")}
<p><label for="idp-email">Email</label> <input id="idp-email" name="login_email" type="email" required></p>
<p><label for="idp-name">Name</label> <input id="idp-name" name="login_name" type="text"></p>
<p><label for="idp-email-verified">email_verified claim</label>
<select id="idp-email-verified" name="login_email_verified">
<option value="true" selected>true</option><option value="false">false</option><option value="missing">(left out)</option>
</select></p>
<p><button type="submit" id="idp-submit">Sign in</button></p>
</form></main></body></html>`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", issuer);
    if (request.method === "GET" && url.pathname === "/.well-known/openid-configuration") {
      return send(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
        code_challenge_methods_supported: ["S256"],
        scopes_supported: ["openid", "email", "profile"],
      });
    }
    if (request.method === "GET" && url.pathname === "/jwks") return send(response, 200, { keys: [jwk] });
    if (request.method === "GET" && url.pathname === "/authorize") {
      if (url.searchParams.get("client_id") !== clientId) return send(response, 400, "unknown client", "text/plain");
      return send(response, 200, authorizePage(url.searchParams), "text/html; charset=utf-8");
    }
    if (request.method === "POST" && url.pathname === "/authorize") {
      const form = await readBody(request);
      const redirectUri = form.get("redirect_uri") ?? "";
      const email = (form.get("login_email") ?? "").trim();
      if (form.get("client_id") !== clientId || !redirectUri || !email) return send(response, 400, "bad request", "text/plain");
      const code = randomBytes(16).toString("hex");
      codes.set(code, {
        clientId,
        redirectUri,
        codeChallenge: form.get("code_challenge"),
        nonce: form.get("nonce"),
        email,
        emailVerified: emailVerifiedClaim(form.get("login_email_verified")),
        name: form.get("login_name")?.trim() || email,
        expiresAt: Date.now() + 60_000,
      });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      const state = form.get("state");
      if (state) back.searchParams.set("state", state);
      response.writeHead(302, { location: back.toString() });
      return void response.end();
    }
    if (request.method === "POST" && url.pathname === "/token") {
      const form = await readBody(request);
      const basic = request.headers.authorization?.startsWith("Basic ")
        ? Buffer.from(request.headers.authorization.slice(6), "base64").toString("utf8").split(":").map(decodeURIComponent)
        : [form.get("client_id"), form.get("client_secret")];
      if (basic[0] !== clientId || basic[1] !== clientSecret) return send(response, 401, { error: "invalid_client" });
      const code = form.get("code") ?? "";
      const pending = codes.get(code);
      codes.delete(code);
      if (!pending || pending.expiresAt < Date.now() || pending.redirectUri !== form.get("redirect_uri")) return send(response, 400, { error: "invalid_grant" });
      if (pending.codeChallenge) {
        const verifier = form.get("code_verifier") ?? "";
        if (createHash("sha256").update(verifier).digest("base64url") !== pending.codeChallenge) return send(response, 400, { error: "invalid_grant" });
      }
      const idToken = await new SignJWT({
        email: pending.email,
        ...(pending.emailVerified === undefined ? {} : { email_verified: pending.emailVerified }),
        name: pending.name,
        ...(pending.nonce ? { nonce: pending.nonce } : {}),
      })
        .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setSubject(subjectFor(pending.email))
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
      return send(response, 200, { access_token: randomBytes(16).toString("hex"), token_type: "Bearer", expires_in: 300, id_token: idToken, scope: "openid email profile" });
    }
    send(response, 404, { error: "not_found" });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
