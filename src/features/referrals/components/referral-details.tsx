import { DefinitionList, Multiline } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import { CONSENT_SIGNER_LABELS, REFERRAL_REASON_LABELS } from "@/lib/labels";
import type { ConsentSigner, ReferralReason } from "@/generated/prisma/enums";
import { REFERRAL_NARRATIVE_LABELS, REFERRAL_NARRATIVES, type ReferralNarrative } from "../schemas";


export type ReferralSheet = {
  fromStationName: string; fromWorkerName: string; fromContact: string | null;
  toName: string; toWorkerName: string | null; toContact: string | null;
  reason: ReferralReason; reasonNote: string | null;
  consentedOn: Date | null; consentSigner: ConsentSigner | null; consentGuardianName?: string | null;
} & Record<ReferralNarrative, string | null>;

/** The 个案工作转介表 as read (sender's page and receiver's inbox). */
export function ReferralSheetView({ referral, client }: { referral: ReferralSheet; client?: { name: string; gender: string; age: number | null; phoneMasked: string | null } }) {
  return (
    <DefinitionList
      items={[
        { label: "转出社工站", value: referral.fromStationName },
        { label: "转出社工", value: `${referral.fromWorkerName}${referral.fromContact ? `（${referral.fromContact}）` : ""}` },
        { label: "转入机构/社工站", value: referral.toName },
        { label: "转入社工", value: `${referral.toWorkerName ?? ""}${referral.toContact ? `（${referral.toContact}）` : ""}` },
        ...(client
          ? [
              { label: "服务对象", value: client.name },
              { label: "性别", value: client.gender },
              { label: "年龄", value: client.age === null ? null : `${client.age} 岁` },
              { label: "联系电话", value: client.phoneMasked },
            ]
          : []),
        { label: "转介原因", value: `${REFERRAL_REASON_LABELS[referral.reason]}${referral.reasonNote ? `（${referral.reasonNote}）` : ""}` },
        ...REFERRAL_NARRATIVES.map((k) => ({ label: REFERRAL_NARRATIVE_LABELS[k], value: <Multiline value={referral[k]} /> })),
        {
          label: "转介同意书",
          value: referral.consentedOn
            ? `${formatCalendarDate(referral.consentedOn)} ${referral.consentSigner ? CONSENT_SIGNER_LABELS[referral.consentSigner] : ""}${referral.consentGuardianName ? `（监护人：${referral.consentGuardianName}）` : ""}`
            : <span className="text-red-700">未签署</span>,
        },
      ]}
    />
  );
}
