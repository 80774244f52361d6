import { z } from "zod";
import { optionalPhone, optionalText, requiredText, version } from "@/lib/fields";

export const streetOfficeSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  version: version(),
  name: requiredText("街道（乡镇）名称", 50).refine((v) => /(街道|镇|乡)$/.test(v), "名称应以“街道”“镇”或“乡”结尾，如“龙城街道”"),
  code: optionalText("区划代码", 12).refine((v) => v === null || /^\d{9}(\d{3})?$/.test(v), "区划代码应为 9 位或 12 位数字"),
  address: optionalText("办公地址", 200),
  phone: optionalPhone("联系电话"),
});
export type StreetOfficeInput = z.input<typeof streetOfficeSchema>;
