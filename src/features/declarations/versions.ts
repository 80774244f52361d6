import "server-only";
// 版本对比: two versions of a declaration side by side — two submissions, or the last submission and the
// draft being revised — with what changed, and the comments the reviewer wrote on the earlier one.
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { diffDeclarations, type DeclarationChanges } from "./diff";
import { emptyDeclarationDoc, type DeclarationDoc } from "./doc";
import { declarationHeader, type DeclarationHeader } from "./queries";
import type { ReviewCommentView } from "./review";
import type { DeclarationSnapshotData } from "./submission";
import { loadDeclarationDoc } from "./store";

export type VersionRef = number | "draft";

export type DeclarationVersions = {
  header: DeclarationHeader;
  rounds: { round: number; submittedAt: Date; submittedBy: string }[];
  /** The draft differs from the last submission (only the declaring unit's and the bureau's readers see it). */
  hasDraft: boolean;
  from: { ref: VersionRef; label: string; doc: DeclarationDoc } | null;
  to: { ref: VersionRef; label: string; doc: DeclarationDoc } | null;
  changes: DeclarationChanges | null;
  /** The reviewer's item comments on the earlier version (what the change answers). */
  comments: ReviewCommentView[];
  /** Projects of a department-wide declaration compared one by one (by id). */
  projects: { id: string; name: string; status: "added" | "removed" | "kept"; changes: DeclarationChanges; from: DeclarationDoc | null; to: DeclarationDoc | null }[];
};

const roundLabel = (round: number) => `第 ${round} 次提交`;

export async function declarationVersions(actor: Actor, id: string, want: { from?: VersionRef; to?: VersionRef } = {}): Promise<DeclarationVersions | null> {
  const header = await declarationHeader(actor, id);
  if (!header) return null;
  const snapshots = await db.declarationSnapshot.findMany({
    where: { declarationId: id }, orderBy: { round: "asc" }, select: { round: true, submittedAt: true, submittedById: true, data: true },
  });
  const users = new Map((await db.user.findMany({ where: { id: { in: snapshots.map((s) => s.submittedById) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const rounds = snapshots.map((s) => ({ round: s.round, submittedAt: s.submittedAt, submittedBy: users.get(s.submittedById) ?? "" }));
  const byRound = new Map(snapshots.map((s) => [s.round, s.data as unknown as DeclarationSnapshotData]));

  const editable = header.status === "DRAFT" || header.status === "RETURNED";
  let draft: DeclarationSnapshotData | null = null;
  if (editable) {
    const children = await db.performanceDeclaration.findMany({ where: { parentId: id }, orderBy: { seq: "asc" }, select: { id: true } });
    draft = { doc: (await loadDeclarationDoc(db, id))!, projects: await Promise.all(children.map(async (c) => ({ id: c.id, doc: (await loadDeclarationDoc(db, c.id))! }))) };
  }
  const last = rounds.at(-1)?.round;
  const lastData = last ? byRound.get(last)! : null;
  const hasDraft = !!draft && (!lastData || !diffDeclarations(lastData.doc, draft.doc).none || JSON.stringify(lastData.projects.map((p) => p.doc)) !== JSON.stringify(draft.projects.map((p) => p.doc)));

  const resolve = (ref: VersionRef | undefined) => {
    if (ref === "draft") return draft ? { ref, label: "当前修改稿（未提交）", data: draft } : null;
    if (typeof ref === "number" && byRound.has(ref)) return { ref, label: roundLabel(ref), data: byRound.get(ref)! };
    return null;
  };
  // Default: the last two submissions; with a revised draft after a return, the last submission and the draft.
  let to = resolve(want.to) ?? (hasDraft && header.status === "RETURNED" ? resolve("draft") : resolve(last));
  let from = resolve(want.from) ?? (to?.ref === "draft" ? resolve(last) : typeof to?.ref === "number" ? resolve(to.ref - 1) : null);
  if (from && to && from.ref === to.ref) from = null;
  if (!to && from) [to, from] = [from, null];

  const changes = from && to ? diffDeclarations(from.data.doc, to.data.doc) : null;
  const comments = from && typeof from.ref === "number"
    ? await db.reviewComment.findMany({
        where: { kind: "DECLARATION", reportId: id, round: from.ref }, orderBy: { at: "asc" },
        select: { id: true, round: true, target: true, targetLabel: true, comment: true, actorName: true, at: true },
      })
    : [];
  const projects = from && to
    ? [...new Set([...from.data.projects.map((p) => p.id), ...to.data.projects.map((p) => p.id)])].map((pid) => {
        const a = from!.data.projects.find((p) => p.id === pid)?.doc ?? null;
        const b = to!.data.projects.find((p) => p.id === pid)?.doc ?? null;
        // A project added or removed between the two versions is compared with an empty table.
        const empty = emptyDeclarationDoc("PROJECT", (b ?? a)!.year, "");
        const status = !a ? "added" as const : !b ? "removed" as const : "kept" as const;
        return { id: pid, name: (b ?? a)!.name ?? "", status, from: a, to: b, changes: diffDeclarations(a ?? { ...empty, category: null }, b ?? { ...empty, category: null }) };
      })
    : [];
  await writeAudit({
    actor, action: "declaration.view", outcome: "SUCCESS", districtId: header.districtId, targetType: "PerformanceDeclaration", targetId: id,
    detail: { versions: [from?.ref ?? null, to?.ref ?? null] },
  });
  return {
    header, rounds, hasDraft,
    from: from && { ref: from.ref, label: from.label, doc: from.data.doc },
    to: to && { ref: to.ref, label: to.label, doc: to.data.doc },
    changes, comments, projects,
  };
}

/** ?from=2 / ?to=draft from the URL; anything else is ignored. */
export function parseVersionRef(value: string | undefined): VersionRef | undefined {
  if (value === "draft") return "draft";
  return value && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}
