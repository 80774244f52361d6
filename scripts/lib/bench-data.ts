// Fixtures of the benchmark's generated district (npm run bench): names, ID numbers, a seeded random
// generator, ids, calendar arithmetic and pools of narrative texts encrypted once and reused (encrypting
// a million narratives one by one would dominate the generation time; the pages decrypt them as usual).
import { randomBytes } from "node:crypto";
import { encryptField } from "../../src/server/crypto";
import { SIGN_ROLE_LABELS } from "../../src/lib/labels";
import { idNumberCheckChar } from "../../src/lib/validators";

export const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
const GIVEN = "秀英桂芳建华丽娟志强海燕春梅晓东文静俊杰玉兰明辉雪梅国庆红霞子涵雨轩思远欣怡浩然";

/** The i-th generated client's name (many share a surname and given-name pair, as in a real district). */
export const nameOf = (i: number) =>
  SURNAMES[i % SURNAMES.length] + GIVEN.slice((i * 2) % GIVEN.length, ((i * 2) % GIVEN.length) + 2) + (i % 7 === 0 ? "" : String.fromCharCode(0x4e00 + (i % 2000)));

/** Unique valid ID numbers: birth day = i mod 20000 days after 1930-01-01, sequence from i / 20000. */
export const idOf = (i: number) => {
  const birth = new Date(Date.UTC(1930, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `530114${birth}${String(Math.floor(i / 20000) * 2 + (i % 2)).padStart(3, "0")}`;
  return first17 + idNumberCheckChar(first17);
};

/** FNV-1a of a string: the seed of a row's own random stream, so a rerun plans the same rows. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Rng = {
  /** [0, 1) */
  next: () => number;
  /** integer in [min, max] */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

/** mulberry32: small, fast, deterministic. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** A cuid-shaped id (25 characters, starting with "c") for rows inserted with raw SQL. */
export const newId = () => `c${randomBytes(12).toString("hex")}`;

export const DAY_MS = 86_400_000;

/** UTC midnight of a calendar date. */
export const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** YYYY-MM-DD of a UTC-midnight date (for `date` columns). */
export const ymd = (date: Date) => date.toISOString().slice(0, 10);

/** n working days after `start`, weekends skipped (holidays ignored: benchmark data only). */
export function addWeekdays(start: Date, n: number): Date {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d;
}

/** A weekday on or after `date`. */
export function weekdayOnOrAfter(date: Date): Date {
  let d = date;
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = addDays(d, 1);
  return d;
}

const TEXTS = {
  situation: [
    "服务对象独居，子女在外地务工，平日与邻居往来较少，近期因腿脚不便外出困难，生活照料存在缺口。",
    "服务对象与老伴同住，老伴患有阿尔茨海默病，服务对象长期承担照护责任，身心压力较大，睡眠不好。",
    "服务对象为低保户，家庭收入主要依靠低保金和零工，孩子读初中，学习费用给家庭带来一定压力。",
    "服务对象半年前丧偶，情绪低落，较少参加社区活动，子女担心其心理状况，主动联系社工站求助。",
    "服务对象患有慢性病，需要长期服药，对医保报销政策不了解，曾多次往返医院和街道办事处咨询。",
    "服务对象为残疾人，出行依靠轮椅，居住楼层较高，无电梯，希望了解无障碍改造和居家服务政策。",
  ],
  before: [
    "曾接受社区网格员定期探访，领取过临时救助。",
    "曾尝试向亲友求助，效果有限；未接受过专业服务。",
    "曾参加社区老年协会活动，后因身体原因中断。",
    "家属曾为其联系家政服务，因费用问题未能持续。",
  ],
  assessment: [
    "身体状况一般，血压偏高，日常起居基本可以自理，但需要他人协助购物和就医。",
    "情绪较为低落，自述常感孤独，对未来缺乏信心，但愿意与社工交流，沟通意愿较强。",
    "社会支持网络薄弱，与子女联系以电话为主，邻里关系尚可，社区资源利用不足。",
    "居住环境老旧，卫生间无扶手，存在跌倒风险；周边有社区卫生服务站和老年食堂。",
    "服务对象认为自己给家人添了麻烦，希望能够多做一些力所能及的事情，保持独立。",
    "需要：就医陪同、居家安全改造、情绪支持；优势：性格开朗、有固定收入、邻里愿意帮忙。",
    "服务目标：一、协助链接居家养老服务；二、改善情绪状态；三、扩展社会支持网络。",
    "初步计划：每两周面谈一次，链接社区志愿者每周探访，协助申请适老化改造补贴。",
  ],
  plan: [
    "服务对象存在生活照料和情绪支持两方面需求，社会支持系统有待加强。",
    "短期目标：一个月内完成居家安全评估并链接志愿者探访；长期目标：三个月内建立稳定的支持网络。",
    "第一阶段建立专业关系、完成评估；第二阶段链接资源、开展情绪疏导；第三阶段巩固成效、准备结案。",
    "同意该计划，注意服务对象的情绪变化，必要时及时转介心理咨询资源。",
  ],
  session: [
    "了解服务对象近期生活状况，回顾上次介入后的变化，巩固专业关系。",
    "服务对象表示近一周睡眠有所改善，但提到女儿春节不能回家时情绪低落。社工运用同理心回应，引导其表达感受，服务对象逐渐平静，并主动谈到想参加社区的合唱活动。",
    "社工陪同服务对象到社区卫生服务站复诊，协助其了解医保报销流程。服务对象表示以前觉得手续很复杂，现在清楚多了，愿意下次自己尝试办理。",
    "本次介入中服务对象表达较为积极，社工应注意避免替代服务对象做决定，更多发挥其自身能力。",
    "下次介入计划：与服务对象一起梳理可利用的社区资源，商定参加兴趣小组的时间。",
    "介入过程顺利，建议下阶段关注服务对象家庭成员的参与。",
  ],
  evaluation: [
    "社工定期上门探访、陪同就医、链接志愿者服务和适老化改造。",
    "现在遇到事情知道可以找谁，自己也能办一些手续了。",
    "服务目标基本达成，服务对象生活照料问题得到缓解。",
    "社工服务认真负责，希望以后还能参加社区活动。",
    "服务过程规范，记录完整，介入方法恰当。",
    "负责社工专业关系把握较好，能够发挥服务对象的优势。",
  ],
  closure: [
    "服务时间约四个月，共开展面谈和家访若干次，方式以面谈、家访、电话跟进相结合。",
    "服务对象情绪明显改善，已建立稳定的志愿者探访关系，居家安全隐患已消除。",
    "服务对象表示愿意结案，对今后生活有信心，知道有需要时如何联系社工站。",
    "服务对象能力有所提升，家庭支持增强，建议结案后一个月电话回访一次。",
    "结案后第一个月电话回访，第三个月上门回访一次。",
  ],
  visit: [
    "入户了解高龄、独居老人近期身体和生活情况，宣传防诈骗知识和冬季用电安全，登记服务需求。",
    "电话探访困难家庭，了解近期就业和子女就学情况，告知临时救助申请渠道。",
    "走访留守儿童家庭，了解学习和监护情况，发放学习用品，邀请参加周末课业辅导小组。",
    "探访残疾人家庭，了解康复需求，协助预约社区康复站服务。",
  ],
  comment: ["请补充服务目标的可衡量指标。", "同意。", "已阅，按计划执行。"],
} as const;

export type NarrativePools = { [K in keyof typeof TEXTS]: string[] } & { signRole: Record<"WORKER" | "SUPERVISOR" | "STATION_HEAD", string> };

/** Each text encrypted three times (different IVs), so rows do not all share one ciphertext. */
export function narrativePools(): NarrativePools {
  const pools = Object.fromEntries(
    Object.entries(TEXTS).map(([k, texts]) => [k, texts.flatMap((t) => [encryptField(t), encryptField(t), encryptField(t)])]),
  ) as { [K in keyof typeof TEXTS]: string[] };
  // The sign step records the role's label as the event comment (SIGN_ROLE_LABELS).
  return { ...pools, signRole: { WORKER: encryptField(SIGN_ROLE_LABELS.WORKER), SUPERVISOR: encryptField(SIGN_ROLE_LABELS.SUPERVISOR), STATION_HEAD: encryptField(SIGN_ROLE_LABELS.STATION_HEAD) } };
}
