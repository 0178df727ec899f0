import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { declaredPolicy, PERMISSION_DENIED } from '@crm/kit';
import { gql, withSql, type GraphQLResponse } from '@crm/kit/testing';
import { can, type LoginResponse, type Permission, type SubgraphName } from '@crm/shared-types';
import { useSystem } from './system';

/**
 * The scope and permission suite, generated from the composed schema: every query field, mutation
 * and entity type is called as every demo role (and by users of two branches), through the gateway
 * and straight at the subgraph that owns it. Each call must either be refused (FORBIDDEN, no data)
 * when the permission table denies it, or answer without one row of a customer outside the caller's
 * data scope — not in the data, not in an error message. A field the suite cannot classify (no
 * `@policy`, an ID argument it does not know) fails it: nothing new goes unchecked.
 */

const sys = useSystem();
const supergraphSdl = readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
const supergraph: GraphQLSchema = buildSchema(supergraphSdl, { assumeValidSDL: true });

/** Every demo role, and staff of two branches (Beijing and Shanghai). */
const USERS = [
  'hq.analyst',
  'hq.strategy',
  'hq.product',
  'hq.marketing',
  'hq.trainer',
  'hq.risk',
  'hq.service',
  'hq.retail',
  'hq.admin',
  'bj.head',
  'bj.deputy',
  'bj.marketing',
  'bj.trainer',
  'bj.risk',
  'bj0101.head',
  'bj0101.staff',
  'bj0101.manager',
  'sh.head',
  'sh0101.staff',
  'sh0101.manager',
] as const;

const GRAPH_NAMES: Record<string, SubgraphName> = {
  ORG_HIERARCHY: 'org-hierarchy',
  CUSTOMERS: 'customers',
  ANALYSIS: 'analysis',
  MANAGERS: 'managers',
};

// ── what the composed schema says ───────────────────────────────────────────────────────────

const directives = (node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null } | undefined) =>
  node?.astNode?.directives ?? [];

/** The permissions a field or type declares with `@policy` (all required), read as the kit reads them. */
const policyOf = (node: Parameters<typeof directives>[0]): Permission[] | undefined => declaredPolicy(node?.astNode);

/** The subgraph that resolves a root field (`@join__field(graph: …)`). */
function ownerOf(field: GraphQLField<unknown, unknown>): SubgraphName {
  const join = directives(field).find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  const name = graph?.kind === 'EnumValue' ? GRAPH_NAMES[graph.value] : undefined;
  if (!name) throw new Error(`${field.name}: no owning subgraph in the supergraph`);
  return name;
}

/** Entity types and the subgraphs that resolve them by key. */
function entities(): { type: GraphQLObjectType; graph: SubgraphName }[] {
  const out: { type: GraphQLObjectType; graph: SubgraphName }[] = [];
  for (const type of Object.values(supergraph.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const d of directives(type).filter((x) => x.name.value === 'join__type')) {
      const arg = (n: string) => d.arguments?.find((a) => a.name.value === n)?.value;
      const graph = arg('graph'),
        key = arg('key'),
        resolvable = arg('resolvable');
      if (graph?.kind !== 'EnumValue' || !key || (resolvable?.kind === 'BooleanValue' && !resolvable.value)) continue;
      out.push({ type, graph: GRAPH_NAMES[graph.value] });
    }
  }
  return out;
}

// ── the rows a probe aims at ────────────────────────────────────────────────────────────────

type Target =
  | 'customer'
  | 'case'
  | 'need'
  | 'relationship'
  | 'orgUnit'
  | 'job'
  | 'policy'
  | 'manager'
  | 'assessment'
  | 'planItem'
  | 'transfer'
  | 'task'
  | 'interaction';
/** For each user: the ids of rows outside their scope, and the customer numbers they must never see. */
interface Probe {
  foreign: Record<Target, string>;
  foreignCustomerNos: Set<string>;
  foreignCustomerIds: Set<string>;
  foreignCaseIds: Set<string>;
}

/** Which row an ID argument names. Unknown ones fail the suite, so a new one gets classified. */
function targetOf(parent: string, field: string, arg: string): Target {
  if (/^(customerId|customerIds|survivorId|mergedId|fromCustomerId|toCustomerId)$/.test(arg)) return 'customer';
  if (arg === 'serviceCaseId') return 'case';
  if (arg === 'assessmentId') return 'assessment';
  if (arg === 'interactionId') return 'interaction';
  if (/^(managerId|fromManagerId|toManagerId)$/.test(arg)) return 'manager';
  if (/^(homeOrgUnitId|orgUnitId|under)$/.test(arg)) return 'orgUnit';
  if (arg === 'id') {
    if (/^(customer|updateCustomer)$/.test(field)) return 'customer';
    if (/ServiceCase$|^serviceCase$/.test(field)) return 'case';
    if (field === 'updateNeedStatus') return 'need';
    if (field === 'removeRelationship') return 'relationship';
    if (field === 'orgUnit') return 'orgUnit';
    if (/^(customerManager|updateCustomerManager)$/.test(field)) return 'manager';
    if (/PortfolioTransfer$/.test(field)) return 'transfer';
    if (/^(assessment|submitAssessment|acknowledgeAssessment)$/.test(field)) return 'assessment';
    if (field === 'updateTrainingPlanItem') return 'planItem';
    if (/^(task|completeTask|rescheduleTask|cancelTask)$/.test(field)) return 'task';
    if (/^(scoreJob|importJob|customerExportJob)$/.test(field)) return 'job';
    if (/TierPolicy$/.test(field)) return 'policy';
  }
  throw new Error(`the permission suite does not know which row ${parent}.${field}(${arg}) names: add it to targetOf()`);
}

/** A value of the input type that passes GraphQL coercion; ID arguments aim at the user's foreign rows. */
function valueFor(type: GraphQLInputType, probe: Probe, where: [string, string, string], depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, probe, where, depth);
  if (isListType(type)) return [valueFor(type.ofType, probe, where, depth)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || /Id$/.test(f.name)) out[f.name] = valueFor(f.type, probe, [type.name, where[1], f.name], depth + 1);
    }
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      return probe.foreign[targetOf(...where)];
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return '2026-01-01T00:00:00Z';
    case 'JSON':
      return {};
    default:
      return /asOf/.test(where[2]) ? 'not-a-date' : 'probe';
  }
}

const graphArg = (d: ConstDirectiveNode) => {
  const v = d.arguments?.find((a) => a.name.value === 'graph')?.value;
  return v?.kind === 'EnumValue' ? GRAPH_NAMES[v.value] : undefined;
};

/** Whether a subgraph serves a field: its `@join__field`, or (without one) any `@join__type` of the parent. */
function servedBy(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, graph: SubgraphName | undefined): boolean {
  if (!graph) return true; // through the gateway: every field of the supergraph
  const joins = directives(field).filter((d) => d.name.value === 'join__field');
  if (joins.length)
    return joins.some(
      (d) =>
        graphArg(d) === graph && !d.arguments?.some((a) => a.name.value === 'external' && a.value.kind === 'BooleanValue' && a.value.value),
    );
  return directives(parent).some((d) => d.name.value === 'join__type' && graphArg(d) === graph);
}

/** `__typename`, ids, and (to `depth`) every nested object field without required arguments that `graph` serves. */
function selection(type: GraphQLNamedType, depth: number, graph?: SubgraphName): string {
  if (!isObjectType(type)) return isScalarType(type) || isEnumType(type) ? '' : '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (!servedBy(type, f, graph)) continue;
    const named = getNamedType(f.type);
    if (/^(id|customerId|customerNo)$/.test(f.name) && isScalarType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 0 && f.args.every((a) => !isNonNullType(a.type)))
      parts.push(`${f.name} ${selection(named, depth - 1, graph)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, probe: Probe, graph?: SubgraphName) {
  const args = field.args.filter(
    (a: GraphQLArgument) => isNonNullType(a.type) || getNamedType(a.type).name === 'ID' || (/asOf/.test(a.name) && kind === 'mutation'),
  );
  const variables = Object.fromEntries(
    args.map((a) => [a.name, valueFor(a.type, probe, [kind === 'query' ? 'Query' : 'Mutation', field.name, a.name])]),
  );
  const decl = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return { query: `${kind} Probe${decl} { ${field.name}${call} ${selection(getNamedType(field.type), 2, graph)} }`, variables };
}

// ── what must hold ──────────────────────────────────────────────────────────────────────────

/** Every object of a type in the answer, with its id. */
function collect(value: unknown, typename: string, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collect(v, typename, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.__typename === typename && o.id != null) out.push(String(o.id));
    Object.values(o).forEach((v) => collect(v, typename, out));
  }
  return out;
}

function assertHolds(res: GraphQLResponse, allowed: boolean, field: string, probe: Probe, label: string) {
  const rootErrors = (res.errors ?? []).filter((e) => !e.path || e.path.length <= 1);
  // refused by the permission table (a business rule such as maker-checker says why instead)
  const forbidden = rootErrors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.message.startsWith(PERMISSION_DENIED));
  expect(
    rootErrors.filter((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'),
    `${label}: the probe itself is invalid`,
  ).toEqual([]);
  if (!allowed) {
    expect(forbidden, `${label}: expected FORBIDDEN, got ${JSON.stringify(res).slice(0, 300)}`).toBe(true);
    expect(res.data?.[field] ?? null, `${label}: data next to FORBIDDEN`).toBeNull();
  } else {
    expect(forbidden, `${label}: refused although the table allows it: ${JSON.stringify(res.errors)}`).toBe(false);
    expect(res.status, `${label}: HTTP ${res.status}`).toBeLessThan(500);
  }
  const text = JSON.stringify(res);
  for (const id of collect(res.data, 'Customer')) expect(probe.foreignCustomerIds.has(id), `${label}: foreign customer ${id}`).toBe(false);
  for (const id of collect(res.data, 'ServiceCase')) expect(probe.foreignCaseIds.has(id), `${label}: foreign case ${id}`).toBe(false);
  for (const no of text.match(/C\d{9}/g) ?? [])
    expect(probe.foreignCustomerNos.has(no), `${label}: foreign customer number ${no}`).toBe(false);
  expect(text, `${label}: an internal error`).not.toContain('INTERNAL_SERVER_ERROR');
}

// ── the suite ───────────────────────────────────────────────────────────────────────────────

const logins = new Map<string, LoginResponse>();
const probes = new Map<string, Probe>();

beforeAll(async () => {
  for (const u of USERS) logins.set(u, await sys.login(u));
  await withSql(sys.databaseUrl, async (sql) => {
    for (const [username, login] of logins) {
      const path = login.user.orgPath;
      // "foreign" = outside the caller's scope; head office has no foreign rows, so it aims at any row
      const outside = path === '/1/' ? `true` : `c.home_org_path not like '${path}%'`;
      const one = async (q: string) => String((await sql(q))[0]?.id ?? '999999');
      const foreign: Record<Target, string> = {
        customer: await one(`select c.id from customers.customer c where ${outside} order by c.id limit 1`),
        case: await one(
          `select s.id from customers.service_case s join customers.customer c on c.id = s.customer_id where ${outside} order by s.id limit 1`,
        ),
        need: await one(
          `select n.id from customers.customer_need n join customers.customer c on c.id = n.customer_id where ${outside} order by n.id limit 1`,
        ),
        relationship: await one(
          `select r.id from customers.customer_relationship r join customers.customer c on c.id = r.from_customer_id where ${outside} order by r.id limit 1`,
        ),
        orgUnit: await one(`select c.home_org_unit_id as id from customers.customer c where ${outside} order by c.id limit 1`),
        job: '1',
        policy: '1',
        // a customer manager of a unit outside the caller's scope (head office: any)
        manager: await one(
          `select m.staff_id as id from managers.customer_manager m where ${path === '/1/' ? 'true' : `m.org_path not like '${path}%'`} order by m.staff_id limit 1`,
        ),
        // an assessment and a training-plan item of such a manager
        assessment: await one(
          `select a.id from managers.assessment a join managers.customer_manager m on m.staff_id = a.manager_id where ${path === '/1/' ? 'true' : `m.org_path not like '${path}%'`} order by a.id limit 1`,
        ),
        planItem: await one(
          `select p.id from managers.training_plan_item p join managers.customer_manager m on m.staff_id = p.manager_id where ${path === '/1/' ? 'true' : `m.org_path not like '${path}%'`} order by p.id limit 1`,
        ),
        // a portfolio transfer whose unit is outside the caller's scope (head office: any)
        transfer: await one(
          `select t.id from managers.portfolio_transfer t where ${path === '/1/' ? 'true' : `t.org_path not like '${path}%'`} order by t.id limit 1`,
        ),
        // a task of a manager outside the scope, and a contact (with a next step) of a customer outside it
        task: await one(
          `select t.id from managers.task t join managers.customer_manager m on m.staff_id = t.manager_id where ${path === '/1/' ? 'true' : `m.org_path not like '${path}%'`} order by t.id limit 1`,
        ),
        interaction: await one(
          `select i.id from customers.interaction i join customers.customer c on c.id = i.customer_id where ${outside} order by i.next_step is null, i.id limit 1`,
        ),
      };
      const rows = path === '/1/' ? [] : await sql(`select c.id, c.customer_no from customers.customer c where ${outside}`);
      const cases =
        path === '/1/'
          ? []
          : await sql(`select s.id from customers.service_case s join customers.customer c on c.id = s.customer_id where ${outside}`);
      probes.set(username, {
        foreign,
        foreignCustomerIds: new Set(rows.map((r) => String(r.id))),
        foreignCustomerNos: new Set(rows.map((r) => String(r.customer_no))),
        foreignCaseIds: new Set(cases.map((r) => String(r.id))),
      });
    }
  });
});

const roots = (['query', 'mutation'] as const).flatMap((kind) => {
  const type = kind === 'query' ? supergraph.getQueryType() : supergraph.getMutationType();
  return Object.values(type?.getFields() ?? {})
    .filter((f) => !f.name.startsWith('_'))
    .map((field) => ({ kind, field }));
});

describe('every field declares who may use it', () => {
  it('each query field and mutation of the composed schema carries @policy with known permissions', () => {
    const undeclared = roots.filter(({ field }) => !policyOf(field)?.length).map(({ kind, field }) => `${kind}.${field.name}`);
    expect(undeclared, 'fields without a permission (add @Permit in the subgraph)').toEqual([]);
    expect(roots.length).toBeGreaterThan(40);
  });
});

describe.each(roots.map((r) => [`${r.kind} ${r.field.name}`, r] as const))('%s', (_name, { kind, field }) => {
  it('is refused to every role the table denies, and answers others only within their scope — through the gateway and at the subgraph', async () => {
    const policy = policyOf(field) ?? [];
    expect(policy.length, 'declares a permission').toBeGreaterThan(0);
    const owner = ownerOf(field);
    for (const username of USERS) {
      const login = logins.get(username)!;
      const probe = probes.get(username)!;
      const allowed = can(login.user, ...policy);
      const viaGateway = operation(kind, field, probe);
      assertHolds(
        await sys.query(viaGateway.query, viaGateway.variables, login.token),
        allowed,
        field.name,
        probe,
        `${username} via gateway: ${viaGateway.query}`,
      );
      const atSource = operation(kind, field, probe, owner);
      assertHolds(
        await gql(sys.subgraphs[owner].url, atSource.query, atSource.variables, login.token),
        allowed,
        field.name,
        probe,
        `${username} at ${owner}: ${atSource.query}`,
      );
    }
  });
});

describe('entities by reference (_entities), straight at each subgraph', () => {
  it.each(entities().map((e) => [`${e.type.name} in ${e.graph}`, e] as const))(
    '%s: null to a role the table denies, and never a row outside the scope',
    async (_n, { type, graph }) => {
      const policy = policyOf(type);
      expect(policy?.length, `${type.name} declares its reference permission`).toBeGreaterThan(0);
      const target: Target | undefined =
        type.name === 'Customer'
          ? 'customer'
          : type.name === 'ServiceCase'
            ? 'case'
            : type.name === 'OrgUnit'
              ? 'orgUnit'
              : type.name === 'CustomerManager'
                ? 'manager'
                : type.name === 'Task'
                  ? 'task'
                  : undefined;
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${type.name} { id } } }`;
      for (const username of USERS) {
        const login = logins.get(username)!;
        const probe = probes.get(username)!;
        const id = target ? probe.foreign[target] : '1';
        const res = await gql(sys.subgraphs[graph].url, query, { r: [{ __typename: type.name, id }] }, login.token);
        expect(res.errors, `${username}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        const [entity] = (res.data?._entities ?? []) as ({ id: string } | null)[];
        if (!can(login.user, ...policy!)) expect(entity, `${username} may not read ${type.name}`).toBeNull();
        else if (target === 'customer' && probe.foreignCustomerIds.has(id))
          expect(entity, `${username}: foreign customer by reference`).toBeNull();
        else if (target === 'case' && probe.foreignCaseIds.has(id)) expect(entity, `${username}: foreign case by reference`).toBeNull();
        else if ((target === 'manager' || target === 'task') && login.user.orgPath !== '/1/')
          expect(entity, `${username}: a ${type.name} outside the scope by reference`).toBeNull();
        assertHolds(res, true, '_entities', probe, `${username} _entities ${type.name}@${graph}`);
      }
    },
  );
});
