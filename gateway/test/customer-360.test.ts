import { describe, expect, it, beforeAll, vi } from 'vitest';
import { countSql, withSql } from '@crm/kit/testing';
import type { LoginResponse } from '@crm/shared-types';
import { makeResidentId } from '@crm/shared-types';
import { useSystem } from './system';

/** The outlet's customer 360 through the gateway, on the seeded demo bank. */
const sys = useSystem();
let outletA: LoginResponse, outletB: LoginResponse, managerA: LoginResponse, branchHead: LoginResponse;

const C360 = `query($id: ID!, $tx: PageInput) {
  customer(id: $id) {
    id name idNumber phone homeOrgUnit { name }
    balances { deposits loans wealth creditCardDebt }
    accounts(includeClosed: true) { id accountNo kind balance status }
    transactions(page: $tx) { total items { id amount channel category account { accountNo } } }
    interactions(page: { pageSize: 50 }) { total items { summary staff { name position } orgUnit { name } } }
    needs { category status }
    serviceCases { caseNo status handlingOrgUnit { name } events { action by { name } } }
    surveys(page: { pageSize: 50 }) { items { csat nps } }
    relationships { kind relatedName }
  }
}`;

beforeAll(async () => {
  [outletA, outletB, managerA, branchHead] = await Promise.all(
    ['bj0101.staff', 'sh0101.staff', 'bj0101.manager', 'bj.head'].map((u) => sys.login(u)),
  );
});

/**
 * Customers of an outlet with the most and the fewest transactions — among those with at least one
 * contact, so both 360s ask org-hierarchy for the same kinds of things (staff, units), only more of them.
 */
async function busiestAndQuietest(unitId: string) {
  const rows = await withSql(sys.databaseUrl, (q) =>
    q(
      `select c.id::text as id, count(t.id)::int as n,
            (select count(*) from customers.account a where a.customer_id = c.id)::int as accounts
     from customers.customer c
     join customers.account_transaction t on t.customer_id = c.id
     where c.home_org_unit_id = $1 and exists (select 1 from customers.interaction i where i.customer_id = c.id)
     group by c.id order by n desc`,
      [Number(unitId)],
    ),
  );
  return { busiest: rows[0], quietest: rows[rows.length - 1] };
}

describe('customer 360 through the gateway', () => {
  it('shows the whole picture of a customer of the outlet, personal data masked', async () => {
    const { busiest } = await busiestAndQuietest(outletA.user.orgUnitId);
    const res = await sys.query(C360, { id: busiest.id, tx: { pageSize: 20 } }, outletA.token);
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer;
    expect(c.idNumber).toContain('*');
    expect(c.accounts.length).toBeGreaterThan(0);
    expect(c.accounts.every((a: { accountNo: string }) => a.accountNo.includes('*'))).toBe(true);
    expect(c.transactions.total).toBe(busiest.n);
    expect(c.transactions.items).toHaveLength(Math.min(20, busiest.n));
  });

  it('costs the same SQL whether it shows 5 transactions of a quiet customer or 100 of a busy one', async () => {
    const { busiest, quietest } = await busiestAndQuietest(outletA.user.orgUnitId);
    const subgraphs = ['customers', 'org-hierarchy'];
    const small = await countSql(subgraphs, () => sys.query(C360, { id: quietest.id, tx: { pageSize: 5 } }, outletA.token));
    const large = await countSql(subgraphs, () => sys.query(C360, { id: busiest.id, tx: { pageSize: 100 } }, outletA.token));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.customer.transactions.items.length).toBeGreaterThan(small.result.data!.customer.transactions.items.length);
    expect(busiest.accounts).toBeGreaterThanOrEqual(quietest.accounts);
    expect(large.counts).toEqual(small.counts);
  });

  it('gives another outlet’s user nothing: not the customer, not its cases', async () => {
    const { busiest } = await busiestAndQuietest(outletA.user.orgUnitId);
    const res = await sys.query(C360, { id: busiest.id }, outletB.token);
    expect(res.data!.customer).toBeNull();
    const caseIds = await withSql(sys.databaseUrl, (q) =>
      q(
        `select s.id::text as id from customers.service_case s join customers.customer c on c.id = s.customer_id where c.home_org_unit_id = $1 limit 3`,
        [Number(outletA.user.orgUnitId)],
      ),
    );
    for (const { id } of caseIds) {
      expect(
        (await sys.query(`query($id: ID!) { serviceCase(id: $id) { id caseNo } }`, { id }, outletB.token)).data!.serviceCase,
      ).toBeNull();
    }
    const queue = await sys.query(
      `{ serviceCaseQueue(page: { pageSize: 100 }) { items { customer { homeOrgUnit { id } } } } }`,
      {},
      outletB.token,
    );
    expect(
      queue.data!.serviceCaseQueue.items.every(
        (c: { customer: { homeOrgUnit: { id: string } } }) => c.customer.homeOrgUnit.id === outletB.user.orgUnitId,
      ),
    ).toBe(true);
  });
});

describe('working with a customer through the gateway', () => {
  it('creates a customer, records a contact, opens a complaint that lands in the outlet queue', async () => {
    const idNumber = makeResidentId('110108', '1988-06-15', 731);
    const created = await sys.query(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id customerNo name idNumber homeOrgUnit { id } } }`,
      { input: { kind: 'INDIVIDUAL', name: '郑晓明', idNumber, phone: '13900001111' } },
      outletA.token,
    );
    expect(created.errors).toBeUndefined();
    const customer = created.data!.createCustomer;
    expect(customer.homeOrgUnit.id).toBe(outletA.user.orgUnitId);

    const dup = await sys.query(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { kind: 'INDIVIDUAL', name: '郑小明', idNumber } },
      outletA.token,
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(dup.errors?.[0].message).toContain(customer.customerNo);

    const contact = await sys.query(
      `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id staff { name } } }`,
      { input: { customerId: customer.id, channel: 'COUNTER', summary: '咨询定期存款利率' } },
      outletA.token,
    );
    expect(contact.data!.recordInteraction.staff.name).toBe(outletA.user.name);

    const opened = await sys.query(
      `mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { id caseNo status slaDueAt handlingOrgUnit { id } } }`,
      {
        input: {
          customerId: customer.id,
          category: 'WAIT_TIME',
          severity: 'HIGH',
          title: '排队时间过长',
          description: '周六上午排队超过一小时',
        },
      },
      outletA.token,
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openServiceCase.handlingOrgUnit.id).toBe(outletA.user.orgUnitId);
    const queue = await sys.query(`{ serviceCaseQueue(page: { pageSize: 100 }) { items { caseNo } } }`, {}, outletA.token);
    expect(queue.data!.serviceCaseQueue.items.map((c: { caseNo: string }) => c.caseNo)).toContain(opened.data!.openServiceCase.caseNo);
    const elsewhere = await sys.query(`{ serviceCaseQueue(page: { pageSize: 100 }) { items { caseNo } } }`, {}, outletB.token);
    expect(elsewhere.data!.serviceCaseQueue.items.map((c: { caseNo: string }) => c.caseNo)).not.toContain(
      opened.data!.openServiceCase.caseNo,
    );
  });

  it('reveals one field only to a PII viewer, with a purpose from the list, and logs it', async () => {
    const { busiest } = await busiestAndQuietest(outletA.user.orgUnitId);
    const q = `mutation($id: ID!, $note: String) { revealCustomerPii(customerId: $id, field: ID_NUMBER, purpose: ACCOUNT_SERVICE, note: $note) { field value } }`;
    const teller = await sys.query(q, { id: busiest.id, note: '核实身份' }, outletA.token);
    expect(teller.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const manager = await sys.query(q, { id: busiest.id, note: '办理贷款核实身份' }, managerA.token);
    expect(manager.data!.revealCustomerPii).toMatchObject({ field: 'ID_NUMBER', value: expect.not.stringContaining('*') });
    const log = await sys.query(
      `query($id: ID) { piiAccessLog(customerId: $id) { items { staffUsername purposeCode note fields } } }`,
      { id: busiest.id },
      branchHead.token,
    );
    expect(log.data!.piiAccessLog.items[0]).toMatchObject({
      staffUsername: 'bj0101.manager',
      purposeCode: 'ACCOUNT_SERVICE',
      note: '办理贷款核实身份',
      fields: ['ID_NUMBER'],
    });
  });

  it('carries a CSV import of 600 kB through the gateway and reports each bad row', async () => {
    const header =
      'kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id';
    const rows = Array.from(
      { length: 4500 },
      (_, i) =>
        `INDIVIDUAL,导入客户${i},${makeResidentId('110105', '1990-01-01', 100 + (i % 800))}${i},13800000000,北京市海淀区中关村大街${i}号${'x'.repeat(60)},,,,,,,,,,,,`,
    );
    const csv = [header, ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(600_000);
    // imports are a leader's (permission CUSTOMER_IMPORT); a teller is refused
    expect(
      (
        await sys.query(
          `mutation($csv: String!) { startImport(kind: CUSTOMERS, csv: $csv, mode: ALL_OR_NOTHING) { id } }`,
          { csv: header },
          outletA.token,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const res = await sys.query(
      `mutation($csv: String!) { startImport(kind: CUSTOMERS, csv: $csv, mode: ALL_OR_NOTHING) { id } }`,
      { csv },
      branchHead.token,
    );
    expect(res.errors).toBeUndefined();
    const job = await vi.waitFor(
      async () => {
        const j = (
          await sys.query(
            `query($id: ID!) { importJob(id: $id) { status importedRows errors { row field reason } } }`,
            { id: res.data!.startImport.id },
            branchHead.token,
          )
        ).data!.importJob;
        if (j.status === 'RUNNING') throw new Error('still running');
        return j as { status: string; importedRows: number; errors: { row: number; field: string }[] };
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(job.status).toBe('FAILED');
    expect(job.importedRows).toBe(0);
    expect(job.errors.length).toBeGreaterThan(0);
    expect(job.errors[0]).toMatchObject({ row: 1, field: 'id_number' });
  });
});
