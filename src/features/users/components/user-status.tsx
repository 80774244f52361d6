import { Badge } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";

type Status = { isActive: boolean; mustChangePassword: boolean; lockedUntil: Date | null };

export function isLockedNow(user: Pick<Status, "lockedUntil">, now = new Date()): boolean {
  return !!user.lockedUntil && user.lockedUntil > now;
}

export function UserStatusBadges({ user }: { user: Status }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {user.isActive ? <Badge tone="green">正常</Badge> : <Badge tone="red">已停用</Badge>}
      {isLockedNow(user) && <Badge tone="red">锁定至 {formatDateTime(user.lockedUntil)}</Badge>}
      {user.mustChangePassword && <Badge tone="amber">待修改初始密码</Badge>}
    </span>
  );
}

type MembershipUnits = { bureau: { name: string } | null; streetOffice: { name: string } | null; station: { name: string } | null; contractor: { name: string } | null };

export function unitNameOf(m: MembershipUnits): string | null {
  return m.bureau?.name ?? m.streetOffice?.name ?? m.station?.name ?? m.contractor?.name ?? null;
}
