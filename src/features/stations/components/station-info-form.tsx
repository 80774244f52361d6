"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import { updateStationInfo } from "../actions";
import { DEFAULT_OPENING_HOURS } from "../schemas";

type Station = { id: string; version: number; address: string; openingHours: string; phone: string | null };

/** What the station's head and deputy may keep current themselves. */
export function StationInfoForm({ station }: { station: Station }) {
  return (
    <ActionForm action={updateStationInfo} submitLabel="保存修改">
      <Hidden name="id" value={station.id} />
      <Hidden name="version" value={station.version} />
      <FormGrid>
        <TextField name="address" label="站点地址" required defaultValue={station.address} className="md:col-span-2" />
        <TextField name="openingHours" label="开放时间" defaultValue={station.openingHours} hint={`留空即为默认：${DEFAULT_OPENING_HOURS}`} />
        <TextField name="phone" label="联系电话" defaultValue={station.phone} placeholder="0871-12345678" />
      </FormGrid>
    </ActionForm>
  );
}
