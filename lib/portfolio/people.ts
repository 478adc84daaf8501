// Made-up customers that look like real ones: Chinese names (romanised, surname first, for English-speaking
// customers), 18-character resident identity numbers with a correct GB 11643 check character, 11-digit mobile
// numbers on real carrier prefixes. None of them is a real person's: they are drawn from a seeded stream.
import { dateFromDay } from "./calendar";
import type { Random } from "./random";
import type { Region } from "./regions";

export interface CustomerRecord {
  fullName: string;
  nationalId: string;
  phone: string;
  language: "ZH" | "EN";
  birthYear: number;
}

/** The commonest surnames with their rough shares (percent), and their romanisation. */
const SURNAMES: readonly (readonly [readonly [string, string], number])[] = [
  [["王", "Wang"], 7.1], [["李", "Li"], 7.0], [["张", "Zhang"], 6.7], [["刘", "Liu"], 5.4], [["陈", "Chen"], 4.5],
  [["杨", "Yang"], 3.1], [["黄", "Huang"], 2.2], [["赵", "Zhao"], 2.0], [["吴", "Wu"], 2.0], [["周", "Zhou"], 1.9],
  [["徐", "Xu"], 1.3], [["孙", "Sun"], 1.3], [["马", "Ma"], 1.2], [["朱", "Zhu"], 1.1], [["胡", "Hu"], 1.1],
  [["郭", "Guo"], 1.1], [["何", "He"], 1.0], [["高", "Gao"], 1.0], [["林", "Lin"], 1.0], [["罗", "Luo"], 0.9],
  [["郑", "Zheng"], 0.9], [["梁", "Liang"], 0.9], [["谢", "Xie"], 0.7], [["宋", "Song"], 0.7], [["唐", "Tang"], 0.7],
  [["韩", "Han"], 0.6], [["冯", "Feng"], 0.6], [["邓", "Deng"], 0.6], [["曹", "Cao"], 0.6], [["彭", "Peng"], 0.5],
  [["曾", "Zeng"], 0.5], [["肖", "Xiao"], 0.5], [["田", "Tian"], 0.4], [["董", "Dong"], 0.4], [["袁", "Yuan"], 0.4],
  [["潘", "Pan"], 0.4], [["蒋", "Jiang"], 0.4], [["蔡", "Cai"], 0.4], [["杜", "Du"], 0.4], [["叶", "Ye"], 0.4],
  [["程", "Cheng"], 0.4], [["苏", "Su"], 0.3], [["魏", "Wei"], 0.3], [["吕", "Lyu"], 0.3], [["丁", "Ding"], 0.3],
  [["任", "Ren"], 0.3], [["沈", "Shen"], 0.3], [["欧阳", "Ouyang"], 0.05], [["司马", "Sima"], 0.02],
];

const GIVEN_NAME_CHARACTERS: readonly (readonly [string, string])[] = [
  ["伟", "wei"], ["芳", "fang"], ["娜", "na"], ["敏", "min"], ["静", "jing"], ["丽", "li"], ["强", "qiang"],
  ["磊", "lei"], ["军", "jun"], ["洋", "yang"], ["勇", "yong"], ["艳", "yan"], ["杰", "jie"], ["娟", "juan"],
  ["涛", "tao"], ["明", "ming"], ["超", "chao"], ["秀", "xiu"], ["霞", "xia"], ["平", "ping"], ["刚", "gang"],
  ["英", "ying"], ["华", "hua"], ["文", "wen"], ["辉", "hui"], ["建", "jian"], ["玲", "ling"], ["婷", "ting"],
  ["鑫", "xin"], ["宇", "yu"], ["浩", "hao"], ["俊", "jun"], ["欣", "xin"], ["怡", "yi"], ["子", "zi"], ["涵", "han"],
  ["轩", "xuan"], ["晨", "chen"], ["雨", "yu"], ["嘉", "jia"], ["博", "bo"], ["思", "si"], ["佳", "jia"], ["琪", "qi"],
  ["晓", "xiao"], ["志", "zhi"], ["海", "hai"], ["燕", "yan"], ["鹏", "peng"], ["飞", "fei"], ["丹", "dan"],
  ["云", "yun"], ["波", "bo"], ["红", "hong"], ["斌", "bin"], ["亮", "liang"], ["凯", "kai"], ["雪", "xue"],
  ["倩", "qian"], ["颖", "ying"], ["瑞", "rui"], ["泽", "ze"], ["诺", "nuo"], ["安", "an"], ["然", "ran"],
  ["昊", "hao"], ["天", "tian"], ["琳", "lin"], ["慧", "hui"], ["萍", "ping"], ["成", "cheng"], ["东", "dong"],
];

/** Mobile number prefixes of China Mobile, Unicom and Telecom. */
const PHONE_PREFIXES = [
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
  "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187",
  "188", "189", "191", "198", "199",
];

/** Age bands of consumer-credit customers at the as-of date, with their shares. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[20, 24], 15], [[25, 34], 38], [[35, 44], 27], [[45, 54], 14], [[55, 64], 6],
];

const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

/** The GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17 digits of an identity number. */
export function nationalIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * CHECK_WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

function digits(random: Random, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

/** `minimumAge`: old enough to have been an adult when the account was opened. */
export function generateCustomer(random: Random, region: Region, asOfDay: number, minimumAge: number): CustomerRecord {
  const [surname, surnameLatin] = random.weighted(SURNAMES);
  const given = Array.from({ length: random.chance(0.75) ? 2 : 1 }, () => random.pick(GIVEN_NAME_CHARACTERS));
  const language = random.chance(0.08) ? "EN" : "ZH";
  const givenLatin = given.map(([, latin]) => latin).join("");
  const fullName =
    language === "EN"
      ? `${surnameLatin} ${givenLatin[0].toUpperCase()}${givenLatin.slice(1)}`
      : surname + given.map(([character]) => character).join("");

  const [youngest, oldest] = random.weighted(AGE_BANDS);
  const age = Math.max(minimumAge, random.int(youngest, oldest));
  const birthYear = dateFromDay(asOfDay).getUTCFullYear() - age;
  const birthDate = new Date(Date.UTC(birthYear, 0, random.int(1, 365)));
  const yyyymmdd = birthDate.toISOString().slice(0, 10).replaceAll("-", "");
  const area = `${region.division}${String(random.int(1, 15)).padStart(2, "0")}${String(random.int(1, 28)).padStart(2, "0")}`;
  const first17 = `${area}${yyyymmdd}${digits(random, 3)}`;

  return {
    fullName,
    nationalId: first17 + nationalIdCheckCharacter(first17),
    phone: random.pick(PHONE_PREFIXES) + digits(random, 8),
    language,
    birthYear: birthDate.getUTCFullYear(),
  };
}
