import { Migration } from '@mikro-orm/migrations';

/**
 * The competency model of the customer-manager system (客户经理胜任力模型), assessments by training staff,
 * the course catalog and training plans.
 *
 * - A model is versioned: `competency_model` (a version and the date it takes effect; the active model is
 *   the newest in effect), its six requirements with weights (`competency_dimension`, summing to 1 — a
 *   deferred constraint trigger checks it), five level descriptors each (`competency_level`, Chinese and
 *   English) and the level each grade should reach (`competency_target`). An assessment keeps the model
 *   it was made with.
 * - An assessment (`assessment` + `assessment_score`) goes DRAFT → SUBMITTED → ACKNOWLEDGED; nobody
 *   assesses themselves (a check); one open draft per manager (a partial unique index); every assessment
 *   stays as history.
 * - A gap is a dimension of a manager's latest submitted assessment below their grade's target
 *   (`competency_gap`); training plans pick courses of the catalog for gaps, one open item per manager
 *   and course (a partial unique index, so planning twice adds nothing).
 *
 * Version 1's weights, and why:
 *   SKILLS 0.30     业务与服务技能 is the job itself — marketing, serving and keeping customers; results come from it.
 *   ETHICS 0.20     a manager handles customers' money and data: one breach costs the bank more than any
 *                   skill earns, and conduct comes first in the regulator's view of sales staff.
 *   INNOVATION 0.15 packages, new ways to win customers, partners and channels for corporate customers.
 *   KNOWLEDGE 0.15  products, regulation, credit and finance: needed to advise correctly, learnable in class.
 *   MINDSET 0.10    与时俱进 (customer-centred, digital) matters, but shows mostly through skills and innovation.
 *   HEALTH 0.10     the energy an outward, demanding job needs; judged on fitness for the work, never on
 *                   medical data, and the same target for every grade.
 */

const DIMENSIONS = ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'] as const;
const GRADES = ['TRAINEE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const IN_DIMENSIONS = `(${DIMENSIONS.map((d) => `'${d}'`).join(', ')})`;
const IN_GRADES = `(${GRADES.map((g) => `'${g}'`).join(', ')})`;

/** a SQL string literal */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

const REQUIREMENTS: Record<Dimension, { name: string; nameEn: string; weight: number; levels: [string, string][] }> = {
  ETHICS: {
    name: '良好的道德素质',
    nameEn: 'Sound ethics',
    weight: 0.2,
    levels: [
      [
        '有违反职业操守或客户信息保密规定的行为，受过处分或被客户投诉属实',
        'Has breached the code of conduct or customer confidentiality; disciplined, or complaints upheld',
      ],
      [
        '基本遵守规章制度，但偶有疏忽（如未按规定双人核对、风险揭示不完整），需要提醒',
        'Mostly follows the rules but slips (a skipped dual check, an incomplete risk disclosure) and needs reminders',
      ],
      [
        '严格遵守规章制度和保密要求，诚实守信，如实向客户揭示产品风险',
        'Follows the rules and confidentiality strictly; honest; discloses product risks to customers truthfully',
      ],
      [
        '在利益冲突中始终把客户利益放在首位，主动发现并报告风险隐患',
        'Puts the customer first in every conflict of interest; spots and reports risks unprompted',
      ],
      [
        '职业操守堪称表率，带动团队的合规文化，深得客户和同事信任',
        'A role model of integrity who shapes the team’s compliance culture; trusted by customers and colleagues alike',
      ],
    ],
  },
  MINDSET: {
    name: '与时俱进的观念',
    nameEn: 'Up-to-date mindset',
    weight: 0.1,
    levels: [
      [
        '固守坐等客户上门的旧做法，抵触新渠道和新流程',
        'Waits behind the counter for customers to come; resists new channels and processes',
      ],
      ['能接受变化，但需要督促才使用新工具和新方法', 'Accepts change, but needs pushing to use new tools and methods'],
      [
        '以客户为中心、以市场为导向，主动用手机银行、CRM 等新工具服务客户',
        'Customer-centred and market-oriented; serves customers with mobile banking, the CRM and other new tools unprompted',
      ],
      [
        '关注金融科技、监管和市场的变化，及时调整自己的营销和服务方式',
        'Follows fintech, regulatory and market change and adapts their marketing and service to it',
      ],
      [
        '引领团队转变观念，把新理念变成网点的工作方法',
        'Leads the team’s change of thinking and turns new ideas into the outlet’s way of working',
      ],
    ],
  },
  INNOVATION: {
    name: '创新能力',
    nameEn: 'Innovation',
    weight: 0.15,
    levels: [
      ['只会按固定话术和流程办理，遇到非常规需求无从下手', 'Works only by script and procedure; stuck when a need is out of the ordinary'],
      ['在同事指导下能组合现有产品满足客户需求', 'Combines existing products to meet a need, with a colleague’s guidance'],
      [
        '能独立为客户设计产品组合方案，并尝试新的获客途径',
        'Designs product packages for customers independently and tries new ways to win customers',
      ],
      [
        '为对公客户撮合合作伙伴、开拓销售渠道，提出的改进建议被网点采纳',
        'Finds partners and sales channels for corporate customers; their improvement proposals are adopted by the outlet',
      ],
      [
        '提出的新产品、新服务或营销模式在分行以上推广',
        'Their new product, service or marketing model is rolled out at branch level or above',
      ],
    ],
  },
  SKILLS: {
    name: '业务与服务技能',
    nameEn: 'Business and service skills',
    weight: 0.3,
    levels: [
      [
        '不能独立办理常规业务，服务中经常出错或引起客户不满',
        'Cannot handle routine business alone; errors or dissatisfied customers are frequent',
      ],
      [
        '能办理常规业务，营销和服务需要指导，维护客户不够主动',
        'Handles routine business; needs guidance in marketing and service; passive in keeping customers',
      ],
      [
        '熟练办理存贷款、结算和中间业务，按计划走访维护客户，完成业绩目标',
        'Handles deposits, loans, settlement and intermediary business fluently; visits customers to plan; meets targets',
      ],
      [
        '善于发现客户需求并交叉销售，能处理复杂业务和投诉，业绩持续领先',
        'Finds needs and cross-sells; handles complex business and complaints; consistently ahead on results',
      ],
      [
        '全面经营重点和贵宾客户关系，能带教新人，是分行的业务骨干',
        'Runs whole relationships with key and VIP customers and coaches newcomers; a mainstay of the branch',
      ],
    ],
  },
  KNOWLEDGE: {
    name: '应知知识',
    nameEn: 'Required knowledge',
    weight: 0.15,
    levels: [
      [
        '对本行产品和规章制度了解不足，不能准确解答客户问题',
        'Knows too little of the bank’s products and rules to answer customers accurately',
      ],
      [
        '掌握主要产品要素，对信贷、法律、税务等相关知识了解有限',
        'Knows the main products; limited knowledge of credit, law, tax and related fields',
      ],
      [
        '熟悉本行全部产品和办理流程，掌握金融法规、信贷和风险管理基础知识',
        'Knows all the bank’s products and procedures, financial regulation, and the basics of credit and risk',
      ],
      [
        '具备财务分析、资信调查、理财规划等专业知识，持有相关从业资格',
        'Has professional knowledge of financial analysis, credit investigation and financial planning, with the certifications',
      ],
      [
        '知识全面精深，能为企业客户提供财务顾问级的咨询，并为同事授课',
        'Broad and deep knowledge: advises corporate customers at financial-advisory level and teaches colleagues',
      ],
    ],
  },
  HEALTH: {
    name: '身体健康',
    nameEn: 'Physical health',
    weight: 0.1,
    levels: [
      [
        '精力状况明显影响工作，经常不能完成走访和值班安排',
        'Low energy clearly affects the work; often cannot keep to visits and duty rosters',
      ],
      [
        '能完成日常工作，但难以承受业务高峰、外出走访等高强度任务',
        'Manages daily work but struggles with peak periods, field visits and other demanding tasks',
      ],
      ['身体状况良好，能胜任日常工作和外出走访', 'In good health; fit for the daily work and for field visits'],
      ['精力充沛，能承受高强度工作和压力，情绪稳定', 'Energetic; copes with intensive work and pressure; emotionally steady'],
      [
        '保持良好的健康习惯，长期精力充沛，并带动团队关注身心健康',
        'Keeps healthy habits and lasting energy, and encourages the team to look after body and mind',
      ],
    ],
  },
};

/**
 * The level each grade should reach (TRAINEE, JUNIOR, INTERMEDIATE, SENIOR, PRINCIPAL). Ethics starts at
 * "meets" (3): conduct is not learned on the job; senior grades are trusted with more and must model it.
 * Skills, knowledge and innovation rise with the grade; health is the same for everyone.
 */
const TARGETS: Record<Dimension, [number, number, number, number, number]> = {
  ETHICS: [3, 3, 4, 4, 5],
  MINDSET: [2, 3, 3, 4, 4],
  INNOVATION: [2, 2, 3, 4, 5],
  SKILLS: [2, 3, 3, 4, 5],
  KNOWLEDGE: [2, 3, 3, 4, 5],
  HEALTH: [3, 3, 3, 3, 3],
};

/** The catalog: per dimension a course that brings a manager to level 2, 3, 4 and 5 (title, English title, hours). */
const COURSES: Record<Dimension, [string, string, number][]> = {
  ETHICS: [
    ['银行业从业人员职业操守和行为准则', 'Code of Conduct for Banking Practitioners', 8],
    ['客户信息保护与反洗钱合规实务', 'Customer Data Protection and AML Compliance in Practice', 12],
    ['利益冲突识别与销售适当性管理', 'Conflicts of Interest and Suitability in Sales', 8],
    ['合规文化建设与案例警示教育', 'Building a Compliance Culture: Lessons from Real Cases', 6],
  ],
  MINDSET: [
    ['以客户为中心的服务理念', 'Customer-Centred Service', 6],
    ['数字化渠道与移动金融应用', 'Digital Channels and Mobile Banking in Practice', 8],
    ['金融科技趋势与零售银行转型', 'Fintech Trends and the Transformation of Retail Banking', 12],
    ['变革领导力：带领团队转型', 'Change Leadership: Taking the Team Through Transformation', 12],
  ],
  INNOVATION: [
    ['客户需求分析与产品组合入门', 'Introduction to Needs Analysis and Product Bundles', 8],
    ['综合金融服务方案设计', 'Designing Integrated Financial Service Solutions', 16],
    ['对公客户渠道拓展与合作伙伴撮合', 'Channel Development and Partner Matchmaking for Corporate Customers', 16],
    ['设计思维与金融服务创新工作坊', 'Design Thinking Workshop for Financial Service Innovation', 24],
  ],
  SKILLS: [
    ['常规业务操作规范与服务礼仪', 'Routine Business Procedures and Service Etiquette', 16],
    ['顾问式营销与客户关系维护', 'Consultative Selling and Relationship Maintenance', 16],
    ['交叉销售与投诉处理进阶', 'Advanced Cross-Selling and Complaint Handling', 16],
    ['贵宾客户综合经营与新人带教', 'Managing VIP Relationships and Coaching New Managers', 24],
  ],
  KNOWLEDGE: [
    ['本行产品手册精讲', 'The Bank’s Product Handbook', 12],
    ['金融法规、信贷与风险管理基础', 'Financial Regulation, Credit and Risk Management Basics', 24],
    ['财务报表分析与资信调查', 'Financial Statement Analysis and Credit Investigation', 24],
    ['财务顾问与理财规划师认证辅导', 'Preparing for Financial Advisor and Financial Planner Certification', 40],
  ],
  HEALTH: [
    ['职场健康与压力管理入门', 'Workplace Health and Stress Management Basics', 4],
    ['工间运动与职业劳损预防', 'Workplace Exercise and Preventing Occupational Strain', 6],
    ['情绪管理与心理韧性训练', 'Emotional Management and Resilience Training', 8],
    ['健康生活方式与团队身心关怀', 'Healthy Living and Caring for the Team’s Well-being', 6],
  ],
};

const CODE_PREFIX: Record<Dimension, string> = {
  ETHICS: 'ETH',
  MINDSET: 'MND',
  INNOVATION: 'INV',
  SKILLS: 'SKL',
  KNOWLEDGE: 'KNW',
  HEALTH: 'HLT',
};

export class Competency0006 extends Migration {
  override async up(): Promise<void> {
    // ── the model, versioned ─────────────────────────────────────────────────────────────────
    this.addSql(`
      create table managers.competency_model (
        id             integer generated by default as identity primary key,
        model_version  integer not null unique check (model_version > 0),
        name           varchar(100) not null,
        name_en        varchar(100) not null,
        effective_from date not null,               -- the newest model in effect is the active one
        note           varchar(2000),
        created_at     timestamptz not null default now(),
        updated_at     timestamptz not null default now(),
        version        integer not null default 1
      )`);
    this.addSql(`
      create table managers.competency_dimension (
        model_id    integer not null references managers.competency_model(id),
        dimension   varchar(16) not null check (dimension in ${IN_DIMENSIONS}),
        sort_order  smallint not null,
        name        varchar(50) not null,
        name_en     varchar(100) not null,
        weight      numeric(4,3) not null check (weight > 0 and weight <= 1),
        primary key (model_id, dimension)
      )`);
    this.addSql(`
      create table managers.competency_level (
        model_id       integer not null,
        dimension      varchar(16) not null,
        level          smallint not null check (level between 1 and 5),
        descriptor     varchar(500) not null,
        descriptor_en  varchar(500) not null,
        primary key (model_id, dimension, level),
        foreign key (model_id, dimension) references managers.competency_dimension (model_id, dimension)
      )`);
    this.addSql(`
      create table managers.competency_target (
        model_id      integer not null,
        grade         varchar(16) not null check (grade in ${IN_GRADES}),
        dimension     varchar(16) not null,
        target_level  smallint not null check (target_level between 1 and 5),
        primary key (model_id, grade, dimension),
        foreign key (model_id, dimension) references managers.competency_dimension (model_id, dimension)
      )`);
    // a model has all six requirements and their weights sum to 1: checked at commit, so a model is
    // inserted row by row and only the finished whole must hold
    this.addSql(`
      create function managers.competency_model_complete() returns trigger language plpgsql as $$
      declare n int; total numeric;
      begin
        select count(*), coalesce(sum(weight), 0) into n, total from managers.competency_dimension where model_id = new.model_id;
        if n <> 6 or total <> 1 then
          raise exception 'competency model % must have the six dimensions with weights summing to 1 (has %, sum %)', new.model_id, n, total
            using errcode = 'check_violation';
        end if;
        return null;
      end $$`);
    this.addSql(`
      create constraint trigger competency_dimension_complete after insert or update on managers.competency_dimension
        deferrable initially deferred for each row execute function managers.competency_model_complete()`);

    // ── assessments ──────────────────────────────────────────────────────────────────────────
    this.addSql(`
      create table managers.assessment (
        id                 integer generated by default as identity primary key,
        manager_id         integer not null references managers.customer_manager(staff_id),
        assessor_staff_id  integer not null,        -- org_hierarchy_api.staff.id: the trainer
        model_id           integer not null references managers.competency_model(id),
        status             varchar(16) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED')),
        overall            numeric(4,2) check (overall between 1 and 5),   -- weighted by the model, on submit
        assessed_at        timestamptz not null default now(),             -- when the trainer started it
        submitted_at       timestamptz,
        acknowledged_at    timestamptz,
        manager_comment    varchar(1000),
        created_at         timestamptz not null default now(),
        updated_at         timestamptz not null default now(),
        version            integer not null default 1,
        constraint assessment_not_self check (assessor_staff_id <> manager_id),
        check ((status = 'DRAFT') = (submitted_at is null)),
        check ((status = 'DRAFT') = (overall is null)),
        check ((status = 'ACKNOWLEDGED') = (acknowledged_at is not null)),
        check (manager_comment is null or status = 'ACKNOWLEDGED'),
        check (submitted_at is null or submitted_at >= assessed_at),
        check (acknowledged_at is null or acknowledged_at >= submitted_at)
      )`);
    this.addSql(`create unique index assessment_one_draft on managers.assessment (manager_id) where status = 'DRAFT'`);
    this.addSql(`create index assessment_history on managers.assessment (manager_id, assessed_at desc, id desc)`);
    this.addSql(`create index assessment_latest on managers.assessment (manager_id, submitted_at desc, id desc) where status <> 'DRAFT'`);
    this.addSql(`
      create table managers.assessment_score (
        assessment_id  integer not null references managers.assessment(id),
        dimension      varchar(16) not null check (dimension in ${IN_DIMENSIONS}),
        score          numeric(2,1) not null check (score between 1 and 5 and score * 2 = trunc(score * 2)),  -- half steps
        evidence       varchar(1000) not null check (btrim(evidence) <> ''),
        primary key (assessment_id, dimension)
      )`);

    // each manager's latest submitted (or acknowledged) assessment; a filter on manager_id reaches the
    // lateral subquery through its index, so one manager costs one index probe
    this.addSql(`
      create view managers.latest_assessment as
      select m.staff_id as manager_id, m.org_path, m.grade, m.active,
             l.id as assessment_id, l.model_id, l.status, l.overall, l.submitted_at
      from managers.customer_manager m
      cross join lateral (
        select a.id, a.model_id, a.status, a.overall, a.submitted_at from managers.assessment a
        where a.manager_id = m.staff_id and a.status <> 'DRAFT'
        order by a.submitted_at desc, a.id desc limit 1
      ) l`);
    // a gap: a dimension of that assessment below the target of the manager's grade (in the model it was made with)
    this.addSql(`
      create view managers.competency_gap as
      select l.manager_id, l.org_path, l.assessment_id, l.model_id, s.dimension, s.score, t.target_level
      from managers.latest_assessment l
      join managers.assessment_score s on s.assessment_id = l.assessment_id
      join managers.competency_target t on t.model_id = l.model_id and t.grade = l.grade and t.dimension = s.dimension
      where s.score < t.target_level`);

    // ── the course catalog and training plans ────────────────────────────────────────────────
    this.addSql(`
      create table managers.training_course (
        id         integer generated by default as identity primary key,
        code       varchar(16) not null unique,
        dimension  varchar(16) not null check (dimension in ${IN_DIMENSIONS}),
        level      smallint not null check (level between 2 and 5),   -- the level the course brings a manager to
        title      varchar(100) not null,
        title_en   varchar(150) not null,
        hours      numeric(4,1) not null check (hours > 0),
        active     boolean not null default true
      )`);
    this.addSql(`
      create table managers.training_plan_item (
        id                   integer generated by default as identity primary key,
        manager_id           integer not null references managers.customer_manager(staff_id),
        course_id            integer not null references managers.training_course(id),
        dimension            varchar(16) not null check (dimension in ${IN_DIMENSIONS}),
        assessment_id        integer not null references managers.assessment(id),   -- the assessment that showed the gap
        score_at_planning    numeric(2,1) not null,
        target_level         smallint not null,
        status               varchar(16) not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        planned_by_staff_id  integer,                 -- null: the demo seed
        planned_at           timestamptz not null default now(),
        started_at           timestamptz,
        finished_at          timestamptz,             -- completed or cancelled
        created_at           timestamptz not null default now(),
        updated_at           timestamptz not null default now(),
        version              integer not null default 1,
        check ((status in ('COMPLETED', 'CANCELLED')) = (finished_at is not null)),
        check (status not in ('IN_PROGRESS', 'COMPLETED') or started_at is not null)
      )`);
    // planning twice never gives a manager the same course twice while one is open
    this.addSql(
      `create unique index training_plan_item_open on managers.training_plan_item (manager_id, course_id) where status in ('PLANNED', 'IN_PROGRESS')`,
    );
    this.addSql(`create index training_plan_item_manager on managers.training_plan_item (manager_id, planned_at desc)`);

    // ── version 1 of the model and the catalog ───────────────────────────────────────────────
    this.addSql(`insert into managers.competency_model (id, model_version, name, name_en, effective_from, note) values
      (1, 1, '客户经理胜任力模型（第一版）', 'Customer-manager competency model, version 1', date '2025-01-01',
       ${lit('Weights: skills 30%, ethics 20%, innovation 15%, knowledge 15%, mindset 10%, health 10% — see migration 0006 for the reasons.')})`);
    this.addSql(`select setval(pg_get_serial_sequence('managers.competency_model', 'id'), 1)`);
    this.addSql(`insert into managers.competency_dimension (model_id, dimension, sort_order, name, name_en, weight) values
      ${DIMENSIONS.map((d, i) => `(1, '${d}', ${i + 1}, ${lit(REQUIREMENTS[d].name)}, ${lit(REQUIREMENTS[d].nameEn)}, ${REQUIREMENTS[d].weight})`).join(',\n      ')}`);
    this.addSql(`insert into managers.competency_level (model_id, dimension, level, descriptor, descriptor_en) values
      ${DIMENSIONS.flatMap((d) => REQUIREMENTS[d].levels.map(([zh, en], i) => `(1, '${d}', ${i + 1}, ${lit(zh)}, ${lit(en)})`)).join(',\n      ')}`);
    this.addSql(`insert into managers.competency_target (model_id, grade, dimension, target_level) values
      ${DIMENSIONS.flatMap((d) => GRADES.map((g, i) => `(1, '${g}', '${d}', ${TARGETS[d][i]})`)).join(',\n      ')}`);
    this.addSql(`insert into managers.training_course (code, dimension, level, title, title_en, hours) values
      ${DIMENSIONS.flatMap((d) => COURSES[d].map(([zh, en, hours], i) => `('${CODE_PREFIX[d]}-${i + 2}0${i + 1}', '${d}', ${i + 2}, ${lit(zh)}, ${lit(en)}, ${hours})`)).join(',\n      ')}`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table managers.training_plan_item');
    this.addSql('drop table managers.training_course');
    this.addSql('drop view managers.competency_gap');
    this.addSql('drop view managers.latest_assessment');
    this.addSql('drop table managers.assessment_score');
    this.addSql('drop table managers.assessment');
    this.addSql('drop table managers.competency_target');
    this.addSql('drop table managers.competency_level');
    this.addSql('drop table managers.competency_dimension');
    this.addSql('drop function managers.competency_model_complete');
    this.addSql('drop table managers.competency_model');
  }
}
