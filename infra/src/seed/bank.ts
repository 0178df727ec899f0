// The demo bank's structure: head office, 4 branches, 10 sub-branches, 40 outlets; departments;
// staff in every position. Hand-written where a person would notice (names, places), generated
// (deterministically) where nobody would (staff names).
import { DEPARTMENTS, type DepartmentCode, type OrgLevel, type Role } from '@crm/shared-types';
import { cityOfBranch } from './geo';
import { personName } from './names';
import type { Rng } from './prng';

/** The one password of every seeded staff member — printed by the launcher, never used outside a demo. */
export const DEMO_PASSWORD = 'demo1234';

export interface OrgUnitRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  level: OrgLevel;
  parentId: number | null;
  path: string;
}

/** An outlet as the customer generator sees it. */
export interface Outlet extends OrgUnitRow {
  branch: string;
  /** GB/T 2260 code of the district the outlet is in */
  district: string;
  /** relative busyness: share of the bank's customers */
  weight: number;
}

interface OutletSpec {
  code: string;
  name: string;
  nameEn: string;
  district: string;
  weight: number;
}
interface SubBranchSpec {
  code: string;
  name: string;
  nameEn: string;
  outlets: OutletSpec[];
}
interface BranchSpec {
  code: string;
  name: string;
  nameEn: string;
  subBranches: SubBranchSpec[];
}

const o = (code: string, name: string, nameEn: string, district: string, weight: number): OutletSpec => ({
  code,
  name,
  nameEn,
  district,
  weight,
});

const BRANCHES: BranchSpec[] = [
  {
    code: 'BJ',
    name: '北京分行',
    nameEn: 'Beijing Branch',
    subBranches: [
      {
        code: 'BJ01',
        name: '海淀支行',
        nameEn: 'Haidian Sub-branch',
        outlets: [
          o('BJ0101', '中关村网点', 'Zhongguancun Outlet', '110108', 5),
          o('BJ0102', '五道口网点', 'Wudaokou Outlet', '110108', 3),
          o('BJ0103', '学院路网点', 'Xueyuan Road Outlet', '110108', 2),
          o('BJ0104', '上地网点', 'Shangdi Outlet', '110108', 2),
          o('BJ0105', '回龙观网点', 'Huilongguan Outlet', '110114', 1.5),
        ],
      },
      {
        code: 'BJ02',
        name: '朝阳支行',
        nameEn: 'Chaoyang Sub-branch',
        outlets: [
          o('BJ0201', '国贸网点', 'Guomao Outlet', '110105', 5),
          o('BJ0202', '望京网点', 'Wangjing Outlet', '110105', 4),
          o('BJ0203', '三里屯网点', 'Sanlitun Outlet', '110105', 2),
          o('BJ0204', '方庄网点', 'Fangzhuang Outlet', '110106', 1.5),
        ],
      },
      {
        code: 'BJ03',
        name: '西城支行',
        nameEn: 'Xicheng Sub-branch',
        outlets: [
          o('BJ0301', '金融街网点', 'Financial Street Outlet', '110102', 4),
          o('BJ0302', '西单网点', 'Xidan Outlet', '110102', 3),
          o('BJ0303', '王府井网点', 'Wangfujing Outlet', '110101', 3),
        ],
      },
    ],
  },
  {
    code: 'SH',
    name: '上海分行',
    nameEn: 'Shanghai Branch',
    subBranches: [
      {
        code: 'SH01',
        name: '浦东支行',
        nameEn: 'Pudong Sub-branch',
        outlets: [
          o('SH0101', '陆家嘴网点', 'Lujiazui Outlet', '310115', 5),
          o('SH0102', '张江网点', 'Zhangjiang Outlet', '310115', 3),
          o('SH0103', '世纪大道网点', 'Century Avenue Outlet', '310115', 3),
          o('SH0104', '金桥网点', 'Jinqiao Outlet', '310115', 2),
          o('SH0105', '花木网点', 'Huamu Outlet', '310115', 1.5),
        ],
      },
      {
        code: 'SH02',
        name: '徐汇支行',
        nameEn: 'Xuhui Sub-branch',
        outlets: [
          o('SH0201', '徐家汇网点', 'Xujiahui Outlet', '310104', 4),
          o('SH0202', '漕河泾网点', 'Caohejing Outlet', '310104', 3),
          o('SH0203', '龙华网点', 'Longhua Outlet', '310104', 2),
          o('SH0204', '莘庄网点', 'Xinzhuang Outlet', '310112', 2),
        ],
      },
      {
        code: 'SH03',
        name: '静安支行',
        nameEn: "Jing'an Sub-branch",
        outlets: [
          o('SH0301', '南京西路网点', 'West Nanjing Road Outlet', '310106', 4),
          o('SH0302', '静安寺网点', "Jing'an Temple Outlet", '310106', 3),
          o('SH0303', '长寿路网点', 'Changshou Road Outlet', '310107', 1.5),
        ],
      },
    ],
  },
  {
    code: 'GZ',
    name: '广州分行',
    nameEn: 'Guangzhou Branch',
    subBranches: [
      {
        code: 'GZ01',
        name: '天河支行',
        nameEn: 'Tianhe Sub-branch',
        outlets: [
          o('GZ0101', '珠江新城网点', 'Zhujiang New Town Outlet', '440106', 5),
          o('GZ0102', '天河北网点', 'Tianhe North Outlet', '440106', 3),
          o('GZ0103', '体育西网点', 'Tiyu West Outlet', '440106', 3),
          o('GZ0104', '五山网点', 'Wushan Outlet', '440106', 1),
        ],
      },
      {
        code: 'GZ02',
        name: '越秀支行',
        nameEn: 'Yuexiu Sub-branch',
        outlets: [
          o('GZ0201', '北京路网点', 'Beijing Road Outlet', '440104', 3),
          o('GZ0202', '东山口网点', 'Dongshankou Outlet', '440104', 2),
          o('GZ0203', '环市东网点', 'Huanshi East Outlet', '440104', 2),
          o('GZ0204', '江南西网点', 'Jiangnan West Outlet', '440105', 2),
        ],
      },
    ],
  },
  {
    code: 'CD',
    name: '成都分行',
    nameEn: 'Chengdu Branch',
    subBranches: [
      {
        code: 'CD01',
        name: '锦江支行',
        nameEn: 'Jinjiang Sub-branch',
        outlets: [
          o('CD0101', '春熙路网点', 'Chunxi Road Outlet', '510104', 4),
          o('CD0102', '东大街网点', 'East Street Outlet', '510104', 2),
          o('CD0103', '合江亭网点', 'Hejiangting Outlet', '510104', 2),
          o('CD0104', '建设路网点', 'Jianshe Road Outlet', '510108', 2),
        ],
      },
      {
        code: 'CD02',
        name: '武侯支行',
        nameEn: 'Wuhou Sub-branch',
        outlets: [
          o('CD0201', '武侯祠网点', 'Wuhou Shrine Outlet', '510107', 2),
          o('CD0202', '桐梓林网点', 'Tongzilin Outlet', '510107', 3),
          o('CD0203', '玉林网点', 'Yulin Outlet', '510107', 2),
          o('CD0204', '双流网点', 'Shuangliu Outlet', '510116', 1),
        ],
      },
    ],
  },
];

/**
 * Units in breadth-first order, so ids are stable and easy to remember:
 * head office 1, branches 2–5 (BJ SH GZ CD), sub-branches 6–15, outlets 16–55.
 */
export function buildOrgUnits(): { units: OrgUnitRow[]; outlets: Outlet[] } {
  const units: OrgUnitRow[] = [];
  const outlets: Outlet[] = [];
  const add = (u: Omit<OrgUnitRow, 'id' | 'path'>, parent: OrgUnitRow | null): OrgUnitRow => {
    const id = units.length + 1;
    const row = { ...u, id, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/` };
    units.push(row);
    return row;
  };
  const ho = add({ code: 'HO', name: '总行', nameEn: 'Head Office', level: 'HEAD_OFFICE', parentId: null }, null);
  const branchRows = BRANCHES.map((b) => add({ code: b.code, name: b.name, nameEn: b.nameEn, level: 'BRANCH', parentId: ho.id }, ho));
  const subRows = BRANCHES.flatMap((b, i) =>
    b.subBranches.map((s) => ({
      spec: s,
      branch: b.code,
      row: add({ code: s.code, name: s.name, nameEn: s.nameEn, level: 'SUB_BRANCH', parentId: branchRows[i].id }, branchRows[i]),
    })),
  );
  for (const { spec, branch, row } of subRows) {
    const city = cityOfBranch(branch);
    for (const x of spec.outlets) {
      if (!city.districts.some((d) => d.code === x.district)) throw new Error(`${x.code}: district ${x.district} is not in ${city.name}`);
      const unit = add(
        { code: x.code, name: `${city.short}${x.name}`, nameEn: `${city.nameEn} ${x.nameEn}`, level: 'OUTLET', parentId: row.id },
        row,
      );
      outlets.push({ ...unit, branch, district: x.district, weight: x.weight });
    }
  }
  return { units, outlets };
}

export const DEPARTMENT_NAMES: Record<DepartmentCode, { name: string; nameEn: string }> = {
  STRATEGY: { name: '战略发展部', nameEn: 'Strategy' },
  RETAIL: { name: '个人金融部', nameEn: 'Retail Banking' },
  CORPORATE: { name: '公司金融部', nameEn: 'Corporate Banking' },
  PRODUCT: { name: '产品创新部', nameEn: 'Product Development' },
  MARKETING: { name: '市场营销部', nameEn: 'Marketing' },
  SERVICE_QUALITY: { name: '服务质量管理部', nameEn: 'Service Quality' },
  TRAINING: { name: '教育培训部', nameEn: 'Training' },
  RISK: { name: '风险管理部', nameEn: 'Risk Management' },
  OPERATIONS: { name: '运营管理部', nameEn: 'Operations' },
};

/** Departments in DEPARTMENTS order; id = position + 1. */
export function buildDepartments(): Array<{ id: number; code: DepartmentCode; name: string; nameEn: string }> {
  return DEPARTMENTS.map((code, i) => ({ id: i + 1, code, ...DEPARTMENT_NAMES[code] }));
}

export interface StaffRow {
  id: number;
  username: string;
  name: string;
  position: string;
  orgUnitId: number;
  department: DepartmentCode;
  roles: Role[];
  active: boolean;
}

interface Post {
  slot: string;
  position: string;
  department: DepartmentCode;
  roles: Role[];
  active?: boolean;
}

const HEAD_OFFICE_POSTS: Post[] = [
  { slot: 'analyst', position: '战略分析师', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] },
  { slot: 'analyst02', position: '战略分析师', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] },
  { slot: 'strategy', position: '战略发展部总经理', department: 'STRATEGY', roles: ['STRATEGY_ANALYST', 'PII_VIEWER'] },
  { slot: 'product', position: '产品经理', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] },
  { slot: 'product02', position: '产品经理', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] },
  { slot: 'marketing', position: '营销策划经理', department: 'MARKETING', roles: ['PRODUCT_MANAGER'] },
  { slot: 'trainer', position: '培训师', department: 'TRAINING', roles: ['TRAINER'] },
  { slot: 'trainer02', position: '培训师', department: 'TRAINING', roles: ['TRAINER'] },
  { slot: 'risk', position: '风险管理经理', department: 'RISK', roles: ['STRATEGY_ANALYST', 'PII_VIEWER'] },
  { slot: 'service', position: '服务质量经理', department: 'SERVICE_QUALITY', roles: [] },
  { slot: 'retail', position: '个人金融部总经理', department: 'RETAIL', roles: [] },
  { slot: 'corporate', position: '公司金融部总经理', department: 'CORPORATE', roles: [] },
  { slot: 'admin', position: '系统管理员', department: 'OPERATIONS', roles: ['SYSTEM_ADMIN'] },
  { slot: 'former', position: '战略分析师（已离职）', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'], active: false },
];
const BRANCH_POSTS: Post[] = [
  { slot: 'head', position: '分行行长', department: 'OPERATIONS', roles: ['BRANCH_LEADER', 'PII_VIEWER'] },
  { slot: 'deputy', position: '分行副行长', department: 'RETAIL', roles: ['BRANCH_LEADER'] },
  { slot: 'marketing', position: '营销经理', department: 'MARKETING', roles: ['PRODUCT_MANAGER'] },
  { slot: 'trainer', position: '培训师', department: 'TRAINING', roles: ['TRAINER'] },
  { slot: 'risk', position: '风险经理', department: 'RISK', roles: [] },
  { slot: 'service', position: '服务质量专员', department: 'SERVICE_QUALITY', roles: [] },
];
const SUB_BRANCH_POSTS: Post[] = [
  { slot: 'head', position: '支行行长', department: 'OPERATIONS', roles: ['BRANCH_LEADER'] },
  { slot: 'corporate', position: '对公客户经理', department: 'CORPORATE', roles: ['CUSTOMER_MANAGER', 'PII_VIEWER'] },
];

/** Outlets get staff by busyness: a head, 1–3 tellers, 2–4 customer managers. */
function outletPosts(weight: number): Post[] {
  const posts: Post[] = [{ slot: 'head', position: '网点主任', department: 'RETAIL', roles: ['OUTLET_STAFF', 'PII_VIEWER'] }];
  const tellers = weight >= 4 ? 3 : weight >= 2 ? 2 : 1;
  const managers = weight >= 4 ? 4 : weight >= 2 ? 3 : 2;
  for (let i = 1; i <= tellers; i++)
    posts.push({ slot: i === 1 ? 'staff' : `teller0${i}`, position: '柜员', department: 'OPERATIONS', roles: ['OUTLET_STAFF'] });
  for (let i = 1; i <= managers; i++)
    posts.push({
      slot: i === 1 ? 'manager' : `manager0${i}`,
      position: '客户经理',
      department: 'RETAIL',
      roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF', 'PII_VIEWER'],
    });
  return posts;
}

/** Username prefix of a unit: "hq" for the head office, the lower-cased code elsewhere (bj, bj01, bj0101). */
export function usernamePrefix(unit: Pick<OrgUnitRow, 'code' | 'level'>): string {
  return unit.level === 'HEAD_OFFICE' ? 'hq' : unit.code.toLowerCase();
}

/** Everyone, unit by unit in id order; usernames "<unit>.<post>", e.g. bj0101.manager02. */
export function buildStaff(units: OrgUnitRow[], outlets: Outlet[], rng: Rng): StaffRow[] {
  const weightOf = new Map(outlets.map((x) => [x.id, x.weight]));
  const staff: StaffRow[] = [];
  for (const unit of units) {
    const posts =
      unit.level === 'HEAD_OFFICE'
        ? HEAD_OFFICE_POSTS
        : unit.level === 'BRANCH'
          ? BRANCH_POSTS
          : unit.level === 'SUB_BRANCH'
            ? SUB_BRANCH_POSTS
            : outletPosts(weightOf.get(unit.id) ?? 1);
    for (const post of posts) {
      const gender = rng.chance(0.5) ? 'M' : 'F';
      staff.push({
        id: staff.length + 1,
        username: `${usernamePrefix(unit)}.${post.slot}`,
        name: personName(rng, gender, rng.between(1965, 1998)),
        position: post.position,
        orgUnitId: unit.id,
        department: post.department,
        roles: post.roles,
        active: post.active ?? true,
      });
    }
  }
  return staff;
}

export interface DemoLogin {
  username: string;
  password: string;
  /** who this is, for the launcher's table */
  who: { 'zh-CN': string; en: string };
  /** both on one line: "<zh-CN> / <en>" */
  description: string;
  /** what the login is expected to have — the seed tests check the database against it */
  unitCode: string;
  level: OrgLevel;
  department: DepartmentCode;
  roles: Role[];
}

const demo = (
  username: string,
  zh: string,
  en: string,
  unitCode: string,
  level: OrgLevel,
  department: DepartmentCode,
  roles: Role[],
): DemoLogin => ({
  username,
  password: DEMO_PASSWORD,
  who: { 'zh-CN': zh, en },
  description: `${zh} / ${en}`,
  unitCode,
  level,
  department,
  roles,
});

/**
 * The logins to show people. Every other seeded staff member has the same password too
 * (usernames "<unit code>.<post>": hq.product, sh.head, gz0101.manager02 …).
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  demo(
    'hq.analyst',
    '总行 战略发展部 战略分析师 — 全行数据、分行对比（个人信息脱敏）',
    'Head office strategy analyst — the whole bank, branch comparisons (PII masked)',
    'HO',
    'HEAD_OFFICE',
    'STRATEGY',
    ['STRATEGY_ANALYST'],
  ),
  demo('hq.product', '总行 产品创新部 产品经理', 'Head office product manager', 'HO', 'HEAD_OFFICE', 'PRODUCT', ['PRODUCT_MANAGER']),
  demo(
    'hq.trainer',
    '总行 教育培训部 培训师 — 客户经理能力评估',
    'Head office trainer — customer-manager assessments',
    'HO',
    'HEAD_OFFICE',
    'TRAINING',
    ['TRAINER'],
  ),
  demo(
    'bj.head',
    '北京分行 行长 — 北京分行全部网点与客户',
    'Beijing branch head — every Beijing outlet and customer',
    'BJ',
    'BRANCH',
    'OPERATIONS',
    ['BRANCH_LEADER', 'PII_VIEWER'],
  ),
  demo(
    'bj0101.staff',
    '北京中关村网点 柜员（个人信息脱敏）',
    'Teller, Beijing Zhongguancun outlet (PII masked)',
    'BJ0101',
    'OUTLET',
    'OPERATIONS',
    ['OUTLET_STAFF'],
  ),
  demo(
    'bj0101.manager',
    '北京中关村网点 客户经理 — 有权查看个人信息（需说明用途）',
    'Customer manager, Beijing Zhongguancun outlet — holds the PII_VIEWER role',
    'BJ0101',
    'OUTLET',
    'RETAIL',
    ['CUSTOMER_MANAGER', 'OUTLET_STAFF', 'PII_VIEWER'],
  ),
  demo(
    'sh0101.staff',
    '上海陆家嘴网点 柜员 — 与北京网点数据互不可见',
    'Teller, Shanghai Lujiazui outlet — cannot see Beijing customers',
    'SH0101',
    'OUTLET',
    'OPERATIONS',
    ['OUTLET_STAFF'],
  ),
];

/** A plain-text table of the demo logins for terminals. */
export function formatDemoLogins(logins: readonly DemoLogin[] = DEMO_LOGINS): string {
  const width = Math.max(...logins.map((l) => l.username.length));
  return [
    `demo logins (password ${DEMO_PASSWORD} for every seeded staff member):`,
    ...logins.map((l) => `  ${l.username.padEnd(width)}  ${l.who['zh-CN']}\n  ${' '.repeat(width)}  ${l.who.en}`),
  ].join('\n');
}
