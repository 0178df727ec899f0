import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { makeCreditCode, makeResidentId } from '@crm/shared-types';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderOutlet, type Handler } from './fake-gateway';
import { accounts, customer360, interactions } from './fixtures';

function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    OutletCustomer360: ({ id }) => ({ data: { customer: customer360({ id }) } }),
    OutletCustomerAccounts: ({ id }) => ({ data: { customer: { id, accounts } } }),
    OutletCustomerTransactions: ({ id }) => ({ data: { customer: { id, transactions: { total: 0, page: 1, pageSize: 10, items: [] } } } }),
    OutletCustomerInteractions: ({ id }) => ({
      data: { customer: { id, interactions: { total: interactions.length, items: interactions } } },
    }),
    ...extra,
  });
}

/** antd Select: open it and click the option with this label. */
async function choose(testId: string, label: string) {
  const el = screen.getByTestId(testId);
  fireEvent.mouseDown(el.closest('.ant-select') ?? el.querySelector('.ant-select') ?? el);
  const options = await screen.findAllByTitle(label);
  fireEvent.click(options.at(-1)!);
}
const errorsOf = (form: HTMLElement) => [...form.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent);

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('record interaction', () => {
  it('validates in Chinese and English, sends the input and refreshes the timeline', async () => {
    const gw = gateway({ OutletRecordInteraction: () => ({ data: { recordInteraction: { id: 'i9' } } }) });
    renderOutlet(gw, '/outlet/customers/1');
    fireEvent.click(await screen.findByTestId('record-interaction'));
    const form = await screen.findByTestId('interaction-form');
    fireEvent.click(screen.getByTestId('interaction-submit'));
    await waitFor(() => expect(errorsOf(form)).toEqual(['请选择联系方式', '请填写内容摘要']));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    await waitFor(() => expect(errorsOf(form)).toEqual(['Please choose Channel', 'Summary is required']));
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });

    await choose('interaction-channel', '电话');
    fireEvent.change(screen.getByTestId('interaction-summary'), { target: { value: '  电话沟通理财到期安排  ' } });
    const before = gw.of('OutletCustomerInteractions').length;
    fireEvent.click(screen.getByTestId('interaction-submit'));
    await waitFor(() =>
      expect(gw.last('OutletRecordInteraction')).toEqual({ input: { customerId: '1', channel: 'PHONE', summary: '电话沟通理财到期安排' } }),
    );
    expect(await screen.findByText('联系记录已保存')).toBeTruthy();
    await waitFor(() => expect(gw.of('OutletCustomerInteractions').length).toBe(before + 1));
  });
});

describe('open complaint case', () => {
  it('shows a server field error on its field', async () => {
    const gw = gateway({
      OutletOpenServiceCase: () => ({
        data: null,
        errors: [{ message: 'title must be at least 4 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } }],
      }),
    });
    renderOutlet(gw, '/outlet/customers/1');
    fireEvent.click(await screen.findByTestId('open-case'));
    const form = await screen.findByTestId('case-form');
    fireEvent.click(screen.getByTestId('case-submit'));
    await waitFor(() => expect(errorsOf(form)).toEqual(['请选择投诉类别', '请选择严重程度', '请填写标题', '请填写投诉内容']));
    await choose('case-category', '等候时间');
    await choose('case-severity', '紧急');
    fireEvent.change(screen.getByTestId('case-title'), { target: { value: '排队' } });
    fireEvent.change(screen.getByTestId('case-description'), { target: { value: '等候一小时无人处理' } });
    fireEvent.click(screen.getByTestId('case-submit'));
    await waitFor(() =>
      expect(gw.last('OutletOpenServiceCase')).toEqual({
        input: { customerId: '1', category: 'WAIT_TIME', severity: 'CRITICAL', title: '排队', description: '等候一小时无人处理' },
      }),
    );
    const titleItem = screen.getByTestId('case-title').closest('.ant-form-item')!;
    // the server's reason in the user's language, the field named in it
    await waitFor(() => expect(titleItem.textContent).toContain('“标题”至少需要 4 个字'));
  });

  it('refreshes the open cases after success', async () => {
    const gw = gateway({ OutletOpenServiceCase: () => ({ data: { openServiceCase: { id: 'k9', caseNo: 'SC2025000009' } } }) });
    renderOutlet(gw, '/outlet/customers/1');
    fireEvent.click(await screen.findByTestId('open-case'));
    await screen.findByTestId('case-form');
    await choose('case-category', '收费');
    await choose('case-severity', '低');
    fireEvent.change(screen.getByTestId('case-title'), { target: { value: '年费争议' } });
    fireEvent.change(screen.getByTestId('case-description'), { target: { value: '客户对信用卡年费有异议' } });
    fireEvent.click(screen.getByTestId('case-submit'));
    expect(await screen.findByText('投诉已登记：SC2025000009')).toBeTruthy();
    await waitFor(() => expect(gw.of('OutletCustomer360')).toHaveLength(2));
  });
});

describe('record survey', () => {
  it('needs a CSAT or an NPS score', async () => {
    const gw = gateway({ OutletRecordSurvey: () => ({ data: { recordSurvey: { id: 's9' } } }) });
    renderOutlet(gw, '/outlet/customers/1');
    fireEvent.click(await screen.findByTestId('record-survey'));
    const form = await screen.findByTestId('survey-form');
    await choose('survey-touchpoint', '柜面');
    fireEvent.click(screen.getByTestId('survey-submit'));
    await waitFor(() => expect(errorsOf(form)).toEqual(['请至少填写满意度或推荐度之一']));
    const nps = screen.getByTestId('survey-nps').closest('.ant-input-number')!.querySelector('input')!;
    fireEvent.change(nps, { target: { value: '9' } });
    fireEvent.click(screen.getByTestId('survey-submit'));
    await waitFor(() => expect(gw.last('OutletRecordSurvey')).toEqual({ input: { customerId: '1', touchpoint: 'COUNTER', nps: 9 } }));
  });
});

describe('capture need', () => {
  it('validates and sends the need', async () => {
    const gw = gateway({ OutletCaptureNeed: () => ({ data: { captureNeed: { id: 'n9' } } }) });
    renderOutlet(gw, '/outlet/customers/1');
    fireEvent.click(await screen.findByTestId('capture-need'));
    const form = await screen.findByTestId('need-form');
    fireEvent.click(screen.getByTestId('need-submit'));
    await waitFor(() => expect(errorsOf(form)).toEqual(['请选择需求类别', '请填写需求描述']));
    await choose('need-category', '保险');
    fireEvent.change(screen.getByTestId('need-description'), { target: { value: '子女教育金保险' } });
    fireEvent.click(screen.getByTestId('need-submit'));
    await waitFor(() =>
      expect(gw.last('OutletCaptureNeed')).toEqual({
        input: { customerId: '1', category: 'INSURANCE', description: '子女教育金保险', priority: 'MEDIUM' },
      }),
    );
  });
});

describe('create customer', () => {
  const validId = makeResidentId('110105', '1990-04-12', 17);
  const validCode = makeCreditCode('110105', 'MA01234X');

  it('checks the ID number before submitting, in Chinese and English', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/customers/new');
    const form = await screen.findByTestId('customer-form');
    fireEvent.click(screen.getByTestId('customer-submit'));
    await waitFor(() => expect(errorsOf(form)).toEqual(['请填写姓名', '请填写居民身份证号码']));
    const wrongCheck = validId.slice(0, 17) + (validId[17] === '0' ? '1' : '0');
    fireEvent.change(screen.getByTestId('customer-id-number'), { target: { value: wrongCheck } });
    await waitFor(() => expect(errorsOf(form)).toContain('身份证号码校验位不正确，请核对'));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    await waitFor(() => expect(errorsOf(form)).toContain('The resident ID’s check character does not match — please check the number'));
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    fireEvent.change(screen.getByTestId('customer-phone'), { target: { value: '12345' } });
    await waitFor(() => expect(errorsOf(form)).toContain('请输入 11 位手机号码或带区号的固定电话'));

    // corporate: the same field is a credit code
    fireEvent.click(within(screen.getByTestId('customer-kind')).getByText('企业'));
    await waitFor(() => expect(form.textContent).toContain('统一社会信用代码'));
    await waitFor(() => expect(errorsOf(form).some((e) => e?.startsWith('统一社会信用代码'))).toBe(true));
    fireEvent.change(screen.getByTestId('customer-id-number'), { target: { value: 'IO0000000000000000' } });
    await waitFor(() => expect(errorsOf(form)).toContain('统一社会信用代码格式不正确（不含 I、O、Z、S、V，第 3–8 位为行政区划代码）'));
    fireEvent.change(screen.getByTestId('customer-id-number'), { target: { value: validCode } });
    await waitFor(() => expect(errorsOf(form).some((e) => e?.includes('信用代码'))).toBe(false));
    expect(gw.of('OutletCreateCustomer')).toHaveLength(0);
  });

  it('shows the duplicate error from the server on the ID field, then opens the new customer', async () => {
    let duplicate = true;
    const gw = gateway({
      OutletCreateCustomer: () =>
        duplicate
          ? {
              data: null,
              errors: [{ message: '证件号码已存在：C00000001 张伟', extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' } }],
            }
          : { data: { createCustomer: { id: '77', customerNo: 'C00000077', name: '刘洋' } } },
    });
    renderOutlet(gw, '/outlet/customers/new');
    await screen.findByTestId('customer-form');
    fireEvent.change(screen.getByTestId('customer-name-input'), { target: { value: '刘洋' } });
    fireEvent.change(screen.getByTestId('customer-id-number'), { target: { value: validId.toLowerCase() } });
    fireEvent.change(screen.getByTestId('customer-phone'), { target: { value: '13900001111' } });
    fireEvent.click(screen.getByTestId('customer-submit'));
    await waitFor(() =>
      expect(gw.last('OutletCreateCustomer')).toEqual({
        input: { kind: 'INDIVIDUAL', idNumber: validId, name: '刘洋', phone: '13900001111', marketingConsent: false },
      }),
    );
    const idItem = screen.getByTestId('customer-id-number').closest('.ant-form-item')!;
    await waitFor(() => expect(idItem.textContent).toContain('证件号码已存在：C00000001 张伟'));

    duplicate = false;
    fireEvent.change(screen.getByTestId('customer-id-number'), { target: { value: validId } });
    fireEvent.click(screen.getByTestId('customer-submit'));
    await waitFor(() => expect(window.location.pathname).toBe('/outlet/customers/77'));
    expect(await screen.findByText('客户已建档：C00000077 刘洋')).toBeTruthy();
  });

  it('is reached from the list and back', async () => {
    const gw = gateway({
      OutletCustomerList: () => ({ data: { customers: { total: 0, page: 1, pageSize: 20, items: [] } } }),
      OutletCustomerCounts: () => ({
        data: { customerCounts: { total: 0, individual: 0, corporate: 0, active: 0, dormant: 0, closed: 0 } },
      }),
    });
    renderOutlet(gw, '/outlet');
    fireEvent.click(await screen.findByTestId('new-customer'));
    expect(await screen.findByTestId('customer-form')).toBeTruthy();
    expect(window.location.pathname).toBe('/outlet/customers/new');
  });
});
