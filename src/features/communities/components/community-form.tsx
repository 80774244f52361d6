"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextField } from "@/components/form/fields";
import { COMMUNITY_KIND_LABELS, optionsOf } from "@/lib/labels";
import { saveCommunity } from "../actions";

type Community = { id: string; version: number; streetOfficeId: string; name: string; kind: string; address: string | null };

export function CommunityForm({ community, streets, defaultStreetId }: { community?: Community; streets: { id: string; name: string }[]; defaultStreetId?: string }) {
  return (
    <ActionForm action={saveCommunity} submitLabel={community ? "保存修改" : "新增村（社区）"}>
      {community && <><Hidden name="id" value={community.id} /><Hidden name="version" value={community.version} /></>}
      <FormGrid>
        <SelectField
          name="streetOfficeId"
          label="所属街道（乡镇）"
          required
          defaultValue={community?.streetOfficeId ?? defaultStreetId}
          options={streets.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextField name="name" label="村（社区）名称" required defaultValue={community?.name} placeholder="如：龙街社区、小营村" hint="同一街道（乡镇）内名称不能重复" />
        <SelectField name="kind" label="类型" required defaultValue={community?.kind} options={optionsOf(COMMUNITY_KIND_LABELS)} />
        <TextField name="address" label="地址" defaultValue={community?.address} />
      </FormGrid>
    </ActionForm>
  );
}
