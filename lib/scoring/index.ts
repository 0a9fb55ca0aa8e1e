// The scoring module: one method for every screen, API and export (see score.ts).
export * from "./types";
export * from "./score";
export { chapterOf } from "../conventions/articles";
