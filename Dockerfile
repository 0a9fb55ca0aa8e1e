# Multi-stage image: dependencies, build (Next's standalone output), and a small runtime that runs
# as an unprivileged user. Migrations and reference data are applied at start (MIGRATE_ON_START).
# scripts/container.system.test.ts (run by npm test) builds and lays out the runtime stage from
# this file's COPY --from=build, ENV and CMD lines: keep each on one line.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm install --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
# .dockerignore keeps node_modules, .next, .data (local database, secrets) and .env out of this.
COPY . .
RUN node scripts/prisma-generate.mjs && npx next build
# The first administrator's command (npm run admin:create) as one file for the runtime image.
RUN node scripts/bundle-admin-create.mjs admin-create.mjs

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MIGRATE_ON_START=true
# Chromium renders the PDF gap reports (lib/report); the report's fonts come from npm with the app.
# fonts-dejavu-core: the page-number footer, which Chromium draws without the page's web fonts.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
RUN groupadd --system cybercap && useradd --system --gid cybercap cybercap
COPY --from=build --chown=cybercap:cybercap /app/.next/standalone ./
COPY --from=build --chown=cybercap:cybercap /app/.next/static ./.next/static
COPY --from=build --chown=cybercap:cybercap /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=cybercap:cybercap /app/scripts/peer-address.cjs ./peer-address.cjs
# docker compose exec app node admin-create.mjs --email <address>
COPY --from=build --chown=cybercap:cybercap /app/admin-create.mjs ./admin-create.mjs
USER cybercap
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The preload stamps each request with its socket's address, for sign-in throttling.
CMD ["node", "--require", "./peer-address.cjs", "server.js"]
