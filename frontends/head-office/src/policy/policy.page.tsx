import { useEffect, useMemo, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  date,
  nameIn,
  type TableColumnsType,
} from '@crm/ui-kit';
import { CalendarDatePicker } from '@crm/ui-kit/forms';
import { can, type RemotePageProps } from '@crm/shared-types';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { currentLanguage, errorText, isConflict, serverErrorMessage } from '@crm/ui-kit';
import { RuleRow } from './rule-row';
import { PreviewResult } from './preview.result';
import {
  SCHEMES,
  changeScheme,
  draftToInput,
  newDraft,
  placeServerErrors,
  policyToDraft,
  type PlacedErrors,
  type PolicyDraft,
  type TierPolicy,
} from './policy.model';
import { ApproveMutation, PoliciesQuery, PreviewQuery, SaveDraftMutation, type TierPolicyPreview } from './policy.queries';

// a superseded policy is history, not a warning: a neutral tag (the warning gold on its tint read 2.88:1)
const statusColor = { DRAFT: 'default', ACTIVE: 'success', SUPERSEDED: 'default' } as const;
/** today in the bank's calendar (Beijing), whatever the browser's time zone */
const today = () => date(new Date());

/** Client-side checks before a round trip: values present, a name, a date. Same shape as the server's. */
function localErrors(d: PolicyDraft, t: (k: string, o?: Record<string, unknown>) => string): PlacedErrors | null {
  const out: PlacedErrors = { tiers: {}, fields: {}, general: [] };
  if (!d.name.trim()) out.fields.name = [t('required', { field: t('policyName') })];
  if (!d.effectiveFrom) out.fields.effectiveFrom = [t('required', { field: t('effectiveFrom') })];
  d.rules.forEach((r, i) => {
    if (i === d.rules.length - 1 || r.raw !== undefined) return;
    if (r.conditions.some((c) => c.value == null))
      out.tiers[r.tier] = [t('required', { field: t(`ScoreMetric_${r.conditions.find((c) => c.value == null)!.metric}`) })];
  });
  return Object.keys(out.fields).length || Object.keys(out.tiers).length ? out : null;
}

/**
 * Tier policy versions and the draft editor: preview the moves, save the draft; another analyst
 * approves it (maker-checker — the subgraph refuses an author's own approval, the page does not offer it).
 */
export function PolicyPage({ user }: RemotePageProps) {
  const { t, i18n } = useHeadOfficeTranslation();
  const lng = i18n.language;
  const mayEdit = can(user, 'TIER_POLICY_EDIT');
  /** without TIER_POLICY_EDIT the editor only shows a policy: every field read-only, nothing to add or remove */
  const readOnly = !mayEdit;
  const mayApprove = can(user, 'TIER_POLICY_APPROVE');
  const { message, modal } = App.useApp();
  const client = useClient();
  const [list, refetchList] = useQuery({ query: PoliciesQuery, requestPolicy: 'cache-and-network' });
  const policies = list.data?.tierPolicies ?? [];
  const active = policies.find((p) => p.status === 'ACTIVE') ?? null;

  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [basedOn, setBasedOn] = useState<TierPolicy | null>(null);
  /** the stored DRAFT the editor shows, unchanged since saved — only that can be approved */
  const [saved, setSaved] = useState<TierPolicy | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors | null>(null);
  const [preview, setPreview] = useState<TierPolicyPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [saveState, save] = useMutation(SaveDraftMutation);
  const [approveState, approve] = useMutation(ApproveMutation);

  const openCopy = (p: TierPolicy) => {
    // a copy to draft from starts today; a draft, or a policy only viewed, shows its own date
    setDraft({ ...policyToDraft(p), effectiveFrom: p.status === 'DRAFT' || readOnly ? p.effectiveFrom : today() });
    setBasedOn(p);
    setSaved(p.status === 'DRAFT' ? p : null);
    setDirty(false);
    setErrors(null);
    setPreview(null);
  };
  // first load: a copy of the active policy (or the newest one), else an empty draft
  useEffect(() => {
    if (draft || !list.data) return;
    const start = active ?? policies[0];
    if (start) openCopy(start);
    else setDraft(newDraft('VALUE_PYRAMID', today()));
  }, [list.data]); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (next: PolicyDraft) => {
    setDraft(next);
    setDirty(true);
    setPreview(null);
  };

  const showErrors = (error: CombinedError, d: PolicyDraft) => {
    const placed = error.graphQLErrors.length
      ? placeServerErrors(error.graphQLErrors, d, (e) =>
          serverErrorMessage({ code: e.extensions?.code, message: e.message, field: e.extensions?.field }, currentLanguage()),
        )
      : { tiers: {}, fields: {}, general: [errorText(error)] };
    setErrors(placed);
    void message.error(
      Object.keys(placed.tiers).length || Object.keys(placed.fields).length
        ? t('validationFailed')
        : (placed.general[0] ?? errorText(error)),
    );
  };

  const checked = (d: PolicyDraft) => {
    const local = localErrors(d, t);
    setErrors(local);
    return !local;
  };

  const onPreview = async () => {
    if (!draft || !checked(draft)) return;
    setPreviewing(true);
    const res = await client.query(PreviewQuery, { input: draftToInput(draft) }, { requestPolicy: 'network-only' }).toPromise();
    setPreviewing(false);
    if (res.error) {
      setPreview(null);
      showErrors(res.error, draft);
      return;
    }
    if (res.data) {
      setPreview(res.data.previewTierPolicy);
      setErrors(null);
    }
  };

  const onSave = async () => {
    if (!draft || !checked(draft)) return;
    const res = await save({ input: draftToInput(draft) });
    if (res.error) {
      showErrors(res.error, draft);
      return;
    }
    if (res.data) {
      const p = res.data.saveTierPolicyDraft;
      setSaved(p);
      setDirty(false);
      setErrors(null);
      void message.success(t('editorSaved', { version: p.policyVersion }));
    }
  };

  const onApprove = () => {
    if (!saved) return;
    modal.confirm({
      title: t('approveTitle'),
      content: t('approveBody', { name: nameIn(saved, lng), version: saved.policyVersion }),
      okText: t('approve'),
      cancelText: t('cancel'),
      okButtonProps: { 'data-testid': 'policy-approve-confirm' } as Record<string, string>,
      onOk: async () => {
        const res = await approve({ id: saved.id, version: saved.version });
        if (res.error) {
          if (isConflict(res.error)) {
            void message.warning(t('conflict'));
            refetchList({ requestPolicy: 'network-only' });
            setSaved(null);
            setDirty(true);
          } else if (draft) showErrors(res.error, draft);
          return;
        }
        if (res.data) {
          const p = res.data.approveTierPolicy;
          setSaved(null);
          setBasedOn(p);
          setDirty(false);
          void message.success(t('approved'));
          refetchList({ requestPolicy: 'network-only' });
        }
      },
    });
  };

  const columns: TableColumnsType<TierPolicy> = useMemo(
    () => [
      { title: t('colPolicyName'), key: 'name', render: (_, p) => nameIn(p, lng) },
      { title: t('colScheme'), dataIndex: 'scheme', render: (s: string) => t(`TierScheme_${s}`) },
      { title: t('colPolicyVersion'), dataIndex: 'policyVersion', render: (v: number) => `v${v}` },
      {
        title: t('colStatus'),
        dataIndex: 'status',
        render: (s: TierPolicy['status'], p) => (
          <Tag color={statusColor[s]} data-testid={`policy-status-${p.id}`}>
            {t(`PolicyStatus_${s}`)}
          </Tag>
        ),
      },
      { title: t('colEffectiveFrom'), dataIndex: 'effectiveFrom' },
      { title: t('colCreatedBy'), key: 'createdBy', render: (_, p) => p.createdBy.name },
      {
        title: t('colApprovedBy'),
        key: 'approvedBy',
        // the day of approval on the bank's calendar (Beijing), whatever the browser's zone
        render: (_, p) => (p.approvedBy ? `${p.approvedBy.name} · ${date(p.approvedAt)}` : '—'),
      },
      {
        title: t('colActions'),
        key: 'actions',
        render: (_, p) => (
          <Button size="small" type="link" data-testid={`policy-edit-${p.id}`} onClick={() => openCopy(p)}>
            {!mayEdit ? t('viewPolicy') : p.status === 'DRAFT' ? t('editDraft') : t('editCopy')}
          </Button>
        ),
      },
    ],
    // openCopy reads only state setters and readOnly (= !mayEdit): the list's columns change with these
    [t, mayEdit, lng], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // maker-checker: the author of a draft never approves it
  const ownDraft = saved?.createdBy.id === user.sub;
  const fieldError = (f: string) => errors?.fields[f]?.join('；');
  const coef = (key: keyof PolicyDraft['assetCoefficients'], label: string) => (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <InputNumber
        size="small"
        min={0}
        step={0.1}
        style={{ width: 110 }}
        data-testid={`policy-coef-${key}`}
        aria-label={label}
        readOnly={readOnly}
        controls={!readOnly}
        status={fieldError(`assetCoefficients.${key}`) ? 'error' : undefined}
        value={draft!.assetCoefficients[key]}
        onChange={(v) => update({ ...draft!, assetCoefficients: { ...draft!.assetCoefficients, [key]: typeof v === 'number' ? v : 0 } })}
      />
    </Flex>
  );

  return (
    <div>
      <Card
        size="small"
        title={t('policiesTitle')}
        extra={
          mayEdit && (
            <Button
              size="small"
              data-testid="policy-new"
              onClick={() => {
                setDraft(newDraft(draft?.scheme ?? 'VALUE_PYRAMID', today()));
                setBasedOn(null);
                setSaved(null);
                setDirty(true);
                setErrors(null);
                setPreview(null);
              }}
            >
              {t('newDraft')}
            </Button>
          )
        }
      >
        {list.error && (
          <Alert type="error" showIcon title={t('loadFailed', { message: errorText(list.error) })} style={{ marginBottom: 8 }} />
        )}
        <Table<TierPolicy>
          data-testid="policy-list"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={policies}
          loading={list.fetching && !list.data}
          pagination={false}
          onRow={(p) =>
            ({
              'data-testid': `policy-row-${p.id}`,
              'data-status': p.status,
              style: p.status === 'ACTIVE' ? { background: '#eaf5ee', fontWeight: 600 } : undefined,
            }) as React.HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: t('noPolicies') }}
        />
      </Card>

      {draft && (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          data-testid="policy-editor"
          title={
            <Space>
              {mayEdit ? t('editorTitle') : t('viewerTitle')}
              {dirty ? (
                <Tag color="gold">{t('editorDirty')}</Tag>
              ) : saved ? (
                <Tag data-testid="policy-saved-tag">{t('editorSaved', { version: saved.policyVersion })}</Tag>
              ) : null}
            </Space>
          }
          extra={
            basedOn && (
              <Typography.Text type="secondary">
                {t(readOnly ? 'viewing' : 'editorBasedOn', { name: nameIn(basedOn, lng), version: basedOn.policyVersion })}
              </Typography.Text>
            )
          }
        >
          {readOnly && <Alert type="info" showIcon data-testid="policy-read-only" title={t('readOnlyNote')} style={{ marginBottom: 12 }} />}
          <Row gutter={[12, 12]}>
            <Col xs={24} md={6}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('scheme')}
              </Typography.Text>
              <Select
                data-testid="policy-scheme"
                aria-label={t('scheme')}
                style={{ width: '100%' }}
                disabled={readOnly}
                value={draft.scheme}
                onChange={(s) => update(changeScheme(draft, s))}
                options={SCHEMES.map((s) => ({ value: s, label: t(`TierScheme_${s}`) }))}
                status={fieldError('scheme') ? 'error' : undefined}
              />
            </Col>
            <Col xs={24} md={10}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('policyName')}
              </Typography.Text>
              <Input
                data-testid="policy-name"
                aria-label={t('policyName')}
                readOnly={readOnly}
                value={draft.name}
                status={fieldError('name') ? 'error' : undefined}
                onChange={(e) => update({ ...draft, name: e.target.value })}
              />
              {fieldError('name') && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {fieldError('name')}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 6 }}>
                {t('policyNameEn')}
              </Typography.Text>
              <Input
                data-testid="policy-name-en"
                aria-label={t('policyNameEn')}
                readOnly={readOnly}
                value={draft.nameEn}
                status={fieldError('nameEn') ? 'error' : undefined}
                onChange={(e) => update({ ...draft, nameEn: e.target.value })}
              />
              {fieldError('nameEn') && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {fieldError('nameEn')}
                </Typography.Text>
              )}
            </Col>
            <Col xs={24} md={8}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('effectiveFrom')}
              </Typography.Text>
              <CalendarDatePicker
                data-testid="policy-effective-from"
                aria-label={t('effectiveFrom')}
                style={{ width: '100%' }}
                allowClear={false}
                disabled={readOnly}
                value={draft.effectiveFrom}
                status={fieldError('effectiveFrom') ? 'error' : undefined}
                onChange={(d) => update({ ...draft, effectiveFrom: d ?? '' })}
              />
              {fieldError('effectiveFrom') && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {fieldError('effectiveFrom')}
                </Typography.Text>
              )}
            </Col>
            <Col span={24}>
              <Typography.Text strong>{t('coefficients')}</Typography.Text>
              <Flex gap={16} wrap style={{ marginTop: 4 }}>
                {coef('deposit', t('coefDeposit'))}
                {coef('timeDeposit', t('coefTimeDeposit'))}
                {coef('wealth', t('coefWealth'))}
              </Flex>
              {(fieldError('assetCoefficients') ||
                fieldError('assetCoefficients.deposit') ||
                fieldError('assetCoefficients.wealth') ||
                fieldError('assetCoefficients.timeDeposit')) && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {[
                    fieldError('assetCoefficients'),
                    fieldError('assetCoefficients.deposit'),
                    fieldError('assetCoefficients.timeDeposit'),
                    fieldError('assetCoefficients.wealth'),
                  ]
                    .filter(Boolean)
                    .join('；')}
                </Typography.Text>
              )}
            </Col>
          </Row>
          <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 8 }}>
            {t('rulesTitle')}
          </Typography.Paragraph>
          {draft.rules.map((r, i) => (
            <RuleRow
              key={`${draft.scheme}-${r.tier}`}
              rule={r}
              index={i}
              last={i === draft.rules.length - 1}
              errors={errors?.tiers[r.tier]}
              readOnly={readOnly}
              onChange={(next) => update({ ...draft, rules: draft.rules.map((x, j) => (j === i ? next : x)) })}
            />
          ))}
          {!!errors?.general.length && (
            <Alert type="error" showIcon data-testid="policy-general-error" title={errors.general.join('；')} style={{ marginBottom: 8 }} />
          )}
          <Flex gap={8} wrap>
            {mayEdit && (
              <Button data-testid="policy-preview" loading={previewing} onClick={onPreview}>
                {t('preview')}
              </Button>
            )}
            {mayEdit && (
              <Button data-testid="policy-save" type="primary" loading={saveState.fetching} onClick={onSave}>
                {t('saveDraft')}
              </Button>
            )}
            {mayApprove && (
              <Button
                data-testid="policy-approve"
                danger
                disabled={!saved || dirty || ownDraft}
                loading={approveState.fetching}
                onClick={onApprove}
                title={!saved || dirty ? t('approveNeedsSave') : ownDraft ? t('approveNeedsChecker') : undefined}
              >
                {t('approve')}
              </Button>
            )}
            {saved && !dirty && ownDraft && (
              <Tag color="blue" data-testid="policy-awaits-checker">
                {t('awaitsChecker')}
              </Tag>
            )}
          </Flex>
          {preview && <PreviewResult preview={preview} scheme={draft.scheme} />}
        </Card>
      )}
    </div>
  );
}
