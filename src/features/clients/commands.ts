import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertVersion, defineCommand } from "@/server/action";
import { decryptField, encryptField, idNumberBlindIndex } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { formatCalendarDate } from "@/lib/dates";
import { GENDER_LABELS } from "@/lib/labels";
import { parseIdNumber } from "@/lib/validators";
import { CLIENT_SENSITIVE_FIELDS, type IdCheckResult, maskAddress, maskIdNumber, maskPhone, registeredElsewhereMessage } from "./helpers";
import { clientSchema, idCheckSchema, revealClientSchema } from "./schemas";


/**
 * Looks an ID number up in the actor's district through the blind index (never by decrypting). A record
 * the actor may read is named; any other one only by its station.
 */
async function lookUpIdNumber(tx: Tx, actor: Actor, districtId: string, idNumber: string, exceptId?: string): Promise<IdCheckResult> {
  const existing = await tx.client.findFirst({
    where: { districtId, idNumberIndex: idNumberBlindIndex(idNumber), ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, station: { select: { name: true } } },
  });
  if (!existing) return { status: "none" };
  const readable = await tx.client.findFirst({ where: { AND: [{ id: existing.id }, scope.clients(actor)] }, select: { id: true, name: true } });
  if (readable) return { status: "readable", clientId: readable.id, name: readable.name };
  return { status: "elsewhere", message: registeredElsewhereMessage(existing.station.name) };
}

function duplicateError(found: Exclude<IdCheckResult, { status: "none" }>): AppError {
  if (found.status === "readable") {
    const message = `该身份证号已登记为服务对象「${found.name}」，请直接打开其档案`;
    return new AppError("CONFLICT", message, { idNumber: [message], duplicateOf: [found.clientId] });
  }
  return new AppError("CONFLICT", found.message, { idNumber: [found.message] });
}

/** The stations where the actor registers clients (their SOCIAL_WORKER memberships). */
function workerStationIds(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === "SOCIAL_WORKER" && m.stationId).map((m) => m.stationId!);
}

/** 查重: the first step of registering a client ("search before create"). */
export const checkIdNumberCommand = defineCommand({
  name: "client.check",
  schema: idCheckSchema,
  permission: "client:manage",
  run: async ({ input, actor, tx }) => {
    if (!actor.districtId) throw new AppError("FORBIDDEN");
    const result = await lookUpIdNumber(tx, actor, actor.districtId, input.idNumber);
    // The audit row records that a lookup happened and its outcome, never the number.
    return { detail: { result: result.status }, data: result };
  },
});

function sensitiveValues(input: { idNumber: string | null; phone: string | null; address: string | null; health: string | null; situation: string | null }) {
  return {
    idNumberEnc: encryptField(input.idNumber),
    idNumberIndex: input.idNumber ? idNumberBlindIndex(input.idNumber) : null,
    idNumberMasked: input.idNumber ? maskIdNumber(input.idNumber) : null,
    phoneEnc: encryptField(input.phone),
    phoneMasked: input.phone ? maskPhone(input.phone) : null,
    addressEnc: encryptField(input.address),
    addressMasked: input.address ? maskAddress(input.address) : null,
    healthEnc: encryptField(input.health),
    situationEnc: encryptField(input.situation),
  };
}

/** Create (no id: the actor becomes the responsible worker) or edit (owner only, id + version) a client. */
export const saveClientCommand = defineCommand({
  name: "client.save",
  schema: clientSchema,
  permission: "client:manage",
  uniqueFields: {
    id_number_index: { field: "idNumber", message: registeredElsewhereMessage(null) },
    idNumberIndex: { field: "idNumber", message: registeredElsewhereMessage(null) },
  },
  run: async ({ input, actor, tx }) => {
    const { id, version, stationId: requestedStation, communityId, householdId, householdAddress, members, clear, idNumber, phone, address, health, situation, ...plain } = input;

    let station: { id: string; districtId: string; streetOfficeId: string };
    if (id) {
      const current = await tx.client.findFirst({
        where: { AND: [{ id }, scope.clients(actor, "client:manage")] },
        select: { version: true, idNumberEnc: true, station: { select: { id: true, districtId: true, streetOfficeId: true } } },
      });
      assertVersion(current, version);
      station = current.station;
      // The ID number kept unchanged still decides gender and birth date.
      const kept = !idNumber && !clear.includes("idNumber") ? decryptField(current.idNumberEnc) : null;
      const info = kept ? parseIdNumber(kept) : null;
      if (info) {
        if (info.gender !== plain.gender) throw fieldError("gender", `性别与身份证号不符（身份证号显示为${GENDER_LABELS[info.gender]}）`);
        if (plain.birthDate && formatCalendarDate(plain.birthDate) !== info.birthDate) throw fieldError("birthDate", `出生日期与身份证号不符（身份证号显示为 ${info.birthDate}）`);
        plain.birthDate = new Date(`${info.birthDate}T00:00:00Z`);
      }
    } else {
      const own = workerStationIds(actor);
      const chosen = requestedStation ?? (own.length === 1 ? own[0] : null);
      const found = chosen && own.includes(chosen)
        ? await tx.station.findFirst({ where: { AND: [{ id: chosen }, scope.stations(actor, "client:manage")] }, select: { id: true, districtId: true, streetOfficeId: true } })
        : null;
      if (!found) throw new AppError("NOT_FOUND");
      station = found;
    }

    if (communityId) {
      const community = await tx.community.findFirst({ where: { id: communityId, streetOfficeId: station.streetOfficeId, districtId: station.districtId }, select: { id: true } });
      if (!community) throw fieldError("communityId", "请选择本站所在街道（乡镇）的村（社区）");
    }

    if (idNumber) {
      const found = await lookUpIdNumber(tx, actor, station.districtId, idNumber, id);
      if (found.status !== "none") throw duplicateError(found);
    }

    const sensitive = sensitiveValues({ idNumber, phone, address, health, situation });
    const values = { ...plain, communityId, ...sensitive };

    if (id) {
      // On edit a blank sensitive field is left as it is (the form never shows the plain value) unless cleared.
      const given = { idNumber, phone, address, health, situation };
      const changes: Partial<typeof sensitive> = {};
      for (const field of CLIENT_SENSITIVE_FIELDS) {
        if (given[field] === null && !clear.includes(field)) continue;
        for (const [column, value] of Object.entries(sensitive) as [keyof typeof sensitive, string | null][]) {
          if (column.startsWith(field)) changes[column] = value;
        }
      }
      await tx.client.update({ where: { id }, data: { ...plain, communityId, ...changes, version: { increment: 1 } } });
      return { target: { type: "Client", id }, detail: { stationId: station.id }, message: "服务对象信息已保存", redirectTo: `/station/clients/${id}` };
    }

    // 一户一档: an existing household the actor manages at this station, or a new one.
    let household: { id: string };
    if (householdId) {
      const existing = await tx.household.findFirst({ where: { AND: [{ id: householdId, stationId: station.id }, scope.households(actor, "client:manage")] }, select: { id: true } });
      if (!existing) throw fieldError("householdId", "请选择您负责的服务对象所在的家庭");
      household = existing;
    } else {
      const householdAddr = householdAddress ?? address;
      household = await tx.household.create({
        data: {
          districtId: station.districtId, stationId: station.id, communityId, createdById: actor.userId,
          addressEnc: encryptField(householdAddr), addressMasked: householdAddr ? maskAddress(householdAddr) : null,
        },
        select: { id: true },
      });
    }

    // skipDuplicates turns a concurrent registration of the same ID number (unique per district) into
    // "no row" instead of an aborted transaction, so the same message can be given.
    const data: Prisma.ClientCreateManyInput = {
      ...values, districtId: station.districtId, stationId: station.id, householdId: household.id, ownerId: actor.userId, createdById: actor.userId,
    };
    const [created] = await tx.client.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
    if (!created) {
      const found = idNumber ? await lookUpIdNumber(tx, actor, station.districtId, idNumber) : null;
      throw found && found.status !== "none" ? duplicateError(found) : new AppError("CONFLICT", registeredElsewhereMessage(null));
    }

    if (members.length) {
      await tx.householdMember.createMany({
        data: members.map((m) => ({
          districtId: station.districtId, householdId: household.id, name: m.name, relation: m.relation, age: m.age,
          phoneEnc: encryptField(m.phone), phoneMasked: m.phone ? maskPhone(m.phone) : null, livesTogether: m.livesTogether, employer: m.employer,
        })),
      });
    }

    return {
      target: { type: "Client", id: created.id },
      detail: { stationId: station.id, householdId: household.id, newHousehold: !householdId, members: members.length },
      message: "服务对象已登记",
      redirectTo: `/station/clients/${created.id}`,
    };
  },
});

const CLIENT_COLUMNS = { idNumber: "idNumberEnc", phone: "phoneEnc", address: "addressEnc", health: "healthEnc", situation: "situationEnc" } as const;

/** 查看完整信息: decrypts one field for a reader of the client, with a written reason (audit client.reveal). */
export const revealClientFieldCommand = defineCommand({
  name: "client.reveal",
  schema: revealClientSchema,
  permission: "client:read",
  run: async ({ input, actor, tx }) => {
    const column = CLIENT_COLUMNS[input.field];
    const client = await tx.client.findFirst({
      where: { AND: [{ id: input.clientId }, scope.clients(actor)] },
      select: { id: true, idNumberEnc: true, phoneEnc: true, addressEnc: true, healthEnc: true, situationEnc: true },
    });
    if (!client) throw new AppError("NOT_FOUND");
    const value = decryptField(client[column]);
    return { target: { type: "Client", id: client.id }, detail: { field: input.field, reason: input.reason }, data: { value } };
  },
});
