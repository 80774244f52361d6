"use server";
import type { ActionState } from "@/server/action";
import { runAction } from "@/server/run-action";
import { saveStaffProfileCommand, type SavedStaffProfile } from "./commands";

const AREAS = ["station", "bureau", "contractor"] as const;

export async function saveStaffProfile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(saveStaffProfileCommand, formData);
  // The form says which work area it lives in (a fixed list, never a URL) so the user stays there.
  const area = AREAS.find((a) => a === formData.get("area"));
  if (state?.ok && area) {
    const saved = state.data as SavedStaffProfile | undefined;
    if (saved) return { ...state, redirectTo: `/${area}/staff/${saved.id}` };
  }
  return state;
}
