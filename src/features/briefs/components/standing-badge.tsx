import { Badge } from "@/components/ui/card";
import { BRIEF_STANDING_LABELS } from "@/lib/labels";
import { BRIEF_STANDING_TONE } from "../labels";
import type { BriefStanding } from "../standing";

export function BriefStandingBadge({ standing }: { standing: BriefStanding }) {
  return <Badge tone={BRIEF_STANDING_TONE[standing]}>{BRIEF_STANDING_LABELS[standing]}</Badge>;
}
