// The whole demo data set loads into an empty database (as `npm run dev` does on a fresh machine), once: its
// declarations are complete, and every demo account can log in where it should.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { seedDemo, DEMO_ACCOUNTS } from "../../prisma/seed/demo";
import { checkDeclaration, hardFindings } from "@/features/declarations/checks";
import { loadDeclarationDoc } from "@/features/declarations/store";
import { listDeclarations } from "@/features/declarations/queries";
import { reviewQueue } from "@/features/reviews/queries";
import { actorOf } from "../support/world";

beforeAll(async () => {
  expect(await seedDemo(db)).toEqual({ created: true });
}, 180_000);

const actor = async (username: string) => (await actorOf((await db.user.findUniqueOrThrow({ where: { username } })).id))!;

describe("demo data", () => {
  it("loads once: a second run changes nothing", async () => {
    const before = await db.performanceDeclaration.count();
    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await db.performanceDeclaration.count()).toBe(before);
  });

  it("has an account for every listed demo user", async () => {
    const users = await db.user.findMany({ where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) } }, select: { username: true } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
  });

  it("holds the four real declarations complete, with only seed 000's own sum mismatch", async () => {
    const all = await db.performanceDeclaration.findMany({ where: { parentId: null }, select: { id: true, name: true, year: true, status: true } });
    const problems: Record<string, string[]> = {};
    for (const d of all) {
      const doc = (await loadDeclarationDoc(db, d.id))!;
      const children = await db.performanceDeclaration.findMany({ where: { parentId: d.id }, select: { id: true } });
      const projects = await Promise.all(children.map(async (c) => (await loadDeclarationDoc(db, c.id))!));
      const hard = hardFindings(checkDeclaration(doc, projects)).map((f) => f.message);
      for (const p of projects) hard.push(...hardFindings(checkDeclaration(p)).map((f) => `${p.name}：${f.message}`));
      if (hard.length) problems[`${d.year} ${d.name}`] = hard;
    }
    // The real 社会工作发展经费 (000) lists 150000 + 290000 + 260000 = 700000 元 against a total of 800000.
    expect(problems).toEqual({ "2020 社会工作发展经费": ["资金安排各项合计 700,000.00 元，与总投入 800,000.00 元不符，少 100,000.00 元"] });
    const names = all.map((d) => `${d.year} ${d.name}`);
    for (const n of ["2020 社会工作发展经费", "2020 社区建设管理工作经费", "2026 社会治理工作经费", "2025 中共攀枝花市仁和区委社会工作部"]) expect(names).toContain(n);
  });

  it("gives each reviewer something to open", async () => {
    const reviewer = await actor("bureau.reviewer");
    const mine = await listDeclarations(reviewer);
    expect(mine.filter((d) => d.status === "SUBMITTED").map((d) => d.name)).toEqual(["龙城街道社会工作服务站运营经费"]);
    expect((await reviewQueue(reviewer)).some((i) => i.kind === "DECLARATION" && i.title.includes("龙城街道社会工作服务站运营经费"))).toBe(true);
    const renhe = await listDeclarations(await actor("reviewer.renhe"));
    expect(renhe.map((d) => d.name)).toHaveLength(9);
    expect(renhe[0]).toMatchObject({ kind: "DEPARTMENT", projectCount: 8 });
    const contractor = await listDeclarations(await actor("contractor.qiming"));
    expect(contractor.map((d) => [d.name, d.status])).toEqual([["龙城街道社会工作服务站驻站服务项目", "RETURNED"]]);
  });
});
