import { describe, expect, it } from "vitest";
import { isNpmCommand, launchers } from "./launchers";

describe("isNpmCommand", () => {
  it("recognises npm by its process title or its script", () => {
    expect(isNpmCommand(["npm start"])).toBe(true); // Linux: the title is the whole command line
    expect(isNpmCommand(["npm", "start"])).toBe(true); // ps elsewhere splits it
    expect(isNpmCommand(["/usr/bin/node", "/usr/lib/node_modules/npm/bin/npm-cli.js", "start"])).toBe(true);
  });

  it("does not take other launchers for npm", () => {
    expect(isNpmCommand(["sh", "-c", "tsx scripts/start.ts"])).toBe(false);
    expect(isNpmCommand(["node", "/app/node_modules/.bin/tsx", "scripts/start.ts"])).toBe(false);
    expect(isNpmCommand([])).toBe(false);
  });
});

describe("launchers", () => {
  it("starts with this process's parent", () => {
    expect(launchers()[0]?.pid).toBe(process.ppid);
  });
});
