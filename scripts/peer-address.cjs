// Preloaded into the app's Node process (`node --require ./peer-address.cjs server.js`, or
// NODE_OPTIONS from scripts/lib/next-server.ts) before Next starts. Every request is stamped with the
// address of the socket it arrived on, in a header of our own, before Next or any route sees it.
//
// Why: Next only fills X-Forwarded-For from the socket when the client did not send one, so that
// header is whatever the client wants; sign-in throttling needs an address the client cannot
// choose (lib/auth/client-address.ts). A client-sent header of the same name is overwritten.
// CommonJS and dependency-free: it runs before any bundler or loader.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose: `node --require` loads it before any ESM loader
const http = require("node:http");

const HEADER = "x-cybercap-peer-address";
const originalEmit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if ((event === "request" || event === "upgrade") && request && request.headers) {
    const address = (request.socket && request.socket.remoteAddress) || "";
    request.headers[HEADER] = address;
    // Keep rawHeaders consistent, so no layer that reads them finds the client's value instead.
    const raw = request.rawHeaders;
    if (Array.isArray(raw)) {
      for (let i = raw.length - 2; i >= 0; i -= 2) {
        if (String(raw[i]).toLowerCase() === HEADER) raw.splice(i, 2);
      }
      raw.push(HEADER, address);
    }
  }
  return originalEmit.call(this, event, request, ...rest);
};

// Read by instrumentation.ts at start: a server started without this preload logs an error.
globalThis[Symbol.for("cybercap.peerAddressHeader")] = HEADER;
