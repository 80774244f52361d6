// Demo clients of worker.longcheng (龙城街道社会工作服务站): eight fictional people in three households.
// Every sensitive value goes through the application's field encryption, like the app itself writes it.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { ClientCategory, Gender, RiskLevel, ServiceDomain } from "../../src/generated/prisma/enums";
import { encryptField, idNumberBlindIndex } from "../../src/server/crypto";
import { maskAddress, maskIdNumber, maskPhone } from "../../src/features/clients/helpers";
import { makeIdNumber } from "./factories";

type Db = Pick<PrismaClient, "household" | "householdMember" | "client">;

type DemoClient = {
  name: string; gender: Gender; birth: string | null; phone: string | null; categories: ClientCategory[]; risk: RiskLevel; domain: ServiceDomain;
  health: string; situation: string; policies: string | null;
};

type DemoHousehold = {
  address: string;
  members: { name: string; relation: string; age: number; phone: string | null; livesTogether: boolean; employer: string | null }[];
  clients: DemoClient[];
};

const HOUSEHOLDS: DemoHousehold[] = [
  {
    address: "昆明市呈贡区龙城街道龙街社区彩云路 12 号 3 栋 101 室",
    members: [
      { name: "赵建明", relation: "儿子", age: 52, phone: "13887100101", livesTogether: false, employer: "广东东莞某电子厂" },
      { name: "赵丽", relation: "女儿", age: 48, phone: "13887100102", livesTogether: false, employer: "昆明市官渡区某超市" },
    ],
    clients: [
      { name: "赵德顺", gender: "MALE", birth: "1941-04-18", phone: "13887100103", categories: ["ADVANCED_AGE", "EMPTY_NEST"], risk: "MEDIUM", domain: "ELDERLY", health: "高血压、糖尿病，行走需拐杖", situation: "与老伴同住，子女在外地务工，每月电话联系一次；社区邻里关系较好。", policies: "高龄津贴" },
      { name: "钱桂芬", gender: "FEMALE", birth: "1944-09-02", phone: null, categories: ["ADVANCED_AGE", "DISABLED_ELDERLY"], risk: "HIGH", domain: "ELDERLY", health: "中风后半身不遂，长期卧床", situation: "由老伴照料，照护压力大，近期跌倒一次。", policies: "高龄津贴、失能老人护理补贴" },
    ],
  },
  {
    address: "昆明市呈贡区龙城街道三台社区三台村 45 号",
    members: [
      { name: "孙国强", relation: "父亲", age: 38, phone: "13887100201", livesTogether: false, employer: "浙江宁波某建筑工地" },
      { name: "周秀英", relation: "祖母", age: 67, phone: "13887100202", livesTogether: true, employer: null },
    ],
    clients: [
      { name: "孙小雨", gender: "FEMALE", birth: "2015-06-21", phone: null, categories: ["LEFT_BEHIND_CHILD"], risk: "LOW", domain: "CHILDREN", health: "身体健康", situation: "父母在外务工，由祖母照顾；四年级，数学成绩偏弱，性格内向。", policies: null },
      { name: "孙小龙", gender: "MALE", birth: null, phone: null, categories: ["LEFT_BEHIND_CHILD"], risk: "NONE", domain: "CHILDREN", health: "身体健康", situation: "五岁，尚未办理身份证，在社区幼儿园就读。", policies: null },
      { name: "周秀英", gender: "FEMALE", birth: "1959-11-08", phone: "13887100202", categories: ["LEFT_BEHIND_ELDERLY", "LOW_INCOME"], risk: "LOW", domain: "ELDERLY", health: "腰椎间盘突出", situation: "独自照顾两个孙辈，经济依靠儿子汇款。", policies: "低收入家庭认定" },
    ],
  },
  {
    address: "昆明市呈贡区龙城街道梅子社区梅园小区 8 栋 2 单元 502 室",
    members: [{ name: "吴海燕", relation: "妻子", age: 44, phone: "13887100301", livesTogether: true, employer: "梅子社区保洁公司" }],
    clients: [
      { name: "吴志刚", gender: "MALE", birth: "1979-02-14", phone: "13887100302", categories: ["DISABILITY", "MINIMUM_LIVING"], risk: "MEDIUM", domain: "DISABILITY", health: "肢体二级残疾（工伤致右腿截肢）", situation: "失业在家，情绪低落，与妻子关系紧张；有重新就业意愿。", policies: "城乡低保、残疾人两项补贴" },
      { name: "吴思琪", gender: "FEMALE", birth: "2011-08-30", phone: null, categories: ["CHILD_IN_DIFFICULTY"], risk: "LOW", domain: "CHILDREN", health: "身体健康", situation: "初二，学习成绩中等，受家庭气氛影响偶有厌学。", policies: "困境儿童基本生活补贴" },
      { name: "吴海燕", gender: "FEMALE", birth: "1982-05-05", phone: "13887100301", categories: ["LOW_INCOME"], risk: "NONE", domain: "SOCIAL_ASSISTANCE", health: "身体健康", situation: "家庭主要劳动力，收入不稳定。", policies: null },
    ],
  },
];

export async function seedDemoClients(
  tx: Db,
  { districtId, stationId, workerId, communityIds, region = "530114" }: { districtId: string; stationId: string; workerId: string; communityIds: string[]; region?: string },
): Promise<{ clients: number; households: number }> {
  let serial = 0;
  let clients = 0;
  for (const [i, h] of HOUSEHOLDS.entries()) {
    const communityId = communityIds[i % communityIds.length] ?? null;
    const household = await tx.household.create({
      data: { districtId, stationId, communityId, createdById: workerId, addressEnc: encryptField(h.address), addressMasked: maskAddress(h.address) },
    });
    await tx.householdMember.createMany({
      data: h.members.map((m) => ({
        districtId, householdId: household.id, name: m.name, relation: m.relation, age: m.age, livesTogether: m.livesTogether, employer: m.employer,
        phoneEnc: encryptField(m.phone), phoneMasked: m.phone ? maskPhone(m.phone) : null,
      })),
    });
    for (const c of h.clients) {
      const idNumber = c.birth ? makeIdNumber(region, c.birth, 31 + serial++, c.gender) : null;
      await tx.client.create({
        data: {
          districtId, stationId, householdId: household.id, communityId, ownerId: workerId, createdById: workerId,
          name: c.name, gender: c.gender, birthDate: c.birth ? new Date(`${c.birth}T00:00:00Z`) : new Date(Date.UTC(2021, 2, 9)),
          idNumberEnc: encryptField(idNumber), idNumberIndex: idNumber ? idNumberBlindIndex(idNumber) : null, idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
          phoneEnc: encryptField(c.phone), phoneMasked: c.phone ? maskPhone(c.phone) : null,
          addressEnc: encryptField(h.address), addressMasked: maskAddress(h.address),
          healthEnc: encryptField(c.health), situationEnc: encryptField(c.situation), policiesReceived: c.policies,
          categories: c.categories, riskLevel: c.risk, serviceDomain: c.domain,
        },
      });
      clients++;
    }
  }
  return { clients, households: HOUSEHOLDS.length };
}
