import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  PageTitle,
  Radio,
  Result,
  Spin,
  Tag,
  Typography,
  count,
  errorCode,
  errorText,
  navigateTo,
  numberLocale,
  unitName,
} from '@crm/ui-kit';
import { Form } from '@crm/ui-kit/forms';
import type { CompetencyDimension, ManagerGrade } from '@crm/ui-kit/schema-types';
import type { RemotePageProps } from '@crm/shared-types';
import { DIMENSIONS, useTrainingTranslation } from '../training.i18n';
import { linkClick, trainingPath } from '../routing/training.routes';
import { SCORE_STEPS } from '../common/scores';
import { AssessFormQuery, SaveDraftMutation, SubmitMutation, type DraftInput, type Model, type Requirement } from './assessment.queries';
import { checkForm, serverErrors, type FieldError, type FormValues, type Message } from './assessment.form';

/**
 * The assessment form: the six requirements of the competency model, each with its level descriptors
 * (1–5, in the reader's language), the grade's target, a score (half steps) and the evidence. A new
 * assessment, or the trainer's own open draft continued (its model version kept). Saved as a draft at
 * any time; submitted once all six are scored — checked here before anything is sent, and a server's
 * refusal is put on the input it names.
 */
export function AssessmentPage({ user, basePath, shellNavigation, managerId }: RemotePageProps & { managerId: string }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessFormQuery, variables: { id: managerId } });
  const manager = data?.customerManager;
  const back = trainingPath(basePath, { name: 'manager', id: managerId });

  let body;
  if (error && !data) {
    body =
      errorCode(error) === 'NOT_FOUND' ? (
        <Result status="404" title={t('notFound')} />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="assess-error"
          title={t('loadFailed')}
          description={errorText(error)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('retry')}
            </Button>
          }
        />
      );
  } else if (!manager && fetching) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  } else if (manager && data) {
    const draft = manager.assessments.find((a) => a.status === 'DRAFT');
    if (draft && draft.assessor.id !== user.sub) {
      body = <Alert type="info" showIcon data-testid="draft-by-other" title={t('draftByOther', { name: draft.assessor.name })} />;
    } else {
      body = (
        <AssessmentForm
          // one form per manager: saving a new draft refetches this query (now with the draft), and the
          // form must not start again under the trainer's hands — it keeps the saved id and version itself
          key={manager.id}
          managerId={manager.id}
          grade={manager.grade}
          model={draft?.model ?? data.competencyModel}
          draft={draft ? { id: draft.id, version: draft.version, scores: draft.scores } : undefined}
          onSubmitted={() => navigateTo(back)}
        />
      );
    }
  }

  return (
    <Flex vertical gap={16} data-testid="training-assess">
      <Flex gap={12} align="center" wrap>
        <PageTitle shellNavigation={shellNavigation}>{t('navManagers')}</PageTitle>
        <Button size="small" type="link" icon={<ArrowLeftOutlined />} href={back} onClick={linkClick(back)} data-testid="back-to-manager">
          {manager ? manager.staff.name : t('backToManagers')}
        </Button>
      </Flex>
      {manager && (
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} data-testid="assess-heading">
            {t('formTitle')} · {manager.staff.name}
          </Typography.Title>
          <Typography.Text type="secondary">{unitName(manager.orgUnit, lang)}</Typography.Text>
          <Tag>{t(`ManagerGrade_${manager.grade}`)}</Tag>
        </Flex>
      )}
      {body}
    </Flex>
  );
}

interface Draft {
  id: string;
  version: number;
  scores: readonly { dimension: CompetencyDimension; score: number; evidence: string }[];
}

function AssessmentForm({
  managerId,
  grade,
  model,
  draft,
  onSubmitted,
}: {
  managerId: string;
  grade: ManagerGrade;
  model: Model;
  draft?: Draft;
  onSubmitted: () => void;
}) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  // the draft being edited: its id and the version the next save must carry
  const [saved, setSaved] = useState<{ id: string; version: number } | undefined>(draft && { id: draft.id, version: draft.version });
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<Message[]>([]);
  const [{ fetching: saving }, saveDraft] = useMutation(SaveDraftMutation);
  const [{ fetching: submitting }, submit] = useMutation(SubmitMutation);

  const initialValues = useMemo<FormValues>(
    () => Object.fromEntries((draft?.scores ?? []).map((s) => [s.dimension, { score: s.score, evidence: s.evidence }])),
    [draft],
  );

  const say = (m: Message) =>
    m.error
      ? errorText(m.error)
      : t(m.key, {
          ...m.vars,
          dimension: m.dimensions?.map((d) => t(`Dimension_${d}`)).join('、'),
          dimensions: m.dimensions?.map((d) => `“${t(`Dimension_${d}`)}”`).join(lang === 'en' ? ', ' : '、'),
        });

  // errors are shown in the language of the moment: said again when the shell switches
  useEffect(() => {
    form.setFields(
      DIMENSIONS.flatMap((d) =>
        (['score', 'evidence'] as const).map((part) => ({
          name: [d, part],
          errors: fieldErrors.filter((e) => e.name[0] === d && e.name[1] === part).map((e) => say(e.message)),
        })),
      ),
    );
    // say() reads t, which changes with the language
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fieldErrors, lang, form]);

  const refuse = (fields: FieldError[], messages: Message[]) => {
    setFieldErrors(fields);
    setGeneral(messages);
  };

  /** Saves the form's scores as the draft; returns the saved draft, or nothing when refused. */
  const save = async (scores: DraftInput['scores']) => {
    const input: DraftInput = { managerId, assessmentId: saved?.id ?? null, version: saved?.version ?? null, scores };
    const res = await saveDraft({ input });
    if (res.error || !res.data) {
      const refused = res.error ? serverErrors(res.error, scores) : { fields: [], general: [] };
      refuse(refused.fields, refused.general);
      return undefined;
    }
    const next = { id: res.data.saveAssessmentDraft.id, version: res.data.saveAssessmentDraft.version };
    setSaved(next);
    return next;
  };

  const onSaveDraft = async () => {
    const check = checkForm(form.getFieldsValue(true), 'draft');
    refuse(check.fields, check.general);
    if (check.fields.length || check.general.length) return;
    if (await save(check.scores)) void message.success(t('saved'));
  };

  const onSubmit = () => {
    const check = checkForm(form.getFieldsValue(true), 'submit');
    refuse(check.fields, check.general);
    if (check.fields.length || check.general.length) return;
    modal.confirm({
      title: t('submit'),
      content: t('submitConfirm'),
      okText: t('submit'),
      cancelText: t('cancel'),
      okButtonProps: { 'data-testid': 'confirm-submit' } as Record<`data-${string}`, string>,
      onOk: async () => {
        const draftNow = await save(check.scores);
        if (!draftNow) return;
        const res = await submit({ id: draftNow.id, version: draftNow.version });
        if (res.error) {
          const refused = serverErrors(res.error, check.scores);
          refuse(refused.fields, refused.general);
          return;
        }
        void message.success(t('submitted'));
        onSubmitted();
      },
    });
  };

  const percent = new Intl.NumberFormat(numberLocale(lang), { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="assessment-form"
      // a changed input is no longer what was refused
      onValuesChange={(changed: FormValues) => {
        const touched = Object.entries(changed).flatMap(([d, v]) => Object.keys(v ?? {}).map((part) => `${d}.${part}`));
        setFieldErrors((errs) => errs.filter((e) => !touched.includes(`${e.name[0]}.${e.name[1]}`)));
      }}
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('formIntro')} {t('modelVersion', { version: model.modelVersion })}
        </Typography.Paragraph>
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="assessment-errors"
            title={t('saveFailed')}
            description={
              <Flex vertical>
                {general.map((m, i) => (
                  <span key={i}>{say(m)}</span>
                ))}
              </Flex>
            }
          />
        )}
        {DIMENSIONS.map((d) => {
          const requirement = model.dimensions.find((r) => r.dimension === d);
          return requirement ? (
            <DimensionCard key={d} requirement={requirement} grade={grade} weight={percent.format(requirement.weight)} />
          ) : null;
        })}
        <Flex gap={8} justify="flex-end">
          <Button onClick={onSaveDraft} loading={saving && !submitting} data-testid="save-draft">
            {t('saveDraft')}
          </Button>
          <Button type="primary" onClick={onSubmit} loading={submitting} data-testid="submit-assessment">
            {t('submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}

/** One requirement: its name, weight and the grade's target, the five level descriptors, the score and the evidence. */
function DimensionCard({ requirement, grade, weight }: { requirement: Requirement; grade: ManagerGrade; weight: string }) {
  const { t, i18n } = useTrainingTranslation();
  const lang = i18n.language;
  const d = requirement.dimension;
  const target = requirement.targets.find((x) => x.grade === grade)?.level;
  const score = Form.useWatch([d, 'score']) as number | null | undefined;
  return (
    <Card
      size="small"
      data-testid={`dimension-${d}`}
      title={t(`Dimension_${d}`)}
      extra={
        <Flex gap={8}>
          <Typography.Text type="secondary">{t('weight', { percent: weight })}</Typography.Text>
          {target != null && <Tag color="orange">{t('target', { grade: t(`ManagerGrade_${grade}`), level: target })}</Tag>}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <ol style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} data-testid={`descriptors-${d}`}>
          {requirement.levels.map((l) => (
            <li
              key={l.level}
              style={{
                padding: '2px 6px',
                borderRadius: 4,
                background: score != null && Math.floor(score) === l.level ? 'rgba(31, 79, 163, 0.08)' : undefined,
              }}
            >
              <Typography.Text strong>{t('levelN', { level: l.level })}</Typography.Text>
              {t('colon')}
              <Typography.Text>{lang === 'en' ? l.descriptorEn : l.descriptor}</Typography.Text>
            </li>
          ))}
        </ol>
        <Form.Item name={[d, 'score']} label={t('score')} style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            size="small"
            aria-label={`${t(`Dimension_${d}`)} ${t('score')}`}
            data-testid={`score-${d}`}
            options={SCORE_STEPS.map((s) => ({ value: s, label: count(s, lang) }))}
          />
        </Form.Item>
        <Form.Item name={[d, 'evidence']} label={t('evidence')} style={{ marginBottom: 0 }}>
          <Input.TextArea
            rows={2}
            maxLength={1000}
            placeholder={t('evidencePlaceholder')}
            aria-label={`${t(`Dimension_${d}`)} ${t('evidence')}`}
            data-testid={`evidence-${d}`}
          />
        </Form.Item>
      </Flex>
    </Card>
  );
}
