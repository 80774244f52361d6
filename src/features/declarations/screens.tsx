// The pages of a declaration, the same in each area (/bureau, /street, /contractor): the routes only say which
// area they are in. Server components; notFound() when the actor does not reach the declaration.
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Card, PageHeader } from "@/components/ui/card";
import { PrintForms } from "@/features/print/components";
import { PrintToolbar } from "@/features/print/toolbar";
import { formatDate } from "@/lib/dates";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { DeclarationEditor } from "./components/declaration-editor";
import { declarationPrintSpecs } from "./components/declaration-print";
import { declarationForPrint } from "./components/declaration-print-data";
import { DeclarationTabs } from "./components/declaration-tabs";
import { DeclarationView } from "./components/declaration-view";
import { DeclarationImportForm } from "./components/import-form";
import { NewDeclarationForm } from "./components/new-declaration-form";
import { DeclarationReviewPanel } from "./components/review-panel";
import { declarationHref, type DeclarationArea } from "./doc";
import { declarationHeader, declarationPage } from "./queries";

type Screen = { id: string; area: DeclarationArea };

/** Every page of one declaration: its title block and tabs (修改 only for the declaring unit, while it may edit). */
export async function DeclarationFrame({ id, area, children }: Screen & { children: ReactNode }) {
  const actor = await requireActor();
  const header = await declarationHeader(actor, id);
  if (!header) notFound();
  const managed = can(actor, "declaration:manage") ? await declarationHeader(actor, id, "declaration:manage") : null;
  const canEdit = !!managed && (managed.status === "DRAFT" || managed.status === "RETURNED");
  return (
    <div className="space-y-4">
      <DeclarationTabs header={header} area={area} canEdit={canEdit} />
      {children}
    </div>
  );
}

/** 申报表: the form as filed, the sum findings and comments on their parts, and the review. */
export async function DeclarationScreen({ id, area }: Screen) {
  const actor = await requireActor();
  const data = await declarationPage(actor, id);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <DeclarationView
        doc={data.doc}
        findings={data.findings}
        comments={data.review.latestComments}
        projects={data.header.kind === "DEPARTMENT" ? data.header.projects : undefined}
        area={area}
      />
      <DeclarationReviewPanel data={data} area={area} />
    </div>
  );
}

/** 修改 (the declaring unit, while a draft or returned): the editor, and the Excel import beside it. */
export async function DeclarationEditScreen({ id, area }: Screen) {
  const actor = await requireActor();
  const data = await declarationPage(actor, id);
  if (!data || !data.canEdit) notFound();
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_17rem]">
      <Card>
        <DeclarationEditor
          id={id}
          version={data.header.version}
          doc={data.doc}
          area={area}
          comments={data.review.latestComments}
          unitName={data.header.unit.name}
          projects={data.header.kind === "DEPARTMENT" ? data.header.projects : undefined}
        />
      </Card>
      <aside className="space-y-4">
        <Card title="从 Excel 导入">
          <DeclarationImportForm id={id} version={data.header.version} />
        </Card>
      </aside>
    </div>
  );
}

/** 新建申报 (the declaring unit); a parent opens a project under one of its department-wide declarations. */
export async function NewDeclarationScreen({ parentId }: { parentId?: string }) {
  const actor = await requireActor();
  if (!can(actor, "declaration:manage")) notFound();
  const parent = parentId ? await declarationHeader(actor, parentId, "declaration:manage") : null;
  if (parentId && (!parent || parent.kind !== "DEPARTMENT")) notFound();
  const nextYear = Number(formatDate(new Date()).slice(0, 4)) + 1;
  return (
    <>
      <PageHeader title="新建绩效目标申报表" description="先定类型、年度和名称，建好后逐项填写申报表" />
      <Card>
        <NewDeclarationForm defaultYear={nextYear} parent={parent ? { id: parent.id, name: parent.name, year: parent.year } : null} />
      </Card>
    </>
  );
}

/** 打印: A4 sheets in the seed's layout (the print is audited). */
export async function DeclarationPrintScreen({ id, area }: Screen) {
  const actor = await requireActor();
  const data = await declarationForPrint(actor, id);
  if (!data) notFound();
  const specs = declarationPrintSpecs(data.doc, data.projects);
  return (
    <>
      <PrintToolbar backHref={declarationHref(area, id)} backLabel={data.header.name} specs={specs} />
      <PrintForms specs={specs} />
    </>
  );
}
