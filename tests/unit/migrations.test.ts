import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run db:new-migration` diffs the schema against this snapshot; if they differ, a schema change was
// made without its migration.
describe("migrations", () => {
  it("the migrated datamodel snapshot equals prisma/schema.prisma", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const snapshot = readFileSync(path.join(root, "prisma/migrations/datamodel.snapshot.prisma"), "utf8");
    expect(schema, "run `npm run db:new-migration -- <name>` after changing prisma/schema.prisma").toBe(snapshot);
  });
});
