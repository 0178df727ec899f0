import {
  Alert,
  Button,
  Flex,
  Input,
  InputNumber,
  Segmented,
  Select,
  Tag,
  Typography,
  comparisonSymbol,
  describeTierRule,
} from '@crm/ui-kit';
import { useHeadOfficeTranslation } from '../head-office.i18n';
import { METRICS, OPS, ruleCondition, type ConditionDraft, type RuleDraft } from './policy.model';

interface Props {
  rule: RuleDraft;
  index: number;
  last: boolean;
  errors: string[] | undefined;
  onChange: (rule: RuleDraft) => void;
  /** the reader may not edit (no TIER_POLICY_EDIT): every field read-only, no add/remove */
  readOnly?: boolean;
}

/** The rule in words, from the rule as it stands (live while editing); empty for JSON that does not parse yet. */
function ruleInWords(rule: RuleDraft, last: boolean, language: string): string {
  const condition = last ? null : ruleCondition(rule);
  if (condition !== null && typeof condition !== 'object') return '';
  return describeTierRule({ tier: rule.tier, condition }, language);
}

/**
 * One tier's rule: a list of metric/op/value conditions combined with AND or OR; the last tier takes
 * everyone else. Beside it, the rule in words in the reader's language, generated from the rule.
 */
export function RuleRow({ rule, index, last, errors, onChange, readOnly = false }: Props) {
  const { t, i18n } = useHeadOfficeTranslation();
  const words = ruleInWords(rule, last, i18n.language);
  const setCondition = (i: number, patch: Partial<ConditionDraft>) =>
    onChange({ ...rule, conditions: rule.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const hasErrors = !!errors?.length;

  return (
    <div
      data-testid={`policy-rule-${rule.tier}`}
      data-invalid={hasErrors || undefined}
      style={{
        border: `1px solid ${hasErrors ? '#a8201a' : '#dfe5ee'}`,
        borderRadius: 4,
        padding: 10,
        marginBottom: 8,
        background: hasErrors ? '#fdf3f2' : undefined,
      }}
    >
      <Flex gap={12} align="flex-start" wrap>
        <div style={{ width: 110 }}>
          {/* the tier in words only: its code (VIP, CRITICAL …) is the engine's, not the reader's */}
          <Typography.Text type="secondary">{index + 1}.</Typography.Text> <Tag color="blue">{t(`Tier_${rule.tier}`)}</Tag>
        </div>
        <Flex vertical gap={6} style={{ flex: 1, minWidth: 320 }}>
          {last ? (
            <Typography.Text type="secondary" data-testid={`policy-everyone-else-${rule.tier}`}>
              {t('everyoneElse')}
            </Typography.Text>
          ) : rule.raw !== undefined ? (
            <>
              <Typography.Text type="secondary">{t('rawCondition')}</Typography.Text>
              <Input.TextArea
                data-testid={`policy-raw-${rule.tier}`}
                aria-label={t('rawCondition')}
                autoSize={{ minRows: 2, maxRows: 8 }}
                readOnly={readOnly}
                value={rule.raw}
                onChange={(e) => onChange({ ...rule, raw: e.target.value })}
                style={{ fontFamily: 'monospace' }}
              />
            </>
          ) : (
            <>
              {rule.conditions.length > 1 && (
                <Segmented
                  size="small"
                  data-testid={`policy-combinator-${rule.tier}`}
                  disabled={readOnly}
                  value={rule.combinator}
                  onChange={(v) => onChange({ ...rule, combinator: v as RuleDraft['combinator'] })}
                  options={[
                    { value: 'all', label: t('combineAll') },
                    { value: 'any', label: t('combineAny') },
                  ]}
                  style={{ alignSelf: 'flex-start' }}
                />
              )}
              {rule.conditions.length === 0 && <Typography.Text type="secondary">{t('noConditions')}</Typography.Text>}
              {rule.conditions.map((c, i) => (
                <Flex key={i} gap={6} align="center" data-testid={`policy-condition-${rule.tier}-${i}`}>
                  <Select
                    size="small"
                    style={{ width: 220 }}
                    disabled={readOnly}
                    value={c.metric}
                    onChange={(metric) => setCondition(i, { metric })}
                    options={METRICS.map((m) => ({ value: m, label: t(`ScoreMetric_${m}`) }))}
                    aria-label={t('conditionMetric')}
                  />
                  <Select
                    size="small"
                    style={{ width: 70 }}
                    disabled={readOnly}
                    value={c.op}
                    onChange={(op) => setCondition(i, { op })}
                    options={OPS.map((o) => ({ value: o, label: comparisonSymbol(o) }))}
                    aria-label={t('conditionOp')}
                  />
                  <InputNumber
                    size="small"
                    style={{ width: 160 }}
                    data-testid={i === 0 ? `policy-threshold-${rule.tier}` : `policy-value-${rule.tier}-${i}`}
                    aria-label={t('conditionValue')}
                    readOnly={readOnly}
                    controls={!readOnly}
                    value={c.value}
                    onChange={(v) => setCondition(i, { value: typeof v === 'number' ? v : v == null ? null : Number(v) })}
                    status={hasErrors && c.value == null ? 'error' : undefined}
                  />
                  {!readOnly && (
                    <Button
                      size="small"
                      type="text"
                      danger
                      aria-label={t('removeCondition')}
                      onClick={() => onChange({ ...rule, conditions: rule.conditions.filter((_, j) => j !== i) })}
                    >
                      ×
                    </Button>
                  )}
                </Flex>
              ))}
              {!readOnly && (
                <Button
                  size="small"
                  type="dashed"
                  style={{ alignSelf: 'flex-start' }}
                  data-testid={`policy-add-condition-${rule.tier}`}
                  onClick={() =>
                    onChange({ ...rule, conditions: [...rule.conditions, { metric: 'WEIGHTED_ASSETS', op: '>=', value: null }] })
                  }
                >
                  + {t('addCondition')}
                </Button>
              )}
            </>
          )}
        </Flex>
        <div style={{ width: 260, background: '#f5f7fa', borderRadius: 4, padding: '4px 8px' }}>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('ruleInWords')}
          </Typography.Text>
          <Typography.Text data-testid={`policy-rule-words-${rule.tier}`}>{words}</Typography.Text>
        </div>
      </Flex>
      {hasErrors && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          data-testid={`policy-rule-error-${rule.tier}`}
          message={
            errors!.length === 1 ? (
              errors![0]
            ) : (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors!.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )
          }
        />
      )}
    </div>
  );
}
