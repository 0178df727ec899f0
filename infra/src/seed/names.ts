// Chinese personal and company names: weighted common surnames, era-flavoured given names.
import { type Rng, Weighted } from './prng';

/** Surnames with approximate shares (per mille) of the population, after the public household-register statistics. */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 71],
  ['李', 70],
  ['张', 67],
  ['刘', 54],
  ['陈', 45],
  ['杨', 31],
  ['黄', 22],
  ['赵', 20],
  ['吴', 20],
  ['周', 19],
  ['徐', 15],
  ['孙', 15],
  ['马', 13],
  ['朱', 13],
  ['胡', 13],
  ['郭', 11],
  ['何', 11],
  ['高', 10],
  ['林', 10],
  ['罗', 9],
  ['郑', 9],
  ['梁', 9],
  ['谢', 8],
  ['宋', 8],
  ['唐', 7],
  ['许', 7],
  ['韩', 7],
  ['冯', 7],
  ['邓', 7],
  ['曹', 7],
  ['彭', 6],
  ['曾', 6],
  ['肖', 6],
  ['田', 6],
  ['董', 5],
  ['袁', 5],
  ['潘', 5],
  ['于', 5],
  ['蒋', 5],
  ['蔡', 5],
  ['余', 5],
  ['杜', 5],
  ['叶', 5],
  ['程', 5],
  ['苏', 4],
  ['魏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['沈', 4],
  ['姚', 4],
  ['卢', 4],
  ['姜', 4],
  ['崔', 4],
  ['钟', 4],
  ['谭', 3],
  ['陆', 3],
  ['汪', 3],
  ['范', 3],
  ['金', 3],
  ['石', 3],
  ['廖', 3],
  ['贾', 3],
  ['夏', 3],
  ['韦', 3],
  ['付', 3],
  ['方', 3],
  ['白', 3],
  ['邹', 3],
  ['孟', 3],
  ['熊', 3],
  ['秦', 3],
  ['邱', 3],
  ['江', 3],
  ['尹', 3],
  ['薛', 3],
  ['闫', 3],
  ['段', 3],
  ['雷', 3],
  ['侯', 3],
  ['龙', 3],
  ['史', 3],
  ['陶', 2],
  ['黎', 2],
  ['贺', 2],
  ['顾', 2],
  ['毛', 2],
  ['郝', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['钱', 2],
  ['严', 2],
  ['覃', 2],
  ['武', 2],
  ['戴', 2],
  ['莫', 2],
  ['孔', 2],
  ['向', 2],
  ['汤', 2],
  ['欧阳', 0.5],
  ['司马', 0.1],
  ['诸葛', 0.1],
  ['上官', 0.1],
];

// Given-name characters by gender and by generation: 建国 and 秀英 are as dated as 子轩 and 欣怡 are young.
const GIVEN = {
  M: {
    old: '国建华军明德文志平福海忠保林春生永庆振兴荣学良成刚强伟东红卫'.split(''),
    mid: '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊峰亮建新斌晨龙洋'.split(''),
    young: '子轩浩宇梓睿泽一航天博文俊逸昊然宇辰铭晨阳锦嘉思源奕皓煜佑安'.split(''),
  },
  F: {
    old: '秀英桂兰玉珍凤华芳淑敏丽梅琴云霞素娟翠红荣美淑萍金爱莲'.split(''),
    mid: '芳娜敏静丽艳娟霞婷雪慧颖琳倩洁燕萍红玲晶晓丹蕾薇燕璐'.split(''),
    young: '欣怡梓涵雨萱诗琪可馨佳悦梦瑶思彤语桐一诺子若依沐雪晨紫妍'.split(''),
  },
} as const;

const surnames = new Weighted(SURNAMES);

function era(birthYear: number): 'old' | 'mid' | 'young' {
  return birthYear < 1968 ? 'old' : birthYear < 1988 ? 'mid' : 'young';
}

/** A Chinese personal name: surname + one (about a third) or two given-name characters. */
export function personName(rng: Rng, gender: 'M' | 'F', birthYear: number): string {
  const pool = GIVEN[gender][era(birthYear)];
  const surname = surnames.pick(rng);
  const first = pool[rng.int(pool.length)];
  if (rng.chance(0.32)) return surname + first;
  let second = pool[rng.int(pool.length)];
  if (second === first && rng.chance(0.7)) second = pool[rng.int(pool.length)]; // 婷婷 happens, but rarely
  return surname + first + second;
}

// 字号 (trade names), 行业 (line of business), 组织形式 (legal form)
const TRADE_CHARS = '恒信华泰鼎盛瑞丰宏达金诚嘉禾永安博远中联天成新源同创汇通明德兴隆聚福宝利众合东方卓越安康正大'.split('');
const INDUSTRIES: ReadonlyArray<readonly [string, number]> = [
  ['科技', 10],
  ['信息技术', 5],
  ['网络科技', 5],
  ['贸易', 8],
  ['商贸', 5],
  ['建筑工程', 4],
  ['建材', 3],
  ['餐饮管理', 4],
  ['物流', 4],
  ['供应链管理', 2],
  ['医药', 3],
  ['医疗器械', 2],
  ['文化传媒', 4],
  ['广告', 2],
  ['电子', 3],
  ['机械设备', 3],
  ['企业管理咨询', 3],
  ['环保科技', 2],
  ['食品', 3],
  ['服装', 2],
  ['房地产开发', 2],
  ['物业管理', 2],
  ['教育科技', 2],
  ['汽车销售服务', 2],
  ['装饰工程', 3],
  ['新能源', 2],
  ['投资管理', 1],
];
const LEGAL_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['有限公司', 80],
  ['有限责任公司', 12],
  ['股份有限公司', 8],
];
const industries = new Weighted(INDUSTRIES);
const legalForms = new Weighted(LEGAL_FORMS);

/** e.g. 北京恒信科技有限公司 */
export function companyName(rng: Rng, cityShort: string): string {
  const a = TRADE_CHARS[rng.int(TRADE_CHARS.length)];
  let b = TRADE_CHARS[rng.int(TRADE_CHARS.length)];
  while (b === a) b = TRADE_CHARS[rng.int(TRADE_CHARS.length)];
  return cityShort + a + b + industries.pick(rng) + legalForms.pick(rng);
}
