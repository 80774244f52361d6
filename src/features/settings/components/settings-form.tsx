"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import { saveSettings } from "../actions";
import { AUDIT_RETENTION_MIN_DAYS, type DeploymentSettings } from "../schemas";

export function SettingsForm({ settings, stamp }: { settings: DeploymentSettings; stamp: string }) {
  return (
    <ActionForm action={saveSettings} submitLabel="保存设置">
      <Hidden name="stamp" value={stamp} />
      <FormGrid>
        <TextField name="platformName" label="平台名称" required defaultValue={settings.platformName} hint="显示在页面标题和页眉" />
        <TextField
          name="auditRetentionDays"
          label="审计日志保存天数"
          type="number"
          required
          defaultValue={String(settings.auditRetentionDays)}
          hint={`不少于 ${AUDIT_RETENTION_MIN_DAYS} 天（《网络安全法》要求网络日志留存不少于六个月）`}
        />
        <TextField name="supportContact" label="技术支持联系方式" defaultValue={settings.supportContact} className="md:col-span-2" placeholder="如：信息科 0871-12345678，工作日 9:00–18:00" />
      </FormGrid>
    </ActionForm>
  );
}
